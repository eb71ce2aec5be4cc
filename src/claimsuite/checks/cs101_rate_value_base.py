from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimsuite.analysis.arithmetic import Interval, claim_range, implied_base_of
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, QuantityClaim
from claimsuite.claims.quantities import Amount, format_number


def base_candidates(ctx: Context, claim: ChangeClaim) -> Iterator[tuple[str, str, Amount]]:
    """Baselines the claim set states: the claim's own, or a quantity for the base period."""
    if claim.base_value is not None:
        yield claim.id, "base_value", claim.base_value
    if claim.base_period is None:
        return
    for other in ctx.claims.claims:
        if (
            isinstance(other, QuantityClaim)
            and other.metric == claim.metric
            and other.subject == claim.subject
            and other.period == claim.base_period
        ):
            yield other.id, "value", other.value


class RateValueBase(BaseCheck):
    """A growth rate, the value it reached and its baseline do not add up.

    ## What it does
    For a ``change`` claim with a ``rate`` in percent and a resulting ``value``, computes
    the baseline they imply (value / (1 + rate)) as an interval that follows the precision
    each number was stated with, and compares it with every baseline the claim set states:
    the claim's ``base_value`` or a ``quantity`` claim for the same metric, subject and
    ``base_period``. Units are converted with pint when they differ.

    ## Why is this bad?
    "A 72% rise to 1.7 billion dollars" implies about 0.99 billion a year earlier. If the
    claim set (or the article) says 1.2 billion, one of the three numbers is wrong.

    ## Example
    ```yaml
    - id: exports-growth
      kind: change
      metric: defence-exports
      period: 2025-Q1
      base_period: 2024-Q1
      rate: 72%
      value: 1.7 billion USD
      base_value: 1.2 billion USD
      quote: "%72 artışla 1.7 milyar dolara"
    ```

    Use instead: a baseline consistent with the rate, such as ``base_value: 0.99 billion USD``.
    """

    code = "CS101"
    name = "rate-value-base"
    severity = Severity.ERROR
    summary = "A percent change, the value it reached and its baseline disagree."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if not isinstance(claim, ChangeClaim) or claim.value is None:
                continue
            implied = implied_base_of(claim)  # bounds and approximate widen it
            if implied is None:
                continue
            for source_id, field, base in base_candidates(ctx, claim):
                finding = self._compare(ctx, claim, implied, source_id, field, base)
                if finding is not None:
                    yield finding

    def _compare(
        self,
        ctx: Context,
        claim: ChangeClaim,
        implied: Interval,
        source_id: str,
        field: str,
        base: Amount,
    ) -> Finding | None:
        assert claim.value is not None
        stated = claim_range(ctx.claims.by_id[source_id], field, claim.value.unit)
        if stated is None:
            return self.finding(
                f"claim {claim.id} reaches {claim.value} but its baseline in {source_id} is "
                f"{base}: the units cannot be compared",
                claim_file=ctx.at_claim(source_id, field),
                claims=[claim.id, source_id],
                fields=("value", field),
                related=(Related(f"claim {claim.id} reaches {claim.value}",
                                 ctx.at_claim(claim.id, "value")),),
            )
        if implied.overlaps(stated):
            return None
        unit = claim.value.unit
        baseline = (  # a bounded figure implies an open range, which has no middle
            f"{format_number(implied.mid)} {unit} ({implied})"
            if implied.bounded
            else f"{implied} {unit}"
        )
        return self.finding(
            f"a {claim.rate} change to {format_number(claim.value.value)} {unit} "
            f"implies a baseline of {baseline}; {source_id} gives {base}",
            claim_file=ctx.at_claim(source_id, field),
            claims=sorted({claim.id, source_id}),
            fields=tuple(dict.fromkeys(("rate", "value", field))),
            related=(Related(f"claim {claim.id}: {claim.rate} to {claim.value}",
                             ctx.at_claim(claim.id, "rate")),),
        )
