"""The resolver: relative mentions placed against the publication date, and the issue-13
inputs read at the text level (periods stated, figures single, unclaimed figures found)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimsuite.claims.periods import Period
from claimsuite.text.events import Direction, direction_in, tense_in
from claimsuite.text.mentions import MentionKind, extract_mentions, resolve
from claimsuite.text.phrases import base_markers_in, unread_in

K = MentionKind
P = Period.parse


def _period(text: str, language: str, published: str, **kw) -> Period | None:
    [mention] = [
        m for m in extract_mentions(text, language) if m.kind in {K.PERIOD, K.DATE, K.RELATIVE}
    ]
    return resolve(mention, P(published), **kw)


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("son 10 ayda", "tr", "2025-11-05", "2025-01/2025-10"),
        ("in the last 11 months", "en", "2025-12-01", "2025-01/2025-11"),
        ("Ekim ayında", "tr", "2025-11-05", "2025-10"),
        ("Kasım ayında", "tr", "2025-11-05", "2025-11"),
        ("Aralık'ta", "tr", "2026-01-10", "2025-12"),
        ("In October alone", "en", "2025-11-10", "2025-10"),
        ("bugün", "tr", "2025-11-05", "2025-11-05"),
        ("today", "en", "2025-11-05", "2025-11-05"),
        ("bu yıl", "tr", "2025-11-05", "2025"),
        ("this year", "en", "2025-11-05", "2025"),
        ("yılın ilk 10 ayında", "tr", "2025-11-20", "2025-01/2025-10"),
        ("3 Mart'ta", "tr", "2025-11-05", "2025-03-03"),
        ("ikinci çeyrekte", "tr", "2025-11-05", "2025-Q2"),
        ("geçen hafta", "tr", "2025-11-05", "2025-10-27/2025-11-02"),
        ("so far this year", "en", "2025-03-15", "2025-01-01/2025-03-15"),
    ],
)
def test_relative_periods_against_the_publication_date(text, language, published, expected):
    got = _period(text, language, published)
    assert got is not None
    assert (got.start, got.end) == (P(expected).start, P(expected).end)


def test_fiscal_start_is_configurable():
    [mention] = extract_mentions("fiscal 2025", "en")
    assert str(resolve(mention, None)) == "2025"
    us = resolve(mention, None, fiscal_start=10)
    assert us is not None
    assert (us.start, us.end) == (P("2024-10").start, P("2025-09").end)
    uk = resolve(mention, P("2025-06-01"), fiscal_start=4)
    assert uk is not None
    assert (uk.start, uk.end) == (P("2024-04").start, P("2025-03").end)


def test_future_tense_reads_a_month_ahead():
    # "Şubat'ta yapılacak" in November is next February; a report of the past is this one.
    assert str(_period("Şubat'ta", "tr", "2025-11-05")) == "2025-02"
    assert str(_period("Şubat'ta", "tr", "2025-11-05", future=True)) == "2026-02"


def test_a_publication_range_that_changes_the_answer_is_not_resolved():
    [mention] = extract_mentions("geçen yıl", "tr")
    assert resolve(mention, P("2024-12-20/2025-01-10")) is None
    assert str(resolve(mention, P("2025-01-02/2025-01-10"))) == "2024"


def test_same_period_needs_the_context_period():
    [mention] = extract_mentions("the same period last year", "en")
    assert resolve(mention, P("2025-11-10")) is None
    got = resolve(mention, P("2025-11-10"), context=P("2025-01/2025-09"))
    assert got is not None
    assert (got.start, got.end) == (P("2024-01").start, P("2024-09").end)


def test_first_months_beyond_the_publication_month_is_not_guessed():
    assert _period("ilk 11 ayda", "tr", "2025-03-10") is None


# -- issue 13, section 6, at the text level ------------------------------------------------------


def test_tourism_article_states_its_periods_and_base():
    text = (
        "Tourism revenue rose 18 percent year on year in the first nine months of 2025 to 41 "
        "billion dollars, the statistics office said. In October alone, revenue was 5.2 "
        "billion dollars."
    )
    found = extract_mentions(text, "en")
    periods = [resolve(m, P("2025-11-10")) for m in found if m.kind is K.PERIOD]
    assert [(p.start, p.end) for p in periods if p] == [
        (P("2025-01").start, P("2025-09").end),
        (P("2025-10").start, P("2025-10").end),
    ]
    [base] = [m for m in found if m.kind is K.RELATIVE]
    assert (base.relation, base.offset) == ("same-period", -1)
    assert [m.value for m in found if m.kind is K.AMOUNT] == [Decimal("41e9"), Decimal("5.2e9")]


def test_automotive_article_has_single_figures():
    text = (
        "Otomotiv ihracatı son 10 ayda yüzde 12 artışla 8 milyar 250 milyon dolara ulaştı. "
        "Ekim ayında ise ihracat 910 milyon dolar oldu. Sektörde 3 bin 200 firma ve yaklaşık "
        "45 bin çalışan bulunuyor."
    )
    found = extract_mentions(text, "tr")
    counts = [(m.value, m.unit, m.bound) for m in found if m.kind is K.NUMBER]
    assert counts == [(Decimal(3200), "firm", None), (Decimal(45000), "employee", "approximate")]
    periods = [resolve(m, P("2025-11-05")) for m in found if m.kind is K.PERIOD]
    assert [(p.start, p.end) for p in periods if p] == [
        (P("2025-01").start, P("2025-10").end),
        (P("2025-10").start, P("2025-10").end),
    ]


def test_white_goods_direction_is_a_fall():
    text = "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 azaldı."
    assert direction_in(text, "tr") is Direction.FALL
    assert [m.offset for m in base_markers_in(text, "tr")] == [-1]


def test_port_and_fair_figures_are_whole_numbers():
    text = (
        "Limanlarda 2025 yılında 2 500 000 ton yük elleçlendi. Fuara 1.250.000 kişi katıldı "
        "ve 15.300 firma stant açtı."
    )
    figures = [(m.value, m.unit) for m in extract_mentions(text, "tr") if m.kind is K.NUMBER]
    assert figures == [
        (Decimal(2_500_000), "tonne"),
        (Decimal(1_250_000), "person"),
        (Decimal(15_300), "firm"),
    ]


def test_nbsp_grouped_digits():
    [m] = extract_mentions("2\u00a0500\u00a0000 tonnes", "en")
    assert (m.value, m.unit) == (Decimal(2_500_000), "tonne")


def test_tense_flips_are_visible():
    assert tense_in("Tören yapıldı.", "tr").main == "past"
    assert tense_in("Tören yapılacak.", "tr").main == "future"
    assert tense_in("Tören gerçekleşmedi.", "tr").negated
    assert not tense_in("Tören gerçekleşti.", "tr").negated
    assert tense_in("The summit was held in May.", "en").main == "past"
    assert tense_in("The summit will be held in May.", "en").main == "future"


def test_unread_period_phrases_are_named():
    text = "Exports rose in the past three fiscal quarters and in the last 11 months."
    assert [u.phrase for u in unread_in(text, "en")] == ["the past three fiscal quarters"]
    assert unread_in("in the first nine months of 2025", "en") == []


def test_the_year_from_the_context_wins_over_the_publication_date():
    # "2024'te ... ocak-eylül döneminde" in an article published in 2025.
    [mention] = extract_mentions("ocak-eylül döneminde", "tr")
    assert str(resolve(mention, P("2025-11-05"))) == str(P("2025-01/2025-09"))
    in_2024 = resolve(mention, P("2025-11-05"), year=2024)
    assert in_2024 is not None
    assert (in_2024.start, in_2024.end) == (P("2024-01").start, P("2024-09").end)
    [quarter] = extract_mentions("in the second quarter", "en")
    assert str(resolve(quarter, P("2025-11-05"), year=2023)) == "2023-Q2"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("geçen aralık ayında", "tr", "2024-12"),
        ("geçtiğimiz ocak ayında", "tr", "2025-01"),
        ("last December", "en", "2024-12"),
        ("last October", "en", "2025-10"),
    ],
)
def test_last_named_month_is_before_publication(text, language, expected):
    assert str(_period(text, language, "2025-11-05")) == expected


def test_tense_decides_a_month_near_publication():
    # Unsaid, December in a November article is the coming one; told as past, the last one.
    assert str(_period("Aralık ayında", "tr", "2025-11-05")) == "2025-12"
    assert str(_period("Aralık ayında", "tr", "2025-11-05", future=False)) == "2024-12"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Over the 12 months ending in September", "2025-10-24", "2024-10/2025-09"),
        ("in the year to October", "2025-11-20", "2024-11/2025-10"),
        ("the three months to June 2025", "2025-11-20", "2025-04/2025-06"),
    ],
)
def test_months_to_a_named_month(text, published, expected):
    got = _period(text, "en", published)
    assert got is not None
    assert (got.start, got.end) == (P(expected).start, P(expected).end)


def test_same_month_last_year_is_a_base_and_shares_are_no_periods():
    [m] = [m for m in extract_mentions("0.8% more than in the same month last year", "en")
           if m.kind is K.RELATIVE]  # fmt: skip
    assert (m.relation, m.offset) == ("same-period", -1)
    assert unread_in("Nearly three quarters of visitors came by air.", "en") == []
    assert [b.offset for b in base_markers_in("Aynı ayda ithalat arttı.", "tr")] == [0]


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2025-11-05", "2025-11/2026-03"), ("2025-06-10", "2024-11/2025-03")],
)
def test_a_month_range_over_the_new_year(published, expected):
    got = _period("this winter, from November to March", "en", published)
    assert got is not None
    assert (got.start, got.end) == (P(expected.split("/")[0]).start, P(expected.split("/")[1]).end)


@pytest.mark.parametrize(
    ("text", "language", "bound"),
    [
        ("bütçe yılı 255,3 milyar lira fazla ile tamamladı", "tr", None),
        ("5 milyondan fazla kişi", "tr", "more-than"),
        ("58 milyar doları aştı", "tr", "more-than"),
        ("kapasite yüzde 43 üzerine çıktı", "tr", None),
        ("US inflation edges up to 3% in September", "en", None),
        ("discounts of up to 10 percent", "en", "at-most"),
    ],
)
def test_bound_words_in_their_grammatical_place_only(text, language, bound):
    [m] = [m for m in extract_mentions(text, language) if m.kind in {K.PERCENT, K.AMOUNT, K.NUMBER}]
    assert (m.bound.value if m.bound else None) == bound


@pytest.mark.parametrize("text", ["2024-25", "the 2025/26 season", "FY 2024/25"])
def test_split_years_are_one_period_and_no_figure(text):
    found = extract_mentions(text, "en")
    assert [m.kind for m in found] == [K.PERIOD]
    assert resolve(found[0], P("2025-11-05")) is None  # a season's span is not guessed
    fiscal = resolve(found[0], None, fiscal_start=4)
    assert fiscal is not None
    assert fiscal.end.month == 3
