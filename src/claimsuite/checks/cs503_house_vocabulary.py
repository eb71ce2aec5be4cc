from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.vocabulary import (
    entity_variant_spans,
    in_case_of,
    rejected_in,
    with_ending,
)
from claimsuite.checks.base import (
    BaseCheck,
    Context,
    Finding,
    Location,
    Related,
    Scope,
    Severity,
    Status,
)


class HouseVocabulary(BaseCheck):
    """The article writes a spelling the house vocabulary rejects.

    ## What it does
    Looks for every rejected spelling of the house vocabulary (the shipped list for the
    article's language and the desk's own files, ``[tool.claimsuite] vocabulary``; see
    docs/house-vocabulary.md) and reports each one, naming the preferred spelling with the
    entry's reason and source. Words match whole and folded: case (``İ``/``i``,
    ``I``/``ı``), either apostrophe and a Turkish ending, glued or after an apostrophe
    (``savunma sanayine``, ``Milli Savunma Bakanlığı'nın``), do not matter; the suggestion
    keeps the ending (``savunma sanayiine``). A spelling inside one of the entry's
    ``except`` phrases is right (``chicken Kiev``), and a declared entity's variant
    spelling is left to CS501.

    ## Why is this bad?
    A desk writes a term one way across every article. A rejected spelling is either a
    misspelling or a form the style guide has decided against; readers notice both.

    ## Example
    With the shipped Turkish list, the article writes:

    > Türkiye'nin savunma sanayi alanındaki ihracatı ...

    Use instead: "savunma sanayii alanındaki" — or, to allow the spelling, remove it from
    the vocabulary entry's ``reject`` list in the desk's own file.
    """

    code = "CS503"
    name = "house-vocabulary"
    severity = Severity.WARNING
    summary = "The article writes a spelling the house vocabulary rejects."
    scope = Scope.ARTICLE
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        terms = ctx.house_vocabulary
        if not terms:
            return
        hits = rejected_in(ctx.word_index, terms, ctx.language)
        if not hits:
            return
        entities = entity_variant_spans(ctx)
        text = ctx.article.text
        for hit in hits:
            if entities.overlaps(hit.start, hit.end):
                continue
            entry = hit.term.entry
            written = " ".join(text[hit.start : hit.word_end].split())
            suggestion = in_case_of(
                text[hit.start : hit.end],
                with_ending(entry.prefer, text[hit.start : hit.end], hit.ending),
                ctx.article.language,
            )
            url = entry.source if entry.source and entry.source.startswith("http") else None
            reason = entry.reason if url or not entry.source else f"{entry.reason} ({entry.source})"
            yield self.finding(
                f"'{written}': the house vocabulary writes '{entry.prefer}', not '{hit.form}'",
                article=ctx.at_span(hit.start, hit.word_end),
                related=(
                    Related(
                        f"house vocabulary: {reason}",
                        Location(hit.term.path, hit.term.line, hit.term.col),
                        url,
                    ),
                ),
                suggestion=suggestion,
            )
