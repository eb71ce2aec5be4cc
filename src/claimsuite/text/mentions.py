"""Typed figures in article text — percentages, amounts, years, dates, periods, ranks and
relative time words — each with its character span.

The text is tokenized once and every pattern looks at a bounded number of tokens from where
it starts, so extraction is linear in the length of the text. Words come from
``lang/<code>.toml`` through :func:`load_language`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import cache

from claimsuite.text.language import LanguageData, Phrase, Relative, load_language
from claimsuite.text.normalize import fold_word
from claimsuite.text.numbers import Numeral, read_numeral
from claimsuite.text.search import find_name, find_phrases
from claimsuite.text.tokens import Gap, Kind, Token, tokenize

__all__ = [
    "Mention",
    "MentionKind",
    "extract_mentions",
    "find_name",
    "find_phrases",
    "parse_number",
]

_MIN_YEAR, _MAX_YEAR = 1900, 2099
_PERIOD_LETTERS = {"Q": 4, "H": 2}


class MentionKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"
    NUMBER = "number"
    YEAR = "year"
    DATE = "date"
    PERIOD = "period"
    RANK = "rank"
    RELATIVE = "relative"


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure in the text; ``surface`` is always ``text[start:end]``."""

    kind: MentionKind
    start: int
    end: int
    surface: str
    value: Decimal | None = None
    unit: str | None = None
    precision: Decimal | None = None
    period: str | None = None
    date: datetime.date | None = None
    relation: str | None = None
    offset: int | None = None
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Quantity:
    """A numeral with its scale words: ``1 milyar 700 milyon``."""

    value: Decimal
    precision: Decimal
    flags: frozenset[str]
    end: int  # token index after the last scale word
    scaled: bool
    glued_only: bool = False


@dataclass(frozen=True, slots=True)
class _Found:
    """A pattern's result: a mention (or ``None`` to drop the tokens) and where to resume."""

    mention: Mention | None
    next: int
    tags: frozenset[str] = field(default_factory=frozenset)


def _tidy(value: Decimal) -> Decimal:
    # 1.7E+9 and 1700000000 are equal, but the second reads better in reports.
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _is_year(token: Token) -> bool:
    return (
        token.kind is Kind.NUM
        and len(token.text) == 4
        and token.text.isdigit()
        and _MIN_YEAR <= int(token.text) <= _MAX_YEAR
    )


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


