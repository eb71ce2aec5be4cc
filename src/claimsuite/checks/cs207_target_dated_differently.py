from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from itertools import combinations

from claimsuite.analysis.passages import claim_place, first_passage
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import PlanClaim
from claimsuite.claims.quantities import Amount, Rate


def _same(a: Amount | Rate, b: Amount | Rate) -> bool:
    """The same target as written: same kind and unit, equal within either's precision."""
    if type(a) is not type(b) or a.unit != b.unit:
        return False
    return abs(a.value - b.value) <= max(a.precision, b.precision, Decimal("1e-9"))


class TargetDatedDifferently(BaseCheck):
    """Two plans or forecasts give the same target for one metric, dated differently.

    ## What it does
    Compares every pair of ``plan`` and ``forecast`` claims with a ``target`` for the same
    ``metric`` and ``subject``. When they give the same target (as written, within its
    precision) but for different ``period`` values, the article refers to one target with
    two dates, and the check warns, quoting both.

    ## Why is this bad?
    "The 43 billion dollar export target for 2026" in the lead and "43 milyar dolarlık 2027
    hedefi" in the body cannot both be right: a target is set for one period, and a reader
    who sees two dates does not know when it is due.

    ## Example
    ```yaml
    - id: target-lead
      kind: plan
      what: automotive exports target
      metric: automotive-exports
      period: 2026
      target: 43 billion USD
      quote: "gelecek yıl için 43 milyar dolarlık ihracat hedefi"
    - id: target-body
      kind: plan
      what: automotive exports target
      metric: automotive-exports
      period: 2027
      target: 43 billion USD
      quote: "2027 yılı için 43 milyar dolar hedefledi"
    ```

    Use instead: the period the target was set for, in both places.
    """

    code = "CS207"
    name = "target-dated-differently"
    severity = Severity.WARNING
    summary = "Two plans or forecasts give the same target for one metric, dated differently."
    scope = Scope.CLAIMS
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        plans = [
            c for c in ctx.claims.claims
            if isinstance(c, PlanClaim) and c.target is not None and c.metric is not None
        ]
        for first, second in combinations(plans, 2):
            assert first.target is not None
            assert second.target is not None
            if (
                (first.metric, first.subject) != (second.metric, second.subject)
                or first.period == second.period
                or not _same(first.target, second.target)
            ):
                continue
            where = first_passage(ctx, second.id)
            related = Related(
                f"{first.kind} {first.id} dates the target {first.period}",
                claim_place(ctx, first.id, "period"),
            )
            yield self.finding(
                f"{first.kind} {first.id} and {second.kind} {second.id} give the same "
                f"{first.metric} target, {first.target}, for {first.period} and for "
                f"{second.period}; which period is it for?",
                article=ctx.at_span(*where) if where else None,
                claim_file=ctx.at_claim(second.id, "period"),
                claims=[first.id, second.id],
                fields=("period",),
                related=(related,),
            )
