"""Word lists of the language data, and finding their words in text, Turkish-aware.

``find_words`` returns ``(start, end, phrase)`` triples: a half-open character range into
the text searched and the list entry it matched. ``is_clock_time`` and ``is_ordinal`` tell
numbers that are not figures ("saat 14.00", "2. Dünya Savaşı").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources

from claimsuite.text.article import Article
from claimsuite.text.language import load_language
from claimsuite.text.mentions import Mention, MentionKind, find_phrases
from claimsuite.text.normalize import fold

__all__ = ["extra_words", "find_words", "is_clock_time", "is_ordinal"]

_CLOCK = re.compile(r"([01]?\d|2[0-3])[.:][0-5]\d")


@cache
def extra_words(code: str, section: str, key: str) -> tuple[str, ...]:
    """The word list ``[section] key`` of ``lang/<code>.toml`` (empty when absent).

    For lists added after ``LanguageData`` was defined; raises ``FileNotFoundError`` for a
    language with no data file.
    """
    raw = tomllib.loads(
        resources.files("claimsuite.text").joinpath("lang", f"{code}.toml").read_text("utf-8")
    )
    return tuple(raw.get(section, {}).get(key, ()))


def find_words(text: str, phrases: Iterable[str], language: str) -> list[tuple[int, int, str]]:
    """``find_phrases``, but a Turkish last word may only go on into an inflection.

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


def is_clock_time(mention: Mention) -> bool:
    """``14.00`` is a time of day, not a decimal number."""
    return mention.kind is MentionKind.NUMBER and _CLOCK.match(mention.surface) is not None


def is_ordinal(article: Article, mention: Mention) -> bool:
    """Turkish "2. Dünya Savaşı": a number whose full stop does not end the sentence."""
    text = article.text
    if article.language != "tr" or mention.kind is not MentionKind.NUMBER:
        return False
    sentence = article.sentence_at(mention.start)
    return text[mention.end : mention.end + 1] == "." and mention.end + 1 < sentence.end
