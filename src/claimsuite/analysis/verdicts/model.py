"""The verdict types: one field's verdict, one claim's, and an edit placed in the article."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from claimsuite.analysis.diff import Change
from claimsuite.analysis.locate import Passage


class Verdict(StrEnum):
    STATED = "stated"
    CONTRADICTED = "contradicted"
    NOT_CONFIRMED = "not confirmed"


class Outcome(StrEnum):
    """A claim's verdict, FEVER-style."""

    CONSISTENT = "consistent"
    CONTRADICTED = "contradicted"
    NOT_ENOUGH = "not enough information"


# Named tuples, not data classes: the same immutable records (names, equality, hash, repr),
# defined in a fraction of the time (a data class compiles its methods in every process:
# ~0.5 ms each at start-up).
class FieldVerdict(NamedTuple):
    """The verdict on one field. ``shown`` is the claim's value as a message writes it;
    ``where`` is ``passage`` or the context that states it (``sentence``, ``paragraph``,
    ``headline``, ``lead``, ``earlier``); ``now`` is what the passage says instead (when
    contradicted) and ``phrase`` the phrase that could not be read (when not confirmed);
    ``start``/``end`` place either in the article."""

    field: str
    verdict: Verdict
    shown: str
    where: str = "passage"
    now: str | None = None
    phrase: str | None = None
    start: int | None = None
    end: int | None = None
    reason: str = ""


class ClaimVerdict(NamedTuple):
    claim_id: str
    fields: tuple[FieldVerdict, ...]

    def of(self, verdict: Verdict) -> tuple[FieldVerdict, ...]:
        return tuple(f for f in self.fields if f.verdict is verdict)

    @property
    def outcome(self) -> Outcome:
        if self.of(Verdict.CONTRADICTED):
            return Outcome.CONTRADICTED
        if self.of(Verdict.NOT_CONFIRMED):
            return Outcome.NOT_ENOUGH
        return Outcome.CONSISTENT

    @property
    def deciding(self) -> tuple[str, ...]:
        """The fields that decided the outcome (all of them when consistent)."""
        wanted = {
            Outcome.CONTRADICTED: Verdict.CONTRADICTED,
            Outcome.NOT_ENOUGH: Verdict.NOT_CONFIRMED,
            Outcome.CONSISTENT: Verdict.STATED,
        }[self.outcome]
        return tuple(dict.fromkeys(f.field for f in self.of(wanted)))


class Edit(NamedTuple):
    """A changed span of one edited passage, placed in the article."""

    passage: Passage
    change: Change
    start: int
    end: int
