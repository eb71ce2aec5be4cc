"""Dates: ``3 Mart 2025``, ``3 Mart'ta`` (no year), ``20-21 Mart 2025`` (a day range),
``March 3, 2025``, ``Oct. 3``, ``03.05.2025``, ``2025-05-03``, ``05/04/2025`` (flagged
ambiguous where day and month could swap), and ``Nisan 2025`` (a month)."""

from __future__ import annotations

from decimal import Decimal

from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions.core import (
    Cursor,
    Flag,
    Found,
    MentionKind,
    Relative,
    is_year,
    make_date,
)
from claimsuite.text.mentions.numbers import number_mention
from claimsuite.text.numbers import Numeral

__all__ = ["day_month", "month", "month_first", "numeric_date"]


def month(
    cur: Cursor, j: int, first: bool = False, capital: bool = False
) -> tuple[int, int] | None:
    """A month name at ``j`` (abbreviations must be capitalised, may take a dot)."""
    token = cur.word(j, first)
    if token is None:
        return None
    data = cur.data
    number = data.months.get(token.low)
    if number is None:
        return None
    is_abbreviation = token.low in data.month_abbreviations
    if (capital or is_abbreviation) and not token.text[0].isupper():
        return None
    end = j + 1
    dot = cur.glued(end)
    if is_abbreviation and dot is not None and dot.text == ".":
        end += 1
    return number, end


def month_first(cur: Cursor, i: int) -> Found | None:
    """``March 2025`` (a month), ``March 3, 2025``, ``Oct. 3`` (no year)."""
    found = month(cur, i, first=True, capital=True)
    if found is None:
        return None
    number, j = found
    token = cur.joined(j)
    if token is None or not token.text.isdigit():
        return None
    if is_year(token):
        end = cur.suffix(j + 1)[0]
        period = Period.of_months(int(token.text), number, Granularity.MONTH)
        return Found(cur.mention(MentionKind.PERIOD, i, end, period=period), end)
    if len(token.text) > 2:
        return None
    day, end = int(token.text), j + 1
    suffix = cur.glued(end)
    if suffix is not None and suffix.low in cur.data.ordinal_suffixes:
        end += 1
    last, end = _day_range(cur, end, day)
    comma = cur.glued(end)
    k = end + 1 if comma is not None and comma.text == "," else end
    year = cur.joined(k)
    if is_year(year):
        assert year is not None
        return dated(cur, i, cur.suffix(k + 1)[0], int(year.text), number, day, last)
    return dated(cur, i, end, None, number, day, last)


def _day_range(cur: Cursor, j: int, day: int) -> tuple[int | None, int]:
    """The last day of a range after the first (``20-21``, ``2-4``) and where it ends."""
    dash, second = cur.glued(j), cur.glued(j + 1)
    if (
        dash is not None
        and dash.text in {"-", "–"}
        and second is not None
        and second.text.isdigit()
        and len(second.text) <= 2
        and int(second.text) > day
    ):
        return int(second.text), j + 2
    return None, j


def dated(
    cur: Cursor, i: int, end: int, year: int | None, month: int, day: int, last: int | None = None
) -> Found | None:
    """A DATE mention (a range of days when ``last``), or ``None`` when a day does not exist
    in that month."""
    if year is None:
        # Without a year, check against a leap year so that 29 February passes.
        if make_date(2000, month, day) is None or (last and make_date(2000, month, last) is None):
            return None
        relative = Relative("day-month", month=month, day=day, count=last)
        mention = cur.mention(
            MentionKind.DATE, i, end, flags=frozenset({Flag.NO_YEAR}), relative=relative
        )
        return Found(mention, end)
    date = make_date(year, month, day)
    if date is None:
        return None
    period = Period.of_day(date)
    if last is not None:
        until = make_date(year, month, last)
        if until is None or until <= date:
            return None
        period = Period(date, until, Granularity.RANGE)
    mention = cur.mention(MentionKind.DATE, i, end, period=period, date=date)
    return Found(mention, end)


def numeric_date(cur: Cursor, i: int) -> Found | None:
    token = cur.tokens[i]
    parts = token.text.split(".")
    if len(parts) == 3 and "," not in token.text:
        return _numeric_date_parts(cur, i, i + 1, parts, day_first=True, strict=True)
    if not token.text.isdigit():
        return None
    for separator in ("/", "-"):
        first, second = cur.glued(i + 1), cur.glued(i + 3)
        if not (first and second and first.text == separator and second.text == separator):
            continue
        middle, last = cur.glued(i + 2), cur.glued(i + 4)
        if middle is None or last is None or not (middle.text + last.text).isdigit():
            continue
        parts = [token.text, middle.text, last.text]
        if max(map(len, parts)) > 4:
            return None
        if separator == "-":
            # Only the ISO order, year first.
            if len(parts[0]) == 4 and len(parts[1]) == 2 and len(parts[2]) == 2:
                parts.reverse()
                return _numeric_date_parts(cur, i, i + 5, parts, day_first=True)
            return None
        day_first = cur.data.code != "en" or int(parts[0]) > 12
        # 05/04/2025 in English could be either order; we read it American and say so.
        ambiguous = not day_first and int(parts[1]) <= 12 and parts[0] != parts[1]
        return _numeric_date_parts(cur, i, i + 5, parts, day_first=day_first, ambiguous=ambiguous)
    return None


def _numeric_date_parts(
    cur: Cursor,
    i: int,
    end: int,
    parts: list[str],
    *,
    day_first: bool,
    strict: bool = False,
    ambiguous: bool = False,
) -> Found | None:
    day, month, year = parts if day_first else (parts[1], parts[0], parts[2])
    if len(year) != 4 or not 1 <= len(day) <= 2 or not 1 <= len(month) <= 2:
        return None
    date = make_date(int(year), int(month), int(day))
    if date is None:
        if strict:
            # 30.02.2025 is not a number either; keep the figure without a value.
            unparsed = frozenset({Flag.UNPARSED})
            return Found(cur.mention(MentionKind.NUMBER, i, end, flags=unparsed), end)
        return None
    flags = frozenset({Flag.AMBIGUOUS_DATE}) if ambiguous else frozenset()
    end = cur.suffix(end)[0]
    mention = cur.mention(
        MentionKind.DATE, i, end, period=Period.of_day(date), date=date, flags=flags
    )
    return Found(mention, end)


def day_month(cur: Cursor, i: int) -> Found | None:
    """``3 Mart 2025``, ``3 Mart'ta``, ``20-21 Mart 2025``, ``3rd March``."""
    token = cur.tokens[i]
    if not token.text.isdigit() or len(token.text) > 2:
        return None
    last, j = _day_range(cur, i + 1, int(token.text))
    suffix = cur.glued(j)
    if suffix is not None and suffix.low in cur.data.ordinal_suffixes:
        j += 1
    found = month(cur, j)
    if found is None:
        return None
    number, k = found
    year = cur.joined(k)
    if is_year(year):
        assert year is not None
        end = cur.suffix(k + 1)[0]
        result = dated(cur, i, end, int(year.text), number, int(token.text), last)
    else:
        k = cur.suffix(k)[0]
        result = dated(cur, i, k, None, number, int(token.text), last)
    if result is not None:
        return result
    # 30 Şubat is no date: keep the day as a plain number and do not read "Şubat 2025".
    numeral = Numeral(Decimal(int(token.text)), 0)
    return Found(number_mention(cur, i, i + 1, numeral), k)
