"""analysis.verdicts: each asserted field is stated, contradicted or not confirmed, and a
field left out of its passage is looked for where a reader would find it."""

from __future__ import annotations

from claimsuite.analysis.verdicts import Outcome, Verdict
from claimsuite.checks.base import Context
from claimsuite.testing import make_context

HEAD = """\
article:
  language: {language}
  published: {published}
claims:
"""


def verdicts(
    article: str, claims: str, language: str = "tr", published: str = "2025-12-07"
) -> Context:
    return make_context(article, HEAD.format(language=language, published=published) + claims)


def fields(ctx: Context, claim_id: str) -> dict[str, tuple[str, str]]:
    verdict = ctx.verdicts.of(claim_id)
    assert verdict is not None
    return {f.field: (f.verdict.value, f.where) for f in verdict.fields}


ARTICLE_TR = (
    "Otomotiv ihracatı Kasım ayında yüzde 16 arttı\n\n"
    "OİB verilerine göre otomotiv ihracatı Kasım ayında geçen yılın aynı ayına göre yüzde 16 "
    "artarak 3 milyar 752 milyon dolar oldu.\n\n"
    "Binek otomobil ihracatı yüzde 8 artışla 1 milyar 230 milyon dolar oldu. Otobüs ihracatı "
    "ise yüzde 45 artarak 342 milyon dolara yükseldi.\n"
)

CARS = """\
  - id: oib
    kind: entity
    type: organisation
    name: OİB
  - id: cars
    kind: change
    metric: car-exports
    period: 2025-11
    base_period: 2024-11
    rate: 8%
    value: 1230 million USD
    source: oib
    quote: "Binek otomobil ihracatı yüzde 8 artışla 1 milyar 230 milyon dolar oldu."
"""


def test_period_base_and_source_from_the_headline_and_lead_are_stated_in_context() -> None:
    ctx = verdicts(ARTICLE_TR, CARS)
    got = fields(ctx, "cars")
    assert got["rate"] == ("stated", "passage")
    assert got["value"] == ("stated", "passage")
    assert got["period"] == ("stated", "headline")
    # "geçen yılın aynı ayına göre" of the lead, placed against the claim's month
    assert got["base_period"] == ("stated", "lead")
    assert got["source"] == ("stated", "lead")
    assert got["direction"] == ("stated", "passage")
    assert ctx.verdicts.of("cars").outcome is Outcome.CONSISTENT


def test_a_passage_with_two_figures_of_the_kind_contradicts_nothing() -> None:
    # Which of 8% and 45% is the buses' is a reading of the sentence, not a contradiction.
    claims = """\
  - id: buses
    kind: change
    metric: bus-exports
    period: 2025-11
    rate: 44%
    quote: "Binek otomobil ihracatı yüzde 8 artışla 1 milyar 230 milyon dolar oldu. Otobüs ihracatı ise yüzde 45"
"""  # noqa: E501
    ctx = verdicts(ARTICLE_TR, claims)
    assert fields(ctx, "buses")["rate"][0] == "not confirmed"


def test_the_only_figure_of_its_kind_with_another_value_is_contradicted() -> None:
    claims = """\
  - id: cars
    kind: change
    metric: car-exports
    period: 2025-11
    rate: 9%
    quote: "Binek otomobil ihracatı yüzde 8 artışla 1 milyar 230 milyon dolar oldu."
"""
    ctx = verdicts(ARTICLE_TR, claims)
    verdict = ctx.verdicts.of("cars")
    [rate] = [f for f in verdict.fields if f.field == "rate"]
    assert rate.verdict is Verdict.CONTRADICTED
    assert rate.now == "yüzde 8"
    assert verdict.outcome is Outcome.CONTRADICTED
    assert verdict.deciding == ("rate",)


