from __future__ import annotations

from pathlib import Path

from dated_context import context
from dated_context import findings as run

from claimsuite.checks.base import Location, Related, Severity
from claimsuite.checks.cs103_contradicting_figure import ContradictingFigure

TR_CLAIMS = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  value: 1.7 billion USD
  quote: >-
    2025 yılına ait ilk çeyrekte ihracat geçen yılın aynı dönemine göre %72 artışla
    1,7 milyar dolara ulaştı
"""
TR_TEXT = (
    "2025 yılına ait ilk çeyrekte ihracat geçen yılın aynı dönemine göre %72 artışla "
    "1,7 milyar dolara ulaştı.\n"
)


def test_second_percent_for_the_same_period_contradicts(tmp_path: Path) -> None:
    text = TR_TEXT + "Bakanlık, 2025'in ilk çeyreğinde ihracatın %52 arttığını açıkladı."
    [finding] = run(ContradictingFigure(), context(tmp_path, "tr", TR_CLAIMS, text))
    col = text.split("\n")[1].index("%52") + 1
    claimed = TR_TEXT.index("%72") + 1
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "the article says %52 for 2025-Q1; claim growth says 72% (rate, exports)"
    )
    assert finding.article == Location("<text>", 2, col)
    assert (finding.article.end_line, finding.article.end_col) == (2, col + 3)
    assert finding.claims == ("growth",)
    assert finding.fields == ("rate",)
    assert finding.suggestion == "72%"
    [related] = finding.related
    assert related.message == "claim growth says 72%"
    assert related.location == Location("<text>", 1, claimed)


def test_second_amount_for_the_same_period_contradicts(tmp_path: Path) -> None:
    text = TR_TEXT + "2025'in ilk çeyreğinde ihracat 1,2 milyar dolar oldu."
    [finding] = run(ContradictingFigure(), context(tmp_path, "tr", TR_CLAIMS, text))
    col = text.split("\n")[1].index("1,2") + 1
    claimed = TR_TEXT.index("1,7") + 1
    assert finding.message == (
        "the article says 1,2 milyar dolar for 2025-Q1; claim growth says "
        "1.7 billion USD (value, exports)"
    )
    assert finding.article == Location("<text>", 2, col)
    assert finding.fields == ("value",)
    assert finding.suggestion == "1.7 billion USD"
    assert [r.location for r in finding.related] == [Location("<text>", 1, claimed)]


def test_same_fact_restated_another_way_is_quiet(tmp_path: Path) -> None:
    text = TR_TEXT + "2025'in ilk çeyreğinde ihracat yüzde 72 arttı ve 1.700.000.000 dolar oldu."
    assert run(ContradictingFigure(), context(tmp_path, "tr", TR_CLAIMS, text)) == []


def test_other_period_or_other_unit_is_not_a_contradiction(tmp_path: Path) -> None:
    text = TR_TEXT + (
        "2024'ün ilk çeyreğinde ihracat %52 artmıştı. "
        "2025'in ilk çeyreğinde 40 bin ton ürün satıldı."
    )
    assert run(ContradictingFigure(), context(tmp_path, "tr", TR_CLAIMS, text)) == []


def test_english_contradiction_uses_the_nearest_period(tmp_path: Path) -> None:
    claims = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  rate: 72%
  quote: "exports rose 72% in the first quarter of 2025"
"""
    text = (
        "Defence exports rose 72% in the first quarter of 2025. In 2024 exports grew 40%, "
        "and in the first quarter of 2025 they grew 52%."
    )
    [finding] = run(ContradictingFigure(), context(tmp_path, "en", claims, text))
    assert finding.message == (
        "the article says 52% for 2025-Q1; claim growth says 72% (rate, exports)"
    )
    assert finding.article == Location("<text>", 1, text.index("52%") + 1)
    assert finding.related == (
        Related("claim growth says 72%", Location("<text>", 1, text.index("72%") + 1)),
    )


BUDGET_CLAIMS = """\
- id: deficit-2025
  kind: quantity
  metric: budget-deficit
  period: 2025
  value: 1799.1 billion TRY
  quote: "2025 yılında bütçe açığı 1 trilyon 799,1 milyar lira oldu"
- id: forecast
  kind: forecast
  what: the 2025 budget deficit
  period: 2025
  quote: "2025 yılında bütçe açığının 2 trilyon 208 milyar lira olacağını tahmin etmekteyiz"
"""
BUDGET_TEXT = (
    "Böylece 2025 yılında bütçe açığı 1 trilyon 799,1 milyar lira oldu. Yılmaz, \"2025 "
    "yılında bütçe açığının 2 trilyon 208 milyar lira olacağını tahmin etmekteyiz\" demişti."
)


def test_a_forecast_is_not_compared_with_the_outcome(tmp_path: Path) -> None:
    """Issue 13 §7: a forecast's figure for the same year is not a second actual figure, even
    when the forecast claim gives no target; and an amount read in two pieces ("1 trilyon"
    then "799,1 milyar lira") is compared whole."""
    assert run(ContradictingFigure(), context(tmp_path, "tr", BUDGET_CLAIMS, BUDGET_TEXT)) == []


def test_an_outcome_outside_the_forecast_still_contradicts(tmp_path: Path) -> None:
    text = BUDGET_TEXT + " Bakanlığa göre 2025 yılında açık 2 trilyon 208 milyar lira oldu."
    [finding] = run(ContradictingFigure(), context(tmp_path, "tr", BUDGET_CLAIMS, text))
    assert finding.message.startswith("the article says 2 trilyon 208 milyar lira for 2025")


def test_an_amount_in_two_pieces_across_a_line_break_is_still_one(tmp_path: Path) -> None:
    text = BUDGET_TEXT.replace("1 trilyon 799,1", "1 trilyon\n799,1")
    assert run(ContradictingFigure(), context(tmp_path, "tr", BUDGET_CLAIMS, text)) == []
