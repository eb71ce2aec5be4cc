"""Finding words, phrases and names in article text despite case, apostrophe style,
reflowed whitespace and (for Turkish) suffixes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimsuite.text.language import load_language
from claimsuite.text.normalize import Folded, fold, strip_marks

__all__ = ["find_name", "find_phrases", "find_words", "hedges_in"]


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _word_end(key: str, pos: int) -> int:
    while pos < len(key) and _is_word_char(key[pos]):
        pos += 1
    return pos


def _occurrences(key: str, needle: str) -> Iterable[int]:
    pos = key.find(needle)
    while pos != -1:
        yield pos
        pos = key.find(needle, pos + 1)


def find_phrases(text: str, phrases: Iterable[str], language: str) -> list[tuple[int, int, str]]:
    """Source spans ``(start, end, phrase)`` of ``phrases`` in ``text``, in text order.

    Matches start at a word boundary. In Turkish the last word may go on into a suffix
    (``bildiril`` finds ``bildirildi``, and the span covers the whole word); in English it
    must end at a word boundary. A phrase starting with ``-`` is a suffix found inside a
    word (``-acak`` finds ``gerçekleşecek``). Where matches overlap the longer one wins.
    """
    folded = Folded.of(text, language)
    key = folded.key
    hits: list[tuple[int, int, str]] = []
    for phrase in phrases:
        inner = phrase.startswith("-")
        needle = fold(phrase[1:] if inner else phrase, language)
        if not needle:
            continue
        for pos in _occurrences(key, needle):
            end = pos + len(needle)
            before = key[pos - 1] if pos else ""
            if inner:
                if not (before and _is_word_char(before)):
                    continue
                start = pos
                while start > 0 and _is_word_char(key[start - 1]):
                    start -= 1
                hits.append((*folded.source_span(start, _word_end(key, end)), phrase))
                continue
            if before and _is_word_char(before):
                continue
            if end < len(key) and _is_word_char(key[end]):
                if language != "tr":
                    continue
                end = _word_end(key, end)
            hits.append((*folded.source_span(pos, end), phrase))
    hits.sort(key=lambda h: (h[0], -h[1]))
    kept: list[tuple[int, int, str]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept


def find_name(text: str, name: str, language: str, *, marks: bool = False) -> list[tuple[int, int]]:
    """Source spans of the proper name ``name`` in ``text``.

    Case-insensitive (Turkish-aware), whitespace-tolerant, whole words only; a Turkish
    suffix may follow only after an apostrophe (``Şimşek'in``, not ``Şimşekoğlu``). With
    ``marks`` a circumflex does not count (``Milli`` finds ``Millî``).
    """
    folded = Folded.of(text, language, marks=marks)
    key = folded.key
    needle = fold(strip_marks(name) if marks else name, language)
    if marks:
        needle = strip_marks(needle)
    if not needle:
        return []
    spans: list[tuple[int, int]] = []
    for pos in _occurrences(key, needle):
        end = pos + len(needle)
        if pos and _is_word_char(key[pos - 1]):
            continue
        if end < len(key) and _is_word_char(key[end]):
            continue
        spans.append(folded.source_span(pos, end))
    return spans


def find_words(text: str, phrases: Iterable[str], language: str) -> list[tuple[int, int, str]]:
    """:func:`find_phrases`, but a Turkish last word may only go on into an inflection.

    ``find_phrases`` lets "Bakan" run into "Bakanlığı" (a ministry, not a minister) and
    "açıklandı" into "açıklandığı"; the language's suffix table tells them apart.
    """
    hits = find_phrases(text, list(phrases), language)
    if language != "tr":
        return hits
    data = load_language(language)
    kept = []
    for start, end, phrase in hits:
        written = fold(text[start:end], language).split(" ")[-1]
        wanted = fold(phrase, language).split(" ")[-1]
        if phrase.startswith("-") or data.word_is(written, wanted):
            kept.append((start, end, phrase))
    return kept


_DIGIT = re.compile(r"\d")
# How far from a month name a digit makes it a date ("May 12", "12 May", "May 2025").
_DATE_REACH = 3


def hedges_in(
    text: str, language: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str]]:
    """The hedge words (``[editor] hedges``) in ``text[start:end]``: ``(start, end, hedge)``
    with offsets into ``text``, in order.

    Matched like :func:`find_words` (a Turkish hedge may take an inflection, not run into
    another word). A hedge that is a month name next to a digit is a date ("May 12", "12
    May", "May 2025"), not a hedge.
    """
    data = load_language(language)
    stop = len(text) if end is None else end
    hits = []
    for first, last, hedge in find_words(text[start:stop], data.hedges, language):
        a, b = first + start, last + start
        near = text[max(0, a - _DATE_REACH) : a] + text[b : b + _DATE_REACH]
        if fold(text[a:b], language) in data.months and _DIGIT.search(near):
            continue
        hits.append((a, b, hedge))
    return hits
