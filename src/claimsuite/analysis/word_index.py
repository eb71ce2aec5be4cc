"""The article's words indexed by folded text, and a phrase found in them whole: a Turkish
word may go on into an inflection (glued, or after an apostrophe), which the language's
suffix table decides; an English one only into a plural or possessive ``s``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from claimsuite.analysis.token_table import WORD, token_table
from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import fold
from claimsuite.text.tokens import Gap, Kind, Token

_EN_ENDINGS = ("", "s", "es")
_APOS, _GLUED, _SPACE = int(Kind.APOS), int(Gap.GLUED), int(Gap.SPACE)


class WordIndex:
    """The article's tokens, with the word tokens indexed by folded text.

    The tokens are the article's shared :class:`~claimsuite.analysis.token_table.TokenTable`
    (flat arrays: a 10 MB article has 2.5 million tokens); ``by_low`` maps a folded word to
    the positions of its tokens.
    """

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.table = token_table(text, language)
        self.by_low = self.table.by_low
        self.lows = sorted(self.by_low)

    def starting_with(self, prefix: str) -> Iterator[str]:
        """The distinct folded words that start with ``prefix``."""
        at = bisect_left(self.lows, prefix)
        while at < len(self.lows) and self.lows[at].startswith(prefix):
            yield self.lows[at]
            at += 1

    def ending_after(self, index: int) -> tuple[int, str]:
        """The end of the word at ``index`` with a suffix glued after an apostrophe
        (``Bakanlığı'nın``), and that suffix with its apostrophe."""
        table = self.table
        kinds, gaps, ends = table.kinds, table.gaps, table.ends
        if (
            index + 2 < len(kinds)
            and kinds[index + 1] == _APOS
            and gaps[index + 1] == _GLUED
            and kinds[index + 2] == WORD
            and gaps[index + 2] == _GLUED
        ):
            return ends[index + 2], self.text[ends[index] : ends[index + 2]]
        return ends[index], ""

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens starting in ``[start, end)``."""
        starts = self.table.starts
        token = self.table.token
        return [
            token(i) for i in range(bisect_left(starts, start), bisect_left(starts, end))
        ]

    def words(self) -> Iterator[tuple[int, int, str]]:
        """``(start, end, low)`` of every word token, in order."""
        for _, start, end, low in self.table.words():
            yield start, end, low


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
    table = words.table
    kinds, gaps, lows = table.kinds, table.gaps, table.lows
    if index + len(wanted) > len(kinds):
        return None
    if index and kinds[index - 1] == _APOS and gaps[index] == _GLUED:
        return None  # the suffix of another word: "ABD'de"
    for offset, word in enumerate(wanted):
        at = index + offset
        if kinds[at] != WORD or (offset and gaps[at] != _SPACE):
            return None
        last = offset == len(wanted) - 1
        if not last:
            if lows[at] != word:
                return None
            continue
        low = lows[at]
        length = _ending(low, word, data, words.language)
        if length is None:
            return None
        start = table.starts[index]
        end = table.starts[at] + length
        if length < len(low):
            return start, end, table.ends[at], words.text[end : table.ends[at]]
        word_end, ending = words.ending_after(at)
        return start, end, word_end, ending
    return None
