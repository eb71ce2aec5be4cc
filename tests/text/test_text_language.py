from __future__ import annotations

import pytest

from claimsuite.text import load_language


def test_unknown_language_names_supported():
    with pytest.raises(ValueError, match=r"unsupported language 'de'; supported languages: en, tr"):
        load_language("de")


def test_cached():
    assert load_language("tr") is load_language("tr")


def test_babel_data():
    tr, en = load_language("tr"), load_language("en")
    assert (tr.decimal_symbol, tr.group_symbol) == (",", ".")
    assert (en.decimal_symbol, en.group_symbol) == (".", ",")
    assert tr.months["nisan"] == 4
    assert tr.months["şubat"] == 2
    assert tr.months["ağu"] == 8
    assert "nis" in tr.month_abbreviations
    assert en.months["april"] == 4
    assert "may" not in en.month_abbreviations


@pytest.mark.parametrize("code", ["tr", "en"])
def test_editor_lists_present(code):
    data = load_language(code)
    assert data.hedges
    assert data.passives
    assert data.future_markers


@pytest.mark.parametrize(
    ("word", "stem", "expected"),
    [
        ("dolara", "dolar", True),
        ("doları", "dolar", True),
        ("dolarlık", "dolar", True),
        ("yılında", "yıl", True),
        ("yılının", "yıl", True),
        ("çeyreğinde", "çeyreğ", True),
        ("yarısında", "yarı", True),
        ("dünya", "dün", False),
        ("yıldız", "yıl", False),
        ("avrupa", "avro", False),
    ],
)
def test_turkish_suffixes(word, stem, expected):
    assert load_language("tr").word_is(word, stem) is expected


def test_english_takes_no_suffix():
    assert not load_language("en").word_is("dollarish", "dollar")
