"""Full text for people at a terminal: each finding with its quoted sentence, the span
underlined, related places and the suggestion, like a compiler diagnostic.

Colour only when asked (the CLI asks on a terminal unless ``NO_COLOR`` is set); the text is
otherwise identical, so logs and tests see the same words.
"""

from __future__ import annotations

from claimsuite.findings import Finding, Severity
from claimsuite.reports.base import Report
from claimsuite.reports.concise import one_line, place

_COLOUR = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class FullRenderer:
    def __init__(self, color: bool = False) -> None:
        self.color = color

    def _paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def render(self, report: Report) -> str:
        out: list[str] = []
        for index, finding in enumerate(report.findings):
            lines = self._finding(report, finding)
            reason = report.reason(index)
            if reason is not None:  # accepted: shown, with its reason
                lines.insert(-1, f"   = accepted: {one_line(reason)}")
            elif report.mark(index):
                lines.insert(-1, f"   = {report.mark(index)} in this change"
                             if report.mark(index) == "new" else "   = standing")
            out += lines
        counts = ", ".join(f"{s.value}s: {report.count(s)}" for s in Severity)
        out.append(f"{report.article}: {counts}")
        return "\n".join(out) + "\n"

    def _finding(self, report: Report, finding: Finding) -> list[str]:
        path, line, col = place(report, finding)
        info = report.check(finding.code)
        name = f" {info.name}" if info else ""
        severity = self._paint(finding.severity.value, "1;" + _COLOUR[finding.severity])
        lines = [f"{path}:{line}:{col}: {severity} {self._paint(finding.code, '1')}{name}"]
        lines.append(f"  {one_line(finding.message)}")
        if finding.claims:
            fields = f" ({', '.join(finding.fields)})" if finding.fields else ""
            lines.append(f"  claims: {', '.join(finding.claims)}{fields}")
        excerpt = (
            report.excerpt(finding.article.line, finding.article.col) if finding.article else None
        )
        if excerpt is not None and excerpt.text.strip():
            before = excerpt.before.lstrip()
            lines.append(f"   | {before}{excerpt.marked}{excerpt.after.rstrip()}")
            if excerpt.marked.strip():
                marks = self._paint("^" * len(excerpt.marked.rstrip()), _COLOUR[finding.severity])
                lines.append(f"   | {' ' * len(before)}{marks}")
        if finding.claim_file and finding.article:
            where = finding.claim_file
            lines.append(f"   = claim: {where.path}:{where.line}:{where.col}")
        for related in finding.related:
            place_text = ""
            if related.location is not None:
                loc = related.location
                place_text = f" ({loc.path}:{loc.line}:{loc.col})"
            url = f" {related.url}" if related.url else ""
            lines.append(f"   = see: {one_line(related.message)}{place_text}{url}")
        if finding.suggestion is not None:
            lines.append(f"   = suggested: {finding.suggestion}")
        return [*lines, ""]
