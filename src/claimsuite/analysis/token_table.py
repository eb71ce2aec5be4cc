"""The article's tokens once, in flat arrays: what the word index (CS503, CS504, CS607) and
the name index (CS501, CS502) are built from.

A long article has a quarter of a million tokens per megabyte. As :class:`Token` tuples
(with their offsets, surface and folded strings) that is ~40 MB per MB of text, and the two
indexes used to tokenize it once each; here a token is one byte of kind, one of gap, two
4-byte offsets and a pointer to its folded word, which is shared by every occurrence of
that word (~18 bytes a token). :meth:`TokenTable.token` rebuilds a :class:`Token` when a
caller wants one. The text is tokenized in pieces of about 64 K characters so that the
transient token lists stay small; the tokens, offsets and gaps are exactly those of one
:func:`~claimsuite.text.tokens.tokenize` call over the whole text.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress

from claimsuite.text.normalize import fold_word
from claimsuite.text.tokens import Gap, Kind, Token, token_columns, tokenize

__all__ = ["GAPS", "KINDS", "WORD", "TokenTable", "offsets", "token_table"]

_CHUNK = 1 << 16  # characters tokenized at a time
# Kind and Gap by value: indexing a tuple is far cheaper than calling the enum.
KINDS: tuple[Kind | None, ...] = (None, Kind.NUM, Kind.WORD, Kind.APOS, Kind.SYM)
GAPS: tuple[Gap, ...] = (Gap.GLUED, Gap.SPACE, Gap.PARAGRAPH)
WORD = int(Kind.WORD)
_IS_WORD = WORD.__eq__


def offsets(length: int) -> array:
    """An empty array for character offsets into a text of ``length`` characters."""
    return array("i" if length < 2**31 else "q")


class TokenTable:
    """The tokens of ``text`` (see the module docstring).

    ``kinds[i]`` and ``gaps[i]`` are the int values of :class:`Kind` and :class:`Gap`;
    ``starts[i]``, ``ends[i]`` character offsets into ``text``; ``lows[i]`` the folded
    text of a word (the text itself for other tokens, ``"'"`` for an apostrophe), one
    string object per distinct value. ``by_low`` maps each folded word to the positions of
    its word tokens, in order.
    """

    __slots__ = ("by_low", "ends", "gaps", "kinds", "language", "lows", "starts", "text")

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        # Each piece is folded on its own (folding the whole of a 10 MB article at once
        # peaks at ~145 MB). Pieces are cut at blanks, where folding has no context, so a
        # piece's folded text is the whole text's folded there whenever no piece changes
        # length; tokenize() folds word by word when the whole text's length changes, and
        # so does a piece given "" as its folded text (see _folding).
        stops = _stops(text)
        whole, aligned = _folding(text, language, stops) if len(stops) > 1 else (None, True)
        kinds = bytearray()
        gaps = bytearray()
        starts = offsets(len(text))
        ends = offsets(len(text))
        lows: list[str] = []
        shared: dict[str, str] = {}
        by_low: dict[str, array] = {}
        at = 0
        for stop in stops:
            if len(stops) == 1:
                # One piece (an article up to MEMO_LONGEST characters): the whole text's
                # tokens, which tokenize() remembers for mention extraction to share.
                base, columns = 0, _transposed(tokenize(text, language))
            elif whole is not None:
                base, columns = 0, token_columns(text, language, at, stop, whole)
            else:
                piece = text[at:stop]
                lowered = fold_word(piece, language) if aligned else ""
                base, columns = at, token_columns(piece, language, 0, len(piece), lowered)
            chunk_kinds, chunk_starts, chunk_ends, chunk_lows, chunk_gaps = columns
            if not chunk_kinds:
                continue  # only blanks so far: read on from the same place
            first = len(lows)
            kinds.extend(chunk_kinds)
            gaps.extend(chunk_gaps)
            if base:
                starts.extend(map(base.__add__, chunk_starts))
                ends.extend(map(base.__add__, chunk_ends))
            else:  # measured: ~3x faster than mapping a zero add over each offset
                starts.extend(chunk_starts)
                ends.extend(chunk_ends)
            lows.extend(map(shared.setdefault, chunk_lows, chunk_lows))
            # measured: the loop over word tokens only, ~2x faster than over all tokens
            words = compress(range(first, len(lows)), map(_IS_WORD, chunk_kinds))
            for index in words:
                low = lows[index]
                positions = by_low.get(low)
                if positions is None:
                    positions = by_low[low] = array("i")
                positions.append(index)
            # The next piece starts where the last token ended, so that the gap before its
            # first token is measured from there, as one pass over the text would.
            at = base + chunk_ends[-1]
        self.kinds = bytes(kinds)
        self.gaps = bytes(gaps)
        self.starts = starts
        self.ends = ends
        self.lows = lows
        self.by_low = by_low

    def __len__(self) -> int:
        return len(self.kinds)

    def token(self, index: int) -> Token:
        """The token at ``index`` as :func:`~claimsuite.text.tokens.tokenize` gives it."""
        start, end = self.starts[index], self.ends[index]
        return Token(
            KINDS[self.kinds[index]], start, end, self.text[start:end], self.lows[index],
            GAPS[self.gaps[index]],
        )

    def words(self) -> Iterator[tuple[int, int, int, str]]:
        """``(index, start, end, low)`` of every word token, in order."""
        starts, ends, lows = self.starts, self.ends, self.lows
        for index, kind in enumerate(self.kinds):
            if kind == WORD:
                yield index, starts[index], ends[index], lows[index]


def _transposed(tokens: list[Token]) -> tuple[bytes, list[int], list[int], list[str], bytes]:
    """:func:`~claimsuite.text.tokens.token_columns` of the tokens ``tokenize()`` gave."""
    if not tokens:
        return b"", [], [], [], b""
    kinds, starts, ends, _, lows, gaps = zip(*tokens, strict=True)
    return bytes(kinds), list(starts), list(ends), list(lows), bytes(gaps)


def _stops(text: str) -> list[int]:
    """Where the pieces of ``text`` end: about every ``_CHUNK`` characters, at a blank."""
    out: list[int] = []
    stop = 0
    while stop < len(text):
        stop = _cut(text, stop + _CHUNK)
        out.append(stop)
    return out


def _folding(text: str, language: str, stops: list[int]) -> tuple[str | None, bool]:
    """How to fold the pieces ending at ``stops`` as folding ``text`` at once would:
    ``(None, True)`` each piece on its own, sliced (no piece changes length);
    ``(None, False)`` word by word (the text's length changes, as tokenize() then does);
    ``(folded text, True)`` the whole text at once, in the odd case where pieces change
    length but the changes cancel out (then tokenize() slices the whole folded text)."""
    changes = [
        len(fold_word(text[a:b], language)) - (b - a)
        for a, b in zip([0, *stops], stops, strict=False)
    ]
    if not any(changes):
        return None, True
    if sum(changes):
        return None, False
    return fold_word(text, language), True


def _cut(text: str, at: int) -> int:
    """Where a piece ending at or after ``at`` may end: at a space or line break (no token
    runs across one), or at the end of the text."""
    if at >= len(text):
        return len(text)
    found = [i for i in (text.find(" ", at), text.find("\n", at)) if i != -1]
    return min(found) if found else len(text)


@lru_cache(maxsize=1)
def token_table(text: str, language: str) -> TokenTable:
    """The article's token table; every index of one article shares it (the last article's
    is kept, as the checks of one article ask for it one after another)."""
    return TokenTable(text, language)
