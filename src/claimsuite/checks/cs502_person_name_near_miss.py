from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from claimsuite.analysis.known_names import known_names
from claimsuite.analysis.names import accepted_names
from claimsuite.analysis.spans import SpanIndex
from claimsuite.analysis.spelling import Level, NameIndex, Piece, match, name_pieces, plain
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim
from claimsuite.text.language import LanguageData
from claimsuite.text.tokens import Kind

if TYPE_CHECKING:
    from claimsuite.claims.load import Registries

# Similarity (rapidfuzz ratio, 0-100) of a surname to a known one, compared without
# accents and Turkish letters. Next to the person's own first name a looser match is
# telling (Altındağ / Altıntaş: 75); a surname standing alone must be closer (Şimşec: 83).
FULL_NAME_RATIO = 70.0
SURNAME_RATIO = 80.0
SURNAME_EDITS = 2
MIN_SURNAME = 4


def near_surname(text: str, name: str, data: LanguageData, threshold: float) -> bool:
    """A different spelling of the surname ``name``: close, same first letter, and neither
    the same name in other letters (CS501) nor a longer name built on it (Şimşekoğlu)."""
    a, b = plain(text), plain(name)
    if len(b) < MIN_SURNAME or not a or a[0] != b[0] or a == b or a.startswith(b):
        return False
    if data.word_is(text, name):  # a suffix without the apostrophe: the name itself
        return False
    return fuzz.ratio(a, b) >= threshold


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Miss(NamedTuple):
    start: int
    end: int
    key: tuple[str, ...]
    entity: EntityClaim
    name: str


