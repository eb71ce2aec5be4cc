from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.figures import Figure
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status


class ContradictingFigure(BaseCheck):
    """The article states a second, different figure for a claim's metric and period.

    ## What it does
    Looks at every percentage and amount in the article that no claim accounts for. When
    its sentence names a period (the nearest one before the figure, else after it) and the
    claim set gives a figure of the same kind and unit for exactly that period (a change's
    rate, the value it reached or its base value; a quantity's value) but a different one,
    the article contradicts itself: it quotes both figures with their places.

    ## Why is this bad?
    "Exports rose 72% in 2025-Q1" in one paragraph and "ihracat 2025'in ilk çeyreğinde %52
    arttı" in another cannot both be right; readers notice, and one of them is a typo or a
    stale figure an update left behind.

    ## Example
    ```yaml
    - id: exports-2025-q1-growth
      kind: change
      metric: defence-exports
      period: 2025-Q1
      rate: 72%
      quote: "2025 yılına ait ilk çeyrekte ihracat %72 arttı"
    ```
    with the article also saying "2025'in ilk çeyreğinde ihracat %52 arttı".

    Use instead: make both sentences give the same figure (or encode the second one as a
    claim of its own metric if it measures something else).
    """

    code = "CS103"
    name = "contradicting-figure"
    severity = Severity.ERROR
    summary = "Two figures for the same metric and period differ."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for found in ctx.figures.contradictions:
            mention = found.mention
            first = found.figures[0]
            others = "; ".join(_says(ctx, f) for f in found.figures)
            yield self.finding(
                f"the article says {mention.surface} for {found.period}; {others}",
                article=ctx.at_span(mention.start, mention.end),
                claim_file=ctx.at_claim(first.claim_id, first.field),
                claims={f.claim_id for f in found.figures},
                fields=tuple(dict.fromkeys(f.field for f in found.figures)),
                related=tuple(_related(ctx, f) for f in found.figures),
                suggestion=first.shown if len(found.figures) == 1 else None,
            )


def _says(ctx: Context, figure: Figure) -> str:
    claim = ctx.claims.by_id[figure.claim_id]
    return f"claim {figure.claim_id} says {figure.shown} ({figure.field}, {claim.metric})"


def _related(ctx: Context, figure: Figure) -> Related:
    """Where the article states the claim's own figure, else the claim's field."""
    what = f"claim {figure.claim_id} says {figure.shown}"
    for met in ctx.locator.met(figure.claim_id):
        if met.expectation.field == figure.field and met.start is not None:
            end = met.end if met.end is not None else met.start
            return Related(what, ctx.at_span(met.start, end))
    return Related(what, ctx.at_claim(figure.claim_id, figure.field))
