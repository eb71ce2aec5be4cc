from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.passages import first_passage
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import PlanClaim, RankingClaim
from claimsuite.text.search import hedges_in

# Kinds whose unhedged claim must not be hedged in the text: a plan agreed on may well be
# reported with "olabilir" about its details, a forecast or ranking stated as fact may not.
STRICT_KINDS = frozenset({"forecast", "ranking"})


def hedge_words(ctx: Context, claim_id: str) -> list[tuple[int, int]]:
    """Spans of hedge words in a claim's passages, leaving out those that are figures
    ("May 2025" is a month, not "may")."""
    hits: list[tuple[int, int]] = []
    for passage in ctx.locator.passages(claim_id):
        if passage.start is None or passage.end is None:
            continue
        hedges = hedges_in(ctx.article.text, ctx.article.language, passage.start, passage.end)
        hits.extend((a, b) for a, b, _ in hedges)
    return sorted(hits)


class HedgeMismatch(BaseCheck):
    """A claim's ``hedged`` flag and the hedge words of its passage disagree.

    ## What it does
    For a claim marked ``hedged: true`` (a ``plan``, ``forecast`` or ``ranking``), reports
    a passage with no hedge word of the language data ("muhtemelen", "olabilir",
    "probably", "likely"). For a ``forecast`` or
    ``ranking`` marked ``hedged: false`` (the default), reports a hedge word in the passage.

    ## Why is this bad?
    "Probably among the top 10" and "among the top 10" are different claims. When an edit
    drops "muhtemelen", a guess is printed as a fact; when one adds it, the claim set no
    longer describes what the article asserts.

    ## Example
    ```yaml
    - id: top10-forecast
      kind: forecast
      what: exports among the world's top 10
      period: 2026
      hedged: true
      quote: "ihracatın dünya genelinde ilk 10 arasında yer alacağını"
    ```

    Use instead: restore the hedge ("muhtemelen dünya genelinde ilk 10 arasında"), or set
    ``hedged: false`` if the speaker really stated it as certain.
    """

    code = "CS404"
    name = "hedge-mismatch"
    severity = Severity.WARNING
    summary = "A claim's hedged flag does not match the hedge words of its passage."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if not isinstance(claim, PlanClaim | RankingClaim):
                continue
            span = first_passage(ctx, claim.id)
            if span is None:
                continue  # CS401 reports a passage that is gone
            hits = hedge_words(ctx, claim.id)
            if claim.hedged and not hits:
                yield self.finding(
                    f"claim {claim.id} is hedged (hedged: true), but its passage "
                    "has no hedge word; the article states it as certain",
                    article=ctx.at_span(*span),
                    claim_file=ctx.at_claim(claim.id, "hedged"),
                    claims=[claim.id],
                    fields=("hedged",),
                )
            elif not claim.hedged and claim.kind in STRICT_KINDS and hits:
                start, end = hits[0]
                yield self.finding(
                    f"claim {claim.id} is stated as certain (hedged: false), but the "
                    f"article hedges it: '{ctx.article.text[start:end]}'",
                    article=ctx.at_span(start, end),
                    claim_file=ctx.at_claim(claim.id),
                    claims=[claim.id],
                    fields=("hedged",),
                )
