from __future__ import annotations

import textwrap
from pathlib import Path

from dated_context import findings, make_context, messages

from claimsuite.checks.base import Location
from claimsuite.checks.cs201_mixed_period_trend import MixedPeriodTrend, paragraph_starts

EARLY = "2023'ün ilk çeyreğinde ihracat %70 arttı."
MIDDLE = "Bu oranlar sektörün gücünü gösteriyor."
LATE = "2025'in ilk çeyreğinde ihracat %72 arttı."


def claims(
    early: str = "2023-Q1", late: str = "2025-Q1", base: str = "2024-Q1", metric: str = "exports"
) -> str:
    return f"""\
- id: growth-early
  kind: change
  metric: exports
  period: {early}
  rate: 70%
  quote: "ihracat %70 arttı"
- id: growth-late
  kind: change
  metric: {metric}
  period: {late}
  base_period: {base}
  rate: 72%
  quote: "ihracat %72 arttı"
"""


def test_same_paragraph_is_reported(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, f"{EARLY} {MIDDLE} {LATE}", claims())
    [finding] = findings(MixedPeriodTrend(), ctx)
    assert finding.message == (
        "claims growth-early (70% in 2023-Q1) and growth-late (72% in 2025-Q1) are growth "
        "figures for periods that do not follow one another, set side by side; "
        "the article reads them as one trend"
    )
    assert finding.article == Location("<text>", 1, 105)
    assert [(r.message, r.location) for r in finding.related] == [
        ("claim growth-early: 70% in 2023-Q1", Location("<text>", 1, 24))
    ]
    assert finding.fields == ("period",)


def test_adjacent_sentences_across_lines_are_reported(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, f"{EARLY}\n{LATE}", claims())
    assert len(messages(MixedPeriodTrend(), ctx)) == 1


def test_apart_in_other_paragraphs_is_quiet(tmp_path: Path) -> None:
    text = f"{EARLY}\n{MIDDLE}\n{MIDDLE}\n{LATE}"
    assert messages(MixedPeriodTrend(), make_context(tmp_path, text, claims())) == []


def test_consecutive_periods_are_a_real_series(tmp_path: Path) -> None:
    text = f"{EARLY} {MIDDLE} {LATE}"
    ctx = make_context(tmp_path, text, claims(early="2024-Q4", base="2024-Q4"))
    assert messages(MixedPeriodTrend(), ctx) == []
    ctx = make_context(tmp_path, text, claims(early="2024-Q4", base="2024-Q1"))
    assert messages(MixedPeriodTrend(), ctx) == []


def test_the_base_period_is_not_a_second_trend_point(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, f"{EARLY} {LATE}", claims(early="2023-Q1", base="2023-Q1"))
    assert messages(MixedPeriodTrend(), ctx) == []


def test_other_metric_is_quiet(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, f"{EARLY} {LATE}", claims(metric="imports"))
    assert messages(MixedPeriodTrend(), ctx) == []


def test_hard_wrapped_paragraphs_keep_their_blocks() -> None:
    paragraph = " ".join([EARLY, MIDDLE, MIDDLE, LATE] * 2)
    wrapped = textwrap.fill(paragraph, 60) + "\n\n" + textwrap.fill(paragraph, 60)
    starts = paragraph_starts(wrapped)
    assert starts == [0, len(textwrap.fill(paragraph, 60)) + 2]
    assert paragraph_starts("Başlık\nBir paragraf.\nİkinci paragraf.") == [0, 7, 21]


def test_reflowed_article_still_reports(tmp_path: Path) -> None:
    text = textwrap.fill(" ".join([EARLY, MIDDLE, MIDDLE, MIDDLE, LATE]), 50)
    assert "\n" in text
    assert len(messages(MixedPeriodTrend(), make_context(tmp_path, text, claims()))) == 1
