"""Every bad input gives exactly one line on stderr, exit code 2, no traceback, in bounded time
and memory. The inputs are files in ``corpus/``; the expected lines are in
``corpus/expected.tsv``, reviewed like snapshots."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = "tests/hardening/corpus"
SEED = "seeds/tr-us-defense-2025.txt"
CLAIMS = "claims/tr-us-defense-2025.yaml"
TIMEOUT = 60  # seconds per run; a healthy run takes about one
MEMORY = 1 << 30  # 1 GiB of address space per run


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def run(args: list[str], cwd: Path = ROOT) -> Run:
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
    return Run(result.returncode, result.stdout, result.stderr)


def _args(case: str) -> list[str]:
    kind = case.partition("/")[0]
    path = f"{CORPUS}/{case}"
    return {
        "claims": ["check", SEED, "--claims", path],
        "articles": ["check", path, "--claims", CLAIMS],
        "registries": ["check", SEED, "--claims", CLAIMS, "--registries", path],
        # These two run in a working copy (see _working_copy).
        "checks": ["check", str(ROOT / SEED), "--claims", str(ROOT / CLAIMS),
                   "--local-checks", case],
        "projects": ["check", f"{case}/article.txt", "--claims", f"{case}/claims.yaml"],
    }[kind]


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
        " --registries",
    ),
    "local-checks-is-a-file": (
        ["check", SEED, "--claims", CLAIMS, "--local-checks", f"{CORPUS}/expected.tsv"],
        f"claimsuite: {CORPUS}/expected.tsv: is a file, not a folder — pass an existing folder"
        " to --local-checks",
    ),
}


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
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """All corpus runs at once, in parallel: each is its own interpreter."""
    work = _working_copy(tmp_path_factory.mktemp("work"))
    jobs = [(case, _args(case), work if case.startswith(("checks/", "projects/")) else ROOT)
            for case in TABLE]
    jobs += [(name, args, ROOT) for name, (args, _) in ARGS.items()]
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1)) as pool:
        done = pool.map(lambda job: run(job[1], job[2]), jobs)
        return {job[0]: result for job, result in zip(jobs, done, strict=True)}


def test_corpus_is_large_and_every_file_is_in_the_table() -> None:
    files = {
        f"{p.parent.name}/{p.name}"
        for kind in ("claims", "articles", "registries", "checks", "projects")
        for p in (ROOT / CORPUS / kind).iterdir()
    }
    assert files == set(TABLE)
    assert len(TABLE) + len(ARGS) >= 40


def _assert_one_line(result: Run, expected: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.code == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [expected]


@pytest.mark.parametrize("case", sorted(TABLE))
def test_bad_file(results: dict[str, Run], case: str) -> None:
    _assert_one_line(results[case], TABLE[case])


@pytest.mark.parametrize("case", sorted(ARGS))
def test_bad_command_line(results: dict[str, Run], case: str) -> None:
    _assert_one_line(results[case], ARGS[case][1])


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
