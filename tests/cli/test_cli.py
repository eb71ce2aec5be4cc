"""The CLI as a user runs it: exit code, stdout and stderr.

The golden report runs in a real interpreter (``python -m claimsuite``), end to end; the rest
call the same ``claimsuite.cli.main`` in-process through click's ``CliRunner``, from the
repository root, which is an order of magnitude faster than starting Python for each.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.cli import main

SEED = "seeds/tr-us-defense-2025.txt"
CLAIMS = "claims/tr-us-defense-2025.yaml"


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(root: Path, monkeypatch: pytest.MonkeyPatch):
    """``run(*args)``: ``claimsuite ARGS`` in-process, from the repository root."""
    monkeypatch.chdir(root)

    def invoke(*args: str) -> Result:
        result = CliRunner().invoke(main, list(args))
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Result(result.exit_code, result.stdout, result.stderr)

    return invoke


def run_process(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimsuite", *args],
        cwd=root,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_seed_report_matches_committed_golden(root: Path, update_goldens: bool) -> None:
    result = run_process(root, "check", SEED)
    assert result.returncode in {0, 1}, result.stderr
    golden = root / "reports" / "tr-us-defense-2025.md"
    if update_goldens:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8"), (
        "reports/tr-us-defense-2025.md is stale: run "
        "`claimsuite check seeds/tr-us-defense-2025.txt -o reports/tr-us-defense-2025.md`"
    )


def test_exit_code_follows_fail_on(run) -> None:
    report = json.loads(run("check", SEED, "--format", "json").stdout)
    worst = {f["severity"] for f in report["findings"]}
    for level, expected in [
        ("never", 0),
        ("error", 1 if "error" in worst else 0),
        ("info", 1 if worst else 0),
    ]:
        assert run("check", SEED, "--fail-on", level).returncode == expected


def test_json_report_is_stable_and_documented(run) -> None:
    first = run("check", SEED, "--format", "json", "--fail-on", "never")
    second = run("check", SEED, "--format", "json", "--fail-on", "never")
    assert first.stdout == second.stdout
    document = json.loads(first.stdout)
    assert document["schema"] == 2
    assert {c["id"] for c in document["claims"]} >= {"exports-2025-q1-growth"}
    for finding in document["findings"]:
        assert set(finding) == {
            "code", "fingerprint", "severity", "message", "claims", "fields", "article",
            "claim_file", "related", "suggestion",
        }
        assert finding["severity"] in {"error", "warning", "info"}
        for related in finding["related"]:
            assert set(related) == {"message", "location", "url"}


def test_output_is_written_atomically(run, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    result = run("check", SEED, "-o", str(target), "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# claimsuite report")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", "nope.txt", "--claims", CLAIMS], "nope.txt: article file not found"),
        (["check", SEED, "--claims", "missing.yaml"], "missing.yaml: claim file not found"),
        (["check", SEED, "--claims", "claims"], "claims: is a directory, not a claim file"),
        (["check", SEED, "-o", "/nonexistent/dir/r.md"], "does not exist — create it first"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run, args: list[str], expected: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2(run) -> None:
    result = run("check", SEED, "--format", "xml")
    assert result.returncode == 2
    assert "Invalid value for '--format'" in result.stderr


def test_checks_lists_builtins_and_local(run) -> None:
    result = run("checks")
    assert result.returncode == 0
    codes = [line.split()[0] for line in result.stdout.splitlines()]
    assert "CS401" in codes
    assert "LOC001" in codes
    assert codes == sorted(codes)


def test_no_local_checks_skips_them(run) -> None:
    report = json.loads(run("check", SEED, "--format", "json", "--no-local-checks").stdout)
    assert all(not c["code"].startswith("LOC") for c in report["checks"])
