"""Years and periods written with numbers and ordinals: ``2023``, ``2023 yılında``,
``2025'in ilk çeyreğinde``, ``2025 yılına ait ilk çeyrekte``, ``second half of 2025``,
``Q1 2025``, ``2025 Q1``. Longer forms (``the first nine months of 2025``, ``ocak-eylül
döneminde``, ``son 11 ayda``) are templates of the grammar (``[[period]]`` in the language
files, read by :mod:`claimsuite.text.mentions.grammar`)."""

from __future__ import annotations

from decimal import Decimal

from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions.core import Cursor, Flag, Found, MentionKind, Relative, is_year
from claimsuite.text.mentions.ranks import ordinal
from claimsuite.text.tokens import Gap, Kind

__all__ = [
    "period_after_year",
    "period_from_ordinal",
    "period_from_ordinal_number",
    "split_year",
    "year",
]

_PERIOD_LETTERS = {"Q": 4, "H": 2}
_GRANULARITY = {"Q": Granularity.QUARTER, "H": Granularity.HALF}


def part_of_year(year: int, letter: str, number: int) -> Period:
    """The ``number``-th quarter (``Q``) or half (``H``) of ``year``."""
    months = 12 // _PERIOD_LETTERS[letter]
    return Period.of_months(year, months * (number - 1) + 1, _GRANULARITY[letter])


def _period_noun(cur: Cursor, j: int) -> tuple[str, int] | None:
    """``Q`` or ``H`` for a quarter or half noun at ``j`` (after an optional hyphen)."""
    token = cur.joined(j)
    if token is not None and token.text == "-" and token.gap is Gap.GLUED:
        j += 1
        token = cur.glued(j)
    if token is None or token.kind is not Kind.WORD:
        return None
    if cur.data.word_in(token.low, cur.data.quarter_words):
        return "Q", j + 1
    if cur.data.word_in(token.low, cur.data.half_words):
        return "H", j + 1
    return None


def period_code(cur: Cursor, j: int, first: bool = False) -> tuple[str, int, int] | None:
    """``(letter, number, next)`` for ``ilk çeyrek``, ``second half``, ``Q1`` at ``j``."""
    token = cur.at(j, first)
    if token is None:
        return None
    if token.kind is Kind.WORD and token.text in _PERIOD_LETTERS:
        number = cur.glued(j + 1)
        after = cur.glued(j + 2)
        if (
            number is not None
            and number.kind is Kind.NUM
            and number.text.isdigit()
            and len(number.text) == 1
            and 1 <= int(number.text) <= _PERIOD_LETTERS[token.text]
            and (after is None or after.kind is not Kind.WORD)
        ):
            return token.text, int(number.text), j + 2
        return None
    found = ordinal(cur, j, first)
    if found is None:
        return None
    noun = _period_noun(cur, found[1])
    if noun is None:
        return None
    letter, end = noun
    count = _PERIOD_LETTERS[letter]
    number = count if found[0] == -1 else found[0]
    if not 1 <= number <= count:
        return None
    return letter, number, end


def _year_after_period(cur: Cursor, j: int) -> tuple[int, int] | None:
    """A year following a quarter phrase, directly or after ``of``: ``of 2025``."""
    linked = cur.first_phrase(j, cur.data.year_links)
    for k in (j, linked[1] if linked else None):
        if k is not None and is_year(token := cur.joined(k)):
            assert token is not None
            return int(token.text), cur.suffix(k + 1)[0]
    return None


def period_from_ordinal(cur: Cursor, i: int) -> Found | None:
    code = period_code(cur, i, first=True)
    if code is None:
        return None
    letter, number, end = code
    found = _year_after_period(cur, end)
    if found is None:
        unit = "named-quarter" if letter == "Q" else "named-half"
        mention = cur.mention(
            MentionKind.PERIOD,
            i,
            end,
            flags=frozenset({Flag.NO_YEAR}),
            relative=Relative(unit, count=number),
        )
        return Found(mention, end)
    period = part_of_year(found[0], letter, number)
    return Found(cur.mention(MentionKind.PERIOD, i, found[1], period=period), found[1])


def period_from_ordinal_number(cur: Cursor, i: int) -> Found | None:
    return period_from_ordinal(cur, i) if ordinal(cur, i, first=True) else None


def year_word_after(cur: Cursor, j: int) -> int:
    """Skip a year noun after a year ("2023 yılında"); the index after it, or ``j``."""
    word = cur.word(j)
    if word is not None and cur.data.word_in(word.low, cur.data.year_words):
        return j + 1
    return j


def period_after_year(cur: Cursor, i: int) -> Found | None:
    """``2025 yılına ait ilk çeyrekte``, ``2023'ün ilk çeyreğinde``, ``2025 Q1``."""
    token = cur.tokens[i]
    if not is_year(token):
        return None
    j, suffix = cur.suffix(i + 1)
    if not suffix:
        j = year_word_after(cur, j)
    link = cur.word(j)
    if link is not None and link.low in cur.data.links:
        j += 1
    code = period_code(cur, j)
    if code is None:
        return None
    letter, number, end = code
    period = part_of_year(int(token.text), letter, number)
    return Found(cur.mention(MentionKind.PERIOD, i, end, period=period), end)


def year(cur: Cursor, i: int) -> Found:
    token = cur.tokens[i]
    end, suffix = cur.suffix(i + 1)
    if not suffix:
        end = year_word_after(cur, end)
    mention = cur.mention(
        MentionKind.YEAR,
        i,
        end,
        value=Decimal(int(token.text)),
        period=Period.parse(token.text),
    )
    return Found(mention, end)


def split_year(cur: Cursor, i: int) -> Found | None:
    """``2024-25``, ``2025/26``, ``2023-2024 sezonunda``: a season or fiscal year over two
    calendar years. Its span depends on the season, so the mention carries the form
    ("split-year"): a resolver places it with a fiscal start, else as the two years; the
    "25" (or "2024") is never a figure or year of its own."""
    token = cur.tokens[i]
    if not is_year(token):
        return None
    sep, second = cur.glued(i + 1), cur.glued(i + 2)
    if sep is None or sep.text not in {"-", "/", "–"} or second is None:
        return None
    if not second.text.isdigit():
        return None
    if len(second.text) == 2:
        if int(second.text) != (int(token.text) + 1) % 100:
            return None
    elif len(second.text) != 4 or int(second.text) != int(token.text) + 1:
        return None
    end = cur.suffix(i + 3)[0]
    relative = Relative("split-year", year=int(token.text) + 1)
    mention = cur.mention(MentionKind.PERIOD, i, end, relative=relative)
    return Found(mention, end)
