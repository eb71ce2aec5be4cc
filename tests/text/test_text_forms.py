"""The forms issue 13 names, one test each: numbers, bounds, ranges, multiples, ordinals,
units and dates, read with their value, unit and flags."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimsuite.text.mentions import Bound, Flag, MentionKind, extract_mentions

K = MentionKind
D = Decimal


def one(text: str, language: str):
    found = extract_mentions(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "kind", "value", "unit"),
    [
        ("1.250.000 kişi", "tr", K.NUMBER, D(1_250_000), "person"),
        ("1,250,000 people", "en", K.NUMBER, D(1_250_000), "person"),
        ("2 500 000 ton", "tr", K.NUMBER, D(2_500_000), "tonne"),
        ("2\u202f500\u202f000 tonnes", "en", K.NUMBER, D(2_500_000), "tonne"),
        ("7 milyar 445 milyon dolar", "tr", K.AMOUNT, D(7_445_000_000), "USD"),
        ("3 bin 500 proje", "tr", K.NUMBER, D(3500), "project"),
        ("3 bin 200 firma", "tr", K.NUMBER, D(3200), "firm"),
        ("üç milyon turist", "tr", K.NUMBER, D(3_000_000), "tourist"),
        ("two billion dollars", "en", K.AMOUNT, D(2_000_000_000), "USD"),
        ("45 ülke", "tr", K.NUMBER, D(45), "country"),
        ("45 countries", "en", K.NUMBER, D(45), "country"),
        ("12 firms", "en", K.NUMBER, D(12), "firm"),
        ("1,7 milyar avro", "tr", K.AMOUNT, D("1.7e9"), "EUR"),
    ],
)
def test_numbers_and_counts(text, language, kind, value, unit):
    m = one(text, language)
    assert (m.kind, m.value, m.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    ("text", "language", "value", "upper", "flags"),
    [
        ("%-2,4", "tr", D("-2.4"), None, {Flag.NEGATIVE}),
        ("yüzde eksi 2,4", "tr", D("-2.4"), None, {Flag.NEGATIVE}),
        ("minus 2.4 percent", "en", D("-2.4"), None, {Flag.NEGATIVE}),
        ("yüzde 5-7", "tr", D(5), D(7), {Flag.RANGE}),
        ("yüzde 5 ile 7", "tr", D(5), D(7), {Flag.RANGE}),
        ("10 to 12 percent", "en", D(10), D(12), {Flag.RANGE}),
    ],
)
def test_negative_and_ranged_percentages(text, language, value, upper, flags):
    [m] = [m for m in extract_mentions(text, language) if m.kind is K.PERCENT]
    assert (m.value, m.upper, set(m.flags)) == (value, upper, flags)


@pytest.mark.parametrize(
    ("text", "language", "value", "bound"),
    [
        ("yaklaşık 45 bin çalışan", "tr", D(45_000), Bound.APPROXIMATE),
        ("100 bini aşkın kişi", "tr", D(100_000), Bound.MORE_THAN),
        ("5 milyondan fazla", "tr", D(5_000_000), Bound.MORE_THAN),
        ("1 milyar doların üzerinde", "tr", D(1_000_000_000), Bound.MORE_THAN),
        ("en az 10 ülke", "tr", D(10), Bound.AT_LEAST),
        ("yüzde 10'a kadar", "tr", D(10), Bound.AT_MOST),
        ("more than 3,000 people", "en", D(3000), Bound.MORE_THAN),
        ("nearly 2 million", "en", D(2_000_000), Bound.APPROXIMATE),
        ("up to 10 percent", "en", D(10), Bound.AT_MOST),
        ("about $2bn", "en", D(2_000_000_000), Bound.APPROXIMATE),
        ("at least 5 countries", "en", D(5), Bound.AT_LEAST),
        ("fewer than 50 firms", "en", D(50), Bound.LESS_THAN),
    ],
)
def test_bounds(text, language, value, bound):
    m = one(text, language)
    assert (m.value, m.bound) == (value, bound)
    assert (Flag.APPROXIMATE in m.flags) is (bound is Bound.APPROXIMATE)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("17 katına çıktı", "tr", 17), ("3 kat arttı", "tr", 3), ("a 17-fold rise", "en", 17)],
)
def test_multiples(text, language, value):
    m = one(text, language)
    assert (m.kind, m.value, m.unit, Flag.MULTIPLE in m.flags) == (K.NUMBER, value, "times", True)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [("11'inci sırada", "tr", 11), ("11th largest", "en", 11), ("3. sırada", "tr", 3)],
)
def test_ordinals(text, language, value):
    m = one(text, language)
    assert (m.kind, m.value, m.relation) == (K.ORDINAL, value, "exact")


def test_dates_without_year_and_ranges():
    m = one("3 Mart'ta", "tr")
    assert (m.kind, m.period, Flag.NO_YEAR in m.flags) == (K.DATE, None, True)
    assert (m.relative.month, m.relative.day) == (3, 3)
    m = one("20-21 Mart 2025", "tr")
    assert (m.period.start.isoformat(), m.period.end.isoformat()) == ("2025-03-20", "2025-03-21")
    m = one("Oct. 3", "en")
    assert (m.relative.month, m.relative.day) == (10, 3)


def test_numeric_dates_flag_an_ambiguous_order():
    assert Flag.AMBIGUOUS_DATE in one("05/04/2025", "en").flags
    assert Flag.AMBIGUOUS_DATE not in one("25/04/2025", "en").flags
    assert one("05.04.2025", "tr").date.isoformat() == "2025-04-05"


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize(
    "text",
    [
        "son " + "9" * 5000 + " ayda",
        "first " + "9" * 5000 + " months",
        "Q" + "1" * 5000,
        "9" * 5000 + "/05/2025",
        "05/" + "9" * 5000 + "/2025",
        "ilk " + "9" * 5000,
    ],
)
def test_huge_digit_runs_are_not_figures(text, language):
    # int() of thousands of digits raises (and is quadratic): such runs are never read.
    for m in extract_mentions(text, language):
        assert m.value is None or len(str(m.value)) < 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ihracatın yüzde 5 arttığı görüldü", "rise"),
        ("üretimin yüzde 3 azaldığı açıklandı", "fall"),
        ("satışların yüzde 2 düştüğü belirtildi", "fall"),
        ("fiyatların yükselmesi bekleniyor", "rise"),
        ("ihracat yüzde 5 arttı, ithalat yüzde 3 azaldı", None),
        ("toplantı Ankara'da yapıldı", None),
    ],
)
def test_turkish_direction_forms(text, expected):
    from claimsuite.text.events import direction_in  # noqa: PLC0415

    assert direction_in(text, "tr") == expected


@pytest.mark.parametrize(
    ("text", "language", "surfaces"),
    [
        # A second figure is a range's top only when it could be one.
        ("Average daily spending rose 4.5% to 204 euros.", "en", ["4.5%", "204 euros"]),
        ("Inflation rose from 2.9 to 3.2 percent.", "en", ["2.9", "3.2 percent"]),
        ("Prices went from 5 to 204 euros.", "en", ["5", "204 euros"]),
    ],
)
def test_changes_are_not_ranges(text, language, surfaces):
    found = extract_mentions(text, language)
    assert [m.surface for m in found] == surfaces
    assert all(m.upper is None for m in found)


def test_bounds_apply_to_figures_only():
    found = extract_mentions("4% more than a year earlier", "en")
    assert [(m.kind, m.bound) for m in found] == [(K.PERCENT, None), (K.RELATIVE, None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Exports were up 5% in May", "en", "rise"),
        ("Exports hit 5 billion as the minister stepped down", "en", None),
        ("The lower house passed a budget of 3 billion", "en", None),
        ("down from 8.2 percent", "en", "fall"),
        ("Uçak Ankara'ya indi, ihracat 5 milyar dolar oldu", "tr", None),
        ("enflasyon yüzde 31'e indi", "tr", "fall"),
    ],
)
def test_ambiguous_direction_words_count_next_to_a_figure_only(text, language, expected):
    from claimsuite.text.events import direction_in  # noqa: PLC0415

    assert direction_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İhracatı 5 milyar dolar", None),
        ("Maddi destek programı", None),
        ("Toplantı yapıldı", "past"),
        ("İhracat arttı", "past"),
        ("Anlaşma gerçekleşti", "past"),
        ("Enflasyon yüzde 3 oldu", "past"),
        ("Zirve yapılacak", "future"),
    ],
)
def test_turkish_past_is_read_from_verb_endings_not_nouns(text, expected):
    from claimsuite.text.events import tense_in  # noqa: PLC0415

    assert tense_in(text, "tr").main == expected


def test_direction_of_one_figure_among_several():
    from claimsuite.text.events import direction_at, direction_in  # noqa: PLC0415

    text = "İhracat yüzde 5,2 arttı, ithalat ise yüzde 3,1 azaldı."
    assert direction_in(text, "tr") is None  # both, for the sentence
    first, second = text.index("yüzde 5,2"), text.index("yüzde 3,1")
    assert direction_at(text, "tr", first, first + 9) == "rise"
    assert direction_at(text, "tr", second, second + 9) == "fall"
    text = "Exports rose 4.5% while imports fell 2.1%."
    assert direction_at(text, "en", text.index("4.5%"), text.index("4.5%") + 4) == "rise"
    assert direction_at(text, "en", text.index("2.1%"), text.index("2.1%") + 4) == "fall"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("yüzde elli", "tr", 50),
        ("yüzde on beş arttı", "tr", 15),
        ("fifty percent of", "en", 50),
        # tens and units: one figure, never the units alone ("six percent")
        ("yüzde yetmiş bir arttı", "tr", 71),
        ("yüzde doksan", "tr", 90),
        ("twenty-six percent of", "en", 26),
        ("seventy one percent", "en", 71),
    ],
)
def test_percentages_in_words(text, language, value):
    m = one(text, language)
    assert (m.kind, m.value, m.unit) == (K.PERCENT, value, "percent")


@pytest.mark.parametrize(
    ("text", "language", "kind", "unit"),
    [
        ("2000 projects", "en", K.NUMBER, "project"),
        ("In 2025 people travelled more", "en", K.YEAR, None),
        ("5.76GW of capacity", "en", K.NUMBER, "GW"),
        ("11,058 km of roads", "en", K.NUMBER, "km"),
        ("2025'te 3 ülke", "tr", K.YEAR, None),
    ],
)
def test_year_like_numbers_and_glued_units(text, language, kind, unit):
    m = extract_mentions(text, language)[0]
    assert (m.kind, m.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "language"),
    [("iki ülke arasındaki ticaret", "tr"), ("the two countries signed", "en"), ("bir ülke", "tr")],
)
def test_number_words_without_a_scale_are_not_counts(text, language):
    # "iki ülke" is how relations between two countries are written, not a claimed figure.
    assert extract_mentions(text, language) == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("by 6 p.m. on Friday", "en"),
        ("Article 5 of the treaty", "en"),
        ("No. 5", "en"),
        ("saat 14'te toplandı", "tr"),
        ("5 sayılı kanun", "tr"),
        ("Madde 12", "tr"),
    ],
)
def test_labels_are_flagged(text, language):
    # A clock time or an article number is never a figure a claim must account for; it is
    # kept (an edited one in a claim's passage is a change) with the LABEL flag.
    found = extract_mentions(text, language)
    assert found
    assert all(Flag.LABEL in m.flags for m in found)
