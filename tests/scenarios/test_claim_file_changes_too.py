"""Desks update the article AND its claim file in one commit, consistently. Then the
article-vs-claim checks stay quiet, and only cross-claim logic and the registries can catch
a mistake. Each scenario edits copies of the seed and its claim file the same way."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimsuite import engine
from claimsuite.checks.base import Finding, Severity

SEED = Path("seeds/tr-us-defense-2025.txt")
CLAIMS = Path("claims/tr-us-defense-2025.yaml")
REGISTRIES = Path("claims/registries")


@pytest.fixture(autouse=True)
def _in_repo(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)


def run(
    tmp_path: Path,
    article_edits: list[tuple[str, str]] = (),  # type: ignore[assignment]
    claim_edits: list[tuple[str, str]] = (),  # type: ignore[assignment]
    reflow: bool = False,
) -> list[Finding]:
    article = SEED.read_text("utf-8")
    claims = CLAIMS.read_text("utf-8")
    for old, new in article_edits:
        assert old in article, old
        article = article.replace(old, new)
    for old, new in claim_edits:
        assert old in claims, old
        claims = claims.replace(old, new)
    if reflow:
        article = "\n".join(textwrap.fill(line, 72) for line in article.split("\n"))
    (tmp_path / "article.txt").write_text(article, "utf-8")
    (tmp_path / "claims.yaml").write_text(claims.replace(str(SEED), "article.txt"), "utf-8")
    inputs = engine.load_inputs(tmp_path / "article.txt", tmp_path / "claims.yaml", REGISTRIES)
    return list(engine.check(inputs).findings)


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def test_follow_up_meeting_dated_before_the_first(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        article_edits=[("2026 yılında", "2024 yılında")],
        claim_edits=[("2026 yılında", "2024 yılında"), ("period: 2026", "period: 2024")],
    )
    [follow_up] = [f for f in findings if f.code == "CS203"]
    assert follow_up.severity is Severity.ERROR
    assert follow_up.claims == ("hldg-meeting-2025", "next-meeting-2026")
    assert "its period is 2024" in follow_up.message
    # The edit is consistent, so the article-vs-claim checks have nothing to say.
    assert not codes(findings) & {"CS401", "CS402"}


def test_growth_rate_no_longer_fits_value_and_baseline(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        article_edits=[("%72 artışla", "%27 artışla")],
        claim_edits=[
            ("%72 artışla", "%27 artışla"),
            ("rate: 72%", "rate: 27%\n    base_value: 0.99 billion USD"),
        ],
    )
    [arithmetic] = [f for f in findings if f.code == "CS101"]
    assert arithmetic.claims == ("exports-2025-q1-growth",)
    assert "a 27% change to 1.7 billion USD" in arithmetic.message
    assert "gives 990 million USD" in arithmetic.message
    # The rate and value still match the article; only the added baseline is not in it.
    # The article states no other base value, so nothing contradicts it: a question, not an
    # error (issue 13 §1: only a contradicted field is an error).
    assert not [f for f in findings if f.code == "CS402"]
    unconfirmed = [f for f in findings if f.code == "CS405"]
    assert [f.message for f in unconfirmed] == [
        "claim exports-2025-q1-growth: the passage has no phrase for the base_value "
        "990 million USD"
    ]
    assert unconfirmed[0].severity is Severity.INFO


def test_rank_the_officials_registry_contradicts(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        article_edits=[("Tümgeneral İlkay", "Orgeneral İlkay")],
        claim_edits=[
            ("Tümgeneral İlkay", "Orgeneral İlkay"),
            ("rank: Tümgeneral", "rank: Orgeneral"),
        ],
    )
    officials = [f for f in findings if f.code in {"CS304", "CS305"}]
    assert any(
        "altindag-role" in f.claims and "rank as Orgeneral on 2025-04-28" in f.message
        for f in officials
    ), [f.message for f in officials]
    assert not codes(findings) & {"CS401", "CS402"}


def test_reflowed_article_adds_no_error_or_warning(tmp_path: Path) -> None:
    def serious(findings: list[Finding]) -> set[tuple[str, tuple[str, ...]]]:
        return {
            (f.code, f.claims)
            for f in findings
            if f.severity in {Severity.ERROR, Severity.WARNING}
        }

    before = serious(run(tmp_path))
    after = serious(run(tmp_path, reflow=True))
    assert after <= before, after - before
    # The cross-claim findings of the seed survive the reflow.
    assert {c for c, _ in before} >= {"CS201", "CS202"}
