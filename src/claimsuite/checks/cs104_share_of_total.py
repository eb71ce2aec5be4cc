from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from claimsuite.analysis.arithmetic import claim_range, implied_share, point
from claimsuite.checks.base import (
    BaseCheck,
    Context,
    Finding,
    Related,
    Scope,
    Severity,
    Status,
)
from claimsuite.claims.model import QuantityClaim, ShareClaim
from claimsuite.claims.quantities import format_number


def parts_of(ctx: Context, claim: ShareClaim) -> Iterator[tuple[str, object]]:
    """The claims giving the part's value: the share claim's own ``value``, and every
    quantity claim for the same metric, subject and period."""
    if claim.value is not None:
        yield claim.id, claim
    for other in ctx.claims.claims:
        if (
            isinstance(other, QuantityClaim)
            and other.metric == claim.metric
            and other.subject == claim.subject
            and other.period == claim.period
        ):
            yield other.id, other


class ShareOfTotal(BaseCheck):
    """A share of a total disagrees with the part's value and the total.

    ## What it does
    For a ``share`` claim whose ``share_of`` names the ``quantity`` claim of the whole,
    divides the part's value by the whole and compares the result with the share. The
    part's value is the share claim's own ``value`` or a ``quantity`` claim for the same
    metric, subject and period. Every figure is an interval that follows its written
    precision, and a ``bound`` or ``approximate`` widens it, so only figures that cannot
    agree are reported. Nothing is compared when the whole is for another period, when the
    units cannot be converted, or when the claim set does not give the part's value.

    ## Why is this bad?
    "Defence exports of 1.7 billion dollars, 3% of total exports of 250 billion" does not
    add up: 1.7 of 250 is 0.68%. One of the three figures is wrong in the article or was
    copied wrongly into the claim file.

    ## Example
    ```yaml
    - id: exports-2025
      kind: quantity
      metric: exports
      period: 2025
      value: 250 billion USD
      quote: "toplam ihracat 250 milyar dolar"
    - id: defence-share-2025
      kind: share
      metric: defence-exports
      period: 2025
      share: 3%
      share_of: exports-2025
      value: 1.7 billion USD
      quote: "1,7 milyar dolarla toplam ihracatın yüzde 3'ü"
    ```

    Use instead: the share the figures give (``share: 0.7%``), or the right part or total.
    """

    code = "CS104"
    name = "share-of-total"
    severity = Severity.ERROR
    summary = "A share of a total disagrees with the part's value and the total."
    scope = Scope.CLAIMS
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if not isinstance(claim, ShareClaim) or claim.share_of is None:
                continue
            whole = ctx.claims.by_id.get(claim.share_of)
            if not isinstance(whole, QuantityClaim) or whole.period != claim.period:
                continue
            for part_id, part in parts_of(ctx, claim):
                finding = self._compare(ctx, claim, whole, part_id, part)
                if finding is not None:
                    yield finding

    def _compare(
        self,
        ctx: Context,
        claim: ShareClaim,
        whole: QuantityClaim,
        part_id: str,
        part: object,
    ) -> Finding | None:
        unit = whole.value.unit
        part_range = claim_range(part, "value", unit)
        whole_range = claim_range(whole, "value")
        share_range = claim_range(claim, "share")
        if part_range is None or whole_range is None or share_range is None:
            return None  # units that cannot be compared: nothing to say
        implied = implied_share(part_range, whole_range)
        if implied is None or implied.overlaps(share_range):
            return None
        part_value = getattr(part, "value", None)
        gives = f"{format_number(implied.mid)}%" if implied.bounded else f"{implied}%"
        related = [
            Related(f"the whole: {whole.value}", ctx.at_claim(whole.id, "value")),
        ]
        if part_id != claim.id:
            related.append(Related(f"the part: {part_value}", ctx.at_claim(part_id, "value")))
        return self.finding(
            f"claim {claim.id} gives a share of {claim.share} of {whole.id}, but "
            f"{part_value} of {whole.value} is {gives} ({implied}%)",
            claim_file=ctx.at_claim(claim.id, "share"),
            claims=sorted({claim.id, whole.id, part_id}),
            fields=("share",),
            related=related,
            suggestion=f"{point(implied.mid, _places(implied.mid))}%" if implied.bounded else None,
        )


def _places(value: Decimal) -> str:
    """Two significant decimals for small shares (0.68%), one for larger ones (12.5%)."""
    return "0.01" if value < 10 else "0.1"
