from __future__ import annotations

import re
from collections.abc import Iterable

from claimsuite.analysis.names import accepted_names
from claimsuite.checks.base import BaseCheck, Context, Finding, Location, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim
from claimsuite.text.language import load_language
from claimsuite.text.mentions import find_name
from claimsuite.text.normalize import fold, strip_marks

_WORDS = re.compile(r"[^\W_]+")


def _named_inflected(words: dict[str, list[int]], folded: list[str], name: str,
                     language: str) -> bool:
    """An institution's name with a case ending on its last word and no apostrophe, as
    Turkish writes it ("Tarım ve Orman Bakanlığının", "Ticaret Bakanlığına")."""
    data = load_language(language)
    if data.suffix_pattern is None:
        return False
    parts = _WORDS.findall(strip_marks(fold(name, language)))
    if not parts:
        return False
    for at in words.get(parts[0], []) if len(parts) > 1 else range(len(folded)):
        got = folded[at : at + len(parts)]
        if (
            len(got) == len(parts)
            and got[:-1] == parts[:-1]
            and data.word_is(got[-1], parts[-1])
        ):
            return True
    return False


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ClaimNotStated(BaseCheck):
    """A passage that states a claim is no longer in the article.

    ## What it does
    Looks up every ``quote`` of every claim in the article, tolerant to reflowed lines,
    either apostrophe, Turkish casing and small edits. A quote that matches no passage,
    even approximately, means the article no longer states the claim. An entity whose name
    and aliases appear nowhere in the article is reported too, unless it is marked
    ``implied: true`` (the article refers to it without naming it: "ülkemiz").

    ## Why is this bad?
    A claim the article dropped is either a lost fact (a careless deletion) or a claim file
    that no longer describes the article; both need an editor's decision.

    ## Example
    ```yaml
    - id: next-meeting
      kind: plan
      what: next meeting of the defence group
      period: 2026
      quote: "bir sonraki görüşmenin 2026 yılında gerçekleşmesi"
    ```
    with that sentence deleted from the article.

    Use instead: restore the sentence, or delete the claim if the article dropped it on
    purpose.
    """

    code = "CS401"
    name = "claim-not-stated"
    severity = Severity.ERROR
    summary = "A claim's passage (or an entity's name) is no longer in the article."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        language = ctx.article.language
        folded: list[str] | None = None
        words: dict[str, list[int]] = {}
        for index, claim in enumerate(ctx.claims.claims):
            if isinstance(claim, EntityClaim):
                names = accepted_names(
                    ctx.claims, ctx.registries, claim.id, official=False, record=False
                )
                if claim.implied or any(
                    find_name(ctx.article.text, n, language, marks=True) for n in names
                ):
                    continue
                if claim.type == "organisation":
                    if folded is None:
                        folded = _WORDS.findall(strip_marks(fold(ctx.article.text, language)))
                        for i, word in enumerate(folded):
                            words.setdefault(word, []).append(i)
                    if any(_named_inflected(words, folded, n, language) for n in names):
                        continue
                yield self.finding(
                    f"entity {claim.id} ('{claim.name}') is no longer named in the article",
                    claim_file=ctx.at_claim(claim.id, "name"),
                    claims=[claim.id],
                    fields=("name", "aliases"),
                )
                continue
            for passage in ctx.locator.passages(claim.id):
                if passage.found:
                    continue
                # A single quote is written as a string, several as a list.
                where = ctx.claims.document.position(("claims", index, "quote", passage.index))
                yield self.finding(
                    f"claim {claim.id} is no longer stated: no passage resembles "
                    f'"{_short(passage.quote)}"',
                    claim_file=Location(ctx.claims.path, *where),
                    claims=[claim.id],
                    fields=("quote",),
                )
