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


HOUSING = (
    "Konut satışları 2025'in ilk çeyreğinde geçen yılın aynı dönemine göre yüzde 12 arttı. "
    "Aynı verilere göre konut satışları 2025'in ilk çeyreğinde yüzde 15 yükseldi."
)
HOUSING_CLAIMS = """\
- id: sales-12
  kind: change
  metric: housing-sales
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 12%
  quote: "geçen yılın aynı dönemine göre yüzde 12 arttı"
- id: sales-15
  kind: change
  metric: housing-sales
  period: 2025-Q1
  rate: 15%
  quote: "konut satışları 2025'in ilk çeyreğinde yüzde 15 yükseldi"
"""


def test_an_attribution_is_not_a_comparison_base(tmp_path: Path) -> None:
    """Issue 13 §6 input 5: "Aynı verilere göre" credits a source; it compares nothing."""
    found = run(PercentWithoutBase(), context(tmp_path, "tr", HOUSING_CLAIMS, HOUSING))
    assert [f.message for f in found] == [
        "claim sales-15 gives 15% for 2025-Q1 with no base_period: compared with when?"
    ]


NOBODY = """\
- id: nobody
  kind: entity
  type: other
  name: Nobody
  implied: true
"""


def test_attributions_period_words_bounds_and_sources_are_not_bases(tmp_path: Path) -> None:
    tr = [
        "TÜİK'e göre ihracat %15 arttı.",
        "Bakanlığın verilerine göre ihracat %15 arttı.",
        "Geçen yıl ihracat %15 arttı.",
        "Tahmine göre üretim %15 azaldı.",
    ]
    for text in tr:
        [finding] = run(PercentWithoutBase(), context(tmp_path, "tr", NOBODY, text))
        assert finding.message.startswith("'%15' is a change with no comparison base"), text
    en = [
        "Turnout rose 15% to more than 2 million voters.",
        "Revenue from visitors rose 15%.",
        "Last year, exports rose 15%.",
    ]
    for text in en:
        [finding] = run(PercentWithoutBase(), context(tmp_path, "en", NOBODY, text))
        assert finding.message.startswith("'15%' is a change with no comparison base"), text


def test_a_comparison_word_next_to_a_time_word_or_date_is_a_base(tmp_path: Path) -> None:
    tr = [
        "İhracat geçen yıla göre %15 arttı.",
        "İhracat 2024'e göre %15 arttı.",
        "İhracat bir önceki aya göre %15 arttı.",
        "Kapasite salgın öncesi seviyeye göre %15 arttı.",
        "İhracat geçen yılın aynı dönemine göre %15 arttı.",
    ]
    for text in tr:
        assert run(PercentWithoutBase(), context(tmp_path, "tr", NOBODY, text)) == [], text
    en = [
        "Prices rose 15% from a year earlier.",
        "Prices rose 15% from 2.9 percent in August.",
        "Energy prices rose 15% over the month.",
        "Sales were 15% higher than last year.",
    ]
    for text in en:
        ctx = context(tmp_path, "en", NOBODY, text)
        found = [f.message for f in run(PercentWithoutBase(), ctx)]
        assert not any("'15%'" in m for m in found), text


def test_a_share_is_never_asked_about(tmp_path: Path) -> None:
    claims = """\
- id: coverage
  kind: share
  metric: export-import-coverage
  period: 2025-10
  share: 76%
  quote: "karşılama oranı yüzde 76 oldu"
"""
    text = "Ekim ayında ihracatın ithalatı karşılama oranı yüzde 76 oldu."
    assert run(PercentWithoutBase(), context(tmp_path, "tr", claims, text)) == []
