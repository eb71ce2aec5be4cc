"""Each edit family on a small article: the exact mutant texts and how many there are."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from claimsuite.claims.load import load_claims
from claimsuite.mutate import FAMILIES, Source
from claimsuite.mutate.families import family
from claimsuite.text.article import Article

TEXT = (
    "Toplantı ve Açıklamalar\n"
    "Tuğgeneral Ayşe Kaya, 12 Mart 2024 tarihinde Ankara'da konuştu. "
    "Kaya, 2024'te ihracatın %40 artışla 2.5 milyar dolara ulaştığını söyledi.\n"
    "Katılımcılar görüşmelerin verimli geçtiğini düşünüyor."
)
CLAIMS = """\
article:
  language: tr
  published: 2024-03-12
claims:
  - id: turkiye
    kind: entity
    type: country
    name: Türkiye
  - id: ankara
    kind: entity
    type: place
    name: Ankara
  - id: kaya
    kind: entity
    type: person
    name: Ayşe Kaya
    aliases: [Kaya]
  - id: kaya-rank
    kind: role
    person: kaya
    title: Savunma Müdürü
    as_of: 2024-03-12
    rank: Tuğgeneral
    quote: "Tuğgeneral Ayşe Kaya"
  - id: exports-2024
    kind: change
    metric: defence-exports
    subject: turkiye
    period: 2024
    rate: 40%
    value: 2.5 billion USD
    quote: "Kaya, 2024'te ihracatın %40 artışla 2.5 milyar dolara ulaştığını söyledi."
"""


@pytest.fixture
def source(tmp_path: Path) -> Source:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    return Source(Article.from_text(TEXT, "tr"), load_claims(path))


def texts(source: Source, name: str) -> list[str]:
    return [m.apply(source.text) for m in family(name).generate(source)]


def changed(source: Source, name: str, old: str) -> list[str]:
    """The mutants of ``name``, each as the article with ``old`` written differently."""
    out = texts(source, name)
    assert all(old in source.text for _ in out)
    return out


def test_every_family_is_named_once_and_careless_ones_come_first() -> None:
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names)) == 20
    assert {"direction", "tense", "unit", "period-word", "in-words"} <= set(names)
    kinds = [f.careless for f in FAMILIES]
    assert kinds == sorted(kinds, reverse=True)


def test_digit_changes_the_last_digit_of_each_figure(source: Source) -> None:
    assert texts(source, "digit") == [
        TEXT.replace("%40", "%41"),
        TEXT.replace("2.5 milyar", "2.6 milyar"),
    ]


def test_year_shifts_each_year_by_one(source: Source) -> None:
    assert texts(source, "year") == [
        TEXT.replace("12 Mart 2024", "12 Mart 2025"),
        TEXT.replace("2024'te", "2025'te"),
    ]


def test_day_changes_the_day_of_a_full_date(source: Source) -> None:
    assert texts(source, "day") == [TEXT.replace("12 Mart", "13 Mart")]


def test_rank_title_swaps_a_rank_for_its_neighbour(source: Source) -> None:
    assert texts(source, "rank-title") == [TEXT.replace("Tuğgeneral", "Tümgeneral")]


def test_place_keeps_the_suffix_and_its_harmony(source: Source) -> None:
    # Ankara'da: another city ending in a back unrounded vowel takes the same 'da.
    assert texts(source, "place") == [TEXT.replace("Ankara'da", "Bursa'da")]


def test_surname_changes_one_letter_of_each_occurrence(source: Source) -> None:
    assert texts(source, "surname") == [
        TEXT.replace("Ayşe Kaya", "Ayşe Kaye"),
        TEXT.replace("Kaya, 2024", "Kaye, 2024"),
    ]


def test_drop_sentence_removes_each_sentence_stating_a_claim(source: Source) -> None:
    assert texts(source, "drop-sentence") == [
        TEXT.replace("Tuğgeneral Ayşe Kaya, 12 Mart 2024 tarihinde Ankara'da konuştu. ", ""),
        TEXT.replace(" Kaya, 2024'te ihracatın %40 artışla 2.5 milyar dolara ulaştığını söyledi.",
                     ""),
    ]


def test_contradict_restates_the_period_with_another_rate(source: Source) -> None:
    assert texts(source, "contradict") == [
        TEXT.replace("dolara ulaştığını söyledi.",
                     "dolara ulaştığını söyledi. 2024 yılında ihracat %20 arttı."),
    ]


def test_reflow_breaks_long_lines_at_spaces_only(source: Source) -> None:
    (mutant,) = texts(source, "reflow")
    assert mutant != TEXT
    assert mutant.replace("\n", " ") == TEXT.replace("\n", " ")
    assert max(len(line) for line in mutant.split("\n")) <= 70


def test_apostrophe_swaps_each_way(source: Source) -> None:
    assert texts(source, "apostrophe") == [TEXT.replace("'", "’")]


def test_nfd_decomposes_the_whole_article(source: Source) -> None:
    assert texts(source, "nfd") == [unicodedata.normalize("NFD", TEXT)]


def test_spelling_touches_only_a_sentence_without_claims_or_figures(source: Source) -> None:
    assert texts(source, "spelling") == [TEXT.replace("Katılımcılar görüşmelerin",
                                                      "Katılımcılar görüşmalerin")]


def test_neutral_sentence_goes_after_each_paragraph_but_not_headings(source: Source) -> None:
    added = " Uzmanlar gelişmeleri yakından izliyor."
    assert texts(source, "neutral-sentence") == [
        TEXT.replace("söyledi.\n", f"söyledi.{added}\n"),
        TEXT + added,
    ]


def test_heading_caps_uses_turkish_capitals(source: Source) -> None:
    assert texts(source, "heading-caps") == [
        TEXT.replace("Toplantı ve Açıklamalar", "TOPLANTI VE AÇIKLAMALAR"),
    ]


def test_same_fact_writes_each_figure_another_way(source: Source) -> None:
    assert texts(source, "same-fact") == [
        TEXT.replace("12 Mart 2024", "12.03.2024"),
        TEXT.replace("2024'te", "2024 yılında"),
        TEXT.replace("%40", "yüzde 40"),
        TEXT.replace("2.5 milyar", "2,5 milyar"),
    ]


def test_english_same_fact_and_controls(tmp_path: Path) -> None:
    text = "On April 28, 2025 exports rose 72% to $1.7 billion in Ankara.\n"
    path = tmp_path / "claims.yaml"
    path.write_text(
        "article:\n  language: en\n  published: 2025-04-28\nclaims:\n"
        "  - id: ankara\n    kind: entity\n    type: place\n    name: Ankara\n",
        encoding="utf-8",
    )
    src = Source(Article.from_text(text, "en"), load_claims(path))
    assert texts(src, "same-fact") == [
        text.replace("April 28, 2025", "28 April 2025"),
        text.replace("72%", "72 percent"),
        text.replace("1.7 billion", "1,700 million"),
    ]
    assert texts(src, "place") == [text.replace("Ankara", "Istanbul")]
    assert texts(src, "digit") == [text.replace("72%", "73%"), text.replace("1.7", "1.8")]


def test_every_language_has_the_same_mutation_words() -> None:
    from claimsuite.mutate.base import mutation_words  # noqa: PLC0415

    def keys(data: dict[str, object]) -> set[str]:
        return {f"{k}.{sub}" for k, v in data.items() if isinstance(v, dict) for sub in v}

    assert keys(mutation_words("tr")) == keys(mutation_words("en"))
