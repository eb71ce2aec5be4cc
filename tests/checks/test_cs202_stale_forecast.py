from __future__ import annotations

from pathlib import Path

from dated_context import findings, make_context, messages, placed

from claimsuite.checks.base import Location
from claimsuite.checks.cs202_stale_forecast import StaleForecast

SAID = "Şimşek, 2023'te ihracatın ilk 10 arasında yer alacağını ifade etti."


def forecast(period: str = "2023", kind: str = "forecast", quote: str = SAID) -> str:
    return f"""\
- id: top10
  kind: {kind}
  what: exports among the top 10
  period: {period}
  quote: "{quote}"
"""


def test_past_period_in_future_tense_is_reported(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, SAID, forecast(), published="2025-04-28/2025-12-31")
    [finding] = findings(StaleForecast(), ctx)
    assert finding.message == (
        "forecast top10 is about 2023, which ended before the article's earliest publication "
        "day 2025-04-28, but the article still puts it in the future: 'alacağını'"
    )
    assert finding.article == Location("<text>", 1, 47)
    assert (finding.article.end_line, finding.article.end_col) == (1, 47 + len("alacağını"))
    assert finding.claims == ("top10",)
    assert finding.fields == ("period",)


def test_english_future_marker(tmp_path: Path) -> None:
    text = "Officials said exports will reach the top 10 in 2023."
    ctx = make_context(tmp_path, text, forecast(quote=text), language="en")
    assert placed(StaleForecast(), ctx) == [
        (
            "1:24",
            "forecast top10 is about 2023, which ended before the article's earliest publication "
            "day 2025-05-01, but the article still puts it in the future: 'will'",
        )
    ]


def test_plan_is_checked_too(tmp_path: Path) -> None:
    text = "Toplantı 2024 yılında gerçekleşecek."
    ctx = make_context(tmp_path, text, forecast(period="2024", kind="plan", quote=text))
    assert len(messages(StaleForecast(), ctx)) == 1


def test_period_still_open_at_publication_is_quiet(tmp_path: Path) -> None:
    for period in ("2025", "2026", "2025-Q2"):
        assert messages(StaleForecast(), make_context(tmp_path, SAID, forecast(period))) == []


def test_past_tense_report_of_the_outcome_is_quiet(tmp_path: Path) -> None:
    text = "Şimşek'in öngördüğü gibi ihracat 2023'te ilk 10 arasında yer aldı."
    assert messages(StaleForecast(), make_context(tmp_path, text, forecast(quote=text))) == []


def test_range_publication_uses_its_first_day(tmp_path: Path) -> None:
    # Published some time in 2024-12-15 .. 2025-02-01: it may have appeared during 2024.
    ctx = make_context(tmp_path, SAID, forecast(period="2024"), published="2024-12-15/2025-02-01")
    assert messages(StaleForecast(), ctx) == []


def test_a_forecast_reported_as_said_before_is_quiet(tmp_path: Path) -> None:
    """Issue 13 §7: the future "olacağını" is inside speech the article dates back ("...
    demişti"): an old forecast reported as such, then compared with the outcome."""
    said = (
        "Yılmaz, 8 Aralık'ta \"2025 yılında bütçe açığının 2 trilyon 208 milyar lira "
        'olacağını tahmin etmekteyiz" demişti.'
    )
    claims = forecast(period="2025").replace(
        f'quote: "{SAID}"', "quote: '" + said.replace("'", "''") + "'"
    )
    ctx = make_context(tmp_path, said, claims, published="2026-01-15")
    assert messages(StaleForecast(), ctx) == []
    told = said.replace("demişti", "dedi")  # said now, about a year that is over: reported
    claims = forecast(period="2025").replace(
        f'quote: "{SAID}"', "quote: '" + told.replace("'", "''") + "'"
    )
    ctx = make_context(tmp_path, told, claims, published="2026-01-15")
    assert len(messages(StaleForecast(), ctx)) == 1
    text = "In 2022, officials had said exports are set to reach the top 10 in 2023."
    ctx = make_context(tmp_path, text, forecast(quote=text), language="en")
    assert messages(StaleForecast(), ctx) == []
    ctx = make_context(
        tmp_path,
        text.replace("had said", "said"),
        forecast(quote=text.replace("had said", "said")),
        language="en",
    )
    assert len(messages(StaleForecast(), ctx)) == 1
