"""Text normalisation: the cleaning every input gets, and comparison keys that forgive case,
apostrophe style and reflowed whitespace while still pointing back into the original text."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

__all__ = [
    "APOSTROPHES", "Folded", "clean", "fold", "fold_word", "letter_marks", "strip_marks",
]

APOSTROPHES = "'’‘ʼ`´′"
_WHITESPACE = re.compile(r"\s+")
_RUNS = re.compile(r"\s\s+")
_NEWLINES = re.compile(r"\r\n?")

# Marks that only decorate a vowel (Millî, kâr, Hâkim); cedilla, breve, diaeresis and the
# dot above make distinct Turkish letters and stay.
_DROPPED_MARKS = frozenset("\u0300\u0301\u0302\u0304")

# Memo bounds. An archive folds a few thousand distinct short strings (the language data's
# phrases, entity names, single words) hundreds of thousands of times: 1,500 folds per
# seed-sized article, 70 distinct ones. Only strings up to _MEMO_LONGEST characters are
# remembered, at most _MEMO_SIZE of them per memo: a few MB in practice (~1 MB on the
# 200-article bench), 16 MB at worst, whatever the articles.
_MEMO_LONGEST = 160
_MEMO_SIZE = 1 << 14


def clean(text: str) -> str:
    """Strip a leading BOM, turn CRLF and lone CR into LF and compose to NFC."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    return unicodedata.normalize("NFC", text)


def _strip_marks_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    kept = "".join(c for c in decomposed if c not in _DROPPED_MARKS)
    return unicodedata.normalize("NFC", kept)


@cache
def _marks_table() -> dict[int, str]:
    # Precomposed Latin letters only: clean() composes text, so these are all that occur.
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        stripped = _strip_marks_char(char)
        if stripped != char and len(stripped) == 1:
            table[code] = stripped
    for mark in _DROPPED_MARKS:
        table[ord(mark)] = ""
    return table


def strip_marks(text: str) -> str:
    """Remove circumflex-type marks (î -> i, â -> a) but keep ç ş ğ ö ü ı i."""
    if len(text) <= _MEMO_LONGEST:
        return _strip_marks_memo(text)
    return _strip_marks(text)


def letter_marks(key: str) -> dict[int, str] | None:
    """The table that strips the marks off ``key`` (a :class:`Folded` key) letter for letter,
    or ``None`` when ``key`` holds a loose combining mark, whose removal shifts offsets.

    With a table, ``key.translate(table)`` is the key of the same text folded with
    ``marks``, position for position: the marks only change letters into letters (``î`` ->
    ``i``), so word boundaries and the map back to the text stay the same.
    """
    if any(mark in key for mark in _DROPPED_MARKS):
        return None
    return _marks_table()


def _strip_marks(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_marks_table())


# Names are stripped of their marks (twice) for every search of them (find_name).
_strip_marks_memo = lru_cache(maxsize=_MEMO_SIZE)(_strip_marks)


def _lower(text: str, language: str) -> str:
    # Short strings recur (words, phrases, names): remembered; long ones (articles) do not.
    if len(text) <= _MEMO_LONGEST:
        return _lower_memo(text, language)
    return _lower_text(text, language)


def _lower_text(text: str, language: str) -> str:
    # The one case rule of claimsuite. Composed first, so that a decomposed "İ" (I + dot
    # above) folds like the composed one. Turkish dotted/dotless i are mapped before lower():
    # Python lowers "I" to "i" and "İ" to "i" + combining dot, both wrong for Turkish and the
    # second changes the length. Chained replace() is much faster than translate() on
    # non-ASCII text.
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    for apostrophe in APOSTROPHES[1:]:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    text = text.replace("İ", "i")
    if language == "tr":
        return text.replace("I", "ı").lower()
    return text.casefold()


_lower_memo = lru_cache(maxsize=_MEMO_SIZE)(_lower_text)


def fold_word(text: str, language: str) -> str:
    """Fold a single token: language-aware lowercase and one apostrophe; no whitespace work.

    The same rule as :func:`fold`, without touching whitespace, so that offsets in the
    folded text are offsets in ``text`` whenever the lengths agree.
    """
    return _lower(text, language)


_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str, language: str, *, marks: bool = False, punctuation: bool = False) -> str:
    """The comparison key of claimsuite — every fold in the package is this function.

    Language-aware lowercase (Turkish ``I``/``ı`` and ``İ``/``i``), composed (NFC) whatever
    the input, every apostrophe (``'``, ``’`` …) as ``'``, single spaces, stripped. With
    ``marks`` circumflexes go (``Millî`` ~ ``milli``); with ``punctuation`` anything that is
    not a letter or digit is a space (``Bakanlığı'nın`` ~ ``bakanlığı nın``), for names.
    """
    if len(text) <= _MEMO_LONGEST:
        return _fold_memo(text, language, marks, punctuation)
    return _fold(text, language, marks, punctuation)


def _fold(text: str, language: str, marks: bool, punctuation: bool) -> str:
    folded = _lower(text, language)
    if marks:
        folded = strip_marks(folded)
    if punctuation:
        return " ".join(_NON_WORD.sub(" ", folded).split())
    return _WHITESPACE.sub(" ", folded).strip()


