"""Checking an archive on any engine: a pure map per article and a reduce over plain data.

``claimsuite check`` runs repository mode in a local process pool. The same work splits into
three plain functions that an engine of your choice (Dask, Ray, Spark, a queue of jobs) can
run anywhere, because every argument and every result is plain, picklable, JSON-ready data:

1. :func:`check_article` (the map): one article, its claim file, the record folder and the
   settings -> a dict with the article's JSON report (as ``--format json`` writes it, before
   the archive reduce), the facts of its claim set and its acceptances. It depends on nothing
   but its arguments and the files they name, and changes nothing.
2. :func:`archive_findings` (the reduce): every article's result -> the CS006 findings (one
   fact across the archive, :mod:`claimsuite.archive`) per claim file. Only the small fact
   lists are needed, so a tree reduce works too (:func:`archive_findings` over the facts).
3. :func:`finalize`: one article's result and the reduce's findings -> its final JSON report
   document: the CS006 findings merged in report order, the claim file's acceptances applied
   (and CS005 for one that matches nothing), the summary counted again. The documents equal
   the ``articles`` of ``claimsuite check --format json`` over the same archive.

Settings come from :class:`claimsuite.repository.Settings` (``registries``, ``select``,
``ignore``, ``per_path_ignores``, ``vocabulary``, ``local_checks`` ...). Acceptances from the
project configuration (``[[tool.claimsuite.accept]]``) and ``--baseline`` marks are the
command line's; apply them afterwards if you need them. The README has a Dask recipe.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

ARCHIVE_CODE = "CS006"


def check_article(article: str | Path, claims: str | Path, record: str | Path | None = None,
                  settings: object | None = None) -> dict[str, Any]:
    """Check one article against its claim file and the record: the map step.

    ``article`` and ``claims`` are file paths (as the report should show them: relative to
    the working directory, like the command line's), ``record`` the record folder (None: no
    record; it overrides ``settings.registries``), ``settings`` a
    :class:`claimsuite.repository.Settings` (default: every built-in check, no local checks).

    Returns ``{"article", "claims_file", "error", "report", "facts", "acceptances"}``:
    ``report`` is the JSON report document of the article (``None`` with ``error``, one line,
    when an input does not load), ``facts`` and ``acceptances`` are lists of plain dicts for
    :func:`archive_findings` and :func:`finalize`.
    """
    from claimsuite import repository  # noqa: PLC0415
    from claimsuite.reports.json import JsonRenderer  # noqa: PLC0415

    if settings is None:
        settings = repository.Settings(registries=None, local_checks=None)
    if record is not None or settings.registries is None:  # type: ignore[attr-defined]
        settings = dataclasses.replace(settings, registries=Path(record) if record else None)  # type: ignore[type-var]
    pair = repository.Pair(Path(article), Path(claims))
    outcome = repository.check_one(pair, settings)  # type: ignore[arg-type]
    out: dict[str, Any] = {"article": outcome.article, "claims_file": outcome.claims,
                           "error": outcome.error, "report": None, "facts": [],
                           "acceptances": []}
    if outcome.report is None:
        return out
    report = repository.merge(outcome.report, outcome.extra)  # CS004, when it applies
    out["report"] = JsonRenderer().document(report)
    out["facts"] = [_fact_data(f) for f in outcome.facts]
    out["acceptances"] = [{"code": a.code, "claim": a.claim, "reason": a.reason,
                           "where": dataclasses.asdict(a.where)} for a in outcome.acceptances]
    return out


def archive_findings(results: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The reduce: CS006 findings (JSON finding dicts) per claim file, from every article's
    facts. Articles whose inputs did not load give no facts, as on the command line."""
    from claimsuite import archive  # noqa: PLC0415
    from claimsuite.reports.json import _finding  # noqa: PLC0415

    facts = [[_fact(d) for d in r["facts"]] for r in results if r["report"] is not None]
    out: dict[str, list[dict[str, Any]]] = {}
    for disagreement in archive.disagreements(facts):
        finding, digest = archive.finding(disagreement)
        out.setdefault(disagreement.first.claims_file, []).append(_finding(finding, digest))
    return out


