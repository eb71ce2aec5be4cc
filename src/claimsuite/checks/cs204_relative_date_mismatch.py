from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim
from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions import Mention, MentionKind

# The claim fields a relative time word in the passage may stand for, by claim kind. Not
# statements or roles: there "geçen yıl" is about what was said, or when someone was
# appointed, not about the claim's date.
FIELDS: dict[str, tuple[str, ...]] = {
    "quantity": ("period",),
    "change": ("period", "base_period"),
    "ranking": ("period",),
    "plan": ("period",),
    "forecast": ("period",),
    "event": ("date",),
}
_MONTHS = {"month": 1, "quarter": 3}


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _months_from(day: date, months: int, shift: int) -> tuple[date, date]:
    """The ``months``-long block (month or quarter) holding ``day``, ``shift`` blocks on."""
    index = day.year * 12 + (day.month - 1) // months * months + shift * months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1), _month_end(year, month + months)


def resolve(published: Period, unit: str, offset: int) -> Period | None:
    """Every day a relative word ("geçen yıl", "next month") can mean for an article
    published some day in ``published``, as one range; None for a unit we cannot place."""
    first, last = published.start, published.end
    if unit == "year":
        return Period(date(first.year + offset, 1, 1), date(last.year + offset, 12, 31),
                      Granularity.RANGE)
    if unit in _MONTHS:
        start = _months_from(first, _MONTHS[unit], offset)[0]
        end = _months_from(last, _MONTHS[unit], offset)[1]
        return Period(start, end, Granularity.RANGE)
    if unit == "week":
        monday = first - timedelta(days=first.weekday()) + timedelta(weeks=offset)
        sunday = last + timedelta(days=6 - last.weekday()) + timedelta(weeks=offset)
        return Period(monday, sunday, Granularity.RANGE)
    if unit == "day":
        return Period(first + timedelta(days=offset), last + timedelta(days=offset),
                      Granularity.RANGE)
    return None


def show(period: Period, unit: str) -> str:
    if unit == "year":
        first, last = period.start.year, period.end.year
        return f"{first}" if first == last else f"{first} to {last}"
    return f"{period.start.isoformat()} to {period.end.isoformat()}"


class RelativeDateMismatch(BaseCheck):
    """A relative time word in a claim's passage contradicts the claim's period.

    ## What it does
    Reads the relative time words of each claim's passage ("geçen yıl", "bu yıl", "gelecek
    yıl", "next month", "yesterday") against the article's publication date and compares
    the result with the claim's period (``period``, ``base_period``, or an event's
    ``date``). "The same period last year" is read against the claim's own ``period`` and
    compared with its ``base_period``. When ``published`` is a range, every day in it is
    tried, and only a word that fits none of them is reported.

    ## Why is this bad?
    A claim for 2026 whose passage says "bu yıl" in an article from 2025 says two different
    years at once: either the claim or the relative word is wrong, and readers will take the
    relative word at face value.

    ## Example
    ```yaml
    article:
      language: tr
      published: 2025-05-01
    claims:
      - id: next-meeting
        kind: plan
        what: next meeting
        period: 2026
        quote: "bir sonraki görüşmenin bu yıl yapılması"
    ```

    Use instead: "bir sonraki görüşmenin gelecek yıl yapılması" (or ``period: 2025``).
    """

    code = "CS204"
    name = "relative-date-mismatch"
    severity = Severity.WARNING
    summary = "A relative date in a claim's passage contradicts the claim's period."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            fields = FIELDS.get(claim.kind, ())
            periods = {f: getattr(claim, f) for f in fields if getattr(claim, f) is not None}
            if not periods:
                continue
            for mention in self._relatives(ctx, claim.id):
                finding = self._check(ctx, claim, periods, mention)
                if finding is not None:
                    yield finding

    def _relatives(self, ctx: Context, claim_id: str) -> list[Mention]:
        seen: dict[int, Mention] = {}
        for passage in ctx.locator.passages(claim_id):
            if passage.start is None or passage.end is None:
                continue
            for mention in ctx.locator.mentions_in(passage.start, passage.end):
                if mention.kind is MentionKind.RELATIVE and mention.offset is not None:
                    seen.setdefault(mention.start, mention)
        return [seen[k] for k in sorted(seen)]

    def _check(
        self, ctx: Context, claim: object, periods: dict[str, Period], mention: Mention
    ) -> Finding | None:
        claim_id: str = getattr(claim, "id")  # noqa: B009 - any claim kind
        assert mention.offset is not None
        assert mention.relation is not None
        line, col = ctx.article.position(mention.start)
        said = f"'{mention.surface}' ({line}:{col})"
        if mention.relation == "same-period":
            if not isinstance(claim, ChangeClaim) or claim.base_period is None:
                return None
            expected = claim.period.shifted(mention.offset)
            if expected == claim.base_period:
                return None
            return self.finding(
                f"claim `{claim_id}` compares {claim.period} with {claim.base_period} "
                f"(base_period), but the article says {said}, which means {expected}",
                article=ctx.at_offset(mention.start),
                claim_file=ctx.at_claim(claim_id, "base_period"),
                claims=[claim_id],
            )
        published = ctx.claims.file.article.published
        meant = resolve(published, mention.relation, mention.offset)
        if meant is None or any(meant.overlaps(p) for p in periods.values()):
            return None
        field, period = next(iter(periods.items()))
        return self.finding(
            f"claim `{claim_id}` is about {period} ({field}), but the article says {said}, "
            f"which for an article published {published} means {show(meant, mention.relation)}",
            article=ctx.at_offset(mention.start),
            claim_file=ctx.at_claim(claim_id, field),
            claims=[claim_id],
        )
