"""Accepted findings: matched by code and claim, kept in the report with their reason.

An acceptance comes from the claim file (top-level ``accept:``) or the configuration
(``[[tool.claimsuite.accept]]`` with a ``path`` glob). :func:`apply` marks every finding it
matches as accepted (the reason travels with the report; renderers show it under
"Accepted", SARIF as a suppression) and returns a CS005 finding for every acceptance that
matched nothing, like ruff's RUF100: nothing is hidden silently.
"""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimsuite.findings import Finding, Location, Severity

UNUSED = "CS005"


@dataclass(frozen=True, slots=True)
class Acceptance:
    code: str
    claim: str | None
    reason: str
    where: Location  # the acceptance itself, for CS005
    path: str | None = None  # configuration only: the article paths (glob) it applies to

    def applies_to(self, article: str) -> bool:
        if self.path is None:
            return True
        return fnmatch.fnmatchcase(article, self.path) or article == self.path

    def matches(self, finding: Finding) -> bool:
        if finding.code != self.code:
            return False
        return finding.claims == () if self.claim is None else self.claim in finding.claims


def from_claims(claims: object) -> tuple[Acceptance, ...]:
    """The acceptances of a claim set (``claimsuite.claims.load.ClaimSet``), with places."""
    out = []
    for index, entry in enumerate(claims.file.accept):  # type: ignore[attr-defined]
        line, col = claims.document.position(("accept", index))  # type: ignore[attr-defined]
        out.append(Acceptance(entry.code, entry.claim, entry.reason,
                              Location(claims.path, line, col)))  # type: ignore[attr-defined]
    return tuple(out)


def from_config(entries: Iterable[dict[str, str]], config_file: str) -> tuple[Acceptance, ...]:
    return tuple(
        Acceptance(e["code"].strip().upper(), e.get("claim"), e["reason"].strip(),
                   Location(config_file, 1, 1), e.get("path"))
        for e in entries
    )


def apply(report: object, acceptances: Sequence[Acceptance]) -> tuple[object, set[Acceptance]]:
    """``report`` with its ``accepted`` reasons set, and the acceptances that matched."""
    article = report.article  # type: ignore[attr-defined]
    mine = [a for a in acceptances if a.applies_to(article)]
    used: set[Acceptance] = set()
    reasons: list[str | None] = []
    for finding in report.findings:  # type: ignore[attr-defined]
        reason = None
        if finding.code != UNUSED:
            for acceptance in mine:
                if acceptance.matches(finding):
                    used.add(acceptance)
                    reason = reason or acceptance.reason
        reasons.append(reason)
    return dataclasses.replace(report, accepted=tuple(reasons)), used  # type: ignore[type-var]


def unused(acceptances: Iterable[Acceptance], used: set[Acceptance], ran: Iterable[str]
           ) -> list[Finding]:
    """A CS005 finding per acceptance that matched no finding of a check that ran (one for a
    check left out by ``--select``/``--ignore`` cannot be judged, so it is not reported)."""
    ran = set(ran)
    return [
        Finding(
            UNUSED, Severity.WARNING,
            f"acceptance of {a.code}" + (f" for claim {a.claim}" if a.claim else "")
            + " matches no finding; remove it",
            claim_file=a.where, claims=(a.claim,) if a.claim else (), fields=("accept",),
        )
        for a in dict.fromkeys(acceptances)
        if a not in used and a.code in ran
    ]