def test_a_rate_given_as_the_level_reached_says_nothing_of_the_sign() -> None:
    # "yüzde 32,87'ye geriledi": inflation fell TO 32.87%, a rise of prices of 32.87%.
    article = "Yıllık enflasyon Ekim ayında yüzde 32,87'ye geriledi.\n"
    claims = """\
  - id: cpi
    kind: change
    metric: cpi
    period: 2025-10
    rate: 32.87%
    quote: "Yıllık enflasyon Ekim ayında yüzde 32,87'ye geriledi."
"""
    ctx = verdicts(article, claims, published="2025-11-03")
    got = fields(ctx, "cpi")
    assert "direction" not in got
    assert got["rate"] == ("stated", "passage")
    assert got["period"] == ("stated", "passage")


def test_anaphora_names_a_source_given_earlier() -> None:
    article = (
        "The U.S. Energy Information Administration published its outlook on Tuesday.\n\n"
        "The agency expects crude output to average 13.6 million barrels a day in 2026.\n"
    )
    claims = """\
  - id: eia
    kind: entity
    type: organisation
    name: U.S. Energy Information Administration
  - id: crude
    kind: quantity
    metric: crude-output
    period: 2026
    value: 13.6 million count
    source: eia
    quote: "The agency expects crude output to average 13.6 million"
"""
    ctx = verdicts(article, claims, language="en", published="2025-11-12")
    assert fields(ctx, "crude")["source"][0] == "stated"


def test_a_day_of_publication_is_stated_by_the_publication_date() -> None:
    article = "TÜİK Ekim ayı dış ticaret verilerini açıkladı.\n"
    claims = """\
  - id: release
    kind: event
    name: Ekim ayı dış ticaret verilerinin açıklanması
    date: 2025-11-27
    quote: "TÜİK Ekim ayı dış ticaret verilerini açıkladı."
"""
    ctx = verdicts(article, claims, published="2025-11-27")
    got = fields(ctx, "release")
    assert got["date"] == ("stated", "publication date")
    # the desk's label for the release, which neither the quote nor the article writes
    assert got["name"] == ("stated", "label")


def test_an_unread_period_phrase_is_named() -> None:
    article = "Revenue rose 7% in the period, the office said.\n"
    claims = """\
  - id: revenue
    kind: change
    metric: revenue
    period: 2025-01/2025-09
    rate: 7%
    quote: "Revenue rose 7% in the period"
"""
    ctx = verdicts(article, claims, language="en", published="2025-11-10")
    [period] = [f for f in ctx.verdicts.of("revenue").fields if f.field == "period"]
    assert period.verdict is Verdict.NOT_CONFIRMED
    assert period.phrase is not None
    assert period.phrase == "in the period"
    assert ctx.verdicts.of("revenue").outcome is Outcome.NOT_ENOUGH


def test_a_past_event_told_as_to_come_is_contradicted() -> None:
    article = "Toplantı 28 Nisan 2025 tarihinde Ankara'da yapılacak.\n"
    claims = """\
  - id: meeting
    kind: event
    name: Toplantı
    date: 2025-04-28
    quote: "Toplantı 28 Nisan 2025 tarihinde Ankara'da yapılacak."
"""
    ctx = verdicts(article, claims, published="2025-05-02")
    [tense] = [f for f in ctx.verdicts.of("meeting").fields if f.field == "tense"]
    assert tense.verdict is Verdict.CONTRADICTED
    assert tense.now == "yapılacak"


def test_an_edited_passage_contradicts_the_field_the_quote_stated() -> None:
    article = "Ihracat 2025'in ilk çeyreğinde %27 artışla 1.7 milyar dolara ulaştı.\n"
    claims = """\
  - id: exports
    kind: change
    metric: exports
    period: 2025-Q1
    rate: 72%
    value: 1.7 billion USD
    quote: "Ihracat 2025'in ilk çeyreğinde %72 artışla 1.7 milyar dolara ulaştı."
"""
    ctx = verdicts(article, claims, published="2025-05-02")
    [rate] = [f for f in ctx.verdicts.of("exports").fields if f.field == "rate"]
    assert rate.verdict is Verdict.CONTRADICTED
    assert rate.now == "%27"
    value = next(f for f in ctx.verdicts.of("exports").fields if f.field == "value")
    assert value.verdict is Verdict.STATED


