"""The figures of the claim set, and which figures of the article the claim set accounts for.

Shapes: a *span* is a half-open character range ``(start, end)`` into ``Article.text``; a
:class:`Figure` is one number a claim gives for a period (a change's rate, value or base
value; a quantity's value), with its unit (``"percent"``, ``"pp"``, ``"USD"`` ...) and the
precision its claim was written with.

:class:`FigureBook` classifies every figure mention of the article exactly once, the same
way for every check, so that each kind of finding has one owner whichever checks run:

- ``accounted``: stated by a claim's passage, restating a claim figure for the same period,
  or a year/date some claim gives (nobody reports these);
- ``changed``: what a located passage states instead of its claim's figure (CS402's);
- ``contradictions``: a figure for a claim's metric and period with another value (CS103's).

Two readings keep the bookkeeping from crying wolf where the text layer splits or the claim
set words a figure: an amount the text layer read in two pieces ("1 trilyon" then "799,1
milyar lira") is compared whole; and a figure written in a plan's ``what`` or a statement's
``content`` ("the Federal Reserve's 2 percent target", "base year 2025") is accounted for in
that claim's passage. A figure inside a plan's or forecast's passage is never a
contradiction: a forecast is not an outcome.

Get it as ``ctx.figures`` (computed once per context). Nothing here raises on odd input:
a mention whose period cannot be read is simply not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from claimsuite.analysis.expect import Expectation, Need
from claimsuite.analysis.fields import field_of
from claimsuite.analysis.locate import meets, mention_period
from claimsuite.claims.model import ChangeClaim, PlanClaim, QuantityClaim, StatementClaim
from claimsuite.claims.periods import Granularity, Period
from claimsuite.claims.quantities import Amount, format_number
from claimsuite.text.events import from_to_in
from claimsuite.text.mentions import Mention, MentionKind
from claimsuite.text.normalize import fold

if TYPE_CHECKING:
    from claimsuite.checks.base import Context

__all__ = [
    "PERIOD_KINDS",
    "Contradiction",
    "Figure",
    "FigureBook",
    "Span",
    "change_window",
    "claim_figures",
    "equal",
]

Span = tuple[int, int]

PERIOD_KINDS = frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD})
_PERIOD_FIELDS = ("period", "base_period", "date", "as_of")
_PROSE_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_BLANK = re.compile(r"[^\S\n]*\n?[^\S\n]*")  # spaces, and at most one line break


def prose_numbers(text: str | None) -> frozenset[Decimal]:
    """The numbers a claim writes in prose (a plan's ``what``, a statement's ``content``),
    with '.' for decimals as claim files write them: "2 percent target" gives 2."""
    if not text:
        return frozenset()
    return frozenset(Decimal(m.group()) for m in _PROSE_NUMBER.finditer(text.replace(",", "")))


def compounds(text: str, mentions: Iterable[Mention]) -> dict[Span, Mention]:
    """Amounts the text layer read in two pieces, whole: "1 trilyon" followed by "799,1
    milyar lira" is 1.7991 trillion lira. Maps each piece's span to the whole mention."""
    out: dict[Span, Mention] = {}
    previous: Mention | None = None
    for mention in mentions:
        if (
            previous is not None
            and previous.kind is MentionKind.NUMBER
            and previous.unit is None
            and mention.kind is MentionKind.AMOUNT
            and previous.value is not None
            and mention.value is not None
            and previous.value > mention.value > 0
            and previous.value % 1000 == 0
            and previous.end < mention.start
            and _BLANK.fullmatch(text, previous.end, mention.start) is not None
        ):
            whole = replace(
                mention,
                start=previous.start,
                surface=text[previous.start : mention.end],
                value=previous.value + mention.value,
            )
            out[(previous.start, previous.end)] = whole
            out[(mention.start, mention.end)] = whole
        previous = mention
    return out


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Figure(NamedTuple):
    """A figure the claim set gives for a period: what a restatement must repeat.

    ``field`` is the claim field (``rate``, ``value``, ``base_value``); ``value`` is
    absolute for rates (a fall of 5% is stated as "5%"); ``shown`` is as a reader writes it.
    """

    claim_id: str
    field: str
    kind: MentionKind
    period: Period
    shown: str
    value: Decimal
    unit: str
    precision: Decimal


class Contradiction(NamedTuple):
    """A mention whose value differs from every claim figure for its kind, unit and period."""

    mention: Mention
    period: Period
    figures: tuple[Figure, ...]


