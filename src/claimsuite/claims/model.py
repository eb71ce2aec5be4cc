"""The claim model: typed assertions about one article, as frozen pydantic v2 models.

A claim file is ``article`` metadata plus a list of ``claims``; every claim has a stable
``id``, a ``kind`` that selects its model, and the passage(s) of the article that state it
(``quote``). Entities are claims too (``kind: entity``) so that other claims can refer to
them by id and checks know every accepted name.
"""

# No ``from __future__ import annotations``: pydantic would compile and evaluate each of the
# ~110 field annotations from its text when the classes are created (~2 ms of every start).
from datetime import date
from decimal import Decimal
from typing import Annotated, ClassVar, Literal, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

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
    # defer_build: a model's validator is built when it first validates, not at import: a
    # run pays only for the files it reads, and a nested model is compiled once, inside the
    # file model that holds it, instead of once more on its own.
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )


class Source(Frozen):
    """Where a fact was published. A URL or an offline document is required."""

    title: Text | None = Field(default=None, description="the title of the publication")
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = Field(
        default=None, description="where it is published (http or https)"
    )
    document: Text | None = Field(
        default=None, description="an offline document, when there is no URL"
    )
    publisher: Text | None = Field(default=None, description="who published it")
    retrieved: date | None = Field(default=None, description="the day it was read, YYYY-MM-DD")
    note: Text | None = Field(default=None, description="anything a reader should know")

    def model_post_init(self, _context: object) -> None:
        if self.url is None and self.document is None:
            msg = "a source needs a 'url' or a 'document'"
            raise ValueError(msg)

    def __str__(self) -> str:
        where = self.url or self.document or ""
        return f"{self.publisher}: {where}" if self.publisher else where


class ArticleMeta(Frozen):
    """What checks need to know about the article itself."""

    language: Literal["tr", "en"] = Field(description="the article's language: tr or en")
    published: Period = Field(
        description="publication day, or the range of days it must lie in",
    )
    publisher: Text | None = Field(default=None, description="who published the article")
    title: Text | None = Field(default=None, description="the article's headline")
    file: Text | None = Field(default=None, description="the article, relative to the repo")


class ClaimBase(Frozen):
    id: Id = Field(description="stable id: letters, digits, '.', '_' and '-' (at most 80)")
    quote: Texts = Field(min_length=1, description="passage(s) of the article stating it")
    note: Text | None = Field(
        default=None, description="a remark for editors; checks never read it"
    )
    draft: bool = Field(
        default=False,
        description=(
            "true: proposed by 'claimsuite draft' and not yet confirmed by a person; "
            "'check' asks about it (CS007) until the line is deleted"
        ),
    )


# ---- figures: how exactly the article states them --------------------------------------

Bound = Literal["more-than", "at-least", "at-most", "less-than", "about"]
"""How a figure bounds the true value: "more than 3500 firms" is ``more-than``."""
BOUNDS: tuple[str, ...] = get_args(Bound)
_BOUND_DOC = (
    "how the article bounds the figure: more-than, at-least, at-most, less-than or about; one "
    "word qualifies the claim's main figure, a mapping qualifies named figures "
    "({value: more-than})"
)
_APPROXIMATE_DOC = (
    "the article gives the figure(s) as approximate (yaklaşık, about, nearly): compared "
    "within 10% or their written precision, whichever is wider"
)


class FiguredClaim(ClaimBase):
    """A claim carrying figures that the article may bound or give approximately.

    ``FIGURES`` names the claim's figure fields, the main one first; ``bound`` written as
    one word qualifies the main figure, as a mapping the figures it names.
    """

    FIGURES: ClassVar[tuple[str, ...]] = ()

    @field_validator("bound", check_fields=False)
    @classmethod
    def _bound_names_a_figure(cls, bound: object, info: ValidationInfo) -> object:
        if bound is None:
            return bound
        named = [cls.FIGURES[0]] if isinstance(bound, str) else list(bound)  # type: ignore[arg-type]
        for field in named:
            if field not in cls.FIGURES:
                msg = (
                    f"{field!r} is not a figure of this kind of claim; "
                    f"name one of: {', '.join(cls.FIGURES)}"
                )
                raise ValueError(msg)
            if field in info.data and info.data[field] is None:  # absent, not failed
                msg = f"the claim gives no {field!r} to bound; add '{field}:' or drop the bound"
                raise ValueError(msg)
        return bound

    def bound_of(self, field: str | None = None) -> Bound | None:
        """The bound on ``field`` (the main figure when ``None``), or ``None`` if exact."""
        field = field or self.FIGURES[0]
        bound = getattr(self, "bound", None)
        if isinstance(bound, str):
            return bound if field == self.FIGURES[0] else None  # type: ignore[return-value]
        return bound.get(field) if bound else None

    def approximate_of(self, field: str | None = None) -> bool:
        """Is ``field`` (the main figure when ``None``) given approximately?"""
        return bool(getattr(self, "approximate", False)) or self.bound_of(field) == "about"


