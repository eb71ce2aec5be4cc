"""Adding entries to a record file: ids checked against the folder's records, the whole new
file validated, written atomically under the folder's lock (see ``claims/edit.py``)."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from claimsuite.claims.load import load_registries, load_registry
from claimsuite.claims.record_entries import RegistryEditError
from claimsuite.claims.record_insert import RecordText, insert_items
from claimsuite.claims.records import Official
from claimsuite.claims.yamlsource import MAX_BYTES
from claimsuite.errors import ClaimFileError
from claimsuite.files import locked, read_bounded, write_atomic


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
    raw = read_bounded(path, MAX_BYTES, what="record file", name=str(path), error=ClaimFileError)
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
