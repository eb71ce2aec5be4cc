from __future__ import annotations

from pathlib import Path

import pytest
from record_context import make_context, run, source

from claimsuite.checks.base import Severity
from claimsuite.checks.cs306_record_event_differs import RecordEventDiffers

REGISTRY = f"""\
events:
  - id: hldg-2025
    name: Türkiye–ABD Yüksek Düzeyli Savunma Grubu Toplantısı
    date: 2025-04-28
    place: Ankara
{source(4)}  - id: hldg-2023
    name: Türkiye–ABD Yüksek Düzeyli Savunma Grubu Toplantısı
    date: 2023-12-21
    place: Washington
{source(4)}"""


def claims(
    date: str, place: str = "ankara", name: str = "Yüksek Düzeyli Savunma Grubu Toplantısı"
) -> str:
    return f"""\
- id: ankara
  kind: entity
  type: place
  name: Ankara
- id: istanbul
  kind: entity
  type: place
  name: İstanbul
- id: meeting
  kind: event
  name: {name}
  date: {date}
  place: {place}
  quote: "toplantı"
"""


def findings(tmp_path: Path, text: str) -> list[str]:
    found = run(RecordEventDiffers(), make_context(tmp_path, text, REGISTRY))
    assert all(f.severity is Severity.ERROR for f in found)
    return [f.message for f in found]


def test_wrong_day(tmp_path: Path) -> None:
    assert findings(tmp_path, claims("2025-04-21")) == [
        "meeting dates Yüksek Düzeyli Savunma Grubu Toplantısı 2025-04-21; the record "
        "(hldg-2025) has 2025-04-28 (Example News)"
    ]


def test_wrong_place(tmp_path: Path) -> None:
    assert findings(tmp_path, claims("2025-04-28", place="istanbul")) == [
        "meeting places Yüksek Düzeyli Savunma Grubu Toplantısı in İstanbul; the record "
        "(hldg-2025) has Ankara (Example News)"
    ]


@pytest.mark.parametrize("date", ["2025-04-28", "2025-04", "2025-Q2"])
def test_matching_event_is_quiet(tmp_path: Path, date: str) -> None:
    assert findings(tmp_path, claims(date)) == []


def test_earlier_round_is_matched_by_date(tmp_path: Path) -> None:
    dated, placed = findings(tmp_path, claims("2023-12-20"))
    assert "(hldg-2023) has 2023-12-21" in dated
    assert "(hldg-2023) has Washington" in placed


@pytest.mark.parametrize(
    ("date", "name"),
    [("2024-06-01", "Yüksek Düzeyli Savunma Grubu Toplantısı"), ("2025-04-21", "NATO Zirvesi")],
)
def test_no_similar_event_nearby_is_quiet(tmp_path: Path, date: str, name: str) -> None:
    assert findings(tmp_path, claims(date, name=name)) == []
