"""Which claims hold a span of the article, and the future markers of a passage."""

from __future__ import annotations

from pathlib import Path

from dated_context import make_context

from claimsuite.analysis.passages import claims_holding, first_passage, future_words

TEXT = "Bir sonraki toplantı 2026 yılında yapılacak. Ayrıca ihracat arttı."
CLAIMS = """\
- id: next
  kind: plan
  what: next meeting
  period: 2026
  quote: "Bir sonraki toplantı 2026 yılında yapılacak"
- id: lost
  kind: plan
  what: a deleted sentence
  period: 2027
  quote: "tamamen silinmiş bir cümle burada yer alıyordu"
"""


def test_claims_holding_a_span(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, CLAIMS)
    year = TEXT.index("2026")
    assert [c.id for c in claims_holding(ctx, year, year + 4)] == ["next"]
    other = TEXT.index("ihracat")
    assert claims_holding(ctx, other, other + 7) == []


def test_first_passage_is_a_span_or_none(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, CLAIMS)
    assert first_passage(ctx, "next") == (0, TEXT.index("."))
    assert first_passage(ctx, "lost") is None


def test_future_words_in_a_passage(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, CLAIMS)
    [(start, end)] = future_words(ctx, "next")
    assert TEXT[start:end].startswith("yapılacak")
    assert future_words(ctx, "lost") == []
