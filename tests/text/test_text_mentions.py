from __future__ import annotations

import datetime
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from claimsuite.claims.periods import Period
from claimsuite.text import Article, Mention, MentionKind, extract_mentions, parse_number

SEED = Path(__file__).resolve().parents[2] / "seeds" / "tr-us-defense-2025.txt"
K = MentionKind


def only(text: str, language: str) -> Mention:
    mentions = extract_mentions(text, language)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert mention.surface == text[mention.start : mention.end]
    return mention


def period(m: Mention) -> str | None:
    """The mention's period in the claim-file notation (``2025-Q1``)."""
    if m.period is None:
        return None
    assert isinstance(m.period, Period)
    return str(m.period)


def summary(m: Mention) -> tuple:
    return (m.kind, m.surface, m.value, m.unit, period(m), m.relation, m.offset)


# -- percentages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "unit", "precision"),
    [
        ("arttı %72 oranında", "tr", "%72", "72", "percent", "0.5"),
        ("% 72 arttı", "tr", "% 72", "72", "percent", "0.5"),
        ("%1,5 arttı", "tr", "%1,5", "1.5", "percent", "0.05"),
        ("yüzde 72 arttı", "tr", "yüzde 72", "72", "percent", "0.5"),
        ("Yüzde 1,5 arttı", "tr", "Yüzde 1,5", "1.5", "percent", "0.05"),
        ("72% arttı", "tr", "72%", "72", "percent", "0.5"),
        ("5 puan arttı", "tr", "5 puan", "5", "pp", "0.5"),
        ("5 yüzde puan arttı", "tr", "5 yüzde puan", "5", "pp", "0.5"),
        ("yüzde 5 puan arttı", "tr", "yüzde 5 puan", "5", "pp", "0.5"),
        ("%72'lik artış", "tr", "%72'lik", "72", "percent", "0.5"),
        ("rose 72% in", "en", "72%", "72", "percent", "0.5"),
        ("rose 72 percent in", "en", "72 percent", "72", "percent", "0.5"),
        ("rose 72 per cent in", "en", "72 per cent", "72", "percent", "0.5"),
        ("rose 1.5 percent", "en", "1.5 percent", "1.5", "percent", "0.05"),
        ("up 5 percentage points", "en", "5 percentage points", "5", "pp", "0.5"),
    ],
)
def test_percent(text, language, surface, value, unit, precision):
    m = only(text, language)
    assert (m.kind, m.surface, m.value, m.unit, m.precision) == (
        K.PERCENT,
        surface,
        Decimal(value),
        unit,
        Decimal(precision),
    )


# -- amounts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "unit", "precision"),
    [
        ("1.7 milyar dolar", "tr", "1.7 milyar dolar", 1_700_000_000, "USD", 50_000_000),
        ("1,7 milyar dolara ulaştı", "tr", "1,7 milyar dolara", 1_700_000_000, "USD", 50_000_000),
        ("1,7 milyar doları", "tr", "1,7 milyar doları", 1_700_000_000, "USD", 50_000_000),
        ("1,7 milyar dolarlık", "tr", "1,7 milyar dolarlık", 1_700_000_000, "USD", 50_000_000),
        (
            "1 milyar 700 milyon dolar",
            "tr",
            "1 milyar 700 milyon dolar",
            1_700_000_000,
            "USD",
            500_000,
        ),
        ("500 milyon TL harcandı", "tr", "500 milyon TL", 500_000_000, "TRY", 500_000),
        ("500 milyon TL'ye", "tr", "500 milyon TL'ye", 500_000_000, "TRY", 500_000),
        ("2,5 milyar avro", "tr", "2,5 milyar avro", 2_500_000_000, "EUR", 50_000_000),
        ("2,5 milyar euro", "tr", "2,5 milyar euro", 2_500_000_000, "EUR", 50_000_000),
        ("3 milyon Türk lirası", "tr", "3 milyon Türk lirası", 3_000_000, "TRY", 500_000),
        ("40 bin lira", "tr", "40 bin lira", 40_000, "TRY", 500),
        ("$1.7 billion", "en", "$1.7 billion", 1_700_000_000, "USD", 50_000_000),
        ("1.7 billion dollars", "en", "1.7 billion dollars", 1_700_000_000, "USD", 50_000_000),
        ("USD 1.7bn", "en", "USD 1.7bn", 1_700_000_000, "USD", 50_000_000),
        ("€3 million", "en", "€3 million", 3_000_000, "EUR", 500_000),
        ("£5m", "en", "£5m", 5_000_000, "GBP", 500_000),
        (
            "1 billion 700 million dollars",
            "en",
            "1 billion 700 million dollars",
            1_700_000_000,
            "USD",
            500_000,
        ),
    ],
)
def test_amount(text, language, surface, value, unit, precision):
    m = only(text, language)
    assert (m.kind, m.surface, m.value, m.unit, m.precision) == (
        K.AMOUNT,
        surface,
        Decimal(value),
        unit,
        Decimal(precision),
    )


