"""Whether one mention states what one expectation of a claim asks for: a rate, an amount, a
count, a multiple, a rank or a period, each compared by value within its precision."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from claimsuite.analysis.expect import Expectation, Need, period_matches
from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate
from claimsuite.text.mentions import Mention, MentionKind

FIGURE_KINDS = {
    Need.PERCENT: frozenset({MentionKind.PERCENT}),
    Need.AMOUNT: frozenset({MentionKind.AMOUNT}),
    Need.PERIOD: frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD}),
    Need.BASE_PERIOD: frozenset(
        {MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD, MentionKind.RELATIVE}
    ),
    # an exact rank ("11'inci", "11th") is read as an ordinal where the text layer has one
    Need.RANK: frozenset(k for k in MentionKind if k.value in {"rank", "ordinal"}),
}



def possible_kinds(expectation: Expectation) -> frozenset[MentionKind] | None:
    """The kinds of mention :func:`meets` may accept for ``expectation`` (``None``: any
    kind; a multiple is read from any figure). A superset, read off ``meets`` branch by
    branch, so that callers can pass over the other mentions without asking."""
    if expectation.rate is not None and expectation.rate.is_multiple:
        return None
    kinds = set(FIGURE_KINDS.get(expectation.need, ()))
    if expectation.need is Need.PERIOD:
        kinds.add(MentionKind.RELATIVE)  # "next year", against the anchor
    if expectation.amount is not None:
        kinds.add(MentionKind.NUMBER)  # "17,9 milyon tona", a count's "3 bin 500"
        if expectation.amount.is_count:
            kinds.add(MentionKind.AMOUNT)
    return frozenset(kinds)


def mention_period(mention: Mention) -> Period | None:
    """The period a mention states, when the text alone fixes it (else ``None``)."""
    period: object = mention.period
    if period is None or isinstance(period, Period):
        return period
    try:  # a text layer that still gives the compact string form
        return Period.parse(str(period))
    except ValueError:
        return None


def _close(a: Decimal, b: Decimal, precision: Decimal) -> bool:
    return abs(a - b) < max(precision, Decimal("1e-9"))


def meets(
    expectation: Expectation,
    mention: Mention,
    claim_period: Period | None,
    anchor: Period | None = None,
) -> bool:
    """Does ``mention`` state what ``expectation`` asks for? ``anchor`` is the year a
    relative period ("next year") counts from: when the claim was made or published."""
    if mention.kind is MentionKind.RELATIVE and expectation.need is Need.PERIOD:
        claimed = expectation.period
        return (
            anchor is not None
            and claimed is not None
            and mention.relation == "year"
            and claimed.start.year == claimed.end.year
            and _relative_matches(mention, claimed, anchor)
        )
    if expectation.amount is not None and expectation.amount.is_count:
        return _count_matches(expectation.amount, mention)
    if (
        expectation.amount is not None
        and mention.kind is MentionKind.NUMBER
        and mention.unit is not None
        and mention.value is not None
    ):
        # a measure the text layer reads as a number with its noun: "17,9 milyon tona"
        amount = expectation.amount
        return _same_unit(amount.unit, mention.unit) and _close(
            amount.value, mention.value, max(amount.precision, mention.precision or 0)
        )
    if expectation.rate is not None and expectation.rate.is_multiple:
        return _multiple_matches(expectation.rate, mention)
    if mention.kind not in FIGURE_KINDS.get(expectation.need, frozenset()):
        return False
    match expectation.need:
        case Need.PERCENT:
            rate = expectation.rate
            assert rate is not None
            return (
                mention.value is not None
                and (mention.unit or "percent") == rate.unit
                and _close(
                    abs(rate.value), mention.value, max(rate.precision, mention.precision or 0)
                )
            )
        case Need.AMOUNT:
            amount = expectation.amount
            assert amount is not None
            return (
                mention.value is not None
                and mention.unit == amount.unit
                and _close(
                    amount.value, mention.value, max(amount.precision, mention.precision or 0)
                )
            )
        case Need.RANK:
            return mention.value is not None and int(mention.value) == expectation.bound
        case Need.PERIOD | Need.BASE_PERIOD:
            claimed = expectation.period
            assert claimed is not None
            if mention.kind is MentionKind.RELATIVE:
                return _relative_matches(mention, claimed, claim_period)
            if _in_season(mention, claimed):
                return True  # "2023-2024 sezonunda": against 2023-09/2024-08
            stated = mention_period(mention)
            if stated is None:
                return False
            if expectation.need is Need.BASE_PERIOD and _window_of(stated, claimed, claim_period):
                return True  # "over the 12 months ending in September": against 2024-09
            return period_matches(claimed, stated)
    return False


# Nouns the text layer gives as the unit of a count of people: a claim counts them as
# "person" ("76.5 million visitors", "27,2 milyon yolcu").
PEOPLE = frozenset(
    {"person", "visitor", "tourist", "passenger", "voter", "employee", "worker", "resident",
     "student", "people", "citizen"}
)


# Units of measure the text layer gives a number: never a plain count ("1 million count"
# is stated by "1 million votes", not by "1 million tonnes").
MEASURES = frozenset(
    {"tonne", "km", "kg", "litre", "m2", "m3", "MW", "GW", "kWh", "hectare", "decare", "acre",
     "barrel", "TEU", "times"}
)


def _same_unit(claimed: str, written: str) -> bool:
    return (
        claimed == written
        or (claimed == "person" and written in PEOPLE)
        or (claimed == "count" and written not in MEASURES)
    )


def _count_matches(amount: Amount, mention: Mention) -> bool:
    """A count ('3500 firms') is stated by a plain number ("3 bin 500 firma")."""
    return (
        mention.kind in {MentionKind.NUMBER, MentionKind.AMOUNT}
        and mention.value is not None
        and (mention.unit is None or _same_unit(amount.unit, mention.unit))
        and _close(amount.value, mention.value, max(amount.precision, mention.precision or 0))
    )


def _multiple_matches(rate: Rate, mention: Mention) -> bool:
    """A multiple ('17x') is stated by a figure the text layer reads as one ("17 katına",
    "17-fold"), or by the bare number where it reads no multiples."""
    return (
        mention.value is not None
        and (
            "multiple" in getattr(mention, "flags", ())
            or mention.unit == "times"
            or (mention.kind is MentionKind.NUMBER and mention.unit is None)
        )
        and _close(rate.value, mention.value, max(rate.precision, mention.precision or 0))
    )


def _in_season(mention: Mention, claimed: Period) -> bool:
    """A season or split year ("2023-2024 sezonunda", "the 2023-24 season", "2024/25")
    states a claimed period that runs from its first year into its second: the text does
    not say the season's months (a desk's fiscal start does), the claim file does."""
    relative = mention.relative
    if relative is None or relative.unit != "split-year" or relative.year is None:
        return False
    if mention.period is not None:
        return period_matches(claimed, mention.period)  # placed with the desk's fiscal start
    return claimed.start.year == relative.year - 1 and claimed.end.year == relative.year



def _window_of(stated: Period, base: Period, period: Period | None) -> bool:
    """A change told over the span from its base to its period: "the 12 months ending in
    September 2025" is the change for 2025-09 against 2024-09."""
    if period is None or base.end >= period.start:
        return False
    start = base.end + timedelta(days=1)
    # a window longer than the period: "August" itself names the period, not its base
    return start < period.start and stated.start == start and stated.end == period.end


def _relative_matches(mention: Mention, base: Period, period: Period | None) -> bool:
    """'geçtiğimiz yılın aynı dönemi' states a base one year before the claim's period."""
    if period is None or mention.offset is None:
        return False
    if mention.relation == "same-period":
        return period.shifted(mention.offset) == base
    if mention.relation == "year":
        return base.start.year == period.start.year + mention.offset
    return False