# Memoized: ~1,500 calls per seed-sized article, nearly all on the language data's phrases
# and the claim file's names, folded again by every search.
_fold_memo = lru_cache(maxsize=_MEMO_SIZE)(_fold)


def _char_pieces(text: str, language: str, marks: bool) -> tuple[str, list[int], list[int]]:
    """Fold ``text`` (without whitespace work) with breakpoints mapping folded to source.

    The common case maps one character to one, which needs a single breakpoint; otherwise
    (ß -> ss, a stray combining mark) every character gets its own.
    """
    folded = _lower(text, language)
    if marks:
        folded = folded.translate(_marks_table())
    if len(folded) == len(text):
        return folded, [0], [0]
    parts: list[str] = []
    keys: list[int] = []
    sources: list[int] = []
    pos = 0
    for index, char in enumerate(text):
        piece = _lower(char, language)
        if marks:
            piece = piece.translate(_marks_table())
        for offset, out in enumerate(piece):
            keys.append(pos + offset)
            sources.append(index)
            parts.append(out)
        pos += len(piece)
    return "".join(parts), keys, sources


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded comparison key of a text plus the map from key positions back to the text.

    The map is piecewise linear: key position ``k`` in the piece starting at ``_keys[i]``
    comes from source position ``_sources[i] + (k - _keys[i])``.
    """

    key: str
    source_length: int
    _keys: tuple[int, ...]
    _sources: tuple[int, ...]

    @classmethod
    def of(cls, text: str, language: str, *, marks: bool = False) -> Folded:
        """Fold ``text`` like :func:`fold` (and :func:`strip_marks` when ``marks``)."""
        if cls is not Folded:
            return cls._build(text, language, marks)
        if len(text) <= _FOLDED_LONGEST:
            return _folded_memo(text, language, marks)
        return _folded_long(text, language, marks)

    @classmethod
    def _build(cls, text: str, language: str, marks: bool) -> Folded:
        chars, char_keys, char_sources = _char_pieces(text, language, marks)
        if len(char_keys) == 1:
            return cls._of_aligned(chars, len(text))
        return cls._of_pieces(chars, char_keys, char_sources, len(text))

    @classmethod
    def _of_aligned(cls, chars: str, length: int) -> Folded:
        # One folded character per source character: only runs of two or more whitespace
        # characters shift offsets, so only they need a breakpoint, and the key itself can be
        # built by one regex substitution.
        body = chars.strip()
        lead = len(chars) - len(chars.lstrip()) if body else 0
        keys, sources = [0], [lead]
        key_pos, src_pos = 0, lead
        for run in _RUNS.finditer(chars, lead, lead + len(body)):
            key_pos += run.start() - src_pos + 1
            src_pos = run.end()
            keys.append(key_pos)
            sources.append(src_pos)
        return cls(_WHITESPACE.sub(" ", body), length, tuple(keys), tuple(sources))

    @classmethod
    def _of_pieces(
        cls, chars: str, char_keys: list[int], char_sources: list[int], length: int
    ) -> Folded:
        def source_of(char_pos: int) -> int:
            i = bisect_right(char_keys, char_pos) - 1
            return char_sources[i] + (char_pos - char_keys[i])

        parts: list[str] = []
        keys: list[int] = []
        sources: list[int] = []
        key_pos = 0
        cursor = 0

        def emit(start: int, end: int, replacement: str | None = None) -> None:
            # Copy chars[start:end] into the key, recording where each character came from.
            nonlocal key_pos
            for pos in range(start, end):
                keys.append(key_pos + pos - start)
                sources.append(source_of(pos))
            parts.append(chars[start:end] if replacement is None else replacement)
            key_pos += end - start

        for match in _WHITESPACE.finditer(chars):
            start, end = match.span()
            emit(cursor, start)
            if start > 0 and end < len(chars):
                emit(start, start + 1, " ")
            cursor = end
        emit(cursor, len(chars))
        if not keys:
            keys, sources = [0], [length]
        return cls("".join(parts), length, tuple(keys), tuple(sources))

    def _source(self, key_pos: int) -> int:
        i = bisect_right(self._keys, key_pos) - 1
        return self._sources[i] + (key_pos - self._keys[i])

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Turn the span ``key[start:end]`` into the span of the text it was folded from."""
        if not 0 <= start <= end <= len(self.key):
            msg = f"span {start}:{end} is outside the folded key of length {len(self.key)}"
            raise ValueError(msg)
        if start == end:
            if start == len(self.key):
                return self.source_length, self.source_length
            pos = self._source(start)
            return pos, pos
        return self._source(start), self._source(end - 1) + 1


# The searches of one article fold the same texts again and again (the article for each of
# ~35 names, a clause for each of four word lists): the last 128 folds are remembered
# (measured: a200 builds 3,018 with 32, 1,568 with 128, 1,509 with 512; at most ~16 MB,
# for texts of _FOLDED_LONGEST characters). A Folded is immutable, so sharing one is safe.
# Of texts over _FOLDED_LONGEST characters (a megabyte article, folded by a dozen
# whole-text searches) the last two are kept: an article is folded with and without its
# marks (the name index), and keeping one made the next plain search fold 10 MB again
# (~2 s).
_FOLDED_LONGEST = 1 << 16
_folded_memo = lru_cache(maxsize=128)(Folded._build)
_folded_long = lru_cache(maxsize=2)(Folded._build)
