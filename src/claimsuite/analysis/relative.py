"""What a relative time word ("geçen yıl", "next month", "yarın") means on a given date.

``resolve(published, unit, offset)`` gives every day the word can mean for an article
published some day in ``published``, as one ``Period`` of granularity RANGE; ``shift``
moves a period by whole years. Units are the mention's ``relation``: year, quarter, month,
week, day (others, such as same-period, are not resolved here). Both return ``None``
instead of raising when the result falls outside the calendar (before year 1 or after
year 9999): a checker that cannot place a date asks nothing and reports nothing about it.
"""

from __future__ import annotations

from datetime import date, timedelta

from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions.resolve import prior_period

__all__ = ["ANCHORED", "anchored", "before_period", "resolve", "shift", "show", "written"]

ANCHORED = {"tr": ("önceki",), "en": ("previous", "preceding", "prior", "earlier", "before")}
"""Words making a relative word count from the period its sentence names, not from the
publication day: "Ekim ayında bir önceki aya göre" is September, "3.5% more than a year
earlier" is the year before the sentence's period. (To move to the language data, with the
[[relative]] phrases, when that schema settles.)"""

_MONTHS = {"month": 1, "quarter": 3}


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _months_from(day: date, months: int, shift: int) -> tuple[date, date]:
    """The ``months``-long block (month or quarter) holding ``day``, ``shift`` blocks on."""
    index = day.year * 12 + (day.month - 1) // months * months + shift * months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1), _month_end(year, month + months)


def _resolve(published: Period, unit: str, offset: int) -> Period | None:
    first, last = published.start, published.end
    if unit == "year":
        return Period(date(first.year + offset, 1, 1), date(last.year + offset, 12, 31),
                      Granularity.RANGE)
    if unit in _MONTHS:
        start = _months_from(first, _MONTHS[unit], offset)[0]
        end = _months_from(last, _MONTHS[unit], offset)[1]
        return Period(start, end, Granularity.RANGE)
    if unit == "week":
        monday = first - timedelta(days=first.weekday()) + timedelta(weeks=offset)
        sunday = last + timedelta(days=6 - last.weekday()) + timedelta(weeks=offset)
        return Period(monday, sunday, Granularity.RANGE)
    if unit == "day":
        return Period(first + timedelta(days=offset), last + timedelta(days=offset),
                      Granularity.RANGE)
    return None


def resolve(published: Period, unit: str, offset: int) -> Period | None:
    """Every day a relative word can mean for an article published some day in
    ``published``, as one range; ``None`` for a unit we cannot place or a date outside the
    calendar."""
    try:
        return _resolve(published, unit, offset)
    except (ValueError, OverflowError):
        return None


def shift(period: Period, years: int) -> Period | None:
    """The same period ``years`` later (negative: earlier), or ``None`` when that leaves the
    calendar. A range of days moves each end by the calendar, not by its length: the first
    nine months of 2025 (2025-01-01 to 2025-09-30) a year earlier end on 2024-09-30, and a
    range ending on the last day of a month still does (28 or 29 February)."""
    try:
        if period.granularity is not Granularity.RANGE:
            return period.shifted(years)
        start = _same_day(period.start, period.start.year + years)
        end = _same_day(period.end, period.end.year + years)
        if period.end == _month_end(period.end.year, period.end.month):
            end = _month_end(end.year, end.month)
        return Period(start, end, Granularity.RANGE)
    except (ValueError, OverflowError):
        return None


def _same_day(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=year, day=28)


def show(period: Period, unit: str) -> str:
    """A resolved range as a reader says it: ``2024``, ``2024 to 2025``, or its days."""
    if unit == "year":
        first, last = period.start.year, period.end.year
        return f"{first}" if first == last else f"{first} to {last}"
    return f"{period.start.isoformat()} to {period.end.isoformat()}"


def written(unit: str, offset: int, day: date) -> str:
    """What a relative word means when written on ``day``, as a writer would put it instead
    (``2024``, ``2025-Q1``, ``2025-03``, ``the week of 2025-04-28``, ``2025-05-02``); ``""``
    for a unit we cannot place or a date outside the calendar."""
    try:
        match unit:
            case "year":
                year = day.year + offset
                return str(year) if 1 <= year <= 9999 else ""
            case "quarter":
                index = day.year * 4 + (day.month - 1) // 3 + offset
                return f"{index // 4}-Q{index % 4 + 1}" if 1 <= index // 4 <= 9999 else ""
            case "month":
                index = day.year * 12 + day.month - 1 + offset
                return f"{index // 12}-{index % 12 + 1:02d}" if 1 <= index // 12 <= 9999 else ""
            case "week":
                monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
                return f"the week of {monday.isoformat()}"
            case "day":
                return (day + timedelta(days=offset)).isoformat()
    except (ValueError, OverflowError):
        return ""
    return ""


def anchored(surface: str, language: str) -> bool:
    """Whether a relative word counts from its sentence's period ("bir önceki ay", "the
    previous month", "a year earlier") rather than from the publication day."""
    words = surface.casefold().replace("ı", "i").split()
    return any(w.casefold().replace("ı", "i") in words for w in ANCHORED.get(language, ()))


def before_period(period: Period, unit: str, offset: int) -> Period | None:
    """The period ``offset`` ``unit``s from ``period`` ("the month before October"): a year
    from any period, a quarter from a quarter, a month from a month; ``None`` otherwise or
    outside the calendar."""
    try:
        if unit == "year":
            return shift(period, offset)
        if unit == "prior-period":  # "bir önceki aya göre", "over the month": its own length
            return prior_period(period, -offset)
        months = {"quarter": (3, Granularity.QUARTER), "month": (1, Granularity.MONTH)}
        if unit not in months or period.granularity is not months[unit][1]:
            return None
        size, granularity = months[unit]
        start, end = _months_from(period.start, size, offset)
        return Period(start, end, granularity)
    except (ValueError, OverflowError):
        return None
