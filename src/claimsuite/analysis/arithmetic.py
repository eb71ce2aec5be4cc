"""Interval arithmetic for figures stated with limited precision.

"A 72% rise to 1.7 billion" fixes the baseline only up to the precision of both numbers:
1.7 billion means 1.65-1.75 billion and 72% means 71.5-72.5%, so the baseline lies
somewhere in 0.957-1.020 billion. Two figures agree when their intervals overlap.

A figure the article bounds ("more than 3500 firms") or gives approximately ("about 45
thousand") admits more values: ``stated_range`` widens its interval accordingly (an open end
is infinite), so that no check reads a bound as an exact figure.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

from claimsuite.claims.quantities import Amount, Rate, format_number

HUNDRED = Decimal(100)
INFINITY = Decimal("Infinity")
APPROXIMATE = Decimal("0.1")
"""An approximate figure ("about 45 thousand") admits 10% either way, or its written
precision when that is wider (documented in docs/claim-file.md)."""


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Interval(NamedTuple):
    low: Decimal
    high: Decimal

    @classmethod
    def around(cls, value: Decimal, precision: Decimal) -> Interval:
        return cls(value - precision, value + precision)

    @property
    def mid(self) -> Decimal:
        return (self.low + self.high) / 2

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    @property
    def bounded(self) -> bool:
        """Both ends are finite."""
        return self.low.is_finite() and self.high.is_finite()

    def __str__(self) -> str:
        if self.bounded:
            return f"{format_number(self.low)}–{format_number(self.high)}"
        if self.low.is_finite():
            return f"at least {format_number(self.low)}"
        if self.high.is_finite():
            return f"at most {format_number(self.high)}"
        return "any value"


def stated_range(
    value: Decimal, precision: Decimal, *, bound: str | None = None, approximate: bool = False
) -> Interval:
    """The values a figure admits, as written: its precision, then ``approximate`` or a
    ``bound`` (``more-than``, ``at-least``, ``at-most``, ``less-than``, ``about``).

    Bounds are read generously (``more-than 3500`` admits 3499.5 and up): an interval only
    ever decides that two figures *cannot* agree.
    """
    spread = precision
    if approximate or bound == "about":
        spread = max(precision, abs(value) * APPROXIMATE)
    low, high = value - spread, value + spread
    if bound in {"more-than", "at-least"}:
        high = INFINITY
    elif bound in {"at-most", "less-than"}:
        low = -INFINITY
    return Interval(low, high)


def claim_range(claim: Any, field: str, unit: str | None = None) -> Interval | None:  # noqa: ANN401 - any claim
    """The values ``claim.<field>`` admits, honouring the claim's ``bound`` and
    ``approximate``; in ``unit`` when given (``None`` if absent or not convertible)."""
    figure = getattr(claim, field, None)
    if not isinstance(figure, Amount | Rate):
        return None
    value, precision = figure.value, figure.precision
    if unit is not None and isinstance(figure, Amount):
        try:
            converted = figure.to(unit)
        except ValueError:
            return None
        value, precision = converted.value, converted.precision
    bound_of = getattr(claim, "bound_of", None)
    approximate_of = getattr(claim, "approximate_of", None)
    return stated_range(
        value,
        precision,
        bound=bound_of(field) if bound_of else None,
        approximate=bool(approximate_of(field)) if approximate_of else False,
    )


def implied_base_of(claim: Any) -> Interval | None:  # noqa: ANN401 - a change claim
    """The baseline a change claim's ``rate`` and ``value`` imply (value / (1 + rate), or
    value / multiple), honouring the claim's ``bound`` and ``approximate``; ``None`` for
    percentage points, a fall of 100% or more, or a claim without a value. Without
    qualifiers this is ``implied_base(claim.rate, claim.value)``."""
    rate, value = getattr(claim, "rate", None), getattr(claim, "value", None)
    r, v = claim_range(claim, "rate"), claim_range(claim, "value")
    if not isinstance(rate, Rate) or not isinstance(value, Amount) or r is None or v is None:
        return None
    if rate.unit == "percent":
        factor = Interval(1 + r.low / HUNDRED, 1 + r.high / HUNDRED)
    elif rate.unit == "times":
        factor = r
    else:
        return None
    if not factor.low > 0:
        return None
    low = v.low / factor.high if v.low >= 0 else v.low / factor.low
    high = v.high / factor.low if v.high >= 0 else v.high / factor.high
    return Interval(low, high)


def implied_share(part: Interval, whole: Interval) -> Interval | None:
    """The percentage ``part`` is of ``whole`` (one unit); ``None`` when the whole may be 0."""
    if whole.low <= 0:
        return None
    low = max(part.low, Decimal(0)) / whole.high * HUNDRED
    high = part.high / whole.low * HUNDRED
    return Interval(low, high)


def implied_base(rate: Rate, value: Amount) -> Interval | None:
    """The baseline a change to ``value`` implies (a percent rate or a multiple); None for
    percentage points or a -100% fall."""
    v = Interval.around(value.value, value.precision)
    r = Interval.around(rate.value, rate.precision)
    if rate.unit == "times":
        return Interval(v.low / r.high, v.high / r.low) if r.low > 0 else None
    if rate.unit != "percent":
        return None
    low_factor, high_factor = 1 + r.low / HUNDRED, 1 + r.high / HUNDRED
    if low_factor <= 0:
        return None
    return Interval(v.low / high_factor, v.high / low_factor)


def implied_value(rate: Rate, base: Amount) -> Interval | None:
    """The value a change from ``base`` implies (a percent rate or a multiple)."""
    b = Interval.around(base.value, base.precision)
    r = Interval.around(rate.value, rate.precision)
    if rate.unit == "times":
        return Interval(b.low * r.low, b.high * r.high)
    if rate.unit != "percent":
        return None
    return Interval(b.low * (1 + r.low / HUNDRED), b.high * (1 + r.high / HUNDRED))


def implied_rate(base: Amount, value: Amount) -> Interval | None:
    """The percent change from ``base`` to ``value`` (same unit assumed)."""
    b = Interval.around(base.value, base.precision)
    v = Interval.around(value.value, value.precision)
    if b.low <= 0:
        return None
    return Interval((v.low / b.high - 1) * HUNDRED, (v.high / b.low - 1) * HUNDRED)


def point(value: Decimal, places: str = "0.001") -> Decimal:
    return value.quantize(Decimal(places)).normalize()
