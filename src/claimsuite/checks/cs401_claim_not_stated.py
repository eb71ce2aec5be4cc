from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.names import accepted_names
from claimsuite.checks.base import BaseCheck, Context, Finding, Location, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim
from claimsuite.text.mentions import find_name


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
        for index, claim in enumerate(ctx.claims.claims):
            if isinstance(claim, EntityClaim):
                names = accepted_names(
                    ctx.claims, ctx.registries, claim.id, official=False, record=False
                )
                if not claim.implied and not any(
                    find_name(ctx.article.text, n, ctx.article.language, marks=True) for n in names
                ):
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