def test_an_edit_to_the_headline_is_caught_though_the_lead_still_states_it() -> None:
    claims = """\
  - id: exports-nov
    kind: change
    metric: automotive-exports
    period: 2025-11
    rate: 16%
    quote:
      - "Otomotiv ihracatı Kasım ayında yüzde 16 arttı"
      - "otomotiv ihracatı Kasım ayında geçen yılın aynı ayına göre yüzde 16 artarak"
"""
    edited = ARTICLE_TR.replace("Kasım ayında yüzde 16 arttı", "Aralık ayında yüzde 16 arttı")
    ctx = verdicts(edited, claims)
    [period] = [f for f in ctx.verdicts.of("exports-nov").fields if f.field == "period"]
    assert period.verdict is Verdict.CONTRADICTED
    assert period.now == "Aralık ayında"


def test_a_changed_figure_no_field_holds_is_a_contradiction_of_the_quote() -> None:
    article = "TÜİK, 2026'da endeksin temel yılını 2026 olarak güncelleyeceğini duyurdu.\n"
    claims = """\
  - id: tuik
    kind: entity
    type: organisation
    name: TÜİK
  - id: base-year
    kind: plan
    what: a new base year for the index
    period: 2026
    made_by: [tuik]
    quote: "TÜİK, 2026'da endeksin temel yılını 2025 olarak güncelleyeceğini duyurdu."
"""
    ctx = verdicts(article, claims, published="2025-11-03")
    [quote] = [f for f in ctx.verdicts.of("base-year").fields if f.field == "quote"]
    assert quote.verdict is Verdict.CONTRADICTED
    assert quote.reason == "'2025' became '2026'"


def test_a_day_named_by_its_weekday_in_the_lead_is_stated() -> None:
    article = (
        "Mamdani wins the mayoral race\n\n"
        "Zohran Mamdani won the New York City mayoral election on Tuesday.\n\n"
        "He received more than 1 million votes, about 50.4% of the total.\n"
    )
    claims = """\
  - id: share
    kind: quantity
    metric: votes
    period: 2025-11-04
    value: 1000000 count
    quote: "He received more than 1 million votes"
"""
    ctx = verdicts(article, claims, language="en", published="2025-11-05")
    [period] = [f for f in ctx.verdicts.of("share").fields if f.field == "period"]
    assert (period.verdict, period.where) == (Verdict.STATED, "lead")
    # a week later "Tuesday" is another Tuesday: nothing is taken from it
    ctx = verdicts(article, claims, language="en", published="2025-11-20")
    [period] = [f for f in ctx.verdicts.of("share").fields if f.field == "period"]
    assert period.verdict is Verdict.NOT_CONFIRMED


def test_an_unconfirmed_figure_read_in_two_pieces_is_named_whole() -> None:
    article = "Bütçe gelirleri ise 1 trilyon 263,9 milyar lira oldu.\n"
    claims = """\
  - id: revenue
    kind: quantity
    metric: revenue
    period: 2025-12
    value: 1263.9 billion TRY
    quote: "Bütçe gelirleri ise 1 trilyon 263,9 milyar lira oldu."
"""
    ctx = verdicts(article, claims, published="2026-01-15")
    [value] = [f for f in ctx.verdicts.of("revenue").fields if f.field == "value"]
    if value.verdict is Verdict.NOT_CONFIRMED:  # until the grammar reads it as one figure
        assert value.phrase == "1 trilyon 263,9 milyar lira"
    else:
        assert value.verdict is Verdict.STATED


def test_a_past_event_whose_passage_also_speaks_of_the_future_is_not_contradicted() -> None:
    article = "Toplantı 28 Nisan 2025'te Ankara'da yapıldı; bir sonrakinin 2026'da yapılacağı açıklandı.\n"  # noqa: E501
    claims = """\
  - id: meeting
    kind: event
    name: Toplantı
    date: 2025-04-28
    quote: "Toplantı 28 Nisan 2025'te Ankara'da yapıldı; bir sonrakinin 2026'da yapılacağı açıklandı."
"""  # noqa: E501
    ctx = verdicts(article, claims, published="2025-05-02")
    verdict = ctx.verdicts.of("meeting")
    assert not verdict.of(Verdict.CONTRADICTED)
