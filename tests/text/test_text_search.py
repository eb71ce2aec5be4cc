from __future__ import annotations

from pathlib import Path

import pytest

from claimsuite.text import Article, find_name, find_phrases, load_language

SEED = Path(__file__).resolve().parents[2] / "seeds" / "tr-us-defense-2025.txt"


def names(text: str, name: str, language: str = "tr", **kw: bool) -> list[str]:
    return [text[s:e] for s, e in find_name(text, name, language, **kw)]


def test_find_name_suffix_only_after_apostrophe():
    text = "Şimşek, Şimşek'in ve Şimşek’in sözleri; Şimşekoğlu ise ŞİMŞEK dedi. Şimşeki"
    assert names(text, "Şimşek") == ["Şimşek", "Şimşek", "Şimşek", "ŞİMŞEK"]


@pytest.mark.parametrize("long", [False, True])
def test_find_name_institution_inflected_without_apostrophe(long: bool):
    """Issue 13 §7: agencies write "Ticaret Bakanlığının", "Tarım ve Orman Bakanlığının"; the
    last word of a name of several words may take an inflection directly, never another
    word ("Bakanlığıkapı") and never on a one-word name ("Şimşekoğlu")."""
    text = (
        "Ticaret Bakanlığının verileri, Tarım ve Orman Bakanlığıyla görüşme. "
        "Ticaret Bakanlığıkapı. Şimşekoğlu geldi. "
    )
    if long:
        text = text + "Başka bir cümle. " * 150  # the indexed search of long texts
    assert names(text, "Ticaret Bakanlığı") == ["Ticaret Bakanlığı"]
    assert names(text, "Tarım ve Orman Bakanlığı") == ["Tarım ve Orman Bakanlığı"]
    assert names(text, "Şimşek") == []
    assert names("Trade Ministrys data", "Trade Ministry", "en") == []


@pytest.mark.parametrize("marks", [False, True])
def test_find_name_common_noun_inflected_in_a_long_text(marks: bool):
    """A common noun of one word may take an ending directly ("Ekonomistlerin"): the indexed
    search of a long text finds what the direct search of a short one finds."""
    short = "Ekonomistlerin tahmini, hâkimin kararı ve Ekonomist dergisi."
    long = short + " Başka bir cümle." * 150
    for name in ("Ekonomist", "Hakim"):
        direct = names(short, name, common=True, marks=marks)
        assert names(long, name, common=True, marks=marks) == direct
        assert names(long, name, marks=marks) == names(short, name, marks=marks)
    assert names(short, "Ekonomist", common=True) == ["Ekonomist", "Ekonomist"]
    assert names(long, "Hakim", common=True, marks=True) == ["hâkim"]


def test_find_name_multiword_and_whitespace():
    text = "Hazine ve Maliye Bakanı Mehmet\n  Şimşek konuştu."
    assert names(text, "Mehmet Şimşek") == ["Mehmet\n  Şimşek"]
    assert names(text, "mehmet şimşek") == ["Mehmet\n  Şimşek"]


def test_find_name_marks():
    article = Article.read(SEED, "tr")
    text = article.text
    assert len(names(text, "Milli Savunma Bakanlığı")) == 2
    assert len(names(text, "Millî Savunma Bakanlığı")) == 1
    assert len(names(text, "Milli Savunma Bakanlığı", marks=True)) == 3
    assert names(text, "Ankara") == ["Ankara"]
    assert names(text, "ABD Savunma Bakanlığı") == ["ABD Savunma Bakanlığı"]


@pytest.mark.parametrize("extra", ["", " x\u0302"])  # a loose mark: the key folded with marks
@pytest.mark.parametrize(
    "name", ["Milli Savunma Bakanlığı", "Millî Savunma", "Hâkim", "'Hakim", "milli"]
)
def test_find_name_marks_indexed_as_direct(name: str, extra: str):
    """A long text's name index without marks finds what the direct search of each short
    piece finds, at the same offsets (marks on the text's words, on an ending, on the name)."""
    piece = (
        "Millî Savunma Bakanlığının açıklaması, MİLLÎ SAVUNMA BAKANLIĞI'nın ve Milli "
        "Savunma Bakanlığıkapı; Hâkim'in, hakim, 'Hâkim ve Millîleşme." + extra + "\n"
    )
    repeats = 40
    text = piece * repeats
    assert len(text) > 2_000  # the indexed search
    want = [
        (start + k * len(piece), end + k * len(piece))
        for k in range(repeats)
        for start, end in find_name(piece, name, "tr", marks=True, common=True)
    ]
    assert want
    assert find_name(text, name, "tr", marks=True, common=True) == want


def test_find_name_turkish_casing():
    assert names("İLKAY ALTINDAĞ geldi", "İlkay Altındağ") == ["İLKAY ALTINDAĞ"]
    assert names("Istanbul", "İstanbul", "en") == ["Istanbul"]


def test_find_phrases_stems_and_phrases():
    text = "Bilgi alışverişi yapıldığı bildirildi. Olanakların ele alındığı ifade  edildi."
    hits = find_phrases(text, ["bildiril", "ifade edildi", "açıklandı"], "tr")
    assert [(text[s:e], p) for s, e, p in hits] == [
        ("bildirildi", "bildiril"),
        ("ifade  edildi", "ifade edildi"),
    ]


def test_find_phrases_word_boundaries_in_english():
    text = "It may rain. Dismay grew. MAY was there; it might."
    hits = find_phrases(text, ["may", "might"], "en")
    assert [text[s:e] for s, e, _ in hits] == ["may", "MAY", "might"]


def test_find_phrases_inner_suffix_patterns():
    article = Article.read(SEED, "tr")
    data = load_language("tr")
    hits = find_phrases(article.text, data.future_markers, "tr")
    words = [article.text[s:e] for s, e, _ in hits]
    assert "alacağını" in words
    assert "gerçekleşecek" in words
    assert "oynayacaktır" in words
    assert all(w != "atılacak" or True for w in words)


def test_find_phrases_seed_hedges_and_passives():
    article = Article.read(SEED, "tr")
    data = load_language("tr")
    hedges = [article.text[s:e] for s, e, _ in find_phrases(article.text, data.hedges, "tr")]
    assert hedges == ["muhtemelen"]
    passives = [article.text[s:e] for s, e, _ in find_phrases(article.text, data.passives, "tr")]
    assert passives == ["bildirildi", "ifade edildi", "belirtildi"]


def test_find_phrases_longer_wins():
    text = "büyük ihtimalle olur"
    hits = find_phrases(text, ["büyük", "büyük ihtimalle"], "tr")
    assert hits == [(0, 15, "büyük ihtimalle")]


@pytest.mark.parametrize("language", ["tr", "en"])
def test_find_phrases_empty(language):
    assert find_phrases("", ["x"], language) == []
    assert find_phrases("abc", [""], language) == []