FigureBound = Bound | dict[str, Bound]


class EntityClaim(ClaimBase):
    """A person, organisation, place or event, with every name the article may use."""

    kind: Literal["entity"] = Field(description="entity")
    name: Text = Field(description="the canonical spelling")
    type: Literal["person", "organisation", "place", "country", "event", "publication", "other"] = (
        Field(description="person, organisation, place, country, event, publication or other")
    )
    aliases: Texts = Field(
        default=(), description="other accepted names: surname alone, abbreviation, inflection"
    )
    official: Id | None = Field(default=None, description="id of the official in the record")
    implied: bool = Field(
        default=False,
        description=(
            "the article refers to it without naming it ('ülkemiz' for Türkiye); a missing "
            "name is then no finding"
        ),
    )
    quote: Texts = Field(
        default=(), description="not needed: an entity is stated wherever a claim names it"
    )


class QuantityClaim(FiguredClaim):
    """A measured value of a metric for a subject and period: an amount or a count."""

    FIGURES: ClassVar[tuple[str, ...]] = ("value",)

    kind: Literal["quantity"] = Field(description="quantity")
    metric: Id = Field(description="what is measured, as an id shared by claims about it")
    subject: Id | None = Field(default=None, description="the entity it is measured for")
    value: Amount = Field(
        description="the amount or count: '1.7 billion USD', '3500 firms', '45 thousand people'"
    )
    period: Period = Field(description="the period the value is for")
    source: Id | None = Field(default=None, description="the entity the article attributes it to")
    approximate: bool = Field(default=False, description=_APPROXIMATE_DOC)
    bound: FigureBound | None = Field(default=None, description=_BOUND_DOC)


class ShareClaim(FiguredClaim):
    """A part as a percentage of a whole ("3% of overall exports"), or a percentage level
    the article gives without its whole (a margin, a coverage ratio, turnout)."""

    FIGURES: ClassVar[tuple[str, ...]] = ("share", "value")

    kind: Literal["share"] = Field(description="share")
    metric: Id = Field(description="the part that is measured (defence-exports)")
    subject: Id | None = Field(default=None, description="the entity it is measured for")
    period: Period = Field(description="the period the share is for")
    share_of: Id | None = Field(
        default=None,
        description=(
            "the quantity claim giving the whole (total exports for the same period); with "
            "it, the share is checked against the two values (CS104)"
        ),
    )
    share: Rate = Field(
        description=(
            "the percentage: '3%'; 0% to 100% when 'share_of' names the whole, any "
            "percentage level otherwise ('-5%' for a negative margin)"
        )
    )
    value: Amount | None = Field(
        default=None, description="the part's own value, when the article gives it"
    )
    source: Id | None = Field(default=None, description="the entity the article attributes it to")
    approximate: bool = Field(default=False, description=_APPROXIMATE_DOC)
    bound: FigureBound | None = Field(default=None, description=_BOUND_DOC)

    @field_validator("share")
    @classmethod
    def _a_percentage(cls, share: Rate, info: ValidationInfo) -> Rate:
        if share.unit != "percent":
            msg = f"a share is a percentage, not {share}; write it as '3%'"
            raise ValueError(msg)
        if info.data.get("share_of") is not None and not 0 <= share.value <= 100:
            msg = (
                f"a share of a whole ('share_of') is from 0% to 100%, not {share}; "
                "fix the share, or leave out 'share_of' for a percentage level"
            )
            raise ValueError(msg)
        return share


