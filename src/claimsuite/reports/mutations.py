"""A mutation report as Markdown or JSON. Knows nothing about the checks."""

from __future__ import annotations

import json
from typing import Any

from claimsuite.mutate.base import Edit
from claimsuite.mutate.runner import MutationReport, Outcome

_SHOWN = 60


def _short(text: str) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def describe(report: MutationReport, outcome: Outcome) -> dict[str, Any]:
    """Where the edit is (in the unmodified article), what it changes, and what it found."""
    edits = sorted(outcome.mutant.edits)
    first: Edit = edits[0]
    line, col = report.article.position(first.start)
    return {
        "family": outcome.family.name,
        "line": line,
        "col": col,
        "before": report.article.text[first.start : first.end],
        "after": first.after,
        "places": len(edits),
        "new_findings": [
            {"code": f.code, "severity": f.severity.value, "claims": list(f.claims),
             "message": f.message}
            for f in outcome.new
        ],
    }


def to_json(report: MutationReport) -> str:
    families = []
    for family in report.families:
        outcomes = report.of(family)
        flagged = sum(o.flagged for o in outcomes)
        families.append({
            "family": family.name,
            "kind": "careless" if family.careless else "control",
            "summary": family.summary,
            "mutants": len(outcomes),
            "caught" if family.careless else "false_alarms": flagged,
            "slipped": [describe(report, o) for o in outcomes if o.slipped],
        })
    data = {
        "article": report.article.path,
        "claims_file": report.claims_file,
        "baseline": {"errors": _count(report, "error"), "warnings": _count(report, "warning")},
        "mutants": len(report.outcomes),
        "ok": not report.failed,
        "families": families,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _count(report: MutationReport, severity: str) -> int:
    return sum(1 for f in report.baseline if f.severity.value == severity)


def to_markdown(report: MutationReport) -> str:
    slipped = [o for o in report.outcomes if o.slipped]
    out = [
        f"# claimsuite mutation report: `{report.article.path}`",
        "",
        f"Claims: `{report.claims_file}`. Baseline errors: {_count(report, 'error')}, "
        f"warnings: {_count(report, 'warning')}. Mutants: {len(report.outcomes)}; "
        + ("everything careless caught, no false alarms." if not slipped
           else f"{len(slipped)} slipped through or raised a false alarm."),
        "",
        "| family | kind | result | |",
        "|---|---|---|---|",
    ]
    for family in report.families:
        outcomes = report.of(family)
        flagged = sum(o.flagged for o in outcomes)
        if family.careless:
            result = f"{flagged}/{len(outcomes)} caught"
            ok = flagged == len(outcomes)
        else:
            result = f"{flagged}/{len(outcomes)} false alarms"
            ok = flagged == 0
        kind = "careless" if family.careless else "control"
        out.append(f"| `{family.name}` | {kind} | {result} | {'ok' if ok else '**FAIL**'} |")
    if slipped:
        out += ["", "## Slipped through", ""]
        for outcome in slipped:
            d = describe(report, outcome)
            more = f" (+{d['places'] - 1} more places)" if d["places"] > 1 else ""
            line = (f"- `{d['family']}` at {d['line']}:{d['col']}: "
                    f"`{_short(d['before'])}` → `{_short(d['after'])}`{more}")
            if outcome.family.careless:
                out.append(line + " — no new error or warning")
            else:
                out.append(line)
                out += [f"  - **{f['code']}** {f['severity']}: {f['message']}"
                        for f in d["new_findings"]]
    return "\n".join(out) + "\n"


def render(report: MutationReport, fmt: str) -> str:
    return to_json(report) if fmt == "json" else to_markdown(report)
