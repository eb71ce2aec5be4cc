from __future__ import annotations

from pathlib import Path

from dated_context import findings, make_context, messages, placed

from claimsuite.checks.base import Location
from claimsuite.checks.cs205_event_after_publication import EventAfterPublication


def meeting(
    day: str, words: str = "28 Ağustos 2025 tarihinde Ankara'da yapıldı"
) -> tuple[str, str]:
    text = f"Toplantı {words}."
    claims = f"""\
- id: meeting
  kind: event
  name: Toplantı
  date: {day}
  quote: "{text}"
"""
    return text, claims


def test_held_meeting_after_publication_is_reported(tmp_path: Path) -> None:
    text, claims = meeting("2025-08-28")
    [finding] = findings(EventAfterPublication(), make_context(tmp_path, text, claims))
    assert finding.message == (
        "event meeting is dated 2025-08-28, after the latest day the article can "
        "have been published (2025-05-01); yet the article reports it as having happened"
    )
    assert finding.article == Location("<text>", 1, 10)
    assert finding.fields == ("date",)


def test_meeting_before_or_on_publication_is_quiet(tmp_path: Path) -> None:
    for day in ("2025-04-28", "2025-05-01"):
        text, claims = meeting(day)
        assert messages(EventAfterPublication(), make_context(tmp_path, text, claims)) == []


def test_future_tense_event_is_a_plan(tmp_path: Path) -> None:
    text, claims = meeting("2025-08-28", "28 Ağustos 2025 tarihinde Ankara'da yapılacak")
    assert messages(EventAfterPublication(), make_context(tmp_path, text, claims)) == []


def test_range_publication_uses_its_last_day(tmp_path: Path) -> None:
    text, claims = meeting("2025-08-28")
    ctx = make_context(tmp_path, text, claims, published="2025-04-28/2025-12-31")
    assert messages(EventAfterPublication(), ctx) == []


def test_role_as_of_after_publication(tmp_path: Path) -> None:
    text = "Hazine ve Maliye Bakanı Mehmet Şimşek konuştu."
    claims = """\
- id: simsek
  kind: entity
  type: person
  name: Mehmet Şimşek
- id: role
  kind: role
  person: simsek
  title: Hazine ve Maliye Bakanı
  as_of: 2025-06
  quote: "Hazine ve Maliye Bakanı Mehmet Şimşek"
"""
    assert placed(EventAfterPublication(), make_context(tmp_path, text, claims)) == [(
        "1:1",
        "role role gives the role as of 2025-06, after the latest day the article can "
        "have been published (2025-05-01); an article cannot report a later day's title",
    )]
    ctx = make_context(
        tmp_path,
        text,
        claims.replace("2025-06", "2025-04-28/2025-12-31"),
        published="2025-04-28/2025-12-31",
    )
    assert messages(EventAfterPublication(), ctx) == []
