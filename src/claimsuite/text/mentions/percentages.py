"""Percentages and percentage points: ``%72``, ``% 72``, ``yüzde 72``, ``72 percent``,
``5 puan``, ``5 percentage points``, basis points (``100 baz puan``, ``50 bps``: 1, 0.5 pp),
negative (``%-2,4``, ``eksi 2,4``) and ranges (``yüzde 5-7``, ``10 to 12 percent``)."""

from __future__ import annotations

from decimal import Decimal

from claimsuite.text.mentions.core import Cursor, Flag, Found, MentionKind, is_year, tidy
from claimsuite.text.mentions.numbers import Quantity, count_at
from claimsuite.text.numbers import Numeral, read_numeral
from claimsuite.text.tokens import Gap, Kind

_MINUS = frozenset({"-", "−"})

__all__ = ["percent_after", "percent_symbol", "percent_word", "range_end"]


def _sign(cur: Cursor, j: int) -> tuple[bool, int]:
    """A minus sign (``-``, ``−``) or minus word glued or spaced before the number at ``j``."""
    token = cur.joined(j)
    if token is None:
        return False, j
    if token.text in {"-", "−", "–"}:
        number = cur.glued(j + 1)
        if number is not None and number.kind is Kind.NUM:
            return True, j + 1
    found = cur.first_phrase(j, cur.data.minus)
    if found is not None:
        return True, found[1]
    return False, j


def range_end(cur: Cursor, j: int, i: int | None = None) -> tuple[Numeral, int] | None:
    """The top of a range after a figure: ``-7``, ``–7``, ``to 12``, ``ile 7``. With ``i``
    (where the figure starts) a word before it may make it a change: "from 10 to 12"."""
    token = cur.joined(j)
    if token is None:
        return None
    if i is not None and i > 0 and cur.tokens[i - 1].low in cur.data.not_range_after:
        return None
    k: int | None = None
    if token.text in {"-", "–", "/"} and (number := cur.glued(j + 1)) is not None:
        k = j + 1 if number.kind is Kind.NUM else None
    elif (link := cur.first_phrase(j, cur.data.range_links)) is not None:
        k = link[1]
        if (sym := cur.joined(k)) is not None and sym.text == "%":
            k += 1
    if k is None or (number := cur.joined(k)) is None or number.kind is not Kind.NUM:
        return None
    if is_year(number):
        return None  # "%72 - 2023": a figure and a year, not a range
    numeral = read_numeral(number.text, cur.data)
    return (numeral, k + 1) if numeral is not None else None


def _marked_after(cur: Cursor, j: int) -> bool:
    token = cur.joined(j)
    return token is not None and (
        token.text == "%" or cur.first_phrase(j, cur.data.percent_after) is not None
    )


def _percent(
    cur: Cursor,
    i: int,
    j: int,
    numeral: Numeral,
    negative: bool,
    *,
    marked: bool = False,
    per_mille: bool = False,
) -> Found | None:
    """The mention for the numeral ending before ``j``, with its unit, range and suffix.

    ``marked``: the percent sign or word already stood after the first figure ("4.5%"), so
    a second figure is its range only when it is marked too ("4.5% to 5%"), not in "rose
    4.5% to 204 euros". ``per_mille``: "binde 3,4", "3.4‰", a tenth of the figure in percent.
    """
    end, unit = j, "percent"
    value, flags = numeral.value, frozenset(Flag(f) for f in numeral.flags)
    upper: Decimal | None = None
    top = range_end(cur, end, i)
    if top is not None and marked and not _marked_after(cur, top[1]):
        top = None
    if top is not None and top[0].value > value:
        upper, end = top[0].value, top[1]
        flags |= {Flag.RANGE}
        if (words := cur.first_phrase(end, cur.data.percent_after)) is not None:
            end = words[1]
        elif (sym := cur.glued(end)) is not None and sym.text == "%":
            end += 1
    points = cur.first_phrase(end, cur.data.points)
    if points is not None:
        unit, end = "pp", points[1]
    end = cur.suffix(end)[0]
    if negative:
        value, flags = -value, flags | {Flag.NEGATIVE}
    precision = numeral.precision
    if per_mille:
        value, precision = value.scaleb(-1), precision.scaleb(-1)
        upper = None if upper is None else upper.scaleb(-1)
    return Found(
        cur.mention(
            MentionKind.PERCENT,
            i,
            end,
            value=tidy(value),
            unit=unit,
            precision=tidy(precision),
            flags=flags,
            upper=None if upper is None else tidy(upper),
        ),
        end,
    )


