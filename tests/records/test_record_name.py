""""The record" is the one user-facing name of the reference data (issue 9, item 6):
``claimsuite record``, ``--record`` and ``[tool.claimsuite] record``; the old names
(``claimsuite registry``, ``--registries``, ``registries =``) keep working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = "seeds/tr-us-defense-2025.txt"


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / SEED, tmp_path / SEED)
    (tmp_path / "claims").mkdir()
    shutil.copy(ROOT / "claims" / "tr-us-defense-2025.yaml", tmp_path / "claims")
    (tmp_path / "facts").mkdir()
    for name in ("officials.yaml", "statistics.yaml"):
        shutil.copy(ROOT / "claims" / "registries" / name, tmp_path / "facts" / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_record_is_listed_and_registry_is_hidden() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "  record " in out
    assert "registry" not in out


@pytest.mark.parametrize("group", ["record", "registry"])
@pytest.mark.parametrize("option", ["--record", "--registries"])
def test_both_names_of_the_group_and_the_option_work(desk: Path, group: str,
                                                     option: str) -> None:
    code, out, _ = run(group, "check", option, "facts")
    assert code == 0, out
    assert out.startswith("ok: ")
    code, out, _ = run(group, "list", option, "facts", "--section", "officials")
    assert code == 0
    assert out.startswith("officials\t")


@pytest.mark.parametrize("option", ["--record", "--registries"])
def test_check_takes_the_record_under_both_names(desk: Path, option: str) -> None:
    code, out, err = run("check", SEED, option, "facts", "--no-local-checks", "--format",
                         "json", "--no-cache")
    assert code in (0, 1), err
    assert '"findings"' in out


def test_a_missing_record_folder_names_the_option(desk: Path) -> None:
    code, _, err = run("record", "check", "--record", "nowhere")
    assert code == 2
    assert "pass --record DIR" in err
    code, _, err = run("check", SEED, "--registries", "nowhere", "--no-local-checks")
    assert code == 2
    assert "pass an existing folder to --record" in err


@pytest.mark.parametrize("key", ["record", "registries"])
def test_the_setting_under_both_names(desk: Path, key: str) -> None:
    (desk / "pyproject.toml").write_text(f'[tool.claimsuite]\n{key} = "facts"\n'
                                         'local-checks = ""\n', "utf-8")
    code, out, _ = run("check", "--show-settings")
    assert code == 0
    assert 'record = "facts"' in out
    code, out, _ = run("record", "check")
    assert code == 0
    assert out.startswith("ok: ")


def test_both_settings_at_once_are_refused(desk: Path) -> None:
    (desk / "pyproject.toml").write_text('[tool.claimsuite]\nrecord = "facts"\n'
                                         'registries = "claims/registries"\n', "utf-8")
    code, _, err = run("record", "check")
    assert code == 2
    lines = err.strip().splitlines()
    assert lines == ["claimsuite: pyproject.toml:3:1: [tool.claimsuite] sets both record and "
                     "registries (its old name) — keep only record"]