class _Extractor:
    """One pass over the tokens of one text."""

    def __init__(self, text: str, tokens: list[Token], data: LanguageData, first: int = 0) -> None:
        self.text = text
        self.first = first  # patterns start at or after this offset; before it is context
        self.tokens = tokens
        self.n = len(tokens)
        self.data = data
        self.index = _index(data.code)
        self.relatives = self.index.relatives

    # -- token helpers ---------------------------------------------------------------------

    def joined(self, j: int) -> Token | None:
        """Token ``j`` if it continues the phrase before it (no paragraph break)."""
        if j < self.n and self.tokens[j].gap is not Gap.PARAGRAPH:
            return self.tokens[j]
        return None

    def glued(self, j: int) -> Token | None:
        if j < self.n and self.tokens[j].gap is Gap.GLUED:
            return self.tokens[j]
        return None

    def word(self, j: int, first: bool = False) -> Token | None:
        token = self.tokens[j] if first and j < self.n else self.joined(j)
        return token if token is not None and token.kind is Kind.WORD else None

    def match_word(self, j: int, word: str, first: bool = False) -> int | None:
        """Index after ``word`` matched at token ``j`` (a stem may take a suffix)."""
        token = self.tokens[j] if first and j < self.n else self.joined(j)
        if token is None:
            return None
        if token.low == word or (token.kind is Kind.WORD and self.data.word_is(token.low, word)):
            return j + 1
        if word.isalpha() or not word.startswith(token.low):
            return None
        # A word with dots ("u.s.") spans several glued tokens.
        text, k = token.low, j + 1
        while len(text) < len(word) and (nxt := self.glued(k)) is not None:
            text += nxt.low
            k += 1
        return k if text == word else None

    def match_phrase(self, j: int, phrase: Phrase, first: bool = False) -> int | None:
        for index, word in enumerate(phrase):
            k = self.match_word(j, word, first and index == 0)
            if k is None:
                return None
            j = k
        return j

    def first_phrase(self, j: int, phrases: Iterable[Phrase]) -> tuple[Phrase, int] | None:
        for phrase in phrases:
            k = self.match_phrase(j, phrase)
            if k is not None:
                return phrase, k
        return None

    def suffix(self, j: int) -> tuple[int, str]:
        """Skip an apostrophe suffix glued at ``j`` ("2023'te"); return the index and suffix."""
        apostrophe = self.glued(j)
        if apostrophe is not None and apostrophe.kind is Kind.APOS:
            word = self.glued(j + 1)
            if word is not None and word.kind is Kind.WORD:
                return j + 2, word.low
        return j, ""

    def mention(self, kind: MentionKind, i: int, end: int, **values: object) -> Mention:
        start, stop = self.tokens[i].start, self.tokens[end - 1].end
        return Mention(kind, start, stop, self.text[start:stop], **values)  # type: ignore[arg-type]

    # -- the pass ---------------------------------------------------------------------------

    def run(self) -> tuple[Mention, ...]:
        found: list[Mention] = []
        tokens, symbols = self.tokens, self.data.currency_symbols
        i = 0
        while i < self.n and tokens[i].start < self.first:
            i += 1
        while i < self.n:
            token = tokens[i]
            result: _Found | None = None
            if token.kind is Kind.NUM:
                result = self.at_number(i)
            elif token.kind is Kind.WORD:
                result = self.at_word(i)
            elif token.kind is Kind.SYM and (token.text == "%" or token.text in symbols):
                result = self.at_symbol(i)
            if result is None:
                i += 1
                continue
            if result.mention is not None:
                found.append(self.approximate(result.mention, i, result.next))
            i = max(result.next, i + 1)
        return tuple(found)

    def approximate(self, mention: Mention, i: int, end: int) -> Mention:
        before = i > 0 and any(
            i - len(p) >= 0 and self.match_phrase(i - len(p), p, first=True) == i
            for p in self.index.approx_before.get(self.tokens[i - 1].low, ())
        )
        after = self.first_phrase(end, self.data.approx_after) is not None
        if before or after:
            return replace(mention, flags=mention.flags | {"approximate"})
        return mention

    # -- patterns starting with a word -------------------------------------------------------

    def at_word(self, i: int) -> _Found | None:
        low = self.tokens[i].low
        starts = self.index.starters.get(low)
        if starts is None:
            # Only one-word relatives are inflected at the start ("dünkü", "bugünkü").
            if self.data.suffix_pattern is not None and self.index.stems.match(low):
                return self.relative(i)
            return None
        for name in starts:
            found: _Found | None = getattr(self, name)(i)
            if found is not None:
                return found
        return None

    def relative(self, i: int) -> _Found | None:
        low = self.tokens[i].low
        candidates = self.relatives.get(low)
        if candidates is None:
            stems = [s for s in self.relatives if low.startswith(s) and self.data.word_is(low, s)]
            candidates = [r for s in stems for r in self.relatives[s]]
        for relative in candidates:
            end = self.match_phrase(i, relative.words, first=True)
            if end is not None:
                mention = self.mention(
                    MentionKind.RELATIVE, i, end, relation=relative.unit, offset=relative.offset
                )
                return _Found(mention, end)
        return None

    def ordinal(self, j: int, first: bool = False) -> tuple[int, int] | None:
        """An ordinal for a quarter or half at ``j``: ``ilk``, ``third``, ``3.``, ``1st``."""
        token = self.tokens[j] if first and j < self.n else self.joined(j)
        if token is None:
            return None
        if token.kind is Kind.WORD and token.low in self.data.ordinals:
            return self.data.ordinals[token.low], j + 1
        if token.kind is Kind.NUM and token.text in {"1", "2", "3", "4"}:
            after = self.glued(j + 1)
            if after is not None and after.text == "." and self.data.code == "tr":
                return int(token.text), j + 2
            if after is not None and after.low in self.data.ordinal_suffixes:
                return int(token.text), j + 2
            end, suffix = self.suffix(j + 1)
            if suffix and self.is_ordinal_suffix(suffix):
                return int(token.text), end
        return None

    def is_ordinal_suffix(self, suffix: str) -> bool:
        return any(suffix.startswith(s) for s in self.data.ordinal_suffixes)

    def period_noun(self, j: int) -> tuple[str, int] | None:
        """``Q`` or ``H`` for a quarter or half noun at ``j`` (after an optional hyphen)."""
        token = self.joined(j)
        if token is not None and token.text == "-" and token.gap is Gap.GLUED:
            j += 1
            token = self.glued(j)
        if token is None or token.kind is not Kind.WORD:
            return None
        if self.data.word_in(token.low, self.data.quarter_words):
            return "Q", j + 1
        if self.data.word_in(token.low, self.data.half_words):
            return "H", j + 1
        return None

    def period_code(self, j: int, first: bool = False) -> tuple[str, int, int] | None:
        """``(letter, number, next)`` for ``ilk çeyrek``, ``second half``, ``Q1`` at ``j``."""
        token = self.tokens[j] if first and j < self.n else self.joined(j)
        if token is None:
            return None
        if token.kind is Kind.WORD and token.text in _PERIOD_LETTERS:
            number = self.glued(j + 1)
            after = self.glued(j + 2)
            if (
                number is not None
                and number.kind is Kind.NUM
                and number.text.isdigit()
                and 1 <= int(number.text) <= _PERIOD_LETTERS[token.text]
                and (after is None or after.kind is not Kind.WORD)
            ):
                return token.text, int(number.text), j + 2
            return None
        ordinal = self.ordinal(j, first)
        if ordinal is None:
            return None
        noun = self.period_noun(ordinal[1])
        if noun is None:
            return None
        letter, end = noun
        count = _PERIOD_LETTERS[letter]
        number = count if ordinal[0] == -1 else ordinal[0]
        if not 1 <= number <= count:
            return None
        return letter, number, end

    def year_after_period(self, j: int) -> tuple[int, int] | None:
        """A year following a quarter phrase, directly or after ``of``: ``of 2025``."""
        linked = self.first_phrase(j, self.data.year_links)
        for k in (j, linked[1] if linked else None):
            if k is not None and (token := self.joined(k)) is not None and _is_year(token):
                return int(token.text), self.suffix(k + 1)[0]
        return None

    def period_from_ordinal(self, i: int) -> _Found | None:
        code = self.period_code(i, first=True)
        if code is None:
            return None
        letter, number, end = code
        year = self.year_after_period(end)
        if year is None:
            mention = self.mention(MentionKind.PERIOD, i, end, flags=frozenset({"no-year"}))
            return _Found(mention, end)
        period = f"{year[0]}-{letter}{number}"
        return _Found(self.mention(MentionKind.PERIOD, i, year[1], period=period), year[1])

    def rank(self, i: int) -> _Found | None:
        data = self.data
        for relation, phrases in (("top", data.rank_top), ("bottom", data.rank_bottom)):
            for phrase in phrases:
                j = self.match_phrase(i, phrase, first=True)
                if j is None:
                    continue
                hyphen = self.glued(j)
                if hyphen is not None and hyphen.text == "-":
                    j += 1
                counted = self.count_at(j)
                if counted is None or self.is_unit_or_percent(counted[1]):
                    continue
                value, end = counted
                end = self.suffix(end)[0]
                mention = self.mention(
                    MentionKind.RANK, i, end, value=Decimal(value), relation=relation
                )
                return _Found(mention, end)
        return None

    def count_at(self, j: int) -> tuple[int, int] | None:
        """A whole count at ``j``: digits (``10``, not ``1.7``) or a number word (``on``)."""
        token = self.joined(j)
        if token is None:
            return None
        if token.kind is Kind.NUM:
            after = self.glued(j + 1)
            if not token.text.isdigit() or (after is not None and after.kind is not Kind.APOS):
                return None
            return int(token.text), j + 1
        best: tuple[int, int] | None = None
        for phrase, value in self.index.number_words.get(token.low, ()):
            end = self.match_phrase(j, phrase)
            if end is not None and (best is None or end > best[1]):
                best = value, end
        return best

    def is_unit_or_percent(self, j: int) -> bool:
        token = self.joined(j)
        if token is None:
            return False
        if token.text == "%" or self.first_phrase(j, self.data.percent_after):
            return True
        return (
            token.kind is Kind.WORD
            and self.data.word_in(token.low, self.data.time_units) is not None
        )

    def percent_word(self, i: int) -> _Found | None:
        for phrase in self.data.percent_before:
            j = self.match_phrase(i, phrase, first=True)
            if j is not None and (found := self.percent_value(i, j)) is not None:
                return found
        return None

    def percent_value(self, i: int, j: int) -> _Found | None:
        """The number after ``%`` or ``yüzde`` at token ``j``; the mention starts at ``i``."""
        token = self.joined(j)
        if token is None or token.kind is not Kind.NUM:
            return None
        numeral = read_numeral(token.text, self.data)
        if numeral is None:
            return None
        end = j + 1
        unit = "percent"
        points = self.first_phrase(end, self.data.points)
        if points is not None:
            unit, end = "pp", points[1]
        end = self.suffix(end)[0]
        mention = self.mention(
            MentionKind.PERCENT,
            i,
            end,
            value=_tidy(numeral.value),
            unit=unit,
            precision=_tidy(numeral.precision),
            flags=numeral.flags,
        )
        return _Found(mention, end)

    def currency_first(self, i: int) -> _Found | None:
        token = self.tokens[i]
        code = self.data.currency_before.get(token.low)
        if code is None or not token.text.isupper():
            return None
        j = i + 1
        symbol = self.glued(j)
        if symbol is not None and symbol.text in self.data.currency_symbols:
            j += 1
        return self.amount_after_symbol(i, j, code)

    def amount_after_symbol(self, i: int, j: int, code: str) -> _Found | None:
        token = self.joined(j)
        if token is None or token.kind is not Kind.NUM:
            return None
        quantity = self.quantity(j)
        if quantity is None:
            return None
        end = self.suffix(quantity.end)[0]
        return _Found(self.amount(i, end, quantity, code), end)

    def amount(self, i: int, end: int, quantity: _Quantity, code: str) -> Mention:
        return self.mention(
            MentionKind.AMOUNT,
            i,
            end,
            value=_tidy(quantity.value),
            unit=code,
            precision=_tidy(quantity.precision),
            flags=quantity.flags,
        )

    def month(self, j: int, first: bool = False, capital: bool = False) -> tuple[int, int] | None:
        """A month name at ``j`` (abbreviations must be capitalised, may take a dot)."""
        token = self.tokens[j] if first and j < self.n else self.word(j)
        if token is None or token.kind is not Kind.WORD:
            return None
        number = self.data.months.get(token.low)
        if number is None:
            return None
        is_abbreviation = token.low in self.data.month_abbreviations
        if (capital or is_abbreviation) and not token.text[0].isupper():
            return None
        end = j + 1
        dot = self.glued(end)
        if is_abbreviation and dot is not None and dot.text == ".":
            end += 1
        return number, end

    def month_first(self, i: int) -> _Found | None:
        month = self.month(i, first=True, capital=True)
        if month is None:
            return None
        number, j = month
        token = self.joined(j)
        if token is None or token.kind is not Kind.NUM or not token.text.isdigit():
            return None
        if _is_year(token):
            end = self.suffix(j + 1)[0]
            period = f"{token.text}-{number:02d}"
            return _Found(self.mention(MentionKind.PERIOD, i, end, period=period), end)
        if len(token.text) > 2:
            return None
        day, end = int(token.text), j + 1
        ordinal = self.glued(end)
        if ordinal is not None and ordinal.low in self.data.ordinal_suffixes:
            end += 1
        comma = self.glued(end)
        k = end + 1 if comma is not None and comma.text == "," else end
        year = self.joined(k)
        if year is not None and _is_year(year):
            return self.dated(i, self.suffix(k + 1)[0], int(year.text), number, day)
        return self.dated(i, end, None, number, day)

    def dated(self, i: int, end: int, year: int | None, month: int, day: int) -> _Found | None:
        """A DATE mention, or ``None`` when the day does not exist in that month."""
        if year is None:
            # Without a year, check against a leap year so that 29 February passes.
            if _make_date(2000, month, day) is None:
                return None
            mention = self.mention(MentionKind.DATE, i, end, flags=frozenset({"no-year"}))
            return _Found(mention, end)
        date = _make_date(year, month, day)
        if date is None:
            return None
        mention = self.mention(MentionKind.DATE, i, end, period=date.isoformat(), date=date)
        return _Found(mention, end)

    # -- patterns starting with a symbol -----------------------------------------------------

    def at_symbol(self, i: int) -> _Found | None:
        token = self.tokens[i]
        if token.text == "%":
            return self.percent_value(i, i + 1)
        return self.amount_after_symbol(i, i + 1, self.data.currency_symbols[token.text])

    # -- patterns starting with a numeral ----------------------------------------------------

    def at_number(self, i: int) -> _Found | None:
        if self.is_identifier(i):
            return _Found(None, i + 1)
        return (
            self.numeric_date(i)
            or self.day_month(i)
            or self.period_from_ordinal_number(i)
            or self.period_after_year(i)
            or self.quantity_mention(i)
        )

    def is_identifier(self, i: int) -> bool:
        """Digits inside a word or code: A400M, COVID-19, F-16, 5G."""
        if i > 0 and self.tokens[i].gap is Gap.GLUED:
            before = self.tokens[i - 1]
            if before.kind is Kind.WORD:
                return True
            if before.text == "-" and i > 1 and before.gap is Gap.GLUED:
                return self.tokens[i - 2].kind is Kind.WORD
        return False

    def numeric_date(self, i: int) -> _Found | None:
        token = self.tokens[i]
        parts = token.text.split(".")
        if len(parts) == 3 and "," not in token.text:
            return self.numeric_date_parts(i, i + 1, parts, day_first=True, strict=True)
        if not token.text.isdigit():
            return None
        for separator in ("/", "-"):
            first, second = self.glued(i + 1), self.glued(i + 3)
            if not (first and second and first.text == separator and second.text == separator):
                continue
            middle, last = self.glued(i + 2), self.glued(i + 4)
            if middle is None or last is None or not (middle.text + last.text).isdigit():
                continue
            parts = [token.text, middle.text, last.text]
            if separator == "-":
                # Only the ISO order, year first.
                if len(parts[0]) == 4 and len(parts[1]) == 2 and len(parts[2]) == 2:
                    parts.reverse()
                    return self.numeric_date_parts(i, i + 5, parts, day_first=True)
                return None
            day_first = self.data.code != "en" or int(parts[0]) > 12
            # 05/04/2025 in English could be either order; we read it American and say so.
            ambiguous = not day_first and int(parts[1]) <= 12 and parts[0] != parts[1]
            return self.numeric_date_parts(
                i, i + 5, parts, day_first=day_first, ambiguous=ambiguous
            )
        return None

    def numeric_date_parts(
        self,
        i: int,
        end: int,
        parts: list[str],
        *,
        day_first: bool,
        strict: bool = False,
        ambiguous: bool = False,
    ) -> _Found | None:
        day, month, year = parts if day_first else (parts[1], parts[0], parts[2])
        if len(year) != 4 or not 1 <= len(day) <= 2 or not 1 <= len(month) <= 2:
            return None
        date = _make_date(int(year), int(month), int(day))
        if date is None:
            if strict:
                # 30.02.2025 is not a number either; keep the figure without a value.
                unparsed = frozenset({"unparsed"})
                return _Found(self.mention(MentionKind.NUMBER, i, end, flags=unparsed), end)
            return None
        flags = frozenset({"ambiguous-date"}) if ambiguous else frozenset()
        end = self.suffix(end)[0]
        mention = self.mention(
            MentionKind.DATE, i, end, period=date.isoformat(), date=date, flags=flags
        )
        return _Found(mention, end)

    def day_month(self, i: int) -> _Found | None:
        token = self.tokens[i]
        if not token.text.isdigit() or len(token.text) > 2:
            return None
        j = i + 1
        ordinal = self.glued(j)
        if ordinal is not None and ordinal.low in self.data.ordinal_suffixes:
            j += 1
        month = self.month(j)
        if month is None:
            return None
        number, k = month
        year = self.joined(k)
        if year is not None and _is_year(year):
            found = self.dated(i, self.suffix(k + 1)[0], int(year.text), number, int(token.text))
        else:
            found = self.dated(i, k, None, number, int(token.text))
        if found is not None:
            return found
        # 30 Şubat is no date: keep the day as a plain number and do not read "Şubat 2025".
        numeral = Numeral(Decimal(int(token.text)), 0)
        return _Found(self.number_mention(i, i + 1, numeral), k)

    def period_from_ordinal_number(self, i: int) -> _Found | None:
        return self.period_from_ordinal(i) if self.ordinal(i, first=True) else None

    def period_after_year(self, i: int) -> _Found | None:
        """``2025 yılına ait ilk çeyrekte``, ``2023'ün ilk çeyreğinde``, ``2025 Q1``."""
        token = self.tokens[i]
        if not _is_year(token):
            return None
        j, suffix = self.suffix(i + 1)
        if not suffix:
            year_word = self.word(j)
            if year_word is not None and self.data.word_in(year_word.low, self.data.year_words):
                j += 1
        link = self.word(j)
        if link is not None and link.low in self.data.links:
            j += 1
        code = self.period_code(j)
        if code is None:
            return None
        letter, number, end = code
        period = f"{token.text}-{letter}{number}"
        return _Found(self.mention(MentionKind.PERIOD, i, end, period=period), end)

    def scale(self, j: int) -> tuple[int, int, bool] | None:
        """A scale word at ``j``: ``(power of ten, next, glued-only)``."""
        token = self.word(j)
        if token is None:
            return None
        data = self.data
        power = data.scales.get(token.low)
        if power is None and data.suffix_pattern is not None:
            power = next((p for s, p in data.scales.items() if data.word_is(token.low, s)), None)
        if power is None:
            return None
        glued_only = token.low in data.glued_scales
        if glued_only and token.gap is not Gap.GLUED:
            return None
        return power, j + 1, glued_only

    def quantity(self, i: int) -> _Quantity | None:
        numeral = read_numeral(self.tokens[i].text, self.data)
        if numeral is None:
            return None
        scale = self.scale(i + 1)
        if scale is None:
            return _Quantity(numeral.value, numeral.precision, numeral.flags, i + 1, False)
        power, end, glued_only = scale
        value = numeral.value.scaleb(power)
        precision = numeral.precision.scaleb(power)
        flags = numeral.flags
        # "1 milyar 700 milyon": whole numbers with ever smaller scales add up.
        while (token := self.joined(end)) is not None and token.kind is Kind.NUM:
            part = read_numeral(token.text, self.data)
            smaller = self.scale(end + 1)
            if part is None or smaller is None or smaller[0] >= power:
                break
            power, end = smaller[0], smaller[1]
            value += part.value.scaleb(power)
            precision = part.precision.scaleb(power)
            flags |= part.flags
        return _Quantity(value, precision, flags, end, True, glued_only)

    def currency_after(self, j: int) -> tuple[str, int] | None:
        data = self.data
        token = self.joined(j)
        if token is None:
            return None
        if token.text in data.currency_symbols:
            return data.currency_symbols[token.text], j + 1
        for phrase, code in data.currency_after.items():
            end = self.match_phrase(j, phrase)
            if end is None:
                continue
            # Bare codes count only in capitals: "TRY", not "try".
            if len(phrase) == 1 and phrase[0] in data.currency_before and not token.text.isupper():
                continue
            return code, end
        return None

    def quantity_mention(self, i: int) -> _Found | None:
        quantity = self.quantity(i)
        if quantity is None:
            return self.plain_number(i, None)
        j = quantity.end
        if not quantity.scaled:
            percent = self.percent_after(i, j, quantity)
            if percent is not None:
                return percent
        currency = self.currency_after(j)
        if currency is not None:
            end = self.suffix(currency[1])[0]
            return _Found(self.amount(i, end, quantity, currency[0]), end)
        if quantity.glued_only:
            return _Found(None, j)  # "100m" without a currency is a distance, not millions
        if quantity.scaled:
            end = self.suffix(j)[0]
            mention = self.mention(
                MentionKind.NUMBER,
                i,
                end,
                value=_tidy(quantity.value),
                precision=_tidy(quantity.precision),
                flags=quantity.flags,
            )
            return _Found(mention, end)
        if _is_year(self.tokens[i]):
            return self.year(i)
        return self.plain_number(i, read_numeral(self.tokens[i].text, self.data))

    def percent_after(self, i: int, j: int, quantity: _Quantity) -> _Found | None:
        data = self.data
        token = self.joined(j)
        if token is None:
            return None
        unit: str | None = None
        if token.text == "%":
            unit, end = "percent", j + 1
        elif (points := self.first_phrase(j, data.points)) is not None:
            unit, end = "pp", points[1]
        elif (words := self.first_phrase(j, data.percent_after)) is not None:
            unit, end = "percent", words[1]
            points = self.first_phrase(end, data.points)
            if points is not None:
                unit, end = "pp", points[1]
        if unit is None:
            return None
        end = self.suffix(end)[0]
        mention = self.mention(
            MentionKind.PERCENT,
            i,
            end,
            value=_tidy(quantity.value),
            unit=unit,
            precision=_tidy(quantity.precision),
            flags=quantity.flags,
        )
        return _Found(mention, end)

    def year(self, i: int) -> _Found:
        token = self.tokens[i]
        end, suffix = self.suffix(i + 1)
        if not suffix:
            year_word = self.word(end)
            if year_word is not None and self.data.word_in(year_word.low, self.data.year_words):
                end += 1
        mention = self.mention(
            MentionKind.YEAR, i, end, value=Decimal(int(token.text)), period=token.text
        )
        return _Found(mention, end)

    def plain_number(self, i: int, numeral: Numeral | None) -> _Found:
        token = self.tokens[i]
        after = self.glued(i + 1)
        if after is not None:
            if after.kind is Kind.WORD:
                return _Found(None, i + 2)  # 10th, 5G: an ordinal or a code
            if after.text == ":" and (minutes := self.glued(i + 2)) and minutes.kind is Kind.NUM:
                return _Found(None, i + 3)  # a clock time
            end, suffix = self.suffix(i + 1)
            if suffix and self.is_ordinal_suffix(suffix):
                return _Found(None, end)
            if after.text in {".", ")"} and self.is_list_marker(i):
                return _Found(None, i + 2)
            if after.text == "." and token.text.isdigit() and self.data.code == "tr":
                following = self.word(i + 2)
                if following is not None and following.text[0].islower():
                    return _Found(None, i + 2)  # "3. sırada": a Turkish ordinal
        end = self.suffix(i + 1)[0]
        return _Found(self.number_mention(i, end, numeral), end)

    def is_list_marker(self, i: int) -> bool:
        if i == 0:
            return True
        return "\n" in self.text[self.tokens[i - 1].end : self.tokens[i].start]

    def number_mention(self, i: int, end: int, numeral: Numeral | None) -> Mention:
        if numeral is None:
            return self.mention(MentionKind.NUMBER, i, end, flags=frozenset({"unparsed"}))
        return self.mention(
            MentionKind.NUMBER,
            i,
            end,
            value=_tidy(numeral.value),
            precision=_tidy(numeral.precision),
            flags=numeral.flags,
        )


