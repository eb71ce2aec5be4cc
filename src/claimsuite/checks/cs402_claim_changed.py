from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from claimsuite.analysis.locate import Met, Passage
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.text.mentions import find_name
from claimsuite.text.normalize import fold, strip_marks

_WORD = re.compile(r"\S+")
_TRAILING = ".,;:!?\"”)’'"


def _tokens(text: str, language: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), strip_marks(fold(m.group(), language)).strip('.,;:!?"“”()'))
        for m in _WORD.finditer(text)
    ]


def replacement(
    quote: str,
    passage: str,
    names: tuple[str, ...],
    language: str,
) -> tuple[int, int] | None:
    """The span of ``passage`` that took the place of a name written in ``quote``."""
    for name in names:
        hits = find_name(quote, name, language, marks=True)
        if hits:
            break
    else:
        return None
    a, b = hits[0]
    quote_tokens = _tokens(quote, language)
    passage_tokens = _tokens(passage, language)
    wanted = {i for i, (s, e, _) in enumerate(quote_tokens) if s < b and e > a}
    matcher = difflib.SequenceMatcher(
        None, [t[2] for t in quote_tokens], [t[2] for t in passage_tokens], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in {"replace", "delete"} and wanted & set(range(i1, i2)) and j2 > j1:
            start, end = passage_tokens[j1][0], passage_tokens[j2 - 1][1]
            while end > start and passage[end - 1] in _TRAILING:
                end -= 1
            return start, end
    return None


class ClaimChanged(BaseCheck):
    """The article still has the claim's passage, but it now states something else.

    ## What it does
    For each claim whose passage is still in the article, checks that the passage states
    every figure and name the claim asserts: rates (``%72`` = ``yüzde 72``), amounts
    (``1,7 milyar dolar`` = ``1.7 milyar dolar``), periods and dates, ranks (``ilk 10``),
    people, places, titles and organisations. When something differs it says what the
    article says instead, with its line and column.

    ## Why is this bad?
    A figure or a name changed in an update without the claim set following is exactly the
    careless edit a desk wants to catch before publication.

    ## Example
    ```yaml
    - id: exports-2025-q1-growth
      kind: change
      metric: defence-exports
      period: 2025-Q1
      rate: 72%
      quote: "%72 artışla 1.7 milyar dolara ulaştığı"
    ```
    with the article now reading "%27 artışla 1.7 milyar dolara ulaştığı".

    Use instead: correct the article, or update the claim if the new figure is right.
    """

    code = "CS402"
    name = "claim-changed"
    severity = Severity.ERROR
    summary = "A claim's passage now states a different figure or name than the claim."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            passages = [p for p in ctx.locator.passages(claim.id) if p.found]
            if not passages:
                continue  # CS401 reports claims with no passage at all
            for met in ctx.locator.met(claim.id):
                if not met.found:
                    yield self._changed(ctx, claim.id, met, passages)

    def _changed(self, ctx: Context, claim_id: str, met: Met, passages: list[Passage]) -> Finding:
        expected = met.expectation
        says = f"claim {claim_id} says {expected.shown} ({expected.field})"
        fields = (expected.field,)
        if met.instead:
            other = met.instead[0]
            return self.finding(
                f"{says}; the article now says {other.surface}",
                article=ctx.at_span(other.start, other.end),
                claim_file=ctx.at_claim(claim_id, expected.field),
                claims=[claim_id],
                fields=fields,
            )
        if not expected.is_figure:
            for passage in passages:
                assert passage.start is not None
                assert passage.end is not None
                text = ctx.article.text[passage.start : passage.end]
                span = replacement(passage.quote, text, expected.names, ctx.article.language)
                if span:
                    now = text[span[0] : span[1]]
                    return self.finding(
                        f"{says}; the article now says '{now}'",
                        article=ctx.at_span(passage.start + span[0], passage.start + span[1]),
                        claim_file=ctx.at_claim(claim_id, expected.field),
                        claims=[claim_id],
                        fields=fields,
                    )
        first = passages[0]
        assert first.start is not None
        assert first.end is not None
        return self.finding(
            f"{says}, but its passage no longer states it",
            article=ctx.at_span(first.start, first.end),
            claim_file=ctx.at_claim(claim_id, expected.field),
            claims=[claim_id],
            fields=fields,
        )
