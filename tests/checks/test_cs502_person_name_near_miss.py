from __future__ import annotations

from pathlib import Path

import pytest
from dated_context import make_context

from claimsuite.checks.base import Finding, Severity
from claimsuite.checks.cs502_person_name_near_miss import PersonNameNearMiss

PEOPLE = """\
- id: altindag
  kind: entity
  type: person
  name: İlkay Altındağ
- id: simsek
  kind: entity
  type: person
  name: Mehmet Şimşek
  aliases: [Şimşek]
"""

THOMPSON = """\
- id: thompson
  kind: entity
  type: person
  name: Katherine Thompson
"""


def run(
    tmp_path: Path, entities: str, text: str, language: str = "tr", registry: str = ""
) -> list[Finding]:
    ctx = make_context(tmp_path, text, entities, language=language, registry=registry)
    found = sorted(PersonNameNearMiss().run(ctx), key=lambda f: f.sort_key)
    assert all(f.severity is Severity.ERROR and f.code == "CS502" for f in found)
    return found


def test_same_first_name_with_surname_off(tmp_path: Path) -> None:
    [finding] = run(tmp_path, PEOPLE, "Tümgeneral İlkay Altıntaş heyete başkanlık etti.")
    assert finding.message == (
        "the article writes 'İlkay Altıntaş' (once), a near miss of altindag "
        "'İlkay Altındağ': a misspelt name, or a person the claim set does not know"
    )
    assert (finding.article.line, finding.article.col) == (1, 12)
    assert (finding.article.end_line, finding.article.end_col) == (1, 12 + len("İlkay Altıntaş"))
    assert finding.claims == ("altindag",)
    assert finding.suggestion == "İlkay Altındağ"
    assert finding.related == ()


def test_surname_alone_with_a_slip_counts_every_occurrence(tmp_path: Path) -> None:
    text = "Şimşek konuştu.\nŞimşec'e göre büyüme sürecek.\nŞimşec ayrıca ekledi."
    [finding] = run(tmp_path, PEOPLE, text)
    assert finding.message == (
        "the article writes 'Şimşec' (2 times), a near miss of simsek "
        "'Mehmet Şimşek': a misspelt name, or a person the claim set does not know"
    )
    assert (finding.article.line, finding.article.col) == (2, 1)
    assert [(r.message, r.location.line if r.location else 0) for r in finding.related] == [
        ("'Şimşec' again", 3)
    ]


def test_english_surname_alone(tmp_path: Path) -> None:
    text = "Katherine Thompson led the delegation. Thomson said the talks went well."
    [finding] = run(tmp_path, THOMPSON, text, language="en")
    assert finding.message.startswith("the article writes 'Thomson' (once)")
    assert (finding.article.line, finding.article.col) == (1, 40)


def test_linked_official_alias_is_a_known_name(tmp_path: Path) -> None:
    registry = """\
    officials:
      - id: katherine-thompson
        name: Katherine Thompson
        aliases: [Katie Thompson]
        positions:
          - title: Acting Deputy Assistant Secretary
            source: {url: "https://example.org/dod"}
    """
    entities = THOMPSON + "  official: katherine-thompson\n"
    text = "Katie Thomsen led the delegation."
    [finding] = run(tmp_path, entities, text, language="en", registry=registry)
    assert "'Katie Thomsen' (once), a near miss of thompson 'Katie Thompson'" in (
        finding.message
    )
    assert (finding.article.line, finding.article.col) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "İlkay Altındağ ve Mehmet Şimşek görüştü; Şimşek'in açıklaması.",
        "MEHMET ŞİMŞEK VE İLKAY ALTINDAĞ",
        "Ahmet Şimşekoğlu ile Şimşekler ailesi.",  # other, longer names
        "Mehmet Simsek konuştu.",  # Turkish letters only: CS501's variant
        "Ayşe Altıntaş konuştu.",  # another first name, surname not close enough alone
        "İlkay Yılmaz konuştu.",  # another surname altogether
    ],
)
def test_known_names_and_other_names_are_quiet(tmp_path: Path, text: str) -> None:
    assert run(tmp_path, PEOPLE, text) == []


def test_ordinary_words_and_other_known_people_are_quiet(tmp_path: Path) -> None:
    entities = """\
    - id: marsh
      kind: entity
      type: person
      name: John Marsh
    - id: kara
      kind: entity
      type: person
      name: Veli Kara
    - id: kaya
      kind: entity
      type: person
      name: Ali Kaya
    """
    text = (
        "John Marsh met Veli Kara on 14 March 2025. Kara and Kaya spoke. "
        "Marks were given. Nobody got full marks."
    )
    assert run(tmp_path, entities, text, language="en") == []
