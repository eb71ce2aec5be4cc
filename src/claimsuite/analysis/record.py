"""Lookups shared by the checks against the record (CS3xx): figures, names, positions.

The registries in ``claims/registries/`` are the record. A claim is matched with registry
entries by metric, subject and period (statistics), by accepted names (entities,
organisations, places) and by dates (positions). Nothing here reports anything; the checks
decide what a mismatch means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from claimsuite.analysis.arithmetic import Interval
from claimsuite.analysis.names import fold_name, fold_without_ve, folded_names
from claimsuite.claims.model import RoleClaim, Source
from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate
from claimsuite.claims.records import Official, Position, Statistic
from claimsuite.findings import Related

if TYPE_CHECKING:
    from claimsuite.checks.base import Context, Location

GROWTH_SUFFIX = "-growth"
"""A rate statistic may be filed under ``<metric>-growth`` (see statistics.yaml)."""

def cite(source: Source, publisher: str | None = None) -> str:
    """``publisher, via outlet: URL`` in one line (for text that has no separate URL)."""
    where = source.url or source.document or ""
    who = credit(source, publisher)
    return f"{who}: {where}" if who else where


def credit(source: Source, publisher: str | None = None) -> str:
    """Who published a record entry, for a message: ``publisher, via outlet``, one of
    them, or the offline document when neither is known (``""`` with only a URL)."""
    outlet = source.publisher
    if publisher and outlet and fold_name(outlet) != fold_name(publisher):
        return f"{publisher}, via {outlet}"
    return publisher or outlet or (source.document if not source.url else "") or ""


def source_related(what: str, source: Source, publisher: str | None = None) -> Related:
    """The record entry a finding compares with, as a related place: ``what`` it says and
    who published it, with the source's URL (an offline document is named instead)."""
    who = credit(source, publisher)
    message = f"{what}; {who}" if who else what
    if source.url is None and source.document and source.document not in message:
        message += f", {source.document}"
    return Related(message, None, source.url)