@dataclass(frozen=True, slots=True)
class _Index:
    """Per-language lookups from a token's folded text to the patterns it can start."""

    starters: dict[str, tuple[str, ...]]
    relatives: dict[str, list[Relative]]
    number_words: dict[str, list[tuple[Phrase, int]]]
    approx_before: dict[str, list[Phrase]]  # by last word
    stems: re.Pattern[str]  # one-word relatives, which may carry a suffix
    anchors: re.Pattern[str]  # where in folded text a pattern can start


@cache
def _index(code: str) -> _Index:
    data = load_language(code)
    starters: dict[str, list[str]] = {}

    def add(words: Iterable[str], matcher: str) -> None:
        for word in words:
            names = starters.setdefault(word, [])
            if matcher not in names:
                names.append(matcher)

    # The order is the priority when several patterns could start at the same word.
    add((r.words[0] for r in data.relatives), "relative")
    add([*data.ordinals, "q", "h"], "period_from_ordinal")
    add((p[0] for p in (*data.rank_top, *data.rank_bottom)), "rank")
    add((p[0] for p in data.percent_before), "percent_word")
    add(data.currency_before, "currency_first")
    add(data.months, "month_first")
    relatives: dict[str, list[Relative]] = {}
    for relative in data.relatives:
        relatives.setdefault(relative.words[0], []).append(relative)
    number_words: dict[str, list[tuple[Phrase, int]]] = {}
    for phrase, value in data.number_words.items():
        number_words.setdefault(phrase[0], []).append((phrase, value))
    approx_before: dict[str, list[Phrase]] = {}
    for phrase in data.approx_before:
        approx_before.setdefault(phrase[-1], []).append(phrase)
    stems = sorted({r.words[0] for r in data.relatives if len(r.words) == 1}, key=len)
    stem_pattern = "|".join(map(re.escape, reversed(stems))) or "(?!)"
    return _Index(
        {k: tuple(v) for k, v in starters.items()},
        relatives,
        number_words,
        approx_before,
        re.compile(f"(?:{stem_pattern})"),
        _anchors(data),
    )


