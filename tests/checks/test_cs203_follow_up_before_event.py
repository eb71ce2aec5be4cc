from __future__ import annotations

from pathlib import Path

from dated_context import findings, make_context, messages, placed

from claimsuite.checks.base import Location
from claimsuite.checks.cs203_follow_up_before_event import FollowUpBeforeEvent

TEXT = (
    "Toplantı 28 Nisan 2025 tarihinde Ankara'da yapıldı.\n"
    "Taraflar bir sonraki görüşmenin 2026 yılında yapılması konusunda anlaştı."
)


def claims(period: str = "2026", made_on: str = "2025-04-28", kind: str = "plan") -> str:
    field = "period" if kind == "plan" else "date"
    made = f"\n  made_on: {made_on}" if kind == "plan" else ""
    return f"""\
- id: meeting
  kind: event
  name: Toplantı
  date: 2025-04-28
  quote: "Toplantı 28 Nisan 2025 tarihinde Ankara'da yapıldı."
- id: next
  kind: {kind}
  {"what" if kind == "plan" else "name"}: next meeting
  {field}: {period}{made}
  follows: meeting
  quote: "bir sonraki görüşmenin {period[:4]} yılında yapılması"
"""


def test_follow_up_a_year_earlier_is_reported(tmp_path: Path) -> None:
    text = TEXT.replace("2026", "2024")
    [finding] = findings(FollowUpBeforeEvent(), make_context(tmp_path, text, claims("2024")))
    assert finding.message == (
        "next follows meeting of 2025-04-28 but its period is 2024, not after it"
    )
    assert finding.claims == ("meeting", "next")
    assert finding.article == Location("<text>", 2, 33)
    assert finding.fields == ("period", "follows")
    assert [(r.message, r.location) for r in finding.related] == [
        ("meeting is dated 2025-04-28", Location("<text>", 1, 10))
    ]


def test_same_day_is_reported_and_the_next_day_is_not(tmp_path: Path) -> None:
    text = TEXT.replace("2026", "2025")
    same = make_context(tmp_path, text, claims("2025-04-28", kind="event"))
    assert len(messages(FollowUpBeforeEvent(), same)) == 1
    later = make_context(tmp_path, text, claims("2025-04-29", kind="event"))
    assert messages(FollowUpBeforeEvent(), later) == []


def test_period_containing_the_event_is_quiet(tmp_path: Path) -> None:
    # "later in 2025" may well come after 28 April 2025.
    text = TEXT.replace("2026", "2025")
    assert messages(FollowUpBeforeEvent(), make_context(tmp_path, text, claims("2025"))) == []


def test_seed_like_plan_is_quiet(tmp_path: Path) -> None:
    assert messages(FollowUpBeforeEvent(), make_context(tmp_path, TEXT, claims())) == []


def test_plan_made_before_the_meeting_it_follows(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, claims(made_on="2025-04-27"))
    assert placed(FollowUpBeforeEvent(), ctx) == [(
        "2:10",
        "next follows meeting of 2025-04-28 but its made_on is 2025-04-27, not after it",
    )]
