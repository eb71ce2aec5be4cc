"""Concise text: one ``path:line:col: CODE message`` line per finding, as ruff and Vale print.

A finding with no article place is shown at its claim-file place; one with neither at the
claim file's first line. Severity is not repeated: the code says it, and the summary line
that ends the output counts each.
"""

from __future__ import annotations

from claimsuite.findings import Finding, Severity
from claimsuite.reports.base import Report


def place(report: Report, finding: Finding) -> tuple[str, int, int]:
    """Where a one-line format puts a finding: the article first, else the claim file."""
    where = finding.article or finding.claim_file
    if where is None:
        return report.claims_file, 1, 1
    return where.path, where.line, where.col


def one_line(text: str) -> str:
    """A message on one line whatever it quotes."""
    return " ".join(text.split())


# The words the Markdown report and the run's summary use: an info finding is a question.
_COUNTED = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "questions"}


class ConciseRenderer:
    def render(self, report: Report) -> str:
        out = []
        for index, finding in enumerate(report.findings):
            path, line, col = place(report, finding)
            text = f"{path}:{line}:{col}: {finding.code} {one_line(finding.message)}"
            if report.reason(index) is not None:
                text += f" [accepted: {one_line(report.reason(index) or '')}]"
            elif report.mark(index):
                text += f" [{report.mark(index)}]"
            out.append(text)
        counts = ", ".join(f"{_COUNTED[s]}: {report.count(s)}" for s in Severity)
        out.append(f"{report.article}: {counts}")
        return "\n".join(out) + "\n"
