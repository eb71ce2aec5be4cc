"""Gaps two reviewers found on unseen articles, each closed as a kind and checked where a
finding changes: basis points, ranks in words and superlatives, direction verbs for levels
and from-to pairs, base-period markers, counts with bounds and in words, headlines, and
names with an unapostrophed Turkish suffix."""

from __future__ import annotations

from decimal import Decimal

from claimsuite.checks.cs402_claim_changed import ClaimChanged
from claimsuite.checks.cs403_figure_not_covered import FigureNotCovered
from claimsuite.checks.cs405_claim_not_confirmed import ClaimNotConfirmed
from claimsuite.testing import make_context, messages


def _claims(language: str, published: str, body: str) -> str:
    return f"article:\n  language: {language}\n  published: {published}\nclaims:\n{body}"


# -- 1. basis points ----------------------------------------------------------------------
BPS_TR = _claims("tr", "2025-10-24", """\
  - id: policy-rate
    kind: change
    metric: policy-rate
    period: 2025-10
    rate: -1 pp
    quote: "Merkez Bankası Ekim ayında politika faizini 100 baz puan indirdi"
""")
BPS_EN = _claims("en", "2024-09-19", """\
  - id: fed-cut
    kind: change
    metric: federal-funds-rate
    period: 2024-09
    rate: -0.5 pp
    quote: "In September the Federal Reserve cut interest rates by 50 bps"
""")


def test_basis_points_are_a_rate_in_points_that_a_pp_claim_accounts_for() -> None:
    ctx = make_context("Merkez Bankası Ekim ayında politika faizini 100 baz puan indirdi.\n",
                       BPS_TR)
    assert messages(ctx, FigureNotCovered) == []
    assert messages(ctx, ClaimNotConfirmed) == []
    ctx = make_context("In September the Federal Reserve cut interest rates by 50 bps.\n", BPS_EN)
    assert messages(ctx, FigureNotCovered) == []
    assert messages(ctx, ClaimNotConfirmed) == []


def test_basis_points_in_every_spelling_and_not_the_company() -> None:
    from claimsuite.text.mentions import extract_mentions  # noqa: PLC0415

    def read(text: str, language: str = "en") -> list[tuple[object, object]]:
        return [(m.value, m.unit) for m in extract_mentions(text, language)]

    assert read("a 25-basis-point cut") == [(Decimal("0.25"), "pp")]
    assert read("a 25bp cut") == [(Decimal("0.25"), "pp")]
    assert read("250 baz puanlık indirim", "tr") == [(Decimal("2.5"), "pp")]
    assert read("50 BP stations") == [(50, None)]


def test_an_edited_number_of_basis_points_is_a_changed_rate() -> None:
    ctx = make_context("Merkez Bankası Ekim ayında politika faizini 150 baz puan indirdi.\n",
                       BPS_TR)
    [error] = messages(ctx, ClaimChanged)
    assert "150 baz puan" in error


# -- 2. ranks in words and superlatives ---------------------------------------------------
RANKS = _claims("en", "2025-11-03", """\
  - id: germany
    kind: entity
    type: country
    name: Germany
  - id: uk
    kind: entity
    type: country
    name: United Kingdom
  - id: germany-third
    kind: ranking
    subject: germany
    metric: tourist-arrivals-by-origin
    rank: 3
    scope: source markets
    period: 2025-09
    quote: "In September Germany was third among source markets"
  - id: uk-largest
    kind: ranking
    subject: uk
    metric: tourist-arrivals-by-origin
    bound: 1
    relation: top
    scope: source markets
    period: 2025-09
    quote: "In September the United Kingdom remained the largest source market"
""")
RANKS_TEXT = (
    "In September the United Kingdom remained the largest source market. "
    "In September Germany was third among source markets.\n"
)


def test_a_rank_in_words_and_a_superlative_state_a_ranking_claim() -> None:
    ctx = make_context(RANKS_TEXT, RANKS)
    assert messages(ctx, ClaimNotConfirmed) == []
    assert messages(ctx, ClaimChanged) == []
    assert messages(ctx, FigureNotCovered) == []


def test_third_edited_to_fourth_is_a_changed_rank() -> None:
    ctx = make_context(RANKS_TEXT.replace("was third", "was fourth"), RANKS)
    [error] = messages(ctx, ClaimChanged)
    assert "germany-third" in error
    assert "fourth" in error


