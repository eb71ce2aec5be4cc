"""The repository-mode cache (claimsuite.cache): what it remembers, when it forgets, and what
it refuses to load. Counted, never timed: a warm run checks no article at all."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from tests.repository.conftest import cli

from claimsuite import cache, repository


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles this test's runs really checked."""
    seen: list[str] = []
    real = repository.check_one

    def counting(pair: repository.Pair, *args: object, **kwargs: object) -> object:
        seen.append(pair.article.as_posix())
        return real(pair, *args, **kwargs)

    monkeypatch.setattr(repository, "check_one", counting)
    return seen


def run(*extra: str) -> str:
    result = cli("check", "--jobs", "1", "--format", "json", "--fail-on", "never", *extra)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_warm_run_checks_nothing_and_reports_the_same(desk: Path, checked: list[str]) -> None:
    cold = run()
    assert len(checked) == 4
    assert (desk / ".claimsuite_cache" / "CACHEDIR.TAG").is_file()
    assert (desk / ".claimsuite_cache" / ".gitignore").read_text("utf-8").endswith("*\n")
    checked.clear()
    assert run() == cold
    assert checked == []
    # The archive reduce still runs over the cached facts: CS006 is in the warm report.
    assert "CS006" in cold


def test_no_cache_checks_everything_and_writes_nothing(desk: Path, checked: list[str]) -> None:
    cold = run("--no-cache")
    assert not (desk / ".claimsuite_cache").exists()
    run()
    checked.clear()
    assert run("--no-cache") == cold
    assert len(checked) == 4


@pytest.mark.parametrize("edit", ["article", "claims", "record", "settings"])
def test_a_changed_input_is_checked_again(desk: Path, checked: list[str], edit: str) -> None:
    run()
    checked.clear()
    if edit == "article":
        path = desk / "seeds" / "en-spain-tourism-september-2025.txt"
        path.write_text(path.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    elif edit == "claims":
        path = desk / "claims" / "en-spain-tourism-september-2025.yaml"
        path.write_text(path.read_text("utf-8") + "\n# a comment\n", "utf-8")
    elif edit == "record":
        path = desk / "claims" / "registries" / "statistics.yaml"
        path.write_text(path.read_text("utf-8") + "\n# a comment\n", "utf-8")
    else:
        run("--ignore", "CS6")
        assert len(checked) == 4
        return
    run()
    expected = 1 if edit in ("article", "claims") else 4
    assert len(checked) == expected
    if expected == 1:
        assert checked == ["seeds/en-spain-tourism-september-2025.txt"]


def test_another_version_never_reads_the_entries(desk: Path, checked: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    run()
    checked.clear()
    monkeypatch.setattr(cache, "version_key", lambda: "0.0.0-other")
    run()
    assert len(checked) == 4


def test_a_bad_or_planted_entry_is_a_miss(desk: Path, checked: list[str]) -> None:
    run()
    entries = sorted((desk / ".claimsuite_cache").rglob("*.pickle"))
    assert len(entries) == 4

    class Boom:
        def __reduce__(self) -> tuple:
            return (os.system, ("echo planted > planted.txt",))

    entries[0].write_bytes(pickle.dumps(Boom()))
    entries[1].write_bytes(b"not a pickle")
    entries[2].write_bytes(entries[2].read_bytes()[:40])
    checked.clear()
    run()
    assert len(checked) == 3
    assert not (desk / "planted.txt").exists()


def test_entries_are_written_atomically(desk: Path) -> None:
    run()
    leftovers = [p for p in (desk / ".claimsuite_cache").rglob("*") if p.suffix == ".tmp"]
    assert leftovers == []


def test_cache_is_safe_with_jobs(desk: Path) -> None:
    result = cli("check", "--jobs", "2", "--format", "json", "--fail-on", "never")
    again = cli("check", "--jobs", "2", "--format", "json", "--fail-on", "never")
    cold = cli("check", "--jobs", "1", "--format", "json", "--fail-on", "never", "--no-cache")
    for run_ in (result, again, cold):
        assert run_.exit_code == 0, (run_.output, run_.exception)
    assert result.stdout == again.stdout == cold.stdout
    assert len(list((desk / ".claimsuite_cache").rglob("*.pickle"))) == 4


FLAKY = '''\
from claimsuite.checks.base import BaseCheck, Scope, Severity, Status


class Flaky(BaseCheck):
    """Crashes on one article.

    ## What it does
    Nothing, or it crashes.

    ## Why is this bad?
    A test.

    ## Example
    None.
    """

    code = "LOC901"
    name = "flaky"
    severity = Severity.WARNING
    summary = "Crashes on the Spanish article."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx):
        if "spain" in str(ctx.article.path):
            raise RuntimeError("boom")
        return iter(())
'''


def test_a_crashed_check_is_not_remembered(desk: Path, checked: list[str]) -> None:
    (desk / "checks").mkdir()
    (desk / "checks" / "loc901_flaky.py").write_text(FLAKY, "utf-8")
    first = run("--local-checks", "checks")
    assert "CS001" in first
    checked.clear()
    assert run("--local-checks", "checks") == first
    assert checked == ["seeds/en-spain-tourism-september-2025.txt"]


def test_the_loader_rebuilds_only_claimsuite_data_classes() -> None:
    from claimsuite.findings import Location  # noqa: PLC0415

    where = Location("a.txt", 3, 4, end_line=3, end_col=9)
    data = cache._Dumper.__module__  # the dumper stores (class, values)
    assert data == "claimsuite.cache"
    import io  # noqa: PLC0415

    buffer = io.BytesIO()
    cache._Dumper(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(where)
    back = cache._Loader(io.BytesIO(buffer.getvalue())).load()
    assert back == where
    assert (back.end_line, back.end_col) == (3, 9)
    for cls, values in ((object, ()), (Path, ("x",)), (Location, ("a.txt",))):
        with pytest.raises(pickle.UnpicklingError):
            cache._rebuild(cls, values)


def test_other_versions_are_removed_when_this_one_writes(desk: Path) -> None:
    old = desk / ".claimsuite_cache" / "0.0.9-0123456789abcdef" / "ab"
    old.mkdir(parents=True)
    (old / "entry.pickle").write_bytes(b"old")
    keep = desk / ".claimsuite_cache" / "notes"
    keep.mkdir()
    run()
    assert not old.parent.exists()
    assert keep.is_dir()
    assert (desk / ".claimsuite_cache" / cache.version_key()).is_dir()
