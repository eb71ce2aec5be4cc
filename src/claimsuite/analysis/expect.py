"""What each claim asserts in the text: the figures and names its passage must state.

A claim's typed fields become ``Expectation`` values. A figure expectation is met by a
mention of the same kind and value inside the claim's passage (so ``%72`` and ``yüzde 72``
are the same fact); a name expectation is met by any accepted spelling of the name.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from claimsuite.analysis.names import accepted_names
from claimsuite.claims.load import ClaimSet, Registries
from claimsuite.claims.model import (
    ChangeClaim,
    EntityClaim,
    EventClaim,
    PlanClaim,
    QuantityClaim,
    RankingClaim,
    RoleClaim,
    ShareClaim,
    StatementClaim,
)
from claimsuite.claims.periods import Granularity, Period
from claimsuite.claims.quantities import Amount, Rate, format_number


class Need(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"
    PERIOD = "period"
    BASE_PERIOD = "base-period"
    RANK = "rank"
    NAME = "name"


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Expectation(NamedTuple):
    """One thing a claim's passage must state; ``field`` names the claim field."""

    field: str
    need: Need
    shown: str  # how the claim's value reads in a message
    rate: Rate | None = None
    amount: Amount | None = None
    period: Period | None = None
    bound: int | None = None
    names: tuple[str, ...] = ()

    @property
    def is_figure(self) -> bool:
        return self.need is not Need.NAME


def names_of(
    claims: ClaimSet, entity_id: str | None, registries: Registries | None = None
) -> tuple[str, ...]:
    """Every accepted name of an entity: the claim file's, then its official's in the record."""
    return accepted_names(claims, registries, entity_id, official=True, record=False)


class _Names(NamedTuple):
    claims: ClaimSet
    registries: Registries | None

    def of(self, entity_id: str | None) -> tuple[str, ...]:
        return names_of(self.claims, entity_id, self.registries)


def show_period(period: Period) -> str:
    return str(period)


# The helpers below return tuples, not generators: ~90 expectations an article, and a
# generator per field cost more than the expectation it yields (measured).
def _name(book: _Names, field: str, entity_id: str | None) -> tuple[Expectation, ...]:
    names = book.of(entity_id)
    return (Expectation(field, Need.NAME, names[0], names=names),) if names else ()


def _text(field: str, value: str | None) -> tuple[Expectation, ...]:
    return (Expectation(field, Need.NAME, value, names=(value,)),) if value else ()


def _period(
    field: str, period: Period | None, need: Need = Need.PERIOD
) -> tuple[Expectation, ...]:
    if period is None:
        return ()
    return (Expectation(field, need, show_period(period), period=period),)


def _amount(field: str, amount: Amount | None) -> tuple[Expectation, ...]:
    if amount is None:
        return ()
    shown = f"{format_number(amount.value)} {amount.unit}"
    return (Expectation(field, Need.AMOUNT, shown, amount=amount),)


def expectations(
    claim: object, claims: ClaimSet, registries: Registries | None = None
) -> tuple[Expectation, ...]:
    """Everything the passages of ``claim`` must state, in a fixed order."""
    book = _Names(claims, registries)
    out: list[Expectation] = []
    match claim:
        case QuantityClaim():
            out += _amount("value", claim.value)
            out += _period("period", claim.period)
            out += _name(book, "source", claim.source)
        case ShareClaim():
            out.append(Expectation("share", Need.PERCENT, str(claim.share), rate=claim.share))
            out += _amount("value", claim.value)
            out += _period("period", claim.period)
            out += _name(book, "source", claim.source)
        case ChangeClaim():
            out.append(Expectation("rate", Need.PERCENT, str(claim.rate), rate=claim.rate))
            out += _amount("value", claim.value)
            out += _amount("base_value", claim.base_value)
            out += _period("period", claim.period)
            out += _period("base_period", claim.base_period, Need.BASE_PERIOD)
            out += _name(book, "source", claim.source)
        case RoleClaim():
            out += _name(book, "person", claim.person)
            out += _text("title", claim.title)
            out += _text("rank", claim.rank)
            out += _name(book, "organisation", claim.organisation)
        case EventClaim():
            out += _text("name", claim.name)
            out += _period("date", claim.date)
            out += _name(book, "place", claim.place)
            for participant in claim.participants:
                out += _name(book, "participants", participant)
            for chair in claim.chairs:
                out += _name(book, "chairs", chair)
            out += _name(book, "announced_by", claim.announced_by)
        case PlanClaim():
            if isinstance(claim.target, Rate):
                out.append(
                    Expectation("target", Need.PERCENT, str(claim.target), rate=claim.target)
                )
            else:
                out += _amount("target", claim.target)
            out += _period("period", claim.period)
            out += _name(book, "place", claim.place)
            for maker in claim.made_by:
                out += _name(book, "made_by", maker)
        case StatementClaim():
            out += [*_name(book, "speaker", claim.speaker), *_period("date", claim.date)]
        case RankingClaim():
            if claim.bound is not None:
                out.append(
                    Expectation(
                        "bound", Need.RANK, f"{claim.relation} {claim.bound}", bound=claim.bound
                    )
                )
            if claim.rank is not None:
                out.append(Expectation("rank", Need.RANK, f"rank {claim.rank}", bound=claim.rank))
            out += _period("period", claim.period)
        case EntityClaim():
            pass
    return tuple(out)


def same_value(a: Decimal, b: Decimal, tolerance: Decimal) -> bool:
    return abs(a - b) <= tolerance


def period_matches(claimed: Period, mentioned: Period) -> bool:
    """A mention states a period when it names exactly it (a day inside a range counts)."""
    if claimed == mentioned:
        return True
    if claimed.granularity is Granularity.RANGE:
        return claimed.contains(mentioned)
    return False
