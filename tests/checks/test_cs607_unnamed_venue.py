from __future__ import annotations

import pytest

from claimsuite.checks.cs607_unnamed_venue import UnnamedVenue
from claimsuite.testing import claim_file, findings, make_context

TR = """
    - id: simsek
      kind: entity
      type: person
      name: Mehmet Şimşek
      aliases: [Şimşek]
    - id: turkiye
      kind: entity
      type: country
      name: Türkiye
"""
EN = """
    - id: lunde
      kind: entity
      type: person
      name: Erik Lunde
      aliases: [Lunde]
"""


def run(text: str, language: str = "tr"):
    claims = TR if language == "tr" else EN
    return findings(make_context(text, claim_file(claims, language=language)), UnnamedVenue)


def test_an_unnamed_undated_programme_asks_which_one_and_when() -> None:
    text = (
        "Hazine ve Maliye Bakanı Mehmet Şimşek, katıldığı bir televizyon programında "
        "Türkiye'nin ihracatı üzerine açıklamalarda bulundu."
    )
    [finding] = run(text)
    assert finding.message == (
        "'katıldığı bir televizyon programında': the article names neither which one it was"
        " nor when; which one, and when?"
    )
    assert (finding.article.line, finding.article.col) == (1, 40)


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Şimşek, dün katıldığı bir televizyon programında konuştu.", "which one?"),
        ("Şimşek, CNN Türk'te katıldığı bir televizyon programında konuştu.", "when?"),
        ("Şimşek sosyal medya hesabından paylaştı.", "which one, and when?"),
        ("Şimşek, 12 Eylül'de verdiği bir röportajda konuştu.", "which one?"),
        # An undeclared speaker set off by a comma is not the venue's name.
        ("Bakan Ömer Bolat, sosyal medya hesabı üzerinden açıkladı.", "which one, and when?"),
    ],
)
def test_what_is_missing_is_what_is_asked(text: str, ask: str) -> None:
    [finding] = run(text)
    assert finding.message.endswith(ask)


def test_a_named_and_dated_venue_is_quiet() -> None:
    assert run("Şimşek, pazartesi günü Habertürk'te katıldığı bir programda konuştu.") == []
    assert run("Şimşek programda konuştu.") == []


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Lunde said in an interview that trade would grow.", "which one, and when?"),
        ("Lunde said on social media on Monday that trade would grow.", "which one?"),
        ("Lunde said in an interview with Reuters that trade would grow.", "when?"),
    ],
)
def test_english(text: str, ask: str) -> None:
    [finding] = run(text, "en")
    assert finding.message.endswith(ask)


def test_english_named_and_dated_is_quiet() -> None:
    text = "Lunde said in an interview with the Financial Times on 3 March 2025 that it grew."
    assert run(text, "en") == []
