"""Several articles' reports in one output (repository mode).

Each format keeps its shape: Markdown opens with a table of articles and "New in this
change" across all of them, then each article's report; JSON is one document with an
``articles`` list and totals; JSONL one compact line per article; SARIF one run whose rules
are every check that ran and whose results are every article's; the line formats (concise,
full, github) are the articles' lines one after the other; rdjson one diagnostics list;
claimreview one JSON-LD list.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from claimsuite.findings import Severity
from claimsuite.reports.base import Report


def render_many(fmt: str, reports: Sequence[Report], *, color: bool = False) -> str:
    from claimsuite.reports import renderer  # noqa: PLC0415

    one = renderer(fmt, color=color)
    if fmt == "md":
        return _markdown(one, reports)
    if fmt == "json":
        docs = [json.loads(one.render(r)) for r in reports]
        summary = {s.value: sum(r.count(s) for r in reports) for s in Severity}
        from claimsuite.reports.json import SCHEMA_VERSION  # noqa: PLC0415

        document = {"schema": SCHEMA_VERSION, "articles": docs, "summary": summary}
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if fmt == "sarif":
        return _sarif(one, reports)
    if fmt == "rdjson":
        docs = [json.loads(one.render(r)) for r in reports]
        merged = dict(docs[0]) if docs else {"source": {"name": "claimsuite"}}
        merged["diagnostics"] = [d for doc in docs for d in doc.get("diagnostics", [])]
        return json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if fmt == "claimreview":
        items = [item for r in reports for item in json.loads(one.render(r))]
        return json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return "".join(one.render(r) for r in reports)


def _markdown(one: object, reports: Sequence[Report]) -> str:
    from claimsuite.reports.markdown import new_section  # noqa: PLC0415

    out = [f"# claimsuite: {len(reports)} article{'s' if len(reports) != 1 else ''}", ""]
    if any(r.baseline for r in reports):
        out += new_section(one, reports)
    out += ["| article | errors | warnings | questions | accepted |", "|---|---|---|---|---|"]
    for report in reports:
        open_findings = report.open_findings()
        n = {s: sum(1 for f in open_findings if f.severity is s) for s in Severity}
        accepted = len(report.findings) - len(open_findings)
        out.append(f"| `{report.article}` | {n[Severity.ERROR]} | {n[Severity.WARNING]} | "
                   f"{n[Severity.INFO]} | {accepted} |")
    out.append("")
    # "New in this change" is above, across articles: not again in each article.
    body = [one.render(dataclasses.replace(r, baseline=())) for r in reports]  # type: ignore[attr-defined]
    return "\n".join(out) + "\n" + "\n---\n\n".join(_demote(b) for b in body)


def _demote(text: str) -> str:
    """One level down, so the articles sit under the repository heading."""
    return "\n".join("#" + line if line.startswith("#") else line for line in text.split("\n"))


def _sarif(one: object, reports: Sequence[Report]) -> str:
    docs = [json.loads(one.render(r)) for r in reports]  # type: ignore[attr-defined]
    if not docs:
        from claimsuite.reports.sarif import SCHEMA  # noqa: PLC0415

        return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": []}) + "\n"
    run = docs[0]["runs"][0]
    rules: dict[str, dict] = {}
    artifacts: dict[str, dict] = {}
    results = []
    for doc in docs:
        this = doc["runs"][0]
        for rule in this["tool"]["driver"]["rules"]:
            rules.setdefault(rule["id"], rule)
        for artifact in this.get("artifacts", []):
            artifacts.setdefault(artifact["location"]["uri"], artifact)
        results += this["results"]
    order = sorted(rules)
    index = {code: i for i, code in enumerate(order)}
    for result in results:
        if result["ruleId"] in index:
            result["ruleIndex"] = index[result["ruleId"]]
        else:
            result.pop("ruleIndex", None)
    run["tool"]["driver"]["rules"] = [rules[c] for c in order]
    run["artifacts"] = list(artifacts.values())
    run["results"] = results
    document = {"$schema": docs[0]["$schema"], "version": "2.1.0", "runs": [run]}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
