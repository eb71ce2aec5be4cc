"""Finding words, phrases and names in article text despite case, apostrophe style,
reflowed whitespace and (for Turkish) suffixes."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from claimsuite.text.language import load_language
from claimsuite.text.normalize import Folded, fold, letter_marks, strip_marks

__all__ = [
    "Unapostrophed",
    "find_name",
    "find_phrases",
    "find_unapostrophed",
    "find_words",
    "hedges_in",
]


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _word_end(key: str, pos: int) -> int:
    while pos < len(key) and _is_word_char(key[pos]):
        pos += 1
    return pos


def _occurrences(key: str, needle: str) -> Iterable[int]:
    pos = key.find(needle)
    while pos != -1:
        yield pos
        pos = key.find(needle, pos + 1)


@lru_cache(maxsize=512)
def _needles(phrases: tuple[str, ...], language: str) -> tuple[tuple[str, str, bool], ...]:
    """``(phrase, folded needle, inner)`` for each phrase with a non-empty needle.

    Memoized: the phrase lists are the language data's, searched for in every clause.
    """
    out: list[tuple[str, str, bool]] = []
    for phrase in phrases:
        inner = phrase.startswith("-")
        needle = fold(phrase[1:] if inner else phrase, language)
        if needle:
            out.append((phrase, needle, inner))
    return tuple(out)


def find_phrases(text: str, phrases: Iterable[str], language: str) -> list[tuple[int, int, str]]:
    """Source spans ``(start, end, phrase)`` of ``phrases`` in ``text``, in text order.

    Matches start at a word boundary. In Turkish the last word may go on into a suffix
    (``bildiril`` finds ``bildirildi``, and the span covers the whole word); in English it
    must end at a word boundary. A phrase starting with ``-`` is a suffix found inside a
    word (``-acak`` finds ``gerçekleşecek``). Where matches overlap the longer one wins.
    """
    needles = _needles(phrases if isinstance(phrases, tuple) else tuple(phrases), language)
    if not needles:
        return []
    folded = Folded.of(text, language)
    key = folded.key
    size = len(key)
    find = key.find
    suffixed = language == "tr"
    hits: list[tuple[int, int, str]] = []
    for phrase, needle, inner in needles:
        pos = find(needle)
        while pos != -1:
            end = pos + len(needle)
            glued = pos > 0 and key[pos - 1].isalnum()
            if inner:
                if glued:
                    start = pos
                    while start > 0 and key[start - 1].isalnum():
                        start -= 1
                    hits.append((*folded.source_span(start, _word_end(key, end)), phrase))
            elif not glued:
                if end < size and key[end].isalnum():
                    end = _word_end(key, end) if suffixed else -1
                if end != -1:
                    hits.append((*folded.source_span(pos, end), phrase))
            pos = find(needle, pos + 1)
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h[0], -h[1]))
    kept: list[tuple[int, int, str]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept


def find_name(
    text: str, name: str, language: str, *, marks: bool = False, common: bool = False
) -> list[tuple[int, int]]:
    """Source spans of the name ``name`` in ``text``.

    Case-insensitive (Turkish-aware), whitespace-tolerant, whole words only. Turkish writes
    an apostrophe before a suffix on a proper noun and none on a common noun: so a suffix
    may follow a proper name only after an apostrophe (``Şimşek'in``, not ``Şimşekoğlu``),
    except on the last word of a name of several words, where an inflection of the
    language's suffix table may follow directly, as agencies write institutions (``Ticaret
    Bakanlığının``, not ``Ticaret Bakanlığıyla ilgili`` run on into another word); and with
    ``common`` (the name is a common noun: "Ekonomistler", "otomotiv sektörü") such an
    inflection may follow any name's last word directly (``Ekonomistlerin``). With
    ``marks`` a circumflex does not count (``Milli`` finds ``Millî``).

    A long text (an article) is folded and indexed by word once, and each name is looked up
    by its first word: finding many names costs the article once plus the places each name's
    first word occurs, not the article once per name.
    """
    needle = fold(strip_marks(name) if marks else name, language)
    if marks:
        needle = strip_marks(needle)
    if not needle:
        return []
    if len(text) >= _INDEX_FROM:
        return _NameIndex.of(text, language, marks).find(needle, language, common)
    folded = Folded.of(text, language, marks=marks)
    key = folded.key
    return [
        folded.source_span(pos, pos + len(needle))
        for pos in _occurrences(key, needle)
        if _name_at(key, pos, needle, language, common)
    ]


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Unapostrophed(NamedTuple):
    """A name written with letters run on after it and no apostrophe: ``word`` is the whole
    written word (``Ekonomistlerin``, ``Şimşekoğlu``); ``inflection`` says whether the
    letters are an ending of the language's suffix table (``-in``) rather than another word."""

    start: int
    end: int
    word: str
    inflection: bool


