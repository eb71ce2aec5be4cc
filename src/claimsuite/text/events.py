"""Direction, tense, mood and negation words in a span, as data for the verdicts.

``direction_in`` says whether a passage reports a rise or a fall (``arttı``/``azaldı``,
``rose``/``fell``, or a negative rate such as ``%-2,4``); ``tense_in`` whether an event is
told as done, to come, or negated (``yapıldı``/``yapılacak``/``yapılmadı``, ``held``/``will
be held``/``was not held``). The words are the ``[direction]`` and ``[tense]`` lists of
``lang/<code>.toml``: an entry ``-x`` is a word-final suffix (which may take a case or copula
ending after it, ``yapılacağı``), anything else a word or phrase (a Turkish stem may take a
suffix).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal
from enum import StrEnum
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from claimsuite.text.language import LanguageData, load_language
from claimsuite.text.normalize import fold_word
from claimsuite.text.search import find_words

if TYPE_CHECKING:
    from claimsuite.text.mentions import Mention

__all__ = [
    "Direction",
    "FromTo",
    "Tense",
    "Word",
    "clause_of",
    "direction_at",
    "direction_in",
    "from_to_in",
    "tense_in",
    "way_in",
    "words_in",
]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# How close a figure must be for "up", "down", "lower", "indi" to be a direction: at most
# this many words between, no punctuation, and a short gap.
_NEAR_WORDS = 2
_NEAR_CHARS = 24
_BREAK = re.compile(r"[,;:.!?()]")
# A suffix is only looked for in words this long: "adı" (name) is no past tense.
_MIN_SUFFIXED = 5


class Direction(StrEnum):
    RISE = "rise"
    FALL = "fall"


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Word(NamedTuple):
    """One marker found: its span in the text, the list entry and what it marks."""

    start: int
    end: int
    entry: str
    marks: str  # rise, fall, past, future, negation


class Tense(NamedTuple):
    """How a span tells an event: done, to come, negated — each with the words that say so.

    ``future`` wins over ``past`` for a passage with both ("yapıldı; yenisi yapılacak") only
    when asked through :attr:`main`; the word lists are kept for the caller to weigh.
    """

    past: tuple[Word, ...]
    future: tuple[Word, ...]
    negation: tuple[Word, ...]

    @property
    def negated(self) -> bool:
        return bool(self.negation)

    @property
    def main(self) -> str | None:
        """``future``, ``past`` or ``None`` (no tense word at all)."""
        if self.future:
            return "future"
        if self.past:
            return "past"
        return None


def _suffix_hits(
    text: str, start: int, end: int, entries: tuple[str, ...], data: LanguageData
) -> list[tuple[int, int, str]]:
    """Words in ``text[start:end]`` ending in one of the ``-x`` suffixes of ``entries``."""
    hits: list[tuple[int, int, str]] = []
    if not entries:
        return hits
    for match in _WORD.finditer(text, start, end):
        word = fold_word(match.group(), data.code).replace("'", "")
        if len(word) < _MIN_SUFFIXED:
            continue
        for entry in entries:
            suffix = entry[1:]
            at = word.rfind(suffix)
            if at <= 0:
                continue
            tail = word[at + len(suffix) :]
            pattern = data.suffix_pattern
            if not tail or (pattern is not None and pattern.fullmatch(tail)):
                hits.append((match.start(), match.end(), entry))
                break
    return hits


@lru_cache(maxsize=256)
def _split_entries(entries: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``entries`` as (words and phrases, ``-x`` suffixes); memoized, the lists are the
    language data's, split again for every clause otherwise."""
    suffixes = tuple(e for e in entries if e.startswith("-") and " " not in e)
    return tuple(e for e in entries if e not in suffixes), suffixes


def words_in(
    text: str, language: str, entries: tuple[str, ...], marks: str, start: int = 0,
    end: int | None = None,
) -> list[Word]:  # fmt: skip
    """The markers of ``entries`` in ``text[start:end]``, in order, offsets into ``text``."""
    data = load_language(language)
    stop = len(text) if end is None else end
    words, suffixes = _split_entries(entries if isinstance(entries, tuple) else tuple(entries))
    hits = [
        (a + start, b + start, entry)
        for a, b, entry in find_words(text[start:stop], words, language)
    ]
    hits += _suffix_hits(text, start, stop, suffixes, data)
    hits.sort()
    out: list[Word] = []
    for a, b, entry in hits:
        if out and a < out[-1].end:
            continue
        out.append(Word(a, b, entry, marks))
    return out


