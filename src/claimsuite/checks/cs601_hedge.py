from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.passages import claims_holding
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim, PlanClaim, RankingClaim
from claimsuite.text.search import hedges_in


class Hedge(BaseCheck):
    """A hedge ("muhtemelen", "probably") in the article: is it a fact or a guess?

    ## What it does
    Finds the hedges of the article's language (``[editor] hedges`` in ``lang/*.toml``) and
    asks about each one. When the hedge stands in a claim's passage it names the claim and,
    for plans, forecasts and rankings, whether the claim is marked ``hedged: true``. The
    month "May" before or after a number is not a hedge.

    ## Why is this bad?
    A hedged sentence makes a weaker claim than a plain one; a hedge an update added (or
    removed) changes what the article asserts, and a claim file that records a guess as a
    fact checks the wrong thing.

    ## Example
    ```yaml
    - id: top10
      kind: forecast
      what: exports among the world's top 10
      period: 2023
      quote: "2023'te ihracatın muhtemelen ilk 10 arasında yer alacağını"
    ```

    Use instead: mark the claim ``hedged: true`` (the question stays, as information), or
    drop the hedge if the fact is certain.
    """

    code = "CS601"
    name = "hedge"
    severity = Severity.INFO
    summary = "A hedge makes a statement uncertain: is it a fact or a guess?"
    scope = Scope.EDITOR
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        text, language = ctx.article.text, ctx.article.language
        for start, end, _ in hedges_in(text, language):  # "May 12" is a date, not a hedge
            word = text[start:end]
            where = ctx.at_span(start, end)
            claims = [c for c in claims_holding(ctx, start, end) if not isinstance(c, EntityClaim)]
            if not claims:
                yield self.finding(
                    f"hedge '{word}' in a sentence no claim states: is the writer sure?",
                    article=where,
                )
                continue
            ids = ", ".join(c.id for c in claims)
            hedgeable = [c for c in claims if isinstance(c, PlanClaim | RankingClaim)]
            marked = [c for c in hedgeable if c.hedged]
            unmarked = [c for c in hedgeable if not c.hedged]
            if unmarked:
                ask = ", ".join(c.id for c in unmarked)
                question = f"{ask} not marked hedged: is it a fact or a guess?"
            elif marked:
                question = "marked hedged: true, so the article presents it as a guess"
            else:
                question = "is it a fact or a guess?"
            first = unmarked[0] if unmarked else claims[0]
            hedged = isinstance(first, PlanClaim | RankingClaim) and first.hedged
            field = "hedged" if hedged else None
            yield self.finding(
                f"hedge '{word}' in the passage of {ids}: {question}",
                article=where,
                claim_file=ctx.at_claim(first.id, field),
                claims=[c.id for c in claims],
                fields=("hedged",) if hedgeable else (),
            )

