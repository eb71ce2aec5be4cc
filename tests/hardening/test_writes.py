"""Nothing is lost: the report is replaced atomically or not at all, and inputs are only read."""

from __future__ import annotations

import builtins
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimsuite import files
from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"
OLD = "# the old report\n"


def check(*args: str) -> Any:
    return CliRunner().invoke(
        main, ["check", str(SEED), "--claims", str(CLAIMS), "--fail-on", "never", *args]
    )


@pytest.fixture
def report(tmp_path: Path) -> Path:
    target = tmp_path / "report.md"
    target.write_text(OLD, "utf-8")
    return target


def test_a_failing_rename_keeps_the_old_report_and_no_temp_file(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    result = check("-o", str(report))
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"claimsuite: {report}: cannot write: No space left on device — choose a writable"
        " output path"
    ]
    assert report.read_text("utf-8") == OLD
    assert sorted(p.name for p in report.parent.iterdir()) == ["report.md"]


def test_an_interrupt_mid_write_keeps_the_old_report_and_no_temp_file(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(report, "# new\n" * 1000)
    assert report.read_text("utf-8") == OLD
    assert sorted(p.name for p in report.parent.iterdir()) == ["report.md"]


SLOW_WRITER = """
import os, sys, time
from pathlib import Path
from claimsuite import files
real_fsync = os.fsync
def slow(fd):
    real_fsync(fd)
    print("writing", flush=True)
    time.sleep(600)
files.os.fsync = slow
files.write_atomic(Path(sys.argv[1]), "# new report\\n" * 10000)
"""


def _killed_mid_write(report: Path, sig: signal.Signals) -> int:
    with subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(report)], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"  # the temp file is written in full
        child.send_signal(sig)
        # The writer sleeps 600 s: ending within 120 s means the signal ended it, with room
        # for a loaded CI machine (a 30 s limit once timed out under load).
        return child.wait(timeout=120)


def test_sigterm_mid_write_keeps_the_old_report_and_no_temp_file(report: Path) -> None:
    assert _killed_mid_write(report, signal.SIGTERM) == 128 + signal.SIGTERM
    assert report.read_text("utf-8") == OLD
    assert sorted(p.name for p in report.parent.iterdir()) == ["report.md"]


def test_sigkill_mid_write_keeps_the_old_report(report: Path) -> None:
    assert _killed_mid_write(report, signal.SIGKILL) == -signal.SIGKILL
    assert report.read_text("utf-8") == OLD
    # SIGKILL cannot be caught: at most one hidden temp file is left, never a half report.
    left = sorted(p.name for p in report.parent.iterdir() if p.name != "report.md")
    assert len(left) <= 1
    assert all(name.startswith(".report.md.") and name.endswith(".tmp") for name in left)


def test_a_successful_write_replaces_the_report(report: Path) -> None:
    result = check("-o", str(report))
    assert result.exit_code == 0, result.output
    assert report.read_text("utf-8").startswith("# claimsuite report")
    assert sorted(p.name for p in report.parent.iterdir()) == ["report.md"]


def test_read_only_inputs_work_and_are_untouched(tmp_path: Path) -> None:
    article, claims = tmp_path / "article.txt", tmp_path / "claims.yaml"
    article.write_bytes(SEED.read_bytes())
    claims.write_bytes(CLAIMS.read_bytes())
    past = time.time() - 3600
    for path in (article, claims):
        os.utime(path, (past, past))
        path.chmod(0o444)
    def state(p: Path) -> tuple[bytes, int, int]:
        return p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode

    before = {p: state(p) for p in (article, claims)}
    result = subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", str(article), "--claims", str(claims),
         "--registries", str(ROOT / "claims" / "registries"), "-o", str(tmp_path / "r.md")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode in {0, 1}, result.stderr
    after = {p: state(p) for p in (article, claims)}
    assert after == before
    assert (tmp_path / "r.md").read_text("utf-8").startswith("# claimsuite report")


_WRITING = ("w", "a", "x", "+")


def test_inputs_are_never_opened_for_writing(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = {SEED.resolve(), CLAIMS.resolve()}
    inputs |= {p.resolve() for p in (ROOT / "claims" / "registries").glob("*.yaml")}
    inputs |= {p.resolve() for p in (ROOT / "checks").glob("*.py")}
    attempts: list[str] = []

    def guard(path: object, mode: str) -> None:
        writing = any(c in mode for c in _WRITING)
        if writing and isinstance(path, str | Path) and Path(path).resolve() in inputs:
            attempts.append(f"{path} ({mode})")
            raise PermissionError(13, "input opened for writing", str(path))

    real_open, real_os_open = builtins.open, os.open
    real_write_text, real_write_bytes = Path.write_text, Path.write_bytes

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        guard(file, mode)
        return real_open(file, mode, *args, **kwargs)

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_TRUNC):
            guard(path, "w")
        return real_os_open(path, flags, *args, **kwargs)

    def write_text(self: Path, *args: Any, **kwargs: Any) -> int:
        guard(self, "w")
        return real_write_text(self, *args, **kwargs)

    def write_bytes(self: Path, data: bytes) -> int:
        guard(self, "w")
        return real_write_bytes(self, data)

    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(Path, "write_text", write_text)
    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    monkeypatch.chdir(ROOT)
    result = check("-o", str(report), "--registries", str(ROOT / "claims" / "registries"))
    assert attempts == []
    assert result.exit_code == 0, result.output
    assert report.read_text("utf-8").startswith("# claimsuite report")


def test_the_guard_would_catch_a_write(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The output path may not be an input: asking for it is refused before any write."""
    copy = tmp_path / "article.txt"
    copy.write_bytes(SEED.read_bytes())
    before = copy.stat().st_mtime_ns
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", str(copy), "--claims", str(CLAIMS), "-o",
                                       str(copy)])
    assert result.exit_code == 2
    assert "the output path is an input of this run" in result.output
    assert copy.read_bytes() == SEED.read_bytes()
    assert copy.stat().st_mtime_ns == before
