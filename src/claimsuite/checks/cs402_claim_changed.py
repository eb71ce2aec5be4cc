from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.verdicts import FieldVerdict, Verdict
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class ClaimChanged(BaseCheck):
    """The article still has the claim's passage, but it now states something else.

    ## What it does
    For each claim whose passage is still in the article, compares every field the claim
    asserts — rates (``%72`` = ``yüzde 72``), amounts (``1,7 milyar dolar`` = ``1.7 milyar
    dolar``), periods and dates, ranks, people, places, titles, organisations, the direction
    of a change and the tense of an event — with the passage, and reports a field only when
    the passage clearly *contradicts* it:

    - the quote stated the field and the article's edit put another figure, unit, period,
      date or name in its place (the quote and the passage are aligned word by word, figures
      by value, so ``1,7``/``1.7`` or ``%72``/``yüzde 72`` is no change);
    - the edit turned a rise into a fall (``arttı`` → ``azaldı``, ``rose`` → ``fell``), or
      the tense, mood or negation of the event or statement (``yapıldı`` → ``yapılacak``,
      ``gerçekleşti`` → ``gerçekleşmedi``, ``held`` → ``will be held``);
    - a figure, scale, currency or period the quote wrote and no field holds changed
      (``temel yılını 2025`` → ``2026``; ``per million Btu`` → ``per billion Btu``);
    - the passage's only figure of the field's kind, stated by no other claim, differs;
    - a change with a positive rate whose passage tells a fall (``yüzde 6 azaldı``; a fall
      is a negative rate), or an event in the past that the passage tells as to come or
      negated.

    A field the passage neither states nor contradicts is a question of CS405, never an
    error here.

    ## Why is this bad?
    A figure or a name changed in an update without the claim set following is exactly the
    careless edit a desk wants to catch before publication.

    ## Example
    ```yaml
    - id: exports-2025-q1-growth
      kind: change
      metric: defence-exports
      period: 2025-Q1
      rate: 72%
      quote: "%72 artışla 1.7 milyar dolara ulaştığı"
    ```
    with the article now reading "%27 artışla 1.7 milyar dolara ulaştığı".

    Use instead: correct the article, or update the claim if the new figure is right.
    """

    code = "CS402"
    name = "claim-changed"
    severity = Severity.ERROR
    summary = "A claim's passage now states a different figure or name than the claim."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            verdict = ctx.verdicts.of(claim.id)
            if verdict is None:
                continue  # an entity, or CS401 reports a claim with no passage at all
            for field in verdict.of(Verdict.CONTRADICTED):
                yield self._changed(ctx, claim.id, field)

    def _changed(self, ctx: Context, claim_id: str, field: FieldVerdict) -> Finding:
        if field.field == "direction" and field.shown.startswith("'"):
            # a quantity told with the way it moved ("89 bin 996 kişi azalarak")
            message = (
                f"claim {claim_id}: its passage changed the direction of a figure: "
                f"{field.reason}"
            )
            where = "quote"
        elif field.field == "direction":
            message = (
                f"claim {claim_id} says {field.shown} (rate); its passage tells a "
                f"{'rise' if 'fall' in field.shown else 'fall'} ('{field.now}')"
                if not field.reason.startswith("'")
                else f"claim {claim_id} says {field.shown} (rate); its passage changed "
                f"direction: {field.reason}"
            )
            where = "rate"
        elif field.field == "tense":
            message = (
                f"claim {claim_id}: its passage changed tense, mood or negation: {field.reason}"
                if field.reason.startswith("'")
                else f"claim {claim_id} is an event in the past; {field.reason} ('{field.now}')"
            )
            where = None
        elif field.field == "quote":
            message = (
                f"claim {claim_id}: a figure of its passage changed that no field of the "
                f"claim holds: {field.reason}"
            )
            where = "quote"
        else:
            message = (
                f"claim {claim_id} says {field.shown} ({field.field}); "
                f"the article now says {field.now}"
            )
            where = field.field
        article = (
            ctx.at_span(field.start, field.end)
            if field.start is not None and field.end is not None
            else None
        )
        return self.finding(
            message,
            article=article,
            claim_file=ctx.at_claim(claim_id, where),
            claims=[claim_id],
            fields=(field.field,),
        )
