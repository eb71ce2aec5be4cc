"""A linear tokenizer: numerals, words, apostrophes and single symbols, with the kind of
whitespace before each token so that patterns can refuse to run across a paragraph break."""

from __future__ import annotations

import re
from enum import IntEnum
from itertools import accumulate, chain
from typing import NamedTuple

from claimsuite.text.normalize import APOSTROPHES, fold_word

__all__ = ["MEMO_LONGEST", "Gap", "Kind", "Token", "token_columns", "tokenize", "tokenize_whole"]


class Kind(IntEnum):
    NUM = 1
    WORD = 2
    APOS = 3
    SYM = 4


class Gap(IntEnum):
    """What separates a token from the one before it."""

    GLUED = 0
    SPACE = 1
    PARAGRAPH = 2


# One alternative per kind, each unambiguous: a numeral's separators must be followed by a
# digit, so the repetition can only be taken one way and matching stays linear. The
# whitespace before a token is group 1, so that consecutive matches are contiguous and
# findall() (no match objects) gives everything: (space, num, word, apostrophe, symbol).
_TOKEN = re.compile(
    rf"(\s*)(?:([0-9]+(?:[.,][0-9]+)*)|([^\W\d_]+)|([{APOSTROPHES}])|(\S))"
)
# Where a long range may be cut: right after a token that whitespace follows, so that no
# token and no run of whitespace (its line breaks make the gap) is split.
_CUT = re.compile(r"\S(?=\s)")
_CHUNK = 1 << 14  # characters: findall's list stays small for a megabyte article


class Token(NamedTuple):
    # A named tuple, not a dataclass: a long article has millions of tokens and tuples are
    # several times cheaper to build.
    kind: Kind
    start: int
    end: int
    text: str
    low: str  # folded text, for words; the text itself otherwise
    gap: Gap


def tokenize(
    text: str,
    language: str,
    start: int = 0,
    end: int | None = None,
    lowered: str | None = None,
) -> list[Token]:
    """Split ``text[start:end]`` into tokens, dropping whitespace but noting it in ``gap``.

    ``lowered`` is ``fold_word(text, language)`` if the caller has it: slicing the folded
    text is far cheaper than folding each word. Folding keeps lengths unless the text has
    letters like ß; then words are folded one by one.
    """
    if lowered is None:
        if start == 0 and end is None and len(text) <= MEMO_LONGEST:
            # A fresh list each time: a caller may change its own.
            return list(_whole(text, language))
        lowered = fold_word(text, language)
    return _tokens(text, language, start, end, lowered)


def tokenize_whole(text: str, language: str, lowered: str) -> list[Token]:
    """``tokenize(text, language)``, tokenized now (``lowered`` is the text folded) and
    remembered for the next tokenize() of the whole text: mention extraction reads an
    article first, and the token table asks for the same tokens later. Extraction does its
    own work every time, as it did window by window (a repeated short text is its own
    memo's business)."""
    tokens = _tokens(text, language, 0, None, lowered)
    if len(text) <= MEMO_LONGEST:
        _remember((text, language), tuple(tokens))
    return tokens


# Several analyses tokenize the whole article (mention extraction, the token table): its
# tokens are remembered, for texts up to MEMO_LONGEST characters (a token list is ~100
# bytes a token). The last 16 texts, oldest first: between the article's extraction and
# its token table the checks tokenize a few clauses (~3 per article), which evicted it
# from a memo of 4.
MEMO_LONGEST = 1 << 16
_WHOLE: dict[tuple[str, str], tuple[Token, ...]] = {}
_WHOLE_SIZE = 16


def _whole(text: str, language: str) -> tuple[Token, ...]:
    tokens = _WHOLE.get((text, language))
    if tokens is None:
        tokens = tuple(_tokens(text, language, 0, None, fold_word(text, language)))
    _remember((text, language), tokens)
    return tokens