def find_unapostrophed(
    text: str, name: str, language: str, *, marks: bool = False
) -> list[Unapostrophed]:
    """Where ``name`` stands in ``text`` with its last word run on into more letters, no
    apostrophe between: for a caller that cannot tell a common noun's ending
    (``Ekonomistlerin``) from another name (``Şimşekoğlu``) and asks instead of judging."""
    needle = fold(strip_marks(name) if marks else name, language)
    if marks:
        needle = strip_marks(needle)
    if not needle or not _is_word_char(needle[-1]):
        return []
    folded = Folded.of(text, language, marks=marks)
    key = folded.key
    data = load_language(language)
    last = needle.rsplit(" ", 1)[-1]
    out: list[Unapostrophed] = []
    for pos in _occurrences(key, needle):
        end = pos + len(needle)
        if (pos and _is_word_char(key[pos - 1])) or end >= len(key):
            continue
        tail = _WORD.match(key, end)
        if tail is None or (tail.end() < len(key) and _is_word_char(key[tail.end()])):
            continue
        a, b = folded.source_span(pos, tail.end())
        word_start = a + len(text[a:b]) - len(text[a:b].rsplit(maxsplit=1)[-1])
        out.append(
            Unapostrophed(a, b, text[word_start:b], data.word_is(last + tail.group(), last))
        )
    return out


def _whole_word(key: str, pos: int, end: int) -> bool:
    return not (pos and _is_word_char(key[pos - 1])) and not (
        end < len(key) and _is_word_char(key[end])
    )


def _name_at(
    key: str, pos: int, needle: str, language: str, common: bool = False,
    marks: dict[int, str] | None = None,
) -> bool:
    """Whether ``needle`` at ``pos`` of ``key`` is the name: whole words, or (Turkish, a name
    of several words or a common noun) its last word inflected without an apostrophe.
    ``marks`` (see :func:`letter_marks`) strips the marks off the key's letters first."""
    end = pos + len(needle)
    if _whole_word(key, pos, end):
        return True
    if language != "tr" or (" " not in needle and not common):
        return False
    if pos and _is_word_char(key[pos - 1]):
        return False
    tail = _WORD.match(key, end)
    if tail is None or (tail.end() < len(key) and _is_word_char(key[tail.end()])):
        return False
    last = needle.rsplit(" ", 1)[-1]
    ending = tail.group() if marks is None else tail.group().translate(marks)
    return load_language(language).word_is(last + ending, last)


_INDEX_FROM = 2_000  # characters; shorter texts (quotes, sentences) are searched directly
_WORD = re.compile(r"[^\W_]+")  # runs of letters and digits: str.isalnum, as _is_word_char