def direction_in(
    text: str, language: str, start: int = 0, end: int | None = None
) -> Direction | None:
    """Which way the span says a figure moved, or ``None`` when it says neither or both.

    A negative percentage or a minus before a figure counts as a fall.
    """
    return _direction_in(text, language, start, len(text) if end is None else end)


# Memoized: the verdicts ask for the clause of each rate of each claim, and several claims
# share a figure (the answer depends on the text and span only).
@lru_cache(maxsize=64)
def _direction_in(text: str, language: str, start: int, stop: int) -> Direction | None:
    from claimsuite.text.mentions import Flag, MentionKind, extract_mentions  # noqa: PLC0415

    kinds = frozenset({MentionKind.PERCENT, MentionKind.AMOUNT, MentionKind.NUMBER})

    data = load_language(language)
    clause = text[start:stop]

    @cache
    def figures() -> list[tuple[int, int, Mention]]:
        # The clause's figures, read only when the answer depends on them: a word like "up"
        # to place, or a sign or minus word in the clause (measured: most clauses have none).
        return [
            (m.start + start, m.end + start, m)
            for m in extract_mentions(clause, language)
            if m.kind in kinds
        ]

    def near(word: Word) -> bool:
        # Within a few words of a figure, with no punctuation between: "down from 8.2
        # percent", "yüzde 31,07 seviyesine indi"; not "indi, ihracat 5 milyar".
        for a, b, _ in figures():
            gap = text[word.end : a] if word.end <= a else text[b : word.start]
            short = len(gap) <= _NEAR_CHARS and len(_WORD.findall(gap)) <= _NEAR_WORDS
            if short and not _BREAK.search(gap):
                return True
        return False

    rise = bool(words_in(text, language, data.rise_words, "rise", start, stop))
    fall = bool(words_in(text, language, data.fall_words, "fall", start, stop))
    if rise and fall:
        return None  # both ways whatever else the clause says
    rise = rise or any(near(w) for w in words_in(text, language, data.rise_near, "rise", start,
                                                  stop))
    fall = fall or any(near(w) for w in words_in(text, language, data.fall_near, "fall", start,
                                                  stop))
    fall = fall or (
        _may_be_negative(clause, data)
        and any(Flag.NEGATIVE in m.flags for _, _, m in figures())
    )
    if rise and not fall:
        return Direction.RISE
    if fall and not rise:
        return Direction.FALL
    return None


_SIGNS = ("-", "−", "–")


def _may_be_negative(clause: str, data: LanguageData) -> bool:
    """Whether the text layer could read a negative figure in ``clause``: only after a sign
    (``%-2,4``, ``-0.2%``) or a minus word (``eksi``, ``minus``), which it matches on the
    folded words. ``False`` means certainly none."""
    if any(sign in clause for sign in _SIGNS):
        return True
    folded = fold_word(clause, data.code)
    if len(folded) != len(clause):
        return True  # words folded one by one then: do not guess
    return any(not phrase or phrase[0] in folded for phrase in data.minus)


def way_in(text: str, language: str, start: int = 0, end: int | None = None) -> str | None:
    """Which way the words of ``text[start:end]`` point, with no figure needed (a changed
    span replaced another in the same place): ``rise``, ``fall``, ``flat`` (a level kept:
    "sabit tuttu", "left unchanged") or ``None`` (none, or both ways)."""
    data = load_language(language)
    rise = words_in(text, language, (*data.rise_words, *data.rise_near), "rise", start, end)
    fall = words_in(text, language, (*data.fall_words, *data.fall_near), "fall", start, end)
    if rise and not fall:
        return "rise"
    if fall and not rise:
        return "fall"
    if not rise and not fall and words_in(text, language, data.flat_words, "flat", start, end):
        return "flat"
    return None


class FromTo(NamedTuple):
    """A level moved from one figure to another: "yüzde 40,5'ten yüzde 39,5'e", "from 4.5%
    to 4.25%", "to 1.3% from 1.8%". ``change`` is ``target - source``: in percentage points
    (``unit`` "pp") for two percentages, else in their unit."""

    source: Mention
    target: Mention
    change: Decimal
    unit: str | None

    @property
    def start(self) -> int:
        return min(self.source.start, self.target.start)

    @property
    def end(self) -> int:
        return max(self.source.end, self.target.end)


_PAIRED = frozenset({"percent", "amount", "number"})
_GAP_WORDS = re.compile(r"[^\W\d_]+")