def test_turkish_decimal_point_is_flagged():
    m = only("1.7 milyar dolar", "tr")
    assert "decimal-point" in m.flags
    assert "decimal-point" not in only("1,7 milyar dolar", "tr").flags
    assert "decimal-point" not in only("$1.7 billion", "en").flags


def test_bare_scale_is_a_number():
    m = extract_mentions("5 milyon oldu", "tr")[0]
    assert (m.kind, m.surface, m.value, m.unit, m.precision) == (
        K.NUMBER,
        "5 milyon",
        Decimal(5_000_000),
        None,
        Decimal(500_000),
    )


def test_glued_metre_is_not_millions():
    assert extract_mentions("won the 100m sprint", "en") == ()


def test_lowercase_code_word_is_not_a_currency():
    m = only("try 5 times", "en")
    assert (m.kind, m.value) == (K.NUMBER, Decimal(5))


# -- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value", "flags"),
    [
        ("1.700", "tr", "1700", set()),
        ("28.000", "tr", "28000", set()),
        ("1,7", "tr", "1.7", set()),
        ("1.7", "tr", "1.7", {"decimal-point"}),
        ("1.75", "tr", "1.75", {"decimal-point"}),
        ("1.234.567", "tr", "1234567", set()),
        ("1.234,5", "tr", "1234.5", set()),
        ("1,700", "en", "1700", set()),
        ("1.7", "en", "1.7", set()),
        ("1,234,567.25", "en", "1234567.25", set()),
    ],
)
def test_locale_numbers(text, language, value, flags):
    m = only(f"{text} oldu", language)
    assert (m.kind, m.surface, m.value, set(m.flags)) == (K.NUMBER, text, Decimal(value), flags)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("F-16 uçağı", "tr"),
        ("A400M uçağı", "tr"),
        ("COVID-19 salgını", "tr"),
        ("5G ağı", "tr"),
        ("3. sırada", "tr"),
        ("10'uncu sırada", "tr"),
        ("saat 12:30'da", "tr"),
        ("1. Madde", "tr"),
        ("the 3rd time", "en"),
        ("his 10th goal", "en"),
    ],
)
def test_no_number_inside_words_ordinals_or_markers(text, language):
    # Ordinals are read as ORDINAL (an exact position), never as a count.
    assert [m for m in extract_mentions(text, language) if m.kind is not K.ORDINAL] == []


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        ("10'uncu sırada", "tr", "10'uncu", 10),
        ("the 3rd time", "en", "3rd", 3),
        ("his 10th goal", "en", "10th", 10),
        ("11'inci sırada", "tr", "11'inci", 11),
    ],
)
def test_ordinals_are_exact_positions(text, language, surface, value):
    m = only(text, language)
    assert (m.kind, m.surface, m.value, m.relation) == (K.ORDINAL, surface, value, "exact")


def test_plain_numbers():
    mentions = extract_mentions("3 ülke ve 12 şirket, 7 de", "tr")
    assert [(m.kind, m.surface, m.value, m.unit) for m in mentions] == [
        (K.NUMBER, "3 ülke", Decimal(3), "country"),
        (K.NUMBER, "12 şirket", Decimal(12), "company"),
        (K.NUMBER, "7", Decimal(7), None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1,7", "tr", "1.7"),
        ("1.7", "tr", "1.7"),
        ("1.700", "tr", "1700"),
        ("1,7 milyar", "tr", "1700000000"),
        ("1 milyar 700 milyon", "tr", "1700000000"),
        ("%72", "tr", "72"),
        (" 1,700 ", "en", "1700"),
        ("$1.7bn", "en", "1700000000"),
        ("2023", "en", "2023"),
    ],
)
def test_parse_number(text, language, value):
    assert parse_number(text, language) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,7 ve 2", "geçen yıl", "28.04.2025"])
def test_parse_number_rejects(text):
    assert parse_number(text, "tr") is None