def test_ranks_in_words_read_and_left_alone() -> None:
    from claimsuite.text.mentions import MentionKind, extract_mentions  # noqa: PLC0415

    def ranks(text: str, language: str = "en") -> list[int]:
        return [int(m.value or 0) for m in extract_mentions(text, language)
                if m.kind is MentionKind.ORDINAL]

    assert ranks("Spain came second, Germany was third and Italy ranked seventh.") == [2, 3, 7]
    assert ranks("Germany was fourth, France fifth and Italy sixth.") == [4, 5, 6]
    assert ranks("It took fourth place; the world's busiest airport; the most visitors.") == [
        4, 1, 1
    ]
    # an adverb, a fraction, a quarter and a count are no ranks
    assert ranks("It was first reported in May; a third of them; the second quarter.") == []
    assert ranks("Rusya üçüncü oldu, ilk sırada Almanya; ilk kez; en büyük 10 pazar.", "tr") == [
        3, 1
    ]


def test_turkish_ranks_in_words_and_superlatives() -> None:
    claims = _claims("tr", "2025-11-03", """\
  - id: almanya
    kind: entity
    type: country
    name: Almanya
  - id: otomotiv
    kind: entity
    type: organisation
    name: otomotiv
  - id: almanya-ikinci
    kind: ranking
    subject: almanya
    metric: ihracat
    rank: 2
    scope: ülkeler
    period: 2025-10
    quote: "Ekim ayında Almanya ikinci sırada yer aldı"
  - id: otomotiv-ilk
    kind: ranking
    subject: otomotiv
    metric: ihracat
    bound: 1
    relation: top
    scope: sektörler
    period: 2025-10
    quote: "Ekim ayında en büyük ürün grubu otomotiv oldu"
""")
    text = (
        "Ekim ayında en büyük ürün grubu otomotiv oldu. "
        "Ekim ayında Almanya ikinci sırada yer aldı.\n"
    )
    assert messages(make_context(text, claims), ClaimNotConfirmed) == []
    [error] = messages(make_context(text.replace("ikinci", "üçüncü"), claims), ClaimChanged)
    assert "almanya-ikinci" in error


# -- 3. direction verbs for levels, and from-to pairs ---------------------------------------
LEVEL_TR = _claims("tr", "2025-10-24", """\
  - id: policy-rate
    kind: change
    metric: policy-rate
    period: 2025-10
    rate: -1 pp
    quote: "Kurul Ekim ayında politika faizini yüzde 40,5'ten yüzde 39,5'e indirdi"
""")


def test_a_from_to_pair_states_a_change_in_points() -> None:
    text = "Kurul Ekim ayında politika faizini yüzde 40,5'ten yüzde 39,5'e indirdi.\n"
    ctx = make_context(text, LEVEL_TR)
    assert messages(ctx, ClaimNotConfirmed) == []
    assert messages(ctx, FigureNotCovered) == []
    assert messages(ctx, ClaimChanged) == []
    claims = LEVEL_TR.replace("language: tr", "language: en").replace(
        "Kurul Ekim ayında politika faizini yüzde 40,5'ten yüzde 39,5'e indirdi",
        "In October the board cut its policy rate from 4.5% to 3.5%",
    )
    ctx = make_context("In October the board cut its policy rate from 4.5% to 3.5%.\n", claims)
    assert messages(ctx, ClaimNotConfirmed) == []
    assert messages(ctx, FigureNotCovered) == []


def test_lowered_edited_to_raised_flips_the_direction() -> None:
    text = "Kurul Ekim ayında politika faizini yüzde 40,5'ten yüzde 39,5'e yükseltti.\n"
    [error] = messages(make_context(text, LEVEL_TR), ClaimChanged)
    assert "yükseltti" in error


