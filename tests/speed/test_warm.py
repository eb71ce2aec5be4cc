"""The warm index (claimsuite.warm): a re-run over unchanged files prints what a cold run
prints, byte for byte, in every format, without checking, unpickling or rendering an
article; any edit makes the articles it touches be checked again. Counted, never timed."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from click.testing import Result
from tests.repository.conftest import cli

from claimsuite import cache, repository, warm
from claimsuite.reports import FORMATS

SPAIN = "seeds/en-spain-tourism-september-2025.txt"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """What this test's runs did: articles checked, cache entries unpickled, files hashed."""
    seen: dict[str, list] = {"checked": [], "loaded": [], "hashed": []}
    check_one, get, key = repository.check_one, cache.Cache.get, cache.article_key

    def counting_check(pair: repository.Pair, *args: object, **kwargs: object) -> object:
        seen["checked"].append(pair.article.as_posix())
        return check_one(pair, *args, **kwargs)

    def counting_get(self: cache.Cache, found: str) -> object:
        seen["loaded"].append(found)
        return get(self, found)

    def counting_key(run: str, article: Path, claims: Path) -> str:
        seen["hashed"].append(article.as_posix())
        return key(run, article, claims)

    monkeypatch.setattr(repository, "check_one", counting_check)
    monkeypatch.setattr(cache.Cache, "get", counting_get)
    monkeypatch.setattr(cache, "article_key", counting_key)
    return seen


def run(*extra: str, fmt: str = "jsonl") -> Result:
    result = cli("check", "--jobs", "1", "--format", fmt, "--fail-on", "never", *extra)
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def same(a: Result, b: Result) -> None:
    assert a.stdout == b.stdout
    assert a.stderr == b.stderr


def clear(seen: dict[str, list]) -> None:
    for found in seen.values():
        found.clear()


@pytest.mark.parametrize("fmt", FORMATS)
def test_warm_output_is_the_cold_output_in_every_format(
        desk: Path, counted: dict[str, list], fmt: str) -> None:
    cold = run("--no-cache", fmt=fmt)
    first = run(fmt=fmt)
    same(first, cold)
    clear(counted)
    for _ in range(2):
        warm_run = run(fmt=fmt)
        same(warm_run, cold)
    assert counted["checked"] == []
    if fmt in warm.FORMATS:  # served from the index: no entry unpickled
        assert counted["loaded"] == []
    assert "CS006" in cold.stdout or fmt == "claimreview"


def test_warm_output_to_a_file_and_with_failures(desk: Path) -> None:
    cold = cli("check", "--jobs", "1", "--format", "md", "--no-cache", "-o", "cold.md")
    assert cold.exit_code == 1  # the desk has errors
    for _ in range(3):
        again = cli("check", "--jobs", "1", "--format", "md", "-o", "warm.md")
        assert again.exit_code == 1
        assert again.stderr == cold.stderr
        assert Path("warm.md").read_bytes() == Path("cold.md").read_bytes()


@pytest.mark.parametrize("edit", ["article", "claims", "record", "vocabulary", "config",
                                  "local-check"])