def _multiple(value: object) -> object:
    """``multiple: 17`` is the rate ``17x``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value}x"
    if isinstance(value, str) and value.strip()[-1:].isdigit():
        return f"{value.strip()}x"
    if isinstance(value, str) and not value.strip().lower().endswith(("x", "×", "fold", "times")):
        msg = f"{value!r} is not a number of times; write it as 'multiple: 17'"
        raise ValueError(msg)
    return value


def _figure(value: object) -> object:
    """A target is an amount ('100 billion USD') or a percentage ('2.7%', '3 pp')."""
    if isinstance(value, str) and value.strip().endswith(("%", "percent", " pp")):
        return Rate.parse(value)
    if isinstance(value, str | dict) or (
        isinstance(value, int | float) and not isinstance(value, bool)
    ):
        return Amount._validate(value)  # the same validation as an Amount field
    return value


class ChangeClaim(FiguredClaim):
    """A change of a metric over a period against a comparison base: a rate or a multiple."""

    FIGURES: ClassVar[tuple[str, ...]] = ("rate", "value", "base_value")

    kind: Literal["change"] = Field(description="change")
    metric: Id = Field(description="what changed, as an id shared by claims about it")
    subject: Id | None = Field(default=None, description="the entity it changed for")
    period: Period = Field(description="the period the change is for")
    rate: Rate = Field(
        description=(
            "the change: '72%', '-4.5%', '3 pp' (percentage points) or '17x' (the value is 17 "
            "times the base); the sign is the direction"
        ),
    )
    multiple: Annotated[Rate | None, BeforeValidator(_multiple)] = Field(
        default=None,
        description=(
            "instead of 'rate': the value is this many times the base ('17 katına', "
            "'17-fold'); 'multiple: 17' is the same as 'rate: 17x'"
        ),
    )
    base_period: Period | None = Field(
        default=None, description="the comparison base; leave out when the article names none"
    )
    value: Amount | None = Field(default=None, description="the value reached in `period`")
    base_value: Amount | None = Field(default=None, description="the value in `base_period`")
    source: Id | None = Field(default=None, description="the entity the article attributes it to")
    approximate: bool = Field(default=False, description=_APPROXIMATE_DOC)
    bound: FigureBound | None = Field(default=None, description=_BOUND_DOC)

    @model_validator(mode="before")
    @classmethod
    def _rate_or_multiple(cls, data: object) -> object:
        if not isinstance(data, dict) or data.get("multiple") is None:
            return data
        if data.get("rate") is not None:
            msg = "a change gives either 'rate' or 'multiple', not both; remove one of them"
            raise ValueError(msg)
        try:
            rate: object = Rate.parse(str(_multiple(data["multiple"])))
        except ValueError:
            rate = Rate(Decimal(1), "times", Decimal("0.5"))  # 'multiple' reports the error
        return {**data, "rate": rate}

    @field_validator("multiple")
    @classmethod
    def _a_multiple(cls, multiple: Rate | None) -> Rate | None:
        if multiple is not None and not multiple.is_multiple:
            msg = f"'multiple' is a number of times, not {multiple}; write '17' or use 'rate:'"
            raise ValueError(msg)
        return multiple

    @model_validator(mode="after")
    def _multiple_mirrors_rate(self) -> "ChangeClaim":
        if self.rate.is_multiple and self.multiple is None:
            object.__setattr__(self, "multiple", self.rate)  # frozen: set once, at validation
        return self


class RoleClaim(ClaimBase):
    """Someone holds a title (and rank) in an organisation on a date."""

    kind: Literal["role"] = Field(description="role")
    person: Id = Field(description="the person entity")
    title: Text = Field(description="the title as the article writes it")
    rank: Text | None = Field(default=None, description="a military or civil rank (Tümgeneral)")
    organisation: Id | None = Field(default=None, description="the organisation entity")
    as_of: Period = Field(
        description="when the person held it: the day the article reports, or the range of days"
    )


class EventClaim(ClaimBase):
    """Something that happened (or will happen) at a time and place."""

    kind: Literal["event"] = Field(description="event")
    name: Text = Field(description="the event's name as the article writes it")
    date: Period = Field(description="the day (or period) it took place")
    place: Id | None = Field(default=None, description="the place entity")
    participants: Ids = Field(default=(), description="entities taking part")
    chairs: Ids = Field(default=(), description="entities chairing it")
    announced_by: Id | None = Field(default=None, description="the entity that announced it")
    follows: Id | None = Field(default=None, description="an event this one comes after")


class PlanClaim(FiguredClaim):
    """A plan agreed on, or a forecast made, about a later period, with an optional target."""

    FIGURES: ClassVar[tuple[str, ...]] = ("target",)

    kind: Literal["plan", "forecast"] = Field(description="plan or forecast")
    what: Text = Field(description="what is planned or forecast, in a sentence")
    period: Period = Field(description="the period the plan or forecast is for")
    place: Id | None = Field(default=None, description="the place entity")
    made_by: Ids = Field(default=(), description="entities that made the plan or forecast")
    made_on: Period | None = Field(default=None, description="when it was made")
    hedged: bool = Field(default=False, description="the article hedges it (muhtemelen, likely)")
    follows: Id | None = Field(default=None, description="an event the plan comes after")
    remark: Id | None = Field(default=None, description="id of the remark in the record")
    metric: Id | None = Field(
        default=None, description="the metric the target is for, as in quantity claims"
    )
    subject: Id | None = Field(default=None, description="the entity the target is for")
    target: Annotated[Amount | Rate | None, BeforeValidator(_figure)] = Field(
        default=None,
        description=(
            "the value aimed at or forecast: '100 billion USD', '500 thousand people', or a "
            "percentage level such as '2.7%' (an inflation forecast, a margin)"
        ),
    )
    approximate: bool = Field(default=False, description=_APPROXIMATE_DOC)
    bound: FigureBound | None = Field(default=None, description=_BOUND_DOC)


class StatementClaim(ClaimBase):
    """Someone said something, somewhere, at some time."""

    kind: Literal["statement"] = Field(description="statement")
    speaker: Id | None = Field(
        default=None, description="who says so; leave out when the article does not say"
    )
    content: Text = Field(description="what was said, in a sentence")
    venue: Text | None = Field(default=None, description="where it was said")
    date: Period | None = Field(default=None, description="when it was said")
    about: Ids = Field(default=(), description="claims the statement attributes to the speaker")
    remark: Id | None = Field(default=None, description="id of the remark in the record")


MAX_RANK = 100_000
"""Largest rank or top-N bound a ranking may give."""


class RankingClaim(ClaimBase):
    """A subject's place among others: within the top N of a scope, or exactly N-th."""

    kind: Literal["ranking"] = Field(description="ranking")
    subject: Id = Field(description="the entity that is ranked")
    metric: Id = Field(description="what it is ranked by")
    bound: Annotated[int, Field(ge=1, le=MAX_RANK)] | None = Field(
        default=None, description="within the top (or bottom) N: 'ilk 10', 'top 10'"
    )
    rank: Annotated[int, Field(ge=1, le=MAX_RANK)] | None = Field(
        default=None,
        validate_default=True,
        description="the exact place: 11 for '11th' or '11'inci'",
    )
    relation: Literal["top", "bottom"] = Field(
        default="top", description="counted from the top or from the bottom"
    )
    scope: Text = Field(description="among what: world, Europe, OECD countries")
    period: Period = Field(description="the period the ranking is for")
    hedged: bool = Field(default=False, description="the article hedges it (muhtemelen, likely)")

    @field_validator("rank")
    @classmethod
    def _bound_or_rank(cls, rank: int | None, info: ValidationInfo) -> int | None:
        if "bound" not in info.data:  # 'bound' failed validation and says so
            return rank
        bound = info.data["bound"]
        if rank is None and bound is None:
            msg = (
                "a ranking needs 'bound' (within the top N) or 'rank' (the exact place); "
                "add 'bound: 10' or 'rank: 11'"
            )
            raise ValueError(msg)
        if rank is not None and bound is not None and rank > bound:
            msg = f"rank {rank} is not within the top {bound}; fix 'rank' or 'bound'"
            raise ValueError(msg)
        return rank


