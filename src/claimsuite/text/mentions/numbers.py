"""Numbers: numerals with scale words (``1,7 milyar``, ``7 milyar 445 milyon``, ``3 bin
200``), plain numbers, counts written in words, and the numbers that are not figures
(identifiers, list markers, clock times, Turkish ordinals)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from claimsuite.text.language import Phrase, load_language
from claimsuite.text.mentions.core import Cursor, Flag, Found, Mention, MentionKind, tidy
from claimsuite.text.numbers import Numeral, read_numeral
from claimsuite.text.tokens import Gap, Kind

__all__ = ["Quantity", "count_at", "is_identifier", "plain_number", "quantity", "scale"]


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Quantity(NamedTuple):
    """A numeral with its scale words: ``1 milyar 700 milyon``."""

    value: Decimal
    precision: Decimal
    flags: frozenset[Flag]
    end: int  # token index after the last scale word
    scaled: bool
    glued_only: bool = False


def scale(cur: Cursor, j: int) -> tuple[int, int, bool] | None:
    """A scale word at ``j``: ``(power of ten, next, glued-only)``."""
    token = cur.word(j)
    if token is None:
        return None
    data = cur.data
    power = data.scales.get(token.low)
    if power is None and data.suffix_pattern is not None:
        power = next((p for s, p in data.scales.items() if data.word_is(token.low, s)), None)
    if power is None:
        return None
    glued_only = token.low in data.glued_scales
    if glued_only and token.gap is not Gap.GLUED:
        return None
    return power, j + 1, glued_only


def _flags(numeral: Numeral) -> frozenset[Flag]:
    return frozenset(Flag(f) for f in numeral.flags)


# Spaces that group digits: "2 500 000", with a plain, no-break or thin space.
_GROUP_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
_MAX_GROUPS = 5
_MAX_COUNT_DIGITS = 4


def spaced_digits(cur: Cursor, i: int) -> tuple[Numeral, int] | None:
    """``2 500 000``: one to three digits, then groups of three after a single space."""
    tokens, first = cur.tokens, cur.tokens[i]
    if not first.text.isdigit() or len(first.text) > 3 or first.text.startswith("0"):
        return None
    digits, j = first.text, i + 1
    while j < cur.n and j - i <= _MAX_GROUPS:
        token = tokens[j]
        gap = cur.text[tokens[j - 1].end : token.start]
        if gap not in _GROUP_SPACES or len(token.text) != 3 or not token.text.isdigit():
            break
        digits, j = digits + token.text, j + 1
    if j == i + 1 or (
        j < cur.n
        and tokens[j].gap is Gap.GLUED
        and tokens[j].text in {",", "."}
        and j + 1 < cur.n
        and tokens[j + 1].kind is Kind.NUM
    ):
        return None
    return Numeral(Decimal(digits), 0), j


def quantity(cur: Cursor, i: int) -> Quantity | None:
    spaced = spaced_digits(cur, i)
    if spaced is not None:
        numeral, after = spaced
    else:
        numeral, after = read_numeral(cur.tokens[i].text, cur.data), i + 1
    if numeral is None:
        return None
    hyphen = cur.glued(after)
    if hyphen is not None and hyphen.text == "-" and scale(cur, after + 1) is not None:
        after += 1  # "13.8-million tonnes"
    found = scale(cur, after)
    if found is None:
        return Quantity(
            numeral.value, numeral.precision, _flags(numeral), after, spaced is not None
        )
    power, end, glued_only = found
    value = numeral.value.scaleb(power)
    precision = numeral.precision.scaleb(power)
    flags = _flags(numeral)
    # "1 milyar 700 milyon", "3 bin 200": whole numbers with ever smaller scales add up; the
    # last part may have no scale at all ("3 bin 200 firma").
    while (token := cur.joined(end)) is not None and token.kind is Kind.NUM:
        part = read_numeral(token.text, cur.data)
        if part is None or part.decimals or not token.text.isdigit():
            break
        smaller = scale(cur, end + 1)
        if smaller is None:
            if numeral.decimals or power < 3 or part.value >= Decimal(10) ** power:
                break
            value += part.value
            precision = part.precision
            end += 1
            break
        if smaller[0] >= power:
            break
        power, end = smaller[0], smaller[1]
        value += part.value.scaleb(power)
        precision = part.precision.scaleb(power)
        flags |= _flags(part)
    return Quantity(value, precision, flags, end, True, glued_only)


def count_at(cur: Cursor, j: int, first: bool = False) -> tuple[int, int] | None:
    """A whole count at ``j``: digits (``10``, not ``1.7``) or a number word (``on``)."""
    token = cur.at(j, first)
    if token is None:
        return None
    if token.kind is Kind.NUM:
        after = cur.glued(j + 1)
        if not token.text.isdigit() or (after is not None and after.kind is not Kind.APOS):
            return None
        if len(token.text) > _MAX_COUNT_DIGITS:
            return None  # no count of months or ranks is this long; int() of it is costly
        return int(token.text), j + 1
    best = _number_word_at(cur, j, first)
    if best is not None and best[0] % 10 == 0 and 20 <= best[0] <= 90:
        # tens and units: "yetmiş üç", "twenty-six" (a glued hyphen between)
        k = best[1]
        dash = cur.glued(k)
        if dash is not None and dash.text == "-":
            k += 1
        units = _number_word_at(cur, k, False)
        if units is not None and 1 <= units[0] <= 9:
            best = best[0] + units[0], units[1]
    return best


@cache
def _number_words_by_start(code: str) -> dict[str, tuple[tuple[Phrase, int], ...]]:
    """The number words of a language by their first two letters (a word and its inflected
    forms share them), so that a token is compared with a handful, not all of them."""
    out: dict[str, list[tuple[Phrase, int]]] = {}
    for phrase, value in load_language(code).number_words.items():
        out.setdefault(phrase[0][:2], []).append((phrase, value))
    return {k: tuple(v) for k, v in out.items()}


def _number_word_at(cur: Cursor, j: int, first: bool) -> tuple[int, int] | None:
    """The longest number word or phrase of the language at token ``j``."""
    token = cur.at(j, first)
    if token is None or token.kind is not Kind.WORD:
        return None
    best: tuple[int, int] | None = None
    for phrase, value in _number_words_by_start(cur.data.code).get(token.low[:2], ()):
        if phrase[0] != token.low and not cur.data.word_is(token.low, phrase[0]):
            continue
        end = cur.match_phrase(j, phrase, first)
        if end is not None and (best is None or end > best[1]):
            best = value, end
    return best


def is_identifier(cur: Cursor, i: int) -> bool:
    """Digits inside a word or code: A400M, COVID-19, F-16, 5G."""
    tokens = cur.tokens
    if i > 0 and tokens[i].gap is Gap.GLUED:
        before = tokens[i - 1]
        if before.kind is Kind.WORD:
            return True
        if before.text == "-" and i > 1 and before.gap is Gap.GLUED:
            return tokens[i - 2].kind is Kind.WORD
    return False


def _is_list_marker(cur: Cursor, i: int) -> bool:
    if i == 0:
        return True
    return "\n" in cur.text[cur.tokens[i - 1].end : cur.tokens[i].start]


def _labelled(cur: Cursor, i: int) -> int | None:
    """The end of a number that is a label ("saat 14", "3 p.m.", "Madde 5", "5 sayılı"), or
    ``None``: a label is no figure, and a check must not ask which claim accounts for it."""
    data = cur.data
    end = i + 1
    sep, minutes = cur.glued(end), cur.glued(end + 1)
    if sep is not None and sep.text in {":", "."} and minutes and minutes.kind is Kind.NUM:
        end += 2  # "saat 12:30'da"
    for phrase in data.label_before:
        # A phrase may span more tokens than words ("no." is "no" and "."): try each start.
        for at in range(max(0, i - len(phrase) - 2), i):
            if cur.match_phrase(at, phrase, first=True) == i:
                return cur.suffix(end)[0]
    end = cur.suffix(i + 1)[0]
    found = cur.first_phrase(end, data.label_after)
    return found[1] if found is not None else None


def plain_number(cur: Cursor, i: int, numeral: Numeral | None) -> Found:
    token = cur.tokens[i]
    after = cur.glued(i + 1)
    if after is not None:
        if after.kind is Kind.WORD:
            return Found(None, i + 2)  # 10th, 5G: an ordinal or a code
        if after.text == ":" and (minutes := cur.glued(i + 2)) and minutes.kind is Kind.NUM:
            return Found(None, i + 3)  # a clock time
        end, suffix = cur.suffix(i + 1)
        if suffix and cur.is_ordinal_suffix(suffix):
            return Found(None, end)
        if after.text in {".", ")"} and _is_list_marker(cur, i):
            return Found(None, i + 2)
        if after.text == "." and token.text.isdigit() and cur.data.code == "tr":
            following = cur.word(i + 2)
            if following is not None and following.text[0].islower():
                return Found(None, i + 2)  # "3. sırada": a Turkish ordinal
    end = cur.suffix(i + 1)[0]
    mention = number_mention(cur, i, end, numeral)
    if _labelled(cur, i) is not None:
        # Kept (an edited clock time in a claim's passage is a change), but flagged: a
        # label is never a figure a claim must account for.
        mention = replace(mention, flags=mention.flags | {Flag.LABEL})
    return Found(mention, end)


def number_mention(
    cur: Cursor, i: int, end: int, numeral: Numeral | None, unit: str | None = None
) -> Mention:
    if numeral is None:
        return cur.mention(MentionKind.NUMBER, i, end, flags=frozenset({Flag.UNPARSED}))
    return cur.mention(
        MentionKind.NUMBER,
        i,
        end,
        value=tidy(numeral.value),
        unit=unit,
        precision=tidy(numeral.precision),
        flags=_flags(numeral),
    )
