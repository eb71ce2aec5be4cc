"""Sentence splitting for news prose: terminal punctuation before a capital, paragraph breaks,
and headings (a title-like line without a full stop is a sentence of its own, and so is the
article's first line, the headline, in any case). A single line break inside a sentence is
only reflowed text and does not end it."""

from __future__ import annotations

import re

from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import fold_word

__all__ = ["split_sentences"]

# Each candidate boundary is a line break or a run of terminal punctuation with any closing
# quotes; the candidates do not overlap, so one scan finds them all.
_CANDIDATE = re.compile(r"\n|[.!?…]+[\"'”’»)\]]*")
_NEXT = re.compile(r"\s*(\S?)")
_BLANK_LINE = re.compile(r"[^\S\n]*(?:\n|\Z)")
_NON_SPACE = re.compile(r"\S")
_LETTERS = re.compile(r"[^\W\d_]+")
# Words this short (ve, and, of, the) are left lowercase in title-case headings.
_SHORT_WORD = 3
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\Z")
_DIGITS_BEFORE = re.compile(r"(?<![0-9.,])([0-9]{1,3})\Z")
_OPENERS = frozenset("\"'“‘«([")
# A line ending in one of these goes on in the next: no headline ends so.
_RUNS_ON = frozenset(",;:-–—(/&")
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
    return fold_word(letters, data.code) in data.abbreviations


def _is_heading(line: str) -> bool:
    """A title-like line: its longer words are capitalised (or it is all capitals)."""
    words = [w for w in _LETTERS.findall(line) if len(w) > _SHORT_WORD]
    if not words:
        return bool(line.strip())
    return sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _is_headline(text: str, line_start: int, line: str, data: LanguageData) -> bool:
    """The article's first line without a full stop is its headline, in sentence case too
    ("Mamdani wins New York mayor's race as turnout tops 2 million"), with the body right
    after it; unless it ends the way no headline does ("... said on Thursday that")."""
    # Anything but blanks before this line? (A search, not text[:line_start].strip(): that
    # copied the article up to every line break, quadratic in a long article.)
    if _NON_SPACE.search(text, 0, line_start) or not line or line[-1] in _RUNS_ON:
        return False
    last = _LETTERS.findall(line)
    return not last or fold_word(last[-1], data.code) not in data.runs_on


def _line_break_ends_sentence(
    text: str, text_start: int, newline: int, data: LanguageData
) -> bool:
    """Whether the line break at ``newline`` ends the sentence whose first non-space
    character is at ``text_start``."""
    if _BLANK_LINE.match(text, newline + 1) is not None:
        return True  # a paragraph break (or the last line)
    line_start = text.rfind("\n", 0, newline) + 1
    if text_start < line_start:
        return False  # the sentence began on an earlier line: reflowed text
    following = _NEXT.match(text, newline + 1)
    if following is None or not _starts_sentence(following.group(1)):
        return False  # the next line goes on with this sentence
    line = text[line_start:newline].strip()
    if _is_headline(text, line_start, line, data):
        return True
    if not _is_heading(line):
        return False
    if line.isupper():
        return True
    # Hard-wrapped prose breaks a line only when the next word does not fit; a heading is
    # broken on purpose, so the next line's first word would have fitted after it.
    next_end = text.find("\n", newline + 1)
    next_line = text[newline + 1 : len(text) if next_end == -1 else next_end].strip()
    first_word = next_line.split(maxsplit=1)[0]
    return len(line) + 1 + len(first_word) <= len(next_line)


def split_sentences(text: str, data: LanguageData) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text``, trimmed of surrounding whitespace, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    text_start: int | None = None  # first non-space of the current sentence, found once
    for match in _CANDIDATE.finditer(text):
        if match.group() == "\n":
            if text_start is None or text_start < start:
                found = _NON_SPACE.search(text, start)
                text_start = len(text) if found is None else found.start()
            if not _line_break_ends_sentence(text, text_start, match.start(), data):
                continue
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
            if match.group() == "." and _is_abbreviation(text, match.start(), data):
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
