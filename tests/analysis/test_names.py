"""One function for the names an entity may go by, parameterised by what it includes."""

from __future__ import annotations

from pathlib import Path

from dated_context import make_context

from claimsuite.analysis.names import accepted_names, fold_name, folded_names, name_key

ENTITIES = """\
- id: simsek
  kind: entity
  type: person
  name: Mehmet Şimşek
  aliases: [Şimşek]
  official: mehmet-simsek
- id: msb
  kind: entity
  type: organisation
  name: Millî Savunma Bakanlığı
"""
RECORD = """\
officials:
  - id: mehmet-simsek
    name: Mehmet Şimşek
    aliases: [Simsek, M. Şimşek]
    positions:
      - title: Bakan
        source: {url: "https://example.org"}
entities:
  - id: msb
    name: Milli Savunma Bakanlığı
    aliases: [MSB]
    source: {url: "https://example.org"}
  - id: defence-ministry
    name: Ministry of National Defence
    aliases: [MİLLİ SAVUNMA BAKANLIĞI]
    source: {url: "https://example.org"}
"""


def test_the_names_grow_with_each_source(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, "Metin.", ENTITIES, registry=RECORD)
    claims, record = ctx.claims, ctx.registries
    own = accepted_names(claims, record, "simsek", official=False, record=False)
    assert own == ("Mehmet Şimşek", "Şimşek")
    assert accepted_names(claims, record, "simsek", record=False) == (
        "Mehmet Şimşek", "Şimşek", "Simsek", "M. Şimşek"
    )
    assert accepted_names(claims, record, "msb", official=False) == (
        "Millî Savunma Bakanlığı", "Milli Savunma Bakanlığı", "MSB",
        "Ministry of National Defence", "MİLLİ SAVUNMA BAKANLIĞI",
    )


def test_the_surname_alone_is_a_persons_name(tmp_path: Path) -> None:
    entities = ENTITIES.replace("  aliases: [Şimşek]\n", "")
    ctx = make_context(tmp_path, "Metin.", entities, registry=RECORD)
    names = accepted_names(ctx.claims, ctx.registries, "simsek", surname=True)
    assert names[-1] == "Şimşek"
    assert accepted_names(ctx.claims, ctx.registries, "msb", surname=True)[-1] != "Bakanlığı"


def test_unknown_entities_have_no_names(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, "Metin.", ENTITIES)
    assert accepted_names(ctx.claims, ctx.registries, "nobody") == ()
    assert accepted_names(ctx.claims, ctx.registries, None) == ()


def test_folded_names_for_the_record_include_ids(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, "Metin.", ENTITIES, registry=RECORD)
    keys = folded_names(ctx.claims, ctx.registries, "msb")
    assert {"msb", "milli savunma bakanlığı", "defence ministry"} <= keys
    # An id the claim file does not know still finds the record entity with that id.
    assert "ministry of national defence" in folded_names(
        ctx.claims, ctx.registries, "defence-ministry"
    )
    assert folded_names(ctx.claims, ctx.registries, None) == set()


def test_name_key_ignores_case_marks_and_punctuation() -> None:
    assert name_key("Millî Savunma Bakanlığı'nın") == "milli savunma bakanlığı nın"
    assert fold_name("İSTANBUL") == "istanbul"
    assert fold_name("IRAK") == "ırak"
