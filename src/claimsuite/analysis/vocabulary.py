"""The house vocabulary in an article (CS503) and terms spelled two ways (CS504).

Words are compared folded (Turkish İ/ı casing, every apostrophe as one) and whole: a
Turkish word may go on into an inflection, glued (``sanayine``) or after an apostrophe
(``Bakanlığı'nın``), which the language's suffix table decides; an English one only into
a plural or possessive ``s``. ``sanayii`` is not ``sanayi`` plus a suffix: a vowel-final
stem takes a buffer consonant before a vowel suffix, so it is a second spelling.

- :func:`rejected_in`: every rejected spelling of the vocabulary in the article, with the
  ending it carries, so a suggestion keeps it (``savunma sanayine`` → ``savunma sanayiine``,
  :func:`with_ending`) and its case (:func:`in_case_of`).
- :func:`entity_variant_spans`: where a declared entity is written in a spelling CS501
  reports, so that a house rule does not report it a second time.
- :func:`spelling_variants`: words of the article that are one term in two spellings (a
  circumflex, Turkish letters written plain, a doubled letter), grouped by spelling;
  :func:`vocabulary_spans`: the words the vocabulary's phrases cover, which CS504 leaves
  to CS503.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from claimsuite.analysis.known_names import known_names
from claimsuite.analysis.spans import SpanIndex
from claimsuite.analysis.spelling import Level

# word_index (the article's words, a phrase found whole) and term_spellings (CS504's one
# term in two spellings) were parts of this module: their names stay importable from here.
from claimsuite.analysis.term_spellings import (
    MIN_PLAIN,  # noqa: F401 - re-exported
    MIN_STEM,  # noqa: F401 - re-exported
    Occurrence,
    Variant,
    spelling_variants,
)
from claimsuite.analysis.word_index import WordIndex, find_form
from claimsuite.text.language import LanguageData
from claimsuite.vocabulary import Term

if TYPE_CHECKING:
    from claimsuite.checks.base import Context

__all__ = [
    "Occurrence",
    "Rejected",
    "Variant",
    "WordIndex",
    "entity_variant_spans",
    "rejected_in",
    "spelling_variants",
]

_ENTITY_TYPES = frozenset({"organisation", "place", "country", "person"})


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Rejected(NamedTuple):
    """A rejected spelling in the text: ``[start, end)`` is the form as written,
    ``[start, word_end)`` the form with its ending, ``ending`` what follows the form."""

    term: Term
    form: str
    start: int
    end: int
    word_end: int
    ending: str


def rejected_in(
    words: WordIndex, terms: Iterable[Term], data: LanguageData
) -> list[Rejected]:
    """Every rejected spelling of ``terms`` in the article, in text order, outside the
    entries' ``except`` phrases; where two overlap the longer wins."""
    hits: list[Rejected] = []
    for term in terms:
        excepted = SpanIndex.of(
            (a, c) for phrase in term.entry.except_ for a, _, c, _ in find_form(words, phrase, data)
        )
        for form in term.entry.reject:
            for start, end, word_end, ending in find_form(words, form, data):
                if not excepted.overlaps(start, word_end):
                    hits.append(Rejected(term, form, start, end, word_end, ending))
    hits.sort(key=lambda h: (h.start, -(h.word_end - h.start)))
    kept: list[Rejected] = []
    for hit in hits:
        if kept and hit.start < kept[-1].word_end:
            continue
        kept.append(hit)
    return kept


def with_ending(preferred: str, form: str, ending: str) -> str:
    """The preferred spelling with the ending the rejected one carried, when it carries
    over as written: after an apostrophe, or when both spellings end in the same letter
    (``sanayine`` → ``sanayiine``). A different last letter changes the ending
    (``herkezden`` is ``herkesten``), and a buffer ``y`` after a stem that the preferred
    spelling closes with the compound ``-i`` would be wrong (``sanayiye`` is
    ``sanayiine``): then the preferred spelling alone."""
    if not ending:
        return preferred
    if ending[0] in "'’":
        return preferred + ending
    if preferred[-1:].lower() != form[-1:].lower():
        return preferred
    grew = preferred[len(form) :] if preferred.lower().startswith(form.lower()) else ""
    if grew and ending[0] in "yY":
        return preferred
    return preferred + ending


def in_case_of(written: str, suggestion: str, language: str) -> str:
    """``suggestion`` in the case ``written`` is in: all capitals (``SAVUNMA SANAYİ``), or a
    capital first letter (a sentence's first word), Turkish-aware (``i`` → ``İ``)."""
    letters = [c for c in written if c.isalpha()]
    if not letters or not suggestion:
        return suggestion

    def upper(text: str) -> str:
        if language == "tr":
            text = text.replace("i", "İ").replace("ı", "I")
        return text.upper()

    if len(letters) > 1 and all(c.isupper() for c in letters):
        return upper(suggestion)
    if written[:1].isupper() and suggestion[:1].islower():
        return upper(suggestion[:1]) + suggestion[1:]
    return suggestion


def entity_variant_spans(ctx: Context) -> SpanIndex:
    """Where a declared organisation, place, country or person is written in a spelling
    other than its accepted names (circumflex or Turkish letters): CS501 reports those."""
    data = ctx.language
    index = ctx.name_index
    spans: list[tuple[int, int, int]] = []
    for known in known_names(ctx):
        if known.entity.type not in _ENTITY_TYPES:
            continue
        for found in index.matches(known.pieces, data, spelling=False):
            if found.level is not Level.SAME:
                spans.append((found.start, found.end, 0))
    return SpanIndex(spans)


def entity_name_spans(ctx: Context) -> list[tuple[int, int]]:
    """Where any declared entity's accepted name is written, at any level (the words CS501
    looks after)."""
    data = ctx.language
    index = ctx.name_index
    spans: list[tuple[int, int]] = []
    for known in known_names(ctx):
        spans.extend(
            (found.start, found.end)
            for found in index.matches(known.pieces, data, spelling=False)
        )
    return spans


def vocabulary_spans(
    words: WordIndex, terms: Iterable[Term], data: LanguageData
) -> list[tuple[int, int]]:
    """Where the vocabulary's phrases stand in the article, preferred, accepted or rejected
    (with their endings): those words are CS503's, not CS504's."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        entry = term.entry
        for form in (entry.prefer, *entry.accept, *entry.reject):
            spans.extend((a, c) for a, _, c, _ in find_form(words, form, data))
    return spans
