"""Markdown report: what an editor reads in a pull request."""

from __future__ import annotations

from claimsuite.findings import Finding, Related, Scope, Severity
from claimsuite.reports.base import DOCS_URL, Report

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
LABEL = {Severity.ERROR: "**Error**", Severity.WARNING: "Warning", Severity.INFO: "Question"}


def _verdict(findings: list[Finding]) -> str:
    """The report in one line: what must be fixed before publishing, and what to look at."""
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    questions = sum(1 for f in findings if f.severity is Severity.INFO)
    if errors:
        head = f"**{errors} {'error' if errors == 1 else 'errors'} to fix before publishing**"
    else:
        head = "**Nothing contradicts the claims**"
    return (
        f"{head}; {warnings} {'warning' if warnings == 1 else 'warnings'} to look at; "
        f"{questions} {'question' if questions == 1 else 'questions'} for the editor."
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownRenderer:
    """The report an editor reads: a summary table, then findings grouped by sentence, then
    the claims table and the checks that ran, folded. Each code links to its docs page."""

    def __init__(self, docs_url: str | None = None) -> None:
        base = docs_url or DOCS_URL
        self.docs_url = base if base.endswith("/") else base + "/"

    def render(self, report: Report) -> str:
        out = [f"# claimsuite report: `{report.article}`", ""]
        if report.baseline:
            out += new_section(self, [report])
        open_findings = report.open_findings()
        accepted = [(f, report.reason(i)) for i, f in enumerate(report.findings)
                    if report.reason(i) is not None]
        out += [
            f"Claim file: `{report.claims_file}` ({len(report.claims)} claims).",
            "",
        ]
        if not report.record_loaded:
            out += ["No record was loaded: the record checks did not check anything (the "
                    "claims table says \"not checked\").", ""]
        out += ["| | count |", "|---|---|"]
        out += [
            f"| {label} | {sum(1 for f in open_findings if f.severity is s)} |"
            for s, label in SECTIONS
        ]
        if accepted:
            out.append(f"| Accepted | {len(accepted)} |")
        out.append("")
        out += [_verdict(open_findings), ""]
        if open_findings:
            # One place per sentence: an editor fixes a sentence, not a severity level. The
            # findings come worst first, so the sentences do too.
            out += ["## Findings, sentence by sentence", ""]
            for quote, group in _by_sentence(report, open_findings):
                out += [f"> {quote}" if quote else "Not tied to one sentence:", ""]
                for finding in group:
                    out += self._finding(report, finding)
        if accepted:
            out += ["## Accepted", "",
                    "Findings the desk has accepted, each with its reason; they never fail the"
                    " run.", ""]
            for finding, reason in accepted:
                lines = self._finding(report, finding)
                out += [lines[0], f"  - accepted: {_cell(reason or '')}", *lines[1:]]
        out += [
            "<details><summary>Claims: where the article states each one, and its standing"
            "</summary>",
            "",
            "Each claim against the article, the other claims and the record, and whether the "
            "editor has a question about it.",
            "",
            "| claim | kind | article lines | stated | verdict | article | claims | record "
            "| editor |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for row in report.claims:
            lines = ", ".join(str(n) for n in row.lines) or "—"
            verdicts = " | ".join(
                "not checked" if scope is Scope.RECORD and not report.record_loaded
                and scope not in row.status else STATUS[row.status.get(scope)]
                for scope in COLUMNS
            )
            verdict = row.verdict + (
                f" ({', '.join(row.decided_by)})"
                if row.decided_by and row.verdict != "consistent" else ""
            )
            out.append(
                f"| `{row.id}` | {row.kind} | {lines} | {row.stated} | {verdict} | {verdicts} |"
            )
        out += ["", "</details>", ""]
        out += [f"<details><summary>Checks run ({len(report.checks)})</summary>", ""]
        out += [
            f"- {self._code(c.code, c.name, c.origin)}: {_cell(c.summary)}" for c in report.checks
        ]
        out += ["", "</details>"]
        return "\n".join(out) + "\n"

    def _code(self, code: str, name: str | None, origin: str | None) -> str:
        """The code and name, linked to the docs page of a built-in check."""
        label = f"{code} {name}" if name else code
        if origin is None or not origin.startswith("claimsuite."):
            return label  # a local check: its docs live in the desk's own project
        return f"[{label}]({self.docs_url}{code}.md)"

    def _finding(self, report: Report, finding: Finding, article: str | None = None) -> list[str]:
        """One finding as a list item; ``article`` names the article (in multi-article lists)."""
        info = report.check(finding.code)
        where = []
        if finding.article:
            where.append(f"line {finding.article.line}, column {finding.article.col}")
        if finding.claim_file:
            where.append(
                f"`{finding.claim_file.path}` line {finding.claim_file.line}"
            )
        claims = (
            f" — {'claims' if len(finding.claims) > 1 else 'claim'} "
            f"{', '.join(f'`{c}`' for c in finding.claims)}"
            if finding.claims else ""
        )
        fields = f" ({', '.join(finding.fields)})" if finding.fields else ""
        code = self._code(finding.code, info.name if info else None, info.origin if info else None)
        lines = [
            f"- {f'`{article}`: ' if article else ''}{LABEL[finding.severity]} · **{code}** "
            f"({'; '.join(where) or 'no location'}){claims}{fields}: {_cell(finding.message)}"
        ]
        for related in finding.related:
            lines.append(f"  - see {_related(related)}")
        if finding.suggestion is not None:
            lines.append(f"  - suggested: {_code(finding.suggestion)}")
        return [*lines, ""]


def new_section(renderer: MarkdownRenderer, reports: list[Report]) -> list[str]:
    """"New in this change": the findings a baseline did not have, that are not accepted."""
    out = ["## New in this change", ""]
    new = [
        (report, finding)
        for report in reports
        for index, finding in enumerate(report.findings)
        if report.mark(index) == "new" and report.reason(index) is None
    ]
    if not new:
        out += ["Nothing new: every finding was already there before this change.", ""]
        return out
    for report, finding in new:
        out += renderer._finding(report, finding, article=report.article)
    standing = sum(1 for r in reports for i in range(len(r.findings))
                   if r.mark(i) == "standing" and r.reason(i) is None)
    if standing:
        out += [f"{standing} standing finding{'s' if standing != 1 else ''} below were "
                "already there.", ""]
    return out


def _by_sentence(
    report: Report, findings: list[Finding]
) -> list[tuple[str, list[Finding]]]:
    """Findings that quote the same sentence, under one quote with every finding's span in
    bold (in first-seen order); findings about no sentence come last, unquoted."""
    groups: dict[str, list[Finding]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for finding in findings:
        excerpt = (
            report.excerpt(finding.article.line, finding.article.col) if finding.article else None
        )
        key = excerpt.text if excerpt is not None and excerpt.text.strip() else ""
        groups.setdefault(key, []).append(finding)
        if key and excerpt is not None and excerpt.marked.strip():
            start = len(excerpt.before)
            spans.setdefault(key, []).append((start, start + len(excerpt.marked)))
    quoted = [(_bold(k, spans.get(k, [])), v) for k, v in groups.items() if k]
    return [*quoted, *(("", v) for k, v in groups.items() if not k)]


def _bold(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` escaped, with the merged ``spans`` in bold (their edge blanks outside)."""
    merged: list[list[int]] = []
    for first, last in sorted(spans):
        start, end = first, last
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [_escape(text[at:start]), f"**{_escape(text[start:end])}**"]
        at = end
    out.append(_escape(text[at:]))
    return "".join(out).strip()


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
