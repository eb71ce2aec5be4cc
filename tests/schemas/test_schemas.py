"""The committed JSON Schemas are current, describe every field, and accept what claimsuite
accepts: every claim file and record file of the repository, the seed's JSON report and
this project's configuration."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from claimsuite.cli import main
from claimsuite.schemas import NAMES, JsonReport, RepositoryReport, ToolConfig, render, schema

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", NAMES)
def test_committed_schema_is_current(name: str) -> None:
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == render(name), f"schemas/{name}.schema.json is stale: run " \
        f"claimsuite schema {name} > schemas/{name}.schema.json"


@pytest.mark.parametrize("name", NAMES)
def test_schema_command_prints_it(name: str) -> None:
    result = CliRunner().invoke(main, ["schema", name])
    assert result.exit_code == 0
    assert json.loads(result.output) == schema(name)


def _undocumented(node: Any, path: str = "") -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for key, prop in node.get("properties", {}).items():
            if "description" not in prop:
                out.append(f"{path}.{key}")
        for key, value in node.items():
            out += _undocumented(value, f"{path}/{key}")
    elif isinstance(node, list):
        for value in node:
            out += _undocumented(value, path)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_every_field_has_a_description(name: str) -> None:
    assert _undocumented(schema(name)) == []


def test_note_and_month_ranges_are_described() -> None:
    claims = schema("claims")
    note = claims["$defs"]["QuantityClaim"]["properties"]["note"]
    assert "editors" in note["description"]
    period = claims["$defs"]["QuantityClaim"]["properties"]["period"]
    assert "2025-01/2025-09" in period["description"]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _validator(name: str) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(schema(name))


def test_every_claim_file_of_the_repository_validates() -> None:
    validator = _validator("claims")
    files = [*sorted((ROOT / "claims").glob("*.yaml")),
             *sorted((ROOT / "tests" / "corpus" / "claims").glob("*.yaml"))]
    assert len(files) >= 13
    for path in files:
        data = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], path


def test_every_record_file_validates() -> None:
    validator = _validator("record")
    files = [*sorted((ROOT / "claims" / "registries").glob("*.yaml")),
             *sorted((ROOT / "tests" / "corpus" / "record").glob("*.yaml"))]
    for path in files:
        data = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert [e.message for e in validator.iter_errors(data)] == [], path


def test_schema_refuses_what_the_loader_refuses() -> None:
    validator = _validator("claims")
    bad = {"article": {"language": "de", "published": "2025"},
           "claims": [{"id": "x", "kind": "entity", "type": "person", "name": "X", "nmae": 1}]}
    messages = " ".join(e.message for e in validator.iter_errors(bad))
    assert "'de' is not one of" in messages


def test_seed_json_report_matches_the_report_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "seeds/tr-us-defense-2025.txt",
                                       "--format", "json", "--no-local-checks"])
    document = json.loads(result.output)
    JsonReport.model_validate(document)  # extra keys are refused: the model is the format
    assert [e.message for e in _validator("report").iter_errors(document)] == []


def test_project_configuration_matches_the_config_schema() -> None:
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    section = table["tool"]["claimsuite"]
    ToolConfig.model_validate(section)
    assert [e.message for e in _validator("config").iter_errors(section)] == []


def test_repository_json_report_matches_the_report_schema(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "seeds", "--format", "json",
                                       "--no-local-checks"])
    document = json.loads(result.stdout)
    RepositoryReport.model_validate(document)
    assert [e.message for e in _validator("report").iter_errors(document)] == []


def test_readme_wires_the_committed_schemas_into_an_editor() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    modeline = re.search(r"# yaml-language-server: \$schema=(\S+)", readme)
    assert modeline is not None
    assert (ROOT / "claims" / modeline.group(1)).resolve() == (
        ROOT / "schemas" / "claims.schema.json")
    snippet = re.search(r"```json\n(\{\n  \"yaml\.schemas\".*?)```", readme, re.S)
    assert snippet is not None
    for path in json.loads(snippet.group(1))["yaml.schemas"]:
        assert (ROOT / path).is_file(), path
