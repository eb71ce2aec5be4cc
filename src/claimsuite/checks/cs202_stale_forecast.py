from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.passages import future_words, reported_before
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import PlanClaim


class StaleForecast(BaseCheck):
    """A forecast or plan for a period that was over when the article appeared, still in
    the future tense.

    ## What it does
    For each ``forecast`` or ``plan`` claim whose ``period`` ended before the earliest day
    the article can have been published (``article.published``), looks for a future
    marker of the language data (``-acak``/``-ecek``, ``will``, ``is expected to``) in the
    claim's passage and reports the first one. A forecast the article reports as said
    earlier ("... olacağını tahmin etmekteyiz\" demişti", "had said ... would") is the
    speaker's future at the time, told as such, and is left alone.

    ## Why is this bad?
    "Exports will be among the top 10 in 2023", published in 2025, presents an old forecast
    as news. By then the outcome is known: the reader needs to learn whether it came true,
    not what someone expected.

    ## Example
    ```yaml
    article:
      language: tr
      published: 2025-05-01
    claims:
      - id: top10-forecast
        kind: forecast
        what: exports among the world's top 10
        period: 2023
        quote: "2023'te ihracatın ilk 10 arasında yer alacağını ifade etti"
    ```

    Use instead: report the outcome for 2023, or date the forecast in the past ("2022'de
    ... yer alacağını söylemişti") and say whether it came true.
    """

    code = "CS202"
    name = "stale-forecast"
    severity = Severity.WARNING
    summary = "A forecast or plan for a period already over at publication is in future tense."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        published = ctx.claims.file.article.published
        for claim in ctx.claims.claims:
            if not isinstance(claim, PlanClaim) or claim.period.end >= published.start:
                continue
            hits = future_words(ctx, claim.id)
            if not hits or reported_before(ctx, claim.id):
                continue
            start, end = hits[0]
            yield self.finding(
                f"{claim.kind} {claim.id} is about {claim.period}, which ended before the "
                f"article's earliest publication day {published.start.isoformat()}, but the "
                f"article still puts it in the future: '{ctx.article.text[start:end]}'",
                article=ctx.at_span(start, end),
                claim_file=ctx.at_claim(claim.id, "period"),
                claims=[claim.id],
                fields=("period",),
            )
