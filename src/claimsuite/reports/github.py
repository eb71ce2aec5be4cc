"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding,
so a pull request shows each on its line of the article.

Values are escaped as the runner expects (``%``, CR and LF in the message; also ``:`` and
``,`` in properties).
"""

from __future__ import annotations

from claimsuite.findings import Severity
from claimsuite.reports.base import Report
from claimsuite.reports.concise import one_line, place

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GithubRenderer:
    def render(self, report: Report) -> str:
        out = []
        for index, finding in enumerate(report.findings):
            path, line, col = place(report, finding)
            props = [f"file={_property(path)}", f"line={line}", f"col={col}"]
            where = finding.article or finding.claim_file
            if where is not None and where.end_line is not None and where.end_col is not None:
                props += [f"endLine={where.end_line}", f"endColumn={where.end_col}"]
            info = report.check(finding.code)
            title = f"{finding.code} {info.name}" if info else finding.code
            props.append(f"title={_property(title)}")
            message = one_line(finding.message)
            if finding.suggestion is not None:
                message += f" (suggested: {finding.suggestion})"
            command = COMMAND[finding.severity]
            reason = report.reason(index)
            if reason is not None:  # accepted: still shown, as a notice with its reason
                command, message = "notice", f"accepted: {message} (reason: {one_line(reason)})"
            elif report.mark(index) == "standing":
                message = f"standing: {message}"
            out.append(f"::{command} {','.join(props)}::{_data(message)}")
        return "\n".join(out) + ("\n" if out else "")
