"""The format-neutral report every renderer receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from claimsuite.findings import Finding, Scope, Severity, Status


@dataclass(frozen=True, slots=True)
class CheckInfo:
    """A check that ran, as a report shows it; ``origin`` is the module or file it came from."""

    code: str
    name: str
    severity: Severity
    summary: str
    origin: str
    scope: Scope
    status: Status = Status.STABLE


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A quote from the article around a finding: ``before`` + ``marked`` + ``after``.

    ``marked`` is the finding's span (empty when the finding gives only a start); the three
    parts are clipped to a window and start or end with "…" where the sentence goes on.
    """

    before: str
    marked: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.marked + self.after


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: str
    kind: str
    lines: tuple[int, ...]
    stated: str  # verbatim, reworded, missing, or — (nothing to state)
    status: dict[Scope, Severity]  # worst finding naming the claim, per scope


@dataclass(frozen=True)
class Report:
    article: str
    claims_file: str
    excerpts: dict[tuple[int, int], Excerpt]  # (line, col) -> the article quoted there
    findings: tuple[Finding, ...]
    checks: tuple[CheckInfo, ...]
    claims: tuple[ClaimRow, ...]
    fingerprints: tuple[str, ...] = ()  # one per finding, same order (see assemble.fingerprint)

    def fingerprint(self, index: int) -> str:
        """The fingerprint of ``findings[index]`` ("" when the report was built without)."""
        return self.fingerprints[index] if index < len(self.fingerprints) else ""

    def check(self, code: str) -> CheckInfo | None:
        """The metadata of the check that made findings with ``code``."""
        return next((c for c in self.checks if c.code == code), None)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def excerpt(self, line: int, col: int) -> Excerpt | None:
        return self.excerpts.get((line, col))


class Renderer(Protocol):
    def render(self, report: Report) -> str: ...
