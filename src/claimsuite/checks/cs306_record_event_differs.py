from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import timedelta

from claimsuite.analysis.record import (
    claim_location,
    credit,
    entity_names,
    fold_name,
    mentions_name,
    names_of_record,
    source_related,
)
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import EventClaim
from claimsuite.claims.periods import Period
from claimsuite.claims.records import EventRecord

MIN_NAME_SCORE = 85.0
"""rapidfuzz token_set_ratio (0-100) above which two event names are the same event."""

WINDOW = timedelta(days=62)
"""How far apart a claimed and a recorded date may be and still be the same event."""


def _gap(a: Period, b: Period) -> timedelta:
    if a.overlaps(b):
        return timedelta(0)
    return (b.start - a.end) if a.end < b.start else (a.start - b.end)


class RecordEventDiffers(BaseCheck):
    """An event's date or place differs from the record of that event.

    ## What it does
    For each ``event`` claim, finds the record's ``events`` entry with a similar name
    (rapidfuzz ``token_set_ratio`` of at least 85 after Turkish-aware folding) dated within
    about two months of the claimed date, preferring the closest in name and date. It
    reports a date that does not overlap the recorded one and a ``place`` whose names do not
    include the recorded place.

    ## Why is this bad?
    A meeting reported on the wrong day or in the wrong city is a plain factual error that
    readers (and the organisers) notice at once.

    ## Example
    ```yaml
    - id: ankara
      kind: entity
      type: place
      name: Ankara
    - id: hldg-meeting-2025
      kind: event
      name: Yüksek Düzeyli Savunma Grubu Toplantısı
      date: 2025-04-21
      place: ankara
      quote: "Yüksek Düzeyli Savunma Grubu Toplantısı'nın 21 Nisan 2025 tarihinde Ankara'da"
    ```
    with the record giving the meeting on 2025-04-28.

    Use instead: ``date: 2025-04-28``, the day the record (and the ministry) gives.

    ## References
    ``claims/registries/statistics.yaml`` (``events:``).
    """

    code = "CS306"
    name = "record-event-differs"
    severity = Severity.ERROR
    summary = "An event's date or place differs from the record of that event."
    scope = Scope.RECORD
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        records: list[EventRecord] = ctx.registries.all("events")
        if not records:
            return
        for claim in ctx.claims.claims:
            if isinstance(claim, EventClaim):
                record = _match(claim, records)
                if record is not None:
                    yield from self._compare(ctx, claim, record)

    def _compare(self, ctx: Context, claim: EventClaim, record: EventRecord) -> Iterator[Finding]:
        where = claim_location(ctx, claim.id)
        who = credit(record.source)
        source = f" ({who})" if who else ""
        if not claim.date.overlaps(record.date):
            yield self.finding(
                f"{claim.id} dates {claim.name} {claim.date}; the record ({record.id}) "
                f"has {record.date}{source}",
                article=where,
                claim_file=ctx.at_claim(claim.id, "date"),
                claims=[claim.id],
                fields=("date",),
                related=(source_related(
                    f"the record: {record.date} ({record.id})", record.source
                ),),
                suggestion=str(record.date),
            )
        if claim.place is not None and record.place is not None:
            names = entity_names(ctx, claim.place)
            if not (names_of_record(ctx, record.place) & names) and not mentions_name(
                record.place, names
            ):
                entity = ctx.claims.entity(claim.place)
                claimed = entity.name if entity is not None else claim.place
                yield self.finding(
                    f"{claim.id} places {claim.name} in {claimed}; the record "
                    f"({record.id}) has {record.place}{source}",
                    article=where,
                    claim_file=ctx.at_claim(claim.id, "place"),
                    claims=[claim.id, claim.place],
                    fields=("place",),
                    related=(source_related(
                        f"the record: {record.place} ({record.id})", record.source
                    ),),
                )


def _match(claim: EventClaim, records: list[EventRecord]) -> EventRecord | None:
    from rapidfuzz import fuzz  # noqa: PLC0415 - only when there are events to match

    key = fold_name(claim.name)
    scored = []
    for index, record in enumerate(records):
        gap = _gap(claim.date, record.date)
        if gap > WINDOW:
            continue
        score = fuzz.token_set_ratio(key, fold_name(record.name))
        if score >= MIN_NAME_SCORE:
            scored.append((-score, gap, index, record))
    return min(scored, key=lambda item: item[:3])[3] if scored else None
