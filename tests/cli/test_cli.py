"""The CLI as a user runs it: a subprocess, its exit code, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEED = "seeds/tr-us-defense-2025.txt"
CLAIMS = "claims/tr-us-defense-2025.yaml"


def run(root: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimsuite", *args],
        cwd=cwd or root,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_seed_report_matches_committed_golden(root: Path, update_goldens: bool) -> None:
    result = run(root, "check", SEED)
    assert result.returncode in {0, 1}, result.stderr
    golden = root / "reports" / "tr-us-defense-2025.md"
    if update_goldens:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8"), (
        "reports/tr-us-defense-2025.md is stale: run "
        "`claimsuite check seeds/tr-us-defense-2025.txt -o reports/tr-us-defense-2025.md`"
    )


def test_exit_code_follows_fail_on(root: Path) -> None:
    report = json.loads(run(root, "check", SEED, "--format", "json").stdout)
    worst = {f["severity"] for f in report["findings"]}
    for level, expected in [
        ("never", 0),
        ("error", 1 if "error" in worst else 0),
        ("info", 1 if worst else 0),
    ]:
        assert run(root, "check", SEED, "--fail-on", level).returncode == expected


def test_json_report_is_stable_and_documented(root: Path) -> None:
    first = run(root, "check", SEED, "--format", "json", "--fail-on", "never")
    second = run(root, "check", SEED, "--format", "json", "--fail-on", "never")
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


def test_output_is_written_atomically(root: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    result = run(root, "check", SEED, "-o", str(target), "--fail-on", "never")
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
def test_bad_input_is_one_line_and_exit_2(root: Path, args: list[str], expected: str) -> None:
    result = run(root, *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2(root: Path) -> None:
    result = run(root, "check", SEED, "--format", "xml")
    assert result.returncode == 2
    assert "Invalid value for '--format'" in result.stderr


def test_checks_lists_builtins_and_local(root: Path) -> None:
    result = run(root, "checks")
    assert result.returncode == 0
    codes = [line.split()[0] for line in result.stdout.splitlines()]
    assert "CS401" in codes
    assert "LOC001" in codes
    assert codes == sorted(codes)


def test_no_local_checks_skips_them(root: Path) -> None:
    report = json.loads(run(root, "check", SEED, "--format", "json", "--no-local-checks").stdout)
    assert all(not c["code"].startswith("LOC") for c in report["checks"])