def percent_value(cur: Cursor, i: int, j: int, *, per_mille: bool = False) -> Found | None:
    """The number after ``%`` or ``yüzde`` (``binde``: ``per_mille``) at token ``j``; the
    mention starts at ``i``."""
    negative, j = _sign(cur, j)
    token = cur.joined(j)
    if token is not None and token.kind is Kind.WORD:
        counted = count_at(cur, j)  # "yüzde elli"
        if counted is None:
            return None
        return _percent(
            cur, i, counted[1], Numeral(Decimal(counted[0]), 0), negative, per_mille=per_mille
        )
    if token is None or token.kind is not Kind.NUM:
        return None
    numeral = read_numeral(token.text, cur.data)
    if numeral is None:
        return None
    return _percent(cur, i, j + 1, numeral, negative, per_mille=per_mille)


def percent_symbol(cur: Cursor, i: int) -> Found | None:
    return percent_value(cur, i, i + 1)


def percent_word(cur: Cursor, i: int) -> Found | None:
    for phrase in cur.data.percent_before:
        j = cur.match_phrase(i, phrase, first=True)
        if j is not None and (found := percent_value(cur, i, j)) is not None:
            return found
    for phrase in cur.data.per_mille_before:
        j = cur.match_phrase(i, phrase, first=True)
        if j is not None and (found := percent_value(cur, i, j, per_mille=True)) is not None:
            return found
    return None


def percent_after(cur: Cursor, i: int, j: int, quantity: Quantity) -> Found | None:
    """``72%``, ``72 percent``, ``5 puan``, ``10 to 12 percent`` after the numeral at ``i``."""
    data = cur.data
    numeral = read_numeral(cur.tokens[i].text, data)
    if numeral is None or quantity.scaled:
        return None
    top = range_end(cur, j, i)
    if top is not None and top[0].value > numeral.value:
        after = cur.joined(top[1])
        if after is not None and (
            after.text == "%" or cur.first_phrase(top[1], data.percent_after) is not None
        ):
            return _percent(cur, i, j, numeral, False)
    token = cur.joined(j)
    if token is None:
        return None
    start, negative = (i - 1, True) if _minus_before(cur, i) else (i, False)
    hyphen = 1 if token.text == "-" and cur.glued(j) is not None else 0  # "25-basis-point"
    bps = cur.first_phrase(j + hyphen, data.basis_points)
    if bps is not None and cur.tokens[j + hyphen].text != "BP":  # "50 BP stations": the company
        return _basis_points(cur, start, bps[1], numeral, negative)
    if token.text == "%":
        end = j + 1
    elif cur.first_phrase(j, data.points) is not None:
        return _percent(cur, start, j, numeral, negative)
    elif (words := cur.first_phrase(j, data.percent_after)) is not None:
        end = words[1]
    elif (words := cur.first_phrase(j, data.per_mille_after)) is not None:
        return _percent(cur, start, words[1], numeral, negative, marked=True, per_mille=True)
    else:
        return None
    return _percent(cur, start, end, numeral, negative, marked=True)


def _basis_points(cur: Cursor, i: int, j: int, numeral: Numeral, negative: bool) -> Found:
    """``100 baz puan``, ``250 basis points``, ``50 bps``: a change in percentage points,
    a hundredth of one each (1, 2.5 and 0.5 pp)."""
    end = cur.suffix(j)[0]
    value = numeral.value.scaleb(-2)
    flags = frozenset(Flag(f) for f in numeral.flags)
    if negative:
        value, flags = -value, flags | {Flag.NEGATIVE}
    mention = cur.mention(
        MentionKind.PERCENT,
        i,
        end,
        value=tidy(value),
        unit="pp",
        precision=tidy(numeral.precision.scaleb(-2)),
        flags=flags,
    )
    return Found(mention, end)


def _minus_before(cur: Cursor, i: int) -> bool:
    """A minus before the number: glued and standing free ("-0.2%", "(-11.9 percent") or a
    minus word ("minus 2.4 percent")."""
    if i > 0 and (cur.tokens[i - 1].low,) in cur.data.minus and cur.tokens[i].gap is Gap.SPACE:
        return True
    if i == 0 or cur.tokens[i].gap is not Gap.GLUED or cur.tokens[i - 1].text not in _MINUS:
        return False
    sign = cur.tokens[i - 1]
    return i == 1 or sign.gap is not Gap.GLUED or cur.tokens[i - 2].text in {"(", "["}
