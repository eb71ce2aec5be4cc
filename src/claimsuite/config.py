"""Project settings from ``[tool.claimsuite]`` in the nearest ``pyproject.toml``."""

from __future__ import annotations

import difflib
import re
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
        data = _read_toml(candidate)
        tool = data.get("tool", {})
        section = tool.get("claimsuite") if isinstance(tool, dict) else None
        if section is None:
            continue
        _check_section(candidate, section)
        local = section.get("local-checks", "checks")
        registries = section.get("registries", "claims/registries")
        return ProjectConfig(
            folder,
            folder / local if local else None,
            folder / registries if registries else None,
        )
    return ProjectConfig(None, None, None)


_TOML_TYPES = {int: "a number", float: "a number", bool: "true/false", list: "an array",
               dict: "a table"}
EXAMPLES = {"local-checks": "checks", "registries": "claims/registries"}
KEYS = tuple(EXAMPLES)


def _shown(path: Path) -> str:
    """Relative to where the user runs us, as every other path in our messages."""
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _key_line(path: Path, key: str) -> tuple[int, int] | tuple[None, None]:
    """Where ``key = ...`` is written under ``[tool.claimsuite]``, for the message."""
    inside = False
    for number, raw in enumerate(path.read_text("utf-8-sig").splitlines(), start=1):
        line = raw.strip()
        if line.startswith("["):
            inside = line.replace(" ", "") == "[tool.claimsuite]"
        elif inside and re.match(rf"[\"']?{re.escape(key)}[\"']?\s*=", line):
            return number, raw.index(line[0]) + 1
    return None, None


def _read_toml(path: Path) -> dict[str, object]:
    name = _shown(path)
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8", "save pyproject.toml as UTF-8") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}", "check permissions") from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib (3.11) puts the place in the message: "... (at line 3, column 9)".
        text = str(exc)
        found = re.search(r"\(at line (\d+), column (\d+)\)$", text)
        if found is None:
            raise InputError(name, f"invalid TOML: {text}", "fix the TOML syntax") from None
        problem = text[: found.start()].strip()
        raise InputError(
            name, f"invalid TOML: {problem}", "fix the TOML syntax",
            int(found[1]), int(found[2]),
        ) from None


def _check_section(path: Path, section: object) -> None:
    """``[tool.claimsuite]`` holds folder names, relative to the project, and nothing else."""
    name = _shown(path)
    if not isinstance(section, dict):
        raise InputError(name, "[tool.claimsuite] is not a table", "write it as a table")
    for key, value in section.items():
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(KEYS)}"
            raise InputError(
                name, f"unknown key '{key}' in [tool.claimsuite]", hint, *_key_line(path, key)
            )
        if not isinstance(value, str):
            raise InputError(
                name,
                f"[tool.claimsuite] {key} is {_TOML_TYPES.get(type(value), 'a value')}, not a"
                " folder name",
                f'write it as text, e.g. {key} = "{EXAMPLES[key]}"',
                *_key_line(path, key),
            )
