from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import combinations
from typing import NamedTuple

from claimsuite.analysis.figures import change_window
from claimsuite.analysis.passages import claim_place, first_passage
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, Claim, QuantityClaim, ShareClaim
from claimsuite.claims.periods import Granularity, Period
from claimsuite.claims.quantities import Amount, Rate


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class _Given(NamedTuple):
    """One figure a claim gives for a period of a metric; ``window`` is the span a change
    runs over (from the day after its base period), which states the same period."""

    claim_id: str
    field: str
    metric: str
    subject: str | None
    period: Period
    figure: Amount | Rate
    window: Period | None = None

    def same_period(self, other: _Given) -> bool:
        mine = {(self.period.start, self.period.end)}
        theirs = {(other.period.start, other.period.end)}
        if self.window is not None:
            mine.add((self.window.start, self.window.end))
        if other.window is not None:
            theirs.add((other.window.start, other.window.end))
        return bool(mine & theirs)


def _given(claims: Iterable[Claim]) -> Iterator[_Given]:
    for claim in claims:
        if isinstance(claim, QuantityClaim):
            yield _Given(claim.id, "value", claim.metric, claim.subject, claim.period, claim.value)
        elif isinstance(claim, ShareClaim):
            yield _Given(claim.id, "share", claim.metric, claim.subject, claim.period, claim.share)
        elif isinstance(claim, ChangeClaim):
            yield _Given(claim.id, "rate", claim.metric, claim.subject, claim.period, claim.rate,
                         change_window(claim))
            if claim.value is not None:
                yield _Given(
                    claim.id, "value", claim.metric, claim.subject, claim.period, claim.value
                )


def _same(a: Amount | Rate, b: Amount | Rate) -> bool:
    """The same figure as written: same kind and unit, equal within either's precision."""
    if type(a) is not type(b) or a.unit != b.unit:
        return False
    return abs(a.value - b.value) <= max(a.precision, b.precision, Decimal("1e-9"))


def _kind(given: _Given) -> str:
    return "rate" if given.field in {"rate", "share"} else "value"


class SameFigureTwoPeriods(BaseCheck):
    """The same figure is given for two different, overlapping periods of one metric.

    ## What it does
    Compares the figures the claims give for each ``metric`` and ``subject`` (a quantity's
    ``value``, a share's ``share``, a change's ``rate`` and ``value``). When two claims give
    the same figure, as written, for two periods that differ but overlap (one inside the
    other, or sharing months), it warns: a cumulative figure cannot be the same for January
    to October and for the first nine months, and a rate rarely is. Disjoint periods (0.3%
    in September after 0.3% in July and August) and a stock on a day inside a period are
    left alone, as is a change's rate given once for its month and once for the twelve months
    ending in it (the same span: "3% in September" and "3% over the 12 months to September").

    ## Why is this bad?
    A headline that says "Ocak-Ekim" and a body that says "ilk dokuz ayda" for the same 3.9%
    have copied one period into the other place: one of them is wrong, and readers cannot
    tell which.

    ## Example
    ```yaml
    - id: exports-headline
      kind: change
      metric: exports
      period: 2025-01/2025-10
      rate: 3.9%
      quote: "Ocak-Ekim döneminde ihracat yüzde 3,9 arttı"
    - id: exports-body
      kind: change
      metric: exports
      period: 2025-01/2025-09
      rate: 3.9%
      quote: "ihracat yılın ilk dokuz ayında yüzde 3,9 arttı"
    ```

    Use instead: one period for the figure in both places, as the source gives it.
    """

    code = "CS206"
    name = "same-figure-two-periods"
    severity = Severity.WARNING
    summary = "The same figure is given for two different, overlapping periods of one metric."
    scope = Scope.CLAIMS
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        givens = list(_given(ctx.claims.claims))
        for first, second in combinations(givens, 2):
            if (
                first.claim_id == second.claim_id
                or (first.metric, first.subject) != (second.metric, second.subject)
                or _kind(first) != _kind(second)
                or first.same_period(second)
                or not first.period.overlaps(second.period)
                or Granularity.DAY in {first.period.granularity, second.period.granularity}
                or not _same(first.figure, second.figure)
            ):
                continue
            yield self._report(ctx, first, second)

    def _report(self, ctx: Context, first: _Given, second: _Given) -> Finding:
        where = first_passage(ctx, second.claim_id)
        related = Related(
            f"claim {first.claim_id} gives {first.figure} for {first.period}",
            claim_place(ctx, first.claim_id, "period"),
        )
        return self.finding(
            f"claims {first.claim_id} and {second.claim_id} give the same {first.metric} "
            f"figure, {first.figure}, for two different periods, {first.period} and "
            f"{second.period}; one of the periods is probably wrong",
            article=ctx.at_span(*where) if where else None,
            claim_file=ctx.at_claim(second.claim_id, "period"),
            claims=[first.claim_id, second.claim_id],
            fields=("period",),
            related=(related,),
        )
