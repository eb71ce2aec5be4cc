"""The record as rows of text: what ``claimsuite registry list`` prints, in a stable order.

Each row is a list of plain cells (no tabs or line breaks inside a cell); the command line
joins them with tabs. Filtering and sorting live here, not in the CLI.
"""

from __future__ import annotations

from typing import Any

from claimsuite.claims.load import Registries

SECTIONS = ("officials", "statistics", "events", "remarks", "entities")
PEOPLE = frozenset({"officials", "remarks"})


def sections(section: str | None, metric: str | None, person: str | None) -> list[str]:
    """The sections a listing covers: one asked for, or those the filters apply to."""
    if section:
        return [section]
    return [
        s for s in SECTIONS
        if (metric is None or s == "statistics") and (person is None or s in PEOPLE)
    ]


def count_entries(records: Registries) -> int:
    """Entries of every section in every file of the record."""
    return sum(len(getattr(reg, s)) for reg, _ in records.files for s in SECTIONS)


def _cell(text: object) -> str:
    """One cell: no tab or line break (they would split the row)."""
    return " ".join(str(text or "").split())


def _source(source: Any) -> str:  # noqa: ANN401 - a Source model
    return source.url or source.document or ""


def rows(
    records: Registries, section: str, metric: str | None = None, person: str | None = None
) -> list[list[str]]:
    """The entries of one section, filtered by metric or person, as sorted rows."""
    keyed: list[tuple[tuple[Any, ...], list[object]]] = []
    for e in records.all(section):
        if section == "statistics":
            if metric is not None and e.metric not in {metric, f"{metric}-growth"}:
                continue
            base = f" against {e.base_period}" if e.base_period else ""
            keyed.append((
                (e.metric, e.subject, e.period.start, e.period.end, e.id),
                [e.id, e.metric, e.subject, e.period, f"{e.value}{base}", e.publisher,
                 _source(e.source)],
            ))
        elif section == "officials":
            if person is not None and e.id != person:
                continue
            for n, p in enumerate(e.positions):
                dates = f"{p.start or '?'}..{p.end or ''}"
                keyed.append((
                    (e.id, n),
                    [e.id, e.name, dates, p.title, p.rank, p.organisation, _source(p.source)],
                ))
        elif section == "events":
            keyed.append((
                (e.date.start, e.id), [e.id, e.date, e.place, e.name, _source(e.source)]
            ))
        elif section == "remarks":
            if person is not None and e.speaker != person:
                continue
            keyed.append((
                (e.speaker, str(e.date or ""), e.id),
                [e.id, e.speaker, e.date, e.summary, _source(e.source)],
            ))
        else:
            keyed.append(((e.id,), [e.id, e.name, ", ".join(e.aliases)]))
    return [[_cell(c) for c in row] for _, row in sorted(keyed, key=lambda item: item[0])]


def as_json(
    records: Registries, names: list[str], metric: str | None = None, person: str | None = None
) -> str:
    """The entries of ``names`` as JSON: ``{section: [entry, ...]}``, each entry as the
    record file writes it (aliases as written: ``from``/``to``), filtered like :func:`rows`,
    keys sorted, two-space indent, final newline."""
    import json  # noqa: PLC0415

    out: dict[str, list[Any]] = {}
    for section in names:
        entries = []
        for entry in records.all(section):
            if section == "statistics" and metric is not None and entry.metric not in {
                metric, f"{metric}-growth"
            }:
                continue
            if section == "officials" and person is not None and entry.id != person:
                continue
            if section == "remarks" and person is not None and entry.speaker != person:
                continue
            entries.append(entry.model_dump(mode="json", by_alias=True, exclude_none=True))
        out[section] = entries
    return json.dumps(out, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