# -- years, dates, periods --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("2023'te arttı", "tr", "2023'te"),
        ("2023’ün sonunda", "tr", "2023’ün"),
        ("2023'de arttı", "tr", "2023'de"),
        ("2023 yılında arttı", "tr", "2023 yılında"),
        ("2023 yılı verileri", "tr", "2023 yılı"),
        ("2023 yılının sonunda", "tr", "2023 yılının"),
        ("2023 yılına göre", "tr", "2023 yılına"),
        ("grew in 2023.", "en", "2023"),
    ],
)
def test_year(text, language, surface):
    m = only(text, language)
    assert (m.kind, m.surface, m.value, period(m)) == (K.YEAR, surface, Decimal(2023), "2023")


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("28 Nisan 2025 tarihinde", "tr", "28 Nisan 2025"),
        ("28 Nisan 2025'te", "tr", "28 Nisan 2025'te"),
        ("28 NİSAN 2025", "tr", "28 NİSAN 2025"),
        ("28 Nis. 2025", "tr", "28 Nis. 2025"),
        ("28.04.2025 tarihinde", "tr", "28.04.2025"),
        ("28/04/2025 tarihinde", "tr", "28/04/2025"),
        ("2025-04-28 tarihinde", "tr", "2025-04-28"),
        ("on April 28, 2025.", "en", "April 28, 2025"),
        ("on 28 April 2025.", "en", "28 April 2025"),
        ("on Apr. 28, 2025.", "en", "Apr. 28, 2025"),
        ("on 2025-04-28.", "en", "2025-04-28"),
        ("on 04/28/2025.", "en", "04/28/2025"),
    ],
)
def test_date(text, language, surface):
    m = only(text, language)
    assert (m.kind, m.surface, m.date, period(m)) == (
        K.DATE,
        surface,
        datetime.date(2025, 4, 28),
        "2025-04-28",
    )


def test_ambiguous_english_slash_date_is_flagged():
    m = only("05/04/2025", "en")
    assert (m.date, m.flags) == (datetime.date(2025, 5, 4), frozenset({"ambiguous-date"}))


def test_invalid_date_stays_numbers():
    mentions = extract_mentions("30 Şubat 2025", "tr")
    assert [(m.kind, m.surface) for m in mentions] == [(K.NUMBER, "30"), (K.YEAR, "2025")]
    m = only("30.02.2025", "tr")
    assert (m.kind, m.value, m.flags) == (K.NUMBER, None, frozenset({"unparsed"}))


def test_day_month_without_year():
    m = only("28 Nisan'da", "tr")
    assert (m.kind, m.date, m.flags) == (K.DATE, None, frozenset({"no-year"}))


@pytest.mark.parametrize(
    ("text", "language", "surface", "expected"),
    [
        ("Nisan 2025 itibarıyla", "tr", "Nisan 2025", "2025-04"),
        ("in April 2025,", "en", "April 2025", "2025-04"),
        ("2025 yılına ait ilk çeyrekte", "tr", "2025 yılına ait ilk çeyrekte", "2025-Q1"),
        ("2023’ün ilk çeyreğinde", "tr", "2023’ün ilk çeyreğinde", "2023-Q1"),
        ("2025'in ilk çeyreği", "tr", "2025'in ilk çeyreği", "2025-Q1"),
        ("2024 yılının ikinci çeyreğinde", "tr", "2024 yılının ikinci çeyreğinde", "2024-Q2"),
        ("2024 yılının son çeyreğinde", "tr", "2024 yılının son çeyreğinde", "2024-Q4"),
        ("2025'in 3. çeyreğinde", "tr", "2025'in 3. çeyreğinde", "2025-Q3"),
        ("2023 yılının ilk yarısında", "tr", "2023 yılının ilk yarısında", "2023-H1"),
        ("2023'ün ikinci yarısı", "tr", "2023'ün ikinci yarısı", "2023-H2"),
        ("in the first quarter of 2025,", "en", "first quarter of 2025", "2025-Q1"),
        ("in Q1 2025,", "en", "Q1 2025", "2025-Q1"),
        ("in 2025 Q1,", "en", "2025 Q1", "2025-Q1"),
        ("in the second half of 2024,", "en", "second half of 2024", "2024-H2"),
        ("in 2025's first quarter", "en", "2025's first quarter", "2025-Q1"),
        ("in the fourth quarter of fiscal 2024", "en", "fourth quarter of fiscal 2024", "2024-Q4"),
    ],
)
def test_period(text, language, surface, expected):
    m = only(text, language)
    assert (m.kind, m.surface, period(m), m.flags) == (K.PERIOD, surface, expected, frozenset())


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("ilk çeyrekte arttı", "tr", "ilk çeyrekte"),
        ("ilk yarı", "tr", "ilk yarı"),
        ("ilk yarısında", "tr", "ilk yarısında"),
        ("in the first half", "en", "first half"),
        ("first-quarter profit", "en", "first-quarter"),
    ],
)
def test_period_without_year(text, language, surface):
    m = only(text, language)
    assert (m.kind, m.surface, period(m), m.flags) == (
        K.PERIOD,
        surface,
        None,
        frozenset({"no-year"}),
    )