# -- 4. base-period markers ---------------------------------------------------------------
def test_base_markers_are_read_against_the_claims_period() -> None:
    claims = _claims("tr", "2025-11-03", """\
  - id: cpi-monthly
    kind: change
    metric: cpi
    period: 2025-10
    base_period: 2025-09
    rate: 2.55%
    quote: "tüketici fiyatları Ekim ayında bir önceki aya göre yüzde 2,55 yükseldi"
""")
    text = "Tüketici fiyatları Ekim ayında bir önceki aya göre yüzde 2,55 yükseldi.\n"
    assert messages(make_context(text, claims), ClaimNotConfirmed) == []
    claims = _claims("en", "2025-10-24", """\
  - id: energy-monthly
    kind: change
    metric: energy-prices
    period: 2025-09
    base_period: 2025-08
    rate: 1.5%
    quote: "In September the energy index gained 1.5 percent over the month"
  - id: core-annual
    kind: change
    metric: core-cpi
    period: 2025-09
    base_period: 2024-09
    rate: 3.0%
    quote: "In September the core index was up 3.0 percent over the past year"
  - id: cpi-annual
    kind: change
    metric: cpi
    period: 2025-09
    base_period: 2024-09
    rate: 3.0%
    quote: "Over the 12 months ending in September, the index climbed 3.0 percent"
""")
    text = (
        "In September the energy index gained 1.5 percent over the month. "
        "In September the core index was up 3.0 percent over the past year. "
        "Over the 12 months ending in September, the index climbed 3.0 percent.\n"
    )
    assert messages(make_context(text, claims), ClaimNotConfirmed) == []


# -- 5. counts with bounds and in words ---------------------------------------------------
def test_counts_with_bounds_and_counts_in_words_state_count_claims() -> None:
    claims = _claims("en", "2025-11-05", """\
  - id: votes
    kind: quantity
    metric: mayoral-votes
    period: 2025-11-04
    value: 1 million count
    bound: more-than
    quote: "On Tuesday Mamdani had more than 1 million votes"
  - id: lead
    kind: quantity
    metric: mayoral-vote-lead
    period: 2025-11-04
    value: 175000 count
    approximate: true
    quote: "On Tuesday he led Cuomo by about 175,000 votes"
  - id: questions
    kind: quantity
    metric: ballot-questions
    period: 2025-11-04
    value: 6 count
    quote: "Six ballot questions were also decided on Tuesday"
""")
    text = (
        "On Tuesday Mamdani had more than 1 million votes. "
        "On Tuesday he led Cuomo by about 175,000 votes. "
        "Six ballot questions were also decided on Tuesday.\n"
    )
    ctx = make_context(text, claims)
    assert messages(ctx, ClaimNotConfirmed) == []
    assert messages(ctx, FigureNotCovered) == []
    # a count in words edited is a changed figure
    [error] = messages(make_context(text.replace("Six", "Seven"), claims), ClaimChanged)
    assert "Seven" in error


def test_a_count_in_words_is_read_only_where_it_opens_a_sentence() -> None:
    from claimsuite.text.mentions import extract_mentions  # noqa: PLC0415

    assert [m.value for m in extract_mentions("Six ballot questions were decided.", "en")] == [6]
    assert extract_mentions("one of the two countries", "en") == ()
    assert extract_mentions("İki ülke arasında görüşmeler sürdü.", "tr") == ()  # the two parties
    [m] = extract_mentions("neredeyse 3 bin kişi", "tr")
    assert (m.value, m.bound) == (3000, "approximate")


# -- 6. headlines ---------------------------------------------------------------------------
HEADLINE_CLAIMS = _claims("en", "2025-11-05", """\
  - id: turnout
    kind: quantity
    metric: mayoral-election-voters
    period: 2025-11-04
    value: 2 million people
    quote: "On Tuesday 2 million voters had taken part"
""")


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    from claimsuite.text.article import Article  # noqa: PLC0415

    text = (
        "Mamdani wins New York mayor's race as turnout tops 2 million\n"
        "On Tuesday 2 million voters had taken part. Polls closed at 9.\n"
    )
    article = Article.from_text(text, "en")
    first = article.sentences[0]
    assert text[first.start : first.end] == (
        "Mamdani wins New York mayor's race as turnout tops 2 million"
    )
    # prose hard-wrapped after a word no headline ends with still runs on
    wrapped = Article.from_text("The bank said on Thursday that\nInflation will fall.\n", "en")
    assert len(wrapped.sentences) == 1


def test_a_headline_figure_equal_to_a_claims_figure_is_accounted_for() -> None:
    text = (
        "Mamdani wins New York mayor's race as turnout tops 2 million\n"
        "On Tuesday 2 million voters had taken part.\n"
    )
    assert messages(make_context(text, HEADLINE_CLAIMS), FigureNotCovered) == []
    # a figure no claim gives is still reported
    other = text.replace("tops 2 million", "tops 3 million")
    [warning] = messages(make_context(other, HEADLINE_CLAIMS), FigureNotCovered)
    assert "3 million" in warning


