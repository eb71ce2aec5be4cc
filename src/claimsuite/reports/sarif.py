"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; rules are the checks that ran, sorted by code, each with its summary, its docs as
help text and a help URI; results carry start and end regions, related locations and a
partial fingerprint that survives line moves (see ``assemble.fingerprint``). Paths are the
report's own relative paths, resolved against ``%SRCROOT%``.
"""

from __future__ import annotations

import json
from typing import Any

from claimsuite.findings import Finding, Location, Severity
from claimsuite.reports.base import DOCS_URL, CheckInfo, Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _physical(location: Location) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": location.line, "startColumn": location.col}
    if location.end_line is not None and location.end_col is not None:
        region |= {"endLine": location.end_line, "endColumn": location.end_col}
    if location.offset is not None:
        region["charOffset"] = location.offset
        if location.end_offset is not None:
            region["charLength"] = location.end_offset - location.offset
    return {
        "artifactLocation": {"uri": location.path, "uriBaseId": "%SRCROOT%"},
        "region": region,
    }


def _rule(info: CheckInfo, docs_url: str) -> dict[str, Any]:
    url = f"{docs_url}{info.code}.md"
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.summary},
        "help": {
            "text": f"{info.summary} See {url}",
            "markdown": f"{info.summary} [Documentation]({url})",
        },
        "helpUri": url,
        "defaultConfiguration": {"level": LEVEL[info.severity]},
        "properties": {"scope": info.scope.value, "status": info.status.value},
    }


def _result(report: Report, index: int, finding: Finding, rules: dict[str, int]) -> dict:
    where = finding.article or finding.claim_file
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(where)}] if where else [],
        "partialFingerprints": {"claimsuite/v1": report.fingerprint(index)},
        "properties": {"claims": list(finding.claims), "fields": list(finding.fields)},
    }
    if finding.code in rules:
        result["ruleIndex"] = rules[finding.code]
    related = []
    if finding.article and finding.claim_file:
        related.append(("the claim in the claim file", finding.claim_file, None))
    related += [(r.message, r.location, r.url) for r in finding.related]
    if related:
        result["relatedLocations"] = [
            _related(i, message, location, url)
            for i, (message, location, url) in enumerate(related, start=1)
        ]
    if finding.suggestion is not None:
        result["properties"]["suggestion"] = finding.suggestion
    if report.mark(index):
        result["baselineState"] = "new" if report.mark(index) == "new" else "unchanged"
    reason = report.reason(index)
    if reason is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": reason}]
    return result


def _related(index: int, message: str, location: Location | None, url: str | None) -> dict:
    out: dict[str, Any] = {"id": index, "message": {"text": message}}
    if location is not None:
        out["physicalLocation"] = _physical(location)
    elif url:
        out["physicalLocation"] = {"artifactLocation": {"uri": url}}
    return out


class SarifRenderer:
    def __init__(self, docs_url: str = DOCS_URL) -> None:
        self.docs_url = docs_url if docs_url.endswith("/") else docs_url + "/"

    def render(self, report: Report) -> str:
        checks = sorted(report.checks, key=lambda c: c.code)
        rules = {info.code: i for i, info in enumerate(checks)}
        run = {
            "tool": {
                "driver": {
                    "name": "claimsuite",
                    "informationUri": self.docs_url,
                    "rules": [_rule(info, self.docs_url) for info in checks],
                }
            },
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "the project root"}}},
            "artifacts": [
                {"location": {"uri": path, "uriBaseId": "%SRCROOT%"}}
                for path in dict.fromkeys((report.article, report.claims_file))
            ],
            "results": [
                _result(report, i, f, rules) for i, f in enumerate(report.findings)
            ],
            "columnKind": "unicodeCodePoints",
        }
        document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