def _remember(key: tuple[str, str], tokens: tuple[Token, ...]) -> None:
    _WHOLE.pop(key, None)
    _WHOLE[key] = tokens  # the newest last
    if len(_WHOLE) > _WHOLE_SIZE:
        del _WHOLE[next(iter(_WHOLE))]


def token_columns(
    text: str, language: str, start: int, stop: int, lowered: str
) -> tuple[bytes, list[int], list[int], list[str], bytes]:
    """The tokens ``tokenize(text, language, start, stop, lowered)`` gives, as columns:
    ``(kinds, starts, ends, lows, gaps)``, kinds and gaps as the int values of :class:`Kind`
    and :class:`Gap`. No tuple is built per token: the token table of a 10 MB article reads
    2.5 million of them (measured: ~2x faster than tokenize() and transposing its tuples).
    The whole range is matched at once: give it in pieces of tens of thousands of characters.
    """
    rows = _TOKEN.findall(text, start, stop)
    blanks = [row[0] for row in rows]
    # A row has exactly one of its numeral, word, apostrophe and symbol groups non-empty.
    surfaces = [num or word or apos or sym for _, num, word, apos, sym in rows]
    kinds = bytes([2 if word else 1 if num else 3 if apos else 4 for _, num, word, apos, _ in rows])
    gaps = bytes([(2 if blank.count("\n") >= 2 else 1) if blank else 0 for blank in blanks])
    # Offsets: each blank, then each token, follows the one before.
    lengths = chain.from_iterable(zip(map(len, blanks), map(len, surfaces), strict=True))
    marks = list(accumulate(lengths, initial=start))
    starts, ends = marks[1::2], marks[2::2]
    if len(lowered) == len(text):
        lows = [
            lowered[first:last] if kind == 2 else "'" if kind == 3 else surface
            for kind, first, last, surface in zip(kinds, starts, ends, surfaces, strict=True)
        ]
    else:
        lows = [
            fold_word(surface, language) if kind == 2 else "'" if kind == 3 else surface
            for kind, surface in zip(kinds, surfaces, strict=True)
        ]
    return kinds, starts, ends, lows, gaps


def _tokens(text: str, language: str, start: int, end: int | None, lowered: str) -> list[Token]:
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    while start < stop:
        cut = stop
        if stop - start > _CHUNK and (after := _CUT.search(text, start + _CHUNK, stop)):
            cut = after.end()
        _chunk(text, language, start, cut, lowered, tokens)
        start = cut
    return tokens


def _chunk(
    text: str, language: str, start: int, stop: int, lowered: str, tokens: list[Token]
) -> None:
    """Append the tokens of ``text[start:stop]`` to ``tokens``; ``start`` follows a token
    (or is where tokenizing began) and ``stop`` ends one or the range."""
    aligned = len(lowered) == len(text)
    append = tokens.append
    # tuple.__new__ builds the named tuple without the Python-level Token.__new__ frame:
    # this loop makes ~300 tokens per seed-sized article, several times over.
    new = tuple.__new__
    num_kind, word_kind, apos_kind, sym_kind = Kind.NUM, Kind.WORD, Kind.APOS, Kind.SYM
    glued, space, paragraph = Gap.GLUED, Gap.SPACE, Gap.PARAGRAPH
    pos = start
    for blank, num, word, apos, sym in _TOKEN.findall(text, start, stop):
        if blank:
            pos += len(blank)
            gap = paragraph if blank.count("\n") >= 2 else space
        else:
            gap = glued
        if word:
            last = pos + len(word)
            low = lowered[pos:last] if aligned else fold_word(word, language)
            append(new(Token, (word_kind, pos, last, word, low, gap)))
        elif num:
            last = pos + len(num)
            append(new(Token, (num_kind, pos, last, num, num, gap)))
        elif apos:
            last = pos + 1
            append(new(Token, (apos_kind, pos, last, apos, "'", gap)))  # any apostrophe is "'"
        else:
            last = pos + 1
            append(new(Token, (sym_kind, pos, last, sym, sym, gap)))
        pos = last
