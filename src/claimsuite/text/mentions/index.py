"""Per-language lookups built once from the language data: which patterns a word can start,
and where in a text a pattern can start at all (the anchors), so that only short windows
around anchors are tokenized."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from claimsuite import snapshot
from claimsuite.text.language import BoundWords, LanguageData, Phrase, load_language
from claimsuite.text.mentions import amounts, dates, grammar, percentages, periods, ranks, relative
from claimsuite.text.mentions.core import Cursor, Found

__all__ = ["Index", "index", "starters_of"]

Pattern = Callable[[Cursor, int], "Found | None"]

# Patterns that start with a word, in priority order, with the words that can start them.
_WORD_PATTERNS: tuple[tuple[Callable[[LanguageData], Iterable[str]], Pattern], ...] = (
    # A month and a number is a date or a month of a year; only then a month template
    # ("Ocak-Eylül", "Kasım ayında").
    (lambda d: d.months, dates.month_first),
    (lambda d: grammar.first_words(d.code), grammar.template),
    (lambda d: (r.words[0] for r in d.relatives), relative.relative),
    (lambda d: [*d.ordinals, "q", "h"], periods.period_from_ordinal),
    (lambda d: (p[0] for p in (*d.rank_top, *d.rank_bottom)), ranks.rank),
    (
        lambda d: [*d.ordinal_words, *(p[0] for p in (*d.superlatives_top,
                                                       *d.superlatives_bottom))],
        ranks.rank_in_words,
    ),
    (
        lambda d: (p[0] for p in (*d.percent_before, *d.per_mille_before)),
        percentages.percent_word,
    ),
    (lambda d: d.currency_before, amounts.currency_first),
    (lambda d: (p[0] for p in d.number_words), amounts.word_quantity),
)


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Index(NamedTuple):
    """Per-language lookups from a token's folded text to the patterns it can start."""

    starters: dict[str, tuple[Pattern, ...]]
    bounds_before: dict[str, list[tuple[Phrase, BoundWords]]]  # by last word
    bounds_after: tuple[Phrase, ...]  # every bound's phrases after a figure, for may_start
    anchors: re.Pattern[str]  # where in folded text a pattern can start


@cache
def index(code: str) -> Index:
    data = load_language(code)
    starters: dict[str, list[Pattern]] = {}
    for words, pattern in _WORD_PATTERNS:
        for word in words(data):
            names = starters.setdefault(word, [])
            if pattern not in names:
                names.append(pattern)
    bounds_before: dict[str, list[tuple[Phrase, BoundWords]]] = {}
    for bound in data.bounds:
        for phrase in bound.before:
            bounds_before.setdefault(phrase[-1], []).append((phrase, bound))
    for entries in bounds_before.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return Index(
        {k: tuple(v) for k, v in starters.items()},
        bounds_before,
        tuple(phrase for bound in data.bounds for phrase in bound.after),
        _anchors(data),
    )


# Memoized: asked at every word token of every window; an archive has a few thousand
# distinct words, and the Turkish answer looks at every prefix of the word.
@lru_cache(maxsize=1 << 14)
def starters_of(code: str, low: str) -> tuple[Pattern, ...]:
    """The patterns that can start at a word token whose folded text is ``low``, in
    priority order: those of the word itself, then (a language with suffixes) those of
    each stem it is an inflection of, longest stem first ("yılın ilk 9 ayında")."""
    starters = index(code).starters
    starts = starters.get(low, ())
    data = load_language(code)
    if data.suffix_pattern is not None:
        for cut in range(len(low) - 1, 0, -1):
            stem = low[:cut]
            if stem in starters and data.word_is(low, stem):
                starts += tuple(p for p in starters[stem] if p not in starts)
    return starts


NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
NOT_LETTER_AFTER = r"(?![^\W\d_])"


def _phrase_pattern(words: Iterable[str], inflected: bool) -> str:
    # Inflected words are matched as prefixes: the anchor only has to be permissive.
    parts = [re.escape(w) for w in words]
    end = "" if inflected else NOT_LETTER_AFTER
    return r"\s+".join(parts) + end


def _anchors(data: LanguageData) -> re.Pattern[str]:
    """Where in folded text a pattern can start: a digit or symbol, or the words that begin
    a word-first pattern — up to two words of them, since single words like "bu" or "the"
    are too common to be worth a look on their own."""
    inflected = data.suffix_pattern is not None
    alternatives: list[str] = []
    for entry in data.relatives:
        alternatives.append(_phrase_pattern(entry.words[:2], inflected))
    alternatives.extend(grammar.anchor_patterns(data.code))
    nouns = "|".join(map(re.escape, (*data.quarter_words, *data.half_words)))
    ordinals = "|".join(map(re.escape, data.ordinals))
    alternatives.append(rf"(?:{ordinals})[\s-]+(?:{nouns})")
    alternatives.append(r"[qh](?=[1-4])")
    number_words = "|".join(grammar.longest_first(p[0] for p in data.number_words))
    for phrase in (*data.rank_top, *data.rank_bottom):
        # "ilk 10", "top ten": a rank word is worth a look only before a count.
        alternatives.append(
            _phrase_pattern(phrase, inflected=False) + rf"[\s-]*(?:[0-9]|{number_words})"
        )
    for phrase in (*data.percent_before, *data.per_mille_before):
        alternatives.append(_phrase_pattern(phrase, inflected=False))
    # Ranks in words and superlatives ("came second", "ikinci sırada", "the largest").
    for word in data.ordinal_words:
        alternatives.append(_phrase_pattern((word,), inflected=False))
    for phrase in (*data.superlatives_top, *data.superlatives_bottom):
        alternatives.append(_phrase_pattern(phrase, inflected=False))
    # A number word starts a figure only before a scale or a time unit ("üç milyon",
    # "three months to June", "dokuz aylık").
    counted = "|".join(
        grammar.longest_first((*data.scales, *data.time_units, *(p[0] for p in data.percent_after)))
    )
    for phrase in data.number_words:
        # tens and units joined ("twenty-six percent", "yetmiş üç milyon") count as one
        alternatives.append(
            _phrase_pattern(phrase, inflected=False) + rf"(?:[\s-]+[^\W\d_]+)?\s+(?:{counted})"
        )
    # A count in words opening a sentence: "Six ballot questions" (text is folded here).
    if data.sentence_counts:
        alternatives.append(rf"(?:(?<=[.!?:;\n\"“”]\s)|(?<=\n)|\A)(?:{number_words})\s")
    codes = "|".join(map(re.escape, data.currency_before))
    alternatives.append(f"(?:{codes}){NOT_LETTER_AFTER}")
    names = [m for m in data.months if m not in data.month_abbreviations]
    months = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    short = "|".join(grammar.longest_first(data.month_abbreviations))
    # Turkish month names take suffixes without an apostrophe ("eylülde"); abbreviations
    # ("Ara.", "Oct.") are whole words, or "ara" would match every "arasında".
    alternatives.append(f"(?:{months})" + ("" if inflected else NOT_LETTER_AFTER))
    alternatives.append(f"(?:{short}){NOT_LETTER_AFTER}")
    alternatives.sort(key=len, reverse=True)
    symbols = "".join(map(re.escape, data.currency_symbols))
    pattern = rf"[0-9%‰{symbols}]+|{NOT_LETTER_BEFORE}(?:{'|'.join(alternatives)})"
    # ~8,000 characters: compiling it is 10-25 ms of every cold run, so its compiled program
    # is kept as a snapshot in the user's cache folder.
    return snapshot.regex(f"anchors-{data.code}", pattern)
