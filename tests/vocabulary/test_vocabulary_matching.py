from __future__ import annotations

import pytest

from claimsuite.analysis.vocabulary import WordIndex, find_form, with_ending
from claimsuite.text.language import load_language


def found(text: str, form: str, language: str = "tr") -> list[str]:
    words = WordIndex(text, language)
    return [text[a:c] for a, _, c, _ in find_form(words, form, load_language(language))]


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("savunma sanayi", ["savunma sanayi"]),
        ("savunma sanayine", ["savunma sanayine"]),
        ("Savunma Sanayi'nin", ["Savunma Sanayi'nin"]),
        ("Savunma Sanayi’nin", ["Savunma Sanayi’nin"]),
        ("SAVUNMA SANAYİ", ["SAVUNMA SANAYİ"]),
        ("savunma sanayii", []),
        ("savunma sanayiinde", []),
        ("savunma\nsanayi", ["savunma\nsanayi"]),
        ("savunma, sanayi", []),
    ],
)
def test_a_rejected_phrase_with_endings_casing_and_apostrophes(text: str, hits: list[str]) -> None:
    assert found(text, "savunma sanayi") == hits


def test_turkish_dotted_and_dotless_i() -> None:
    assert found("IRAK'ın", "Irak") == ["IRAK'ın"]
    assert found("İSTANBUL'da", "istanbul") == ["İSTANBUL'da"]
    assert found("ISTANBUL", "istanbul") == []  # I is ı in Turkish


def test_a_suffix_after_another_words_apostrophe_is_not_a_word() -> None:
    assert found("ABD'deki yetkililer", "deki") == []


@pytest.mark.parametrize(
    ("preferred", "form", "ending", "expected"),
    [
        ("savunma sanayii", "savunma sanayi", "ne", "savunma sanayiine"),
        ("savunma sanayii", "savunma sanayi", "ye", "savunma sanayii"),
        ("Millî Savunma Bakanlığı", "Milli Savunma Bakanlığı", "'nın",
         "Millî Savunma Bakanlığı'nın"),
        ("herkes", "herkez", "den", "herkes"),
        ("yanlış", "yalnış", "lık", "yanlışlık"),
        ("Kyiv", "Kiev", "'s", "Kyiv's"),
        ("Kyiv", "Kiev", "", "Kyiv"),
    ],
)
def test_the_suggestion_keeps_an_ending_that_carries_over(
    preferred: str, form: str, ending: str, expected: str
) -> None:
    assert with_ending(preferred, form, ending) == expected
