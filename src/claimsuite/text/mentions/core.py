"""The core of mention extraction: the typed :class:`Mention`, its kinds, flags and bounds,
and the :class:`Cursor` every pattern reads tokens through.

A pattern is a plain function ``(cursor, i) -> Found | None`` living in the module of its
mention kind; it looks at a bounded number of tokens from ``i`` and returns the mention (or
``None`` to drop the tokens) and where the pass resumes. Words come from the language data,
so a new expression of a known shape is data, not code.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from claimsuite.claims.periods import Period
from claimsuite.text.language import LanguageData, Phrase
from claimsuite.text.tokens import Gap, Kind, Token

__all__ = ["Bound", "Cursor", "Flag", "Found", "Mention", "MentionKind", "Relative"]

MIN_YEAR, MAX_YEAR = 1900, 2099


class MentionKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"
    NUMBER = "number"
    YEAR = "year"
    DATE = "date"
    PERIOD = "period"
    RANK = "rank"
    RELATIVE = "relative"
    ORDINAL = "ordinal"  # 11'inci, 11th: an exact rank, or a position in a list


class Flag(StrEnum):
    """What an editor may want to know about how a figure was written.

    Members are strings, so ``"no-year" in mention.flags`` still works.
    """

    APPROXIMATE = "approximate"  # yaklaşık, about, civarında (see also ``Mention.bound``)
    NO_YEAR = "no-year"  # a date or period without its year ("3 Mart'ta", "ikinci çeyrek")
    UNPARSED = "unparsed"  # looks like a figure, cannot be read ("30.02.2025")
    DECIMAL_POINT = "decimal-point"  # 1.7 in Turkish
    DECIMAL_COMMA = "decimal-comma"  # 1,7 in English
    AMBIGUOUS_DATE = "ambiguous-date"  # 05/04/2025: day and month could swap
    NEGATIVE = "negative"  # %-2,4, eksi 2,4, minus 2.4
    RANGE = "range"  # yüzde 5-7, 10 to 12 percent: ``value`` .. ``upper``
    MULTIPLE = "multiple"  # 17 katına, 17-fold: ``value`` is the factor
    ORDINAL = "ordinal"  # 11'inci, 11th: a RANK with relation "exact"
    FISCAL = "fiscal"  # fiscal 2025, FY2025
    LABEL = "label"  # a clock time or an article number: "6 p.m.", "saat 14", "Madde 5"
    SUPERLATIVE = "superlative"  # "the largest", "en büyük": an ORDINAL 1 (or N: "third-largest")
    IN_WORDS = "in-words"  # a figure written in words: "came second", "Six ballot questions"


class Bound(StrEnum):
    """A bound the text puts on a figure: ``more than 3 million`` is ``MORE_THAN``."""

    APPROXIMATE = "approximate"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"
    LESS_THAN = "less-than"
    AT_MOST = "at-most"


@dataclass(frozen=True, slots=True)
class Relative:
    """A time expression that needs the publication date to mean a period.

    ``unit`` is one of the [[relative]] units (year, half, quarter, month, week, day:
    ``offset`` of them from publication; same-period: ``offset`` years from the period the
    sentence names; prior-period: ``offset`` periods of that period's own length from it,
    "bir önceki aya göre", "over the month") or a template meaning: last-months (the
    ``count`` months before publication), first-months (months 1..``count``), named-month /
    last-named-month (``month``), month-range (``month``..``month_to``), months-to
    (``count`` months ending with ``month``), day-month (``day`` of ``month``; ``count``
    ends a day range), named-quarter / named-half (the ``count``-th), year-to-date,
    fiscal-year (``year``) or split-year (``2024-25``: ``year`` is the second year). See
    :func:`claimsuite.text.mentions.resolve`.
    """

    unit: str
    offset: int = 0
    count: int | None = None
    month: int | None = None
    month_to: int | None = None
    day: int | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure in the text; ``surface`` is always ``text[start:end]``.

    ``period`` is the period the mention states when the text alone fixes it; a mention
    that needs the publication date carries ``relative`` instead (resolve it with
    :func:`claimsuite.text.mentions.resolve`). ``relation`` and ``offset`` repeat the unit
    and offset of a RELATIVE mention (and say top/bottom/exact for a RANK).
    """

    kind: MentionKind
    start: int
    end: int
    surface: str
    value: Decimal | None = None
    unit: str | None = None
    precision: Decimal | None = None
    period: Period | None = None
    date: datetime.date | None = None
    relation: str | None = None
    offset: int | None = None
    flags: frozenset[Flag] = frozenset()
    bound: Bound | None = None
    upper: Decimal | None = None  # the top of a range ("yüzde 5-7": value 5, upper 7)
    relative: Relative | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """A pattern's result: a mention (or ``None`` to drop the tokens) and where to resume."""

    mention: Mention | None
    next: int
    tags: frozenset[str] = field(default_factory=frozenset)


def tidy(value: Decimal) -> Decimal:
    # 1.7E+9 and 1700000000 are equal, but the second reads better in reports.
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def is_year(token: Token | None) -> bool:
    return (
        token is not None
        and token.kind is Kind.NUM
        and len(token.text) == 4
        and token.text.isdigit()
        and MIN_YEAR <= int(token.text) <= MAX_YEAR
    )


def make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_PARAGRAPH, _GLUED, _WORD = Gap.PARAGRAPH, Gap.GLUED, Kind.WORD


