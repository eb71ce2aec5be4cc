"""reviewdog's Diagnostic JSON (rdjson), for ``reviewdog -f=rdjson``.

One document with a ``diagnostics`` list; ranges are 1-based lines and columns as
reviewdog expects. A suggestion is the corrected claim or record value, not article text, so
it goes into the message rather than becoming a replacement.
"""

from __future__ import annotations

import json
from typing import Any

from claimsuite.findings import Finding, Location, Severity
from claimsuite.reports.base import Report
from claimsuite.reports.concise import place

SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _range(location: Location | None, fallback: tuple[str, int, int]) -> dict[str, Any]:
    if location is None:
        _, line, col = fallback
        return {"start": {"line": line, "column": col}}
    out: dict[str, Any] = {"start": {"line": location.line, "column": location.col}}
    if location.end_line is not None and location.end_col is not None:
        out["end"] = {"line": location.end_line, "column": location.end_col}
    return out


def _diagnostic(report: Report, index: int, finding: Finding) -> dict[str, Any]:
    path, line, col = place(report, finding)
    where = finding.article or finding.claim_file
    message = finding.message
    if finding.suggestion is not None:
        message += f" (suggested: {finding.suggestion})"
    severity = SEVERITY[finding.severity]
    reason = report.reason(index)
    if reason is not None:  # accepted: still shown, as information with its reason
        message, severity = f"accepted: {message} (reason: {reason})", "INFO"
    return {
        "message": message,
        "location": {"path": path, "range": _range(where, (path, line, col))},
        "severity": severity,
        "code": {"value": finding.code},
        "original_output": report.fingerprint(index),
    }


class RdjsonRenderer:
    def render(self, report: Report) -> str:
        document = {
            "source": {"name": "claimsuite"},
            "severity": "INFO",
            "diagnostics": [
                _diagnostic(report, i, f) for i, f in enumerate(report.findings)
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
