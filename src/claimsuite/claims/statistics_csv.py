"""Statistics from a CSV of published figures: each row checked (the first bad cell reported
at its row and column), then all of them added to a record file or none."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimsuite.claims.record_entries import (
    CSV_OPTIONAL,
    CSV_REQUIRED,
    RegistryEditError,
    check_entry,
    flat_field,
    statistic_entry,
)
from claimsuite.claims.record_write import _add_statistics, _real, check_new_ids
from claimsuite.claims.records import Statistic
from claimsuite.claims.yamlsource import read_text
from claimsuite.files import locked


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