# -- 7. a common noun's ending without an apostrophe -------------------------------------------
def _entity(kind: str, name: str) -> str:
    return _claims("tr", "2025-11-03", f"""\
  - id: who
    kind: entity
    type: {kind}
    name: {name}
""")


def test_a_common_nouns_unapostrophed_ending_names_it() -> None:
    from claimsuite.checks.cs401_claim_not_stated import ClaimNotStated  # noqa: PLC0415

    text = "Ekonomistlerin Ekim ayı için aylık enflasyon beklentisi yüzde 2,69 idi.\n"
    assert messages(make_context(text, _entity("other", "Ekonomistler")), ClaimNotStated) == []
    # lower case in the text: a common noun whatever the claim file calls it
    lower = "Ekim ayında otomotivin payı arttı.\n"
    assert messages(make_context(lower, _entity("person", "Otomotiv")), ClaimNotStated) == []


def test_an_uncertain_ending_is_a_question_naming_the_word_never_an_error() -> None:
    from claimsuite.checks.cs401_claim_not_stated import ClaimNotStated  # noqa: PLC0415
    from claimsuite.findings import Severity  # noqa: PLC0415
    from claimsuite.testing import findings  # noqa: PLC0415

    for text, word in (
        ("Ekonomistlerin beklentisi yüzde 2,69 idi.\n", "Ekonomistlerin"),
        ("Bakan Şimşekoğlu konuştu.\n", "Şimşekoğlu"),
    ):
        name = word[:12] if word.startswith("Ekonomist") else "Şimşek"
        [finding] = findings(make_context(text, _entity("person", name)), ClaimNotStated)
        assert finding.severity is Severity.INFO
        assert f"'{word}'" in finding.message
    # a name that is nowhere is still an error
    [finding] = findings(make_context("Bakan konuştu.\n", _entity("person", "Şimşek")),
                         ClaimNotStated)
    assert finding.severity is Severity.ERROR


def test_the_month_itself_never_states_its_base() -> None:
    claims = _claims("en", "2025-10-24", """\
  - id: cpi-aug-monthly
    kind: change
    metric: cpi
    period: 2025-08
    base_period: 2025-07
    rate: 0.4%
    quote: "after a 0.4 percent increase in August"
""")
    text = "Prices rose 0.3 percent in September, after a 0.4 percent increase in August.\n"
    [question] = messages(make_context(text, claims), ClaimNotConfirmed)
    assert "base_period 2025-07" in question


def test_a_level_kept_edited_to_a_cut_flips_the_direction() -> None:
    claims = _claims("tr", "2025-06-19", """\
  - id: policy-rate
    kind: change
    metric: policy-rate
    period: 2025-06
    rate: 0 pp
    quote: "Kurul Haziran ayında politika faizini yüzde 46'da sabit tuttu"
""")
    text = "Kurul Haziran ayında politika faizini yüzde 46'da sabit tuttu.\n"
    assert messages(make_context(text, claims), ClaimChanged) == []
    [error] = messages(make_context(text.replace("sabit tuttu", "indirdi"), claims), ClaimChanged)
    assert "indirdi" in error


def test_yillik_and_aylik_before_a_figure_are_bases_each_for_its_own_claim() -> None:
    from claimsuite.checks.cs204_relative_date_mismatch import RelativeDateMismatch  # noqa: PLC0415

    quote = (
        "Yurt içi üretici fiyat endeksi de Ekim ayında yıllık yüzde 27,00, aylık yüzde 1,63 arttı"
    )
    claims = _claims("tr", "2025-11-03", f"""\
  - id: ppi-annual
    kind: change
    metric: domestic-ppi
    period: 2025-10
    base_period: 2024-10
    rate: 27.00%
    quote: "{quote}"
  - id: ppi-monthly
    kind: change
    metric: domestic-ppi
    period: 2025-10
    base_period: 2025-09
    rate: 1.63%
    quote: "{quote}"
""")
    ctx = make_context(quote + ".\n", claims)
    assert messages(ctx, ClaimNotConfirmed) == []
    assert messages(ctx, RelativeDateMismatch) == []
    # "yıllık enflasyon" names no base: only a word right before a figure does
    from claimsuite.text.mentions import MentionKind, extract_mentions  # noqa: PLC0415

    assert not [m for m in extract_mentions("Yıllık enflasyon yüzde 32,87 oldu.", "tr")
                if m.kind is MentionKind.RELATIVE]
