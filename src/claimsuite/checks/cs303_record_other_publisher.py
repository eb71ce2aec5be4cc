from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.record import (
    claim_location,
    credit,
    entity_names,
    mentions_name,
    source_related,
    statistics_for,
)
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, QuantityClaim


class RecordOtherPublisher(BaseCheck):
    """A figure is credited to a source that is not who published it, per the record.

    ## What it does
    For a ``quantity`` or ``change`` claim with a ``source``, looks up the published
    ``statistics`` for the same metric, subject and period. When the record covers that
    period but none of its figures was published by the claimed source (none of the source
    entity's names appears in the statistic's ``publisher``), it asks the editor where the
    figure came from.

    ## Why is this bad?
    Crediting a figure to the wrong institution misleads readers about its authority and
    makes it hard to verify. It may also be harmless (a ministry repeating a figure), which
    is why this is a question, not an error.

    ## Example
    ```yaml
    - id: ticaret-bakanligi
      kind: entity
      type: organisation
      name: Ticaret Bakanlığı
    - id: exports-2025-q1-growth
      kind: change
      metric: defence-aerospace-exports
      subject: turkiye
      period: 2025-Q1
      base_period: 2024-Q1
      rate: 72%
      source: ticaret-bakanligi
      quote: "Ticaret Bakanlığı'nın verilerine bakıldığında ... %72 artışla"
    ```
    with the record crediting the 72% to the Savunma Sanayii Başkanlığı (SSB).

    Use instead: credit the publisher the record names (``source: ssb``), or add the
    ministry's own publication of the figure to the record.

    ## References
    ``claims/registries/statistics.yaml`` (``publisher`` of each figure).
    """

    code = "CS303"
    name = "record-other-publisher"
    severity = Severity.INFO
    summary = "A figure is credited to a source other than the publisher the record names."
    scope = Scope.RECORD
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            if not isinstance(claim, QuantityClaim | ChangeClaim) or claim.source is None:
                continue
            stats = [
                stat
                for rates in (True, False)
                for stat in statistics_for(
                    ctx, claim.metric, claim.subject, claim.period, rates=rates
                )
            ]
            if not stats:
                continue
            names = entity_names(ctx, claim.source)
            if any(mentions_name(stat.publisher, names) for stat in stats):
                continue
            entity = ctx.claims.entity(claim.source)
            credited = entity.name if entity is not None else claim.source
            published = "; ".join(
                dict.fromkeys(
                    credit(stat.source, stat.publisher) or stat.id for stat in stats
                )
            )
            related = tuple(dict.fromkeys(
                source_related(f"the record: {stat.id}", stat.source, stat.publisher)
                for stat in stats
            ))
            yield self.finding(
                f"{claim.id} credits {credited} for the {claim.period} {claim.metric} "
                f"figures, but the record has them from {published}: which publication "
                f"does the article use?",
                article=claim_location(ctx, claim.id),
                claim_file=ctx.at_claim(claim.id, "source"),
                claims=[claim.id, claim.source],
                fields=("source",),
                related=related,
            )
