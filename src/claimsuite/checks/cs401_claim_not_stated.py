from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from claimsuite.analysis.names import accepted_names
from claimsuite.checks.base import BaseCheck, Context, Finding, Location, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim
from claimsuite.text.language import load_language
from claimsuite.text.mentions import find_name
from claimsuite.text.normalize import fold, strip_marks
from claimsuite.text.search import find_unapostrophed

_WORDS = re.compile(r"[^\W_]+")
# Entity types that are proper nouns: their Turkish endings follow an apostrophe.
_PROPER = frozenset({"person", "place", "country"})


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
    ``implied: true`` (the article refers to it without naming it: "ülkemiz"). Turkish puts
    an apostrophe before the ending of a proper noun and none on a common noun, so the name
    of an entity that is no person, place or country ("Ekonomistler"), or is written in
    lower case, may take an ending directly ("Ekonomistlerin"); where the text has the name
    run on into more letters and the check cannot tell an ending from another name
    ("Şimşekoğlu" for "Şimşek"), it asks, naming the word, instead of reporting an error.

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
                # Turkish puts an apostrophe before a suffix on a proper noun, none on a
                # common noun: "Ekonomistlerin" names the entity "Ekonomistler".
                common = claim.type not in _PROPER or any(n[:1].islower() for n in names)
                if claim.implied or any(
                    find_name(ctx.article.text, n, language, marks=True, common=common)
                    for n in names
                ):
                    continue
                if claim.type == "organisation":
                    if folded is None:
                        folded = _WORDS.findall(strip_marks(fold(ctx.article.text, language)))
                        for i, word in enumerate(folded):
                            words.setdefault(word, []).append(i)
                    if any(_named_inflected(words, folded, n, language) for n in names):
                        continue
                unsure = [
                    u for n in names
                    for u in find_unapostrophed(ctx.article.text, n, language, marks=True)
                ]  # fmt: skip
                if any(u.inflection and u.word[:1].islower() for u in unsure):
                    continue  # written in lower case: a common noun, its ending needs none
                if unsure:
                    # "Ekonomistlerin" or "Şimşekoğlu": an ending without its apostrophe, or
                    # another name; the text alone cannot tell, so ask
                    word = unsure[0]
                    yield replace(
                        self.finding(
                            f"entity {claim.id} ('{claim.name}') is named only as "
                            f"'{word.word}', with no apostrophe before the ending: is that "
                            f"{claim.name}? If so, add '{word.word}' to its aliases",
                            article=ctx.at_span(word.start, word.end),
                            claim_file=ctx.at_claim(claim.id, "name"),
                            claims=[claim.id],
                            fields=("name", "aliases"),
                        ),
                        severity=Severity.INFO,
                    )
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
