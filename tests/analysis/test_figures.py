"""FigureBook: the one classification of the article's figures every check shares."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from dated_context import make_context

from claimsuite.analysis.figures import Figure, FigureBook, claim_figures, equal
from claimsuite.claims.periods import Period
from claimsuite.text.mentions import MentionKind

CLAIMS = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  value: 1.7 billion USD
  quote: "2025'in ilk çeyreğinde ihracat %72 artışla 1,7 milyar dolara ulaştı"
"""
STATED = "2025'in ilk çeyreğinde ihracat %72 artışla 1,7 milyar dolara ulaştı."


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_claim_figures_give_each_figure_with_its_period_and_unit(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, STATED, CLAIMS)
    figures = claim_figures(ctx.claims.claims)
    assert [(f.claim_id, f.field, f.kind, str(f.period), f.unit) for f in figures] == [
        ("growth", "rate", MentionKind.PERCENT, "2025-Q1", "percent"),
        ("growth", "value", MentionKind.AMOUNT, "2025-Q1", "USD"),
    ]
    assert figures[1].value == Decimal("1.7e9")


def test_equal_uses_the_coarser_precision(tmp_path: Path) -> None:
    figure = Figure("c", "rate", MentionKind.PERCENT, Period.parse("2025"), "72%",
                    Decimal(72), "percent", Decimal(1))
    ctx = make_context(tmp_path, "Oran %72,4 oldu; sonra %73 oldu.", CLAIMS)
    first, second = [m for m in ctx.article.mentions if m.kind is MentionKind.PERCENT]
    assert equal(figure, first)
    assert not equal(figure, second)


def test_the_context_caches_one_book(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, STATED, CLAIMS)
    assert isinstance(ctx.figures, FigureBook)
    assert ctx.figures is ctx.figures
    assert ctx.figures.accounted is ctx.figures.accounted


def test_sentence_period_prefers_the_nearest_period_before_the_figure(tmp_path: Path) -> None:
    text = "2024'te %40 olan artış 2025'te %72 oldu. Rose 52% in the first quarter."
    ctx = make_context(tmp_path, text, CLAIMS)
    by_surface = {m.surface: m for m in ctx.article.mentions}
    assert str(ctx.figures.sentence_period(by_surface["%40"])) == "2024"
    assert str(ctx.figures.sentence_period(by_surface["%72"])) == "2025"
    assert ctx.figures.sentence_period(by_surface["52%"]) is None


def test_a_restatement_is_accounted_and_another_value_contradicts(tmp_path: Path) -> None:
    text = (
        STATED + " 2025'in ilk çeyreğinde ihracat yüzde 72 arttı."
        " Bakanlık, 2025'in ilk çeyreğinde ihracatın %52 arttığını açıkladı."
    )
    book = make_context(tmp_path, text, CLAIMS).figures
    assert _span(text, "%72") in book.accounted
    assert _span(text, "yüzde 72") in book.accounted
    [contradiction] = book.contradictions
    assert contradiction.mention.surface == "%52"
    assert str(contradiction.period) == "2025-Q1"
    assert [f.field for f in contradiction.figures] == ["rate"]
    assert _span(text, "%52") in book.owned
    assert _span(text, "%52") not in book.accounted


def test_a_changed_figure_belongs_to_cs402_not_to_the_contradictions(tmp_path: Path) -> None:
    text = STATED.replace("%72", "%27")
    book = make_context(tmp_path, text, CLAIMS).figures
    assert book.changed == frozenset({_span(text, "%27")})
    assert book.contradictions == ()
    assert _span(text, "%27") in book.owned


def test_a_year_some_claim_gives_is_accounted(tmp_path: Path) -> None:
    text = STATED + " 2024'ün ilk çeyreği zayıftı. 2019 yılı ise farklıydı."
    ctx = make_context(tmp_path, text, CLAIMS)
    quarter = next(m for m in ctx.article.mentions if m.surface.startswith("2024"))
    assert (quarter.start, quarter.end) in ctx.figures.accounted
    assert not any(text[a:b].startswith("2019") for a, b in ctx.figures.accounted)
