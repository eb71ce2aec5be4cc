from __future__ import annotations

from dataclasses import replace

import pytest

from claimsuite.checks.cs504_term_spelling_variant import TermSpellingVariant
from claimsuite.testing import claim_file, findings, make_context
from claimsuite.vocabulary import load_vocabulary

CLAIMS = """
    - id: ankara
      kind: entity
      type: place
      name: Ankara
"""
OFF = load_vocabulary(defaults=False)


def run(text: str, language: str = "tr", *, vocabulary: bool = False):
    ctx = make_context(text, claim_file(CLAIMS, language=language))
    if not vocabulary:
        ctx = replace(ctx, vocabulary=OFF)
    return findings(ctx, TermSpellingVariant)


def test_two_spellings_of_one_term_are_listed_with_every_place() -> None:
    text = (
        "Görüşmelerde savunma sanayii konuşuldu.\n"
        "Savunma sanayine yönelik adımlar ve savunma sanayiindeki gelişmeler.\n"
        "Savunma sanayi ihracatı arttı."
    )
    [finding] = run(text)
    assert finding.message == (
        "one term in two spellings, differing in a doubled letter: 'sanayii' 2 times "
        "(sanayii, sanayiindeki) and 'sanayi' 2 times (sanayi, sanayine); write it one way"
    )
    assert (finding.article.line, finding.article.col) == (1, 22)
    assert [(r.message, r.location.line) for r in finding.related] == [
        ("'sanayi' as 'sanayine'", 2),
        ("'sanayii' as 'sanayiindeki'", 2),
        ("'sanayi' as 'sanayi'", 3),
    ]


def test_a_suffix_is_not_a_second_spelling() -> None:
    assert run("Sanayi üretimi arttı; sanayine yatırım ve sanayide istihdam sürdü.") == []


def test_a_vocabulary_entry_settles_the_term_for_cs503() -> None:
    assert run("savunma sanayii ve savunma sanayi", vocabulary=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bunun olduğu anlaşıldı. Adamın öldüğü bildirildi.",
        "Sınır kapısı açıldı. Sinir sistemi etkilendi.",
        "Şirketin kârı arttı. Kar yağışı sürüyor.",
        "Ekonomide hâkim görüş bu. Hakim kararı açıkladı.",
        "Yeni askerî tatbikat yapıldı. ABD askeri yaralandı.",
        "İstanbul'un Etiler semtinde açıklama yaptılar ve ilan ettiler.",
        "Tabii ki. Kanuna tabi olarak.",
        "Batı cephesinde gemi battı.",
        "Görüşmelerde görüşmeler ve görüşmelerin sonuçları.",
        # One vowel: as likely a slip in the lettered word (the mutate 'spelling' control).
        "Bu potansiyeli gösteriyor; potansıyelini artırıyor.",
    ],
)
def test_different_words_are_not_variants(text: str) -> None:
    assert run(text) == []


def test_circumflex_and_plain_letters() -> None:
    [marks] = run("Maç öncesi millî takım ve milli maç sonrası.")
    assert "a circumflex" in marks.message
    [plain] = run("Karar doğrultusunda ve yine karar dogrultusunda hareket edildi.")
    assert "Turkish letters written plain" in plain.message


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("He travelled; she traveled.", "a doubled l"),
        ("The organisation and the organization met.", "-ise / -ize"),
        ("Defence exports and defense spending rose.", "-ence / -ense"),
    ],
)
def test_english_british_and_american_spellings(text: str, how: str) -> None:
    [finding] = run(text, "en")
    assert how in finding.message


@pytest.mark.parametrize(
    "text", ["The filling and the filing.", "He was hoping; he was hopping.",
             "Later, the latter.", "The rise in Rize.", "She will resume; her résumé.",
             "A driving licence, licensed to drive.", "Defence is defensive.",
             "The Ministry of National Defence met the US Department of Defense."],
)
def test_english_different_words_are_not_variants(text: str) -> None:
    assert run(text, "en") == []