def claim_figures(claims: Iterable[object]) -> list[Figure]:
    """Every figure of ``claims`` (in file order); other claim kinds give none."""
    out: list[Figure] = []
    for claim in claims:
        if isinstance(claim, ChangeClaim):
            rate = claim.rate
            out.append(Figure(claim.id, "rate", MentionKind.PERCENT, claim.period, str(rate),
                              abs(rate.value), rate.unit, rate.precision))
            if claim.value is not None:
                out.append(_amount(claim.id, "value", claim.period, claim.value))
            if claim.base_value is not None and claim.base_period is not None:
                out.append(_amount(claim.id, "base_value", claim.base_period, claim.base_value))
        elif isinstance(claim, QuantityClaim):
            out.append(_amount(claim.id, "value", claim.period, claim.value))
    return out


def _amount(claim_id: str, field: str, period: Period, amount: Amount) -> Figure:
    shown = f"{format_number(amount.value)} {amount.unit}"
    return Figure(claim_id, field, MentionKind.AMOUNT, period, shown, amount.value, amount.unit,
                  amount.precision)


def equal(figure: Figure, mention: Mention) -> bool:
    """Whether a mention (with a value) states ``figure``, within either one's precision."""
    if mention.value is None:
        return False
    tolerance = max(figure.precision, mention.precision or Decimal(0), Decimal("1e-9"))
    return abs(figure.value - mention.value) < tolerance


def _counts(mention: Mention, wanted: Iterable[Expectation]) -> bool:
    """A plain count equal to an amount or a rank bound the claim expects."""
    for e in wanted:
        if e.amount is not None and mention.value == e.amount.value:
            return True
        if e.need is Need.RANK and mention.value == e.bound:
            return True
    return False


def change_window(claim: object) -> Period | None:
    """The span a change claim's rate runs over, from the day after its base period to the
    end of its period: "over the 12 months ending in September 2025" is the change for
    2025-09 against 2024-09."""
    if not isinstance(claim, ChangeClaim) or claim.base_period is None:
        return None
    start = claim.base_period.end + timedelta(days=1)
    if start > claim.period.end:
        return None
    return Period(start, claim.period.end, Granularity.RANGE)


def _spans(ctx: Context, mention: Mention) -> tuple[date, date] | None:
    period = mention_period(ctx.locator.placed(mention))
    return (period.start, period.end) if period is not None else None


def _years_of(claim: object) -> frozenset[Decimal]:
    """The years a claim's periods lie in, each within one year: "the same period of 2024"
    names the year of ``base_period: 2024-01/2024-09``."""
    return frozenset(
        Decimal(value.start.year)
        for name in _PERIOD_FIELDS
        if isinstance(value := field_of(claim, name), Period)
        and value.start.year == value.end.year
    )


def _prose_of(claim: object) -> frozenset[Decimal]:
    if isinstance(claim, PlanClaim):
        return prose_numbers(claim.what)
    if isinstance(claim, StatementClaim):
        return prose_numbers(claim.content)
    return frozenset()


