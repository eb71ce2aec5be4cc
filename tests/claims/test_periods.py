from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimsuite.claims.periods import Granularity, Period


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31), Granularity.YEAR),
        ("2025-H2", date(2025, 7, 1), date(2025, 12, 31), Granularity.HALF),
        ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31), Granularity.QUARTER),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Granularity.MONTH),
        ("2025-04-28", date(2025, 4, 28), date(2025, 4, 28), Granularity.DAY),
        ("2025-04-28/2025-05-02", date(2025, 4, 28), date(2025, 5, 2), Granularity.RANGE),
    ],
)
def test_parse_forms(text: str, start: date, end: date, granularity: Granularity) -> None:
    period = Period.parse(text)
    assert (period.start, period.end, period.granularity) == (start, end, granularity)
    assert str(period) == text


@pytest.mark.parametrize(
    "text", ["2025-02-30", "2025-Q5", "2025-13", "25", "last year", "2025/2024"]
)
def test_rejects_impossible_periods(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        Period.parse(text)


def test_shift_keeps_granularity() -> None:
    assert Period.parse("2025-Q1").shifted(-1) == Period.parse("2024-Q1")
    assert Period.parse("2024-02").shifted(1) == Period.parse("2025-02")
    assert Period.parse("2024-02-29").shifted(1) == Period.parse("2025-02-28")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_day_round_trips_and_sits_in_its_year(day: date) -> None:
    period = Period.of_day(day)
    assert Period.parse(str(period)) == period
    assert Period.parse(str(day.year)).contains(period)


@given(st.integers(1900, 2099), st.integers(1, 4))
def test_quarters_tile_the_year(year: int, quarter: int) -> None:
    q = Period.parse(f"{year}-Q{quarter}")
    assert Period.parse(str(year)).contains(q)
    if quarter < 4:
        nxt = Period.parse(f"{year}-Q{quarter + 1}")
        assert (nxt.start - q.end).days == 1
        assert not q.overlaps(nxt)
