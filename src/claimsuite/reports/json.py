"""JSON report: a stable document for machines (schema in docs/report-json.md)."""

from __future__ import annotations

import json
from typing import Any

from claimsuite.findings import Finding, Location, Related, Scope, Severity, Status
from claimsuite.reports.base import CheckInfo, Report

SCHEMA_VERSION = 2


def _location(location: Location | None) -> dict[str, Any] | None:
    """Start always; end and offsets only when the check knows them (never ``null`` keys)."""
    if location is None:
        return None
    out: dict[str, Any] = {"path": location.path, "line": location.line, "col": location.col}
    # Written out, not a dict filtered: every finding has one or two (~15,000 per 1,000
    # articles).
    if location.end_line is not None:
        out["end_line"] = location.end_line
    if location.end_col is not None:
        out["end_col"] = location.end_col
    if location.offset is not None:
        out["offset"] = location.offset
    if location.end_offset is not None:
        out["end_offset"] = location.end_offset
    return out


def _related(related: Related) -> dict[str, Any]:
    return {
        "message": related.message,
        "location": _location(related.location),
        "url": related.url,
    }


def _finding(finding: Finding, fingerprint: str) -> dict[str, Any]:
    return {
        "code": finding.code,
        "fingerprint": fingerprint,
        "severity": _VALUE[finding.severity],
        "message": finding.message,
        "claims": list(finding.claims),
        "fields": list(finding.fields),
        "article": _location(finding.article),
        "claim_file": _location(finding.claim_file),
        "related": [_related(r) for r in finding.related],
        "suggestion": finding.suggestion,
    }


def _marked(report: Report, index: int, finding: Finding) -> dict[str, Any]:
    """A finding, with ``accepted`` (its reason) and ``baseline`` (new or standing) only when
    the run accepted it or compared with a baseline."""
    out = _finding(finding, report.fingerprint(index))
    if report.reason(index) is not None:
        out["accepted"] = report.reason(index)
    if report.mark(index):
        out["baseline"] = report.mark(index)
    return out


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


# The findings key of the rendered document: a raw line break is only ever indentation (one
# inside a string is escaped), so this text is the top-level key and nothing else.
_NO_FINDINGS = '\n  "findings": []'
_UTF8, _RAW = "utf-8", "surrogatepass"


class JsonRenderer:
    def render(self, report: Report) -> str:
        """The document, indented by two, keys sorted. The findings are rendered one at a
        time into the place of an empty list (json's indenting encoder keeps a string per
        token until the end: ~1.5 million for the 25,000 findings of a 10 MB article)."""
        text = _dumps(self._document(report, findings=False))
        if report.findings and text.count(_NO_FINDINGS) == 1:
            head, tail = text.split(_NO_FINDINGS)
            # The pieces are kept as UTF-8 (about half the size of the text of a Turkish
            # report, which Python stores two bytes a character) and decoded once at the
            # end: the pieces and the whole report are never held side by side as text.
            # 10 MB article: the rendering peak goes from ~72 MB to ~55 MB over what the run
            # holds. "surrogatepass" carries a file name's undecodable bytes (surrogate
            # escapes) through unchanged, as joining the text would.
            parts = [head.encode(_UTF8, _RAW), b'\n  "findings": [']
            for index, finding in enumerate(report.findings):
                if index:
                    parts.append(b",")
                # a finding sits two levels deep: its lines are indented by four more
                piece = _dumps(_marked(report, index, finding)).replace("\n", "\n    ")
                parts.append(("\n    " + piece).encode(_UTF8, _RAW))
            parts.append(b"\n  ]")
            parts.append(tail.encode(_UTF8, _RAW))
            parts.append(b"\n")
            data = b"".join(parts)
            del parts
            return data.decode(_UTF8, _RAW)
        return text + "\n"

    def document(self, report: Report) -> dict:
        """The report as plain data (what ``render`` writes, and ``jsonl`` writes compact)."""
        return self._document(report, findings=True)

    def _document(self, report: Report, *, findings: bool, checks: bool = True) -> dict:
        # Scope and Severity values from tables: an enum's ``.value`` and iterating an enum
        # class are each a Python call, some 60 per claims row.
        unchecked = _UNCHECKED if report.record_loaded else _UNCHECKED_NO_RECORD
        return {
            "schema": SCHEMA_VERSION,
            "article": report.article,
            "claims_file": report.claims_file,
            "summary": {s.value: report.count(s) for s in Severity},
            "findings": [_marked(report, i, f) for i, f in enumerate(report.findings)]
            if findings else [],
            "claims": [
                {
                    "id": row.id,
                    "kind": row.kind,
                    "lines": list(row.lines),
                    "stated": row.stated,
                    "verdict": row.verdict,
                    "decided_by": list(row.decided_by),
                    "status": {
                        value: _VALUE[row.status[scope]] if scope in row.status else otherwise
                        for scope, value, otherwise in unchecked
                    },
                }
                for row in report.claims
            ],
            "checks": checks_document(report.checks) if checks else [],
        }


def checks_document(checks: tuple[CheckInfo, ...]) -> list[dict[str, str]]:
    """The ``checks`` list of a report document."""
    return [
        {
            "code": c.code,
            "name": c.name,
            "severity": _VALUE[c.severity],
            "summary": c.summary,
            "scope": _VALUE[c.scope],
            "status": _VALUE[c.status],
        }
        for c in checks
    ]


_VALUE: dict[Severity | Scope | Status, str] = {
    member: member.value for kind in (Severity, Scope, Status) for member in kind}
# (scope, its value, what a claims row says when no finding names the claim in it)
_UNCHECKED = tuple((scope, scope.value, "ok") for scope in Scope)
_UNCHECKED_NO_RECORD = tuple(
    (scope, scope.value, "not checked" if scope is Scope.RECORD else "ok") for scope in Scope)
