"""Does a sentence name a comparison base? Shared by CS605 (a change without a base) and
CS102 (a change without a base is compared with one that has a base, unless its sentence
names a base the claim file left out).

A base is a relative "same period" ("geçen yılın aynı dönemine"), a base word ("yıllık
bazda", "year on year"; ``[comparison] comparison_words``), a comparison word governing a
time word or a date ("geçen yıla göre", "than a year earlier"; ``anchored_words``,
``time_words``), or a second period. An attribution ("TÜİK'e göre", "aynı verilere göre"),
a period word on its own ("Geçen yıl"), a bound ("more than") or a source ("revenue from")
is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimsuite.analysis.locate import mention_period
from claimsuite.analysis.words import extra_words, find_words
from claimsuite.text.article import Span
from claimsuite.text.mentions import Mention, MentionKind
from claimsuite.text.normalize import fold

if TYPE_CHECKING:
    from claimsuite.checks.base import Context

__all__ = ["comparison_in"]

_PERIODS = frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD})
_TIMES = _PERIODS | {MentionKind.RELATIVE}
_WORD = re.compile(r"[^\W\d_][\w’']*|\d[\d.,]*")
_REACH = 4  # words after an English preposition in which its time word must stand


def comparison_in(ctx: Context, sentence: Span) -> str | None:
    """What in ``sentence`` names a comparison base: a relative "same period" ("geçen yılın
    aynı dönemine"), a base word ("yıllık bazda", "year on year"), a comparison word next to
    a time word or a date ("geçen yıla göre", "than a year earlier", "from 2.9 percent in
    August"), or a second period.

    An attribution is no base ("TÜİK'e göre", "aynı verilere göre"), nor a period word on its
    own ("Geçen yıl ihracat arttı"), nor a bound ("more than 1 million"), nor a source
    ("revenue from visitors")."""
    language = ctx.article.language
    mentions = ctx.locator.mentions_in(sentence.start, sentence.end)
    for m in mentions:
        if m.kind is MentionKind.RELATIVE and m.relation == "same-period" and (m.offset or 0) < 0:
            return m.surface
    text = sentence.text(ctx.article)
    found = find_words(text, extra_words(language, "comparison", "comparison_words"), language)
    if found:
        return text[found[0][0] : found[0][1]]
    for start, end, _ in find_words(
        text, extra_words(language, "comparison", "anchored_words"), language
    ):
        if _anchored(ctx, sentence, text, start, end, mentions):
            return text[start:end]
    periods = {str(p) for m in mentions if m.kind in _PERIODS and (p := mention_period(m))}
    if len(periods) > 1:
        return " and ".join(sorted(periods))
    return None


def _anchored(
    ctx: Context, sentence: Span, text: str, start: int, end: int, mentions: Sequence[Mention]
) -> bool:
    """Whether the comparison word at ``text[start:end]`` governs a time word or a date: the
    word before a Turkish postposition, the first words after an English preposition."""
    language = ctx.article.language
    data = ctx.language
    stems = [fold(w, language) for w in extra_words(language, "comparison", "time_words")]
    if language == "tr":
        before = list(_WORD.finditer(text, 0, start))
        if not before:
            return False
        word = before[-1]
        at = sentence.start + word.end()
        if any(m.kind in _TIMES and m.start < at <= m.end for m in mentions):
            return True
        folded = fold(re.split(r"[’']", word.group())[0], language)
        return any(data.word_is(folded, stem) for stem in stems)
    after = list(_WORD.finditer(text, end))[:_REACH]
    if not after:
        return False
    limit = sentence.start + after[-1].end()
    if any(m.kind in _TIMES and sentence.start + end <= m.start < limit for m in mentions):
        return True
    return any(fold(w.group(), language) in stems for w in after)
