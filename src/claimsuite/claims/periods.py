"""Periods as first-class values: a year, half, quarter, month, day or date range.

Claim files write them compactly (``2025``, ``2025-H1``, ``2025-Q1``, ``2025-04``,
``2025-04-28``, ``2025-04-28/2025-05-02``, ``2025-01/2025-09``); every period is a closed
range of days so that checks can compare, order and shift them without caring how they were
written. Years run from 0001 to 9999 (Python's calendar); checks that shift a period guard
the edges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema


class Granularity(StrEnum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    DAY = "day"
    RANGE = "range"


_FORMS = re.compile(
    r"(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?"
)
_MONTHS_PER = {Granularity.HALF: 6, Granularity.QUARTER: 3, Granularity.MONTH: 1}


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A closed range of days, remembering how coarse it was written."""

    start: date
    end: date
    granularity: Granularity

    @classmethod
    def parse(cls, text: str) -> Period:
        """Parse the compact form; raise ``ValueError`` with a readable message otherwise."""
        # Memoized (periods are immutable): every claim file of a repository writes the
        # same few periods again. A text that fails is not kept; it raises each time.
        return _parsed_period(text) if cls is Period else cls._parse(text)

    @classmethod
    def _parse(cls, text: str) -> Period:
        text = text.strip()
        if "/" in text:
            first, _, last = text.partition("/")
            a, b = cls.parse(first), cls.parse(last)
            if b.end < a.start:
                msg = f"range {text!r} ends before it starts"
                raise ValueError(msg)
            return cls(a.start, b.end, Granularity.RANGE)
        match = _FORMS.fullmatch(text)
        if not match:
            msg = (
                f"{text!r} is not a period; write 2025, 2025-H1, 2025-Q1, 2025-04, "
                "2025-04-28 or 2025-04-28/2025-05-02"
            )
            raise ValueError(msg)
        year = int(match["year"])
        if match["day"]:
            try:
                day = date(year, int(match["month"]), int(match["day"]))
            except ValueError:
                msg = f"{text!r} is not a real date"
                raise ValueError(msg) from None
            return cls(day, day, Granularity.DAY)
        if match["month"]:
            return cls.of_months(year, int(match["month"]), Granularity.MONTH)
        if match["quarter"]:
            return cls.of_months(year, 3 * int(match["quarter"]) - 2, Granularity.QUARTER)
        if match["half"]:
            return cls.of_months(year, 6 * int(match["half"]) - 5, Granularity.HALF)
        return cls(date(year, 1, 1), date(year, 12, 31), Granularity.YEAR)

    @classmethod
    def of_months(cls, year: int, first_month: int, granularity: Granularity) -> Period:
        if not 1 <= first_month <= 12:
            msg = f"month {first_month} is out of range 01-12"
            raise ValueError(msg)
        months = _MONTHS_PER[granularity]
        last_month = first_month + months - 1
        return cls(date(year, first_month, 1), _month_end(year, last_month), granularity)

    @classmethod
    def of_day(cls, day: date) -> Period:
        return cls(day, day, Granularity.DAY)

    def shifted(self, years: int) -> Period:
        """The same period ``years`` later (negative: earlier); a range keeps its length."""
        if self.granularity is Granularity.DAY or self.granularity is Granularity.RANGE:
            start = _same_day_in(self.start, self.start.year + years)
            return Period(start, start + (self.end - self.start), self.granularity)
        return Period(
            self.start.replace(year=self.start.year + years),
            _month_end(self.end.year + years, self.end.month),
            self.granularity,
        )

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return _compact_form(self.start, self.end, self.granularity)

    def _compact(self) -> str:
        y = self.start.year
        match self.granularity:
            case Granularity.YEAR:
                return f"{y}"
            case Granularity.HALF:
                return f"{y}-H{(self.start.month - 1) // 6 + 1}"
            case Granularity.QUARTER:
                return f"{y}-Q{(self.start.month - 1) // 3 + 1}"
            case Granularity.MONTH:
                return f"{y}-{self.start.month:02d}"
            case Granularity.DAY:
                return self.start.isoformat()
        whole_years = (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            12,
            31,
        )
        if whole_years and self.start.year != self.end.year:
            return f"{self.start.year}/{self.end.year}"  # whole years, as written
        if self.start.day == 1 and self.end == _month_end(self.end.year, self.end.month):
            return f"{self.start:%Y-%m}/{self.end:%Y-%m}"  # whole months, as written
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    # pydantic integration: accept the compact string (or a date / int year), dump the string.
    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: type[Any], _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
            json_schema_input_schema=core_schema.str_schema(),
        )

    @classmethod
    def _validate(cls, value: object) -> Period:
        if isinstance(value, Period):
            return value
        if isinstance(value, date):
            return cls.of_day(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls.parse(str(value))
        if isinstance(value, str):
            return cls.parse(value)
        msg = f"expected a period such as 2025-Q1, got {type(value).__name__}"
        raise ValueError(msg)


@lru_cache(maxsize=4096)  # a long-running process reads many claim files
def _parsed_period(text: str) -> Period:
    """Period.parse's memo; a text that fails is not kept (it raises each time)."""
    return Period._parse(text)


@lru_cache(maxsize=1024)
def _compact_form(start: date, end: date, granularity: Granularity) -> str:
    """``str(Period(start, end, granularity))``, memoized: messages and records write the
    claims' periods again and again."""
    return Period._compact(Period(start, end, granularity))


def _same_day_in(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=year, day=28)
