"""Markdown report: what an editor reads in a pull request."""

from __future__ import annotations

from claimsuite.checks.base import Finding, Scope, Severity
from claimsuite.reports.base import Report

SECTIONS = (
    (Severity.ERROR, "Errors"),
    (Severity.WARNING, "Warnings"),
    (Severity.INFO, "Questions for the editor"),
)
STATUS = {
    None: "ok",
    Severity.ERROR: "**error**",
    Severity.WARNING: "warning",
    Severity.INFO: "question",
}
COLUMNS = (Scope.ARTICLE, Scope.CLAIMS, Scope.RECORD, Scope.EDITOR)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _quote(line: str, limit: int = 240) -> str:
    line = line.strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class MarkdownRenderer:
    def render(self, report: Report) -> str:
        out = [f"# claimsuite report: `{report.article}`", ""]
        counts = [f"{label.lower()}: {report.count(s)}" for s, label in SECTIONS]
        out += [
            f"Claims: `{report.claims_file}` ({len(report.claims)} claims). "
            f"Findings — {', '.join(counts)}.",
            "",
        ]
        for severity, title in SECTIONS:
            findings = [f for f in report.findings if f.severity is severity]
            if not findings:
                continue
            out += [f"## {title}", ""]
            for finding in findings:
                out += self._finding(report, finding)
        out += [
            "## Claims",
            "",
            "Each claim against the article, the other claims and the record, and whether the "
            "editor has a question about it.",
            "",
            "| claim | kind | article lines | stated | article | claims | record | editor |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for row in report.claims:
            lines = ", ".join(str(n) for n in row.lines) or "—"
            verdicts = " | ".join(STATUS[row.status.get(scope)] for scope in COLUMNS)
            out.append(f"| `{row.id}` | {row.kind} | {lines} | {row.stated} | {verdicts} |")
        out += ["", "## Checks run", ""]
        out += [f"- `{c.code}` {c.name}: {_cell(c.summary)}" for c in report.checks]
        return "\n".join(out) + "\n"

    def _finding(self, report: Report, finding: Finding) -> list[str]:
        where = []
        if finding.article:
            where.append(f"article {finding.article.line}:{finding.article.col}")
        if finding.claim_file:
            where.append(
                f"`{finding.claim_file.path}` {finding.claim_file.line}:{finding.claim_file.col}"
            )
        claims = (
            f" — claims {', '.join(f'`{c}`' for c in finding.claims)}" if finding.claims else ""
        )
        lines = [
            f"- **{finding.code}** ({'; '.join(where) or 'no location'}){claims}: "
            f"{_cell(finding.message)}"
        ]
        if finding.article:
            excerpt = report.excerpt(finding.article.line, finding.article.col)
            if excerpt:
                lines.append(f"  > {_quote(excerpt)}")
        return [*lines, ""]
