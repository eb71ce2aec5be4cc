"""Add entries to a record (registry) file without touching a byte of what is already there.

New entries are validated with the record models first, then rendered with ruamel.yaml
and inserted as text right after the last entry of their list, so every existing entry,
its order, its quoting, every comment, the line endings (LF or CRLF) and a BOM stay exactly
as written. The whole new file is validated again before it replaces the old one atomically:
it is all or nothing. The folder is locked (``files.locked``) from the first read to the
rename, so concurrent edits queue instead of overwriting each other.

The command line (``commands/registry.py``) only parses options and prints; building,
validating and adding entries is here.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from claimsuite.claims.load import load_registries, load_registry
from claimsuite.claims.records import Official, Position, Statistic
from claimsuite.claims.yamlsource import MAX_BYTES, _harmless, read_text
from claimsuite.errors import ClaimFileError
from claimsuite.files import locked, read_bounded, write_atomic

SECTIONS = ("officials", "statistics", "events", "remarks", "entities")

CSV_REQUIRED = (
    "id", "metric", "subject", "period", "value", "publisher", "source_url", "source_title",
    "retrieved",
)  # fmt: skip
CSV_OPTIONAL = ("base_period", "source_publisher", "note")

# Where a statistic's fields come from in a flat row (CSV columns, command-line options).
FLAT_FIELDS: dict[tuple[str, ...], str] = {
    ("id",): "id",
    ("metric",): "metric",
    ("subject",): "subject",
    ("period",): "period",
    ("value",): "value",
    ("base_period",): "base_period",
    ("publisher",): "publisher",
    ("note",): "note",
    ("source", "url"): "source_url",
    ("source", "title"): "source_title",
    ("source", "publisher"): "source_publisher",
    ("source", "retrieved"): "retrieved",
    ("source",): "source_url",
}


class RegistryEditError(ClaimFileError):
    """A new registry entry that is invalid, or a registry file it cannot be added to."""


def _yaml_scalar(text: str) -> object:
    """Write periods and dates the way the registry files do (unquoted)."""
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return text


def statistic_entry(row: Mapping[str, str]) -> dict[str, Any]:
    """A statistics entry (as YAML data) from flat fields; empty fields are left out."""
    def get(name: str) -> object | None:
        value = (row.get(name) or "").strip()
        return _yaml_scalar(value) if value else None

    entry: dict[str, Any] = {}
    for name in ("id", "metric", "subject", "period", "value", "base_period", "publisher"):
        if (value := get(name)) is not None:
            entry[name] = value
    source = {
        key: value
        for key, name in (("title", "source_title"), ("url", "source_url"),
                          ("publisher", "source_publisher"), ("retrieved", "retrieved"))
        if (value := get(name)) is not None
    }
    entry["source"] = source
    if (note := get("note")) is not None:
        entry["note"] = note
    return entry


def check_entry(model: type[BaseModel], data: Mapping[str, Any]) -> tuple[tuple[Any, ...], str]:
    """``((), '')`` when ``data`` validates, else the first error's location and message."""
    try:
        model.model_validate(_as_model_input(data))
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        message = str(error["msg"]).removeprefix("Value error, ")
        loc = tuple(error["loc"])
        if error["type"] == "missing":
            message = f"missing '{'.'.join(str(p) for p in loc)}'"
        return loc, message
    return (), ""


