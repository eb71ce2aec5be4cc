from __future__ import annotations

from claimsuite.checks.cs609_comparison_base import ComparisonBase
from claimsuite.testing import claim_file, findings, make_context


def claims(quote: str, base: str = "", language: str = "tr", rate: str = "72%") -> str:
    base_line = f"\n          base_period: {base}" if base else ""
    return claim_file(f"""
        - id: growth
          kind: change
          metric: exports
          period: 2025-Q1{base_line}
          rate: {rate}
          quote: "{quote}"
    """, language=language)


TR = "2025 yılının ilk çeyreğinde ihracat geçtiğimiz yılın aynı dönemine göre %72 arttı."


def test_the_base_is_stated_as_read_and_agreeing() -> None:
    ctx = make_context(TR, claims(TR.removesuffix("."), "2024-Q1"))
    [finding] = findings(ctx, ComparisonBase)
    assert finding.message == (
        "'geçtiğimiz yılın aynı dönemine' read as 2024-Q1: claim growth compares the 2025-Q1"
        " figure (72%) with 2024-Q1, as the claim file's base_period says"
    )
    assert finding.suggestion is None


def test_without_base_period_it_is_suggested() -> None:
    ctx = make_context(TR, claims(TR.removesuffix(".")))
    [finding] = findings(ctx, ComparisonBase)
    assert finding.message.endswith("; the claim file gives no base_period")
    assert finding.suggestion == "2024-Q1"


def test_a_contradicting_base_period_is_left_to_cs204() -> None:
    ctx = make_context(TR, claims(TR.removesuffix("."), "2023-Q1"))
    assert findings(ctx, ComparisonBase) == []


def test_english() -> None:
    text = (
        "Exports grew by 12% in the first quarter of 2025 compared with the same quarter"
        " last year."
    )
    ctx = make_context(text, claims(text.removesuffix("."), "2024-Q1", "en", "12%"))
    [finding] = findings(ctx, ComparisonBase)
    assert finding.message.startswith("'the same quarter last year' read as 2024-Q1")


def test_no_relative_base_no_row() -> None:
    text = "2025 yılının ilk çeyreğinde ihracat 2024'ün ilk çeyreğine göre %72 arttı."
    ctx = make_context(text, claims(text.removesuffix("."), "2024-Q1"))
    assert findings(ctx, ComparisonBase) == []