# -- ranks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "relation"),
    [
        ("ilk 10 arasında", "tr", "ilk 10", 10, "top"),
        ("dünyada ilk 10'da", "tr", "ilk 10'da", 10, "top"),
        ("ilk on arasında", "tr", "ilk on", 10, "top"),
        ("en büyük 10 ihracatçı", "tr", "en büyük 10", 10, "top"),
        ("ilk 100 arasında", "tr", "ilk 100", 100, "top"),
        ("among the top 10", "en", "top 10", 10, "top"),
        ("a top-10 exporter", "en", "top-10", 10, "top"),
        ("the top ten", "en", "top ten", 10, "top"),
        ("the bottom 5", "en", "bottom 5", 5, "bottom"),
    ],
)
def test_rank(text, language, surface, value, relation):
    m = only(text, language)
    assert (m.kind, m.surface, m.value, m.relation) == (K.RANK, surface, Decimal(value), relation)


def test_ilk_100_is_not_ilk_10():
    assert only("ilk 100", "tr").value == Decimal(100)
    assert only("ilk 10", "tr").value == Decimal(10)


@pytest.mark.parametrize("text", ["ilk 10 ayda", "son 10 yılda", "ilk 3 çeyrekte"])
def test_first_n_time_units_is_not_a_rank(text):
    kinds = [m.kind for m in extract_mentions(text, "tr")]
    assert len(kinds) == 1
    assert kinds[0] in {K.NUMBER, K.PERIOD}


# -- relative expressions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "relation", "offset"),
    [
        ("geçen yıl arttı", "tr", "geçen yıl", "year", -1),
        ("geçen yıla göre", "tr", "geçen yıla", "year", -1),
        ("geçtiğimiz yıl", "tr", "geçtiğimiz yıl", "year", -1),
        (
            "geçtiğimiz yılın aynı dönemine göre",
            "tr",
            "geçtiğimiz yılın aynı dönemine",
            "same-period",
            -1,
        ),
        ("geçtiğimiz yılın aynı dönemi", "tr", "geçtiğimiz yılın aynı dönemi", "same-period", -1),
        ("bu yıl", "tr", "bu yıl", "year", 0),
        ("Bu yılın başında", "tr", "Bu yılın", "year", 0),
        ("gelecek yıl", "tr", "gelecek yıl", "year", 1),
        ("önümüzdeki yıl", "tr", "önümüzdeki yıl", "year", 1),
        ("dün açıklandı", "tr", "dün", "day", -1),
        ("dünkü toplantı", "tr", "dünkü", "day", -1),
        ("bugün", "tr", "bugün", "day", 0),
        ("yarın", "tr", "yarın", "day", 1),
        ("geçen ay", "tr", "geçen ay", "month", -1),
        ("last year", "en", "last year", "year", -1),
        ("this year", "en", "this year", "year", 0),
        ("next year", "en", "next year", "year", 1),
        ("a year earlier", "en", "a year earlier", "year", -1),
        ("from the same period last year", "en", "the same period last year", "same-period", -1),
        ("yesterday", "en", "yesterday", "day", -1),
        ("today", "en", "today", "day", 0),
        ("tomorrow", "en", "tomorrow", "day", 1),
        ("last month", "en", "last month", "month", -1),
        ("next month", "en", "next month", "month", 1),
    ],
)
def test_relative(text, language, surface, relation, offset):
    m = only(text, language)
    assert (m.kind, m.surface, m.relation, m.offset) == (K.RELATIVE, surface, relation, offset)


@pytest.mark.parametrize("text", ["dünya genelinde", "bunun yanında", "Avrupa", "yıldız"])
def test_words_sharing_a_stem_are_not_relative(text):
    assert extract_mentions(text, "tr") == ()


