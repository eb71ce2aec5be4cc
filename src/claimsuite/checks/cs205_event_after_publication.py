from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.passages import first_passage, future_words
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import EventClaim, RoleClaim, StatementClaim
from claimsuite.claims.periods import Period


class EventAfterPublication(BaseCheck):
    """Something reported as having happened is dated after the article was published.

    ## What it does
    Reports an ``event`` whose ``date`` starts after the latest day the article can have
    been published (``article.published``), unless its passage speaks of it in the future
    tense (then it is a plan, and fine); a ``statement`` whose ``date`` starts after that
    day; and a ``role`` whose ``as_of`` starts after it.

    ## Why is this bad?
    An article cannot report a meeting that has not happened yet as held, nor give
    someone's title "as of" a day after it went out. Usually a year or a month is mistyped,
    or the publication date in the claim file is wrong.

    ## Example
    ```yaml
    article:
      language: tr
      published: 2025-05-01
    claims:
      - id: meeting
        kind: event
        name: Yüksek Düzeyli Savunma Grubu Toplantısı
        date: 2025-08-28
        quote: "toplantı 28 Ağustos 2025 tarihinde Ankara'da yapıldı"
    ```

    Use instead: the day the meeting was held (``date: 2025-04-28``, "28 Nisan 2025").
    """

    code = "CS205"
    name = "event-after-publication"
    severity = Severity.ERROR
    summary = "An event reported as past, or a role's date, falls after publication."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        published = ctx.claims.file.article.published
        for claim in ctx.claims.claims:
            if isinstance(claim, EventClaim) and not future_words(ctx, claim.id):
                what, field, when = "event", "date", claim.date
            elif isinstance(claim, StatementClaim) and claim.date is not None:
                what, field, when = "statement", "date", claim.date
            elif isinstance(claim, RoleClaim):
                what, field, when = "role", "as_of", claim.as_of
            else:
                continue
            if when.start > published.end:
                yield self._report(
                    ctx, claim.id, what=what, field=field, when=when, published=published
                )

    def _report(
        self, ctx: Context, claim_id: str, *, what: str, field: str, when: Period,
        published: Period,
    ) -> Finding:
        article = None
        for met in ctx.locator.met(claim_id):
            if met.expectation.field == field and met.start is not None:
                article = ctx.at_span(met.start, met.end if met.end is not None else met.start)
                break
        else:
            span = first_passage(ctx, claim_id)
            article = ctx.at_span(*span) if span else None
        latest = published.end.isoformat()
        if what == "role":
            verb, why = "gives the role as of", "an article cannot report a later day's title"
        else:
            verb, why = "is dated", "yet the article reports it as having happened"
        return self.finding(
            f"{what} {claim_id} {verb} {when}, after the latest day the article "
            f"can have been published ({latest}); {why}",
            article=article,
            claim_file=ctx.at_claim(claim_id, field),
            claims=[claim_id],
            fields=(field,),
        )
