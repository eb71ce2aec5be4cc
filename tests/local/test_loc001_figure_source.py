"""The desk's own LOC001: a figure needs a source the reader can see — in the claim, in its
own sentence, or once in the lead of a data story."""

from __future__ import annotations

from pathlib import Path

from claimsuite.testing import claim_file, findings, load_checks, make_context

ROOT = Path(__file__).resolve().parents[2]
CHECK = load_checks(ROOT / "checks")["LOC001"]

ENTITIES = """\
  - id: tuik
    kind: entity
    type: organisation
    name: Türkiye İstatistik Kurumu
    aliases: [TÜİK]
"""


def _claims(quote: str, source: str = "") -> str:
    return claim_file(ENTITIES + f"""\
  - id: cpi
    kind: change
    metric: cpi
    period: 2025-10
    rate: 2.55%
    quote: "{quote}"
{source}""", published="2025-11-03")


def _codes(article: str, claims: str) -> list[str]:
    return [f.code for f in findings(make_context(article, claims), CHECK)]


def test_a_figure_nobody_credits_is_reported() -> None:
    article = "Enflasyon\n\nTüketici fiyatları ekimde yüzde 2,55 arttı.\n"
    assert _codes(article, _claims("yüzde 2,55 arttı")) == ["LOC001"]


def test_a_source_in_the_claim_is_enough() -> None:
    article = "Tüketici fiyatları ekimde yüzde 2,55 arttı.\n"
    assert _codes(article, _claims("yüzde 2,55 arttı", "    source: tuik\n")) == []


def test_the_figures_own_sentence_may_credit_it() -> None:
    article = "TÜİK verilerine göre tüketici fiyatları ekimde yüzde 2,55 arttı.\n"
    assert _codes(article, _claims("yüzde 2,55 arttı")) == []


def test_a_data_lead_credits_every_figure_of_the_story() -> None:
    article = (
        "Enflasyon ekimde yüzde 2,55\n\n"
        "TÜİK, ekim ayı enflasyon verilerini açıkladı: aylık artış yüzde 2,55 oldu.\n\n"
        "Gıda fiyatları ise yüzde 1,8 arttı.\n"
    )
    assert _codes(article, _claims("yüzde 2,55 oldu")) == []


def test_a_lead_without_a_figure_credits_nothing() -> None:
    # A meeting announced by a ministry is not the source of a growth figure later on.
    article = (
        "TÜİK, toplantının 28 Nisan 2025 tarihinde yapıldığını duyurdu. Toplantı iki saat "
        "sürdü.\n\nTüketici fiyatları ekimde yüzde 2,55 arttı.\n"
    )
    assert _codes(article, _claims("yüzde 2,55 arttı")) == ["LOC001"]
