from __future__ import annotations

import re
from collections.abc import Iterable

from claimsuite.analysis.relative import resolve, shift, show
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import (
    ChangeClaim,
    Claim,
    EventClaim,
    PlanClaim,
    QuantityClaim,
    RankingClaim,
)
from claimsuite.claims.periods import Period
from claimsuite.text.mentions import Mention, MentionKind
from claimsuite.text.mentions.resolve import prior_period


def _periods(claim: Claim) -> dict[str, Period]:
    """The claim fields a relative time word in the passage may stand for. Not statements
    or roles: there "geçen yıl" is about what was said, or when someone was appointed, not
    about the claim's date."""
    if isinstance(claim, ChangeClaim):
        found = {"period": claim.period, "base_period": claim.base_period}
    elif isinstance(claim, QuantityClaim | RankingClaim | PlanClaim):
        found = {"period": claim.period}
    elif isinstance(claim, EventClaim):
        found = {"date": claim.date}
    else:
        return {}
    return {field: period for field, period in found.items() if period is not None}


_ATTRIBUTIVE_AFTER = re.compile(r"[’']s\b")
_ATTRIBUTIVE_TR = re.compile(r"ki$", re.IGNORECASE)


def _attributive(text: str, mention: Mention) -> bool:
    """A relative word that dates a noun, not the claim's figure: "last month's outlook",
    "geçen ayki tahmin", "geçen yılki rekor"."""
    return (
        _ATTRIBUTIVE_AFTER.match(text, mention.end) is not None
        or _ATTRIBUTIVE_TR.search(mention.surface) is not None
    )


_BASES = frozenset({"same-period", "prior-period"})


def _names_base(claim: Claim, mention: Mention) -> bool:
    """Whether a base phrase of the passage names the claim's base period."""
    if not isinstance(claim, ChangeClaim) or claim.base_period is None or mention.offset is None:
        return False
    if mention.relation == "same-period":
        return shift(claim.period, mention.offset) == claim.base_period
    if mention.relation == "prior-period":
        return prior_period(claim.period, -mention.offset) == claim.base_period
    return False


class RelativeDateMismatch(BaseCheck):
    """A relative time word in a claim's passage contradicts the claim's period.

    ## What it does
    Reads the relative time words of each claim's passage ("geçen yıl", "bu yıl", "gelecek
    yıl", "next month", "yesterday") against the article's publication date and compares
    the result with the claim's period (``period``, ``base_period``, or an event's
    ``date``). "The same period last year" is read against the claim's own ``period`` and
    compared with its ``base_period``. When ``published`` is a range, every day in it is
    tried, and only a word that fits none of them is reported. A relative word that dates a
    noun ("last month's outlook", "geçen ayki tahmin") says when that was, not the claim's
    period, and is left alone.

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
            periods = _periods(claim)
            if not periods:
                continue
            relatives = self._relatives(ctx, claim.id)
            # "yıllık yüzde 27,00, aylık yüzde 1,63": a passage of two comparisons; the one
            # naming the claim's base is the claim's, the other another figure's
            agreed = any(_names_base(claim, m) for m in relatives)
            for mention in relatives:
                if agreed and mention.relation in _BASES:
                    continue
                finding = self._check(ctx, claim, periods, mention)
                if finding is not None:
                    yield finding

    def _relatives(self, ctx: Context, claim_id: str) -> list[Mention]:
        return ctx.locator.claim_mentions(claim_id, lambda mention: (
            mention.kind is MentionKind.RELATIVE
            and mention.offset is not None
            and not _attributive(ctx.article.text, mention)
        ))

    def _check(
        self, ctx: Context, claim: Claim, periods: dict[str, Period], mention: Mention
    ) -> Finding | None:
        assert mention.offset is not None
        assert mention.relation is not None
        said = f"'{mention.surface}'"
        where = ctx.at_span(mention.start, mention.end)
        if mention.relation == "same-period":
            if not isinstance(claim, ChangeClaim) or claim.base_period is None:
                return None
            expected = shift(claim.period, mention.offset)
            if expected is None or expected == claim.base_period:
                return None
            return self.finding(
                f"claim {claim.id} compares {claim.period} with {claim.base_period} "
                f"(base_period), but the article says {said}, which means {expected}",
                article=where,
                claim_file=ctx.at_claim(claim.id, "base_period"),
                claims=[claim.id],
                fields=("base_period",),
                suggestion=str(expected),
            )
        published = ctx.claims.file.article.published
        meant = resolve(published, mention.relation, mention.offset)
        if meant is None or any(meant.overlaps(p) for p in periods.values()):
            return None
        field, period = next(iter(periods.items()))
        return self.finding(
            f"claim {claim.id} is about {period} ({field}), but the article says {said}, "
            f"which for an article published {published} means {show(meant, mention.relation)}",
            article=where,
            claim_file=ctx.at_claim(claim.id, field),
            claims=[claim.id],
            fields=(field,),
        )
