from __future__ import annotations

from pathlib import Path

import pytest
from dated_context import findings, make_context, messages, placed, published_on

from claimsuite.checks.base import Location
from claimsuite.checks.cs204_relative_date_mismatch import RelativeDateMismatch


def plan(words: str, period: str = "2026") -> tuple[str, str]:
    text = f"Taraflar bir sonraki görüşmenin {words} yapılması konusunda anlaştı."
    claims = f"""\
- id: next
  kind: plan
  what: next meeting
  period: {period}
  made_on: 2025-04-28
  quote: "{text}"
"""
    return text, claims


def test_this_year_for_a_plan_next_year_is_reported(tmp_path: Path) -> None:
    text, claims = plan("bu yıl")
    [finding] = findings(RelativeDateMismatch(), make_context(tmp_path, text, claims))
    assert finding.message == (
        "claim next is about 2026 (period), but the article says 'bu yıl', which "
        "for an article published 2025-05-01 means 2025"
    )
    assert finding.article == Location("<text>", 1, 33)
    assert finding.claims == ("next",)


@pytest.mark.parametrize("words", ["gelecek yıl", "önümüzdeki yıl", "seneye"])
def test_next_year_for_a_plan_next_year_is_quiet(tmp_path: Path, words: str) -> None:
    text, claims = plan(words)
    assert messages(RelativeDateMismatch(), make_context(tmp_path, text, claims)) == []


def test_publication_range_over_two_years_flags_only_when_none_fits(tmp_path: Path) -> None:
    text, claims = plan("gelecek yıl")
    # Published in late 2024 or early 2025: "next year" is 2025 or 2026, both possible.
    ctx = make_context(tmp_path, text, claims, published="2024-12-01/2025-01-31")
    assert messages(RelativeDateMismatch(), ctx) == []
    ctx = make_context(tmp_path, text, claims, published="2023-12-01/2024-01-31")
    published = ctx.claims.file.article.published
    assert (published.start.isoformat(), published.end.isoformat()) == (
        "2023-12-01", "2024-01-31"
    )
    assert placed(RelativeDateMismatch(), ctx) == [(
        "1:33",
        "claim next is about 2026 (period), but the article says 'gelecek yıl', "
        f"which for an article published {published} means 2024 to 2025",
    )]


def test_english_next_month(tmp_path: Path) -> None:
    text = "The next round of talks is expected next month."
    claims = f"""\
- id: next
  kind: plan
  what: next round
  period: 2025-09
  quote: "{text}"
"""
    ctx = make_context(tmp_path, text, claims, language="en", published="2025-05-10")
    assert placed(RelativeDateMismatch(), ctx) == [(
        "1:37",
        "claim next is about 2025-09 (period), but the article says 'next month', "
        "which for an article published 2025-05-10 means 2025-06-01 to 2025-06-30",
    )]


def growth(base: str) -> tuple[str, str]:
    text = "İhracat geçtiğimiz yılın aynı dönemine göre %72 arttı."
    claims = f"""\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: {base}
  rate: 72%
  quote: "{text}"
"""
    return text, claims


def test_same_period_last_year_is_read_against_the_claim_period(tmp_path: Path) -> None:
    text, claims = growth("2024-Q1")
    assert messages(RelativeDateMismatch(), make_context(tmp_path, text, claims)) == []
    text, claims = growth("2024-Q4")
    [finding] = findings(RelativeDateMismatch(), make_context(tmp_path, text, claims))
    assert finding.message == (
        "claim growth compares 2025-Q1 with 2024-Q4 (base_period), but the article says "
        "'geçtiğimiz yılın aynı dönemine', which means 2024-Q1"
    )
    assert finding.article == Location("<text>", 1, 9)
    assert finding.article.end_col == 9 + len("geçtiğimiz yılın aynı dönemine")
    assert finding.fields == ("base_period",)
    assert finding.suggestion == "2024-Q1"


def test_last_year_may_be_the_base_of_a_change(tmp_path: Path) -> None:
    text = "İhracat geçen yıl %10 arttı."
    claims = f"""\
- id: growth
  kind: change
  metric: exports
  period: 2024
  base_period: 2023
  rate: 10%
  quote: "{text}"
"""
    assert messages(RelativeDateMismatch(), make_context(tmp_path, text, claims)) == []
    ctx = make_context(tmp_path, text, claims.replace("2024", "2022").replace("2023", "2021"))
    assert len(messages(RelativeDateMismatch(), ctx)) == 1


def test_relative_word_in_a_statement_is_about_its_content(tmp_path: Path) -> None:
    text = "Bakan, ihracatın geçen yıl arttığını söyledi."
    claims = f"""\
- id: said
  kind: statement
  content: exports rose last year
  date: 2025-04-28
  quote: "{text}"
"""
    assert messages(RelativeDateMismatch(), make_context(tmp_path, text, claims)) == []


@pytest.mark.parametrize(
    ("published", "words"),
    [
        ("0001-01-01", "geçen yıl"),
        ("0001-01-01", "geçen hafta"),
        ("0001-01-01", "dün"),
        ("0001-01-03", "geçen ay"),
        ("0001-02-01", "geçen çeyrek"),
        ("9999-12-31", "gelecek yıl"),
        ("9999-12-31", "yarın"),
        ("9999-12-31", "gelecek hafta"),
        ("9999-12-31", "gelecek çeyrek"),
    ],
)
def test_calendar_edges_do_not_crash(tmp_path: Path, published: str, words: str) -> None:
    """A relative word that points outside the calendar (before year 1, after 9999)
    cannot be placed: nothing to compare, so nothing is reported (issue 14). Claim files
    cannot hold such years, but a context built in code can."""
    text, claims = plan(words)
    ctx = published_on(make_context(tmp_path, text, claims), published)
    assert messages(RelativeDateMismatch(), ctx) == []


def test_a_relative_word_dating_a_noun_is_not_the_claims_period(tmp_path: Path) -> None:
    """Issue 13 §7: "last month's outlook" dates the earlier outlook, not the 2026 figure."""
    text = (
        "That 2026 forecast is $3 per barrel higher than in last month's outlook, "
        "largely because of stock builds."
    )
    claims = f"""\
- id: revision
  kind: quantity
  metric: brent-2026-forecast-revision
  period: 2026
  value: 3 USD
  quote: "{text}"
"""
    ctx = make_context(tmp_path, text, claims, published="2025-11-12", language="en")
    assert messages(RelativeDateMismatch(), ctx) == []
    plain = text.replace("last month's outlook", "the outlook last month")
    claims = claims.replace("last month's outlook", "the outlook last month")
    ctx = make_context(tmp_path, plain, claims, published="2025-11-12", language="en")
    assert len(messages(RelativeDateMismatch(), ctx)) == 1


def test_year_on_year_for_the_first_nine_months(tmp_path: Path) -> None:
    """The same nine months a year earlier end on 30 September, leap year or not."""
    text = "Spending rose 7% year on year in the first nine months of 2025."
    claims = f"""\
- id: spending
  kind: change
  metric: spending
  period: 2025-01/2025-09
  base_period: 2024-01/2024-09
  rate: 7%
  quote: "{text}"
"""
    ctx = make_context(tmp_path, text, claims, published="2025-11-01", language="en")
    assert messages(RelativeDateMismatch(), ctx) == []
