from __future__ import annotations

from pathlib import Path

import pytest
from record_context import make_context, run, source

from claimsuite.checks.base import Location, Related, Severity
from claimsuite.checks.cs301_record_value_differs import RecordValueDiffers

ENTITIES = """\
- id: turkiye
  kind: entity
  type: country
  name: Türkiye
"""

REGISTRY = f"""\
statistics:
  - id: exports-2023-q1
    metric: exports
    subject: turkiye
    period: 2023-Q1
    value: 1090 million USD
    publisher: TİM
{source(4)}  - id: exports-growth-2023-q1
    metric: exports-growth
    subject: turkiye
    period: 2023-Q1
    value: 15.1 percent
    base_period: 2022-Q1
    publisher: TİM
{source(4)}"""

TEXT = "2023’ün ilk çeyreğinde %70 oranında ihracat artışı."


def change(rate: str, extra: str = "") -> str:
    return (
        ENTITIES
        + f"""\
- id: growth
  kind: change
  metric: exports
  subject: turkiye
  period: 2023-Q1
  rate: {rate}
  quote: "%70 oranında ihracat artışı"
{extra}"""
    )


def quantity(value: str, subject: str = "turkiye") -> str:
    return (
        ENTITIES
        + f"""\
- id: other
  kind: entity
  type: country
  name: Başka
- id: total
  kind: quantity
  metric: exports
  subject: {subject}
  period: 2023-Q1
  value: {value}
  quote: "ihracat"
"""
    )


def test_rate_that_differs_from_the_record_is_an_error(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, change("70%"), REGISTRY, TEXT)
    [finding] = run(RecordValueDiffers(), ctx)
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "growth gives 70% as the 2023-Q1 growth of exports (the article names no base "
        "period); the record has 15.1% against 2022-Q1 (exports-growth-2023-q1; TİM, via "
        "Example News)"
    )
    assert finding.claims == ("growth",)
    assert finding.fields == ("rate",)
    assert finding.suggestion == "15.1%"
    assert finding.related == (
        Related(
            "the record: 15.1% against 2022-Q1 (exports-growth-2023-q1); TİM, via Example News",
            None,
            "https://example.org/report",
        ),
    )
    assert finding.claim_file == Location(str(tmp_path / "claims.yaml"), 14, 11)
    assert finding.article is not None
    assert finding.article.line == 1


@pytest.mark.parametrize("rate", ["15%", "15.1%", "15.12%"])
def test_rate_within_precision_is_quiet(tmp_path: Path, rate: str) -> None:
    assert run(RecordValueDiffers(), make_context(tmp_path, change(rate), REGISTRY, TEXT)) == []


def test_rate_against_another_base_period_is_not_compared(tmp_path: Path) -> None:
    claims = change("70%", "  base_period: 2021-Q1\n")
    assert run(RecordValueDiffers(), make_context(tmp_path, claims, REGISTRY, TEXT)) == []


def test_rate_against_the_same_base_period_is_compared(tmp_path: Path) -> None:
    claims = change("70%", "  base_period: 2022-Q1\n")
    [finding] = run(RecordValueDiffers(), make_context(tmp_path, claims, REGISTRY, TEXT))
    assert "(the article names no base period)" not in finding.message


def test_change_value_is_compared_with_the_amount(tmp_path: Path) -> None:
    claims = change("15%", "  value: 1.5 billion USD\n")
    [finding] = run(RecordValueDiffers(), make_context(tmp_path, claims, REGISTRY, TEXT))
    assert finding.message.startswith(
        "growth gives 1.5 billion USD as the 2023-Q1 value of exports; the record has "
        "1.09 billion USD (exports-2023-q1; TİM"
    )


def test_quantity_differs(tmp_path: Path) -> None:
    [finding] = run(
        RecordValueDiffers(), make_context(tmp_path, quantity("1.2 billion USD"), REGISTRY)
    )
    assert "1.2 billion USD" in finding.message
    assert "1.09 billion USD" in finding.message


@pytest.mark.parametrize("value", ["1.1 billion USD", "1090 million USD", "1 billion USD"])
def test_quantity_within_precision_is_quiet(tmp_path: Path, value: str) -> None:
    assert run(RecordValueDiffers(), make_context(tmp_path, quantity(value), REGISTRY)) == []


def test_other_subject_or_period_is_not_compared(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, quantity("5 billion USD", subject="other"), REGISTRY)
    assert run(RecordValueDiffers(), ctx) == []


def test_any_agreeing_figure_silences_the_others(tmp_path: Path) -> None:
    registry = (
        REGISTRY
        + f"""\
  - id: exports-growth-2023-q1-other
    metric: exports
    subject: turkiye
    period: 2023-Q1
    value: 70 percent
    base_period: 2022-Q1
    publisher: Someone
{source(4)}"""
    )
    assert run(RecordValueDiffers(), make_context(tmp_path, change("70%"), registry, TEXT)) == []


TRUNCATED_REGISTRY = REGISTRY.replace("value: 1090 million USD", "value: 24257.815 million USD")


@pytest.mark.parametrize("value", ["24257 million USD", "24258 million USD", "24.26 billion USD"])
def test_a_record_figure_cut_or_rounded_at_the_written_digit_is_quiet(
    tmp_path: Path, value: str
) -> None:
    """Issue 13 §7: agencies write TÜİK's 24 milyar 257 milyon 815 bin as "24 milyar 257
    milyon": a truncation at the written precision is no contradiction, as is rounding."""
    ctx = make_context(tmp_path, quantity(value), TRUNCATED_REGISTRY)
    assert run(RecordValueDiffers(), ctx) == []


@pytest.mark.parametrize("value", ["24256 million USD", "24259 million USD", "24.24 billion USD"])
def test_other_figures_near_the_record_are_still_reported(tmp_path: Path, value: str) -> None:
    ctx = make_context(tmp_path, quantity(value), TRUNCATED_REGISTRY)
    assert len(run(RecordValueDiffers(), ctx)) == 1
