"""Every bad input gives exactly one line on stderr, exit code 2, no traceback, in bounded time
and memory. The inputs are files in ``corpus/``; the expected lines are in
``corpus/expected.tsv``, reviewed like snapshots.

Every case runs in-process through click's ``CliRunner`` (the same ``claimsuite.cli.main``
the console script calls), with the address space capped and the time measured. A handful
(``SUBPROCESS``, and the oversized files) also run as a real ``python -m claimsuite`` under
``RLIMIT_AS`` and a timeout, to prove the contract end to end: the stderr bytes, the exit
status of the interpreter, no traceback printed by Python itself.

To add a case: put the file under ``corpus/<kind>/`` and its line in ``expected.tsv``; a bad
command line goes in ``ARGS``. Nothing else needs to change.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = "tests/hardening/corpus"
SEED = "seeds/tr-us-defense-2025.txt"
CLAIMS = "claims/tr-us-defense-2025.yaml"
RECORD = "claims/registries"
TIMEOUT = 60  # seconds per run; a healthy run takes well under one
MEMORY = 1 << 30  # 1 GiB of address space per run (on top of what pytest holds in-process)

# Cases that also run in a fresh interpreter: a memory bomb under the real RLIMIT_AS, a local
# check that fails to import (the import machinery of a clean process), a bad command line.
SUBPROCESS = ("claims/alias-bomb.yaml", "checks/raises-at-import", "output-is-the-claim-file")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float = 0.0


# -- the cases ------------------------------------------------------------------------------


def _args(case: str) -> list[str]:
    kind = case.partition("/")[0]
    path = f"{CORPUS}/{case}"
    return {
        "claims": ["check", SEED, "--claims", path],
        "articles": ["check", path, "--claims", CLAIMS],
        "registries": ["check", SEED, "--claims", CLAIMS, "--registries", path],
        # These two run in a working copy (see _working_copy).
        "checks": ["check", str(ROOT / SEED), "--claims", str(ROOT / CLAIMS),
                   "--registries", str(ROOT / RECORD), "--local-checks", case],
        "projects": ["check", f"{case}/article.txt", "--claims", f"{case}/claims.yaml",
                     "--config", f"{case}/pyproject.toml"],
    }[kind]


def _in_working_copy(case: str) -> bool:
    return case.startswith(("checks/", "projects/"))


def _table() -> dict[str, str]:
    rows = (ROOT / CORPUS / "expected.tsv").read_text("utf-8").splitlines()
    table = {}
    for row in rows:
        if row and not row.startswith("#"):
            case, expected = row.split("\t")
            table[case] = expected.replace("{corpus}", CORPUS)
    return table


TABLE = _table()

# Bad command lines: missing files, folders for files, outputs that cannot or must not be
# written. Each names the corpus, so paths are stable.
ARGS = {
    "missing-article": (
        ["check", f"{CORPUS}/no-such-article.txt", "--claims", CLAIMS],
        f"claimsuite: {CORPUS}/no-such-article.txt: article file not found — check the path of"
        " the article",
    ),
    "missing-claim-file": (
        ["check", SEED, "--claims", f"{CORPUS}/no-such-claims.yaml"],
        f"claimsuite: {CORPUS}/no-such-claims.yaml: claim file not found — check the path",
    ),
    "article-is-a-directory": (
        ["check", f"{CORPUS}/articles", "--claims", CLAIMS],
        f"claimsuite: {CORPUS}/articles: is a directory, not an article file — give the path of"
        " a text file",
    ),
    "claim-file-is-a-directory": (
        ["check", SEED, "--claims", f"{CORPUS}/claims"],
        f"claimsuite: {CORPUS}/claims: is a directory, not a claim file — pass the file itself",
    ),
    "output-under-a-file": (
        ["check", SEED, "--claims", CLAIMS, "-o", f"{CORPUS}/expected.tsv/report.md"],
        f"claimsuite: {CORPUS}/expected.tsv/report.md: {CORPUS}/expected.tsv is a file, not a"
        " folder — choose an output path in a folder",
    ),
    "output-in-missing-folder": (
        ["check", SEED, "--claims", CLAIMS, "-o", f"{CORPUS}/no-such-dir/report.md"],
        f"claimsuite: {CORPUS}/no-such-dir/report.md: folder {CORPUS}/no-such-dir does not"
        " exist — create it first",
    ),
    "output-is-a-directory": (
        ["check", SEED, "--claims", CLAIMS, "-o", f"{CORPUS}/claims"],
        f"claimsuite: {CORPUS}/claims: is a directory — give a file name for the output",
    ),
    "output-is-the-article": (
        ["check", SEED, "--claims", CLAIMS, "-o", SEED],
        f"claimsuite: {SEED}: the output path is an input of this run — write the report to"
        " another file",
    ),
    "output-is-the-claim-file": (
        ["check", SEED, "--claims", CLAIMS, "-o", f"./{CLAIMS}"],
        f"claimsuite: {CLAIMS}: the output path is an input of this run — write the report to"
        " another file",
    ),
    "registries-folder-missing": (
        ["check", SEED, "--claims", CLAIMS, "--registries", f"{CORPUS}/no-such-registries"],
        f"claimsuite: {CORPUS}/no-such-registries: folder not found — pass an existing folder to"
        " --record",
    ),
    "local-checks-is-a-file": (
        ["check", SEED, "--claims", CLAIMS, "--local-checks", f"{CORPUS}/expected.tsv"],
        f"claimsuite: {CORPUS}/expected.tsv: is a file, not a folder — pass an existing folder"
        " to --local-checks",
    ),
}


def _case(case: str, work: Path) -> tuple[list[str], Path, str]:
    """The command line, working directory and expected stderr line of a case."""
    if case in ARGS:
        args, expected = ARGS[case]
        return args, ROOT, expected
    return _args(case), work if _in_working_copy(case) else ROOT, TABLE[case]


def _working_copy(into: Path) -> Path:
    """Copies of the local-check and project cases under their real names. The corpus stores
    them as ``*.py.in`` and ``pyproject.toml.in`` so that tools walking the tree (ruff,
    pytest, pip) never read them."""
    for kind in ("checks", "projects"):
        shutil.copytree(ROOT / CORPUS / kind, into / kind)
        for stored in sorted((into / kind).rglob("*.in")):
            stored.rename(stored.with_suffix(""))
    return into


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _working_copy(tmp_path_factory.mktemp("work"))


# -- two ways to run the CLI ----------------------------------------------------------------


def _address_space() -> int | None:
    """This process's virtual size in bytes (Linux), to cap growth from here."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return None


