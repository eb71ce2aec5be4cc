"""Findings as plain data: what a check reports, where, and what to do about it.

This module is the contract between checks and renderers. A check fills these values and
never formats them; a renderer (Markdown, JSON, and later SARIF or GitHub annotations)
formats them and never knows which check made them. Messages are plain text: no Markdown,
no ``line:col`` written into the sentence — places go in :class:`Location` values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["FAIL_LEVELS", "Finding", "Location", "Related", "Scope", "Severity", "Status"]


class Severity(StrEnum):
    """How bad a finding is: an error fails the run by default, info is a question."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """3 for an error, 2 for a warning, 1 for info: higher is worse."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


# What --fail-on and [tool.claimsuite] fail-on accept: a severity, worst first, or never.
FAIL_LEVELS = ("error", "warning", "info", "never")


class Scope(StrEnum):
    """What a check compares a claim with; the report's claim table has a column for each."""

    ARTICLE = "article"  # the claim against the article text
    CLAIMS = "claims"  # the claim against the other claims
    RECORD = "record"  # the claim against the record (published figures, officials)
    EDITOR = "editor"  # questions for the editor, no verdict on the claim


class Status(StrEnum):
    """A check's life cycle, as in ruff: a removed code keeps its meaning and is never reused."""

    STABLE = "stable"
    PREVIEW = "preview"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a file: 1-based line and column (columns count characters).

    ``end_line``/``end_col`` (exclusive column) close the span when the check knows it;
    ``offset``/``end_offset`` are character offsets into the article's cleaned text (``None``
    for places in the claim file or the record). ``path`` is as the user gave it, never made
    absolute. Two locations are equal when they start at the same place: the span's end and
    the offsets are extra detail, not identity.
    """

    path: str
    line: int
    col: int
    end_line: int | None = field(default=None, compare=False)
    end_col: int | None = field(default=None, compare=False)
    offset: int | None = field(default=None, compare=False)
    end_offset: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, order=True)
class Related:
    """Another place a finding points at, and why: the other sentence of a contradiction,
    the claim it disagrees with, the record entry with its source URL.

    ``location`` is ``None`` for a place outside the project's files (a source known only by
    its ``url``). ``message`` is plain text, for example ``"the record: 15.1%"``.
    """

    message: str
    location: Location | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or question, as plain data.

    - ``message``: one plain-text sentence (no Markdown, no positions).
    - ``article``/``claim_file``: where it is, in the article and in the claim file.
    - ``claims``: the ids of the claims concerned, sorted.
    - ``fields``: the claim fields concerned (``"rate"``, ``"period"``, ``"quote"``...).
    - ``related``: other places that explain it (see :class:`Related`).
    - ``suggestion``: the corrected text, when one applies (``"15.1%"``), else ``None``.
    """

    code: str
    severity: Severity
    message: str
    article: Location | None = None
    claim_file: Location | None = None
    claims: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    suggestion: str | None = None

    @property
    def sort_key(self) -> tuple[object, ...]:
        """Worst first, then by place; the order of every report."""
        where = self.article or self.claim_file
        return (
            -self.severity.rank,
            where.path if where else "",
            where.line if where else 0,
            where.col if where else 0,
            self.code,
            self.claims,
            self.fields,
            self.message,
            self.related,
            self.suggestion or "",
        )
