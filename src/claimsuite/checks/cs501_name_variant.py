"""CS501, and the name bookkeeping the name checks share through ``analysis``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimsuite.analysis.known_names import known_names
from claimsuite.analysis.names import accepted_names
from claimsuite.analysis.spans import SpanIndex
from claimsuite.analysis.spelling import WHAT, Level, Match, NameIndex
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim
from claimsuite.text.tokens import Kind

CHECKED_TYPES = frozenset({"organisation", "place", "country", "person"})


def entity_names(ctx: Context, entity: EntityClaim) -> tuple[str, ...]:
    """Every accepted spelling: the claim's, the linked official's, the record's, and a
    person's surname alone."""
    return accepted_names(ctx.claims, ctx.registries, entity.id, surname=True)


def known_spans(ctx: Context, article: NameIndex) -> list[tuple[int, int, int]]:
    """``(start, end, words)`` of every exact occurrence of any entity's accepted name."""
    data = ctx.language
    spans = []
    for known in known_names(ctx):
        wanted = known.pieces
        for found in article.matches(wanted, data, spelling=False):
            if found.level is Level.SAME:
                spans.append((found.start, found.end, len(wanted)))
    return spans


def inside_known(start: int, end: int, size: int, spans: SpanIndex) -> bool:
    """Whether a span overlaps an accepted name at least as long as it (a shorter name
    inside it, like ``Türkiye`` in ``Türkiye Cumhuriyeti``, does not count)."""
    return spans.overlaps(start, end, size)


def occurrences(
    ctx: Context, spans: list[tuple[int, int]], what: str
) -> tuple[str, tuple[Related, ...]]:
    """``once`` or ``3 times``, and the other occurrences as related places."""
    if len(spans) == 1:
        return "once", ()
    related = tuple(Related(f"'{what}' again", ctx.at_span(a, b)) for a, b in spans[1:])
    return f"{len(spans)} times", related


class NameVariant(BaseCheck):
    """One entity, one name: the article spells an entity in a way the claim set does not know.

    ## What it does
    Looks for every organisation, place, country and person of the claim set in the article,
    and reports spellings of its name that are neither the ``name`` nor a declared alias
    (in the claim file, the linked official's entry in the record or an entity of the
    record): a circumflex dropped or added (``Milli`` / ``Millî``), Turkish letters written
    without their marks (``Simsek``), or, for organisation and place names of two words or
    more, a one-letter slip in one word (``Sanayi`` / ``Sanayii``). Case, apostrophe style and a
    Turkish suffix (``Bakanlığı'nın``, ``Bakanlığının``) do not count. Each variant spelling
    is reported once, at its first occurrence, with the lines of the others. Larger slips
    in a person's name are errors reported by CS502.

    ## Why is this bad?
    An article that writes the same ministry two ways looks careless, and a reader cannot
    tell whether two spellings mean two bodies. When the variant is acceptable, declaring
    it as an alias records that decision.

    ## Example
    ```yaml
    - id: msb
      kind: entity
      type: organisation
      name: Millî Savunma Bakanlığı
    ```
    with the article writing both "Millî Savunma Bakanlığı" and "Milli Savunma Bakanlığı".

    Use instead: write one spelling throughout, or declare the other one:
    ```yaml
    - id: msb
      kind: entity
      type: organisation
      name: Millî Savunma Bakanlığı
      aliases: [Milli Savunma Bakanlığı]
    ```
    """

    code = "CS501"
    name = "name-variant"
    severity = Severity.WARNING
    summary = "An entity is written in a spelling that is neither its name nor a declared alias."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        data = ctx.language
        article = ctx.name_index
        known = SpanIndex(known_spans(ctx, article))
        found: list[tuple[Match, EntityClaim, str]] = []
        for entity, name, wanted in known_names(ctx):
            if entity.type not in CHECKED_TYPES:
                continue
            words = sum(p.kind is Kind.WORD for p in wanted)
            # A slip in a person's name is CS502's (an error); a one-word name has no
            # other words to confirm that a slip is meant as this name.
            spelling = entity.type != "person" and words > 1
            for hit in article.matches(wanted, data, spelling=spelling):
                if hit.level is Level.SAME:
                    continue
                if inside_known(hit.start, hit.end, len(wanted), known):
                    continue
                found.append((hit, entity, name))
        yield from self._report(ctx, found)

    def _report(
        self, ctx: Context, found: list[tuple[Match, EntityClaim, str]]
    ) -> Iterator[Finding]:
        # One reading per stretch of text: the closest spelling, then the longest name.
        found.sort(key=lambda f: (f[0].start, f[0].level, -(f[0].end - f[0].start)))
        kept: list[tuple[Match, EntityClaim, str]] = []
        for item in found:
            if kept and item[0].start < kept[-1][0].end:
                continue
            kept.append(item)
        groups: dict[tuple[str, tuple[str, ...]], list[tuple[Match, EntityClaim, str]]] = {}
        for item in kept:
            groups.setdefault((item[1].id, item[0].key), []).append(item)
        for items in groups.values():
            first, entity, closest = items[0]
            variant = " ".join(ctx.article.text[first.start : first.end].split())
            times, related = occurrences(ctx, [(m.start, m.end) for m, *_ in items], variant)
            accepted = "" if closest == entity.name else f" (declared spelling '{closest}')"
            yield self.finding(
                f"entity {entity.id} is '{entity.name}'{accepted}; the article writes "
                f"'{variant}' ({times}), which differs in {WHAT[first.level]} "
                "and is not a declared alias",
                article=ctx.at_span(first.start, first.end),
                claim_file=ctx.at_claim(entity.id, "name"),
                claims=[entity.id],
                fields=("name", "aliases"),
                related=related,
                suggestion=closest,
            )
