from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.arithmetic import Interval, implied_base_of
from claimsuite.analysis.record import claim_location, credit, source_related, statistics_for
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim
from claimsuite.claims.quantities import Amount, format_number


class RecordImpliedBase(BaseCheck):
    """The baseline a change claim implies contradicts the published figure for it.

    ## What it does
    For a ``change`` claim with a percent ``rate``, a ``value`` and a ``base_period``,
    computes the baseline the two numbers imply (value / (1 + rate)) as an interval that
    follows the precision of both, and compares it with every published ``statistics``
    figure for the same metric, subject and the base period. It warns when no published
    figure for the base period falls inside the implied interval.

    ## Why is this bad?
    "Up 72% to 1.7 billion dollars" says the base period brought in about 0.99 billion. If
    the publisher recorded 1.2 billion for that period, the rate or the value is wrong (or
    they come from different series), even when no figure for the period itself was
    published.

    ## Example
    ```yaml
    - id: exports-2025-q1-growth
      kind: change
      metric: defence-aerospace-exports
      subject: turkiye
      period: 2025-Q1
      base_period: 2024-Q1
      rate: 72%
      value: 1.7 billion USD
      quote: "%72 artışla 1.7 milyar dolara"
    ```
    with a record figure of ``1.2 billion USD`` for 2024-Q1.

    Use instead: a rate and value that fit the published baseline (``rate: 42%``), or the
    right base period.

    ## References
    ``claims/registries/statistics.yaml``; CS101 checks the same arithmetic within the claim
    file.
    """

    code = "CS302"
    name = "record-implied-base"
    severity = Severity.WARNING
    summary = "The baseline implied by a change's rate and value contradicts the record."
    scope = Scope.RECORD
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if (
                not isinstance(claim, ChangeClaim)
                or claim.value is None
                or claim.base_period is None
            ):
                continue
            implied = implied_base_of(claim)  # bounds and approximate widen it
            if implied is None:
                continue
            stats = list(
                statistics_for(ctx, claim.metric, claim.subject, claim.base_period, rates=False)
            )
            verdicts = [(stat, _agrees(implied, stat.value, claim.value.unit)) for stat in stats]
            if not verdicts or any(v is not False for _, v in verdicts):
                continue
            for stat, _ in verdicts:
                unit = claim.value.unit
                who = credit(stat.source, stat.publisher)
                baseline = (
                    f"{format_number(implied.mid)} {unit} ({implied})"
                    if implied.bounded
                    else f"{implied} {unit}"
                )
                yield self.finding(
                    f"a {claim.rate} change to {claim.value} implies a {claim.base_period} "
                    f"baseline of {baseline}; the record "
                    f"has {stat.value} for {claim.base_period} ({stat.id}"
                    + (f"; {who})" if who else ")"),
                    article=claim_location(ctx, claim.id),
                    claim_file=ctx.at_claim(claim.id, "rate"),
                    claims=[claim.id],
                    fields=("rate", "value", "base_period"),
                    related=(source_related(
                        f"the record: {stat.value} for {claim.base_period} ({stat.id})",
                        stat.source, stat.publisher,
                    ),),
                )


def _agrees(implied: Interval, recorded: object, unit: str) -> bool | None:
    if not isinstance(recorded, Amount):
        return None
    try:
        converted = recorded.to(unit)
    except ValueError:
        return None
    return implied.overlaps(Interval.around(converted.value, converted.precision))
