"""Comparing written names with known names, word by word, at levels of closeness.

The article is cut once into :class:`Piece` values (folded words and punctuation, with a
Turkish suffix after an apostrophe dropped); a known name is cut the same way and compared
with every run of article pieces that could spell it (:meth:`NameIndex.windows`).
:func:`match` says how a run spells a name: identically, differing in a circumflex, in its
Turkish letters, or (with ``spelling``) by a one- or two-letter slip in one word.
Offsets are character offsets into the text that was cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import strip_marks
from claimsuite.text.tokens import Gap, Kind, tokenize

__all__ = [
    "WHAT",
    "Level",
    "Match",
    "NameIndex",
    "Piece",
    "match",
    "name_pieces",
    "near_word",
    "pieces",
    "plain",
    "word_level",
]

# Letters a writer without a Turkish keyboard replaces; the result is a transliteration.
_PLAIN = str.maketrans("çşğıöü", "csgiou")


class Level(IntEnum):
    """How far a spelling is from a name, from identical (after case folding) to a typo."""

    SAME = 0
    MARKS = 1  # a circumflex or accent: Milli / Millî
    DIACRITICS = 2  # Turkish letters written without their marks: Simsek / Şimşek
    SPELLING = 3  # a letter added, dropped or changed: Sanayi / Sanayii


WHAT = {
    Level.MARKS: "a circumflex or accent",
    Level.DIACRITICS: "its Turkish letters (ç ğ ı ö ş ü)",
    Level.SPELLING: "one or two letters",
}


@lru_cache(maxsize=1 << 16)
def _forms(word: str) -> tuple[str, str, str]:
    """``word`` at each level of ``_LEVELS``: as is, without marks, plain. An article repeats
    its words, and every name is compared with every word of its first letter: cached."""
    marks = strip_marks(word)
    return word, marks, marks.translate(_PLAIN)


def plain(word: str) -> str:
    """A folded word without accents and Turkish letters: the loosest exact comparison."""
    return _forms(word)[2]


_LEVELS = (Level.SAME, Level.MARKS, Level.DIACRITICS)


@dataclass(frozen=True, slots=True)
class Piece:
    """A token of the article (or of a name) as names are compared: words are folded, and a
    Turkish suffix after an apostrophe is dropped but ends the name (``suffixed``)."""

    kind: Kind
    start: int
    end: int
    low: str
    capital: bool
    suffixed: bool
    paragraph: bool  # a paragraph break comes before it


def pieces(text: str, language: str) -> tuple[Piece, ...]:
    tokens = tokenize(text, language)
    out: list[Piece] = []
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        if token.kind is Kind.APOS:  # a stray apostrophe: not part of any name
            i += 1
            continue
        start, end, low, suffixed = token.start, token.end, token.low, False
        j = i + 1
        if (
            token.kind is Kind.WORD
            and j + 1 < n
            and tokens[j].kind is Kind.APOS
            and tokens[j].gap is Gap.GLUED
            and tokens[j + 1].kind is Kind.WORD
            and tokens[j + 1].gap is Gap.GLUED
        ):
            after = tokens[j + 1]
            if language == "en" and after.low != "s":
                # O'Brien, D'Souza: the apostrophe is part of the name.
                end, low = after.end, f"{low}'{after.low}"
            else:
                suffixed = True  # Şimşek'in, Ministry's
            j += 2
        capital = token.text[:1].isupper()
        out.append(
            Piece(token.kind, start, end, low, capital, suffixed, token.gap is Gap.PARAGRAPH)
        )
        i = j
    return tuple(out)


@lru_cache(maxsize=1024)
def name_pieces(name: str, language: str) -> tuple[Piece, ...]:
    """The pieces of a name (names are compared again and again: computed once)."""
    return pieces(name, language)


@dataclass(frozen=True)
class NameIndex:
    """The article's pieces, with the positions of words by their plain first letter so
    that a name is only compared where it could start."""

    pieces: tuple[Piece, ...]
    by_initial: dict[str, list[int]]
    # plain first letter -> plain word -> positions: a name is compared with each distinct
    # word once, and only where a word it could start with stands (issue 14: 500 names on a
    # 250 KB article compared every name with every word of its initial).
    by_word: dict[str, dict[str, list[int]]]

    @classmethod
    def of(cls, text: str, language: str) -> NameIndex:
        return _name_index(text, language)

    @classmethod
    def _build(cls, text: str, language: str) -> NameIndex:
        found = pieces(text, language)
        by_initial: dict[str, list[int]] = {}
        by_word: dict[str, dict[str, list[int]]] = {}
        for index, piece in enumerate(found):
            if piece.kind is Kind.WORD:
                initial = plain(piece.low[:1])
                by_initial.setdefault(initial, []).append(index)
                by_word.setdefault(initial, {}).setdefault(plain(piece.low), []).append(index)
        return cls(found, by_initial, by_word)

    def windows(
        self, name: tuple[Piece, ...], *, near: bool = True
    ) -> Iterator[tuple[Piece, ...]]:
        """Every run of pieces as long as ``name`` that could spell it: starting on a word
        with its first letter, not crossing a paragraph break, and with a dropped suffix
        only on its last word. Without ``near`` (exact matching, ``spelling=False``) only
        where the first word spells the name's first word at some level."""
        size = len(name)
        if not size or name[0].kind is not Kind.WORD:
            return
        want = plain(name[0].low)
        words = self.by_word.get(plain(name[0].low[:1]), {})
        starts = sorted(
            i for word, at in words.items() if _could_start(word, want, near) for i in at
        )
        for i in starts:
            window = self.pieces[i : i + size]
            if len(window) < size:
                continue
            if any(p.suffixed for p in window[:-1]) or any(p.paragraph for p in window[1:]):
                continue
            yield window


