from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class DraftNotConfirmed(BaseCheck):
    """A claim proposed by ``claimsuite draft`` that no person has confirmed yet.

    ## What it does
    ``claimsuite draft`` marks every claim it proposes with ``draft: true``. This code asks
    about each claim still marked, at its place in the claim file and, when the claim's
    passage is found, in the article.

    ## Why is this bad?
    A drafted claim is the text layer's reading of a sentence: its metric id is the word
    before the figure, its period may be the sentence before's, a ranking's subject is a
    guess. Until a person has read it against the article, a quiet report says nothing
    about whether the claim set is right.

    ## Example
    ```yaml
    - id: ihracat-2025-10-change
      kind: change
      draft: true
      metric: ihracat
      period: 2025-10
      rate: 2%
      quote: "Ekimde ihracat yüzde 2 arttı"
    ```
    ```
    claims/x.yaml:12:5: CS007 claim ihracat-2025-10-change was drafted and is not confirmed
    yet: check it against the article, then delete 'draft: true'
    ```

    Use instead: confirm the claim (fix its metric, period and links) and delete the
    ``draft: true`` line.
    """

    code = "CS007"
    name = "draft-not-confirmed"
    severity = Severity.INFO
    summary = "A drafted claim (draft: true) is not confirmed by a person yet."
    scope = Scope.ARTICLE
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if not getattr(claim, "draft", False):
                continue
            article = None
            if claim.kind != "entity":
                found = [p for p in ctx.locator.passages(claim.id) if p.found]
                if found and found[0].start is not None and found[0].end is not None:
                    article = ctx.at_span(found[0].start, found[0].end)
            yield self.finding(
                f"claim {claim.id} was drafted and is not confirmed yet: check it against "
                "the article, then delete 'draft: true'",
                article=article,
                claim_file=ctx.at_claim(claim.id, "draft"),
                claims=[claim.id],
            )
