"""The format-neutral report every renderer receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from claimsuite.checks.base import Finding, Scope, Severity


@dataclass(frozen=True, slots=True)
class CheckInfo:
    code: str
    name: str
    severity: Severity
    summary: str
    origin: str
    scope: Scope


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
    excerpts: dict[tuple[int, int], str]  # (line, col) -> the article sentence there
    findings: tuple[Finding, ...]
    checks: tuple[CheckInfo, ...]
    claims: tuple[ClaimRow, ...]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def excerpt(self, line: int, col: int) -> str:
        return self.excerpts.get((line, col), "")


class Renderer(Protocol):
    def render(self, report: Report) -> str: ...
