"""Relative dates resolved against a publication date, up to the calendar's edges."""

from __future__ import annotations

from datetime import date

import pytest

from claimsuite.analysis.relative import resolve, shift, show, written
from claimsuite.claims.periods import Granularity, Period


def day(text: str) -> Period:
    d = date.fromisoformat(text)
    return Period(d, d, Granularity.DAY)


def test_resolve_gives_every_day_the_word_can_mean() -> None:
    assert show(resolve(day("2025-05-01"), "year", -1), "year") == "2024"  # type: ignore[arg-type]
    span = Period(date(2024, 12, 1), date(2025, 1, 31), Granularity.RANGE)
    assert show(resolve(span, "year", 1), "year") == "2025 to 2026"  # type: ignore[arg-type]
    month = resolve(day("2025-05-10"), "month", 1)
    assert month is not None
    assert (month.start, month.end) == (date(2025, 6, 1), date(2025, 6, 30))
    quarter = resolve(day("2025-01-15"), "quarter", -1)
    assert quarter is not None
    assert (quarter.start, quarter.end) == (date(2024, 10, 1), date(2024, 12, 31))
    week = resolve(day("2025-05-01"), "week", -1)  # a Thursday
    assert week is not None
    assert (week.start, week.end) == (date(2025, 4, 21), date(2025, 4, 27))
    assert resolve(day("2025-05-01"), "same-period", -1) is None


@pytest.mark.parametrize(
    ("published", "unit", "offset"),
    [
        ("0001-01-01", "year", -1),
        ("0001-01-01", "quarter", -1),
        ("0001-01-01", "month", -1),
        ("0001-01-01", "week", -1),
        ("0001-01-01", "day", -1),
        ("9999-12-31", "year", 1),
        ("9999-12-31", "quarter", 1),
        ("9999-12-31", "month", 1),
        ("9999-12-31", "week", 1),
        ("9999-12-31", "day", 1),
    ],
)
def test_outside_the_calendar_is_none_never_an_exception(
    published: str, unit: str, offset: int
) -> None:
    assert resolve(day(published), unit, offset) is None
    assert written(unit, offset, date.fromisoformat(published)) == ""


def test_shift_moves_by_years_and_stops_at_the_edges() -> None:
    assert str(shift(Period.parse("2025-Q1"), -1)) == "2024-Q1"
    first = Period(date(1, 1, 1), date(1, 3, 31), Granularity.QUARTER)
    assert shift(first, -1) is None
    last = Period(date(9999, 10, 1), date(9999, 12, 31), Granularity.QUARTER)
    assert shift(last, 1) is None


def test_written_is_how_a_writer_would_put_it() -> None:
    on = date(2025, 5, 1)
    assert written("year", -1, on) == "2024"
    assert written("quarter", -1, on) == "2025-Q1"
    assert written("month", 1, on) == "2025-06"
    assert written("week", 0, on) == "the week of 2025-04-28"
    assert written("day", 1, on) == "2025-05-02"
    assert written("fortnight", 1, on) == ""


def test_shift_moves_each_end_of_a_range_by_the_calendar() -> None:
    """"Year on year" for the first nine months of 2025 is the first nine months of 2024,
    not a range of the same length (2024 is a leap year)."""
    nine = Period.parse("2025-01/2025-09")
    assert (shift(nine, -1).start.isoformat(), shift(nine, -1).end.isoformat()) == (
        "2024-01-01", "2024-09-30"
    )
    february = Period.parse("2025-02-01/2025-02-28")
    assert shift(february, -1).end.isoformat() == "2024-02-29"
    days = Period.parse("2025-04-28/2025-05-02")
    assert (shift(days, -1).start.isoformat(), shift(days, -1).end.isoformat()) == (
        "2024-04-28", "2024-05-02"
    )


def test_anchored_words_count_from_the_sentences_period() -> None:
    from claimsuite.analysis.relative import anchored, before_period  # noqa: PLC0415

    assert anchored("bir önceki aya", "tr")
    assert anchored("a year earlier", "en")
    assert not anchored("geçen yıl", "tr")
    assert not anchored("last month", "en")
    assert str(before_period(Period.parse("2025-10"), "month", -1)) == "2025-09"
    assert str(before_period(Period.parse("2025-01"), "month", -1)) == "2024-12"
    assert str(before_period(Period.parse("2025-Q1"), "quarter", -1)) == "2024-Q4"
    assert str(before_period(Period.parse("2025"), "year", -1)) == "2024"
    assert before_period(Period.parse("2025"), "month", -1) is None