def _phrase_pattern(words: Iterable[str], inflected: bool) -> str:
    # Inflected words are matched as prefixes: the anchor only has to be permissive.
    parts = [re.escape(w) for w in words]
    end = "" if inflected else _NOT_LETTER_AFTER
    return r"\s+".join(parts) + end


def _anchors(data: LanguageData) -> re.Pattern[str]:
    """Where in folded text a pattern can start: a digit or symbol, or the words that begin
    a word-first pattern — up to two words of them, since single words like "bu" or "the"
    are too common to be worth a look on their own."""
    inflected = data.suffix_pattern is not None
    alternatives: list[str] = []
    for relative in data.relatives:
        alternatives.append(_phrase_pattern(relative.words[:2], inflected))
    nouns = "|".join(map(re.escape, (*data.quarter_words, *data.half_words)))
    ordinals = "|".join(map(re.escape, data.ordinals))
    alternatives.append(rf"(?:{ordinals})[\s-]+(?:{nouns})")
    alternatives.append(r"[qh](?=[1-4])")
    for phrase in (*data.rank_top, *data.rank_bottom, *data.percent_before):
        alternatives.append(_phrase_pattern(phrase, inflected=False))
    words = [*data.currency_before, *data.months]
    alternatives.append("(?:" + "|".join(map(re.escape, words)) + ")" + _NOT_LETTER_AFTER)
    alternatives.sort(key=len, reverse=True)
    symbols = "".join(map(re.escape, data.currency_symbols))
    return re.compile(rf"[0-9%{symbols}]+|{_NOT_LETTER_BEFORE}(?:{'|'.join(alternatives)})")


