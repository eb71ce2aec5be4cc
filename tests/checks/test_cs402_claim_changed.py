from __future__ import annotations

from pathlib import Path

import pytest
from dated_context import findings, make_context, messages, placed

from claimsuite.checks.base import Context
from claimsuite.checks.cs402_claim_changed import ClaimChanged
from claimsuite.claims.load import Registries, load_registry

CLAIMS = """\
- id: ankara
  kind: entity
  type: place
  name: Ankara
- id: simsek
  kind: entity
  type: person
  name: Mehmet Şimşek
  aliases: [Şimşek]
- id: meeting
  kind: event
  name: Savunma Toplantısı
  date: 2025-04-28
  place: ankara
  quote: "Savunma Toplantısı 28 Nisan 2025'te Ankara'da yapıldı."
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  value: 1.7 billion USD
  quote: >-
    2025'in ilk çeyreğinde ihracat geçen yılın aynı dönemine göre %72 artışla
    1,7 milyar dolara ulaştı.
- id: top10
  kind: ranking
  subject: ankara
  metric: exports
  bound: 10
  scope: world
  period: 2023
  quote: "Şimşek, 2023'te ihracatın ilk 10 arasında olacağını söyledi."
"""
TEXT = (
    "Savunma Toplantısı 28 Nisan 2025'te Ankara'da yapıldı. "
    "2025'in ilk çeyreğinde ihracat geçen yılın aynı dönemine göre %72 artışla 1,7 milyar "
    "dolara ulaştı. Şimşek, 2023'te ihracatın ilk 10 arasında olacağını söyledi.\n"
)


def check(tmp_path: Path, text: str) -> list[str]:
    return messages(ClaimChanged(), make_context(tmp_path, text, CLAIMS))


@pytest.mark.parametrize(
    "edit",
    [
        ("%72", "yüzde 72"),
        ("1,7 milyar", "1 milyar 700 milyon"),
        ("1,7 milyar", "1.7 milyar"),
        ("28 Nisan 2025'te", "28.04.2025'te"),
        ("2023'te", "2023 yılında"),
        ("Ankara'da", "Ankara’da"),
        ("Savunma Toplantısı 28", "SAVUNMA TOPLANTISI 28"),
    ],
)
def test_same_fact_written_another_way_is_quiet(tmp_path: Path, edit: tuple[str, str]) -> None:
    assert check(tmp_path, TEXT) == []
    assert check(tmp_path, TEXT.replace(*edit)) == []


@pytest.mark.parametrize(
    ("edit", "expected", "field"),
    [
        (("%72", "%27"), "claim growth says 72% (rate); the article now says %27", "rate"),
        (
            ("1,7 milyar", "2,7 milyar"),
            "claim growth says 1.7 billion USD (value); the article now says 2,7 milyar dolara",
            "value",
        ),
        (
            ("28 Nisan", "29 Nisan"),
            "claim meeting says 2025-04-28 (date); the article now says 29 Nisan 2025'te",
            "date",
        ),
        (
            ("Ankara'da", "İzmir'de"),
            "claim meeting says Ankara (place); the article now says 'İzmir'de'",
            "place",
        ),
        (
            ("ilk 10", "ilk 100"),
            "claim top10 says top 10 (bound); the article now says ilk 100",
            "bound",
        ),
        (
            ("geçen yılın aynı dönemine", "2023'ün aynı dönemine"),
            "claim growth says 2024-Q1 (base_period); the article now says 2023",
            "base_period",
        ),
    ],
)
def test_careless_edit_says_what_changed(
    tmp_path: Path, edit: tuple[str, str], expected: str, field: str
) -> None:
    text = TEXT.replace(*edit)
    found = findings(ClaimChanged(), make_context(tmp_path, text, CLAIMS))
    assert len(found) == 1, found
    [finding] = found
    assert finding.message.startswith(expected), finding
    assert finding.fields == (field,)
    # The finding points at what the article says now, from its first character.
    now = edit[1].split("'")[0]
    assert finding.article is not None
    assert finding.article.offset == text.index(now), finding.article


def test_a_longer_name_is_not_the_claimed_name(tmp_path: Path) -> None:
    claims = CLAIMS + (
        "- id: remarks\n  kind: statement\n  speaker: simsek\n  content: he spoke\n"
        '  quote: "Şimşek, 2023\'te ihracatın"\n'
    )
    text = TEXT.replace("Şimşek,", "Şimşekoğlu,")
    assert placed(ClaimChanged(), make_context(tmp_path, text, claims)) == [(
        "1:156",
        "claim remarks says Mehmet Şimşek (speaker); the article now says 'Şimşekoğlu'",
    )]


def test_registry_aliases_of_an_official_are_accepted(tmp_path: Path) -> None:
    registry = tmp_path / "officials.yaml"
    registry.write_text(
        "officials:\n  - id: mehmet-simsek\n    name: Mehmet Şimşek\n    aliases: [Simsek]\n"
        "    positions:\n      - title: Bakan\n        source: {url: 'https://example.org'}\n",
        encoding="utf-8",
    )
    claims = CLAIMS.replace(
        "  aliases: [Şimşek]\n", "  aliases: [Şimşek]\n  official: mehmet-simsek\n"
    )
    claims += (
        "- id: remarks\n  kind: statement\n  speaker: simsek\n  content: he spoke\n"
        '  quote: "Şimşek, 2023\'te ihracatın"\n'
    )
    text = TEXT.replace("Şimşek,", "Simsek,")
    base = make_context(tmp_path, text, claims)
    without = messages(ClaimChanged(), base)
    assert any("says Mehmet Şimşek (speaker)" in m for m in without)
    with_registry = Context(base.article, base.claims, Registries((load_registry(registry),)))
    assert messages(ClaimChanged(), with_registry) == []