def from_to_in(
    text: str, language: str, start: int = 0, end: int | None = None
) -> list[FromTo]:
    """The figures of ``text[start:end]`` a level moved between, in order (offsets into
    ``text``): two figures of one kind and unit next to each other, the first marked as
    where it came from and the second as where it went."""
    from claimsuite.text.mentions import extract_mentions  # noqa: PLC0415

    data = load_language(language)
    stop = len(text) if end is None else end
    found = [
        replace(m, start=m.start + start, end=m.end + start)
        for m in extract_mentions(text[start:stop], language)
        if m.kind.value in _PAIRED and m.value is not None and m.upper is None
    ]
    out: list[FromTo] = []
    for a, b in pairwise(found):
        if a.kind is not b.kind or (a.unit or "percent") != (b.unit or "percent"):
            continue
        gap = _GAP_WORDS.findall(fold_word(text[a.end : b.start], language))
        before = _GAP_WORDS.findall(fold_word(text[max(0, a.start - 12) : a.start], language))
        last = before[-1] if before else ""
        pair: tuple[Mention, Mention] | None = None
        if data.from_suffixes and not gap:
            after = _GAP_WORDS.findall(fold_word(text[b.end : b.end + 16], language))
            if _ends_with(a.surface, data.from_suffixes, language) and (
                _ends_with(b.surface, data.to_suffixes, language)
                or (after and after[0] in data.to_after)
            ):
                pair = (a, b)
        elif len(gap) == 1 and last in data.from_before and gap[0] in data.to_before:
            pair = (a, b)  # "from 4.5% to 4.25%"
        elif len(gap) == 1 and last in data.to_before and gap[0] in data.from_before:
            pair = (b, a)  # "to 1.3% from 1.8%"
        if pair is None:
            continue
        source, target = pair
        assert source.value is not None
        assert target.value is not None
        unit = "pp" if source.kind.value == "percent" and source.unit != "pp" else source.unit
        out.append(FromTo(source, target, target.value - source.value, unit))
    return out


def _ends_with(surface: str, suffixes: tuple[str, ...], language: str) -> bool:
    """Whether a figure ends in one of ``suffixes`` after an apostrophe ("39,5'e")."""
    folded = fold_word(surface, language).replace("’", "'")
    if "'" not in folded:
        return False
    return folded.rsplit("'", 1)[1] in suffixes


def tense_in(text: str, language: str, start: int = 0, end: int | None = None) -> Tense:
    """The tense, mood and negation words of ``text[start:end]``."""
    data = load_language(language)
    negation = words_in(text, language, data.negation_markers, "negation", start, end)
    future = words_in(text, language, data.future_words, "future", start, end)
    past = words_in(text, language, data.past_markers, "past", start, end)
    # A negated future ("yapılmayacak") is a future; a future word is not also a past.
    taken = {(w.start, w.end) for w in future}
    past = [w for w in past if (w.start, w.end) not in taken]
    return Tense(tuple(past), tuple(future), tuple(negation))


# Where a clause ends: punctuation, and the conjunctions that join two facts ("ihracat
# arttı, ithalat ise azaldı", "exports rose while imports fell").
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\s(?:while|whereas|but|iken|ise|ancak|fakat)\s", re.I)


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around ``[start, end)``: from the break before it to the
    break after it (a decimal point inside a figure is no break)."""
    ends = _break_ends(text)
    at = bisect_right(ends, start)
    left = ends[at - 1] if at else 0
    right = len(text)
    for match in _CLAUSE_BREAK.finditer(text, end):
        if not _in_number(text, match):
            right = match.start()
            break
    return left, right


@lru_cache(maxsize=4)
def _break_ends(text: str) -> array[int]:
    """Where each clause break of ``text`` ends, in order: the break before a figure is the
    last one ending at or before it. Memoized (the text is an article, asked once for each
    of its figures), so that finding a clause does not scan the article from its start."""
    return array("q", (m.end() for m in _CLAUSE_BREAK.finditer(text) if not _in_number(text, m)))


def _in_number(text: str, match: re.Match[str]) -> bool:
    a, b = match.span()
    return b - a == 1 and 0 < a < len(text) - 1 and text[a - 1].isdigit() and text[b].isdigit()


def direction_at(text: str, language: str, start: int, end: int) -> Direction | None:
    """The direction the clause of the figure at ``[start, end)`` gives it: in "ihracat
    yüzde 5 arttı, ithalat yüzde 3 azaldı" the first figure rose and the second fell."""
    left, right = clause_of(text, start, end)
    return direction_in(text, language, left, right)
