"""Each check's findings are its own: selecting or ignoring one check never changes what
the others report (issue 9). Shared analyses live in ``claimsuite.analysis`` and decide
"already accounted for", "changed" and "contradicted" the same way for every check."""

from __future__ import annotations

from pathlib import Path

import pytest
from dated_context import make_context

from claimsuite.checks.base import Check, Context, Finding
from claimsuite.checks.registry import build_registry
from claimsuite.claims.load import Registries, load_claims, load_registries
from claimsuite.engine import run_checks
from claimsuite.text.article import Article

ROOT = Path(__file__).resolve().parents[2]
CHECKS = list(build_registry(ROOT / "checks"))

GROWTH = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  rate: 72%
  quote: "2025'in ilk çeyreğinde ihracat %72 arttı"
"""
GROWTH_TEXT = (
    "2025'in ilk çeyreğinde ihracat %72 arttı. "
    "Bakanlık, 2025'in ilk çeyreğinde ihracatın %52 arttığını açıkladı."
)


def _seed(_: Path) -> Context:
    claims = load_claims(ROOT / "claims" / "tr-us-defense-2025.yaml")
    text = (ROOT / "seeds" / "tr-us-defense-2025.txt").read_text("utf-8")
    return Context(
        Article.from_text(text, claims.file.article.language),
        claims,
        load_registries(ROOT / "claims" / "registries"),
    )


def _english(_: Path) -> Context:
    folder = ROOT / "tests" / "fixtures" / "en"
    claims = load_claims(folder / "trade-talks-2025.yaml")
    text = (folder / "trade-talks-2025.txt").read_text("utf-8")
    return Context(Article.from_text(text, "en"), claims, Registries())


def _growth(tmp_path: Path) -> Context:
    return make_context(tmp_path, GROWTH_TEXT, GROWTH)


CASES = {"seed": _seed, "english": _english, "72-and-52": _growth}

CORPUS = ROOT / "tests" / "corpus"
CORPUS_ARTICLES = sorted(p.stem for p in (CORPUS / "articles").glob("*.txt"))


def _corpus(article: str) -> Context:
    claims = load_claims(CORPUS / "claims" / f"{article}.yaml")
    text = (CORPUS / "articles" / f"{article}.txt").read_text("utf-8")
    return Context(
        Article.from_text(text, claims.file.article.language),
        claims,
        load_registries(CORPUS / "record"),
    )


def _fresh(ctx: Context) -> Context:
    """The same inputs with none of the shared analyses computed yet."""
    return Context(ctx.article, ctx.claims, ctx.registries)


def _by_check(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for finding in findings:
        out.setdefault(finding.code, []).append(finding)
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_other_checks_report_the_same_with_and_without_each_check(
    case: str, tmp_path: Path
) -> None:
    inputs = CASES[case](tmp_path)
    everything = _by_check(run_checks(_fresh(inputs), CHECKS))
    assert "CS001" not in everything, everything.get("CS001")
    for left_out in CHECKS:
        others: list[Check] = [c for c in CHECKS if c is not left_out]
        without = _by_check(run_checks(_fresh(inputs), others))
        expected = {code: f for code, f in everything.items() if code != left_out.code}
        assert without == expected, f"{case}: leaving out {left_out.code} changes the others"


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_check_alone_reports_what_it_reports_among_all(case: str, tmp_path: Path) -> None:
    inputs = CASES[case](tmp_path)
    everything = _by_check(run_checks(_fresh(inputs), CHECKS))
    for check in CHECKS:
        alone = _by_check(run_checks(_fresh(inputs), [check]))
        assert alone.get(check.code, []) == everything.get(check.code, []), check.code


def test_the_second_figure_has_one_owner_whatever_is_selected(tmp_path: Path) -> None:
    """%52 contradicts the claim's %72: CS103 reports it, and no other check does, both
    with CS103 selected and without it."""
    everything = run_checks(_growth(tmp_path), CHECKS)
    on_52 = [f for f in everything if f.article and "%52" in f.message]
    assert [f.code for f in on_52] == ["CS103"]
    rest = run_checks(_growth(tmp_path), [c for c in CHECKS if c.code != "CS103"])
    assert not [f for f in rest if "%52" in f.message]


@pytest.mark.parametrize("article", CORPUS_ARTICLES)
def test_corpus_checks_alone_report_what_they_report_among_all(article: str) -> None:
    """The corpus articles raise many kinds of findings: each check's are its own."""
    inputs = _corpus(article)
    everything = _by_check(run_checks(_fresh(inputs), CHECKS))
    for check in CHECKS:
        alone = _by_check(run_checks(_fresh(inputs), [check]))
        assert alone.get(check.code, []) == everything.get(check.code, []), check.code
