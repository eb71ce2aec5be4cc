from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.spans import SpanIndex
from claimsuite.analysis.vocabulary import (
    entity_name_spans,
    spelling_variants,
    vocabulary_spans,
)
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status

MAX_RELATED = 12


class TermSpellingVariant(BaseCheck):
    """One term, one spelling: the article writes the same word two ways.

    ## What it does
    Compares the article's words with each other and reports a term written in two
    spellings that differ in a circumflex (``millî`` / ``milli``), in Turkish letters
    written plain (``doğrultusunda`` / ``dogrultusunda``: a ç, ğ or ş, or two letters or
    more, since one vowel may as well be a slip in the lettered word) or in a doubled letter
    (``sanayii`` / ``sanayi``), or in English British against American spelling
    (``travelled`` / ``traveled``, ``organise`` / ``organize``, ``defence`` /
    ``defense``), listing each spelling and where it occurs. A Turkish ending is not a
    second spelling: ``sanayine`` is ``sanayi`` with a case ending (the language's suffix
    table decides), so it counts with ``sanayi``, while ``sanayii`` is a spelling of its
    own. Short words are left alone
    (``kar``/``kâr``, ``saat``/``sat`` are different words), and so are a spelling only
    ever capitalised inside a sentence (a name: ``Department of Defense``), names of declared
    entities (CS501 compares those with the claim file) and the words of the house
    vocabulary's phrases where the article writes them (CS503 looks after those).

    ## Why is this bad?
    Two spellings of one term in one article look careless, and a reader may wonder
    whether they mean two things. Pick one, and put it in the house vocabulary so every
    article uses it.

    ## Example
    > Görüşmelerde savunma sanayii konuları ele alındı. ... savunma sanayi ihracatı ...

    Use instead: one spelling throughout ("savunma sanayii ihracatı"), or a vocabulary
    entry (``prefer: savunma sanayii``, ``reject: [savunma sanayi]``).
    """

    code = "CS504"
    name = "term-spelling-variant"
    severity = Severity.WARNING
    summary = "The same term is written in two spellings in one article."
    scope = Scope.ARTICLE
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        words = ctx.word_index
        skip = SpanIndex.of([
            *entity_name_spans(ctx),
            *vocabulary_spans(words, ctx.house_vocabulary, ctx.language),
        ])
        for variant in spelling_variants(words, ctx.language, skip=skip):
            parts = []
            for form, spots in variant.forms:
                written = sorted({s.written for s in spots}, key=str.casefold)
                times = "once" if len(spots) == 1 else f"{len(spots)} times"
                parts.append(f"'{form}' {times} ({', '.join(written)})")
            first = variant.forms[0][1][0]
            related = [
                Related(f"'{form}' as '{spot.written}'", ctx.at_span(spot.start, spot.end))
                for form, spots in variant.forms
                for spot in spots
                if spot is not first
            ]
            related.sort(key=lambda r: (r.location.line, r.location.col) if r.location
                         else (0, 0))
            yield self.finding(
                f"one term in two spellings, differing in {variant.how}: "
                + " and ".join(parts)
                + "; write it one way",
                article=ctx.at_span(first.start, first.end),
                related=related[:MAX_RELATED],
            )