def same_period(a: Period | None, b: Period | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def interval_of(figure: Amount | Rate) -> Interval:
    return Interval.around(figure.value, figure.precision)


def agrees(claimed: Amount | Rate, recorded: Amount | Rate) -> bool | None:
    """Whether two figures overlap within the precision of both; None if incomparable.

    An amount may also be the record's figure cut at the claim's last written digit, as
    agencies write it: "24 milyar 257 milyon" for 24 milyar 257 milyon 815 bin."""
    if isinstance(claimed, Rate) and isinstance(recorded, Rate):
        if claimed.unit != recorded.unit:
            return None
        return interval_of(claimed).overlaps(interval_of(recorded))
    if isinstance(claimed, Amount) and isinstance(recorded, Amount):
        try:
            converted = recorded.to(claimed.unit)
        except ValueError:
            return None
        return interval_of(claimed).overlaps(interval_of(converted)) or truncates(
            claimed, converted
        )
    return None


def truncates(claimed: Amount, recorded: Amount) -> bool:
    """Whether ``claimed`` is ``recorded`` (same unit) cut, not rounded, at the claim's last
    written digit: 24257 million for 24257.815 million."""
    step = claimed.precision * 2
    if step <= 0 or recorded.precision > claimed.precision:
        return False
    cut = (abs(recorded.value) // step) * step
    return abs(claimed.value) == cut and (claimed.value < 0) == (recorded.value < 0)


# ---- names --------------------------------------------------------------------------------


_PARENTHETICAL = re.compile(r"(.+?)\s*\(([^()]+)\)")
_OF = re.compile(r"(\w+(?: \w+)?) (?:of|for) (?:the )?(\w+(?: \w+)?)")
"""An English title "Minister of Trade", "Secretary of the Treasury": turned around, it is
the "Trade Minister", the "Treasury Secretary"."""


def entity_names(ctx: Context, entity_id: str | None) -> set[str]:
    """Every folded name a claim entity goes by, widened by registry entities that share
    its id or one of its names (see :func:`claimsuite.analysis.names.folded_names`)."""
    return folded_names(ctx.claims, ctx.registries, entity_id)


def names_of_record(ctx: Context, name: str) -> set[str]:
    """A name written in the record plus the names of registry entities that accept it.

    A parenthetical is another name of the same body: "Uludağ Otomotiv Endüstrisi
    İhracatçıları Birliği (OİB)" is also "Uludağ Otomotiv Endüstrisi İhracatçıları Birliği"
    and "OİB"; "Türk Hava Yolları (Turkish Airlines)" is also both names."""
    written = {fold_name(name)}
    match = _PARENTHETICAL.fullmatch(name.strip())
    if match is not None:
        written |= {fold_name(match.group(1)), fold_name(match.group(2))}
    written.discard("")
    names = set(written)
    for record in ctx.registries.all("entities"):
        record_names = {fold_name(n) for n in (record.name, *record.aliases)}
        if written & record_names or fold_name(record.id) in written:
            names |= record_names
    return names


def mentions_name(text: str, names: Iterable[str]) -> bool:
    """Whether folded ``text`` contains one of the folded ``names`` as whole words."""
    padded = f" {fold_name(text)} "
    return any(name and f" {name} " in padded for name in names)


# ---- statistics ---------------------------------------------------------------------------


def subject_matches(ctx: Context, claim_subject: str | None, stat: Statistic) -> bool:
    if claim_subject is None:
        return False
    return claim_subject == stat.subject or fold_name(stat.subject) in entity_names(
        ctx, claim_subject
    )


def statistics_for(
    ctx: Context, metric: str, subject: str | None, period: Period, *, rates: bool
) -> Iterator[Statistic]:
    """Registry figures for a claim's metric, subject and period, in registry order.

    ``rates`` selects growth rates (filed under the metric or ``<metric>-growth``) instead
    of amounts (filed under the metric itself)."""
    metrics = {metric, metric + GROWTH_SUFFIX} if rates else {metric}
    for stat in ctx.registries.all("statistics"):
        if (
            stat.metric in metrics
            and isinstance(stat.value, Rate) == rates
            and same_period(stat.period, period)
            and subject_matches(ctx, subject, stat)
        ):
            yield stat


def claim_location(ctx: Context, claim_id: str) -> Location | None:
    """Where the article states a claim (its first located passage, as a span), if anywhere."""
    for passage in ctx.locator.passages(claim_id):
        if passage.start is not None:
            end = passage.end if passage.end is not None else passage.start
            return ctx.at_span(passage.start, end)
    return None


# ---- positions ----------------------------------------------------------------------------


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Tenure(NamedTuple):
    """A registry position with the dates it is taken to cover."""

    position: Position
    start: date | None
    end: date | None
    end_inferred: bool

    def overlaps(self, period: Period) -> bool:
        return (self.start is None or self.start <= period.end) and (
            self.end is None or period.start <= self.end
        )

    def dates(self) -> str:
        start = self.start.isoformat() if self.start else "?"
        if self.end is None:
            return f"from {start}"
        end = self.end.isoformat() + (", when the next entry starts" if self.end_inferred else "")
        return f"{start} to {end}"


def ranks(rank: str | None) -> set[str]:
    """A registry rank may give translations: ``Tümgeneral / Major General``."""
    return {fold_name(r) for r in (rank or "").split("/") if r.strip()}


def tenures(official: Official) -> tuple[Tenure, ...]:
    """Positions with their effective dates: an open-ended position ends the day before a
    later entry for the same post or with another rank (a promotion) starts."""
    out = []
    for position in official.positions:
        end, inferred = position.end, False
        if end is None and position.start is not None:
            later = [
                other.start
                for other in official.positions
                if other.start is not None
                and other.start > position.start
                and (
                    fold_without_ve(other.title) == fold_without_ve(position.title)
                    or (ranks(position.rank) and ranks(other.rank) != ranks(position.rank))
                )
            ]
            if later:
                end, inferred = min(later) - timedelta(days=1), True
        out.append(Tenure(position, position.start, end, inferred))
    return tuple(out)


def titles(position: Position) -> set[str]:
    """Every folded way to write a position's title: its ``title``, ``title_en``,
    ``aliases`` and ``renderings``, and the English "Minister of Trade" also as "Trade
    Minister"."""
    out = set()
    for title in (position.title, position.title_en, *position.aliases, *position.renderings):
        if not title:
            continue
        folded = fold_name(title)
        out.add(folded)
        turned = _OF.fullmatch(folded)
        if turned is not None:
            out.add(f"{turned.group(2)} {turned.group(1)}")
    return out


def linked_roles(ctx: Context) -> Iterator[tuple[RoleClaim, str, tuple[Tenure, ...]]]:
    """Every role claim whose person links to the officials registry, with that official's
    name and positions (effective dates)."""
    for claim in ctx.claims.claims:
        if isinstance(claim, RoleClaim):
            found = role_tenures(ctx, claim)
            if found is not None:
                yield claim, *found


def role_tenures(ctx: Context, claim: RoleClaim) -> tuple[str, tuple[Tenure, ...]] | None:
    """The registry official a role claim's person links to (``official:``) and all of
    their positions with effective dates; None when the person is not linked."""
    person = ctx.claims.entity(claim.person)
    if person is None or person.official is None:
        return None
    official = ctx.registries.officials.get(person.official)
    if official is None:
        return None
    return official.name, tenures(official)
