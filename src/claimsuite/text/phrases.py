"""Phrases about periods that are not figures: base-period markers (``year on year``,
``geçen yılın aynı dönemine göre``, ``aynı dönemde``) and the period-looking phrases the
grammar could not read, so that a caller asks a question naming the phrase instead of
giving a verdict."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from claimsuite.claims.periods import Period
from claimsuite.text.language import load_language
from claimsuite.text.mentions import MentionKind, extract_mentions
from claimsuite.text.mentions.resolve import prior_period
from claimsuite.text.mentions.resolve import shift_years as _shift_years
from claimsuite.text.search import find_words

__all__ = ["BaseMarker", "Unread", "base_markers_in", "unread_in"]

# How many words before a cue an unread phrase shows: "the past three quarters".
_WORDS_BEFORE = 3
_WORD_BEFORE = re.compile(r"(?:[^\W_]+[\s'’-]*){1,3}\Z")
_TIME_KINDS = frozenset(
    {MentionKind.PERIOD, MentionKind.DATE, MentionKind.YEAR, MentionKind.RELATIVE}
)


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class BaseMarker(NamedTuple):
    """A phrase naming the base of a comparison: ``offset`` years before the period the
    sentence names (-1: "year on year", "yıllık"), or that period itself (0: "in the same
    period"); with ``unit`` "period", ``offset`` periods of its own length before it (-1:
    "bir önceki aya göre", "aylık", "over the month": the month before a month)."""

    start: int
    end: int
    phrase: str
    offset: int
    unit: str = "year"

    def base_of(self, period: Period) -> Period | None:
        """The base period this marker names for a claim about ``period``."""
        if self.unit == "year":
            return _shift_years(period, self.offset)
        return prior_period(period, -self.offset)


class Unread(NamedTuple):
    """A period-looking phrase no mention reads: ``text[start:end]``, and its cue word."""

    start: int
    end: int
    phrase: str
    cue: str


@cache
def _base_entries(language: str) -> tuple[dict[str, tuple[str, int]], tuple[str, ...]]:
    """The base-period markers of a language: phrase -> (unit, offset), and the phrases."""
    data = load_language(language)
    entries = {**{k: ("period", v) for k, v in data.prior_period.items()},
               **{k: ("year", v) for k, v in data.same_period.items()}}  # fmt: skip
    return entries, tuple(entries)


def base_markers_in(
    text: str, language: str, start: int = 0, end: int | None = None
) -> list[BaseMarker]:
    """The base-period markers of ``[periods] same_period`` and ``prior_period`` in
    ``text[start:end]``, in text order (the longest phrase where two overlap)."""
    stop = len(text) if end is None else end
    entries, phrases = _base_entries(language)
    found = sorted(
        find_words(text[start:stop], phrases, language), key=lambda f: (f[0], f[0] - f[1])
    )
    out: list[BaseMarker] = []
    for a, b, entry in found:
        if out and a + start < out[-1].end:
            continue  # inside a longer marker: "aylık bazda" is one
        unit, offset = entries[entry]
        out.append(BaseMarker(a + start, b + start, text[a + start : b + start], offset, unit))
    return out


def unread_in(text: str, language: str, start: int = 0, end: int | None = None) -> list[Unread]:
    """Period phrases in ``text[start:end]`` the grammar could not read.

    A phrase is a cue word of ``[periods] cues`` (``ay``, ``dönem``, ``months``,
    ``quarter`` …) that no time mention covers and that is not a base-period marker, shown
    with up to three words before it ("the past three quarters").
    """
    # A fresh list each time: the caller owns it.
    return list(_unread_in(text, language, start, len(text) if end is None else end))


# Memoized: the checks ask about the same passage of an article for each claim that quotes
# it (a third of the calls repeat one).
@lru_cache(maxsize=64)
def _unread_in(text: str, language: str, start: int, stop: int) -> tuple[Unread, ...]:
    data = load_language(language)
    span = text[start:stop]
    cues = find_words(span, data.period_cues, language)
    if not cues:
        # nothing to read: skip extracting the span's mentions (measured: most sentences
        # the verdicts ask about hold no period cue)
        return ()
    covered = [(m.start, m.end) for m in extract_mentions(span, language) if m.kind in _TIME_KINDS]
    markers = base_markers_in(text, language, start, stop)
    covered += [(m.start - start, m.end - start) for m in markers]
    blocked = [(a, b) for a, b, _ in find_words(span, data.not_cues, language)]
    out: list[Unread] = []
    for a, b, cue in cues:
        if any(x < b and a < y for x, y in covered) or any(x <= a and b <= y for x, y in blocked):
            continue
        before = _WORD_BEFORE.search(span, max(0, a - 60), a)
        first = before.start() if before is not None else a
        if out and first + start <= out[-1].end:
            # "the past three fiscal quarters": one phrase with two cues.
            first = out[-1].start - start
            out.pop()
        out.append(Unread(first + start, b + start, span[first:b], cue))
    return tuple(out)
