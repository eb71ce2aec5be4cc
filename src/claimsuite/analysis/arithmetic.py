"""Interval arithmetic for figures stated with limited precision.

"A 72% rise to 1.7 billion" fixes the baseline only up to the precision of both numbers:
1.7 billion means 1.65-1.75 billion and 72% means 71.5-72.5%, so the baseline lies
somewhere in 0.957-1.020 billion. Two figures agree when their intervals overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claimsuite.claims.quantities import Amount, Rate, format_number

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Interval:
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

    def __str__(self) -> str:
        return f"{format_number(self.low)}–{format_number(self.high)}"


def implied_base(rate: Rate, value: Amount) -> Interval | None:
    """The baseline a percent change to ``value`` implies; None for pp or a -100% fall."""
    if rate.unit != "percent":
        return None
    v = Interval.around(value.value, value.precision)
    r = Interval.around(rate.value, rate.precision)
    low_factor, high_factor = 1 + r.low / HUNDRED, 1 + r.high / HUNDRED
    if low_factor <= 0:
        return None
    return Interval(v.low / high_factor, v.high / low_factor)


def implied_value(rate: Rate, base: Amount) -> Interval | None:
    """The value a percent change from ``base`` implies."""
    if rate.unit != "percent":
        return None
    b = Interval.around(base.value, base.precision)
    r = Interval.around(rate.value, rate.precision)
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