class FigureBook:
    """The figure bookkeeping of one context; every property is computed once."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @cached_property
    def _wanted(self) -> dict[str, tuple[Expectation, ...]]:
        """Each claim's figure expectations, for ``accounted`` and the headline alike: the
        locator's, less the names (no name expectation meets a mention, counts or gives a
        headline value; the record changes only the names)."""
        locator = self._ctx.locator
        return {
            c.id: tuple(e for e in locator.expectations(c.id) if e.need is not Need.NAME)
            for c in self._ctx.claims.claims
        }

    @cached_property
    def figures(self) -> tuple[Figure, ...]:
        """Every claim figure, in claim-file order."""
        return tuple(claim_figures(self._ctx.claims.claims))

    @cached_property
    def claim_periods(self) -> tuple[Period, ...]:
        """Every period a claim gives (``period``, ``base_period``, ``date``, ``as_of``),
        except a role's ``as_of`` range: it says when a title was held, not that every year
        or day inside it that the article mentions is accounted for (issue 13 §5)."""
        return tuple(
            value
            for claim in self._ctx.claims.claims
            for name in _PERIOD_FIELDS
            if isinstance(value := field_of(claim, name), Period)
            and not (name == "as_of" and value.granularity is Granularity.RANGE)
        )

    @cached_property
    def _claim_period_lookup(self) -> tuple[frozenset[Period], tuple[Period, ...]]:
        """``claim_periods`` as the periods a mention may equal, and the ranges it may lie
        in: what ``period_matches`` asks of each."""
        periods = self.claim_periods
        ranges = tuple(p for p in periods if p.granularity is Granularity.RANGE)
        return frozenset(periods), ranges

    def sentence_period(self, mention: Mention) -> Period | None:
        """The period a figure is stated for: the one its sentence names.

        With several, the nearest one before the figure ("2024'te %40 olan artış 2025'te
        %72"), else the nearest after it ("rose 52% in the first quarter of 2025").
        """
        ctx = self._ctx
        sentence = ctx.article.sentence_at(mention.start)
        index = ctx.article.mention_index  # bisections: linear over all figures
        found = index.nearest(
            PERIOD_KINDS, mention.start, before=True, bound=sentence.start, dated=True
        ) or index.nearest(PERIOD_KINDS, mention.end, before=False, bound=sentence.end, dated=True)
        return mention_period(found) if found is not None else None

    def comparable(self, mention: Mention) -> list[Figure]:
        """The claim figures of the same kind, unit and period as ``mention``'s sentence."""
        if mention.kind not in {MentionKind.PERCENT, MentionKind.AMOUNT} or mention.value is None:
            return []
        # Memoized by identity (``accounted`` and ``contradictions`` both ask for every
        # figure of the article); the entry holds the mention, so its id is not reused.
        known = self._comparable.get(id(mention))
        if known is not None and known[0] is mention:
            return list(known[1])
        found = self._comparable_to(mention)
        self._comparable[id(mention)] = (mention, tuple(found))
        return found

    @cached_property
    def _comparable(self) -> dict[int, tuple[Mention, tuple[Figure, ...]]]:
        return {}

    def _comparable_to(self, mention: Mention) -> list[Figure]:
        unit = mention.unit or "percent"
        # The claim figures of the mention's kind and unit first: the sentence's period is
        # looked up only when one of them may match (most figures of an article have none).
        alike = [f for f in self.figures if f.kind is mention.kind and f.unit == unit]
        if not alike:
            return []
        period = self.sentence_period(mention)
        if period is None or period.granularity is Granularity.RANGE:
            return []
        return [f for f in alike if f.period == period]

    @cached_property
    def changed(self) -> frozenset[Span]:
        """Mentions a located passage states instead of its claim's figure, for a field
        CS402 reports as contradicted (CS402's). A figure standing where a field is only
        *not confirmed* stays with the other checks (CS403), so that an edit to it is still
        reported by one of them."""
        from claimsuite.analysis.verdicts import Verdict  # noqa: PLC0415

        ctx = self._ctx
        out = set()
        for claim in ctx.claims.claims:
            if not any(p.found for p in ctx.locator.passages(claim.id)):
                continue
            verdict = ctx.verdicts.of(claim.id)
            contradicted = (
                {f.field for f in verdict.of(Verdict.CONTRADICTED)} if verdict else set()
            )
            for met in ctx.locator.met(claim.id):
                if not met.found and met.instead and met.expectation.field in contradicted:
                    out.add((met.instead[0].start, met.instead[0].end))
        return frozenset(out)

    @cached_property
    def accounted(self) -> frozenset[Span]:
        """Spans of mentions the claim set accounts for, beyond ``ctx.locator.covered``.

        A claim's passage may state its figure twice ("2026 yılında ... 2026 yılında"); a
        plain count is accounted for by an equal amount of the claim whose passage holds it;
        a figure restated elsewhere for the same period and value is the same fact; and a
        year or date equal to a claim's period or date is one the claim set knows.
        """
        ctx = self._ctx
        spans = set(ctx.locator.covered)
        whole = self.compounds
        for claim in ctx.claims.claims:
            wanted = self._wanted[claim.id]
            claim_period = field_of(claim, "period")
            prose = _prose_of(claim)
            years = _years_of(claim)
            window = change_window(claim)
            for passage in ctx.locator.passages(claim.id):
                if passage.start is None or passage.end is None:
                    continue
                for mention in ctx.locator.mentions_in(passage.start, passage.end):
                    read = whole.get((mention.start, mention.end), mention)
                    if (
                        any(meets(e, read, claim_period) for e in wanted)
                        or (mention.kind is MentionKind.NUMBER and _counts(mention, wanted))
                        or (mention.value is not None and mention.value in prose)
                        or (mention.kind is MentionKind.YEAR and mention.value in years)
                        or (window is not None and mention.kind in PERIOD_KINDS
                            and _spans(ctx, mention) == (window.start, window.end))
                    ):
                        spans.add((mention.start, mention.end))
        spans |= self._pairs
        spans |= self._in_headline
        exact, ranges = self._claim_period_lookup
        for mention in ctx.article.mentions:
            if mention.kind in PERIOD_KINDS:
                stated = mention_period(mention)
                # any(period_matches(p, stated) for p in self.claim_periods), by one set
                # lookup and the ranges only
                if stated is not None and (
                    stated in exact or any(r.contains(stated) for r in ranges)
                ):
                    spans.add((mention.start, mention.end))
                continue
            read = whole.get((mention.start, mention.end), mention)
            if any(equal(f, read) for f in self.comparable(read)):
                spans.add((mention.start, mention.end))
        for span, read in whole.items():
            if (read.start, read.end) != span and span not in spans:
                pieces = [k for k, v in whole.items() if v is read]
                if any(k in spans for k in pieces):
                    spans.update(pieces)  # one piece stated: the whole is the claim's figure
        return frozenset(spans)

    @cached_property
    def headline(self) -> Span | None:
        """The article's headline: its first line when that is a sentence of its own (no
        full stop, the body right after it), or a line equal to ``article.title``."""
        ctx = self._ctx
        text = ctx.article.text
        title = ctx.claims.file.article.title
        start = 0
        # folded once, not per line: a 10 MB article has 20,000 lines
        wanted = fold(str(title), ctx.article.language) if title else None
        for line in text.splitlines(keepends=True):
            body = line.strip()
            if body and wanted is not None and fold(body, ctx.article.language) == wanted:
                a = start + line.index(body)
                return a, a + len(body)
            start += len(line)
        sentences = ctx.article.sentences
        if not sentences:
            return None
        first = sentences[0]
        first_line_end = text.find("\n", first.start)
        if first_line_end == -1 or first.end > first_line_end:
            return None  # one line of text, or a first sentence running over its line
        if text[first.end - 1] in ".!?…":
            return None  # a first line that ends a sentence is the lead, not a headline
        return first.start, first.end

    @cached_property
    def _in_headline(self) -> frozenset[Span]:
        """Figures of the headline equal to a figure some claim states ("turnout tops 2
        million" for a claim of 2 million voters): a headline restates, without a period."""
        ctx = self._ctx
        span = self.headline
        if span is None:
            return frozenset()
        values: set[Decimal] = set()
        for claim in ctx.claims.claims:
            for e in self._wanted[claim.id]:
                if e.rate is not None:
                    values.add(abs(e.rate.value))
                if e.amount is not None:
                    values.add(e.amount.value)
                if e.need is Need.RANK and e.bound is not None:
                    values.add(Decimal(e.bound))
        out: set[Span] = set()
        for mention in ctx.locator.mentions_in(*span):
            read = self.compounds.get((mention.start, mention.end), mention)
            if read.value is not None and read.value in values:
                out.add((mention.start, mention.end))
        return frozenset(out)

    @cached_property
    def _pairs(self) -> frozenset[Span]:
        """Both figures of a level moved by a claim's change in points ("yüzde 40,5'ten
        yüzde 39,5'e" for ``rate: -1 pp``): the claim accounts for where it came from too."""
        ctx = self._ctx
        out: set[Span] = set()
        for claim in ctx.claims.claims:
            for met in ctx.locator.met(claim.id):
                if met.mention is None or met.start is None or met.end is None:
                    continue
                if (met.start, met.end) == (met.mention.start, met.mention.end):
                    continue  # a figure of its own, not a pair
                for pair in from_to_in(ctx.article.text, ctx.article.language, met.start,
                                       met.end):
                    out |= {(pair.source.start, pair.source.end),
                            (pair.target.start, pair.target.end)}
        return frozenset(out)

    @cached_property
    def compounds(self) -> dict[Span, Mention]:
        """Amounts the text layer read in two pieces, by each piece's span (``compounds``)."""
        return compounds(self._ctx.article.text, self._ctx.article.mentions)

    @cached_property
    def forecast_spans(self) -> tuple[Span, ...]:
        """The located passages of plans and forecasts: figures there are not outcomes."""
        ctx = self._ctx
        return tuple(
            (p.start, p.end)
            for claim in ctx.claims.claims
            if isinstance(claim, PlanClaim)
            for p in ctx.locator.passages(claim.id)
            if p.start is not None and p.end is not None
        )

    @cached_property
    def contradictions(self) -> tuple[Contradiction, ...]:
        """Figures in the text that differ from every claim figure for their kind and period
        (neither accounted for nor a changed figure), in article order."""
        skip = self.accounted | self.changed
        whole = self.compounds
        out = []
        seen: set[int] = set()
        for mention in self._ctx.article.mentions:
            if (mention.start, mention.end) in skip or any(
                a <= mention.start and mention.end <= b for a, b in self.forecast_spans
            ):
                continue
            read = whole.get((mention.start, mention.end), mention)
            if id(read) in seen:
                continue
            seen.add(id(read))
            figures = self.comparable(read)
            if figures and not any(equal(f, read) for f in figures):
                out.append(Contradiction(read, figures[0].period, tuple(figures)))
        return tuple(out)

    @cached_property
    def owned(self) -> frozenset[Span]:
        """Spans some figure check owns or nobody should report: accounted for, changed
        (CS402) or contradicted (CS103). Checks that list *other* figures skip these."""
        return (
            self.accounted
            | self.changed
            | {(c.mention.start, c.mention.end) for c in self.contradictions}
        )
