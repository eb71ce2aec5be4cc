from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from claimsuite.checks.cs503_house_vocabulary import HouseVocabulary
from claimsuite.testing import claim_file, findings, make_context
from claimsuite.vocabulary import Vocabulary, load_vocabulary

MSB = """
    - id: msb
      kind: entity
      type: organisation
      name: Millî Savunma Bakanlığı
"""
OTHER = """
    - id: ankara
      kind: entity
      type: place
      name: Ankara
"""


def run(text: str, claims: str = OTHER, language: str = "tr", vocabulary: Vocabulary | None = None):
    ctx = make_context(text, claim_file(claims, language=language))
    if vocabulary is not None:
        ctx = replace(ctx, vocabulary=vocabulary)
    return findings(ctx, HouseVocabulary)


def test_a_rejected_term_with_a_suffix_is_reported_with_the_preferred_form_and_its_ending() -> None:
    text = "Ankara'da savunma sanayine yönelik adımlar ve SAVUNMA SANAYİ alanındaki ihracat."
    first, second = run(text)
    assert first.message == (
        "'savunma sanayine': the house vocabulary writes 'savunma sanayii', not 'savunma sanayi'"
    )
    assert first.suggestion == "savunma sanayiine"
    assert (first.article.line, first.article.col) == (1, 11)
    assert second.suggestion == "SAVUNMA SANAYİİ"
    [initial] = run("Savunma sanayi ihracatı Ankara'da arttı.")
    assert initial.suggestion == "Savunma sanayii"
    [related] = first.related
    assert related.location.path == "claimsuite/vocabulary/tr.yaml"
    assert related.url.startswith("https://")


def test_the_preferred_form_and_its_inflections_are_quiet() -> None:
    text = "Ankara'da savunma sanayii, savunma sanayiinde ve Savunma Sanayii'nin geleceği."
    assert run(text) == []


def test_apostrophes_and_turkish_casing_count_as_the_same_word() -> None:
    for written in ("Resmi Gazete'de", "Resmi Gazete’de", "RESMİ GAZETE'DE", "resmi gazetede"):
        [finding] = run(f"Ankara'da karar {written} yayımlandı.")
        assert finding.suggestion.casefold().startswith("resmî gazete"), written
    [finding] = run("Ankara'da karar Resmi Gazete’de yayımlandı.")
    assert finding.suggestion == "Resmî Gazete’de"


def test_a_longer_word_is_not_the_rejected_one() -> None:
    # "herkezden" is herkez + den; its ending changes with the last letter: "herkesten".
    assert run("Ankara'da herkezden önce.")[0].suggestion == "herkes"
    assert run("Ankara'da herkezin işi.")[0].suggestion == "herkes"
    assert run("Ankara'da yalnışlık yapıldı.")[0].suggestion == "yanlışlık"
    assert run("Ankara'da orjinallik yok.")[0].suggestion == "orijinallik"
    assert run("Ankara'da herkesten önce geldi.") == []


def test_a_declared_entity_is_left_to_cs501() -> None:
    text = "Milli Savunma Bakanlığı açıklama yaptı."
    assert run(text, MSB) == []
    [finding] = run(text, OTHER)
    assert finding.suggestion == "Millî Savunma Bakanlığı"


def test_english_rejected_term_with_an_exception_phrase() -> None:
    text = "Officials in Kiev met; Kiev's mayor ate chicken Kiev."
    found = run(text, language="en")
    assert [f.suggestion for f in found] == ["Kyiv", "Kyiv's"]
    assert run("Officials met in Kyiv.", language="en") == []


def test_switched_off_the_default_list_reports_nothing(tmp_path: Path) -> None:
    text = "Ankara'da savunma sanayi ihracatı."
    assert run(text, vocabulary=load_vocabulary(defaults=False)) == []
