"""A linear tokenizer: numerals, words, apostrophes and single symbols, with the kind of
whitespace before each token so that patterns can refuse to run across a paragraph break."""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache
from typing import NamedTuple

from claimsuite.text.normalize import APOSTROPHES, fold_word

__all__ = ["Gap", "Kind", "Token", "tokenize"]


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
# digit, so the repetition can only be taken one way and matching stays linear. The groups
# are in the order of Kind's values: tokenize() reads the kind off match.lastindex.
_TOKEN = re.compile(
    rf"(?P<num>[0-9]+(?:[.,][0-9]+)*)|(?P<word>[^\W\d_]+)|(?P<apos>[{APOSTROPHES}])|(?P<sym>\S)"
)


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
        if start == 0 and end is None and len(text) <= _MEMO_LONGEST:
            # A fresh list each time: a caller may change its own.
            return list(_whole(text, language))
        lowered = fold_word(text, language)
    return _tokens(text, language, start, end, lowered)


# Several analyses tokenize the whole article (spelling, the word index): its tokens are
# remembered, for texts up to _MEMO_LONGEST characters (a token list is ~100 bytes a token).
_MEMO_LONGEST = 1 << 16


@lru_cache(maxsize=4)
def _whole(text: str, language: str) -> tuple[Token, ...]:
    return tuple(_tokens(text, language, 0, None, fold_word(text, language)))


def _tokens(text: str, language: str, start: int, end: int | None, lowered: str) -> list[Token]:
    aligned = len(lowered) == len(text)
    tokens: list[Token] = []
    append = tokens.append
    # tuple.__new__ builds the named tuple without the Python-level Token.__new__ frame:
    # this loop makes ~300 tokens per seed-sized article, several times over.
    new = tuple.__new__
    previous_end = start
    count = text.count
    # The groups of _TOKEN are numbered as the kinds are: match.lastindex is the kind.
    kinds = (None, Kind.NUM, Kind.WORD, Kind.APOS, Kind.SYM)
    glued, space, paragraph = Gap.GLUED, Gap.SPACE, Gap.PARAGRAPH
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        first, last = match.span()
        if first == previous_end:
            gap = glued
        elif count("\n", previous_end, first) >= 2:
            gap = paragraph
        else:
            gap = space
        kind = match.lastindex
        surface = match.group()
        if kind == 2:  # a word: its folded text
            low = lowered[first:last] if aligned else fold_word(surface, language)
        elif kind == 3:  # any apostrophe is "'"
            low = "'"
        else:
            low = surface
        append(new(Token, (kinds[kind], first, last, surface, low, gap)))
        previous_end = last
    return tokens
