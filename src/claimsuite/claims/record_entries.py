"""Record entries as YAML data from flat fields (CSV columns, command-line options), checked
against the record models before anything is written (see ``claims/edit.py``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from claimsuite.errors import ClaimFileError

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