class _Starts:
    """The first words of a collection of phrases, as :meth:`Cursor.match_word` can meet
    them: the word itself, a stem of it (``words`` by ``lengths``: the token is the word
    plus a suffix) or the first piece of a word with dots or hyphens (``glued``)."""

    __slots__ = ("empty", "glued", "lengths", "words")

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        phrases = list(phrases)
        firsts = {phrase[0] for phrase in phrases if phrase}
        self.empty = any(not phrase for phrase in phrases)  # an empty phrase matches anywhere
        self.words = frozenset(firsts)
        self.lengths = sorted({len(word) for word in firsts})
        self.glued = frozenset(
            word[:n] for word in firsts if not word.isalpha() for n in range(1, len(word))
        )


# By id: the collections are the language data's tuples and dicts, which live as long as
# the process; the entry keeps its collection alive, so an id is never reused while cached.
_STARTS: dict[int, tuple[object, _Starts]] = {}
_STARTS_MAX = 512


def _starts_of(phrases: Iterable[Phrase]) -> _Starts | None:
    """The :class:`_Starts` of a tuple or dict of phrases; ``None`` for another iterable (a
    list built for one call is not worth indexing)."""
    entry = _STARTS.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        return entry[1]
    if type(phrases) is not tuple and type(phrases) is not dict:
        return None
    if len(_STARTS) >= _STARTS_MAX:
        _STARTS.clear()
    starts = _Starts(phrases)
    _STARTS[id(phrases)] = (phrases, starts)
    return starts


class Cursor:
    """Token access for the patterns of one pass over one stretch of text.

    The token tests below run a few hundred thousand times per thousand articles: they read
    the token list directly rather than through each other.
    """

    def __init__(self, text: str, tokens: list[Token], data: LanguageData, first: int = 0) -> None:
        self.text = text
        self.first = first  # patterns start at or after this offset; before it is context
        self.tokens = tokens
        self.n = len(tokens)
        self.data = data
        # Without a suffix table a word is only ever itself (LanguageData.word_is).
        self._inflects = data.suffix_pattern is not None

    def joined(self, j: int) -> Token | None:
        """Token ``j`` if it continues the phrase before it (no paragraph break)."""
        if j < self.n and (token := self.tokens[j]).gap is not _PARAGRAPH:
            return token
        return None

    def glued(self, j: int) -> Token | None:
        if j < self.n and (token := self.tokens[j]).gap is _GLUED:
            return token
        return None

    def at(self, j: int, first: bool = False) -> Token | None:
        """Token ``j``: any token when it starts the pattern, else only a joined one."""
        if j < self.n and (first or self.tokens[j].gap is not _PARAGRAPH):
            return self.tokens[j]
        return None

    def word(self, j: int, first: bool = False) -> Token | None:
        token = self.at(j, first)
        return token if token is not None and token.kind is _WORD else None

    def match_word(self, j: int, word: str, first: bool = False) -> int | None:
        """Index after ``word`` matched at token ``j`` (a stem may take a suffix)."""
        if j >= self.n:
            return None
        token = self.tokens[j]
        if not first and token.gap is _PARAGRAPH:
            return None
        low = token.low
        if low == word:
            return j + 1
        if (
            self._inflects
            and token.kind is _WORD
            and low.startswith(word)
            and self.data.word_is(low, word)
        ):
            return j + 1
        if not word.startswith(low) or word.isalpha():
            return None
        # A word with dots ("u.s.") or a hyphen ("year-on-year") spans several glued tokens.
        text, k = low, j + 1
        while len(text) < len(word) and (nxt := self.glued(k)) is not None:
            text += nxt.low
            k += 1
        return k if text == word else None

    def match_phrase(self, j: int, phrase: Phrase, first: bool = False) -> int | None:
        match_word = self.match_word
        end: int | None = j
        for word in phrase:
            end = match_word(end, word, first)  # type: ignore[arg-type]
            if end is None:
                return None
            first = False  # only the phrase's first word may follow a paragraph break
        return end

    def may_start(self, j: int, phrases: Iterable[Phrase], first: bool = False) -> bool:
        """Whether the token at ``j`` could begin one of ``phrases``: ``False`` means
        :meth:`match_phrase` fails at ``j`` for every one of them (checked in one look-up
        instead of one match per phrase; most tokens start none of a list)."""
        starts = _starts_of(phrases)
        if starts is None or starts.empty:
            return True
        if j >= self.n:
            return False
        token = self.tokens[j]
        if not first and token.gap is _PARAGRAPH:
            return False
        low = token.low
        if low in starts.words or low in starts.glued:
            return True
        if self._inflects and token.kind is _WORD:  # a stem with a suffix (word_is)
            size = len(low)
            for n in starts.lengths:
                if n >= size:
                    break
                if low[:n] in starts.words:
                    return True
        return False

    def first_phrase(self, j: int, phrases: Iterable[Phrase]) -> tuple[Phrase, int] | None:
        if not self.may_start(j, phrases):
            return None
        match_phrase = self.match_phrase
        for phrase in phrases:
            k = match_phrase(j, phrase)
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

    def is_ordinal_suffix(self, suffix: str) -> bool:
        return any(suffix.startswith(s) for s in self.data.ordinal_suffixes)

    def mention(self, kind: MentionKind, i: int, end: int, **values: object) -> Mention:
        start, stop = self.tokens[i].start, self.tokens[end - 1].end
        return Mention(kind, start, stop, self.text[start:stop], **values)  # type: ignore[arg-type]
