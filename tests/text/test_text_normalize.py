from __future__ import annotations

import unicodedata

import pytest

from claimsuite.text import Folded, clean, fold, strip_marks


def test_clean_bom_newlines_nfc():
    nfd = unicodedata.normalize("NFD", "Şimşek İhracat çeyreği")
    assert clean("\ufeff" + nfd + "\r\nb\rc") == "Şimşek İhracat çeyreği\nb\nc"
    assert clean(nfd) == clean("Şimşek İhracat çeyreği")


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("İSTANBUL", "tr", "istanbul"),
        ("ILIK", "tr", "ılık"),
        ("Işık  ve\n\tIrmak ", "tr", "ışık ve ırmak"),
        ("İstanbul", "en", "istanbul"),
        ("IRON", "en", "iron"),
        ("Şimşek’in", "tr", "şimşek'in"),
        ("Şimşek‘in ʼa `b ´c ′d", "tr", "şimşek'in 'a 'b 'c 'd"),
        ("  STRASSE  ", "en", "strasse"),
        ("Straße", "en", "strasse"),
    ],
)
def test_fold(text, language, key):
    assert fold(text, language) == key


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("Millî", "Milli"),
        ("kâr", "kar"),
        ("Hûkûmet", "Hukumet"),
        ("çşğöüıİ ÇŞĞÖÜ", "çşğöüıİ ÇŞĞÖÜ"),
        (unicodedata.normalize("NFD", "Millî"), "Milli"),
    ],
)
def test_strip_marks(text, stripped):
    assert strip_marks(text) == stripped


def test_folded_maps_back_through_whitespace_and_apostrophes():
    text = "Bakan  Mehmet\n  ŞİMŞEK’in açıklaması"
    folded = Folded.of(text, "tr")
    assert folded.key == "bakan mehmet şimşek'in açıklaması"
    start = folded.key.index("mehmet şimşek")
    span = folded.source_span(start, start + len("mehmet şimşek"))
    assert text[span[0] : span[1]] == "Mehmet\n  ŞİMŞEK"


def test_folded_marks():
    text = "Türkiye Cumhuriyeti Millî Savunma"
    folded = Folded.of(text, "tr", marks=True)
    assert folded.key == "türkiye cumhuriyeti milli savunma"
    start = folded.key.index("milli")
    assert folded.source_span(start, start + 5) == (20, 25)
    assert text[20:25] == "Millî"


def test_folded_with_expanding_letters():
    text = "Die  Straße ist lang"
    folded = Folded.of(text, "en")
    assert folded.key == "die strasse ist lang"
    start = folded.key.index("strasse")
    s, e = folded.source_span(start, start + len("strasse"))
    assert text[s:e] == "Straße"
    s, e = folded.source_span(folded.key.index("ist"), folded.key.index("ist") + 3)
    assert text[s:e] == "ist"


def test_folded_span_bounds():
    folded = Folded.of("  abc  ", "en")
    assert folded.key == "abc"
    assert folded.source_span(0, 3) == (2, 5)
    assert folded.source_span(3, 3) == (7, 7)
    with pytest.raises(ValueError, match="outside"):
        folded.source_span(0, 4)


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize("text", ["İSTANBUL’un", "Işık IRMAK", "Millî kâr", "ÇİĞDEM"])
def test_fold_is_the_same_for_composed_and_decomposed_text(text, language):
    assert fold(unicodedata.normalize("NFD", text), language) == fold(text, language)


def test_fold_for_names_drops_marks_and_punctuation():
    assert fold("Millî Savunma Bakanlığı’nın", "tr", marks=True, punctuation=True) == (
        "milli savunma bakanlığı nın"
    )
    assert fold("İLKAY Altındağ", "tr") == "ilkay altındağ"
    assert fold("DIŞİŞLERİ", "tr") == "dışişleri"
