"""Placing a mention against the publication date: ``son 11 ayda`` published 2025-11-05 is
2025-01/2025-10, ``Kasım ayında`` is 2025-11, ``bugün`` is 2025-11-05, ``fiscal 2025`` with
the fiscal year starting in October is 2024-10/2025-09.

Extraction stays pure: a mention carries its relative form (:class:`Relative`); this module
is the only place that turns one into a :class:`Period`, so every caller reads "last year"
the same way. When the publication date is only known as a range and the two ends give
different periods, or a form cannot be placed, the answer is ``None`` — not confirmed,
never a guess.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions.core import Mention, Relative

__all__ = ["prior_period", "resolve", "resolve_relative", "shift_years"]

_MONTHS = 12
# A month or day without a year is read as the latest one on or before publication, unless
# it falls at most this many days after it ("Aralık'ta yapılacak" published in November).
_LOOKAHEAD_DAYS = 62


def resolve(
    mention: Mention,
    published: Period | None,
    fiscal_start: int = 1,
    *,
    context: Period | None = None,
    future: bool | None = None,
    year: int | None = None,
) -> Period | None:
    """The period ``mention`` states for an article published in ``published``.

    ``fiscal_start`` is the month a fiscal year begins (1: the calendar year; 10: the US
    federal year; a fiscal year is named by the calendar year it ends in). Without
    ``published`` only a fiscal year with its number can be placed. ``context`` is the
    period the sentence already names (for "the same period" of an earlier year); ``future``
    says the sentence speaks of what will happen (then "Şubat'ta" is the next February), and
    ``future=False`` that it speaks of the past (then it is the last February); unsaid, a
    month up to two months ahead is read as coming, any other as past.
    ``year`` is the year the text around the mention names ("2025'te ... ocak-eylül
    döneminde"): a month, month range, first months, day or quarter without a year is read
    in it rather than against the publication date.
    """
    if mention.period is not None:
        return mention.period
    relative = mention.relative
    if relative is None:
        return None
    if year is not None and relative.offset == 0 and (placed := _in_year(relative, year)):
        return placed
    if published is None:
        # Without a publication date only what the text dates itself can be placed.
        if relative.unit in {"fiscal-year", "split-year"} and relative.year is not None:
            return resolve_relative(relative, date.min, fiscal_start)
        return None
    first = resolve_relative(relative, published.start, fiscal_start, context, future)
    last = resolve_relative(relative, published.end, fiscal_start, context, future)
    return first if first == last else None


def _in_year(relative: Relative, year: int) -> Period | None:
    """A yearless ``relative`` read in ``year``, for the forms that only lack the year."""
    unit, month = relative.unit, relative.month
    if unit in {"named-month", "month-range"} and month:
        last = relative.month_to or month
        return _months(year, month, last + (_MONTHS if last < month else 0))
    if unit == "first-months" and relative.count:
        return _months(year, 1, relative.count)
    if unit == "day-month" and month and relative.day:
        start = _safe(year, month, relative.day)
        if relative.count:
            return Period(start, _safe(year, month, relative.count), Granularity.RANGE)
        return Period.of_day(start)
    if unit in {"named-quarter", "named-half"} and relative.count:
        size = 3 if unit == "named-quarter" else 6
        granularity = Granularity.QUARTER if size == 3 else Granularity.HALF
        return Period.of_months(year, relative.count * size - size + 1, granularity)
    return None


def _months(year: int, first: int, last: int) -> Period:
    """Months ``first``..``last`` (counted from January of ``year``, may run over years)."""
    y0, m0 = divmod(first - 1, _MONTHS)
    y1, m1 = divmod(last - 1, _MONTHS)
    start = Period.of_months(year + y0, m0 + 1, Granularity.MONTH)
    end = Period.of_months(year + y1, m1 + 1, Granularity.MONTH)
    if start == end:
        return start
    return Period(start.start, end.end, Granularity.RANGE)


def prior_period(period: Period, count: int = 1) -> Period | None:
    """The period ``count`` of its own lengths before ``period``: the month before a month,
    the quarter before a quarter, the year before a year, the day before a day; a range of
    whole months gives as many months before it ("bir önceki aya göre", "over the month")."""
    start, end = period.start, period.end
    if period.granularity is Granularity.DAY:
        return Period.of_day(start - timedelta(days=count))
    if start.day != 1 or (end + timedelta(days=1)).day != 1:
        return None
    months = (end.year - start.year) * _MONTHS + end.month - start.month + 1
    first = start.year * _MONTHS + start.month - 1 - months * count
    last = first + months - 1
    y0, m0 = divmod(first, _MONTHS)
    y1, m1 = divmod(last, _MONTHS)
    return Period(
        Period.of_months(y0, m0 + 1, Granularity.MONTH).start,
        Period.of_months(y1, m1 + 1, Granularity.MONTH).end,
        period.granularity,
    )


def shift_years(period: Period, years: int) -> Period:
    """``period`` ``years`` later; a range of whole months stays whole months."""
    return _shift_years(period, years)


def _shift_years(period: Period, years: int) -> Period:
    """``period`` ``years`` later; a range of whole months stays whole months."""
    start, end = period.start, period.end
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        first = _months(start.year + years, start.month, start.month)
        last = _months(end.year + years, end.month, end.month)
        if period.granularity is not Granularity.RANGE:
            return Period(first.start, last.end, period.granularity)
        return Period(first.start, last.end, Granularity.RANGE)
    return period.shifted(years)


def _year_of(month: int, day: int, anchor: date, future: bool | None) -> int:
    """The year of ``day``.``month`` nearest the anchor in the direction the text implies."""
    this = _safe(anchor.year, month, day)
    if future:
        return anchor.year if this >= anchor else anchor.year + 1
    if future is False:  # told as past: the latest one on or before the anchor
        return anchor.year if this <= anchor else anchor.year - 1
    if this <= anchor + timedelta(days=_LOOKAHEAD_DAYS):
        return anchor.year
    return anchor.year - 1


def _safe(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February
        return date(year, month, 28)


def resolve_relative(
    relative: Relative,
    anchor: date,
    fiscal_start: int = 1,
    context: Period | None = None,
    future: bool | None = None,
) -> Period | None:
    """The period ``relative`` means on the day ``anchor``."""
    return _resolve_relative(relative, anchor, fiscal_start, context, future)


# Memoized: a pure function of immutable values, asked for every relative mention against
# both ends of the publication date for every claim (~90 calls per seed-sized article, a
# handful distinct). typed: ``future`` False and 0 must not share an answer.
@lru_cache(maxsize=4096, typed=True)
def _resolve_relative(
    relative: Relative,
    anchor: date,
    fiscal_start: int,
    context: Period | None,
    future: bool | None,
) -> Period | None:
    unit, offset = relative.unit, relative.offset
    month_index = anchor.year * _MONTHS + anchor.month - 1
    if unit == "year":
        return Period.parse(str(anchor.year + offset))
    if unit == "half":
        half = (anchor.month - 1) // 6 + offset
        year, index = divmod(half, 2)
        return Period.parse(f"{anchor.year + year}-H{index + 1}")
    if unit == "quarter":
        quarter = (anchor.month - 1) // 3 + offset
        year, index = divmod(quarter, 4)
        return Period.parse(f"{anchor.year + year}-Q{index + 1}")
    if unit == "month":
        year, index = divmod(month_index + offset, _MONTHS)
        return Period.of_months(year, index + 1, Granularity.MONTH)
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        return Period(monday, monday + timedelta(days=6), Granularity.RANGE)
    if unit == "day":
        return Period.of_day(anchor + timedelta(days=offset))
    if unit == "same-period":
        return _shift_years(context, offset) if context is not None else None
    if unit == "prior-period":
        return prior_period(context, -offset) if context is not None else None
    if unit == "last-months" and relative.count:
        # The whole months before the month of publication: "son 10 ayda" on 5 November is
        # January to October.
        return _months(anchor.year, anchor.month - relative.count, anchor.month - 1)
    if unit == "first-months" and relative.count:
        year = anchor.year + offset
        if offset == 0 and relative.count > anchor.month:
            return None  # "ilk 11 ayda" in March: not this year's, and not surely last year's
        return _months(year, 1, relative.count)
    if unit == "months-to" and relative.month and relative.count:
        # "the 12 months to September": ending with the last such month told as past.
        year = _year_of(relative.month, 1, anchor, False)
        return _months(year, relative.month - relative.count + 1, relative.month)
    if unit == "last-named-month" and relative.month:
        # "geçen aralık", "last December": the latest one before the month of publication.
        year = anchor.year if relative.month < anchor.month else anchor.year - 1
        return _months(year, relative.month, relative.month)
    if unit in {"named-month", "month-range"} and relative.month:
        last = relative.month_to or relative.month
        if last < relative.month:  # over the new year: placed by its first month
            year = anchor.year + offset if offset else _year_of(relative.month, 1, anchor, future)
            return _months(year, relative.month, last + _MONTHS)
        year = anchor.year + offset if offset else _year_of(last, 1, anchor, future)
        return _months(year, relative.month, last)
    if unit == "day-month" and relative.month and relative.day:
        year = _year_of(relative.month, relative.day, anchor, future)
        start = _safe(year, relative.month, relative.day)
        if relative.count:  # a day range: "20-21 Mart"
            return Period(start, _safe(year, relative.month, relative.count), Granularity.RANGE)
        return Period.of_day(start)
    if unit in {"named-quarter", "named-half"} and relative.count:
        size = 3 if unit == "named-quarter" else 6
        granularity = Granularity.QUARTER if size == 3 else Granularity.HALF
        first_month = relative.count * size - size + 1
        year = _year_of(first_month, 1, anchor, future)
        return Period.of_months(year, first_month, granularity)
    if unit == "year-to-date":
        start = date(anchor.year, 1, 1)
        return Period(start, anchor, Granularity.RANGE) if anchor > start else None
    if unit == "split-year" and relative.year is not None:
        # "2024-25": a fiscal year ending in 2025 when the desk says when it starts; a
        # season's span is unknown otherwise.
        if fiscal_start == 1:
            return None
        return _months(relative.year - 1, fiscal_start, fiscal_start + _MONTHS - 1)
    if unit == "fiscal-year":
        year = relative.year if relative.year is not None else anchor.year + offset
        if fiscal_start == 1:
            return Period.parse(str(year))
        return _months(year - 1, fiscal_start, fiscal_start + _MONTHS - 1)
    return None
