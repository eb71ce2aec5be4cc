"""Whether a passage tells a change's direction and an event's tense as the claim does.
Mixed into ``Verdicts``."""

from __future__ import annotations

import re
from typing import Any

from claimsuite.analysis.expect import Expectation, Need
from claimsuite.analysis.locate import Passage, meets
from claimsuite.analysis.verdicts.model import Edit, FieldVerdict, Verdict
from claimsuite.claims.model import ChangeClaim, EventClaim
from claimsuite.text.events import Direction, Word, direction_at, tense_in, words_in
from claimsuite.text.language import load_language
from claimsuite.text.mentions import Mention, MentionKind, extract_mentions

_DATIVE = re.compile(r"['’](?:y?[ae])\Z")
_NEAR = 2  # words at most between a direction word and its figure ("fell by 12,000")
_TIME = frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD, MentionKind.RELATIVE})


def _next_to_figure(edit: Edit, language: str) -> bool:
    """Whether the quote's changed span stands within a word or two of one of the quote's
    figures (not a year or date): "kişi azalarak", "fell by 12,000 to"."""
    quote, change = edit.passage.quote, edit.change
    for m in extract_mentions(quote, language):
        if m.kind in _TIME or m.value is None:
            continue
        if m.end <= change.old_start:
            between = quote[m.end : change.old_start]
        elif m.start >= change.old_end:
            between = quote[change.old_end : m.start]
        else:
            continue
        if len(between.split()) <= _NEAR:
            return True
    return False


class DirectionAndTense:
    """The ``direction`` field of a change claim and the ``tense`` field of an event."""

    # Set by Verdicts.__init__ (Context typed loosely: checks.base imports this package).
    _ctx: Any
    _text: str
    _language: str

    # -- direction and tense -----------------------------------------------------------
    def _rates_in(self, claim: ChangeClaim, passage: Passage) -> list[Mention]:
        """The mentions of ``passage`` that state the claim's rate."""
        wanted = Expectation("rate", Need.PERCENT, str(claim.rate), rate=claim.rate)
        return [
            m
            for m in self._ctx.locator.mentions_in(passage.start or 0, passage.end or 0)
            if meets(wanted, m, claim.period)
        ]

    def _is_level(self, start: int, end: int) -> bool:
        """A rate the text gives as the level reached ("yüzde 32,87'ye geriledi", "fell to
        2.9%"): the direction word then tells how the rate moved, not the change's sign."""
        surface = self._text[start:end]
        if self._language == "tr":
            return bool(_DATIVE.search(surface.casefold()))
        before = self._text[max(0, start - 12) : start].split()
        return bool(before) and before[-1].casefold() in {"to", "at"}

    def _direction(
        self,
        claim: ChangeClaim,
        passages: list[Passage],
        edits: list[Edit],
    ) -> FieldVerdict | None:
        value = claim.rate.value
        shown = (
            f"a rise of {claim.rate}" if value > 0
            else f"a fall of {claim.rate}" if value < 0 else "no change"
        )
        for edit in edits:
            if edit.change.kind == "direction":
                return FieldVerdict(
                    "direction", Verdict.CONTRADICTED, shown, now=edit.change.new,
                    start=edit.start, end=edit.end,
                    reason=f"'{edit.change.old}' became '{edit.change.new}'",
                )
        if value == 0:
            return None
        wanted = Direction.RISE if value > 0 else Direction.FALL
        told: list[tuple[Direction, Passage]] = []
        for passage in passages:
            for m in self._rates_in(claim, passage):
                if self._is_level(m.start, m.end):
                    continue  # the level reached ("fell to 2.9%"), not the change
                # the clause of the figure: "ihracat yüzde 5 arttı, ithalat yüzde 3 azaldı"
                way = direction_at(self._text, self._language, m.start, m.end)
                if way is not None:
                    told.append((way, passage))
        if not told:
            return None  # no direction word: nothing to confirm ("yüzde 30", "32,87 oldu")
        if any(way is wanted for way, _ in told):
            return FieldVerdict("direction", Verdict.STATED, shown)
        said, p = told[0]
        data = load_language(self._language)
        entries = data.rise_words if said is Direction.RISE else data.fall_words
        start, end = p.start or 0, p.end or 0
        hits = words_in(self._text, self._language, entries, said.value, start, end)
        if hits:
            start, end = hits[0].start, hits[0].end
        return FieldVerdict(
            "direction", Verdict.CONTRADICTED, shown, now=self._text[start:end],
            start=start, end=end, reason=f"the passage tells a {said.value}",
        )

    def _moved_level(self, claim: object, edits: list[Edit]) -> FieldVerdict | None:
        """A quantity or share told with the way it moved ("89 bin 996 kişi azalarak 1 milyon
        480 bin 547 kişiye geriledi", "fell by 12,000 to 1.2 million", "binde 3,4'e
        yükseldi"): a direction word next to a
        figure of the quote that an edit turned the other way contradicts the passage the
        desk quoted, as it does for a change claim's rate."""
        for edit in edits:
            if edit.change.kind != "direction":
                continue
            if not _next_to_figure(edit, self._language):
                continue
            return FieldVerdict(
                "direction", Verdict.CONTRADICTED, f"'{edit.change.old}'",
                now=edit.change.new, start=edit.start, end=edit.end,
                reason=f"'{edit.change.old}' became '{edit.change.new}'",
            )
        return None

    def _tense(
        self, claim: object, passages: list[Passage], edits: list[Edit]
    ) -> FieldVerdict | None:
        for edit in edits:
            if edit.change.kind == "tense":
                return FieldVerdict(
                    "tense", Verdict.CONTRADICTED, f"as '{edit.change.old}'",
                    now=edit.change.new, start=edit.start, end=edit.end,
                    reason=f"'{edit.change.old}' became '{edit.change.new}'",
                )
        if not isinstance(claim, EventClaim) or claim.date is None:
            return None
        published = self._ctx.claims.file.article.published
        if claim.date.end > published.start:
            return None  # not an event in the past
        told = [self._told(p) for p in passages]
        if any(t is not None and t.marks == "past" for t in told):
            return FieldVerdict("tense", Verdict.STATED, "in the past")
        for w in told:
            if w is not None:
                how = "negated" if w.marks == "negation" else "to come"
                return FieldVerdict(
                    "tense", Verdict.CONTRADICTED, "in the past", now=self._text[w.start : w.end],
                    start=w.start, end=w.end,
                    reason=f"the passage tells the event as {how}",
                )
        return None

    def _told(self, passage: Passage) -> Word | None:
        """The word that tells how a passage's event stands: a past verb when there is one
        (a passage that tells anything as done is never read as contradicting a past event),
        else the last future or negated verb (Turkish) or the first future word (English)."""
        t = tense_in(self._text, self._language, passage.start or 0, passage.end)
        if self._language == "tr":
            negated = {w.start for w in t.negation}
            affirmed = [w for w in t.past if w.start not in negated]
            if affirmed:
                return affirmed[-1]  # a clause told as done: never read as contradicted
            words = sorted([*t.future, *t.negation], key=lambda w: (w.end, w.start))
            return words[-1] if words else None
        if t.future and not t.past:
            return t.future[0]
        return t.past[0] if t.past else None
