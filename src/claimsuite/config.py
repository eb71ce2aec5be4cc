"""Project settings from ``[tool.claimsuite]``.

Trust model: the settings (and with them the local checks, which are code) come only from
the project the user runs in: the nearest ``pyproject.toml`` with a ``[tool.claimsuite]``
table at or above the working directory, or the file given with ``--config``. Never from a
folder found by walking up from an input file: a received article and claim file may sit
next to a ``pyproject.toml`` and a ``checks/`` folder of their own, and those must not run.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from claimsuite.errors import InputError
from claimsuite.findings import FAIL_LEVELS

DEFAULT_CHECK_TIMEOUT = 10.0  # seconds per check; the slowest built-in takes < 1 s on the seed
MAX_CONFIG_BYTES = 1_000_000


# A named tuple, not a data class: the same immutable record with names, defaults, equality
# and repr, for a tenth of the start-up cost (measured: ~1.3 ms less of a cold check).
class ProjectConfig(NamedTuple):
    root: Path | None
    local_checks: Path | None
    registries: Path | None
    file: Path | None = None  # the pyproject.toml (or --config file) the settings came from
    check_timeout: float = DEFAULT_CHECK_TIMEOUT
    blocked_packages: tuple[str, ...] = ()  # check packages not to load (entry-point names)
    vocabulary: tuple[Path, ...] = ()  # the desk's house vocabulary files (CS503)
    default_vocabulary: bool = True  # whether claimsuite's shipped vocabulary applies too
    # Repository mode and run defaults (README: Adopting claimsuite in CI); every one of them
    # can also be given on the command line, which wins.
    articles: tuple[Path, ...] = (Path("seeds"),)  # folders of articles
    claims: Path = Path("claims")  # claim files, mirroring the article folders' subfolders
    reports: Path = Path("reports")  # committed reports (claimsuite report)
    fail_on: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, codes)
    language: str | None = None  # for an article whose claim file names none
    fiscal_year_start: int | None = None  # month a fiscal year begins (1-12)
    jobs: int | None = None
    output_format: str | None = None
    accept: tuple[dict[str, str], ...] = ()  # {path, code, claim, reason}


def load_project(config: Path | None = None) -> ProjectConfig:
    """The settings of the project the user runs in: ``config`` when given, else the nearest
    ``pyproject.toml`` with ``[tool.claimsuite]`` at or above the working directory."""
    if config is None:
        return find_project(Path())
    name = _shown(config)
    if not config.exists():
        raise InputError(name, "config file not found", "check the path given to --config")
    data = _read_toml(config)
    section = _section(data)
    if section is None:
        raise InputError(
            name, "no [tool.claimsuite] table", "add one (see the README), or drop --config"
        )
    return _project(config, section)


def find_project(start: Path) -> ProjectConfig:
    """Walk up from ``start`` to the first ``pyproject.toml`` with a ``[tool.claimsuite]``.

    ``start`` is the working directory (see the module docstring), never an input's folder.
    """
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            continue
        section = _section(_read_toml(candidate))
        if section is None:
            continue
        return _project(candidate, section)
    return ProjectConfig(None, None, None)


def _section(data: dict[str, object]) -> object:
    tool = data.get("tool", {})
    return tool.get("claimsuite") if isinstance(tool, dict) else None


def _project(path: Path, section: object) -> ProjectConfig:
    _check_section(path, section)
    assert isinstance(section, dict)
    folder = path.parent
    local = section.get("local-checks", "checks")
    # ``record`` is the key's name; ``registries`` its old one (_check_section refuses both).
    registries = section.get("record", section.get("registries", "claims/registries"))
    timeout = section.get("check-timeout", DEFAULT_CHECK_TIMEOUT)
    articles = section.get("articles", ["seeds"])
    return ProjectConfig(
        folder,
        _relative(folder / local) if local else None,
        _relative(folder / registries) if registries else None,
        _relative(path),
        float(timeout),
        tuple(section.get("block-packages", ())),
        vocabulary=tuple(_relative(folder / v) for v in _as_list(section.get("vocabulary"))),
        default_vocabulary=bool(section.get("default-vocabulary", True)),
        articles=tuple(_relative(folder / a) for a in (
            [articles] if isinstance(articles, str) else articles)),
        claims=_relative(folder / section.get("claims", "claims")),
        reports=_relative(folder / section.get("reports", "reports")),
        fail_on=section.get("fail-on"),
        select=tuple(section.get("select", ())),
        ignore=tuple(section.get("ignore", ())),
        per_path_ignores=tuple(
            (glob, tuple(codes)) for glob, codes in section.get("per-path-ignores", {}).items()
        ),
        language=section.get("language"),
        fiscal_year_start=section.get("fiscal-year-start"),
        jobs=section.get("jobs"),
        output_format=section.get("format"),
        accept=tuple(dict(entry) for entry in section.get("accept", ())),
    )


def _as_list(value: object) -> list[str]:
    """A setting that takes one file or a list of them."""
    if isinstance(value, str):
        return [value]
    return list(value) if isinstance(value, list) else []


def _relative(path: Path) -> Path:
    """Relative to the working directory (with ``..`` if need be): no absolute path reaches
    a report or a message."""
    if not path.is_absolute():
        return path
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd().resolve()))
    except ValueError:  # pragma: no cover - another drive (Windows)
        return path


_TOML_TYPES = {int: "a number", float: "a number", bool: "true/false", list: "an array",
               dict: "a table", str: "text"}
EXAMPLES = {"local-checks": "checks", "record": "claims/registries",
            "registries": "claims/registries", "check-timeout": "10",
            "block-packages": '["acme"]', "vocabulary": '["style/vocabulary.yaml"]',
            "default-vocabulary": "false"}
# Repository-mode and run settings: key -> (what it must be, an example).
RUN_KEYS: dict[str, tuple[str, str]] = {
    "articles": ("a folder or a list of folders", 'articles = ["seeds"]'),
    "claims": ("a folder name", 'claims = "claims"'),
    "reports": ("a folder name", 'reports = "reports"'),
    "fail-on": ("one of error, warning, info, never", 'fail-on = "error"'),
    "select": ("a list of codes or prefixes", 'select = ["CS3"]'),
    "ignore": ("a list of codes or prefixes", 'ignore = ["CS6"]'),
    "per-path-ignores": ("a table of glob = list of codes", '"seeds/old/*" = ["CS6"]'),
    "language": ("tr or en", 'language = "tr"'),
    "fiscal-year-start": ("a month number from 1 to 12", "fiscal-year-start = 10"),
    "jobs": ("a number of processes, 1 or more", "jobs = 2"),
    "format": ("a report format", 'format = "md"'),
    "accept": ("an array of tables with path, code, claim and reason",
               '[[tool.claimsuite.accept]] path = "seeds/x.txt" code = "CS301" reason = "..."'),
}
KEYS = (*EXAMPLES, *RUN_KEYS)
MAX_TIMEOUT = 3600.0


def _shown(path: Path) -> str:
    """Relative to where the user runs us, as every other path in our messages."""
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _key_line(path: Path, key: str) -> tuple[int, int] | tuple[None, None]:
    """Where ``key = ...`` is written under ``[tool.claimsuite]``, for the message."""
    inside = False
    for number, raw in enumerate(path.read_text("utf-8-sig").split("\n"), start=1):
        line = raw.strip()
        if line.startswith("["):
            inside = line.replace(" ", "") == "[tool.claimsuite]"
        elif inside and re.match(rf"[\"']?{re.escape(key)}[\"']?\s*=", line):
            return number, raw.index(line[0]) + 1
    return None, None


def _read_toml(path: Path) -> dict[str, object]:
    from claimsuite.files import read_bounded  # noqa: PLC0415

    name = _shown(path)
    try:
        raw = read_bounded(path, MAX_CONFIG_BYTES, what="config file", name=name)
        return tomllib.loads(raw.decode("utf-8-sig"))
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
    if "record" in section and "registries" in section:
        raise InputError(
            name, "[tool.claimsuite] sets both record and registries (its old name)",
            "keep only record", *_key_line(path, "registries"),
        )
    for key, value in section.items():
        if key not in KEYS:
            import difflib  # noqa: PLC0415 - only a mistyped key needs it

            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(KEYS)}"
            raise InputError(
                name, f"unknown key '{key}' in [tool.claimsuite]", hint, *_key_line(path, key)
            )
        if key == "check-timeout":
            if isinstance(value, bool) or not isinstance(value, int | float) or not (
                0 < value <= MAX_TIMEOUT
            ):
                raise InputError(
                    name,
                    f"[tool.claimsuite] check-timeout is {_TOML_TYPES.get(type(value), 'a value')}"
                    f" {value!r}, not a number of seconds between 0 and {MAX_TIMEOUT:g}",
                    "write it as a number, e.g. check-timeout = 10",
                    *_key_line(path, key),
                )
            continue
        if key in RUN_KEYS:
            if not _run_value_ok(key, value):
                what, example = RUN_KEYS[key]
                raise InputError(
                    name,
                    f"[tool.claimsuite] {key} is {_TOML_TYPES.get(type(value), 'a value')}"
                    f" {_short(value)}, not {what}",
                    f"write it as, e.g., {example}",
                    *_key_line(path, key),
                )
            continue
        if key == "vocabulary":
            if not (isinstance(value, str) and value) and not (
                isinstance(value, list) and all(isinstance(v, str) and v for v in value)
            ):
                raise InputError(
                    name,
                    f"[tool.claimsuite] vocabulary is {_TOML_TYPES.get(type(value), 'a value')}"
                    ", not a list of vocabulary files",
                    'write it as a list of files, e.g. vocabulary = ["style/vocabulary.yaml"]',
                    *_key_line(path, key),
                )
            continue
        if key == "default-vocabulary":
            if not isinstance(value, bool):
                raise InputError(
                    name,
                    "[tool.claimsuite] default-vocabulary is "
                    f"{_TOML_TYPES.get(type(value), 'a value')}, not true or false",
                    "write default-vocabulary = false to turn the shipped list off",
                    *_key_line(path, key),
                )
            continue
        if key == "block-packages":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise InputError(
                    name,
                    f"[tool.claimsuite] block-packages is {_TOML_TYPES.get(type(value), 'a value')}"
                    ", not a list of check package names",
                    'write it as a list of names, e.g. block-packages = ["acme"]',
                    *_key_line(path, key),
                )
            continue
        if not isinstance(value, str):
            raise InputError(
                name,
                f"[tool.claimsuite] {key} is {_TOML_TYPES.get(type(value), 'a value')}, not a"
                " folder name",
                f'write it as text, e.g. {key} = "{EXAMPLES[key]}"',
                *_key_line(path, key),
            )




def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _run_value_ok(key: str, value: object) -> bool:
    """Is ``value`` of the type the repository-mode setting ``key`` takes?"""
    from claimsuite.reports import FORMATS  # noqa: PLC0415

    if key == "articles":
        return (isinstance(value, str) and bool(value)) or (_strings(value) and bool(value))
    if key in ("claims", "reports"):
        return isinstance(value, str) and bool(value)
    if key == "fail-on":
        return value in FAIL_LEVELS
    if key in ("select", "ignore"):
        return _strings(value)
    if key == "per-path-ignores":
        return isinstance(value, dict) and all(_strings(v) for v in value.values())
    if key == "language":
        return value in ("tr", "en")
    if key == "fiscal-year-start":
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12
    if key == "jobs":
        return isinstance(value, int) and not isinstance(value, bool) and value >= 1
    if key == "format":
        return value in FORMATS
    if key == "accept":
        return isinstance(value, list) and all(
            isinstance(v, dict) and isinstance(v.get("code"), str)
            and isinstance(v.get("reason"), str) and v["reason"].strip()
            and set(v) <= {"path", "code", "claim", "reason"}
            and all(isinstance(x, str) for x in v.values())
            for v in value
        )
    return False