# -- approximation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("yaklaşık 5 milyon kişi", "tr", "5 milyon kişi"),
        ("yaklaşık olarak %72", "tr", "%72"),
        ("5 milyon civarında", "tr", "5 milyon"),
        ("about $2bn", "en", "$2bn"),
        ("nearly 72 percent", "en", "72 percent"),
        ("~5%", "en", "5%"),
    ],
)
def test_approximate(text, language, surface):
    m = only(text, language)
    assert m.surface == surface
    assert "approximate" in m.flags


def test_not_approximate():
    assert "approximate" not in only("5 milyon", "tr").flags


# -- the seed article -------------------------------------------------------------------------


SEED_MENTIONS = [
    (K.DATE, "28 Nisan 2025", None, None, "2025-04-28", None, None),
    (K.YEAR, "2026 yılında", Decimal(2026), None, "2026", None, None),
    (K.YEAR, "2026 yılında", Decimal(2026), None, "2026", None, None),
    (K.YEAR, "2023'te", Decimal(2023), None, "2023", None, None),
    (K.RANK, "ilk 10", Decimal(10), None, None, "top", None),
    (K.PERIOD, "2023’ün ilk çeyreğinde", None, None, "2023-Q1", None, None),
    (K.PERCENT, "%70", Decimal(70), "percent", None, None, None),
    (K.PERIOD, "2025 yılına ait ilk çeyrekte", None, None, "2025-Q1", None, None),
    (K.RELATIVE, "geçtiğimiz yılın aynı dönemine", None, None, None, "same-period", -1),
    (K.PERCENT, "%72", Decimal(72), "percent", None, None, None),
    (K.AMOUNT, "1.7 milyar dolara", Decimal(1_700_000_000), "USD", None, None, None),
]


def test_seed_article_mentions():
    article = Article.read(SEED, "tr")
    mentions = article.mentions
    assert [summary(m) for m in mentions] == SEED_MENTIONS
    for m in mentions:
        assert article.text[m.start : m.end] == m.surface
    amount = mentions[-1]
    assert amount.flags == frozenset({"decimal-point"})
    assert amount.precision == Decimal(50_000_000)
    assert mentions[0].date == datetime.date(2025, 4, 28)
    assert all(m.flags == frozenset() for m in mentions[:-1])


def test_seed_article_nfd_and_crlf_give_the_same_mentions(tmp_path):
    text = SEED.read_text("utf-8")
    variant = tmp_path / "nfd.txt"
    variant.write_bytes(
        b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).replace("\n", "\r\n").encode()
    )
    assert Article.read(variant, "tr").mentions == Article.read(SEED, "tr").mentions


# -- the same facts written other ways --------------------------------------------------------


def values(text: str, language: str = "tr") -> list[tuple]:
    return [(m.kind, m.value, m.unit, period(m), m.date) for m in extract_mentions(text, language)]


@pytest.mark.parametrize(
    "variants",
    [
        ["1,7 milyar dolar", "1.7 milyar dolar", "1 milyar 700 milyon dolar", "1,7 milyar doları"],
        ["%72", "% 72", "yüzde 72", "72%", "Yüzde 72"],
        ["28 Nisan 2025", "28.04.2025", "28/04/2025", "2025-04-28", "28 Nisan 2025'te"],
        ["2023'te", "2023 yılında", "2023’te", "2023 yılı"],
        ["2025 yılına ait ilk çeyrekte", "2025'in ilk çeyreğinde", "2025 yılının birinci çeyreği"],
    ],
)
def test_same_fact_same_values(variants):
    expected = values(variants[0])
    assert len(expected) == 1
    for variant in variants[1:]:
        assert values(variant) == expected, variant


def test_english_and_turkish_agree():
    assert values("$1.7 billion", "en") == values("1,7 milyar dolar")
    assert values("72%", "en") == values("%72")
    assert values("April 28, 2025", "en") == values("28 Nisan 2025")
    assert values("the first quarter of 2025", "en") == values("2025'in ilk çeyreğinde")


def test_reflowed_whitespace_keeps_values():
    text = SEED.read_text("utf-8")
    reflowed = text.replace(" ", "\n").replace("1.7 milyar", "1.7  \t milyar")
    assert values(reflowed) == values(text)


def test_paragraph_break_separates_figures():
    mentions = extract_mentions("toplam 5\n\ndolar", "tr")
    assert [(m.kind, m.surface) for m in mentions] == [(K.NUMBER, "5")]