class PersonNameNearMiss(BaseCheck):
    """A person's name in the article is a near miss of a person the claim set knows.

    ## What it does
    Collects the people of the claim set (person entities, their aliases, and the names
    of the officials they are linked to with ``official:``) and looks through the whole
    article for capitalised names that almost, but not quite, spell one of them:
    the same first name with a surname a letter or two off (``İlkay Altıntaş`` for
    ``İlkay Altındağ``), or the surname alone with a slip (``Thomson`` for ``Thompson``).
    Accents and Turkish letters alone (``Simsek``) are a spelling variant reported by
    CS501, not here. A longer surname that starts with the known one (``Şimşekoğlu``) is
    another name, not a slip, and is not reported; a Turkish suffix (``Şimşek'in``) is
    part of no name. A word the article also uses in lower case, a month name or a word
    inside a figure is an ordinary word, and a word of another known name is that name.
    Each misspelling is reported once, at its first occurrence, with the lines of the
    others.

    ## Why is this bad?
    A misspelt name is the most visible error a publication can make about a person, and
    a surname changed by one letter may name somebody else entirely.

    ## Example
    ```yaml
    - id: thompson
      kind: entity
      type: person
      name: Katherine Thompson
    ```
    with the article writing "Katherine Thompson ... Thomson said".

    Use instead: spell the name as the claim set does, or add the person the article
    means as an entity of their own.
    """

    code = "CS502"
    name = "person-name-near-miss"
    severity = Severity.ERROR
    summary = "A name in the article is a near miss of a known person's name."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        data = ctx.language
        lang = ctx.article.language
        article = ctx.name_index
        people = [
            (e, _entity_names(ctx, e))
            for e in ctx.claims.claims
            if isinstance(e, EntityClaim) and e.type == "person"
        ]
        if not people:
            return
        known_spans, known_words = self._known(ctx, article)
        known = SpanIndex(known_spans)
        # Words that are not names: used in lower case elsewhere, month names, and words
        # inside figures ("14 March 2025" is no misspelt "Marsh").
        ordinary = article.lower_case_words()
        ordinary.update(data.months)
        figures = [(m.start, m.end, 1) for m in ctx.article.mentions]
        misses: list[Miss] = []
        # The full name with its surname off.
        for entity, names in people:
            for name in names:
                wanted = name_pieces(name, lang)
                if len(wanted) < 2 or wanted[-1].kind is not Kind.WORD:
                    continue
                head = wanted[:-1]
                for window in article.windows(wanted, near=False):
                    last = window[-1]
                    if last.kind is not Kind.WORD or not last.capital:
                        continue
                    if match(window[:-1], head, data, spelling=False) is None:
                        continue
                    if not near_surname(last.low, wanted[-1].low, data, FULL_NAME_RATIO):
                        continue
                    if known.overlaps(window[0].start, last.end, len(wanted)):
                        continue
                    key = tuple(p.low for p in window)
                    misses.append(Miss(window[0].start, last.end, key, entity, name))
        # The surname alone (or a one-word alias) with a slip.
        taken = [(m.start, m.end, 1) for m in misses]
        claimed = SpanIndex(known_spans + taken + figures)
        for piece in article.capitalised():
            if (
                piece.low in known_words
                or piece.low in ordinary
                or claimed.overlaps(piece.start, piece.end, 1)
            ):
                continue
            for entity, names in people:
                hit = self._surname(piece, names, lang, data)
                if hit is not None:
                    misses.append(Miss(piece.start, piece.end, (piece.low,), entity, hit))
                    break
        yield from self._report(ctx, misses)

    @staticmethod
    def _known(ctx: Context, article: NameIndex) -> tuple[list[tuple[int, int, int]], set[str]]:
        """Where any entity is named (in any accepted spelling, even a CS501 variant), and
        every word of every known name, the record's included."""
        data = ctx.language
        lang = ctx.article.language
        spans: list[tuple[int, int, int]] = []
        words: set[str] = set()
        for known in known_names(ctx):
            wanted = known.pieces
            words.update(p.low for p in wanted if p.kind is Kind.WORD)
            for found in article.matches(wanted, data, spelling=False):
                if found.level <= Level.DIACRITICS:
                    spans.append((found.start, found.end, len(wanted)))
        words.update(_record_words(ctx.registries, lang))
        return spans, words

    @staticmethod
    def _surname(piece: Piece, names: list[str], lang: str, data: LanguageData) -> str | None:
        for name in names:
            wanted = name_pieces(name, lang)
            if not wanted or wanted[-1].kind is not Kind.WORD:
                continue
            surname = wanted[-1].low
            if near_surname(piece.low, surname, data, SURNAME_RATIO) and (
                Levenshtein.distance(plain(piece.low), plain(surname)) <= SURNAME_EDITS
            ):
                return name
        return None

    def _report(self, ctx: Context, misses: list[Miss]) -> Iterator[Finding]:
        # Several known names may read one stretch ("İlkay Altıntaş", "Tümgeneral İlkay
        # Altıntaş"): name the person by their claim name where it fits, else the longest.
        misses.sort(key=lambda m: (m.end, m.name != m.entity.name, -(m.end - m.start)))
        misses = [m for i, m in enumerate(misses) if i == 0 or misses[i - 1].end != m.end]
        misses.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Miss] = []
        for miss in misses:
            if kept and miss.start < kept[-1].end:
                continue
            kept.append(miss)
        groups: dict[tuple[str, tuple[str, ...]], list[Miss]] = {}
        for miss in kept:
            groups.setdefault((miss.entity.id, miss.key), []).append(miss)
        for items in groups.values():
            first = items[0]
            written = " ".join(ctx.article.text[first.start : first.end].split())
            spans = [(m.start, m.end) for m in items]
            times = "once" if len(spans) == 1 else f"{len(spans)} times"
            related = tuple(Related(f"'{written}' again", ctx.at_span(a, b)) for a, b in spans[1:])
            yield self.finding(
                f"the article writes '{written}' ({times}), a near miss of "
                f"{first.entity.id} '{first.name}': a misspelt name, or a person the "
                "claim set does not know",
                article=ctx.at_span(first.start, first.end),
                claim_file=ctx.at_claim(first.entity.id, "name"),
                claims=[first.entity.id],
                fields=("name",),
                related=related,
                suggestion=first.name,
            )


# The words of the record's names, per record and language: the same for every article of
# a run. Keyed by the record's identity (the entry holds the record, so the id is not
# reused while it lives).
_RECORD_WORDS: dict[tuple[int, str], tuple[Registries, frozenset[str]]] = {}


def _record_words(registries: Registries, lang: str) -> frozenset[str]:
    """Every word of every official's and record entity's name (folded)."""
    entry = _RECORD_WORDS.get((id(registries), lang))
    if entry is not None and entry[0] is registries:
        return entry[1]
    words: set[str] = set()
    for official in registries.officials.values():
        for name in (official.name, *official.aliases):
            words.update(p.low for p in name_pieces(name, lang) if p.kind is Kind.WORD)
    for record in registries.all("entities"):
        for name in (record.name, *record.aliases):
            words.update(p.low for p in name_pieces(name, lang) if p.kind is Kind.WORD)
    if len(_RECORD_WORDS) >= 8:  # a test session loads many records
        _RECORD_WORDS.clear()
    _RECORD_WORDS[(id(registries), lang)] = (registries, frozenset(words))
    return _RECORD_WORDS[(id(registries), lang)][1]


def _entity_names(ctx: Context, entity: EntityClaim) -> tuple[str, ...]:
    """Every accepted spelling: the claim's, the linked official's, the record's, and a
    person's surname alone."""
    return accepted_names(ctx.claims, ctx.registries, entity.id, surname=True)
