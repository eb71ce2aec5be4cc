from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.record import Tenure, claim_location, credit, source_related
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.periods import Period


class OfficialNotInOffice(BaseCheck):
    """The record shows the person in no position at all on the claim's date.

    ## What it does
    For a ``role`` claim whose person entity names an ``official:`` of the record's
    officials, looks for any position the official held at some time in the claim's
    ``as_of`` (a position with no end date ends when a later entry for the same post, or
    with another rank, starts). If there is none, the claim is reported with the nearest
    position the record does show.

    ## Why is this bad?
    Giving someone a post they had already left (or had not yet taken) on the date of the
    story is a factual error: the article names the wrong person or an outdated title.

    ## Example
    ```yaml
    - id: simsek
      kind: entity
      type: person
      name: Mehmet Şimşek
      official: mehmet-simsek
    - id: simsek-role
      kind: role
      person: simsek
      title: Hazine ve Maliye Bakanı
      as_of: 2020-05-01
      quote: "Hazine ve Maliye Bakanı Mehmet Şimşek"
    ```

    Use instead: the date the article reports (``as_of: 2025-04-28``) or the person who
    held the post on that date.

    ## References
    ``claims/registries/officials.yaml``. A position's ``from`` is sometimes only the
    earliest date a source shows; see its ``note`` before concluding.
    """

    code = "CS305"
    name = "official-not-in-office"
    severity = Severity.ERROR
    summary = "The record shows the person in no position on the claim's date."
    scope = Scope.RECORD
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim, name, all_tenures in ctx.official_roles:
            if any(t.overlaps(claim.as_of) for t in all_tenures):
                continue
            nearest = min(all_tenures, key=lambda t: _distance(t, claim.as_of))
            who = credit(nearest.position.source)
            yield self.finding(
                f"{claim.id} has {name} as {claim.title} on {claim.as_of}, but the record "
                f"shows no position held then; nearest: {nearest.position.title} "
                f"{nearest.dates()}" + (f" ({who})" if who else ""),
                article=claim_location(ctx, claim.id),
                claim_file=ctx.at_claim(claim.id, "as_of"),
                claims=[claim.id],
                fields=("as_of",),
                related=(source_related(
                    f"the record: {nearest.position.title}, {nearest.dates()}",
                    nearest.position.source,
                ),),
            )


def _distance(tenure: Tenure, period: Period) -> int:
    """Days between a position and a period that do not overlap."""
    if tenure.end is not None and tenure.end < period.start:
        return (period.start - tenure.end).days
    if tenure.start is not None and period.end < tenure.start:
        return (tenure.start - period.end).days
    return 0
