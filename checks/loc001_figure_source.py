"""Project-local checks for this desk, loaded through the same registry as the built-ins."""

from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, QuantityClaim, StatementClaim


class FigureSource(BaseCheck):
    """A published figure with no source: neither a data source nor a speaker.

    ## What it does
    Our house rule: every ``quantity`` or ``change`` claim names the ``source`` the article
    credits, or is listed in the ``about`` of a ``statement`` whose speaker the article
    names. Anything else is a figure the article states on its own authority.

    ## Why is this bad?
    Readers cannot weigh a number without knowing who measured it, and the desk cannot check
    it against the record without knowing which publication to look in.

    ## Example
    ```yaml
    - id: exports-2023-q1-growth
      kind: change
      metric: defence-exports
      period: 2023-Q1
      rate: 70%
      quote: "2023’ün ilk çeyreğinde elde edilen %70 oranında ihracat artışıdır"
    ```

    Use instead: credit the figure in the article and add ``source: <entity id>``.
    """

    code = "LOC001"
    name = "figure-source"
    severity = Severity.WARNING
    summary = "A figure names no source and no speaker the article credits."
    scope = Scope.ARTICLE  # the column of the claims table its findings fill
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        attributed = {
            claim_id
            for claim in ctx.claims.claims
            if isinstance(claim, StatementClaim) and claim.speaker
            for claim_id in claim.about
        }
        for claim in ctx.claims.claims:
            if not isinstance(claim, QuantityClaim | ChangeClaim):
                continue
            if claim.source or claim.id in attributed:
                continue
            passages = [
                p for p in ctx.locator.passages(claim.id)
                if p.start is not None and p.end is not None
            ]
            yield self.finding(
                f"figure {claim.id} ({claim.metric}, {claim.period}) names no source and no "
                "speaker; credit it in the article and in the claim file",
                article=ctx.at_span(passages[0].start, passages[0].end) if passages else None,
                claim_file=ctx.at_claim(claim.id),
                claims=[claim.id],
                fields=("source",),
            )
