from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimsuite.analysis.names import accepted_names
from claimsuite.analysis.words import extra_words, find_words
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, EntityClaim, QuantityClaim, StatementClaim
from claimsuite.text.mentions import find_name

# A name is capitalised words (an acronym counts), joined by a few lower-case links.
_WORD = re.compile(r"[^\W\d_][\w.&-]*(?:[’'][^\W\d_]+)?")
_LINKS = frozenset({"ve", "and", "of", "for", "the", "de", "la"})
_SKIP_BEFORE_NAME = frozenset({"the"})
_MAX_WORDS = 7


def _words_before(text: str, end: int) -> str:
    """The capitalised name ending at ``end`` ("Ticaret Bakanlığı'nın" -> the name)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, 0, end)]
    name: list[str] = []
    pos = end
    # "Türkiye İhracatçılar Meclisi'nin (TİM) verilerine göre": the name is before the gloss.
    before = text[:end].rstrip()
    if before.endswith(")") and "(" in before:
        pos = before.rindex("(")
        words = [w for w in words if w[1] <= pos]
    for start, stop, word in reversed(words):
        if text[stop:pos].strip():  # punctuation between: the name ended
            break
        if word[0].isupper() or (word in _LINKS and name):
            name.insert(0, word)
        else:
            break
        pos = start
        if len(name) >= _MAX_WORDS:
            break
    while name and name[0] in _LINKS:
        name.pop(0)
    return re.split(r"[’']", " ".join(name))[0].strip() if name else ""


def _words_after(text: str, start: int) -> str:
    name: list[str] = []
    pos = start
    for match in _WORD.finditer(text, start):
        if text[pos : match.start()].strip():
            break
        word = match.group()
        if word[0].isupper() or (word in _LINKS and name):
            name.append(word)
        elif word in _SKIP_BEFORE_NAME and not name:
            pass
        else:
            break
        pos = match.end()
        if len(name) >= _MAX_WORDS:
            break
    while name and name[-1] in _LINKS:
        name.pop()
    return re.split(r"[’']", " ".join(name))[0].strip() if name else ""


def named_sources(ctx: Context, text: str) -> Iterator[str]:
    """Sources ``text`` credits: "X'in verilerine göre", "according to X", "X data show"."""
    language = ctx.article.language
    after = extra_words(language, "attribution", "source_after")
    before = extra_words(language, "attribution", "source_before")
    for start, _end, _ in find_words(text, after, language):
        name = _words_before(text, start)
        if name:
            yield name
    for _start, end, _ in find_words(text, before, language):
        name = _words_after(text, end)
        if name:
            yield name


def _other_than(credited: str, names: tuple[str, ...], language: str) -> str:
    """What ``credited`` names besides the claim's source: "Ticaret Bakanlığı ve TİM" -> TİM."""
    rest = credited
    for name in names:
        if find_name(name, rest, language, marks=True):
            return ""  # an abbreviated or partial form of the claim's own source
        for a, b in sorted(find_name(rest, name, language, marks=True), reverse=True):
            rest = rest[:a] + " " + rest[b:]
    words = rest.split()
    while words and (words[0] in _LINKS or words[0] == ","):
        words.pop(0)
    while words and words[-1] in _LINKS:
        words.pop()
    return " ".join(words) if any(w[0].isupper() for w in words) else ""


class SourceDiffers(BaseCheck):
    """The sentence of a figure credits a different source than the claim.

    ## What it does
    For each ``quantity`` and ``change`` claim, reads the sentence(s) of its passages for a
    credited source: a name before "verilerine göre", "raporuna göre" and the like, or
    after "according to", "data from" (``[attribution] source_after`` / ``source_before``).
    It asks when that source is not the claim's ``source`` (any of its names), or when the
    claim gives no source at all.

    ## Why is this bad?
    The claim file records where each figure was checked. If the article credits TİM while
    the claim credits the Ministry of Trade, either the article misattributes the figure or
    it was checked against the wrong publication.

    ## Example
    ```yaml
    - id: exports-growth
      kind: change
      metric: defence-exports
      period: 2025-Q1
      rate: 72%
      source: ticaret-bakanligi
      quote: "TİM'in verilerine göre ihracat %72 arttı"
    ```

    Use instead: credit the source the figure was checked against, in the article and in
    ``source``.
    """

    code = "CS606"
    name = "source-differs"
    severity = Severity.INFO
    summary = "A figure's sentence credits a different source than its claim."
    scope = Scope.EDITOR
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        language = ctx.article.language
        for claim in ctx.claims.claims:
            if not isinstance(claim, QuantityClaim | ChangeClaim):
                continue
            if any(m.expectation.field == "source" and not m.found
                   for m in ctx.locator.met(claim.id)):
                continue  # CS402 reports a source the passage no longer names
            entity = ctx.claims.entity(claim.source)
            names = _names(ctx, claim.source)
            # A speaker the claim set credits with the figure is a source too.
            for other in ctx.claims.claims:
                if isinstance(other, StatementClaim) and other.speaker and claim.id in other.about:
                    names += _names(ctx, other.speaker)
            seen: set[str] = set()
            for passage in ctx.locator.passages(claim.id):
                if passage.start is None or passage.end is None:
                    continue
                start = ctx.article.sentence_at(passage.start).start
                end = ctx.article.sentence_at(max(passage.end - 1, passage.start)).end
                text = ctx.article.text[start:end]
                for credited in named_sources(ctx, text):
                    source = _other_than(credited, names, language)
                    if not source or source in seen:
                        continue
                    seen.add(source)
                    offset = start + text.find(source)
                    yield self._finding(ctx, claim, entity, source, offset)

    def _finding(
        self, ctx: Context, claim: QuantityClaim | ChangeClaim, entity: EntityClaim | None,
        source: str, offset: int,
    ) -> Finding:
        other = next(
            (
                c.id
                for c in ctx.claims.claims
                if isinstance(c, EntityClaim)
                and any(find_name(source, n, ctx.article.language, marks=True)
                        for n in _names(ctx, c.id))
            ),
            None,
        )
        credited = f"'{source}'" + (f" ({other})" if other else "")
        says = (
            f"claim {claim.id} credits {entity.id} ({entity.name})"
            if entity
            else f"claim {claim.id} names no source"
        )
        related = (
            (Related(f"the claim's source: {entity.name}", ctx.at_claim(claim.id, "source")),)
            if entity
            else ()
        )
        return self.finding(
            f"the sentence credits {credited} for the figure; {says}",
            article=ctx.at_span(offset, offset + len(source)),
            claim_file=ctx.at_claim(claim.id, "source" if entity else None),
            claims=[claim.id, *([other] if other else [])],
            fields=("source",),
            related=related,
        )


def _names(ctx: Context, entity_id: str | None) -> tuple[str, ...]:
    """The names the claim file gives an entity (its name and aliases)."""
    return accepted_names(ctx.claims, ctx.registries, entity_id, official=False, record=False)
