"""Text helpers of the fuzzy quote search: an alignment grown to whole words and run on to a
quote's first and last words, and a text's key with each figure as a token of its value."""

from __future__ import annotations

import re

from claimsuite.text.mentions import Mention
from claimsuite.text.normalize import fold

# The end of a sentence or a line: a passage never runs over one to reach a quote's word.
_BREAK = re.compile(r"\n|[.!?](?:\s|$)")


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a fuzzy alignment to whole words so that figures are not cut in half."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _canonical(
    text: str, mentions: tuple[Mention, ...] | list[Mention], start: int, end: int,
    language: str,
) -> str:
    """``text[start:end]`` folded, each figure inside it replaced by a token of its value."""
    out: list[str] = []
    at = start
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < at or m.end > end:
            continue
        out.append(fold(text[at : m.start], language))
        out.append(f" #{m.kind.value}:{m.value}:{m.upper}:{m.unit}:{m.period}:{m.relative}# ")
        at = m.end
    out.append(fold(text[at:end], language))
    return "".join(out)


def _run_on_to(sentence: str, end: int, quote: str, language: str) -> int:
    """Move ``end`` on to the quote's last word when it stands a little further on."""
    words = re.findall(r"[^\W_]+", quote)
    if not words:
        return end
    last = fold(words[-1], language)
    window = sentence[end : end + max(20, len(quote) // 3)]
    for found in re.finditer(r"[^\W_]+", window):
        if fold(found.group(), language) == last:
            if _BREAK.search(window, 0, found.start()):
                return end
            return end + found.end()
    return end


def _run_back_to(sentence: str, start: int, quote: str, language: str) -> int:
    """Move ``start`` back to the quote's first word when it stands a little before."""
    words = re.findall(r"[^\W_]+", quote)
    if not words:
        return start
    first = fold(words[0], language)
    begin = max(0, start - max(20, len(quote) // 3))
    found_at = None
    for found in re.finditer(r"[^\W_]+", sentence[begin:start]):
        if fold(found.group(), language) == first:
            found_at = begin + found.start()
    if found_at is None or _BREAK.search(sentence, found_at, start):
        return start  # never back over the end of a sentence or a heading
    return found_at
