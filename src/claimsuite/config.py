"""Project settings from ``[tool.claimsuite]`` in the nearest ``pyproject.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from claimsuite.errors import InputError


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    root: Path | None
    local_checks: Path | None
    registries: Path | None


def find_project(start: Path) -> ProjectConfig:
    """Walk up from ``start`` to the first ``pyproject.toml`` with a ``[tool.claimsuite]``."""
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            continue
        try:
            data = tomllib.loads(candidate.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(str(candidate), f"invalid TOML: {exc}", "fix pyproject.toml") from None
        section = data.get("tool", {}).get("claimsuite")
        if section is None:
            continue
        local = section.get("local-checks", "checks")
        registries = section.get("registries", "claims/registries")
        return ProjectConfig(
            folder,
            folder / local if local else None,
            folder / registries if registries else None,
        )
    return ProjectConfig(None, None, None)
