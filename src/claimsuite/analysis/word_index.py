"""The article's words indexed by folded text, and a phrase found in them whole: a Turkish
word may go on into an inflection (glued, or after an apostrophe), which the language's
suffix table decides; an English one only into a plural or possessive ``s``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cached_property

from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import fold
from claimsuite.text.tokens import Gap, Kind, Token, tokenize

_EN_ENDINGS = ("", "s", "es")


class WordIndex:
    """The article's tokens, with the word tokens indexed by folded text."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.tokens: list[Token] = tokenize(text, language)
        by_low: dict[str, list[int]] = {}
        for index, token in enumerate(self.tokens):
            if token.kind is Kind.WORD:
                by_low.setdefault(token.low, []).append(index)
        self.by_low = by_low
        self.lows = sorted(by_low)

    def starting_with(self, prefix: str) -> Iterator[str]:
        """The distinct folded words that start with ``prefix``."""
        at = bisect_left(self.lows, prefix)
        while at < len(self.lows) and self.lows[at].startswith(prefix):
            yield self.lows[at]
            at += 1

    def ending_after(self, index: int) -> tuple[int, str]:
        """The end of the word at ``index`` with a suffix glued after an apostrophe
        (``Bakanlığı'nın``), and that suffix with its apostrophe."""
        tokens = self.tokens
        token = tokens[index]
        if (
            index + 2 < len(tokens)
            and tokens[index + 1].kind is Kind.APOS
            and tokens[index + 1].gap is Gap.GLUED
            and tokens[index + 2].kind is Kind.WORD
            and tokens[index + 2].gap is Gap.GLUED
        ):
            return tokens[index + 2].end, self.text[token.end : tokens[index + 2].end]
        return token.end, ""

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens starting in ``[start, end)``."""
        starts = self.starts
        return self.tokens[bisect_left(starts, start) : bisect_left(starts, end)]

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def word_spans(self) -> list[tuple[int, int, str]]:
        return [(t.start, t.end, t.low) for t in self.tokens if t.kind is Kind.WORD]


def _ending(low: str, word: str, data: LanguageData, language: str) -> int | None:
    """How much of folded ``low`` is ``word``, when ``low`` is ``word`` or ``word`` with an
    ending; ``None`` otherwise."""
    if low == word:
        return len(word)
    if language == "tr":
        return len(word) if data.word_is(low, word) else None
    if any(low == word + e for e in _EN_ENDINGS):
        return len(word)
    return None


def find_form(
    words: WordIndex, form: str, data: LanguageData
) -> Iterator[tuple[int, int, int, str]]:
    """``(start, end, word_end, ending)`` of every occurrence of ``form`` (one or more
    words) in the article, whole words only, the last one with an ending."""
    wanted = fold(form, words.language).split()
    if not wanted:
        return
    first = wanted[0]
    lows = [first] if len(wanted) > 1 else list(words.starting_with(first))
    for low in lows:
        for index in words.by_low.get(low, ()):
            found = _match_at(words, index, wanted, data)
            if found is not None:
                yield found


def _match_at(
    words: WordIndex, index: int, wanted: list[str], data: LanguageData
) -> tuple[int, int, int, str] | None:
    tokens = words.tokens
    if index + len(wanted) > len(tokens):
        return None
    if index and tokens[index - 1].kind is Kind.APOS and tokens[index].gap is Gap.GLUED:
        return None  # the suffix of another word: "ABD'de"
    for offset, word in enumerate(wanted):
        token = tokens[index + offset]
        if token.kind is not Kind.WORD or (offset and token.gap is not Gap.SPACE):
            return None
        last = offset == len(wanted) - 1
        if not last:
            if token.low != word:
                return None
            continue
        length = _ending(token.low, word, data, words.language)
        if length is None:
            return None
        start = tokens[index].start
        end = token.start + length
        if length < len(token.low):
            return start, end, token.end, words.text[end : token.end]
        word_end, ending = words.ending_after(index + offset)
        return start, end, word_end, ending
    return None
