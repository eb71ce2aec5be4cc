"""Word lists of the language data, and finding their words in text, Turkish-aware.

``find_words`` returns ``(start, end, phrase)`` triples: a half-open character range into
the text searched and the list entry it matched. ``is_clock_time``, ``is_ordinal``,
``is_duration``, ``is_range_end`` and ``is_reference_year`` tell numbers that are not
figures of their own ("saat 14.00", "by 6 p.m.", "2. Dünya Savaşı", "son 11 ayda", "the 12
months ending in September", "Oct. 28-29", "the highest since 2019", "1980'li yıllar").
"""

from __future__ import annotations

import re

from claimsuite.text.article import Article
from claimsuite.text.language import load_language
from claimsuite.text.mentions import Mention, MentionKind
from claimsuite.text.normalize import fold
from claimsuite.text.search import find_words

__all__ = [
    "extra_words",
    "find_words",
    "is_clock_time",
    "is_duration",
    "is_ordinal",
    "is_range_end",
    "is_reference_year",
]

_CLOCK = re.compile(r"([01]?\d|2[0-3])[.:][0-5]\d(?![\d.,])")  # 14.30'da, not 15.300
_DAY_PART = re.compile(r"\s*(?:[ap]\.\s?m\.|[ap]m\b|o[’']clock\b)", re.IGNORECASE)
_HOUR_BEFORE = re.compile(r"\bsaat\s*$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[\s-]*([^\W\d_]+)")
_RANGE_DASH = re.compile(r"\s*[-–]\s*$")


def extra_words(code: str, section: str, key: str) -> tuple[str, ...]:
    """The word list ``[section] key`` of ``lang/<code>.toml``, through the validated
    loader (the ``LanguageData`` field of that name)."""
    words: tuple[str, ...] = getattr(load_language(code), key)
    return words


def is_clock_time(mention: Mention, article: Article | None = None) -> bool:
    """``14.00`` is a time of day, not a decimal number; with the article, so are "6 p.m.",
    "6pm", "6 o'clock" and "saat 14'te"."""
    if mention.kind is not MentionKind.NUMBER or mention.unit is not None:
        return False  # "15.300 firma" counts firms, whatever its digits look like
    if _CLOCK.match(mention.surface) is not None:
        return True
    if article is None:
        return False
    text = article.text
    return (
        _DAY_PART.match(text, mention.end) is not None
        or _HOUR_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
    )


_PERIOD_BEFORE = {
    "tr": ("son", "ilk", "birinci", "geçen", "geçtiğimiz", "önceki", "önümüzdeki", "gelecek"),
    "en": ("the", "last", "past", "first", "previous", "preceding", "next", "trailing",
           "latest", "over", "coming"),
}
"""Words before a count of time units that make it a period ("son 11 ayda", "over the 12
months"), not a length ("the strike lasted 5 days", "34-year-old"). (To move to the language
data with the [[period]] templates.)"""
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s]+$")
_AGE = re.compile(r"[\s-]*(?:years?|yaşında|yaşındaki)[\s-]*old\b|-year-old", re.IGNORECASE)


def is_duration(article: Article, mention: Mention) -> bool:
    """A count of time units that is part of a period, not a figure: "son 11 ayda",
    "Yılın ilk 10 ayında", "over the 12 months ending in September". A length or an age
    ("lasted 5 days", "34-year-old") is a figure and stays one."""
    if mention.kind is not MentionKind.NUMBER:
        return False
    text = article.text
    word = _WORD_AFTER.match(text, mention.end)
    if word is None or _AGE.match(text, mention.end) is not None:
        return False
    before = _WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    language = article.language
    if before is None or fold(before.group(1), language) not in _PERIOD_BEFORE.get(language, ()):
        return False
    data = load_language(language)
    written = fold(word.group(1), language)
    return any(written == unit or data.word_is(written, unit) for unit in data.time_units)


def is_range_end(article: Article, mention: Mention) -> bool:
    """The end of a day range whose start is a date: "29" in "Oct. 28-29", "20-21 Mart"
    is read whole by the text layer, so this is for ranges it reads as a date and a number."""
    if mention.kind is not MentionKind.NUMBER:
        return False
    index = article.mention_index
    before = index.nearest(
        frozenset({MentionKind.DATE}), mention.start, before=True,
        bound=max(0, mention.start - 40),
    )
    if before is None:
        return False
    return _RANGE_DASH.fullmatch(article.text, before.end, mention.start) is not None


def is_ordinal(article: Article, mention: Mention) -> bool:
    """Turkish "2. Dünya Savaşı": a number whose full stop does not end the sentence."""
    text = article.text
    if article.language != "tr" or mention.kind is not MentionKind.NUMBER:
        return False
    sentence = article.sentence_at(mention.start)
    return text[mention.end : mention.end + 1] == "." and mention.end + 1 < sentence.end


# A year a comparison counts from, not the period a figure is for: "the first time since
# 2019", "2019'dan bu yana", "2019'dan beri", "2019'dan itibaren"; and a decade, "the 1980s",
# "1980'li yıllar". (To move to the language data with the [[period]] templates.)
_SINCE_BEFORE = re.compile(r"\b(?:since|as far back as|dating back to)\s+$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s*(?:bu yana|beri|itibaren|bu yandan)\b", re.IGNORECASE)
_DECADE = re.compile(r"^\d{3}0(?:['’](?:l[iıuü]|lar|ler)|s\b)", re.IGNORECASE)


def is_reference_year(article: Article, mention: Mention) -> bool:
    """A year that anchors a comparison ("since 2019", "2019'dan bu yana") or names a decade
    ("the 1980s", "1980'li yıllar"): never the period of a figure in the same sentence."""
    if mention.kind not in {MentionKind.YEAR, MentionKind.PERIOD, MentionKind.DATE}:
        return False
    text = article.text
    decade = re.fullmatch(r"\d{3}0", mention.surface) is not None
    if _DECADE.match(mention.surface) is not None or (
        decade and text.startswith(("s ", "s,", "s."), mention.end)
    ):
        return True
    if _SINCE_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None:
        return True
    return _SINCE_AFTER.match(text, mention.end) is not None