def _as_model_input(data: Any) -> Any:  # noqa: ANN401 - YAML-shaped data
    """YAML data as the loader would hand it to the models (dates and years as text)."""
    if isinstance(data, Mapping):
        return {k: _as_model_input(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_as_model_input(v) for v in data]
    if isinstance(data, date):
        return data.isoformat()
    return data


def flat_field(loc: Sequence[Any]) -> str:
    """The flat field (CSV column, option) a statistic's error location belongs to."""
    parts = tuple(str(p) for p in loc if not str(p).isdigit())
    for end in range(len(parts), 0, -1):
        if parts[:end] in FLAT_FIELDS:
            return FLAT_FIELDS[parts[:end]]
    return "value"  # model-level rules (a rate needs base_period) concern the value


def read_statistics_csv(path: Path) -> list[dict[str, Any]]:
    """Statistics entries from a CSV of published figures; the first bad cell raises
    ``RegistryEditError`` at ``file.csv:row:column``."""
    return [row.entry for row in _read_csv(path)]


@dataclass(frozen=True)
class _CsvRow:
    entry: dict[str, Any]
    line: int
    id_col: int


def _read_csv(path: Path) -> list[_CsvRow]:
    text = read_text(path, what="CSV file")
    name = str(path)
    reader = csv.reader(io.StringIO(text))
    try:
        return _csv_rows(name, reader)
    except csv.Error as exc:  # a cell over csv.field_size_limit(), a bad quote
        problem = str(exc)
        if "field larger than field limit" in problem:
            problem = f"a cell is longer than {csv.field_size_limit()} characters"
        raise RegistryEditError(
            name, f"cannot read the CSV: {problem}", "fix or shorten the cell on this line",
            reader.line_num or 1, 1,
        ) from None


def _csv_rows(name: str, reader: Any) -> list[_CsvRow]:  # noqa: ANN401 - a csv reader
    header = [h.strip() for h in next(reader, [])]
    if not header:
        raise RegistryEditError(name, "empty CSV file", f"add a header: {','.join(CSV_REQUIRED)}",
                                1, 1)
    for col, column in enumerate(header, start=1):
        if column not in CSV_REQUIRED + CSV_OPTIONAL:
            raise RegistryEditError(
                name, f"unknown column '{column}'",
                f"use {', '.join(CSV_REQUIRED + CSV_OPTIONAL)}", 1, col,
            )
    missing = [c for c in CSV_REQUIRED if c not in header]
    if missing:
        raise RegistryEditError(
            name, f"missing column '{missing[0]}'", "add it to the header line", 1,
            len(header) + 1,
        )
    rows: list[_CsvRow] = []
    seen: dict[str, int] = {}
    id_col = header.index("id") + 1
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise RegistryEditError(
                name, f"row has {len(cells)} cells, the header {len(header)}",
                "quote cells that contain commas", line, 1,
            )
        row = dict(zip(header, cells, strict=True))
        entry = statistic_entry(row)
        loc, message = check_entry(Statistic, entry)
        if loc or message:
            column = flat_field(loc)
            col = header.index(column) + 1 if column in header else 1
            raise RegistryEditError(
                name, f"'{column}': {message}", f"fix the '{column}' cell of this row", line, col
            )
        if entry["id"] in seen:
            raise RegistryEditError(
                name, f"duplicate id '{entry['id']}' (also on line {seen[entry['id']]})",
                "give each figure its own id", line, id_col,
            )
        seen[entry["id"]] = line
        rows.append(_CsvRow(entry, line, id_col))
    return rows


def import_statistics_csv(csv_path: Path, path: Path) -> int:
    """Add every figure of a CSV to the record file ``path`` (all or none); an id the record
    already uses is reported at its CSV row and column. Returns the number added."""
    rows = _read_csv(csv_path)
    if not rows:
        return 0
    with locked(_real(path)):
        for row in rows:
            try:
                check_new_ids(path, "statistics", [str(row.entry["id"])])
            except RegistryEditError as exc:
                raise RegistryEditError(
                    str(csv_path),
                    f"id '{row.entry['id']}' is already used in the record at"
                    f" {exc.path}:{exc.line}:{exc.col}",
                    "choose another id for this row", row.line, row.id_col,
                ) from None
        _add_statistics(path, [row.entry for row in rows])
    return len(rows)


def check_new_ids(path: Path, section: str, ids: Sequence[str]) -> None:
    """Reject ids that a registry in the same folder (or ``path`` itself) already uses."""
    registries = load_registries(path.parent)
    loaded = {doc.path for _, doc in registries.files}
    if path.exists() and str(path) not in loaded:
        registries = type(registries)((*registries.files, load_registry(path)))
    for entry_id in ids:
        where = registries.locate(section, entry_id)
        if where is not None:
            at, line, col = where
            raise RegistryEditError(
                at, f"{section} id '{entry_id}' is already used here",
                "choose another id for the new entry", line, col,
            )


# ---- inserting text ---------------------------------------------------------------------


def render(entries: Sequence[Mapping[str, Any]], indent: int) -> str:
    """Block-style YAML for list items whose dash stands in column ``indent`` (0-based)."""
    from ruamel.yaml import YAML  # noqa: PLC0415 - only when writing

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump([dict(e) for e in entries], out)
    lines = out.getvalue().splitlines()
    shift = indent - (len(lines[0]) - len(lines[0].lstrip()))
    return "".join((" " * shift + ln if shift >= 0 else ln[-shift:]) + "\n" for ln in lines)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def insertion(text: str, loc: Sequence[str | int]) -> tuple[int, int] | None:
    """Where to insert items into the block list at ``loc``: (line index, dash column), or
    None when the list is absent. Raises ``RegistryEditError`` for a list in flow style."""
    from ruamel.yaml import YAML  # noqa: PLC0415

    try:
        root = YAML(typ="rt").load(text)
    except Exception as exc:  # ruamel's scanner, parser and composer errors alike
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise RegistryEditError(
            "", f"cannot edit this file: {problem}", "fix the YAML (registry check)", line, col
        ) from None
    node, parent = root, None
    for key in loc:
        if node is None or (isinstance(key, str) and key not in node):
            return None
        parent, node = node, node[key]
    lines = text.split("\n")  # as the loader counts lines (not \v, \f, U+2028, ...)
    if node is None:
        if parent is None:
            return None
        key_line = parent.lc.key(loc[-1])[0]
        return key_line + 1, _indent(lines[key_line]) + 2
    if not hasattr(node, "lc") or not isinstance(node, list):
        return None
    if node.fa.flow_style() or not node:
        line = node.lc.line + 1 if hasattr(node.lc, "line") else 1
        raise RegistryEditError(
            "", f"'{'.'.join(map(str, loc))}' is written in flow style ([...])",
            "write it as a block list, one '- ' item per entry", line, 1,
        )
    last_line = node.lc.item(len(node) - 1)[0]
    dash = lines[last_line].index("-")
    end = last_line + 1
    while end < len(lines):
        line = lines[end]
        if line.startswith(("---", "...")) or (_is_content(line) and _indent(line) <= dash):
            break
        end += 1
    while end - 1 > last_line and (
        not lines[end - 1].strip()
        or (lines[end - 1].lstrip().startswith("#") and _indent(lines[end - 1]) <= dash)
    ):
        end -= 1
    return end, dash


_BREAK = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
# Characters ruamel may count as line breaks (YAML 1.1) where we do not: blanked for it.
_ODD_BREAKS = str.maketrans({"\x85": " ", "\u2028": " ", "\u2029": " "})


@dataclass(frozen=True)
class RecordText:
    """A record file's text exactly as written: its lines keep their own endings."""

    text: str  # without the BOM, line endings as in the file
    bom: bool = False

    @property
    def newline(self) -> str:
        """The file's line ending (the first one written), for the lines we add."""
        found = re.search(r"\r\n|\r|\n", self.text)
        return found[0] if found else "\n"

    def lines(self) -> list[str]:
        return _BREAK.findall(self.text)

    def for_parsing(self) -> str:
        """LF text with the loader's harmless fixes (a tab after '- '): same lines and
        columns, so positions found in it hold in the original."""
        plain = self.text.replace("\r\n", "\n").replace("\r", "\n")
        return _harmless(plain).translate(_ODD_BREAKS)

    def with_text(self, text: str) -> RecordText:
        return RecordText(text, self.bom)

    def render(self) -> str:
        return ("\ufeff" if self.bom else "") + self.text


def insert_items(text: str | RecordText, loc: Sequence[str | int],
                 entries: Sequence[Mapping[str, Any]], path: str) -> str:
    """``text`` with ``entries`` appended to the block list at ``loc``; a missing top-level
    list is added at the end of the file. Existing lines are kept byte for byte; new lines
    use the file's line ending."""
    source = text if isinstance(text, RecordText) else RecordText(text)
    newline = source.newline
    parsed = source.for_parsing()
    try:
        where = insertion(parsed, loc) if parsed.strip() else None
    except RegistryEditError as exc:
        raise RegistryEditError(path, exc.problem, exc.hint, exc.line, exc.col) from None
    lines = source.lines()
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline

    def rendered(block: str) -> str:
        return block.replace("\n", newline) if newline != "\n" else block

    if where is None:
        if len(loc) != 1:
            raise RegistryEditError(path, f"no list at '{'.'.join(map(str, loc))}'",
                                    "add the entry by hand", None, None)
        return "".join(lines) + rendered(f"{loc[0]}:\n" + render(entries, 2))
    line, dash = where
    return "".join(lines[:line]) + rendered(render(entries, dash)) + "".join(lines[line:])


def write_registry(path: Path, new_text: str) -> None:
    """Validate the complete new file, then replace the old one atomically."""
    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / path.name
        trial.write_text(new_text, encoding="utf-8")
        try:
            load_registry(trial)
        except ClaimFileError as exc:
            raise RegistryEditError(
                str(path), f"the edited file would not load: {exc.problem}", exc.hint,
                exc.line, exc.col,
            ) from None
    write_atomic(_real(path), new_text)  # through a symlink: the file it names


def _real(path: Path) -> Path:
    """The file a symlinked record file names: edited (and locked) there, so the link stays
    a link and two links to one file share one lock."""
    return path.resolve() if path.is_symlink() else path


def existing_text(path: Path) -> RecordText:
    """The record file's text as written, after making sure it loads (never edit a broken
    file); empty for a file that does not exist yet."""
    if not path.exists():
        return RecordText("")
    load_registry(path)
    raw = read_bounded(path, MAX_BYTES, what="registry", name=str(path), error=ClaimFileError)
    bom = raw.startswith(b"\xef\xbb\xbf")
    return RecordText(raw[3 if bom else 0 :].decode("utf-8"), bom)


def _write(path: Path, source: RecordText, new_text: str) -> None:
    write_registry(path, source.with_text(new_text).render())


def add_statistics(path: Path, entries: Sequence[Mapping[str, Any]]) -> None:
    """Add statistics entries to ``path`` (all or none), holding the folder's lock."""
    with locked(_real(path)):
        _add_statistics(path, entries)


def _add_statistics(path: Path, entries: Sequence[Mapping[str, Any]]) -> None:
    check_new_ids(path, "statistics", [str(e["id"]) for e in entries])
    source = existing_text(path)
    _write(path, source, insert_items(source, ("statistics",), entries, str(path)))


def add_position(
    path: Path, official_id: str, position: Mapping[str, Any], name: str | None = None,
    aliases: Sequence[str] = (),
) -> bool:
    """Append a position to an official (or a new official when ``name`` is given);
    returns True when a new official was created."""
    with locked(_real(path)):
        return _add_position(path, official_id, position, name, aliases)


def _add_position(
    path: Path, official_id: str, position: Mapping[str, Any], name: str | None,
    aliases: Sequence[str] = (),
) -> bool:
    source = existing_text(path)
    registry = load_registry(path)[0] if path.exists() else None
    officials: list[Official] = list(registry.officials) if registry else []
    index = next((i for i, o in enumerate(officials) if o.id == official_id), None)
    if index is not None:
        loc: tuple[str | int, ...] = ("officials", index, "positions")
        _write(path, source, insert_items(source, loc, [position], str(path)))
        return False
    if name is None:
        raise RegistryEditError(
            str(path), f"no official '{official_id}' in this file",
            "fix --official, or pass --name to add a new official", None, None,
        )
    check_new_ids(path, "officials", [official_id])
    official: dict[str, Any] = {"id": official_id, "name": name}
    if aliases:
        official["aliases"] = list(aliases)
    official["positions"] = [dict(position)]
    _write(path, source, insert_items(source, ("officials",), [official], str(path)))
    return True


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