@contextmanager
def _memory_capped() -> Iterator[None]:
    """At most ``MEMORY`` more address space while the CLI runs in-process: a memory bomb
    raises ``MemoryError`` (a failed test) instead of taking the machine down."""
    current = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if current is None or (hard != resource.RLIM_INFINITY and current + MEMORY > hard):
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (current + MEMORY, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def invoke(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """``claimsuite ARGS`` in this process, from ``cwd``; an uncaught exception is reported
    as the traceback Python would have printed."""
    monkeypatch.chdir(cwd)
    loaded = set(sys.modules)
    start = time.perf_counter()
    try:
        with _memory_capped():
            result = CliRunner().invoke(main, args, catch_exceptions=True)
    finally:
        # Local checks are imported as claimsuite_local_checks.*: forget this case's.
        for name in set(sys.modules) - loaded:
            if name.startswith("claimsuite_local_checks"):
                del sys.modules[name]
    seconds = time.perf_counter() - start
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(*result.exc_info))
    return Run(result.exit_code, result.stdout, stderr, seconds)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(args: list[str], cwd: Path = ROOT) -> Run:
    """``python -m claimsuite ARGS`` in a fresh interpreter under ``RLIMIT_AS`` and a timeout."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "claimsuite", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        preexec_fn=_limit_memory,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return Run(result.returncode, result.stdout, result.stderr, time.perf_counter() - start)


def _assert_one_line(result: Run, expected: str) -> None:
    """The expected line comes first; a file with several problems (issue 11: every error
    at once) gives each further one on its own line of the same form, at most 20 and a
    count of the rest."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.code == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[:1] == [expected]
    assert len(lines) <= 21
    for line in lines[1:]:
        assert re.match(r"^claimsuite: \S.*?(:\d+:\d+)?: .+ — .+$", line), line
    assert result.seconds < TIMEOUT


# -- the tests --------------------------------------------------------------------------------


def test_corpus_is_large_and_every_file_is_in_the_table() -> None:
    files = {
        f"{p.parent.name}/{p.name}"
        for kind in ("claims", "articles", "registries", "checks", "projects")
        for p in (ROOT / CORPUS / kind).iterdir()
    }
    assert files == set(TABLE)
    assert len(TABLE) + len(ARGS) >= 40
    assert set(SUBPROCESS) <= set(TABLE) | set(ARGS)


@pytest.mark.parametrize("case", sorted(TABLE))
def test_bad_file(work: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    args, cwd, expected = _case(case, work)
    _assert_one_line(invoke(args, cwd, monkeypatch), expected)


@pytest.mark.parametrize("case", sorted(ARGS))
def test_bad_command_line(work: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    args, cwd, expected = _case(case, work)
    _assert_one_line(invoke(args, cwd, monkeypatch), expected)


@pytest.mark.parametrize("case", SUBPROCESS)
def test_bad_input_in_a_fresh_interpreter(work: Path, case: str) -> None:
    args, cwd, expected = _case(case, work)
    _assert_one_line(run(args, cwd), expected)


def test_nothing_was_written_into_the_corpus() -> None:
    assert not (ROOT / CORPUS / "no-such-dir").exists()
    leftovers = [p for p in (ROOT / CORPUS).rglob("*") if p.name.startswith(".")]
    assert leftovers == []


@pytest.mark.parametrize(
    ("name", "size", "expected"),
    [
        ("huge.yaml", 5_000_001,
         "claim file is 5000001 bytes, over the 5000000 limit — split it up"),
        ("huge.txt", 20_000_001,
         "article is 20000001 bytes, over the 20000000 limit — split it up"),
    ],
)
def test_oversized_files_are_refused_before_reading(
    tmp_path: Path, name: str, size: int, expected: str
) -> None:
    big = tmp_path / name
    with big.open("wb") as handle:
        handle.truncate(size)  # sparse: costs no disk, and must cost no memory either
    args = (["check", SEED, "--claims", str(big)] if name.endswith(".yaml")
            else ["check", str(big), "--claims", CLAIMS])
    _assert_one_line(run(args), f"claimsuite: {big}: {expected}")


def test_the_in_process_memory_cap_holds() -> None:
    """What makes the in-process runs bounded: past the cap an allocation fails, and after
    the run the limit is what it was."""
    before = resource.getrlimit(resource.RLIMIT_AS)
    if _address_space() is None:
        pytest.skip("no /proc/self/status: the in-process runs are not capped here")
    with pytest.raises(MemoryError), _memory_capped():
        bytearray(2 * MEMORY)
    assert resource.getrlimit(resource.RLIMIT_AS) == before
