"""One verdict per asserted field of every claim: stated, contradicted, or not confirmed.

Issue 13 §1. For each field a claim asserts (value, rate, period, base period, source,
person, title, place, direction, tense, date …) the passage gives one of three verdicts:

- **stated**: the passage states the field, or a reader finds it in the context the
  passage leans on (``where`` says which): the rest of its sentence, the earlier sentences of
  its paragraph, the headline and the lead, the publication date ("bugün", "Kasım ayında"),
  and for a source or speaker named earlier in the article, a reference back to it ("The
  agency", "Kurum", "Verilere göre").
- **contradicted**: the passage clearly states a *different* value for this very field.
  Strict: either the quote stated the field and the edit put another figure, period or
  name in its place (:mod:`claimsuite.analysis.diff`), or the passage's only figure of the
  field's kind differs from the claim and no other claim states it, or the passage says the
  opposite direction of a change, or tells a past event as future or negated.
- **not confirmed**: neither — with the phrase the grammar could not read, if any.

Only *contradicted* may become an error (CS402); *not confirmed* is a question (CS405).
Get the verdicts as ``ctx.verdicts`` (computed once per context).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from claimsuite.analysis.diff import changes, replacement
from claimsuite.analysis.expect import Expectation, Need
from claimsuite.analysis.fields import field_of
from claimsuite.analysis.locate import FIGURE_KINDS, Met, Passage, meets
from claimsuite.analysis.verdicts.context_fields import ContextFields
from claimsuite.analysis.verdicts.direction_tense import DirectionAndTense
from claimsuite.analysis.verdicts.model import ClaimVerdict, Edit, FieldVerdict, Outcome, Verdict
from claimsuite.analysis.words import is_reference_year
from claimsuite.claims.model import (
    ChangeClaim,
    EntityClaim,
    EventClaim,
    PlanClaim,
    QuantityClaim,
    ShareClaim,
    StatementClaim,
)
from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions import Mention, MentionKind, extract_mentions, find_name
from claimsuite.text.normalize import fold, strip_marks
from claimsuite.text.phrases import unread_in

if TYPE_CHECKING:
    from claimsuite.checks.base import Context

__all__ = ["ClaimVerdict", "FieldVerdict", "Outcome", "Verdict", "Verdicts"]

# A claimed day (or a few days) containing the publication day is stated by it.
_DAYS_OF_PUBLICATION = 7
_PERIOD_NEEDS = frozenset({Need.PERIOD, Need.BASE_PERIOD})


class Verdicts(ContextFields, DirectionAndTense):
    """The field verdicts of every located claim, and the edits of every edited passage."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._text = ctx.article.text
        self._language = ctx.article.language

    @cached_property
    def _all(self) -> dict[str, ClaimVerdict]:
        out = {}
        for claim in self._ctx.claims.claims:
            if isinstance(claim, EntityClaim):
                continue
            passages = [p for p in self._ctx.locator.passages(claim.id) if p.found]
            if not passages:
                continue
            out[claim.id] = ClaimVerdict(claim.id, tuple(self._claim(claim, passages)))
        return out

    def of(self, claim_id: str) -> ClaimVerdict | None:
        """The verdict of a claim with a passage (``None``: entity, or no passage)."""
        return self._all.get(claim_id)

    @cached_property
    def edits(self) -> dict[tuple[int, int], tuple[Edit, ...]]:
        """The changed spans of every edited passage, keyed by the passage's span."""
        out: dict[tuple[int, int], tuple[Edit, ...]] = {}
        for claim in self._ctx.claims.claims:
            for p in self._ctx.locator.passages(claim.id):
                if not p.found or p.exact:
                    continue
                assert p.start is not None
                assert p.end is not None
                if (p.start, p.end) in out:
                    continue
                found = changes(p.quote, self._text[p.start : p.end], self._language)
                out[(p.start, p.end)] = tuple(
                    Edit(p, c, p.start + c.new_start, p.start + c.new_end) for c in found
                )
        return out

    def edits_of(self, passages: list[Passage]) -> list[Edit]:
        out: list[Edit] = []
        for p in passages:
            if p.start is not None and p.end is not None:
                out += self.edits.get((p.start, p.end), ())
        return out

    def _claim(self, claim: object, passages: list[Passage]) -> list[FieldVerdict]:
        ctx = self._ctx
        claim_id: str = claim.id  # type: ignore[attr-defined]
        mets = ctx.locator.met(claim_id)
        edits = self.edits_of(passages)
        out = [self._field(claim, met, passages, edits) for met in mets]
        if isinstance(claim, ChangeClaim):
            direction = self._direction(claim, passages, edits)
            if direction is not None:
                out.append(direction)
        elif isinstance(claim, QuantityClaim | ShareClaim):
            moved = self._moved_level(claim, edits)
            if moved is not None:
                out.append(moved)
        if isinstance(claim, EventClaim | StatementClaim | PlanClaim):
            tense = self._tense(claim, passages, edits)
            if tense is not None:
                out.append(tense)
        # A figure or period of the quote that no field holds, changed ("temel yılını 2025"
        # -> "2026" in a plan's passage): the passage no longer says what the desk quoted.
        if not edits:
            return out  # an exact passage (most): no edit to tell
        told = {(f.start, f.end) for f in out if f.verdict is Verdict.CONTRADICTED}
        for edit in edits:
            if edit.change.kind in {"figure", "period"} and (edit.start, edit.end) not in told:
                out.append(FieldVerdict(
                    "quote", Verdict.CONTRADICTED, f"'{edit.change.old}'",
                    now=edit.change.new, start=edit.start, end=edit.end,
                    reason=f"'{edit.change.old}' became '{edit.change.new}'",
                ))
                told.add((edit.start, edit.end))
        return out

    def _field(
        self, claim: object, met: Met, passages: list[Passage], edits: list[Edit]
    ) -> FieldVerdict:
        e = met.expectation
        # An edit to any one quote's statement of the field contradicts it, even when
        # another quote still states it (a headline changed, the lead not).
        edited = self._edited(claim, e, passages, edits)
        if edited is not None:
            return edited
        if met.found:
            return FieldVerdict(e.field, Verdict.STATED, e.shown, start=met.start, end=met.end)
        contradicted = self._other_value(claim, met, passages)
        if contradicted is not None:
            return contradicted
        found = self._in_context(claim, e, passages)
        if found is not None:
            return found
        published = self._ctx.claims.file.article.published
        if (
            e.need is Need.PERIOD
            and e.period is not None
            and (e.period.end - e.period.start).days <= _DAYS_OF_PUBLICATION
            and e.period.contains(published)
        ):
            # the day of publication: "açıklandı", "said on" with no date is that day
            return FieldVerdict(e.field, Verdict.STATED, e.shown, where="publication date")
        if (
            isinstance(claim, EventClaim)
            and e.field == "name"
            and not any(find_name(p.quote, n, self._language, marks=True) for p in passages
                        for n in e.names)
            and not find_name(self._text, e.shown, self._language, marks=True)
        ):
            # the desk's label for the event ("release of the September CPI"): neither the
            # quote nor the article names it, so the passage never asserted it
            return FieldVerdict(e.field, Verdict.STATED, e.shown, where="label")
        return self._unconfirmed(claim, met, passages)

    def _edited(
        self, claim: object, e: Expectation, passages: list[Passage], edits: list[Edit]
    ) -> FieldVerdict | None:
        """The quote stated the field, and the edit put something else in its place."""
        if e.need is Need.NAME:
            for p in passages:
                if p.exact or p.start is None or p.end is None:
                    continue  # an exact passage has no edit (most do: nothing to fold)
                text = self._text[p.start : p.end]
                span = replacement(p.quote, text, e.names, self._language)
                if span:
                    now = text[span[0] : span[1]]
                    accepted = {strip_marks(fold(n, self._language)) for n in e.names}
                    if strip_marks(fold(now, self._language)) in accepted:
                        continue  # another accepted spelling of the same name
                    return FieldVerdict(
                        e.field, Verdict.CONTRADICTED, e.shown, now=f"'{now}'",
                        start=p.start + span[0], end=p.start + span[1],
                        reason=f"the name became '{now}'",
                    )
            return None
        if not edits:
            return None
        period = field_of(claim, "period")
        anchor = self._anchor(claim)
        for edit in edits:
            change = edit.change
            if change.kind not in {"figure", "period"}:
                continue  # a rewording or an unread phrase: a question, never a verdict
            if self._states(claim, e, edit.passage):
                continue  # the passage still states it ("1 milyar 700 milyon" for "1,7 milyar")
            olds = [m for m in change.old_mentions if meets(e, m, period, anchor)] or [
                m
                for m in change.old_mentions
                if meets(e, self._ctx.locator.placed(m, period), period, anchor)
            ]
            if not olds and change.kind == "period" and e.period is not None:
                # a year inside a phrase the grammar reads only in part ("the same period
                # of 2024" for a base 2024-01/2024-09) moved away from the field's period
                olds = [
                    m for m in change.old_mentions if self._overlaps(m, e.period, period)
                ] if not any(
                    self._overlaps(m, e.period, period) for m in change.new_mentions
                ) else []
            if olds:
                return FieldVerdict(
                    e.field, Verdict.CONTRADICTED, e.shown, now=change.new,
                    start=edit.start, end=edit.end,
                    reason=f"'{change.old}' became '{change.new}'",
                )
        return None

    def _overlaps(self, mention: Mention, field: Period, claim_period: Period | None) -> bool:
        """The mention's period overlaps the field's and shares its start or end: "2024"
        for a base 2024-01/2024-09, "the 12 months ending in September" for 2025-09."""
        placed = self._ctx.locator.placed(mention, claim_period).period
        return (
            isinstance(placed, Period)
            and _overlap(placed, field)
            and (placed.start == field.start or placed.end == field.end)
        )

    def _states(self, claim: object, e: Expectation, passage: Passage) -> bool:
        """Whether ``passage`` still states the field as often as its quote did: an edit
        elsewhere in it, or a rewriting that keeps the value ("1 milyar 700 milyon" for
        "1,7 milyar"), leaves it stated; one of two "2024"s changed does not."""
        if passage.start is None or passage.end is None:
            return False
        text = self._text[passage.start : passage.end]
        if e.need is Need.NAME:
            def hits(t: str) -> int:
                return sum(len(find_name(t, n, self._language, marks=True)) for n in e.names)

            return hits(text) >= hits(passage.quote) > 0
        period = field_of(claim, "period")
        anchor = self._anchor(claim)

        def states(m: Mention) -> bool:
            if e.need in _PERIOD_NEEDS and e.period is not None:
                # strictly: "December" lies inside "from November to March" but is not it
                placed = self._ctx.locator.placed(m, period)
                if isinstance(placed.period, Period) and placed.period != e.period:
                    return False
            return self._ctx.locator.states(e, m, period, anchor)

        def count(mentions: Iterable[Mention]) -> int:
            return sum(1 for m in mentions if states(m))

        now = count(self._ctx.locator.mentions_in(passage.start, passage.end))
        return now > 0 and now >= count(extract_mentions(passage.quote, self._language))

    def _other_value(
        self, claim: object, met: Met, passages: list[Passage]
    ) -> FieldVerdict | None:
        """The passage's only figure of the field's kind, and another value: the claim file
        disagrees with its own quote. Never for a base period or a name (too many ways to
        write them), never for a figure another claim states."""
        e = met.expectation
        if e.need in {Need.NAME, Need.BASE_PERIOD} or not met.instead:
            return None
        if any(not p.exact for p in passages):
            return None  # an edited passage is judged by its edits
        covered = self._ctx.locator.covered
        same_kind = [
            m
            for p in passages
            for m in self._ctx.locator.mentions_in(p.start or 0, p.end or 0)
            if m.kind in FIGURE_KINDS.get(e.need, frozenset())
            and (m.start, m.end) not in covered
        ]
        if len(same_kind) != 1 or same_kind[0] not in met.instead:
            return None
        other = same_kind[0]
        if self._split(other):
            return None  # "1 trilyon 263,9 milyar": one figure the grammar read as two
        if e.need is Need.PERIOD:
            if is_reference_year(self._ctx.article, other):
                return None  # "the first time since 2019" counts from 2019; it is not 2019
            placed = self._ctx.locator.placed(other, field_of(claim, "period"))
            stated = placed.period
            claimed = e.period
            if (
                stated is None
                or claimed is None
                or not isinstance(stated, Period)
                or stated.granularity is not claimed.granularity
                or stated.granularity is Granularity.RANGE
                or _overlap(stated, claimed)
                or unread_in(self._text, self._language, *self._sentence(other.start))
            ):
                return None
        elif e.need in {Need.PERCENT, Need.AMOUNT}:
            if other.value is None or other.upper is not None or other.bound is not None:
                return None
            wanted_unit = (e.rate.unit if e.rate is not None else e.amount.unit if e.amount
                           else None)
            if (other.unit or "percent") != wanted_unit:
                return None
        else:
            return None
        return FieldVerdict(
            e.field, Verdict.CONTRADICTED, e.shown, now=other.surface, start=other.start,
            end=other.end, reason="the passage's only such figure differs",
        )

    def _split(self, mention: object) -> bool:
        """Another figure right next to this one: the grammar may have cut one in two."""
        start, end = mention.start, mention.end  # type: ignore[attr-defined]
        for m in self._ctx.article.mention_index.overlapping(max(0, start - 3), end + 3):
            if (m.start, m.end) == (start, end) or m.value is None:
                continue
            gap = self._text[m.end : start] if m.end <= start else self._text[end : m.start]
            if not gap.strip():
                return True
        return False

    def _unconfirmed(
        self, claim: object, met: Met, passages: list[Passage]
    ) -> FieldVerdict:
        e = met.expectation
        first = passages[0]
        assert first.start is not None
        if e.need in _PERIOD_NEEDS:
            for p in passages:
                a, b = self._sentence(p.start or 0)
                for u in unread_in(self._text, self._language, a, max(b, p.end or b)):
                    return FieldVerdict(
                        e.field, Verdict.NOT_CONFIRMED, e.shown, phrase=u.phrase,
                        start=u.start, end=u.end,
                    )
        for other in met.instead:
            if e.need in _PERIOD_NEEDS:
                placed = self._ctx.locator.placed(other, field_of(claim, "period"))
                if (
                    e.period is None
                    or not isinstance(placed.period, Period)
                    or (other.kind is MentionKind.YEAR and not _overlap(placed.period, e.period))
                ):
                    continue  # "1969" is no reading of the day 2025-11-04
            start, end = self._whole(other)
            return FieldVerdict(
                e.field, Verdict.NOT_CONFIRMED, e.shown, phrase=self._text[start:end],
                start=start, end=end,
            )
        return FieldVerdict(e.field, Verdict.NOT_CONFIRMED, e.shown)

    def _whole(self, mention: Mention) -> tuple[int, int]:
        """A figure with the figures glued to it: "1 trilyon 263,9 milyar lira", which the
        grammar reads in two pieces, is named whole."""
        start, end = mention.start, mention.end
        for m in self._ctx.article.mention_index.overlapping(max(0, start - 3), end + 3):
            if m.value is None or (m.start, m.end) == (mention.start, mention.end):
                continue
            gap = self._text[m.end : start] if m.end <= start else self._text[end : m.start]
            if not gap.strip():
                start, end = min(start, m.start), max(end, m.end)
        return start, end


def _overlap(a: Period, b: Period) -> bool:
    return a.start <= b.end and b.start <= a.end

