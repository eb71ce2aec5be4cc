"""Reference registries ("the record"): officials, published statistics, events, remarks.

They live in ``claims/registries/*.yaml`` and load through the same validated models and
loader as claim files. Every entry must cite its ``source`` (a ``url`` or a ``document``);
an entry without one is rejected at its line and column. Facts nobody could source are
kept as ``open_questions`` instead of being guessed.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from claimsuite.claims.model import Frozen, Id, Ids, Source, Text, Texts
from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate


class Position(Frozen):
    """A title (and rank) someone held in an organisation between two dates."""

    title: Text
    title_en: Text | None = None
    aliases: Texts = Field(default=(), description="other renderings of the title in sources")
    renderings: Texts = Field(
        default=(),
        description="translations of the title the desk accepts as its official wording in "
        "another language (a title in aliases only is asked about, CS608)",
    )
    organisation: Text | None = None
    rank: Text | None = None
    start: date | None = Field(default=None, alias="from")
    end: date | None = Field(default=None, alias="to")
    source: Source
    note: Text | None = None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Official(Frozen):
    id: Id
    name: Text
    aliases: Texts = ()
    positions: tuple[Position, ...] = Field(min_length=1)


class Statistic(Frozen):
    """A published figure: a value, or a growth rate against a base period."""

    id: Id
    metric: Id
    subject: Id
    period: Period
    value: Amount | Rate
    base_period: Period | None = None
    publisher: Text
    source: Source
    note: Text | None = None

    @model_validator(mode="after")
    def _rate_needs_base(self) -> Statistic:
        if isinstance(self.value, Rate) and self.base_period is None:
            msg = "a growth rate needs 'base_period'"
            raise ValueError(msg)
        return self


class EventRecord(Frozen):
    id: Id
    name: Text
    date: Period
    place: Text | None = None
    source: Source
    note: Text | None = None


class Remark(Frozen):
    """Something an official said, as the record has it; ``about`` is the period it concerns."""

    id: Id
    speaker: Id
    date: Period | None = None
    about: Period | None = None
    venue: Text | None = None
    summary: Text
    source: Source


class OpenQuestion(Frozen):
    question: Text
    searched: Text | None = None


class RegistryFile(Frozen):
    """One registry file; any of the lists may be absent."""

    officials: tuple[Official, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    events: tuple[EventRecord, ...] = ()
    remarks: tuple[Remark, ...] = ()
    entities: tuple[RegistryEntity, ...] = ()
    open_questions: tuple[OpenQuestion, ...] = ()


class RegistryEntity(Frozen):
    """An organisation or place with its accepted names, shared by all articles."""

    id: Id
    name: Text
    aliases: Texts = ()
    type: Text = "organisation"
    source: Source
    related: Ids = ()


RegistryFile.model_rebuild()
