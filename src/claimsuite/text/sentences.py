"""Sentence splitting for news prose: terminal punctuation before a capital, and line breaks
(a heading without a full stop is a sentence of its own)."""

from __future__ import annotations

import re

from claimsuite.text.language import LanguageData

__all__ = ["split_sentences"]

# Each candidate boundary is a line break or a run of terminal punctuation with any closing
# quotes; the candidates do not overlap, so one scan finds them all.
_CANDIDATE = re.compile(r"\n|[.!?…]+[\"'”’»)\]]*")
_NEXT = re.compile(r"[^\S\n]*(\S?)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\Z")
_DIGITS_BEFORE = re.compile(r"(?<![0-9.,])([0-9]{1,3})\Z")
_OPENERS = frozenset("\"'“‘«([")
_LOOKBEHIND = 24


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _OPENERS


def _is_abbreviation(text: str, dot: int, data: LanguageData) -> bool:
    window = text[max(0, dot - _LOOKBEHIND) : dot]
    word = _WORD_BEFORE.search(window)
    if word is None:
        # Turkish writes ordinals as "2. Dünya Savaşı"; a short bare number is no ending.
        return data.code == "tr" and _DIGITS_BEFORE.search(window) is not None
    letters = word.group(1)
    if "." in letters:
        return True  # U.S., e.g: initials
    if len(letters) == 1 and letters.isupper():
        return True  # J. Smith
    return letters.casefold() in data.abbreviations or letters.lower() in data.abbreviations


def split_sentences(text: str, data: LanguageData) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text``, trimmed of surrounding whitespace, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group() == "\n":
            cut = match.start()
            next_start = match.end()
        else:
            cut = match.end()
            if cut < len(text):
                if not text[cut].isspace():
                    continue
                following = _NEXT.match(text, cut)
                char = following.group(1) if following else ""
                if char and not _starts_sentence(char):
                    continue
            if match.group()[0] == "." and len(match.group()) == 1:
                if _is_abbreviation(text, match.start(), data):
                    continue
            next_start = cut
        s, e = _strip(text, start, cut)
        if s < e:
            spans.append((s, e))
        start = next_start
    s, e = _strip(text, start, len(text))
    if s < e:
        spans.append((s, e))
    return tuple(spans)
