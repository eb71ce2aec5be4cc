"""analysis.diff: an edited passage aligned with its quote, each changed span classified."""

from __future__ import annotations

import pytest

from claimsuite.analysis.diff import changes, replacement, spelled_value


@pytest.mark.parametrize(
    ("quote", "passage", "language"),
    [
        ("%72 artışla 1.7 milyar dolara ulaştığı", "yüzde 72 artışla 1,7 milyar dolara ulaştığı",
         "tr"),
        ("1,7 milyar dolar", "1 milyar 700 milyon dolar", "tr"),
        ("28 Nisan 2025 tarihinde", "28 Nisan 2025 tarihinde", "tr"),
        ("rose 18 percent", "rose 18%", "en"),
        ("Kasım ayında yüzde 16 arttı", "Kasımda yüzde 16 arttı", "tr"),
        ("%12 arttı", "yüzde on iki arttı", "tr"),
        ("yüzde 22 ile yüzde 24 arasında", "yüzde 22 ile %24 arasında", "tr"),
        ("rose 3 percent", "rose three percent", "en"),
    ],
)
def test_a_change_of_notation_is_no_change(quote: str, passage: str, language: str) -> None:
    assert changes(quote, passage, language) == []


@pytest.mark.parametrize(
    ("quote", "passage", "language", "expected"),
    [
        ("%72 artışla ulaştı", "%27 artışla ulaştı", "tr", [("figure", "%72", "%27")]),
        ("1.7 milyar dolara", "1.7 milyar euroya", "tr",
         [("figure", "1.7 milyar dolara", "1.7 milyar euroya")]),
        ("%12 arttı", "yüzde on üç arttı", "tr", [("figure", "%12", "yüzde on üç")]),
        ("2025 yılında", "2026 yılında", "tr", [("period", "2025 yılında", "2026 yılında")]),
        ("%72 artışla", "%72 düşüşle", "tr", [("direction", "artışla", "düşüşle")]),
        ("revenue rose 18 percent", "revenue fell 18 percent", "en",
         [("direction", "rose", "fell")]),
        ("toplantı yapıldı", "toplantı yapılacak", "tr", [("tense", "yapıldı", "yapılacak")]),
        ("toplantı gerçekleşti", "toplantı gerçekleşmedi", "tr",
         [("tense", "gerçekleşti", "gerçekleşmedi")]),
        ("the meeting was held", "the meeting will be held", "en", [("tense", "was", "will be")]),
        ("derinlemesine görüştü", "kısaca görüştü", "tr",
         [("wording", "derinlemesine", "kısaca")]),
        # a scale or currency word on its own: "per million Btu" -> "per billion Btu"
        ("per million British thermal units", "per billion British thermal units", "en",
         [("figure", "million", "billion")]),
        # a period rewritten into words the grammar cannot read: another quarter or half,
        # another month, another ordinal is a change; a synonym is only a question
        ("yılın üçüncü çeyreğinde", "yılın üçüncü yarısında", "tr",
         [("period", "üçüncü çeyreğinde", "üçüncü yarısında")]),
        ("yılın ilk dokuz ayında", "yılın ikinci dokuz ayında", "tr",
         [("period", "yılın ilk dokuz ayında", "yılın ikinci dokuz ayında")]),
        ("Yılın ilk 10 ayında", "Yılın birinci 10 ayında", "tr",
         [("wording", "Yılın ilk 10 ayında", "Yılın birinci 10 ayında")]),
        # a figure in words that spells another value
        ("rose 3.0 percent", "rose four percent", "en",
         [("figure", "3.0 percent", "four percent")]),
    ],
)
def test_each_changed_span_is_classified(
    quote: str, passage: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(c.kind, c.old, c.new) for c in changes(quote, passage, language)] == expected


def test_a_direction_word_and_a_unit_changed_together_are_two_changes() -> None:
    found = changes("%72 artışla 1.7 milyar dolara", "%72 düşüşle 1.7 milyar euroya", "tr")
    assert [c.kind for c in found] == ["direction", "figure"]
    assert all(c.is_error for c in found)


def test_offsets_point_into_both_texts() -> None:
    quote, passage = "ihracat %72 arttı", "ihracat bu yıl %27 arttı"
    found = changes(quote, passage, "tr")
    for c in found:
        assert quote[c.old_start : c.old_end] == c.old
        assert passage[c.new_start : c.new_end] == c.new


@pytest.mark.parametrize(
    ("quote", "passage", "name", "now"),
    [
        # the words that replaced some of the name's ("Genel" stayed)
        ("Genel Müdürü Ali", "Genel Müdür Yardımcısı Ali", "Genel Müdürü", "Müdür Yardımcısı"),
        ("Sorumlu Müsteşar Yardımcısı Vekili Katherine", "Sorumlu Müsteşar Vekili Katherine",
         "Müsteşar Yardımcısı Vekili", "Müsteşar Vekili"),
        ("Commerce Secretary Jane Doe", "Commerce Deputy Secretary Jane Doe", "Secretary",
         "Deputy Secretary"),
        ("met in Ankara on Monday", "met in Istanbul on Monday", "Ankara", "Istanbul"),
    ],
)
def test_replacement_finds_what_took_a_names_place(
    quote: str, passage: str, name: str, now: str
) -> None:
    span = replacement(quote, passage, (name,), "tr" if "ü" in quote + passage else "en")
    assert span is not None
    assert passage[span[0] : span[1]] == now


def test_replacement_of_an_untouched_name_is_none() -> None:
    assert replacement("met in Ankara", "met in Ankara today", ("Ankara",), "en") is None


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("yüzde yetmiş üç", "tr", 73), ("seventy-three percent", "en", 73),
     ("yüzde on ikiye", "tr", 12), ("no number here", "en", None),
     ("two or three", "en", None)],
)
def test_spelled_value_reads_one_number_in_words(text: str, language: str, value: int | None):
    assert spelled_value(text, language) == value
