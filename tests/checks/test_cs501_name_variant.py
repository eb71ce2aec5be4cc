from __future__ import annotations

from pathlib import Path

import pytest
from dated_context import make_context

from claimsuite.checks.base import Finding, Severity
from claimsuite.checks.cs501_name_variant import NameVariant

MSB = """\
- id: msb
  kind: entity
  type: organisation
  name: Millî Savunma Bakanlığı
"""


def run(
    tmp_path: Path, entities: str, text: str, language: str = "tr", registry: str = ""
) -> list[Finding]:
    ctx = make_context(tmp_path, text, entities, language=language, registry=registry)
    found = sorted(NameVariant().run(ctx), key=lambda f: f.sort_key)
    assert all(f.severity is Severity.WARNING and f.code == "CS501" for f in found)
    return found


def test_circumflex_variant_reported_once_with_other_lines(tmp_path: Path) -> None:
    text = (
        "Millî Savunma Bakanlığı açıklama yaptı.\n"
        "Milli Savunma Bakanlığı'nın açıklamasında.\n"
        "Bir kez daha Milli Savunma Bakanlığının verileri.\n"
    )
    [finding] = run(tmp_path, MSB, text)
    assert finding.message == (
        "entity msb is 'Millî Savunma Bakanlığı'; the article writes 'Milli Savunma "
        "Bakanlığı' (2 times), which differs in a circumflex or accent "
        "and is not a declared alias"
    )
    assert (finding.article.line, finding.article.col) == (2, 1)
    assert [(r.message, r.location.line if r.location else 0) for r in finding.related] == [
        ("'Milli Savunma Bakanlığı' again", 3)
    ]
    assert finding.fields == ("name", "aliases")
    assert finding.suggestion == "Millî Savunma Bakanlığı"
    assert (finding.claim_file.line, finding.claim_file.col) == (8, 11)
    assert finding.claims == ("msb",)


def test_one_letter_slip_in_a_multi_word_name(tmp_path: Path) -> None:
    entities = """\
    - id: ssb
      kind: entity
      type: organisation
      name: Savunma Sanayii Başkanlığı
    """
    [finding] = run(tmp_path, entities, "Savunma Sanayi Başkanlığı'nın verilerine göre.")
    assert finding.message == (
        "entity ssb is 'Savunma Sanayii Başkanlığı'; the article writes 'Savunma Sanayi "
        "Başkanlığı' (once), which differs in one or two letters and is not a "
        "declared alias"
    )
    assert (finding.article.line, finding.article.col) == (1, 1)
    assert finding.related == ()


def test_english_spelling_slip(tmp_path: Path) -> None:
    entities = """\
    - id: dod
      kind: entity
      type: organisation
      name: Department of Defense
    """
    text = "The Department of Defense said. Later the Department of Defence's office said."
    [finding] = run(tmp_path, entities, text, language="en")
    assert "writes 'Department of Defence' (once)" in finding.message
    assert (finding.article.line, finding.article.col) == (1, 43)
    end = (finding.article.end_line, finding.article.end_col)
    assert end == (1, 43 + len("Department of Defence"))


def test_person_name_without_turkish_letters_is_a_variant(tmp_path: Path) -> None:
    entities = """\
    - id: simsek
      kind: entity
      type: person
      name: Mehmet Şimşek
    """
    found = run(tmp_path, entities, "Mehmet Simsek konuştu. Simsek ayrıca dedi ki.")
    assert [(f.article.col if f.article else 0, f.message, f.suggestion) for f in found] == [
        (
            1,
            "entity simsek is 'Mehmet Şimşek'; the article writes 'Mehmet Simsek' "
            "(once), which differs in its Turkish letters (ç ğ ı ö ş ü) and is not a declared "
            "alias",
            "Mehmet Şimşek",
        ),
        (
            24,
            "entity simsek is 'Mehmet Şimşek' (declared spelling 'Şimşek'); the article writes "
            "'Simsek' (once), which differs in its Turkish letters (ç ğ ı ö ş ü) and is "
            "not a declared alias",
            "Şimşek",
        ),
    ]


def test_declared_alias_is_accepted(tmp_path: Path) -> None:
    entities = MSB + "  aliases: [Milli Savunma Bakanlığı]\n"
    assert run(tmp_path, entities, "Milli Savunma Bakanlığı ve Millî Savunma Bakanlığı.") == []


def test_registry_entity_alias_is_accepted(tmp_path: Path) -> None:
    registry = """\
    entities:
      - id: msb
        name: Millî Savunma Bakanlığı
        aliases: [Milli Savunma Bakanlığı, MSB]
        source: {url: "https://example.org/msb"}
    """
    assert run(tmp_path, MSB, "Milli Savunma Bakanlığı açıkladı.", registry=registry) == []


def test_official_alias_is_accepted(tmp_path: Path) -> None:
    registry = """\
    officials:
      - id: mehmet-simsek
        name: Mehmet Şimşek
        aliases: [Mehmet Simsek]
        positions:
          - title: Hazine ve Maliye Bakanı
            source: {url: "https://example.org/cabinet"}
    """
    entities = """\
    - id: simsek
      kind: entity
      type: person
      name: Mehmet Şimşek
      official: mehmet-simsek
    """
    assert run(tmp_path, entities, "Mehmet Simsek konuştu.", registry=registry) == []


@pytest.mark.parametrize(
    "text",
    [
        "MİLLÎ SAVUNMA BAKANLIĞI'NIN AÇIKLAMASI",
        "Millî Savunma Bakanlığının açıklaması ve Millî Savunma Bakanlığı’na göre.",
        "Millî Savunma\nBakanlığı açıkladı.",
        "milli savunma bakanlığı gibi genel bir söz.",
        "Ticaret Bakanı ve Milli Savunma Bakanı konuştu.",
        "ABD Savunma Bakanlığı açıkladı.",
    ],
)
def test_same_name_or_other_words_are_quiet(tmp_path: Path, text: str) -> None:
    assert run(tmp_path, MSB, text) == []


def test_other_entity_spelt_exactly_is_not_a_variant(tmp_path: Path) -> None:
    entities = (
        MSB
        + """\
- id: ticaret
  kind: entity
  type: organisation
  name: Ticaret Bakanlığı
- id: hazine
  kind: entity
  type: organisation
  name: Hazine ve Maliye Bakanlığı
"""
    )
    text = "Ticaret Bakanlığı, Hazine ve Maliye Bakanı ile Millî Savunma Bakanlığı görüştü."
    assert run(tmp_path, entities, text) == []


def test_one_word_name_slip_and_person_slip_are_left_alone(tmp_path: Path) -> None:
    entities = """\
    - id: ankara
      kind: entity
      type: place
      name: Ankara
    - id: simsek
      kind: entity
      type: person
      name: Mehmet Şimşek
    """
    # "Ankra" may be anything; "Şimşec" is a misspelt person, an error for CS502.
    assert run(tmp_path, entities, "Ankra'da Mehmet Şimşec konuştu.") == []
