"""``claimsuite record``: validate, list and add entries of the record (the folder of
reference files, ``claims/registries/`` by default). ``claimsuite registry`` is the old name
of the same commands, kept working and hidden from ``--help``.

Thin like ``cli.py``: parse options, call the library (``claims.load``, ``claims.listing``,
``claims.edit``), print. Heavy modules (pydantic models, ruamel.yaml) are imported inside
the commands so ``claimsuite --help`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from claimsuite.commands.common import config_option, project_settings, user_errors

F = TypeVar("F", bound=Callable[..., object])
SECTIONS = ("officials", "statistics", "events", "remarks", "entities")


def _record_options(command: F) -> F:
    command = click.option(
        "--record",
        "--registries",
        "registries",
        type=click.Path(path_type=Path),
        help="Folder of the record (default: [tool.claimsuite] record, or claims/registries);"
             " --registries is its old name.",
    )(command)
    return config_option(command)


def _folder(registries: Path | None) -> Path:
    from claimsuite.errors import InputError  # noqa: PLC0415

    folder = registries or project_settings().registries
    if folder is None or not folder.is_dir():
        where = str(folder) if folder is not None else "claims/registries"
        raise InputError(
            where,
            "record folder not found",
            "pass --record DIR or run inside a project with [tool.claimsuite]",
        )
    return folder


def _file(file: Path | None, registries: Path | None, name: str) -> Path:
    return file if file is not None else _folder(registries) / name


@click.group("record")
def record() -> None:
    """Validate, list and add entries of the record (the reference files: officials,
    statistics, events, remarks, entities)."""


@record.command("check")
@_record_options
def check_command(registries: Path | None) -> None:
    """Validate every record file; ids must be unique across files."""
    from claimsuite.claims.listing import count_entries  # noqa: PLC0415
    from claimsuite.claims.load import load_record  # noqa: PLC0415

    with user_errors():
        loaded = load_record(_folder(registries))
    click.echo(f"ok: {count_entries(loaded)} entries in {len(loaded.files)} files")


@record.command("list")
@click.option("--metric", help="Only statistics of this metric (and of <metric>-growth).")
@click.option("--person", help="Only this official and their remarks.")
@click.option("--section", type=click.Choice(SECTIONS), help="Only this section.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True,
              help="text: one tab-separated line per entry; json: every entry as written, "
                   "by section (schemas/record.schema.json).")
@_record_options
def list_command(
    metric: str | None, person: str | None, section: str | None, fmt: str,
    registries: Path | None,
) -> None:
    """Print record entries, one per line, tab-separated, in a stable order."""
    from claimsuite.claims.listing import rows, sections  # noqa: PLC0415
    from claimsuite.claims.load import load_registries  # noqa: PLC0415

    with user_errors():
        loaded = load_registries(_folder(registries))
    if fmt == "json":
        from claimsuite.claims.listing import as_json  # noqa: PLC0415

        click.echo(as_json(loaded, sections(section, metric, person), metric, person), nl=False)
        return
    for name in sections(section, metric, person):
        for row in rows(loaded, name, metric, person):
            click.echo("\t".join([name, *row]))


@record.group("add")
def add_group() -> None:
    """Add a sourced entry to a record file (every existing byte is kept)."""


_FILE_HELP = "Record file (default: {} in the record folder)."


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
@click.option("--file", type=click.Path(path_type=Path),
              help=_FILE_HELP.format("statistics.yaml"))
@_record_options
def add_statistic(
    file: Path | None, registries: Path | None, entry_id: str, **options: str | None
) -> None:
    """Add a published figure to the statistics of a record file."""
    from claimsuite.claims.edit import add_statistic_from_options  # noqa: PLC0415

    with user_errors():
        path = _file(file, registries, "statistics.yaml")
        added = add_statistic_from_options(path, {"id": entry_id, **options})
    click.echo(f"added statistics entry '{added}' to {path}")


@add_group.command("official-position")
@click.option("--official", required=True, help="Official's id (new with --name).")
@click.option("--name", help="Full name, to add a new official.")
@click.option("--title", required=True)
@click.option("--title-alias", "title_aliases", multiple=True,
              help="Another rendering of the title in sources (repeatable).")
@click.option("--alias", "aliases", multiple=True,
              help="Another name of a new official: surname alone, a spelling (repeatable).")
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
@click.option("--file", type=click.Path(path_type=Path),
              help=_FILE_HELP.format("officials.yaml"))
@_record_options
def add_official_position(
    official: str,
    name: str | None,
    file: Path | None,
    registries: Path | None,
    title_aliases: tuple[str, ...],
    aliases: tuple[str, ...],
    **options: str | None,
) -> None:
    """Add a position (title, rank, dates, source) to an official, or a new official with
    --name (and --alias) and its first position."""
    from claimsuite.claims.edit import add_official_position as add  # noqa: PLC0415

    with user_errors():
        path = _file(file, registries, "officials.yaml")
        created = add(path, official, name, options, title_aliases=title_aliases,
                      aliases=aliases)
    what = "new official" if created else "official"
    click.echo(f"added a position of {what} '{official}' to {path}")


def _source_options(command: F) -> F:
    for option in reversed((
        click.option("--source-url", help="Where it was read (or --source-document)."),
        click.option("--source-document", help="An offline document, when there is no URL."),
        click.option("--source-title", help="The title of the source."),
        click.option("--source-publisher", help="The outlet of the source."),
        click.option("--retrieved", help="YYYY-MM-DD the source was read."),
    )):
        command = option(command)
    return command


def _section_file(folder: Path, section: str, default: str) -> Path:
    """The record file that already lists ``section`` (the first, by name), else
    ``default`` in the folder."""
    from claimsuite.claims.load import load_registries  # noqa: PLC0415

    for _registry, document in load_registries(folder).files:
        if isinstance(document.data, dict) and section in document.data:
            return Path(document.path)
    return folder / default


def _add(section: str, name: str, registries: Path | None, file: Path | None,
         entry: dict[str, object], options: dict[str, str | None]) -> None:
    from claimsuite.claims.edit import add_entry, source_entry  # noqa: PLC0415

    with user_errors():
        path = file if file is not None else _section_file(_folder(registries), section, name)
        entry = {k: v for k, v in entry.items() if v not in (None, (), [])}
        entry["source"] = source_entry(options)
        added = add_entry(path, section, entry)
    click.echo(f"added {section} entry '{added}' to {path}")


@add_group.command("event")
@click.option("--id", "entry_id", required=True, help="New, unique id.")
@click.option("--name", required=True, help="The event's name.")
@click.option("--date", "day", required=True, help="2025-04-28, or a period: 2025-04, 2025.")
@click.option("--place", help="Where, by name.")
@click.option("--note")
@_source_options
@click.option("--file", type=click.Path(path_type=Path),
              help="Record file (default: the one listing events, else events.yaml).")
@_record_options
def add_event(entry_id: str, name: str, day: str, place: str | None, note: str | None,
              file: Path | None, registries: Path | None, **options: str | None) -> None:
    """Add an event (name, date, place, source) to the record."""
    from claimsuite.claims.edit import _yaml_scalar  # noqa: PLC0415

    _add("events", "events.yaml", registries, file,
         {"id": entry_id, "name": name, "date": _yaml_scalar(day), "place": place,
          "note": note}, options)


@add_group.command("remark")
@click.option("--id", "entry_id", required=True, help="New, unique id.")
@click.option("--speaker", required=True, help="The official's id in the record.")
@click.option("--summary", required=True, help="What was said, in a sentence.")
@click.option("--date", "day", help="When it was said: 2025-09-12, or a period.")
@click.option("--about", help="The period the remark concerns: 2025.")
@click.option("--venue", help="Where it was said.")
@_source_options
@click.option("--file", type=click.Path(path_type=Path),
              help="Record file (default: the one listing remarks, else remarks.yaml).")
@_record_options
def add_remark(entry_id: str, speaker: str, summary: str, day: str | None, about: str | None,
               venue: str | None, file: Path | None, registries: Path | None,
               **options: str | None) -> None:
    """Add what an official said (speaker, summary, date, source) to the record; the speaker
    must be an official of the record."""
    from claimsuite.claims.edit import RegistryEditError, _yaml_scalar  # noqa: PLC0415
    from claimsuite.claims.load import load_registries  # noqa: PLC0415

    with user_errors():
        folder = _folder(registries) if file is None else file.parent
        officials = load_registries(folder).officials
        if speaker not in officials:
            raise RegistryEditError(
                str(folder), f"new remark: --speaker: no official '{speaker}' in the record",
                "add the official first: claimsuite record add official-position "
                f"--official {speaker} --name NAME --title TITLE --source-url URL "
                "--source-title TITLE",
            )
    _add("remarks", "remarks.yaml", registries, file,
         {"id": entry_id, "speaker": speaker, "date": _yaml_scalar(day) if day else None,
          "about": _yaml_scalar(about) if about else None, "venue": venue,
          "summary": summary}, options)


@add_group.command("entity")
@click.option("--id", "entry_id", required=True, help="New, unique id (a claim entity with "
                                                      "this id shares its names).")
@click.option("--name", required=True, help="The canonical name.")
@click.option("--alias", "aliases", multiple=True, help="Another name used (repeatable).")
@click.option("--type", "kind", default="organisation", show_default=True,
              help="organisation, place, country, ...")
@click.option("--related", multiple=True, help="Id of a related entry (repeatable).")
@_source_options
@click.option("--file", type=click.Path(path_type=Path),
              help="Record file (default: the one listing entities, else entities.yaml).")
@_record_options
def add_entity(entry_id: str, name: str, aliases: tuple[str, ...], kind: str,
               related: tuple[str, ...], file: Path | None, registries: Path | None,
               **options: str | None) -> None:
    """Add an organisation or place, with the names articles use for it, to the record."""
    _add("entities", "entities.yaml", registries, file,
         {"id": entry_id, "name": name, "aliases": list(aliases), "type": kind,
          "related": list(related)}, options)


@record.command("import-csv")
@click.argument("csv_file", type=click.Path(path_type=Path))
@click.option("--file", type=click.Path(path_type=Path),
              help=_FILE_HELP.format("statistics.yaml"))
@_record_options
def import_csv(csv_file: Path, file: Path | None, registries: Path | None) -> None:
    """Import published figures from a CSV (all rows or none).

    Columns: id, metric, subject, period, value, publisher, source_url, source_title,
    retrieved; optional base_period, source_publisher, note.
    """
    from claimsuite.claims.edit import import_statistics_csv  # noqa: PLC0415

    with user_errors():
        path = _file(file, registries, "statistics.yaml")
        count = import_statistics_csv(csv_file, path)
    click.echo(f"imported {count} statistics entries into {path}")


# The old name of the group: the same subcommands, hidden from ``claimsuite --help``.
registry = click.Group(
    "registry", commands=record.commands, hidden=True,
    help="Old name of 'claimsuite record' (same subcommands).",
)
