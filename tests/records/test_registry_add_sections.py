"""``claimsuite registry add`` covers every section of the record (issue 11): officials with
aliases and title aliases, statistics, events, remarks and entities; each entry validated
before writing, written atomically, every existing byte kept; ``registry list --format
json`` gives every entry as written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.claims.load import load_registries
from claimsuite.cli import main
from claimsuite.schemas import schema

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ["--source-url", "https://example.org/a", "--source-title", "A page"]


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "claims" / "registries", tmp_path / "registries")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "registries"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["record", *args, "--record", "registries"])
    return result.exit_code, result.output


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.yaml"))}


def test_every_section_can_be_added_and_existing_text_is_kept(record: Path) -> None:
    before = _texts(record)
    steps = [
        ("add", "official-position", "--official", "ali-veli", "--name", "Ali Veli",
         "--alias", "Veli", "--title", "Genel Müdür", "--title-alias", "Genel Müdürü",
         "--from", "2024-01-01", *SOURCE),
        ("add", "event", "--id", "fair-2025", "--name", "IDEF 2025", "--date", "2025-07-22",
         "--place", "İstanbul", *SOURCE),
        ("add", "remark", "--id", "veli-2025", "--speaker", "ali-veli", "--summary",
         "Exports will grow.", "--date", "2025-09-12", "--about", "2025", *SOURCE),
        ("add", "entity", "--id", "tim", "--name", "Türkiye İhracatçılar Meclisi",
         "--alias", "TİM", *SOURCE),
        ("add", "statistic", "--id", "x-2025", "--metric", "exports", "--subject", "turkiye",
         "--period", "2025", "--value", "1.7 billion USD", "--publisher", "TİM",
         "--source-url", "https://example.org/a", "--source-title", "A page"),
    ]
    for step in steps:
        code, output = _run(*step)
        assert code == 0, output
    after = _texts(record)
    for name, text in before.items():  # existing lines kept byte for byte, in order
        new = iter(after[name].splitlines())
        assert all(line in new for line in text.splitlines()), name
        assert len(after[name]) > len(text) or name not in ("officials.yaml",), name
    loaded = load_registries(record)
    official = loaded.officials["ali-veli"]
    assert official.aliases == ("Veli",)
    assert official.positions[0].aliases == ("Genel Müdürü",)
    assert {e.id for e in loaded.all("events")} >= {"fair-2025"}
    assert {e.id for e in loaded.all("remarks")} >= {"veli-2025"}
    assert "TİM" in next(e for e in loaded.all("entities") if e.id == "tim").aliases
    # each entry goes to the file that already lists its section: no new file
    assert set(after) == set(before)


def test_an_invalid_entry_is_refused_before_writing(record: Path) -> None:
    before = _texts(record)
    code, output = _run("add", "event", "--id", "e", "--name", "X", "--date", "2025-02-30",
                        *SOURCE)
    assert code == 2
    assert "--date" in output
    code, output = _run("add", "entity", "--id", "e2", "--name", "X", "--source-title", "T")
    assert code == 2
    assert "a source needs a 'url' or a 'document'" in output
    code, output = _run("add", "remark", "--id", "r", "--speaker", "nobody", "--summary", "s",
                        *SOURCE)
    assert code == 2
    assert "claimsuite record add official-position --official nobody" in output
    code, output = _run("add", "entity", "--id", "us-dod", "--name", "X", *SOURCE)
    assert code == 2
    assert "already used" in output
    assert _texts(record) == before


def test_list_as_json_gives_every_entry_as_written(record: Path) -> None:
    code, output = _run("list", "--format", "json")
    assert code == 0
    data = json.loads(output)
    assert set(data) == {"officials", "statistics", "events", "remarks", "entities"}
    loaded = load_registries(record)
    for section, entries in data.items():
        assert [e["id"] for e in entries] == [e.id for e in loaded.all(section)]
    position = data["officials"][0]["positions"][0]
    assert "from" in position or "to" in position or "title" in position
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema("record"))
    assert [e.message for e in validator.iter_errors(data)] == []
    code, output = _run("list", "--format", "json", "--person", "mehmet-simsek")
    people = json.loads(output)
    assert set(people) == {"officials", "remarks"}
    assert [o["id"] for o in people["officials"]] == ["mehmet-simsek"]
