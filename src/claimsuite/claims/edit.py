"""Add entries to a record (registry) file without touching a byte of what is already there.

New entries are validated with the record models first, then rendered with ruamel.yaml
and inserted as text right after the last entry of their list, so every existing entry,
its order, its quoting, every comment, the line endings (LF or CRLF) and a BOM stay exactly
as written. The whole new file is validated again before it replaces the old one atomically:
it is all or nothing. The folder is locked (``files.locked``) from the first read to the
rename, so concurrent edits queue instead of overwriting each other.

The command line (``commands/registry.py``) only parses options and prints; building,
validating and adding entries is here, in parts: ``record_entries`` (entries from flat
fields, checked), ``record_insert`` (text inserted), ``record_write`` (ids checked, file
validated and written), ``statistics_csv`` (a CSV of figures); this module builds entries
from command-line options and keeps every name importable from ``claims.edit``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

# Every name this module had before its parts moved out stays importable from here.
from claimsuite.claims.record_entries import (
    CSV_OPTIONAL,
    CSV_REQUIRED,
    FLAT_FIELDS,  # noqa: F401 - re-exported
    SECTIONS,  # noqa: F401 - re-exported
    RegistryEditError,
    _yaml_scalar,
    check_entry,
    flat_field,
    statistic_entry,
)
from claimsuite.claims.record_insert import (
    RecordText,
    insert_items,
    insertion,  # noqa: F401 - re-exported
    render,  # noqa: F401 - re-exported
)
from claimsuite.claims.record_write import (
    _real,
    _write,
    add_position,
    add_statistics,
    check_new_ids,
    existing_text,
    write_registry,  # noqa: F401 - re-exported
)
from claimsuite.claims.records import Official, Position, Statistic
from claimsuite.claims.statistics_csv import import_statistics_csv, read_statistics_csv
from claimsuite.files import locked

# ---- entries from command-line options ---------------------------------------------------


def add_statistic_from_options(path: Path, options: Mapping[str, str | None]) -> str:
    """Build, validate and add a statistic from ``registry add statistic`` options (named as
    the CSV columns); an invalid value is reported against its option. Returns the id."""
    row = {key: value for key, value in options.items() if value is not None}
    entry = statistic_entry(row)
    loc, message = check_entry(Statistic, entry)
    if message:
        raise _option_error(path, message, flat_field(loc).replace("_", "-"))
    add_statistics(path, [entry])
    return str(entry["id"])


def position_entry(fields: Mapping[str, str | None]) -> dict[str, Any]:
    """A position (as YAML data) from ``registry add official-position`` options."""
    def get(key: str) -> Any:  # noqa: ANN401
        value = (fields.get(key) or "").strip()
        return _yaml_scalar(value) if value else None

    entry: dict[str, Any] = {}
    for key, out in (("title", "title"), ("title_en", "title_en"),
                     ("organisation", "organisation"), ("rank", "rank"),
                     ("start", "from"), ("end", "to")):
        if (value := get(key)) is not None:
            entry[out] = value
    entry["source"] = {
        key: value
        for key, option in (("title", "source_title"), ("url", "source_url"),
                            ("publisher", "source_publisher"), ("retrieved", "retrieved"))
        if (value := get(option)) is not None
    }
    if (note := get("note")) is not None:
        entry["note"] = note
    return entry


def add_official_position(
    path: Path, official: str, name: str | None, options: Mapping[str, str | None],
    *, title_aliases: Sequence[str] = (), aliases: Sequence[str] = (),
) -> bool:
    """Build, validate and add a position from ``registry add official-position`` options
    (``title_aliases``: other renderings of the title; ``aliases``: other names of a new
    official); returns True when a new official was created."""
    position = position_entry(options)
    if title_aliases:
        position["aliases"] = list(title_aliases)
    loc, message = check_entry(Position, position)
    if message:
        raise _option_error(path, message, _position_option(loc))
    if name is not None:
        loc, message = check_entry(
            Official, {"id": official, "name": name, "aliases": list(aliases),
                       "positions": [position]}
        )
        if message:
            raise _option_error(path, message, str(loc[0]) if loc else "official")
    return add_position(path, official, position, name, aliases)


def source_entry(options: Mapping[str, str | None]) -> dict[str, Any]:
    """A ``source:`` mapping from the ``--source-*`` and ``--retrieved`` options."""
    return {
        key: _yaml_scalar(value.strip())
        for key, option in (("title", "source_title"), ("url", "source_url"),
                            ("document", "source_document"),
                            ("publisher", "source_publisher"), ("retrieved", "retrieved"))
        if (value := options.get(option)) and value.strip()
    }


def _option_of(loc: Sequence[Any]) -> str:
    """The command-line option an entry's error location belongs to."""
    parts = [str(p) for p in loc if not str(p).isdigit()]
    if parts[:1] == ["source"]:
        if len(parts) < 2:
            return "source-url"
        return "retrieved" if parts[1] == "retrieved" else f"source-{parts[1]}"
    return parts[0].replace("_", "-") if parts else "id"


ENTRY_MODELS: dict[str, type[BaseModel]] = {}


def _models() -> dict[str, type[BaseModel]]:
    if not ENTRY_MODELS:
        from claimsuite.claims.records import EventRecord, RegistryEntity, Remark  # noqa: PLC0415

        ENTRY_MODELS.update({"officials": Official, "statistics": Statistic,
                             "events": EventRecord, "remarks": Remark,
                             "entities": RegistryEntity})
    return ENTRY_MODELS


def add_entry(path: Path, section: str, entry: Mapping[str, Any]) -> str:
    """Validate ``entry`` with the section's model (an invalid value is reported against its
    option), then add it to ``path`` under the folder's lock: ids unique in the file, the
    whole new file validated, written atomically, every existing byte kept. Returns the id."""
    loc, message = check_entry(_models()[section], entry)
    if message:
        option = _option_of(loc)
        raise _option_error(path, message, option)
    with locked(_real(path)):
        check_new_ids(path, section, [str(entry["id"])])
        source = existing_text(path)
        _write(path, source, insert_items(source, (section,), [dict(entry)], str(path)))
    return str(entry["id"])


def _option_error(path: Path, message: str, option: str) -> RegistryEditError:
    return RegistryEditError(str(path), f"new entry: --{option}: {message}", f"fix --{option}")


def _position_option(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts[:1] == ["source"]:
        return {
            "title": "source-title",
            "publisher": "source-publisher",
            "retrieved": "retrieved",
        }.get(parts[1] if len(parts) > 1 else "url", "source-url")
    return parts[0].replace("_", "-") if parts else "title"


__all__ = [
    "CSV_OPTIONAL",
    "CSV_REQUIRED",
    "RecordText",
    "RegistryEditError",
    "add_entry",
    "add_official_position",
    "add_position",
    "add_statistic_from_options",
    "add_statistics",
    "check_entry",
    "flat_field",
    "import_statistics_csv",
    "position_entry",
    "read_statistics_csv",
    "source_entry",
    "statistic_entry",
]
