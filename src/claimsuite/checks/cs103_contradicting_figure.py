"""CS103, and the figure bookkeeping CS403 shares: which mentions some claim accounts for."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from claimsuite.analysis.expect import Need, expectations, period_matches
from claimsuite.analysis.locate import meets, mention_period
from claimsuite.checks.base import BaseCheck, Context, Finding, Severity
from claimsuite.claims.model import ChangeClaim, QuantityClaim
from claimsuite.claims.periods import Granularity, Period
from claimsuite.claims.quantities import Amount, format_number
from claimsuite.text.mentions import Mention, MentionKind

Span = tuple[int, int]

_PERIOD_KINDS = frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD})


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure the claim set gives for a period: what a restatement must repeat."""

    claim_id: str
    field: str
    kind: MentionKind
    period: Period
    shown: str
    value: Decimal
    unit: str
    precision: Decimal


def claim_figures(ctx: Context) -> Iterator[Figure]:
    for claim in ctx.claims.claims:
        if isinstance(claim, ChangeClaim):
            rate = claim.rate
            yield Figure(claim.id, "rate", MentionKind.PERCENT, claim.period, str(rate),
                         abs(rate.value), rate.unit, rate.precision)
            if claim.value is not None:
                yield _amount(claim.id, "value", claim.period, claim.value)
            if claim.base_value is not None and claim.base_period is not None:
                yield _amount(claim.id, "base_value", claim.base_period, claim.base_value)
        elif isinstance(claim, QuantityClaim):
            yield _amount(claim.id, "value", claim.period, claim.value)


def _amount(claim_id: str, field: str, period: Period, amount: Amount) -> Figure:
    shown = f"{format_number(amount.value)} {amount.unit}"
    return Figure(claim_id, field, MentionKind.AMOUNT, period, shown, amount.value, amount.unit,
                  amount.precision)


def equal(figure: Figure, mention: Mention) -> bool:
    assert mention.value is not None
    tolerance = max(figure.precision, mention.precision or Decimal(0), Decimal("1e-9"))
    return abs(figure.value - mention.value) < tolerance


def sentence_period(ctx: Context, mention: Mention) -> Period | None:
    """The period a figure is stated for: the one its sentence names.

    With several, the nearest one before the figure ("2024'te %40 olan artış 2025'te %72"),
    else the nearest after it ("rose 52% in the first quarter of 2025").
    """
    sentence = ctx.article.sentence_at(mention.start)
    stated = [
        (m, p)
        for m in ctx.locator.mentions_in(sentence.start, sentence.end)
        if m.kind in _PERIOD_KINDS and (p := mention_period(m)) is not None
    ]
    if not stated:
        return None
    before = [(m, p) for m, p in stated if m.end <= mention.start]
    if before:
        return before[-1][1]
    after = [(m, p) for m, p in stated if m.start >= mention.end]
    return after[0][1] if after else None


def comparable(ctx: Context, mention: Mention) -> list[Figure]:
    """The claim figures for the same kind, unit and period as ``mention``'s sentence."""
    if mention.kind not in {MentionKind.PERCENT, MentionKind.AMOUNT} or mention.value is None:
        return []
    period = sentence_period(ctx, mention)
    if period is None or period.granularity is Granularity.RANGE:
        return []
    unit = mention.unit or "percent"
    return [
        f for f in claim_figures(ctx)
        if f.kind is mention.kind and f.unit == unit and f.period == period
    ]


def reported_as_changed(ctx: Context) -> frozenset[Span]:
    """Mentions CS402 reports: what a claim's passage states instead of the claim's figure."""
    out = set()
    for claim in ctx.claims.claims:
        if not any(p.found for p in ctx.locator.passages(claim.id)):
            continue
        for met in ctx.locator.met(claim.id):
            if not met.found and met.instead:
                out.add((met.instead[0].start, met.instead[0].end))
    return frozenset(out)


