from __future__ import annotations

from pathlib import Path

from dated_context import col, context, published_on
from dated_context import findings as run

from claimsuite.checks.base import Severity
from claimsuite.checks.cs603_relative_date import RelativeDate

CLAIMS = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  quote: "2025'in ilk çeyreğinde ihracat geçen yılın aynı dönemine göre %72 arttı"
"""
TEXT = "2025'in ilk çeyreğinde ihracat geçen yılın aynı dönemine göre %72 arttı."


def test_accounted_same_period_is_quiet(tmp_path: Path) -> None:
    assert run(RelativeDate(), context(tmp_path, "tr", CLAIMS, TEXT)) == []


def test_relative_dates_resolve_against_publication(tmp_path: Path) -> None:
    text = (
        TEXT + " Geçen yıl rekor kırılmıştı; ithalat ise 2025'in ilk yarısında geçen yılın "
        "aynı dönemine göre azaldı. Toplantı yarın yapılacak."
    )
    findings = run(RelativeDate(), context(tmp_path, "tr", CLAIMS, text))
    second = text.index("geçen yılın", text.index("ithalat"))
    assert [f.message for f in findings] == [
        "'Geçen yıl' means 2024 against the publication date 2025-05-01; write it out",
        "'geçen yılın aynı dönemine' compares with 2024-H1 (the sentence "
        "names 2025-H1), but no claim gives it as a base_period",
        "'yarın' means 2025-05-02 against the publication date 2025-05-01; write it out",
    ]
    assert [f.article.col for f in findings if f.article] == [
        col(text, "Geçen yıl"), second + 1, col(text, "yarın")
    ]
    assert findings[2].article is not None
    assert findings[2].article.end_col == col(text, "yarın") + len("yarın")
    assert findings[0].severity is Severity.INFO


def test_publication_range_gives_a_range(tmp_path: Path) -> None:
    text = "Next year the talks resume. Last quarter was slow."
    findings = run(
        RelativeDate(), context(tmp_path, "en", ENTITY, text, published="2025-04-28/2025-12-31")
    )
    assert [f.message for f in findings] == [
        "'Next year' means 2026 against the publication date 2025-04-28/2025-12-31; "
        "write it out",
        "'Last quarter' means 2025-Q1 to 2025-Q3: the publication "
        "date is only known as the range 2025-04-28/2025-12-31; write the date out",
    ]
    assert [f.article.col for f in findings if f.article] == [1, col(text, "Last")]


def test_english_without_relatives_is_quiet(tmp_path: Path) -> None:
    text = "In 2024 the talks resumed. The first quarter of 2025 was slow."
    assert run(RelativeDate(), context(tmp_path, "en", ENTITY, text)) == []


ENTITY = """\
- id: talks
  kind: entity
  type: event
  name: talks
"""


ENTITY_TR = """\
- id: msb
  kind: entity
  type: organisation
  name: Millî Savunma Bakanlığı
"""


def test_calendar_edges_are_asked_about_without_crashing(tmp_path: Path) -> None:
    """Relative words that point outside the calendar (issue 14): a question that says the
    date cannot be placed, never a crash. Claim files cannot hold such years, but a
    context built in code can."""
    early = "Dün ve geçen hafta toplantı yapıldı; geçen yıl da yapılmıştı."
    ctx = published_on(context(tmp_path, "tr", ENTITY_TR, early), "0001-01-01")
    assert [f.message for f in run(RelativeDate(), ctx)] == [
        "'Dün' cannot be placed against the publication date 0001-01-01; write the date out",
        "'geçen hafta' cannot be placed against the publication date 0001-01-01; "
        "write the date out",
        "'geçen yıl' cannot be placed against the publication date 0001-01-01; "
        "write the date out",
    ]
    late = "Toplantı yarın, gelecek hafta ve gelecek yıl yapılacak."
    ctx = published_on(context(tmp_path, "tr", ENTITY_TR, late), "9999-12-31")
    assert [f.message.split(" cannot ")[0] for f in run(RelativeDate(), ctx)] == [
        "'yarın'", "'gelecek hafta'", "'gelecek yıl'"
    ]


def test_a_relative_date_a_claim_pins_is_still_resolved(tmp_path: Path) -> None:
    """Issue 13 §5: the claim file knows the year; the reader of the article sees 'geçen
    yıl', which is right only on the publication day."""
    claims = """\
- id: record
  kind: quantity
  metric: exports
  period: 2024
  value: 262 billion USD
  quote: "Geçen yıl ihracat 262 milyar dolar oldu"
"""
    text = "Geçen yıl ihracat 262 milyar dolar oldu."
    [finding] = run(RelativeDate(), context(tmp_path, "tr", claims, text))
    assert finding.message == (
        "'Geçen yıl' means 2024 against the publication date 2025-05-01; write it out"
    )


MONTHLY = "Ekim ayında fiyatlar bir önceki aya göre yüzde 2,55 arttı."


def test_a_base_counted_from_the_sentences_period(tmp_path: Path) -> None:
    """'bir önceki aya göre' in an October sentence is September, a base, not the month
    before publication."""
    claims = """\
- id: monthly
  kind: change
  metric: cpi
  period: 2025-10
  base_period: 2025-09
  rate: 2.55%
  quote: "Ekim ayında fiyatlar bir önceki aya göre yüzde 2,55 arttı"
"""
    ctx = context(tmp_path, "tr", claims, MONTHLY, published="2025-11-03")
    assert run(RelativeDate(), ctx) == []
    unclaimed = claims.replace("  base_period: 2025-09\n", "")
    ctx = context(tmp_path, "tr", unclaimed, MONTHLY, published="2025-11-03")
    assert [f.message for f in run(RelativeDate(), ctx)] == [
        "'bir önceki aya göre' compares with 2025-09 (the sentence names 2025-10), but no claim "
        "gives it as a base_period"
    ]


def test_a_relative_date_in_a_quotation_asks_to_date_the_quotation(tmp_path: Path) -> None:
    text = 'Çelik, "Bu yılı da lider sektör olarak kapatacağız" dedi. Geçen yıl rekor kırıldı.'
    found = [f.message for f in run(RelativeDate(), context(tmp_path, "tr", CLAIMS, text,
                                                              published="2025-12-07"))]
    assert found == [
        "'Bu yılı' means 2025 against the publication date 2025-12-07; a quotation keeps its "
        "words; date the quotation",
        "'Geçen yıl' means 2024 against the publication date 2025-12-07; write it out",
    ]
