from __future__ import annotations

from pathlib import Path

from dated_context import col, context
from dated_context import findings as run

from claimsuite.checks.base import Location, Severity
from claimsuite.checks.cs601_hedge import Hedge

CLAIMS = """\
- id: simsek
  kind: entity
  type: person
  name: Mehmet Şimşek
- id: top10
  kind: forecast
  what: exports among the top 10
  period: 2026
  made_by: [simsek]
  hedged: true
  quote: "ihracatın muhtemelen dünya genelinde ilk 10 arasında yer alacağını"
- id: top10-plain
  kind: ranking
  subject: simsek
  metric: exports
  bound: 10
  scope: world
  period: 2026
  quote: "ihracatın muhtemelen dünya genelinde ilk 10 arasında"
"""
TEXT = "Mehmet Şimşek, ihracatın muhtemelen dünya genelinde ilk 10 arasında yer alacağını söyledi."


def test_hedge_in_passages_names_the_claims_and_their_flag(tmp_path: Path) -> None:
    [finding] = run(Hedge(), context(tmp_path, "tr", CLAIMS, TEXT))
    c = col(TEXT, "muhtemelen")
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "hedge 'muhtemelen' in the passage of top10, top10-plain: top10-plain "
        "not marked hedged: is it a fact or a guess?"
    )
    assert finding.article == Location("<text>", 1, c)
    assert finding.article.end_col == c + len("muhtemelen")
    assert finding.claims == ("top10", "top10-plain")
    assert finding.fields == ("hedged",)


def test_hedge_outside_claims_and_marked_claims(tmp_path: Path) -> None:
    claims = CLAIMS.replace("  scope: world\n", "  scope: world\n  hedged: true\n")
    text = TEXT + " Toplantı tahminen iki saat sürdü."
    findings = run(Hedge(), context(tmp_path, "tr", claims, text))
    assert [(f.article, f.message) for f in findings] == [
        (Location("<text>", 1, col(text, "muhtemelen")),
         "hedge 'muhtemelen' in the passage of top10, "
         "top10-plain: marked hedged: true, so the article presents it as a guess"),
        (Location("<text>", 1, col(text, "tahminen")),
         "hedge 'tahminen' in a sentence no claim states: is the writer sure?"),
    ]


def test_plain_turkish_is_quiet(tmp_path: Path) -> None:
    text = "Mehmet Şimşek, ihracatın dünya genelinde ilk 10 arasında yer aldığını söyledi."
    assert run(Hedge(), context(tmp_path, "tr", CLAIMS.replace("muhtemelen ", ""), text)) == []


def test_english_hedge_but_not_the_month_may(tmp_path: Path) -> None:
    text = "On May 12 the ministers met. Exports will probably rise."
    [finding] = run(Hedge(), context(tmp_path, "en", ENTITY, text))
    assert finding.message == "hedge 'probably' in a sentence no claim states: is the writer sure?"
    assert finding.article == Location("<text>", 1, col(text, "probably"))


def test_clean_english_is_quiet(tmp_path: Path) -> None:
    text = "On May 12 the ministers met. Exports rose."
    assert run(Hedge(), context(tmp_path, "en", ENTITY, text)) == []


ENTITY = """\
- id: ministers
  kind: entity
  type: other
  name: ministers
"""
