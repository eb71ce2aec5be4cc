"""A year a comparison counts from ("the first time since 2019", "2019'dan bu yana") or a
decade ("the 1980s", "1980'li yıllar") is not the period of a figure: found by a reviewer on an
unseen, correct article, where it raised a false CS402 error and CS403 warnings."""

from __future__ import annotations

from pathlib import Path

from tests.scenarios.test_issue13_inputs import alarms, run

EN = (
    "UK car registrations\n\n"
    "The industry body expects roughly 2 million cars to be registered over the full year, "
    "which would be the first time since 2019.\n"
)
EN_CLAIMS = """\
article:
  language: en
  published: 2024-07-04
claims:
  - id: full-year-forecast
    kind: forecast
    what: new car registrations
    period: 2024
    target: 2 million vehicle
    approximate: true
    quote: "expects roughly 2 million cars to be registered over the full year,
      which would be the first time since 2019"
"""
TR = (
    "Fındık ihracatı\n\n"
    "Sabır, ihracatın 2019'dan bu yana ilk kez bu kadar arttığını söyledi. Fiyatlar "
    "1980'li yılların seviyesine döndü.\n"
)
TR_CLAIMS = """\
article:
  language: tr
  published: 2025-01-06
claims:
  - id: sabir
    kind: entity
    type: person
    name: Sabır
  - id: exports
    kind: statement
    content: exports rose this much for the first time since 2019
    speaker: sabir
    date: 2025-01-06
    quote: "Sabır, ihracatın 2019'dan bu yana ilk kez bu kadar arttığını söyledi."
  - id: prices
    kind: statement
    content: prices are back at the level of the 1980s
    quote: "Fiyatlar 1980'li yılların seviyesine döndü."
"""


def test_a_year_counted_from_is_not_the_forecasts_period(tmp_path: Path) -> None:
    assert alarms(run(tmp_path, EN, EN_CLAIMS)) == []


def test_since_and_decades_in_turkish_are_not_unclaimed_figures(tmp_path: Path) -> None:
    assert alarms(run(tmp_path, TR, TR_CLAIMS)) == []


def test_an_edit_to_the_year_counted_from_is_still_caught(tmp_path: Path) -> None:
    edited = EN.replace("since 2019", "since 2018")
    assert alarms(run(tmp_path, edited, EN_CLAIMS)) != []