@lru_cache(maxsize=1 << 16)
def _could_start(word: str, name: str, near: bool) -> bool:
    """Whether an article word (plain) could be the first word of a name (plain) for
    :func:`match`: the same at some level, or the name plus a suffix; with ``near`` (for
    ``match(..., spelling=True)``) also a slip of up to two letters. A superset of what
    ``match`` accepts, so filtering by it changes nothing."""
    if word.startswith(name):
        return True
    return near and Levenshtein.distance(word, name, score_cutoff=2) <= 2


@lru_cache(maxsize=1)
def _name_index(text: str, language: str) -> NameIndex:
    """Every name check reads the same article: its pieces are cut once."""
    return NameIndex._build(text, language)


def word_level(text: str, name: str, data: LanguageData, *, last: bool) -> tuple[Level, int] | None:
    """The level at which folded ``text`` spells folded ``name``, and how much of ``text``
    is the name (the last word of a Turkish name may carry a suffix without an apostrophe:
    ``Bakanlığının``)."""
    for level, a, b in zip(_LEVELS, _forms(text), _forms(name), strict=True):
        if a == b:
            return level, len(text)
        if last and len(a) > len(b) and a.startswith(b) and data.word_is(text, text[: len(b)]):
            return level, len(b)
    return None


def near_word(text: str, name: str) -> bool:
    """A one- or two-letter slip in a word (``sanayi`` / ``sanayii``), first letter kept."""
    a, b = plain(text), plain(name)
    if not a or not b or a[0] != b[0] or a == b:
        return False
    return Levenshtein.distance(a, b) <= (1 if len(b) <= 8 else 2)


@dataclass(frozen=True, slots=True)
class Match:
    level: Level
    start: int
    end: int
    key: tuple[str, ...]  # the spelling, folded, to group occurrences


def match(
    window: tuple[Piece, ...], name: tuple[Piece, ...], data: LanguageData, *, spelling: bool
) -> Match | None:
    """How ``window`` spells ``name``; with ``spelling``, one word may have a small slip."""
    worst, slips = Level.SAME, 0
    key: list[str] = []
    end = window[-1].end
    for index, (piece, want) in enumerate(zip(window, name, strict=True)):
        last = index == len(name) - 1
        if piece.kind is not want.kind:
            return None
        if piece.kind is not Kind.WORD:
            if piece.low != want.low:
                return None
            key.append(piece.low)
            continue
        found = word_level(piece.low, want.low, data, last=last)
        if found is None:
            if not (spelling and near_word(piece.low, want.low)):
                return None
            slips += 1
            found = (Level.SPELLING, len(piece.low))
        level, length = found
        worst = max(worst, level)
        key.append(piece.low[:length])
        if last:
            end = min(piece.start + length, piece.end)
    if slips > 1:
        return None
    if worst > Level.SAME and any(
        want.capital and not piece.capital for piece, want in zip(window, name, strict=True)
    ):
        return None  # "milli savunma" in lower case is not the ministry's name
    return Match(worst, window[0].start, end, tuple(key))