# Windows of text around anchors: enough context before for "yaklaşık" or an identifier, and
# after for the longest pattern; windows that touch are merged.
_LOOKBEHIND = 48
_LOOKAHEAD = 96
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_SPACE = re.compile(r"\s")


def _windows(text: str, lowered: str, anchors: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """``(start, first anchor, end)`` of the stretches of text worth tokenizing."""
    windows: list[tuple[int, int, int]] = []
    length = len(text)
    current: list[int] | None = None
    for match in anchors.finditer(lowered):
        anchor, anchor_end = match.span()
        start, end = max(0, anchor - _LOOKBEHIND), min(length, anchor_end + _LOOKAHEAD)
        if current is not None and start <= current[2]:
            current[2] = max(current[2], end)
            continue
        if current is not None:
            windows.append(_snap(text, *current))
        current = [start, anchor, end]
    if current is not None:
        windows.append(_snap(text, *current))
    return windows


def _snap(text: str, start: int, first: int, end: int) -> tuple[int, int, int]:
    # Start after a space and end at one, so that tokens are whole; where there is no space
    # nearby the cut token is only context and never starts a pattern.
    if start > 0:
        space = _SPACE.search(text, start, first)
        if space is not None:
            start = space.end()
    space = _SPACE.search(text, end, min(len(text), end + _LOOKBEHIND))
    if space is not None:
        end = space.start()
    return start, first, end


def extract_mentions(text: str, language: str) -> tuple[Mention, ...]:
    """Every figure in ``text``, in order, without overlaps."""
    data = load_language(language)
    lowered = fold_word(text, language)
    if len(lowered) != len(text):
        # Folding changed lengths (ß), so folded offsets are not text offsets: read it all.
        return _Extractor(text, tokenize(text, language), data).run()
    found: list[Mention] = []
    for start, first, end in _windows(text, lowered, _index(language).anchors):
        tokens = tokenize(text, language, start, end, lowered)
        found.extend(_Extractor(text, tokens, data, first).run())
    return tuple(found)


def parse_number(s: str, language: str) -> Decimal | None:
    """The value of a numeral with optional scale words (``1,7 milyar``, ``$1.7bn``, ``%72``).

    ``None`` unless the whole string is one number, amount or percentage.
    """
    text = s.strip()
    mentions = extract_mentions(text, language)
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(text)):
        return None
    mention = mentions[0]
    if mention.kind in _VALUED:
        return mention.value
    return None


_VALUED = frozenset({MentionKind.NUMBER, MentionKind.AMOUNT, MentionKind.PERCENT, MentionKind.YEAR})
