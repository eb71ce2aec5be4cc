from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

from claimsuite.analysis.arithmetic import claim_range
from claimsuite.analysis.comparison import comparison_in
from claimsuite.analysis.passages import claim_place, first_passage
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, QuantityClaim
from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount

Figure = QuantityClaim | ChangeClaim


def _rates_agree(first: ChangeClaim, second: ChangeClaim) -> bool:
    if first.rate.unit != second.rate.unit:
        return True  # percent, percentage points and multiples measure different things
    a, b = claim_range(first, "rate"), claim_range(second, "rate")
    return a is None or b is None or a.overlaps(b)


def _same_base(first: ChangeClaim, second: ChangeClaim) -> bool:
    """Two changes compare against the same base: a missing base is compatible with any base
    ("yüzde 15 yükseldi" after "geçen yılın aynı dönemine göre yüzde 12 arttı")."""
    return (
        first.base_period is None
        or second.base_period is None
        or first.base_period == second.base_period
    )


def _names_a_base(ctx: Context, claim: ChangeClaim) -> bool:
    """Whether the sentence of a change claim without ``base_period`` names some base
    ("aylık", "bir önceki aya göre"): then it may be another base, not a missing one."""
    where = first_passage(ctx, claim.id)
    return where is not None and comparison_in(ctx, ctx.article.sentence_at(where[0])) is not None


def _value_at(claim: Figure, period: Period) -> tuple[str, Amount] | None:
    """The value ``claim`` states for ``period``, with the field that holds it."""
    if isinstance(claim, QuantityClaim):
        return ("value", claim.value) if claim.period == period else None
    if claim.period == period and claim.value is not None:
        return "value", claim.value
    if claim.base_period == period and claim.base_value is not None:
        return "base_value", claim.base_value
    return None


def _periods(claim: Figure) -> list[Period]:
    if isinstance(claim, ChangeClaim) and claim.base_period is not None:
        return [claim.period, claim.base_period]
    return [claim.period]


class FigureDisagrees(BaseCheck):
    """Two claims give different figures for the same metric, subject and period.

    ## What it does
    Compares every pair of ``quantity`` and ``change`` claims about the same ``metric`` and
    ``subject``: the values they state for the same period (a quantity's ``value``, a
    change's ``value`` for its ``period`` or ``base_value`` for its ``base_period``), and
    the ``rate`` of two changes over the same period against the same base (a change that
    names no ``base_period`` is compared with every change for its period: a missing base is
    compatible with any base, unless its sentence names a base the claim leaves out, such
    as "aylık" or "bir önceki aya göre", which CS605 asks about). Figures agree
    when they overlap within the precision they were written with (``1.7 billion`` is
    1.65-1.75 billion; ``approximate: true`` widens that to 10%, and a ``bound`` such as
    ``more-than`` opens it on one side); units are converted first.

    ## Why is this bad?
    An article that gives exports as 1.7 billion dollars in one paragraph and 1.2 billion in
    another for the same quarter is wrong at least once, and readers cannot tell which.

    ## Example
    ```yaml
    - id: exports-q1
      kind: quantity
      metric: defence-exports
      period: 2025-Q1
      value: 1.2 billion USD
      quote: "ilk çeyrekte 1,2 milyar dolar"
    - id: exports-q1-growth
      kind: change
      metric: defence-exports
      period: 2025-Q1
      rate: 72%
      value: 1.7 billion USD
      quote: "%72 artışla 1.7 milyar dolara"
    ```

    Use instead: one figure for the quarter in both claims (and in the article).
    """

    code = "CS102"
    name = "figure-disagrees"
    severity = Severity.ERROR
    summary = "Two claims state different figures for the same metric, subject and period."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        figures = [c for c in ctx.claims.claims if isinstance(c, QuantityClaim | ChangeClaim)]
        for first, second in combinations(figures, 2):
            if (first.metric, first.subject) != (second.metric, second.subject):
                continue
            yield from self._values(ctx, first, second)
            if isinstance(first, ChangeClaim) and isinstance(second, ChangeClaim):
                yield from self._rates(ctx, first, second)

    def _values(self, ctx: Context, first: Figure, second: Figure) -> Iterator[Finding]:
        for period in _periods(first):
            mine, theirs = _value_at(first, period), _value_at(second, period)
            if mine is None or theirs is None:
                continue
            a = claim_range(first, mine[0])
            b = claim_range(second, theirs[0], mine[1].unit)
            if a is None or b is None or a.overlaps(b):
                continue  # a different kind of unit is a different metric, not a conflict
            yield self._report(
                ctx, first, second, field=theirs[0],
                says=f"{first.metric} for {period} as {mine[1]}", other=f"{theirs[1]}",
            )

    def _rates(self, ctx: Context, first: ChangeClaim, second: ChangeClaim) -> Iterator[Finding]:
        if first.period != second.period or not _same_base(first, second):
            return
        if first.base_period != second.base_period and any(
            _names_a_base(ctx, c) for c in (first, second) if c.base_period is None
        ):
            return  # its sentence names a base the claim file left out (CS605 asks)
        if _rates_agree(first, second):
            return
        base_period = first.base_period or second.base_period
        base = f" against {base_period}" if base_period else ""
        yield self._report(
            ctx, first, second, field="rate",
            says=f"the change in {first.metric} for {first.period}{base} as {first.rate}",
            other=f"{second.rate}",
        )

    def _report(
        self, ctx: Context, first: Figure, second: Figure, *, field: str, says: str, other: str
    ) -> Finding:
        where = first_passage(ctx, second.id)
        first_field = "rate" if field == "rate" else None
        related = Related(f"claim {first.id} gives {says}", claim_place(ctx, first.id, first_field))
        return self.finding(
            f"claim {first.id} gives {says}; claim {second.id} gives {other}",
            article=ctx.at_span(*where) if where else None,
            claim_file=ctx.at_claim(second.id, field),
            claims=[first.id, second.id],
            fields=(field,),
            related=(related,),
        )
