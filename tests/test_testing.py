"""claimsuite.testing: contexts from strings, loaded as the CLI loads files; findings of a
check, validated as the engine validates them, with the check's own exceptions raised."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimsuite.checks.base import BaseCheck, Context, Finding, Location, Severity
from claimsuite.checks.cs401_claim_not_stated import ClaimNotStated
from claimsuite.errors import ClaimFileError, PluginError
from claimsuite.testing import (
    claim_file,
    findings,
    load_check,
    load_checks,
    make_context,
    messages,
)

ARTICLE = "Merkez Bankası başkanı Ahmet Yılmaz, enflasyonun %40 olduğunu söyledi."
CLAIMS = claim_file("""
    - id: yilmaz
      kind: entity
      type: person
      name: Ahmet Yılmaz
    - id: inflation
      kind: change
      metric: inflation
      period: 2025-04
      rate: 40%
      quote: "enflasyonun %40 olduğunu"
""")
OFFICIALS = """
officials:
  - id: ahmet-yilmaz
    name: Ahmet Yılmaz
    positions:
      - title: Merkez Bankası Başkanı
        from: 2023-06-09
        source:
          title: Atama kararı
          url: https://example.org/atama
          publisher: Resmî Gazete
"""


class Quiet(BaseCheck):
    """Never finds anything.

    ## What it does
    Nothing.

    ## Why is this bad?
    It is not.

    ## Example
    Any claim file.

    Use instead: anything.
    """

    code = "TST001"
    name = "quiet"
    severity = Severity.INFO
    summary = "Never finds anything."

    def run(self, ctx: Context) -> Iterator[Finding]:
        yield from ()


def test_claim_file_puts_the_claims_under_an_article_block() -> None:
    text = claim_file("- id: a\n  kind: entity\n", language="en", published="2025-06",
                      publisher="Example News")
    assert text == (
        "article:\n  language: en\n  published: 2025-06\n  publisher: Example News\n"
        "claims:\n  - id: a\n    kind: entity\n"
    )


def test_make_context_loads_like_the_cli_with_stable_paths() -> None:
    ctx = make_context(ARTICLE, CLAIMS)
    assert ctx.article.path == "article.txt"
    assert ctx.article.language == "tr"  # from the claim file
    assert ctx.claims.path == "claims.yaml"
    assert [c.id for c in ctx.claims.claims] == ["yilmaz", "inflation"]
    assert ctx.at_claim("inflation", "rate") == Location("claims.yaml", 13, 11)
    assert ctx.registries.files == ()
    [passage] = ctx.locator.passages("inflation")
    assert passage.found
    assert passage.exact


def test_make_context_takes_the_language_and_names_given() -> None:
    ctx = make_context("Exports rose by 40%.", CLAIMS, language="en",
                       article_path="seeds/a.txt", claims_path="claims/a.yaml")
    assert (ctx.article.language, ctx.article.path, ctx.claims.path) == (
        "en", "seeds/a.txt", "claims/a.yaml"
    )


def test_the_record_as_text_as_files_or_as_a_folder(tmp_path: Path) -> None:
    as_text = make_context(ARTICLE, CLAIMS, record=OFFICIALS)
    assert list(as_text.registries.officials) == ["ahmet-yilmaz"]
    assert as_text.registries.locate("officials", "ahmet-yilmaz") == ("record/record.yaml", 3, 9)

    as_files = make_context(ARTICLE, CLAIMS, record={"officials.yaml": OFFICIALS})
    assert as_files.registries.locate("officials", "ahmet-yilmaz") == (
        "record/officials.yaml", 3, 9
    )

    folder = tmp_path / "registries"
    folder.mkdir()
    (folder / "officials.yaml").write_text(OFFICIALS.lstrip(), "utf-8")
    as_folder = make_context(ARTICLE, CLAIMS, record=folder)
    assert as_folder.registries.locate("officials", "ahmet-yilmaz") == (
        str(folder / "officials.yaml"), 2, 9
    )


def test_a_record_folder_must_exist_and_be_a_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="record folder"):
        make_context(ARTICLE, CLAIMS, record=tmp_path / "missing")
    with pytest.raises(TypeError, match="is a folder: pass Path"):
        make_context(ARTICLE, CLAIMS, record=str(tmp_path))


def test_a_bad_claim_file_raises_the_cli_line_naming_claims_yaml() -> None:
    bad = CLAIMS.replace("rate: 40%", "rate: forty")
    with pytest.raises(ClaimFileError) as raised:
        make_context(ARTICLE, bad)
    assert str(raised.value).startswith("claims.yaml:13:11: ")
    assert "claimsuite-test-" not in str(raised.value)


def test_a_bad_record_raises_naming_the_record_file() -> None:
    with pytest.raises(ClaimFileError) as raised:
        make_context(ARTICLE, CLAIMS, record={"officials.yaml": "officials: [\n"})
    assert str(raised.value).startswith("record/officials.yaml:")


def test_links_to_the_record_are_checked_as_in_the_cli() -> None:
    linked = CLAIMS.replace("name: Ahmet Yılmaz", "name: Ahmet Yılmaz\n    official: nobody")
    with pytest.raises(ClaimFileError, match="'official' names 'nobody'"):
        make_context(ARTICLE, linked, record=OFFICIALS)


def test_findings_of_a_builtin_check_in_report_order() -> None:
    gone = CLAIMS.replace("enflasyonun %40 olduğunu", "turist sayısının bir milyonu geçtiğini")
    ctx = make_context(ARTICLE, gone)
    found = findings(ctx, ClaimNotStated, Quiet())
    assert [f.code for f in found] == ["CS401"]
    assert found[0].claims == ("inflation",)
    assert messages(ctx, ClaimNotStated) == [found[0].message]
    assert findings(make_context(ARTICLE, CLAIMS), ClaimNotStated, Quiet) == []


def _check(body: str) -> type:
    """A check class whose run(ctx) is ``body``."""
    namespace: dict[str, object] = {}
    exec(
        "def run(self, ctx):\n" + "".join(f"    {line}\n" for line in body.splitlines()),
        {"Finding": Finding, "Location": Location, "Severity": Severity}, namespace,
    )
    return type("Probe", (Quiet,), {"run": namespace["run"], "__doc__": Quiet.__doc__})


def test_a_crash_in_the_check_is_raised_with_its_traceback() -> None:
    ctx = make_context(ARTICLE, CLAIMS)
    with pytest.raises(KeyError, match="limit"):
        findings(ctx, _check("raise KeyError('limit')"))


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("yield 'not a finding'", "check TST001 yielded str, not a Finding"),
        ("yield Finding('TST001', 'warning', 'x')",
         "check TST001 yielded a finding with severity 'warning'"),
        ("yield Finding('TST001', Severity.INFO, 'x', Location('article.txt', 9, 1))",
         "check TST001 yielded a finding at 9:1, outside the article"),
    ],
)
def test_a_finding_the_engine_would_refuse_fails(body: str, problem: str) -> None:
    ctx = make_context(ARTICLE, CLAIMS)
    with pytest.raises(AssertionError, match=problem):
        findings(ctx, _check(body))


def test_a_check_that_breaks_the_interface_is_refused_as_by_the_registry() -> None:
    class NoDocs(Quiet):
        """Only a title."""

    with pytest.raises(PluginError, match="lacks ## What it does"):
        load_check(NoDocs)
    with pytest.raises(PluginError, match="uses the built-in prefix CS"):
        load_check(type("Builtin", (Quiet,), {"code": "CS999", "__doc__": Quiet.__doc__}))
    assert isinstance(load_check(Quiet), Quiet)
    quiet = Quiet()
    assert load_check(quiet) is quiet


def test_load_checks_imports_a_file_or_a_folder_as_the_cli_does(root: Path) -> None:
    folder = load_checks(root / "checks")
    assert "LOC001" in folder
    one = load_checks(root / "checks" / "loc001_figure_source.py")
    assert list(one) == ["LOC001"]
    assert type(one["LOC001"]).__module__ == "claimsuite_local_checks.loc001_figure_source"


def test_load_checks_reports_a_broken_module_like_the_cli(tmp_path: Path) -> None:
    (tmp_path / "tst001_broken.py").write_text("x = 1\nraise KeyError('limit')\n", "utf-8")
    with pytest.raises(PluginError) as raised:
        load_checks(tmp_path)
    assert str(raised.value) == (
        f"{tmp_path / 'tst001_broken.py'}:2: failed to import: KeyError: 'limit' — fix the"
        " module"
    )
