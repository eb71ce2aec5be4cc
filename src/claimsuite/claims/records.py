"""Reference registries ("the record"): officials, published statistics, events, remarks.

They live in ``claims/registries/*.yaml`` and load through the same validated models and
loader as claim files. Every entry must cite its ``source`` (a ``url`` or a ``document``);
an entry without one is rejected at its line and column. Facts nobody could source are
kept as ``open_questions`` instead of being guessed.
"""

# No ``from __future__ import annotations``: pydantic would compile and evaluate every field
# annotation from its text when the classes are created.
from datetime import date

from pydantic import Field, model_validator

from claimsuite.claims.model import Frozen, Id, Ids, Source, Text, Texts
from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate


class Position(Frozen):
    """A title (and rank) someone held in an organisation between two dates."""

    title: Text = Field(description="the title as the official source writes it")
    title_en: Text | None = Field(default=None, description="the title in English, if given")
    aliases: Texts = Field(default=(), description="other renderings of the title in sources")
    renderings: Texts = Field(
        default=(),
        description="translations of the title the desk accepts as its official wording in "
        "another language (a title in aliases only is asked about, CS608)",
    )
    organisation: Text | None = Field(default=None, description="the organisation, by name")
    rank: Text | None = Field(default=None, description="a military or civil rank")
    start: date | None = Field(
        default=None, alias="from", description="first day in the post, YYYY-MM-DD"
    )
    end: date | None = Field(
        default=None, alias="to", description="last day in the post; leave out while held"
    )
    source: Source = Field(description="where the position is published (url or document)")
    note: Text | None = Field(default=None, description="anything a reader should know")

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Official(Frozen):
    """A person named in articles, with the posts they held."""

    id: Id = Field(description="the id claims link to with 'official:'")
    name: Text = Field(description="the full name, as official sources spell it")
    aliases: Texts = Field(default=(), description="other names: surname alone, spellings")
    positions: tuple[Position, ...] = Field(
        min_length=1, description="the titles held, each with its dates and source"
    )


class Statistic(Frozen):
    """A published figure: a value, or a growth rate against a base period."""

    id: Id = Field(description="stable id of the entry")
    metric: Id = Field(description="the metric, as claims name it (defence-exports)")
    subject: Id = Field(description="the entity it is measured for (turkiye)")
    period: Period = Field(description="the period the figure is for")
    value: Amount | Rate = Field(
        description="the figure: an amount ('1.7 billion USD') or a rate ('15.1%')"
    )
    base_period: Period | None = Field(
        default=None, description="for a rate: the comparison base (required then)"
    )
    publisher: Text = Field(description="who published the figure")
    source: Source = Field(description="where it is published (url or document)")
    note: Text | None = Field(default=None, description="anything a reader should know")

    @model_validator(mode="after")
    def _rate_needs_base(self) -> "Statistic":
        if isinstance(self.value, Rate) and self.base_period is None:
            msg = "a growth rate needs 'base_period'"
            raise ValueError(msg)
        return self


class EventRecord(Frozen):
    """Something that happened, as the record has it."""

    id: Id = Field(description="stable id of the entry")
    name: Text = Field(description="the event's name")
    date: Period = Field(description="the day (or period) it took place")
    place: Text | None = Field(default=None, description="where, by name")
    source: Source = Field(description="where it is published (url or document)")
    note: Text | None = Field(default=None, description="anything a reader should know")


class Remark(Frozen):
    """Something an official said, as the record has it; ``about`` is the period it concerns."""

    id: Id = Field(description="the id claims link to with 'remark:'")
    speaker: Id = Field(description="the official's id")
    date: Period | None = Field(default=None, description="when it was said")
    about: Period | None = Field(default=None, description="the period the remark concerns")
    venue: Text | None = Field(default=None, description="where it was said")
    summary: Text = Field(description="what was said, in a sentence")
    source: Source = Field(description="where it is published (url or document)")


class OpenQuestion(Frozen):
    """A fact nobody could source yet: kept as a question instead of a guess."""

    question: Text = Field(description="what is not known")
    searched: Text | None = Field(default=None, description="where it was looked for")


class RegistryFile(Frozen):
    """One registry file; any of the lists may be absent."""

    officials: tuple[Official, ...] = Field(default=(), description="people and their posts")
    statistics: tuple[Statistic, ...] = Field(default=(), description="published figures")
    events: tuple[EventRecord, ...] = Field(default=(), description="events")
    remarks: tuple[Remark, ...] = Field(default=(), description="what officials said")
    entities: tuple["RegistryEntity", ...] = Field(
        default=(), description="organisations and places with their accepted names"
    )
    open_questions: tuple[OpenQuestion, ...] = Field(
        default=(), description="facts nobody could source yet"
    )


class RegistryEntity(Frozen):
    """An organisation or place with its accepted names, shared by all articles."""

    id: Id = Field(description="stable id; a claim entity with this id shares its names")
    name: Text = Field(description="the canonical name")
    aliases: Texts = Field(default=(), description="other names used across articles")
    type: Text = Field(default="organisation", description="organisation, place, country ...")
    source: Source = Field(description="where the name is published (url or document)")
    related: Ids = Field(default=(), description="ids of related entries")


# RegistryFile refers to RegistryEntity, defined after it: with defer_build the reference is
# resolved when a record file is first validated.
