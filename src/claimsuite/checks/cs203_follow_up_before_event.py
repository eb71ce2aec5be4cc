from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimsuite.analysis.passages import first_passage
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
from claimsuite.claims.model import EventClaim, PlanClaim
from claimsuite.claims.periods import Period


def _article_at(ctx: Context, claim_id: str, field: str) -> Location | None:
    """Where the article states a claim's field, else its first passage, else nowhere."""
    for met in ctx.locator.met(claim_id):
        if met.expectation.field == field and met.start is not None:
            return ctx.at_span(met.start, met.end if met.end is not None else met.start)
    span = first_passage(ctx, claim_id)
    return ctx.at_span(*span) if span else None


class FollowUpBeforeEvent(BaseCheck):
    """A follow-up is dated before (or on the day of) the event it follows.

    ## What it does
    For a ``plan``, ``forecast`` or ``event`` claim with ``follows: <event id>``, reports
    when its ``period`` (or ``date``) ends before the followed event starts or on that same
    day, so that it cannot come after it. A plan's ``made_on`` that ends before the event
    starts is reported too: a plan agreed at a meeting is not made before the meeting.

    ## Why is this bad?
    "The next meeting will be held in 2024", after a meeting on 28 April 2025, is a typo in
    a year or a confusion between two meetings; either way the article misinforms.

    ## Example
    ```yaml
    - id: meeting
      kind: event
      name: High-Level Defence Group meeting
      date: 2025-04-28
      quote: "28 Nisan 2025 tarihinde Ankara'da yapıldı"
    - id: next-meeting
      kind: plan
      what: next meeting
      period: 2024
      follows: meeting
      quote: "bir sonraki görüşmenin 2024 yılında gerçekleşmesi"
    ```

    Use instead: the year agreed on, after the meeting (``period: 2026``).
    """

    code = "CS203"
    name = "follow-up-before-event"
    severity = Severity.ERROR
    summary = "A follow-up event or plan is dated before the event it follows."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if not isinstance(claim, PlanClaim | EventClaim) or claim.follows is None:
                continue
            followed = ctx.claims.by_id.get(claim.follows)
            if not isinstance(followed, EventClaim):
                continue
            field, when = (
                ("period", claim.period) if isinstance(claim, PlanClaim) else ("date", claim.date)
            )
            if when.end <= followed.date.start:
                yield self._report(ctx, claim.id, field, when, followed)
            if isinstance(claim, PlanClaim) and claim.made_on is not None:
                yield from self._made_on(ctx, claim, followed)

    def _made_on(self, ctx: Context, claim: PlanClaim, followed: EventClaim) -> Iterator[Finding]:
        assert claim.made_on is not None
        if claim.made_on.end < followed.date.start:
            yield self._report(ctx, claim.id, "made_on", claim.made_on, followed)

    def _report(
        self, ctx: Context, claim_id: str, field: str, when: Period, followed: EventClaim
    ) -> Finding:
        here = _article_at(ctx, claim_id, field)
        there = _article_at(ctx, followed.id, "date")
        return self.finding(
            f"{claim_id} follows {followed.id} of {followed.date} but its "
            f"{field} is {when}, not after it",
            article=here,
            claim_file=ctx.at_claim(claim_id, field),
            claims=[claim_id, followed.id],
            fields=(field, "follows"),
            related=(Related(f"{followed.id} is dated {followed.date}",
                             there or ctx.at_claim(followed.id, "date")),),
        )