def finalize(result: dict[str, Any], found: dict[str, list[dict[str, Any]]],
             settings: object | None = None) -> dict[str, Any] | None:
    """One article's final JSON report: its own findings, the archive's CS006 findings for
    its claim file (unless ``select``/``ignore``/per-path ignores leave CS006 out), its claim
    file's acceptances applied, CS005 for an acceptance that matched nothing. None when the
    article's inputs did not load (``result["error"]`` says why)."""
    from claimsuite import accept, repository  # noqa: PLC0415
    from claimsuite.findings import Location  # noqa: PLC0415
    from claimsuite.reports.json import _finding  # noqa: PLC0415

    document = result["report"]
    if document is None:
        return None
    if settings is None:
        settings = repository.Settings(registries=None, local_checks=None)
    select = settings.select or ("",)  # type: ignore[attr-defined]
    ignored = repository.ignored_for(result["article"], settings)  # type: ignore[arg-type]

    def runs(code: str) -> bool:
        return code.startswith(select) and not (ignored and code.startswith(ignored))

    rows = [(_finding_of(d), d["fingerprint"]) for d in document["findings"]]
    added = set()
    if runs(ARCHIVE_CODE):
        for d in found.get(result["claims_file"], ()):
            rows.append((_finding_of(d), d["fingerprint"]))
            added.add(ARCHIVE_CODE)
    acceptances = [accept.Acceptance(a["code"], a["claim"], a["reason"], Location(**a["where"]))
                   for a in result["acceptances"]]
    used = {a for a in acceptances for f, _ in rows if f.code != accept.UNUSED and a.matches(f)}
    ran = {c["code"] for c in document["checks"]} | added
    if runs(accept.UNUSED):
        ran.add(accept.UNUSED)
        for f in accept.unused(acceptances, used, ran):
            rows.append((f, repository._digest(
                accept.UNUSED, f.claim_file.path if f.claim_file else "", ",".join(f.claims),
                f.message)))
            added.add(accept.UNUSED)
    rows = list(dict.fromkeys(rows))
    rows.sort(key=lambda r: r[0].sort_key)
    findings = []
    for finding, fingerprint in rows:
        data = _finding(finding, fingerprint)
        reason = next((a.reason for a in acceptances
                       if finding.code != accept.UNUSED and a.matches(finding)), None)
        if reason is not None:
            data["accepted"] = reason
        findings.append(data)
    checks = list(document["checks"])
    have = {c["code"] for c in checks}
    for info in repository.repository_infos(sorted(added - have)):
        checks.append({"code": info.code, "name": info.name, "severity": info.severity.value,
                       "summary": info.summary, "scope": info.scope.value,
                       "status": info.status.value})
    summary = dict.fromkeys(document["summary"], 0)
    for data in findings:
        summary[data["severity"]] = summary.get(data["severity"], 0) + 1
    return {**document, "findings": findings, "summary": summary,
            "checks": sorted(checks, key=lambda c: c["code"])}


def check_archive(pairs: Sequence[tuple[str | Path, str | Path]], record: str | Path | None,
                  settings: object | None = None) -> list[dict[str, Any]]:
    """Map, reduce and finalize in this process: what an engine does, without one."""
    results = [check_article(a, c, record, settings) for a, c in pairs]
    found = archive_findings(results)
    return [d for d in (finalize(r, found, settings) for r in results) if d is not None]


# ---- plain data <-> the archive's facts and the report's findings -------------------------


def _fact_data(fact: object) -> dict[str, Any]:
    data = {f.name: getattr(fact, f.name) for f in dataclasses.fields(fact)}  # type: ignore[arg-type]
    data["key"] = list(data["key"])
    data["number"] = None if data["number"] is None else str(data["number"])
    data["precision"] = str(data["precision"])
    return data


def _fact(data: dict[str, Any]) -> object:
    from claimsuite.archive import Fact  # noqa: PLC0415

    return Fact(**{**data, "key": tuple(data["key"]),
                   "number": None if data["number"] is None else Decimal(data["number"]),
                   "precision": Decimal(data["precision"])})


def _location_of(data: dict[str, Any] | None) -> object:
    from claimsuite.findings import Location  # noqa: PLC0415

    return None if data is None else Location(**data)


def _finding_of(data: dict[str, Any]) -> object:
    from claimsuite.findings import Finding, Related, Severity  # noqa: PLC0415

    return Finding(
        data["code"], Severity(data["severity"]), data["message"],
        article=_location_of(data["article"]), claim_file=_location_of(data["claim_file"]),
        claims=tuple(data["claims"]), fields=tuple(data["fields"]),
        related=tuple(Related(r["message"], _location_of(r["location"]), r["url"])
                      for r in data["related"]),
        suggestion=data["suggestion"],
    )
