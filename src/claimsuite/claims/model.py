"""The claim model: typed assertions about one article, as frozen pydantic v2 models.

A claim file is ``article`` metadata plus a list of ``claims``; every claim has a stable
``id``, a ``kind`` that selects its model, and the passage(s) of the article that state it
(``quote``). Entities are claims too (``kind: entity``) so that other claims can refer to
them by id and checks know every accepted name.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"),
]
"""A stable identifier: letters, digits, ``.``, ``_`` and ``-``, at most 80 characters."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


def _as_tuple(value: object) -> object:
    """Let YAML authors write a single string where a list is expected."""
    return (value,) if isinstance(value, str) else value


Texts = Annotated[tuple[Text, ...], BeforeValidator(_as_tuple)]
Ids = Annotated[tuple[Id, ...], BeforeValidator(_as_tuple)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Source(Frozen):
    """Where a fact was published. A URL or an offline document is required."""

    title: Text | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    document: Text | None = None
    publisher: Text | None = None
    retrieved: date | None = None
    note: Text | None = None

    def model_post_init(self, _context: object) -> None:
        if self.url is None and self.document is None:
            msg = "a source needs a 'url' or a 'document'"
            raise ValueError(msg)

    def __str__(self) -> str:
        where = self.url or self.document or ""
        return f"{self.publisher}: {where}" if self.publisher else where


class ArticleMeta(Frozen):
    """What checks need to know about the article itself."""

    language: Literal["tr", "en"]
    published: Period = Field(
        description="publication day, or the range of days it must lie in",
    )
    publisher: Text | None = None
    title: Text | None = None
    file: Text | None = Field(default=None, description="the article, relative to the repo")


class ClaimBase(Frozen):
    id: Id
    quote: Texts = Field(min_length=1, description="passage(s) of the article stating it")
    note: Text | None = None


class EntityClaim(ClaimBase):
    """A person, organisation, place or event, with every name the article may use."""

    kind: Literal["entity"]
    name: Text
    type: Literal["person", "organisation", "place", "country", "event", "publication", "other"]
    aliases: Texts = ()
    official: Id | None = Field(default=None, description="id in the officials registry")
    quote: Texts = ()  # an entity is stated wherever a claim naming it is


class QuantityClaim(ClaimBase):
    """A measured value of a metric for a subject and period."""

    kind: Literal["quantity"]
    metric: Id
    subject: Id | None = None
    value: Amount
    period: Period
    source: Id | None = None
    approximate: bool = False


class ChangeClaim(ClaimBase):
    """A change of a metric over a period against a comparison base."""

    kind: Literal["change"]
    metric: Id
    subject: Id | None = None
    period: Period
    rate: Rate
    base_period: Period | None = Field(
        default=None, description="the comparison base; leave out when the article names none"
    )
    value: Amount | None = Field(default=None, description="the value reached in `period`")
    base_value: Amount | None = None
    source: Id | None = None


class RoleClaim(ClaimBase):
    """Someone holds a title (and rank) in an organisation on a date."""

    kind: Literal["role"]
    person: Id
    title: Text
    rank: Text | None = None
    organisation: Id | None = None
    as_of: Period


class EventClaim(ClaimBase):
    """Something that happened (or will happen) at a time and place."""

    kind: Literal["event"]
    name: Text
    date: Period
    place: Id | None = None
    participants: Ids = ()
    chairs: Ids = ()
    announced_by: Id | None = None
    follows: Id | None = Field(default=None, description="an event this one comes after")


class PlanClaim(ClaimBase):
    """A plan agreed on, or a forecast made, about a later period."""

    kind: Literal["plan", "forecast"]
    what: Text
    period: Period
    place: Id | None = None
    made_by: Ids = ()
    made_on: Period | None = None
    hedged: bool = False
    follows: Id | None = Field(default=None, description="an event the plan comes after")
    remark: Id | None = Field(default=None, description="id of the remark in the registries")


class StatementClaim(ClaimBase):
    """Someone said something, somewhere, at some time."""

    kind: Literal["statement"]
    speaker: Id | None = Field(
        default=None, description="who says so; leave out when the article does not say"
    )
    content: Text
    venue: Text | None = None
    date: Period | None = None
    about: Ids = Field(default=(), description="claims the statement attributes to the speaker")
    remark: Id | None = Field(default=None, description="id of the remark in the registries")


class RankingClaim(ClaimBase):
    """A subject's place among others: within the top N of a scope."""

    kind: Literal["ranking"]
    subject: Id
    metric: Id
    bound: Annotated[int, Field(ge=1)]
    relation: Literal["top", "bottom"] = "top"
    scope: Text
    period: Period
    hedged: bool = False


Claim = Annotated[
    EntityClaim
    | QuantityClaim
    | ChangeClaim
    | RoleClaim
    | EventClaim
    | PlanClaim
    | StatementClaim
    | RankingClaim,
    Field(discriminator="kind"),
]

KINDS: tuple[str, ...] = (
    "entity", "quantity", "change", "role", "event", "plan", "forecast", "statement", "ranking",
)  # fmt: skip


class ClaimFile(Frozen):
    """One article's claim set as written in ``claims/<article-stem>.yaml``."""

    article: ArticleMeta
    claims: tuple[Claim, ...] = Field(min_length=1)
