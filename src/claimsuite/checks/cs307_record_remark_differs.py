from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimsuite.analysis.record import claim_location, credit, source_related
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import PlanClaim, StatementClaim
from claimsuite.claims.periods import Period
from claimsuite.claims.records import Remark


def _differs(claimed: Period | None, recorded: Period | None) -> bool:
    return claimed is not None and recorded is not None and not claimed.overlaps(recorded)


class RecordRemarkDiffers(BaseCheck):
    """A reported remark differs from the record of that remark: its date or its subject period.

    ## What it does
    For a ``statement`` or ``forecast`` that names the recorded remark it reports
    (``remark: <id in the record>``), compares the claim's ``date`` (a statement) or ``made_on``
    (a forecast) with the date the record gives, and a forecast's ``period`` with the period
    the record says the remark was ``about``. Periods that do not overlap are reported with
    the record's source.

    ## Why is this bad?
    A remark moved to another year changes what it means: "we will be in the top 10 in 2023"
    is a different (and checkable) promise from the same words said about 2025.

    ## Example
    ```yaml
    - id: simsek-top10-forecast
      kind: forecast
      what: defence exports among the world's top 10
      period: 2023
      made_by: [simsek]
      remark: simsek-defence-exports-top10-2025   # recorded: said 2025-09-17, about 2025
      quote: "2023'te ... ilk 10 arasında yer alacağını"
    ```

    Use instead: the period and date the record gives (``period: 2025``), or a claim without
    ``remark:`` if the article reports a different remark.
    """

    code = "CS307"
    name = "record-remark-differs"
    severity = Severity.WARNING
    summary = "A reported remark's date or subject period differs from the record."
    scope = Scope.RECORD
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        remarks: dict[str, Remark] = {r.id: r for r in ctx.registries.all("remarks")}
        for claim in ctx.claims.claims:
            if isinstance(claim, StatementClaim | PlanClaim) and claim.remark in remarks:
                yield from self._compare(ctx, claim, remarks[claim.remark])

    def _compare(
        self, ctx: Context, claim: StatementClaim | PlanClaim, remark: Remark
    ) -> Iterator[Finding]:
        who = credit(remark.source)
        source = f" ({who})" if who else ""
        said = f"on {remark.date}" if remark.date else "at an unrecorded date"
        if isinstance(claim, PlanClaim) and _differs(claim.period, remark.about):
            yield self.finding(
                f"{claim.kind} {claim.id} is about {claim.period}; the record has the remark "
                f"{remark.id} made {said} about {remark.about}{source}",
                article=claim_location(ctx, claim.id),
                claim_file=ctx.at_claim(claim.id, "period"),
                claims=[claim.id],
                fields=("period", "remark"),
                related=(source_related(
                    f"the record: remark {remark.id} about {remark.about}", remark.source
                ),),
                suggestion=str(remark.about),
            )
        field, when = (
            ("date", claim.date)
            if isinstance(claim, StatementClaim)
            else ("made_on", claim.made_on)
        )
        if _differs(when, remark.date):
            yield self.finding(
                f"{claim.kind} {claim.id} dates the remark {when}; the record has it "
                f"{said}{source}",
                article=claim_location(ctx, claim.id),
                claim_file=ctx.at_claim(claim.id, field),
                claims=[claim.id],
                fields=(field, "remark"),
                related=(source_related(
                    f"the record: remark {remark.id} made {said}", remark.source
                ),),
                suggestion=str(remark.date),
            )
