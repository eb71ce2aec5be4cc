from __future__ import annotations

from pathlib import Path

from dated_context import col, context
from dated_context import findings as run

from claimsuite.checks.base import Location, Severity
from claimsuite.checks.cs605_percent_without_base import PercentWithoutBase

CLAIMS = """\
- id: growth-2023
  kind: change
  metric: exports
  period: 2023-Q1
  rate: 70%
  quote: "2023’ün ilk çeyreğinde elde edilen %70 oranında ihracat artışı"
- id: growth-2025
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  quote: "2025'in ilk çeyreğinde ihracat geçen yılın aynı dönemine göre %72 arttı"
"""
TEXT = (
    "2023’ün ilk çeyreğinde elde edilen %70 oranında ihracat artışı dikkat çekti. "
    "2025'in ilk çeyreğinde ihracat geçen yılın aynı dönemine göre %72 arttı."
)


def test_change_claim_without_base(tmp_path: Path) -> None:
    [finding] = run(PercentWithoutBase(), context(tmp_path, "tr", CLAIMS, TEXT))
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "claim growth-2023 gives 70% for 2023-Q1 with no base_period: compared with when?"
    )
    assert finding.article == Location("<text>", 1, col(TEXT, "%70"))
    assert finding.claims == ("growth-2023",)
    assert finding.fields == ("rate", "base_period")


def test_claim_without_base_whose_sentence_compares(tmp_path: Path) -> None:
    old, new = "elde edilen %70 oranında ihracat artışı", "yıllık bazda %70 ihracat artışı"
    claims, text = CLAIMS.replace(old, new), TEXT.replace(old, new)
    [finding] = run(PercentWithoutBase(), context(tmp_path, "tr", claims, text))
    assert finding.message == (
        "claim growth-2023 gives 70% for 2023-Q1 with no base_period, though its sentence "
        "compares ('yıllık bazda'): add it"
    )
    assert finding.article == Location("<text>", 1, col(text, "%70"))


def test_uncovered_percent_change_without_base(tmp_path: Path) -> None:
    text = TEXT + " İthalat %15 azaldı. Payı %40 oldu. İhracat 2024'e göre %10 arttı."
    claims = CLAIMS.replace("  rate: 70%\n", "  rate: 70%\n  base_period: 2022-Q1\n")
    [finding] = run(PercentWithoutBase(), context(tmp_path, "tr", claims, text))
    assert finding.message == (
        "'%15' is a change with no comparison base in its sentence and "
        "no claim: compared with when?"
    )
    assert finding.article == Location("<text>", 1, col(text, "%15"))
    assert finding.claims == ()


def test_english(tmp_path: Path) -> None:
    claims = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  quote: "exports rose 72% in the first quarter of 2025 from a year earlier"
"""
    text = (
        "Exports rose 72% in the first quarter of 2025 from a year earlier. Imports fell 15%. "
        "Services grew 5% year on year."
    )
    [finding] = run(PercentWithoutBase(), context(tmp_path, "en", claims, text))
    assert finding.message == (
        "'15%' is a change with no comparison base in its sentence and "
        "no claim: compared with when?"
    )
    assert finding.article == Location("<text>", 1, col(text, "15%"))
