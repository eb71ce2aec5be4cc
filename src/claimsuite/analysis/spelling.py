"""Comparing written names with known names, word by word, at levels of closeness.

The article is cut once into :class:`Piece` values (folded words and punctuation, with a
Turkish suffix after an apostrophe dropped); a known name is cut the same way and compared
with every run of article pieces that could spell it (:meth:`NameIndex.windows`).
:func:`match` says how a run spells a name: identically, differing in a circumflex, in its
Turkish letters, or (with ``spelling``) by a one- or two-letter slip in one word.
Offsets are character offsets into the text that was cut.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from enum import IntEnum
from functools import lru_cache
from itertools import chain, compress
from operator import itemgetter
from typing import NamedTuple, overload

from rapidfuzz.distance import Levenshtein

from claimsuite.analysis.token_table import KINDS, WORD, TokenTable, token_table
from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import strip_marks
from claimsuite.text.tokens import Gap, Kind

__all__ = [
    "WHAT",
    "Level",
    "Match",
    "NameIndex",
    "Piece",
    "Pieces",
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


class Piece(NamedTuple):
    """A token of the article (or of a name) as names are compared: words are folded, and a
    Turkish suffix after an apostrophe is dropped but ends the name (``suffixed``).

    A named tuple: the name checks build one per word of every window they compare (~250,000
    for a 1 MB article), and a tuple is several times cheaper to build than a data class."""

    kind: Kind
    start: int
    end: int
    low: str
    capital: bool
    suffixed: bool
    paragraph: bool  # a paragraph break comes before it


_new_piece = tuple.__new__  # a Piece from its seven values, without the keyword parsing

# Bits of ``_PieceArrays.flags``.
_CAPITAL, _SUFFIXED, _PARAGRAPH = 1, 2, 4
_APOS, _GLUED, _PARAGRAPH_GAP = int(Kind.APOS), int(Gap.GLUED), int(Gap.PARAGRAPH)
# ``gaps.translate(_PARAGRAPH_BIT)``: the ``_PARAGRAPH`` bit of each token.
_IS_WORD = WORD.__eq__
_PARAGRAPH_BIT = bytes(_PARAGRAPH if gap == _PARAGRAPH_GAP else 0 for gap in range(256))


class _PieceArrays:
    """The pieces of a text in flat arrays over its token table (a long article has
    millions): ``kinds`` (int values of :class:`Kind`), ``tokens`` (the token each piece
    starts at, whose start, end and folded word it has), ``flags`` (``_CAPITAL``,
    ``_SUFFIXED``, ``_PARAGRAPH``) and, for the few pieces that join two tokens (O'Brien),
    their own end and folded word in ``joined``. ``piece(i)`` builds a :class:`Piece`."""

    __slots__ = ("flags", "joined", "kinds", "table", "tokens")

    tokens: array | range

    def __init__(self, table: TokenTable) -> None:
        kinds, gaps, starts, ends, lows = (
            table.kinds, table.gaps, table.starts, table.ends, table.lows
        )
        text, english = table.text, table.language == "en"
        # Every token's capital and paragraph bits at once, then the few apostrophes: a
        # piece is a token other than an apostrophe, and a word glued to an apostrophe and
        # a word takes them in (measured: ~4x faster than a loop over the tokens).
        n = len(kinds)
        capital = bytes(map(str.isupper, map(text.__getitem__, starts)))
        paragraph = gaps.translate(_PARAGRAPH_BIT)
        # The two byte strings OR-ed byte by byte, as two big integers.
        flags = bytearray(
            (int.from_bytes(capital) | int.from_bytes(paragraph)).to_bytes(n)
        )
        dropped: list[int] = []  # the tokens that are not pieces, in order
        joined_at: dict[int, tuple[int, str]] = {}  # by token
        taken = -1  # the last word taken in after an apostrophe
        at = kinds.find(_APOS)
        while at != -1:
            word = at - 1
            if (
                word >= 0
                and word != taken
                and kinds[word] == WORD
                and at + 1 < n
                and gaps[at] == _GLUED
                and kinds[at + 1] == WORD
                and gaps[at + 1] == _GLUED
            ):
                after = lows[at + 1]
                if english and after != "s":
                    # O'Brien, D'Souza: the apostrophe is part of the name.
                    joined_at[word] = (ends[at + 1], f"{lows[word]}'{after}")
                else:
                    flags[word] |= _SUFFIXED  # Şimşek'in, Ministry's
                dropped += (at, at + 1)
                taken = at + 1
            else:
                dropped.append(at)  # a stray apostrophe: not part of any name
            at = kinds.find(_APOS, at + 1)
        if dropped:
            keep = bytearray(b"\1") * n
            for token in dropped:
                keep[token] = 0
            kinds, flags = bytes(compress(kinds, keep)), bytearray(compress(flags, keep))
            tokens = array("i", compress(range(n), keep))
        else:
            tokens = range(n)  # each piece its own token
        self.table, self.kinds, self.flags, self.tokens = table, kinds, flags, tokens
        self.joined = {
            token - bisect_left(dropped, token): value for token, value in joined_at.items()
        }

    def __len__(self) -> int:
        return len(self.kinds)

    def low(self, i: int) -> str:
        """The folded word (or text) of piece ``i``."""
        if self.joined and i in self.joined:
            return self.joined[i][1]
        return self.table.lows[self.tokens[i]]

    def lows(self) -> list[str]:
        """The folded word (or text) of every piece, in order."""
        lows = self.table.lows
        if not isinstance(self.tokens, range):
            lows = list(map(lows.__getitem__, self.tokens))
        elif self.joined:
            lows = list(lows)
        for i, (_, low) in self.joined.items():
            lows[i] = low
        return lows

    def piece(self, i: int) -> Piece:
        table, token, flag = self.table, self.tokens[i], self.flags[i]
        if self.joined and i in self.joined:
            end, low = self.joined[i]
        else:
            end, low = table.ends[token], table.lows[token]
        return _new_piece(Piece, (
            KINDS[self.kinds[i]], table.starts[token], end, low,
            bool(flag & _CAPITAL), bool(flag & _SUFFIXED), bool(flag & _PARAGRAPH),
        ))

    def run(self, start: int, stop: int) -> tuple[Piece, ...]:
        """The pieces ``[start, stop)``."""
        piece = self.piece
        return tuple([piece(i) for i in range(start, stop)])


class Pieces(Sequence[Piece]):
    """The article's pieces as a read-only sequence; each :class:`Piece` is built when asked
    for (indexing, slicing to a tuple, iterating)."""

    __slots__ = ("_arrays",)

    def __init__(self, arrays: _PieceArrays) -> None:
        self._arrays = arrays

    def __len__(self) -> int:
        return len(self._arrays)

    @overload
    def __getitem__(self, index: int) -> Piece: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Piece, ...]: ...
    def __getitem__(self, index: int | slice) -> Piece | tuple[Piece, ...]:
        if isinstance(index, slice):
            piece = self._arrays.piece
            return tuple([piece(i) for i in range(*index.indices(len(self._arrays)))])
        if index < 0:
            index += len(self._arrays)
        if not 0 <= index < len(self._arrays):
            raise IndexError(index)
        return self._arrays.piece(index)

    def __iter__(self) -> Iterator[Piece]:
        piece = self._arrays.piece
        return (piece(i) for i in range(len(self._arrays)))


def pieces(text: str, language: str) -> tuple[Piece, ...]:
    """The pieces of ``text`` (a name, or any short text), built at once."""
    arrays = _PieceArrays(TokenTable(text, language))
    return tuple(arrays.piece(i) for i in range(len(arrays)))


@lru_cache(maxsize=1024)
def name_pieces(name: str, language: str) -> tuple[Piece, ...]:
    """The pieces of a name (names are compared again and again: computed once)."""
    return pieces(name, language)


class NameIndex:
    """The article's pieces, with the positions of words by their plain first letter so
    that a name is only compared where it could start.

    ``pieces`` is a sequence of :class:`Piece`; ``by_initial`` maps a plain first letter to
    the positions of the words with it, ``by_word`` a plain first letter to each plain word
    with it and its positions (issue 14: 500 names on a 250 KB article compared every name
    with every word of its initial; a name is compared with each distinct word once).
    """

    __slots__ = ("_arrays", "_matches", "by_word", "pieces")

    def __init__(self, arrays: _PieceArrays, by_word: dict[str, dict[str, array]]) -> None:
        self._arrays = arrays
        self.pieces = Pieces(arrays)
        self.by_word = by_word
        self._matches: dict[
            tuple[tuple[Piece, ...], bool], tuple[Match, ...] | _KeptMatches
        ] = {}

    @property
    def by_initial(self) -> dict[str, array]:
        """The positions of the words of each plain first letter, in order: built from
        ``by_word`` when asked for (the matching never asks; kept as well it would hold
        every word's position twice for as long as the article, ~4 MB for 10 MB)."""
        return {
            initial: array("i", sorted(chain.from_iterable(words.values())))
            for initial, words in self.by_word.items()
        }

    @classmethod
    def of(cls, text: str, language: str) -> NameIndex:
        return _name_index(text, language)

    @classmethod
    def _build(cls, text: str, language: str) -> NameIndex:
        arrays = _PieceArrays(token_table(text, language))
        by_word: dict[str, dict[str, array]] = {}
        # Each distinct word's position list, found once: an article of a million words
        # has a few tens of thousands of distinct ones.
        lists: dict[str, array] = {}
        lows = arrays.lows()
        kinds = arrays.kinds
        for index in compress(range(len(kinds)), map(_IS_WORD, kinds)):
            low = lows[index]
            spots = lists.get(low)
            if spots is None:
                initial, word = _keys(low)
                words = by_word.get(initial)
                if words is None:
                    words = by_word[initial] = {}
                spots = words.get(word)
                if spots is None:
                    spots = words[word] = array("i")
                lists[low] = spots
            spots.append(index)
        return cls(arrays, by_word)

    def lower_case_words(self) -> set[str]:
        """The distinct folded words the article writes without a capital."""
        arrays = self._arrays
        return {
            low
            for low, kind, flag in zip(arrays.lows(), arrays.kinds, arrays.flags, strict=True)
            if kind == WORD and not flag & _CAPITAL
        }

    def capitalised(self) -> Iterator[Piece]:
        """The word pieces that start with a capital, in order."""
        arrays = self._arrays
        flags = arrays.flags
        for i, kind in enumerate(arrays.kinds):
            if kind == WORD and flags[i] & _CAPITAL:
                yield arrays.piece(i)

    def matches(
        self, name: tuple[Piece, ...], data: LanguageData, *, spelling: bool
    ) -> tuple[Match, ...]:
        """Every :func:`match` of ``name`` over :meth:`windows` (``near=spelling``), in text
        order. Memoized per name: CS501 (twice), CS502, CS503 and CS504 each look for every
        entity's names, exactly, in the same article. ``data`` is the article language's."""
        key = (name, spelling)
        kept = self._matches.get(key)
        if kept is None:
            hits = [
                hit for window in self.windows(name, near=spelling)
                if (hit := match(window, name, data, spelling=spelling)) is not None
            ]
            found = tuple(hits)
            # A few matches (nearly every name in a seed-sized article) are kept as they
            # are, many in flat arrays (measured: rebuilding the few was ~1% of an a200
            # run).
            self._matches[key] = found if len(found) <= _KEEP_AS_IS else _KeptMatches(hits)
            return found
        return kept if isinstance(kept, tuple) else kept.matches()

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
        flags, total = self._arrays.flags, len(self._arrays)
        for i in starts:
            if i + size > total:
                continue
            if any(flags[k] & _SUFFIXED for k in range(i, i + size - 1)) or any(
                flags[k] & _PARAGRAPH for k in range(i + 1, i + size)
            ):
                continue
            yield self._arrays.run(i, i + size)


# A folded word's plain first letter and plain self, per process: an archive repeats its
# vocabulary from article to article (measured: a third of the name index's build).
@lru_cache(maxsize=1 << 16)
def _keys(low: str) -> tuple[str, str]:
    return plain(low[:1]), plain(low)


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


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Match(NamedTuple):
    level: Level
    start: int
    end: int
    key: tuple[str, ...]  # the spelling, folded, to group occurrences


class _KeptMatches:
    """A name's matches in flat arrays, as :meth:`NameIndex.matches` remembers them for as
    long as the article: ~100,000 for an entity-heavy 10 MB article, ~12 MB as
    :class:`Match` objects, ~1.5 MB so (nearly all spell their name one of a few ways, and
    each way's key is kept once). ``matches()`` builds them again (~1 µs a match)."""

    __slots__ = ("ends", "keys", "levels", "spellings", "starts")

    def __init__(self, hits: list[Match]) -> None:
        ids: dict[tuple[str, ...], int] = {}
        self.levels = bytes(map(_LEVEL, hits))
        self.starts = array("q", [hit.start for hit in hits])
        self.ends = array("q", [hit.end for hit in hits])
        self.keys = array("i", [ids.setdefault(hit.key, len(ids)) for hit in hits])
        self.spellings = tuple(ids)

    def matches(self) -> tuple[Match, ...]:
        spellings = self.spellings
        return tuple(map(
            Match, map(_LEVEL_OF.__getitem__, self.levels), self.starts, self.ends,
            map(spellings.__getitem__, self.keys),
        ))


_LEVEL = itemgetter(0)  # a Match's level
_KEEP_AS_IS = 16  # matches of one name kept as Match objects; more go to _KeptMatches
_LEVEL_OF = tuple(sorted(Level))  # by value: Level(value) is far slower than indexing


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
