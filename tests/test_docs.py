from __future__ import annotations

import importlib.util
import inspect
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite import docs, testing
from claimsuite.checks.registry import build_registry
from claimsuite.cli import main


def test_check_docs_are_current(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    assert docs.main(["--check"]) == 0, "docs/checks is stale: run python -m claimsuite.docs"


def test_every_check_documents_an_example() -> None:
    for check in build_registry(None):
        doc = inspect.getdoc(type(check)) or ""
        assert "## Example" in doc
        assert "Use instead:" in doc, check.code


# -- docs/writing-a-check.md: its example is code that runs -----------------------------------

EXAMPLE = re.compile(r"<!-- example: (\S+) -->\n```python\n(.*?)\n```\n", re.DOTALL)


def examples(root: Path) -> dict[str, str]:
    """The files ``docs/writing-a-check.md`` shows, by the path each is shown at."""
    text = (root / "docs" / "writing-a-check.md").read_text("utf-8")
    return {path: code + "\n" for path, code in EXAMPLE.findall(text)}


@pytest.fixture
def example_project(root: Path, tmp_path: Path) -> Path:
    """A project as the page describes it: pyproject.toml, checks/, tests/."""
    (tmp_path / "pyproject.toml").write_text("[tool.claimsuite]\n", "utf-8")
    for path, code in examples(root).items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(code, "utf-8")
    return tmp_path


def test_the_page_shows_a_check_and_its_test(root: Path) -> None:
    assert sorted(examples(root)) == ["checks/dsk001_long_quote.py",
                                      "tests/test_dsk001_long_quote.py"]


def test_the_example_check_passes_its_example_test(example_project: Path) -> None:
    path = example_project / "tests" / "test_dsk001_long_quote.py"
    spec = importlib.util.spec_from_file_location("writing_a_check_example", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tests = [f for name, f in sorted(vars(module).items()) if name.startswith("test_")]
    assert len(tests) == 2
    for test in tests:
        test()


def test_the_example_check_runs_in_the_cli(
    example_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(example_project)
    words = " ".join(f"kelime{i}" for i in range(30))
    Path("article.txt").write_text(f"İhracat %12 arttı: {words}.\n", "utf-8")
    Path("claims.yaml").write_text(testing.claim_file(f"""
        - id: growth
          kind: change
          metric: exports
          period: 2025-Q1
          rate: 12%
          quote: "İhracat %12 arttı: {words}"
    """), "utf-8")
    listed = CliRunner().invoke(main, ["checks"])
    assert listed.exit_code == 0, listed.output
    assert "DSK001  info     long-quote: A claim quotes more than 25 words" in listed.output
    result = CliRunner().invoke(
        main, ["check", "article.txt", "--claims", "claims.yaml", "--select", "DSK",
               "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [f["message"] for f in report["findings"]] == [
        "the quote of claim growth is 33 words long; quote at most 25 words"
    ]


def test_docs_writes_local_check_pages_apart_from_the_builtin_ones(
    example_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(example_project)
    pages = Path("docs/local-checks")
    assert docs.main(["--check"]) == 1  # nothing written yet
    assert docs.main([]) == 0
    assert sorted(p.name for p in pages.iterdir()) == ["DSK001.md", "index.md"]
    assert not Path("docs/checks").exists()  # built-in pages stay with claimsuite
    page = (pages / "DSK001.md").read_text("utf-8")
    assert page.startswith("# DSK001 long-quote\n\nSeverity: **info**.")
    assert "Defined in `checks/dsk001_long_quote.py`." in page
    assert "## Why is this bad?" in page
    assert "| [DSK001](DSK001.md) | long-quote | info |" in (pages / "index.md").read_text()
    assert docs.main(["--check"]) == 0

    check = Path("checks/dsk001_long_quote.py")
    check.write_text(check.read_text("utf-8").replace("25 words of", "25 words in"), "utf-8")
    (pages / "LOC999.md").write_text("# a check that is gone\n", "utf-8")
    capsys.readouterr()
    assert docs.main(["--check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "docs/local-checks/DSK001.md: stale — run python -m claimsuite.docs",
        "docs/local-checks/index.md: stale — run python -m claimsuite.docs",
        "docs/local-checks/LOC999.md: stale — run python -m claimsuite.docs",
    ]
    assert docs.main([]) == 0
    assert sorted(p.name for p in pages.iterdir()) == ["DSK001.md", "index.md"]
    assert docs.main(["--check"]) == 0


def test_docs_reports_a_broken_local_check_in_one_line(
    example_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(example_project)
    Path("checks/dsk002_broken.py").write_text("import not_a_module_anywhere\n", "utf-8")
    assert docs.main([]) == 2
    assert capsys.readouterr().err == (
        "claimsuite: checks/dsk002_broken.py:1: failed to import: ModuleNotFoundError: No module"
        " named 'not_a_module_anywhere' — fix the module\n"
    )