Claim = Annotated[
    EntityClaim
    | QuantityClaim
    | ShareClaim
    | ChangeClaim
    | RoleClaim
    | EventClaim
    | PlanClaim
    | StatementClaim
    | RankingClaim,
    Field(discriminator="kind"),
]

KINDS: tuple[str, ...] = (
    "entity", "quantity", "share", "change", "role", "event", "plan", "forecast", "statement",
    "ranking",
)  # fmt: skip


class Acceptance(Frozen):
    """A finding the desk accepts, and why: it stays in the report, in "Accepted", and never
    fails the run; one that matches no finding is reported (CS005)."""

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,4}\d{3}$")] = Field(
        description="the code of the finding accepted: CS301"
    )
    claim: Id | None = Field(
        default=None,
        description="the claim the finding names; leave out only for a finding about no claim",
    )
    reason: Text = Field(description="why the finding is accepted (required)")


class ClaimFile(Frozen):
    """One article's claim set as written in ``claims/<article-stem>.yaml``."""

    article: ArticleMeta = Field(description="the article the claims are about")
    claims: tuple[Claim, ...] = Field(min_length=1, description="the claims, entities first")
    accept: tuple[Acceptance, ...] = Field(
        default=(),
        description=(
            "findings accepted with a reason: [{code: CS301, claim: exports-2023-q1-growth, "
            "reason: ...}]; shown under Accepted, never failing the run"
        ),
    )