def test_an_edit_is_seen_by_the_warm_run(desk: Path, counted: dict[str, list],
                                         edit: str) -> None:
    config = desk / "pyproject.toml"
    if edit == "vocabulary":
        (desk / "house.yaml").write_text(HOUSE, "utf-8")
        config.write_text(config.read_text("utf-8") + 'vocabulary = ["house.yaml"]\n', "utf-8")
    elif edit == "local-check":
        (desk / "checks").mkdir()
        (desk / "checks" / "loc902_quiet.py").write_text(QUIET, "utf-8")
        config.write_text(config.read_text("utf-8").replace(
            'local-checks = ""', 'local-checks = "checks"'), "utf-8")
    run()
    run()
    path = {"article": desk / SPAIN,
            "claims": desk / "claims" / "en-spain-tourism-september-2025.yaml",
            "record": desk / "claims" / "registries" / "statistics.yaml",
            "vocabulary": desk / "house.yaml", "config": config,
            "local-check": desk / "checks" / "loc902_quiet.py"}[edit]
    text = path.read_text("utf-8")
    if edit == "article":
        text = text.replace("September", "Sept.")
    elif edit == "vocabulary":
        text += HOUSE_MORE
    elif edit == "config":
        text += ('\n[[tool.claimsuite.accept]]\npath = "seeds/2025/*"\ncode = "CS006"\n'
                 'claim = "eylul-yillik"\nreason = "the summary rounds"\n')
    elif edit == "local-check":
        text = text.replace("Says nothing.\"", "Says nothing at all.\"")
    else:
        text += "\n# a comment\n"
    path.write_text(text, "utf-8")
    clear(counted)
    after = run()
    checked = list(counted["checked"])
    same(after, run("--no-cache"))
    if edit == "config":  # an acceptance: the same checks, a different report
        assert "the summary rounds" in after.stdout
        assert checked == []
    elif edit in ("article", "claims"):
        assert checked == [SPAIN]
    else:
        assert len(checked) == 4


def test_a_figure_changed_in_one_article_changes_the_other(desk: Path) -> None:
    """The archive reduce: the summary's CS006 finding names the other article's value, so
    an edit of that article's claim file changes the summary's report too."""
    run()
    run()
    path = desk / "claims" / "tr-enflasyon-ekim-2025.yaml"
    text = path.read_text("utf-8")
    assert "33.29%" in text  # the summary says 33.92%
    path.write_text(text.replace("33.29%", "33.92%"), "utf-8")
    same(run(), run("--no-cache"))
    same(run(), run("--no-cache"))