def accounted(ctx: Context) -> frozenset[Span]:
    """Spans of mentions the claim set accounts for, beyond ``ctx.locator.covered``.

    A claim's passage may state its figure twice ("2026 yılında ... 2026 yılında"); a
    plain count is accounted for by an equal amount of the claim whose passage holds it; a
    figure restated elsewhere for the same period and value is the same fact; and a year or
    date equal to a claim's period or date is one the claim set knows.
    """
    spans = set(ctx.locator.covered)
    periods = _claim_periods(ctx)
    for claim in ctx.claims.claims:
        wanted = expectations(claim, ctx.claims)
        claim_period = getattr(claim, "period", None)
        for passage in ctx.locator.passages(claim.id):
            if passage.start is None or passage.end is None:
                continue
            for mention in ctx.locator.mentions_in(passage.start, passage.end):
                if any(meets(e, mention, claim_period) for e in wanted) or (
                    mention.kind is MentionKind.NUMBER and _counts(mention, wanted)
                ):
                    spans.add((mention.start, mention.end))
    for mention in ctx.article.mentions:
        if mention.kind in _PERIOD_KINDS:
            stated = mention_period(mention)
            if stated is not None and any(period_matches(p, stated) for p in periods):
                spans.add((mention.start, mention.end))
        elif any(equal(f, mention) for f in comparable(ctx, mention)):
            spans.add((mention.start, mention.end))
    return frozenset(spans)


def _claim_periods(ctx: Context) -> list[Period]:
    names = ("period", "base_period", "date", "as_of")
    return [
        value
        for claim in ctx.claims.claims
        for name in names
        if isinstance(value := getattr(claim, name, None), Period)
    ]


def _counts(mention: Mention, wanted: Iterable[object]) -> bool:
    for e in wanted:
        amount = getattr(e, "amount", None)
        if amount is not None and mention.value == amount.value:
            return True
        if getattr(e, "need", None) is Need.RANK and mention.value == getattr(e, "bound", None):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Contradiction:
    mention: Mention
    period: Period
    figures: tuple[Figure, ...]


def contradictions(ctx: Context) -> list[Contradiction]:
    """Figures in the text that differ from every claim figure for their kind and period."""
    skip = accounted(ctx) | reported_as_changed(ctx)
    out = []
    for mention in ctx.article.mentions:
        if (mention.start, mention.end) in skip:
            continue
        figures = comparable(ctx, mention)
        if figures and not any(equal(f, mention) for f in figures):
            out.append(Contradiction(mention, figures[0].period, tuple(figures)))
    return out


class ContradictingFigure(BaseCheck):
    """The article states a second, different figure for a claim's metric and period.

    ## What it does
    Looks at every percentage and amount in the article that no claim accounts for. When
    its sentence names a period (the nearest one before the figure, else after it) and the
    claim set gives a figure of the same kind and unit for exactly that period (a change's
    rate, the value it reached or its base value; a quantity's value) but a different one,
    the article contradicts itself: it quotes both figures with their places.

    ## Why is this bad?
    "Exports rose 72% in 2025-Q1" in one paragraph and "ihracat 2025'in ilk çeyreğinde %52
    arttı" in another cannot both be right; readers notice, and one of them is a typo or a
    stale figure an update left behind.

    ## Example
    ```yaml
    - id: exports-2025-q1-growth
      kind: change
      metric: defence-exports
      period: 2025-Q1
      rate: 72%
      quote: "2025 yılına ait ilk çeyrekte ihracat %72 arttı"
    ```
    with the article also saying "2025'in ilk çeyreğinde ihracat %52 arttı".

    Use instead: make both sentences give the same figure (or encode the second one as a
    claim of its own metric if it measures something else).
    """

    code = "CS103"
    name = "contradicting-figure"
    severity = Severity.ERROR
    summary = "Two figures for the same metric and period differ."

    def run(self, ctx: Context) -> Iterable[Finding]:
        for found in contradictions(ctx):
            mention = found.mention
            line, col = ctx.article.position(mention.start)
            others = "; ".join(_says(ctx, f) for f in found.figures)
            yield self.finding(
                f"the article says {mention.surface} for {found.period} ({line}:{col}); "
                f"{others}",
                article=ctx.at_offset(mention.start),
                claim_file=ctx.at_claim(found.figures[0].claim_id, found.figures[0].field),
                claims={f.claim_id for f in found.figures},
            )


def _says(ctx: Context, figure: Figure) -> str:
    claim = ctx.claims.by_id[figure.claim_id]
    what = f"claim `{figure.claim_id}` says {figure.shown} ({figure.field}, {claim.metric})"
    for met in ctx.locator.met(figure.claim_id):
        if met.expectation.field == figure.field and met.start is not None:
            line, col = ctx.article.position(met.start)
            return f"{what} at {line}:{col}"
    return what
