"""The format-neutral report every renderer receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from claimsuite.findings import Finding, Scope, Severity, Status

# Where the check pages live (code links in Markdown and SARIF reports); a desk that hosts
# the docs elsewhere sets ``docs-url``.
DOCS_URL = "https://github.com/claimsuite/claimsuite/blob/main/docs/checks/"


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
    # FEVER-style verdict of the claim against its passage: consistent, contradicted, not
    # enough information, or — (an entity); ``decided_by`` names the fields that decided it.
    verdict: str = "—"
    decided_by: tuple[str, ...] = ()
    # What the article says for the claim: its first passage found, on one line, clipped to
    # WHOLE_CHARS in reports/assemble.py ("" when no passage is found).
    passage: str = ""


@dataclass(frozen=True)
class Report:
    article: str
    claims_file: str
    excerpts: dict[tuple[int, int], Excerpt]  # (line, col) -> the article quoted there
    findings: tuple[Finding, ...]
    checks: tuple[CheckInfo, ...]
    claims: tuple[ClaimRow, ...]
    fingerprints: tuple[str, ...] = ()  # one per finding, same order (see assemble.fingerprint)
    # Set by a run that compares (--baseline, --new-since): "new" or "standing" per finding.
    baseline: tuple[str, ...] = ()
    # The reason per finding when it is accepted (claim file or configuration), else None.
    accepted: tuple[str | None, ...] = ()
    record_loaded: bool = True  # False: no record folder, record checks did not check

    def fingerprint(self, index: int) -> str:
        """The fingerprint of ``findings[index]`` ("" when the report was built without)."""
        return self.fingerprints[index] if index < len(self.fingerprints) else ""

    def mark(self, index: int) -> str:
        """"new" or "standing" against a baseline, "" when the run compared with none."""
        return self.baseline[index] if index < len(self.baseline) else ""

    def reason(self, index: int) -> str | None:
        """Why ``findings[index]`` is accepted, or None when it is not."""
        return self.accepted[index] if index < len(self.accepted) else None

    @property
    def tally(self) -> tuple[int, int, int, int]:
        """Open errors, warnings and questions, and accepted findings (counts)."""
        open_by_severity = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
        accepted = 0
        for index, finding in enumerate(self.findings):
            if self.reason(index) is not None:
                accepted += 1
            else:
                open_by_severity[finding.severity] += 1
        return (open_by_severity[Severity.ERROR], open_by_severity[Severity.WARNING],
                open_by_severity[Severity.INFO], accepted)

    def open_findings(self) -> list[Finding]:
        """The findings that are not accepted: those that can fail a run."""
        return [f for i, f in enumerate(self.findings) if self.reason(i) is None]

    def check(self, code: str) -> CheckInfo | None:
        """The metadata of the check that made findings with ``code``."""
        return next((c for c in self.checks if c.code == code), None)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def excerpt(self, line: int, col: int) -> Excerpt | None:
        return self.excerpts.get((line, col))


class Renderer(Protocol):
    def render(self, report: Report) -> str: ...
