"""Markdown report: what an editor reads in a pull request."""

from __future__ import annotations

from claimsuite.findings import Finding, Related, Scope, Severity
from claimsuite.reports.base import Excerpt, Report

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
        fields = f" ({', '.join(finding.fields)})" if finding.fields else ""
        lines = [
            f"- **{finding.code}** ({'; '.join(where) or 'no location'}){claims}{fields}: "
            f"{_cell(finding.message)}"
        ]
        if finding.article:
            excerpt = report.excerpt(finding.article.line, finding.article.col)
            if excerpt and excerpt.text.strip():
                lines.append(f"  > {_marked(excerpt)}")
        for related in finding.related:
            lines.append(f"  - see {_related(related)}")
        if finding.suggestion is not None:
            lines.append(f"  - suggested: {_code(finding.suggestion)}")
        return [*lines, ""]


def _marked(excerpt: Excerpt) -> str:
    """The quote with the finding's span in bold; Markdown in the article is escaped."""
    marked = excerpt.marked.strip()
    if not marked:
        return _escape(excerpt.text.strip())
    lead = excerpt.marked[: len(excerpt.marked) - len(excerpt.marked.lstrip())]
    tail = excerpt.marked[len(excerpt.marked.rstrip()) :]
    return (
        _escape((excerpt.before + lead).lstrip())
        + f"**{_escape(marked)}**"
        + _escape((tail + excerpt.after).rstrip())
    )


def _related(related: Related) -> str:
    parts = [_cell(related.message)]
    where = related.location
    if where is not None:
        parts.append(f"(`{where.path}` {where.line}:{where.col})")
    if related.url:
        parts.append(f"<{related.url}>")
    return " ".join(parts)


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


_MARKDOWN = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>|"})


def _escape(text: str) -> str:
    return text.translate(_MARKDOWN)
