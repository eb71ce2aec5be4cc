"""Word lists of the language data, and finding their words in text, Turkish-aware.

``find_words`` returns ``(start, end, phrase)`` triples: a half-open character range into
the text searched and the list entry it matched. ``is_clock_time`` and ``is_ordinal`` tell
numbers that are not figures ("saat 14.00", "2. Dünya Savaşı").
"""

from __future__ import annotations

import re

from claimsuite.text.article import Article
from claimsuite.text.language import load_language
from claimsuite.text.mentions import Mention, MentionKind
from claimsuite.text.search import find_words

__all__ = ["extra_words", "find_words", "is_clock_time", "is_ordinal"]

_CLOCK = re.compile(r"([01]?\d|2[0-3])[.:][0-5]\d")


def extra_words(code: str, section: str, key: str) -> tuple[str, ...]:
    """The word list ``[section] key`` of ``lang/<code>.toml``, through the validated
    loader (the ``LanguageData`` field of that name)."""
    words: tuple[str, ...] = getattr(load_language(code), key)
    return words


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
