"""What a filled period template means: the closed list of meanings a ``[[period]]``
entry of the language files may name (``means = "first-months"``, with ``:-1`` for the year
before publication). Each returns the period the text fixes, or the relative form that
:func:`claimsuite.text.mentions.resolve` places against the publication date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions.core import Relative

__all__ = ["MEANINGS", "Filled"]

_MONTHS = 12


@dataclass(slots=True)
class Filled:
    """The slots a template filled: a year, a count, and one or two months."""

    year: int | None = None
    count: int | None = None
    months: tuple[int, ...] = ()
    split: bool = False  # the year was written over two years ("2024/25"); ``year`` ends it


def _first_months(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if f.count is None or not 1 <= f.count <= _MONTHS:
        return None, None
    if f.year is None:
        return None, Relative("first-months", offset=offset, count=f.count)
    end = Period.of_months(f.year, f.count, Granularity.MONTH).end
    return Period(Period.parse(str(f.year)).start, end, Granularity.RANGE), None


def _first_quarters(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if f.count is None or not 1 <= f.count <= 4:
        return None, None
    return _first_months(Filled(f.year, 3 * f.count, f.months), offset)


def _last_quarters(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if f.count is None or not 1 <= f.count <= 2 * 4:
        return None, None
    return None, Relative("last-months", offset=offset, count=3 * f.count)


def _last_months(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if f.count is None or not 1 <= f.count <= 4 * _MONTHS:
        return None, None
    return None, Relative("last-months", offset=offset, count=f.count)


def _last_years(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if f.count is None or not 1 <= f.count <= 4:
        return None, None
    return None, Relative("last-months", offset=offset, count=_MONTHS * f.count)


def _month_range(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if len(f.months) != 2 or f.months[0] == f.months[1]:
        return None, None
    first, last = f.months
    if f.year is None:
        # "from November to March" runs over the new year: the resolver places it.
        return None, Relative("month-range", offset=offset, month=first, month_to=last)
    if first > last:
        return None, None  # which year does "November–March 2026" name? not guessed
    start = Period.of_months(f.year, first, Granularity.MONTH).start
    end = Period.of_months(f.year, last, Granularity.MONTH).end
    return Period(start, end, Granularity.RANGE), None


def _named_month(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if len(f.months) != 1:
        return None, None
    if f.year is None:
        return None, Relative("named-month", offset=offset, month=f.months[0])
    return Period.of_months(f.year, f.months[0], Granularity.MONTH), None


def _last_named_month(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if len(f.months) != 1:
        return None, None
    return None, Relative("last-named-month", month=f.months[0])


def _months_to(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    """``12 months to September 2025``: ``count`` months ending with the named month (the
    year to September: twelve)."""
    count = _MONTHS if f.count is None else f.count
    if len(f.months) != 1 or not 1 <= count <= 4 * _MONTHS:
        return None, None
    last = f.months[0]
    if f.year is None:
        return None, Relative("months-to", offset=offset, count=count, month=last)
    first = (f.year * _MONTHS + last - 1) - (count - 1)
    start = Period.of_months(first // _MONTHS, first % _MONTHS + 1, Granularity.MONTH).start
    end = Period.of_months(f.year, last, Granularity.MONTH).end
    return Period(start, end, Granularity.RANGE), None


def _year_to_date(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    return None, Relative("year-to-date", offset=offset)


def _fiscal_year(f: Filled, offset: int) -> tuple[Period | None, Relative | None]:
    if f.year is None:
        return None, Relative("fiscal-year", offset=offset)
    return None, Relative("split-year" if f.split else "fiscal-year", year=f.year)


MEANINGS: dict[str, Callable[[Filled, int], tuple[Period | None, Relative | None]]] = {
    "first-months": _first_months,
    "first-quarters": _first_quarters,
    "last-months": _last_months,
    "last-years": _last_years,
    "last-quarters": _last_quarters,
    "month-range": _month_range,
    "named-month": _named_month,
    "last-named-month": _last_named_month,
    "months-to": _months_to,
    "year-to-date": _year_to_date,
    "fiscal-year": _fiscal_year,
}
