"""``claimsuite registry``: validate, list and add entries of the reference registries.

Thin like ``cli.py``: parse options, call the library, print. Heavy modules (pydantic
models, ruamel.yaml) are imported inside the commands so ``claimsuite --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimsuite.commands.common import user_errors

if TYPE_CHECKING:
    from claimsuite.claims.load import Registries

SECTIONS = ("officials", "statistics", "events", "remarks", "entities")
_registries_option = click.option(
    "--registries",
    type=click.Path(path_type=Path),
    help="Folder of registries (default: [tool.claimsuite] registries, claims/registries).",
)


def _folder(registries: Path | None) -> Path:
    from claimsuite.config import find_project  # noqa: PLC0415
    from claimsuite.errors import InputError  # noqa: PLC0415

    folder = registries or find_project(Path()).registries
    if folder is None or not folder.is_dir():
        where = str(folder) if folder is not None else "claims/registries"
        raise InputError(
            where,
            "registry folder not found",
            "pass --registries DIR or run inside a project with [tool.claimsuite]",
        )
    return folder


def _load(registries: Path | None) -> Registries:
    from claimsuite.claims.load import load_registries  # noqa: PLC0415

    return load_registries(_folder(registries))


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


@click.group("registry")
def registry() -> None:
    """Validate, list and add entries of the reference registries (the record)."""


@registry.command("check")
@_registries_option
def check_command(registries: Path | None) -> None:
    """Validate every registry file; ids must be unique across files."""
    from claimsuite.errors import ClaimFileError  # noqa: PLC0415

    with user_errors():
        loaded = _load(registries)
        if not loaded.files:
            raise ClaimFileError(
                str(_folder(registries)),
                "no *.yaml registry files",
                "add one (see docs/registries.md)",
            )
        for section in SECTIONS:
            seen: dict[str, str] = {}
            for reg, doc in loaded.files:
                for index, entry in enumerate(getattr(reg, section)):
                    line, col = doc.position((section, index, "id"))
                    if entry.id in seen:
                        raise ClaimFileError(
                            doc.path,
                            f"{section} id '{entry.id}' is also used at {seen[entry.id]}",
                            "give each entry its own id",
                            line,
                            col,
                        )
                    seen[entry.id] = f"{doc.path}:{line}:{col}"
        count = sum(len(getattr(reg, s)) for reg, _ in loaded.files for s in SECTIONS)
    click.echo(f"ok: {count} entries in {len(loaded.files)} files")


@registry.command("list")
@click.option("--metric", help="Only statistics of this metric (and of <metric>-growth).")
@click.option("--person", help="Only this official and their remarks.")
@click.option("--section", type=click.Choice(SECTIONS), help="Only this section.")
@_registries_option
def list_command(
    metric: str | None, person: str | None, section: str | None, registries: Path | None
) -> None:
    """Print registry entries, one per line, tab-separated, in a stable order."""
    with user_errors():
        loaded = _load(registries)
    people = {"officials", "remarks"}
    wanted = (
        [section]
        if section
        else [
            s
            for s in SECTIONS
            if (metric is None or s == "statistics") and (person is None or s in people)
        ]
    )
    for name in wanted:
        for row in _rows(loaded, name, metric, person):
            click.echo("\t".join([name, *row]))


def _rows(
    loaded: Registries, section: str, metric: str | None, person: str | None
) -> list[list[str]]:
    entries: list[Any] = loaded.all(section)
    rows: list[tuple[tuple[Any, ...], list[str]]] = []
    for e in entries:
        if section == "statistics":
            if metric is not None and e.metric not in {metric, f"{metric}-growth"}:
                continue
            base = f" against {e.base_period}" if e.base_period else ""
            key = (e.metric, e.subject, e.period.start, e.period.end, e.id)
            row = [
                e.id,
                e.metric,
                e.subject,
                str(e.period),
                f"{e.value}{base}",
                e.publisher,
                e.source.url or e.source.document or "",
            ]
            rows.append((key, row))
        elif section == "officials":
            if person is not None and e.id != person:
                continue
            for n, p in enumerate(e.positions):
                dates = f"{p.start or '?'}..{p.end or ''}"
                row = [
                    e.id,
                    e.name,
                    dates,
                    p.title,
                    p.rank or "",
                    p.organisation or "",
                    p.source.url or p.source.document or "",
                ]
                rows.append(((e.id, n), row))
        elif section == "events":
            rows.append(
                (
                    (e.date.start, e.id),
                    [
                        e.id,
                        str(e.date),
                        e.place or "",
                        e.name,
                        e.source.url or e.source.document or "",
                    ],
                )
            )
        elif section == "remarks":
            if person is not None and e.speaker != person:
                continue
            rows.append(
                (
                    (e.speaker, str(e.date or ""), e.id),
                    [
                        e.id,
                        e.speaker,
                        str(e.date or ""),
                        _one_line(e.summary),
                        e.source.url or e.source.document or "",
                    ],
                )
            )
        else:
            rows.append(((e.id,), [e.id, e.name, ", ".join(e.aliases)]))
    return [row for _, row in sorted(rows, key=lambda item: item[0])]


@registry.group("add")
def add_group() -> None:
    """Add a sourced entry to a registry file (comments and order are kept)."""


def _default_file(file: Path | None, registries: Path | None, name: str) -> Path:
    return file if file is not None else _folder(registries) / name


def _option_error(path: Path, loc: tuple[Any, ...], message: str, option: str) -> Exception:
    from claimsuite.claims.edit import RegistryEditError  # noqa: PLC0415

    return RegistryEditError(str(path), f"new entry: --{option}: {message}", f"fix --{option}")


@add_group.command("statistic")
@click.option("--id", "entry_id", required=True, help="New, unique id.")
@click.option("--metric", required=True)
@click.option("--subject", required=True)
@click.option("--period", required=True, help="2025, 2025-Q1, 2025-03, 2025-01-01/2025-02-28")
@click.option("--value", required=True, help="'1.7 billion USD' or a rate '72%'.")
@click.option("--base-period", help="Required for a rate: the period it compares with.")
@click.option("--publisher", required=True, help="Who published the figure.")
@click.option("--source-url", required=True, help="Where it was read.")
@click.option("--source-title", required=True)
@click.option("--source-publisher", help="The outlet of the source, if not the publisher.")
@click.option("--retrieved", help="YYYY-MM-DD the source was read.")
@click.option("--note")
@click.option(
    "--file",
    type=click.Path(path_type=Path),
    help="Registry file (default: statistics.yaml in the registries folder).",
)
@_registries_option
def add_statistic(file: Path | None, registries: Path | None, **fields: str | None) -> None:
    """Add a published figure to the statistics of a registry file."""
    with user_errors():
        from claimsuite.claims.edit import (  # noqa: PLC0415
            add_statistics,
            check_entry,
            flat_field,
            statistic_entry,
        )
        from claimsuite.claims.records import Statistic  # noqa: PLC0415

        path = _default_file(file, registries, "statistics.yaml")
        row = {("id" if k == "entry_id" else k): v for k, v in fields.items() if v is not None}
        entry = statistic_entry(row)
        loc, message = check_entry(Statistic, entry)
        if message:
            raise _option_error(path, loc, message, flat_field(loc).replace("_", "-"))
        add_statistics(path, [entry])
    click.echo(f"added statistics entry '{entry['id']}' to {path}")


@add_group.command("official-position")
@click.option("--official", required=True, help="Official's id (new with --name).")
@click.option("--name", help="Full name, to add a new official.")
@click.option("--title", required=True)
@click.option("--title-en")
@click.option("--organisation")
@click.option("--rank")
@click.option("--from", "start", help="YYYY-MM-DD first day (or first sourced day).")
@click.option("--to", "end", help="YYYY-MM-DD last day.")
@click.option("--source-url", required=True)
@click.option("--source-title", required=True)
@click.option("--source-publisher")
@click.option("--retrieved", help="YYYY-MM-DD the source was read.")
@click.option("--note")
@click.option(
    "--file",
    type=click.Path(path_type=Path),
    help="Registry file (default: officials.yaml in the registries folder).",
)
@_registries_option
def add_official_position(
    official: str,
    name: str | None,
    file: Path | None,
    registries: Path | None,
    **fields: str | None,
) -> None:
    """Add a position (title, rank, dates, source) to an official."""
    with user_errors():
        from claimsuite.claims.edit import add_position, check_entry  # noqa: PLC0415
        from claimsuite.claims.records import Official, Position  # noqa: PLC0415

        path = _default_file(file, registries, "officials.yaml")
        position = _position_entry(fields)
        loc, message = check_entry(Position, position)
        if message:
            raise _option_error(path, loc, message, _position_option(loc))
        if name is not None:
            loc, message = check_entry(
                Official, {"id": official, "name": name, "positions": [position]}
            )
            if message:
                raise _option_error(path, loc, message, str(loc[0]) if loc else "official")
        created = add_position(path, official, position, name)
    what = "new official" if created else "official"
    click.echo(f"added a position of {what} '{official}' to {path}")


def _position_entry(fields: dict[str, str | None]) -> dict[str, Any]:
    from claimsuite.claims.edit import _yaml_scalar  # noqa: PLC0415

    def get(key: str) -> Any:  # noqa: ANN401
        value = (fields.get(key) or "").strip()
        return _yaml_scalar(value) if value else None

    entry: dict[str, Any] = {}
    for key, out in (
        ("title", "title"),
        ("title_en", "title_en"),
        ("organisation", "organisation"),
        ("rank", "rank"),
        ("start", "from"),
        ("end", "to"),
    ):
        if (value := get(key)) is not None:
            entry[out] = value
    entry["source"] = {
        key: value
        for key, option in (
            ("title", "source_title"),
            ("url", "source_url"),
            ("publisher", "source_publisher"),
            ("retrieved", "retrieved"),
        )
        if (value := get(option)) is not None
    }
    if (note := get("note")) is not None:
        entry["note"] = note
    return entry


def _position_option(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts[:1] == ["source"]:
        return {
            "title": "source-title",
            "publisher": "source-publisher",
            "retrieved": "retrieved",
        }.get(parts[1] if len(parts) > 1 else "url", "source-url")
    return parts[0].replace("_", "-") if parts else "title"


@registry.command("import-csv")
@click.argument("csv_file", type=click.Path(path_type=Path))
@click.option(
    "--file",
    type=click.Path(path_type=Path),
    help="Registry file (default: statistics.yaml in the registries folder).",
)
@_registries_option
def import_csv(csv_file: Path, file: Path | None, registries: Path | None) -> None:
    """Import published figures from a CSV (all rows or none).

    Columns: id, metric, subject, period, value, publisher, source_url, source_title,
    retrieved; optional base_period, source_publisher, note.
    """
    with user_errors():
        from claimsuite.claims.edit import add_statistics, read_statistics_csv  # noqa: PLC0415

        path = _default_file(file, registries, "statistics.yaml")
        entries = read_statistics_csv(csv_file)
        if entries:
            add_statistics(path, entries)
    click.echo(f"imported {len(entries)} statistics entries into {path}")