def test_a_file_changed_behind_its_stat_is_hashed_again(
        desk: Path, counted: dict[str, list], monkeypatch: pytest.MonkeyPatch) -> None:
    """Signatures are trusted only when the file is older than its hashing; its ctime,
    which no one can set back, changes with any write."""
    run()
    run()
    clear(counted)
    run()
    assert len(counted["hashed"]) == 4  # just written: too new to be trusted by its stat
    monkeypatch.setattr(warm, "RACY_NS", 0)
    blobs = sorted((desk / ".claimsuite_cache").rglob("blob-*.bin"))
    run()  # hashed again, and now trusted: the index is written again, its blob kept
    assert sorted((desk / ".claimsuite_cache").rglob("blob-*.bin")) == blobs
    clear(counted)
    run()
    assert counted["hashed"] == []
    assert counted["checked"] == []
    path = desk / SPAIN
    before = path.stat()
    text = path.read_text("utf-8")
    path.write_text(text.replace("Spain", "Spian", 1), "utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # same mtime
    assert path.stat().st_size == before.st_size
    clear(counted)
    same(run(), run("--no-cache"))
    assert SPAIN in counted["hashed"]
    assert SPAIN in counted["checked"]


def test_a_bad_or_planted_index_is_a_miss(desk: Path, counted: dict[str, list]) -> None:
    cold = run("--no-cache")
    run()
    indexes = sorted((desk / ".claimsuite_cache").rglob("index-*.pickle"))
    blobs = sorted((desk / ".claimsuite_cache").rglob("blob-*.bin"))
    assert len(indexes) == len(blobs) == 1

    class Boom:
        def __reduce__(self) -> tuple:
            return (os.system, ("echo planted > planted.txt",))

    for bad in (pickle.dumps(Boom()), b"not a pickle", indexes[0].read_bytes()[:40],
                pickle.dumps({"layout": 1, "rows": "x"})):
        indexes[0].write_bytes(bad)
        clear(counted)
        same(run(), cold)
        assert not (desk / "planted.txt").exists()
        assert len(counted["loaded"]) == 4  # answered from the cache entries instead
    blobs = sorted((desk / ".claimsuite_cache").rglob("blob-*.bin"))
    assert len(blobs) == 1  # the replaced index's blob is removed
    blobs[0].write_bytes(blobs[0].read_bytes()[:-10])  # shorter than its rows say: a miss
    clear(counted)
    same(run(), cold)
    assert len(counted["loaded"]) == 4


def test_no_cache_and_the_environment_bypass_the_index(
        desk: Path, counted: dict[str, list], monkeypatch: pytest.MonkeyPatch) -> None:
    run()
    run()
    clear(counted)
    run("--no-cache")
    assert len(counted["checked"]) == 4
    monkeypatch.setenv(cache.ENV_DISABLE, "1")
    clear(counted)
    run()
    assert len(counted["checked"]) == 4


def test_a_warm_run_imports_no_check(desk: Path) -> None:
    """A warm run neither imports the checks nor builds the claim models."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = ("import sys\nfrom claimsuite.cli import main\n"
            "try:\n    main(['check', '-j', '1', '--format', 'jsonl', '--fail-on', 'never'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('claimsuite.checks.cs', "
            "'claimsuite.engine', 'claimsuite.claims.model', 'pydantic_core'))), "
            "file=sys.stderr)\n")
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.stderr.splitlines()[-1] == "[]", done.stderr


HOUSE = """\
language: en
entries:
  - prefer: Spain
    reject: [Espana]
    reason: The English name.
    source: https://example.org/style
"""
HOUSE_MORE = """\
  - prefer: Madrid
    reject: [Madrit]
    reason: The English name.
    source: https://example.org/style
"""

QUIET = '''\
from claimsuite.checks.base import BaseCheck, Scope, Severity, Status


class Quiet(BaseCheck):
    """Says nothing.

    ## What it does
    Nothing.

    ## Why is this bad?
    A test.

    ## Example
    None.
    """

    code = "LOC902"
    name = "quiet"
    severity = Severity.WARNING
    summary = "Says nothing."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx):
        return iter(())
'''


def test_lonely_files_unreadable_claims_and_some_paths(desk: Path) -> None:
    """An article without claim file (CS002), a claim file without article (CS003), a claim
    file that does not load (exit 2), and a run over one folder: warm as cold."""
    (desk / "seeds" / "alone.txt").write_text("Nothing to check.\n", "utf-8")
    (desk / "claims" / "orphan.yaml").write_text("article:\n  language: en\n", "utf-8")
    (desk / "seeds" / "broken.txt").write_text("A broken claim file.\n", "utf-8")
    (desk / "claims" / "broken.yaml").write_text("claims: [\n", "utf-8")
    for args in ((), ("seeds/2025",), ("seeds/2025/enflasyon-ozet.txt", SPAIN)):
        for fmt in ("jsonl", "md"):
            base = ["check", "--jobs", "1", "--format", fmt, "--fail-on", "never", *args]
            cold = cli(*base, "--no-cache")
            for _ in range(3):
                again = cli(*base)
                assert (again.exit_code, again.stdout, again.stderr) == (
                    cold.exit_code, cold.stdout, cold.stderr)
    assert cold.exit_code == 0
    assert cli("check", "-j", "1", "--format", "jsonl", "--fail-on", "never").exit_code == 2


def test_a_crashed_check_is_not_served_again(desk: Path, counted: dict[str, list]) -> None:
    (desk / "checks").mkdir()
    (desk / "checks" / "loc901_flaky.py").write_text(FLAKY, "utf-8")
    first = run("--local-checks", "checks")
    reports = [json.loads(line) for line in first.stdout.splitlines()]
    crashed = [r["article"] for r in reports if any(f["code"] == "CS001" for f in r["findings"])]
    assert crashed == [SPAIN]
    clear(counted)
    same(run("--local-checks", "checks"), first)
    assert counted["checked"] == [SPAIN]


FLAKY = QUIET.replace('"LOC902"', '"LOC901"').replace('"quiet"', '"flaky"').replace(
    "        return iter(())",
    '        if "spain" in str(ctx.article.path):\n'
    '            raise RuntimeError("boom")\n'
    "        return iter(())")
