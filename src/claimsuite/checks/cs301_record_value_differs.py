from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimsuite.analysis.record import (
    agrees,
    claim_location,
    credit,
    source_related,
    statistics_for,
)
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, QuantityClaim
from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate
from claimsuite.claims.records import Statistic


class RecordValueDiffers(BaseCheck):
    """A figure differs from the published figure for the same metric, subject and period.

    ## What it does
    Looks up the ``statistics`` of the record for each ``quantity`` claim's ``value``
    and each ``change`` claim's ``rate`` and ``value``: same metric, same subject, same
    period and, for a rate, the same ``base_period`` (a rate may be filed under the metric
    or under ``<metric>-growth``). When the claim names no base period, any published rate
    for the period counts. Both figures are intervals that follow the precision they were
    written with (``1.7 billion`` is 1.65-1.75 billion); the check fires only when no
    published figure overlaps the claimed one.

    ## Why is this bad?
    The record holds what the publisher of the figure (TİM, a ministry, a statistics
    office) actually published. "Exports rose 70% in Q1 2023" when TİM published 15.1% is a
    factual error, whoever repeated it.

    ## Example
    ```yaml
    - id: exports-2023-q1-growth
      kind: change
      metric: defence-aerospace-exports
      subject: turkiye
      period: 2023-Q1
      rate: 70%
      quote: "2023’ün ilk çeyreğinde elde edilen %70 oranında ihracat artışıdır"
    ```
    with ``claims/registries/statistics.yaml`` recording ``15.1 percent`` for 2023-Q1.

    Use instead: the published figure, ``rate: 15.1%``, and an article that says so.

    ## References
    ``claims/registries/statistics.yaml``; ``docs/registries.md``.
    """

    code = "CS301"
    name = "record-value-differs"
    severity = Severity.ERROR
    summary = "A figure differs from the published figure for its metric, subject and period."
    scope = Scope.RECORD
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if isinstance(claim, QuantityClaim):
                yield from self._compare(ctx, claim, "value", claim.value, None)
            elif isinstance(claim, ChangeClaim):
                yield from self._compare(ctx, claim, "rate", claim.rate, claim.base_period)
                if claim.value is not None:
                    yield from self._compare(ctx, claim, "value", claim.value, None)

    def _compare(
        self,
        ctx: Context,
        claim: QuantityClaim | ChangeClaim,
        field: str,
        claimed: Amount | Rate,
        base_period: Period | None,
    ) -> Iterator[Finding]:
        rates = isinstance(claimed, Rate)
        candidates = [
            stat
            for stat in statistics_for(ctx, claim.metric, claim.subject, claim.period, rates=rates)
            if base_period is None or stat.base_period == base_period
        ]
        verdicts = [(stat, agrees(claimed, stat.value)) for stat in candidates]
        if not verdicts or any(v is not False for _, v in verdicts):
            return  # nothing published, a figure that agrees, or one we cannot compare
        for stat, _ in verdicts:
            against = f" against {stat.base_period}" if stat.base_period is not None else ""
            yield self.finding(
                self._message(claim, field, claimed, stat),
                article=claim_location(ctx, claim.id),
                claim_file=ctx.at_claim(claim.id, field),
                claims=[claim.id],
                fields=(field,),
                related=(source_related(
                    f"the record: {stat.value}{against} ({stat.id})", stat.source, stat.publisher
                ),),
                suggestion=str(stat.value),
            )

    @staticmethod
    def _message(
        claim: QuantityClaim | ChangeClaim, field: str, claimed: Amount | Rate, stat: Statistic
    ) -> str:
        against = f" against {stat.base_period}" if stat.base_period is not None else ""
        what = "growth" if field == "rate" else "value"
        based = isinstance(claim, ChangeClaim) and claim.base_period is not None
        named = "" if field != "rate" or based else " (the article names no base period)"
        who = credit(stat.source, stat.publisher)
        return (
            f"{claim.id} gives {claimed} as the {claim.period} {what} of {claim.metric}{named}; "
            f"the record has {stat.value}{against} ({stat.id}" + (f"; {who})" if who else ")")
        )
