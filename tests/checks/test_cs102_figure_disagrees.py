from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from dated_context import findings, make_context, messages, placed

from claimsuite.checks.base import Location
from claimsuite.checks.cs102_figure_disagrees import FigureDisagrees

TEXT = (
    "İhracat ilk çeyrekte 1,2 milyar dolar oldu.\n"
    "Bakanlığa göre ihracat %72 artışla 1.7 milyar dolara ulaştı."
)


def growth(rate: str = "72%", value: str = "1.7 billion USD", extra: str = "") -> str:
    return dedent(f"""\
    - id: growth
      kind: change
      metric: exports
      period: 2025-Q1
      base_period: 2024-Q1
      rate: {rate}
      value: {value}
      {extra}
      quote: "ihracat %72 artışla 1.7 milyar dolara ulaştı"
    """)


def level(value: str, period: str = "2025-Q1", metric: str = "exports", extra: str = "") -> str:
    return dedent(f"""\
    - id: level
      kind: quantity
      metric: {metric}
      period: {period}
      value: {value}
      {extra}
      quote: "İhracat ilk çeyrekte 1,2 milyar dolar oldu."
    """)


def test_quantity_for_the_period_differs_from_the_change_value(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, level("1.2 billion USD") + growth())
    [finding] = findings(FigureDisagrees(), ctx)
    assert finding.message == (
        "claim level gives exports for 2025-Q1 as 1.2 billion USD; "
        "claim growth gives 1.7 billion USD"
    )
    assert finding.claims == ("growth", "level")
    assert finding.article == Location("<text>", 2, 16)
    assert finding.fields == ("value",)
    assert [(r.message, r.location) for r in finding.related] == [
        ("claim level gives exports for 2025-Q1 as 1.2 billion USD", Location("<text>", 1, 1))
    ]
    assert finding.claim_file is not None
    assert finding.claim_file.line == 18  # growth.value


def test_same_value_written_in_another_unit_or_precision_is_quiet(tmp_path: Path) -> None:
    for value in ("1700 million USD", "1.70 billion USD", "1.72 billion USD"):
        ctx = make_context(tmp_path, TEXT, level(value) + growth())
        assert messages(FigureDisagrees(), ctx) == [], value


def test_outside_the_stated_precision_is_reported(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, level("1.80 billion USD") + growth())
    assert placed(FigureDisagrees(), ctx) == [(
        "2:16",
        "claim level gives exports for 2025-Q1 as 1.8 billion USD; "
        "claim growth gives 1.7 billion USD",
    )]


def test_approximate_quantity_allows_five_percent(tmp_path: Path) -> None:
    ok = level("1.8 billion USD", extra="approximate: true")
    assert messages(FigureDisagrees(), make_context(tmp_path, TEXT, ok + growth())) == []
    far = level("2.0 billion USD", extra="approximate: true")
    assert len(messages(FigureDisagrees(), make_context(tmp_path, TEXT, far + growth()))) == 1


def test_other_metric_or_period_is_not_compared(tmp_path: Path) -> None:
    for claims in (
        level("1.2 billion USD", metric="imports") + growth(),
        level("1.2 billion USD", period="2025-Q2") + growth(),
    ):
        assert messages(FigureDisagrees(), make_context(tmp_path, TEXT, claims)) == []


def test_quantity_for_the_base_period_against_base_value(tmp_path: Path) -> None:
    base = "base_value: 0.99 billion USD"
    claims = level("1.2 billion USD", period="2024-Q1") + growth(extra=base)
    [finding] = findings(FigureDisagrees(), make_context(tmp_path, TEXT, claims))
    assert finding.message == (
        "claim level gives exports for 2024-Q1 as 1.2 billion USD; "
        "claim growth gives 990 million USD"
    )
    assert finding.article == Location("<text>", 2, 16)
    assert finding.fields == ("base_value",)
    assert [r.location for r in finding.related] == [Location("<text>", 1, 1)]


def test_two_rates_for_the_same_period_and_base(tmp_path: Path) -> None:
    other = growth(rate="27%").replace("id: growth", "id: growth-again")
    ctx = make_context(tmp_path, TEXT, growth() + other)
    assert placed(FigureDisagrees(), ctx) == [(
        "2:16",
        "claim growth gives the change in exports for 2025-Q1 against 2024-Q1 as 72%; "
        "claim growth-again gives 27%",
    )]


def test_rates_against_different_bases_are_not_compared(tmp_path: Path) -> None:
    other = (
        growth(rate="27%", value="1.7 billion USD")
        .replace("id: growth", "id: growth-qoq")
        .replace("base_period: 2024-Q1", "base_period: 2024-Q4")
    )
    assert messages(FigureDisagrees(), make_context(tmp_path, TEXT, growth() + other)) == []


def test_percent_and_points_are_not_compared(tmp_path: Path) -> None:
    other = growth(rate="3 pp").replace("id: growth", "id: growth-pp")
    assert messages(FigureDisagrees(), make_context(tmp_path, TEXT, growth() + other)) == []


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


def test_a_change_without_base_contradicts_one_with_a_base(tmp_path: Path) -> None:
    """Issue 13 §6 input 5: a missing base is compatible with any base, so 12% against
    2024-Q1 and 15% with no base for the same quarter contradict each other."""
    ctx = make_context(tmp_path, HOUSING, HOUSING_CLAIMS)
    [finding] = findings(FigureDisagrees(), ctx)
    assert finding.message == (
        "claim sales-12 gives the change in housing-sales for 2025-Q1 against 2024-Q1 as 12%; "
        "claim sales-15 gives 15%"
    )
    assert finding.claims == ("sales-12", "sales-15")


def test_a_change_without_base_that_agrees_is_quiet(tmp_path: Path) -> None:
    claims = HOUSING_CLAIMS.replace("rate: 15%", "rate: 12%")
    assert messages(FigureDisagrees(), make_context(tmp_path, HOUSING, claims)) == []


def test_a_change_whose_sentence_names_another_base_is_not_compared(tmp_path: Path) -> None:
    """Without base_period but "bir önceki aya göre" in its sentence: the base is missing
    from the claim file, not from the article, and may differ (CS605 asks to add it)."""
    text = (
        "Konut satışları 2025'in ilk çeyreğinde geçen yılın aynı dönemine göre yüzde 12 arttı. "
        "Konut satışları 2025'in ilk çeyreğinde bir önceki çeyreğe göre yüzde 15 yükseldi."
    )
    claims = HOUSING_CLAIMS.replace(
        "ilk çeyreğinde yüzde 15 yükseldi",
        "ilk çeyreğinde bir önceki çeyreğe göre yüzde 15 yükseldi",
    )
    assert "bir önceki çeyreğe" in claims
    assert messages(FigureDisagrees(), make_context(tmp_path, text, claims)) == []