class _NameIndex:
    """A text's folded key plus where each word of it starts.

    Indexed with ``marks``, the key is the plain fold's whenever the marks only change
    letters into letters (:func:`letter_marks`): the words are indexed and compared without
    their marks, and the article is not held a second time, folded with its marks (~18 MB
    for a 10 MB Turkish article; the plain fold is kept for the other searches anyway).
    """

    def __init__(self, text: str, language: str, marks: bool) -> None:
        self.text, self.language = text, language
        self.folded = Folded.of(text, language)
        self.marks: dict[int, str] | None = None
        if marks:
            self.marks = letter_marks(self.folded.key)
            if self.marks is None:
                self.folded = Folded.of(text, language, marks=True)
        starts: dict[str, list[int]] = {}
        key = self.folded.key
        known = starts.get
        for match in _WORD.finditer(key):
            # A word char that str.isalnum() and \w disagree on (rare marks) ends a run for
            # the regex but not for _is_word_char: such a run is not a word start. (The
            # test is _is_word_char's, inlined: 1.5 million words in a 10 MB article.)
            start = match.start()
            if start and key[start - 1].isalnum():
                continue
            word = match.group()
            positions = known(word)
            if positions is None:
                starts[word] = [start]
            else:
                positions.append(start)
        if self.marks is not None:
            # "Millî" and "Milli" are one word without marks: their positions, in order.
            merged: dict[str, list[int]] = {}
            for word, positions in starts.items():
                bare = word.translate(self.marks)
                if bare in merged:
                    merged[bare] = sorted(merged[bare] + positions)
                else:
                    merged[bare] = positions
            starts = merged
        # Kept as flat arrays of machine integers: the index lives as long as the run, and a
        # list holds a 36-byte int object per word (~50 MB for a 10 MB article, 1.5 million
        # words) where an array holds 4 bytes.
        self.starts: dict[str, array[int]] = {
            word: array("i", positions) for word, positions in starts.items()
        }

    @staticmethod
    @lru_cache(maxsize=4)
    def of(text: str, language: str, marks: bool) -> _NameIndex:
        return _NameIndex(text, language, marks)

    def find(self, needle: str, language: str, common: bool = False) -> list[tuple[int, int]]:
        key, marks = self.folded.key, self.marks
        first = _WORD.match(needle)
        if first is None or not needle[0].isalnum():  # starts with punctuation: scan
            if marks is not None:  # rare: the key as folded with its marks
                folded = Folded.of(self.text, self.language, marks=True)
                return [
                    folded.source_span(pos, pos + len(needle))
                    for pos in _occurrences(folded.key, needle)
                    if _name_at(folded.key, pos, needle, language, common)
                ]
            positions: Iterable[int] = _occurrences(key, needle)
        elif common and language == "tr" and first.end() == len(needle):
            # A common noun of one word may run on into an ending ("Ekonomistlerin"), so
            # the words that begin with it are candidates, not only the word itself: the
            # direct search of a short text finds those too.
            word = first.group()
            positions = sorted(
                pos for written, where in self.starts.items()
                if (written if marks is None else written.translate(marks)).startswith(word)
                for pos in where
            )
        else:
            positions = self.starts.get(first.group(), ())
        size = len(needle)
        return [
            self.folded.source_span(pos, pos + size)
            for pos in positions
            if (
                key.startswith(needle, pos)
                if marks is None
                else key[pos : pos + size].translate(marks) == needle
            )
            and _name_at(key, pos, needle, language, common, marks)
        ]


def find_words(text: str, phrases: Iterable[str], language: str) -> list[tuple[int, int, str]]:
    """:func:`find_phrases`, but a Turkish last word may only go on into an inflection.

    ``find_phrases`` lets "Bakan" run into "Bakanlığı" (a ministry, not a minister) and
    "açıklandı" into "açıklandığı"; the language's suffix table tells them apart.
    """
    hits = find_phrases(text, phrases, language)
    if language != "tr":
        return hits
    data = load_language(language)
    kept = []
    for start, end, phrase in hits:
        written = fold(text[start:end], language).split(" ")[-1]
        wanted = fold(phrase, language).split(" ")[-1]
        if phrase.startswith("-") or data.word_is(written, wanted):
            kept.append((start, end, phrase))
    return kept


_DIGIT = re.compile(r"\d")
# How far from a month name a digit makes it a date ("May 12", "12 May", "May 2025").
_DATE_REACH = 3


def hedges_in(
    text: str, language: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str]]:
    """The hedge words (``[editor] hedges``) in ``text[start:end]``: ``(start, end, hedge)``
    with offsets into ``text``, in order.

    Matched like :func:`find_words` (a Turkish hedge may take an inflection, not run into
    another word). A hedge that is a month name next to a digit is a date ("May 12", "12
    May", "May 2025"), not a hedge.
    """
    data = load_language(language)
    stop = len(text) if end is None else end
    hits = []
    for first, last, hedge in find_words(text[start:stop], data.hedges, language):
        a, b = first + start, last + start
        near = text[max(0, a - _DATE_REACH) : a] + text[b : b + _DATE_REACH]
        if fold(text[a:b], language) in data.months and _DIGIT.search(near):
            continue
        hits.append((a, b, hedge))
    return hits
