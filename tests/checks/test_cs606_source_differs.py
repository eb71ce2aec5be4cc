from __future__ import annotations

from pathlib import Path

from dated_context import col, context
from dated_context import findings as run

from claimsuite.checks.base import Location, Severity
from claimsuite.checks.cs606_source_differs import SourceDiffers

CLAIMS = """\
- id: ticaret
  kind: entity
  type: organisation
  name: Ticaret Bakanlığı
- id: tim
  kind: entity
  type: organisation
  name: Türkiye İhracatçılar Meclisi
  aliases: [TİM]
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  rate: 72%
  source: ticaret
  quote: "verilerine göre ihracat %72 arttı"
"""


def test_other_source_in_the_sentence(tmp_path: Path) -> None:
    text = (
        "Ticaret Bakanlığı ve Türkiye İhracatçılar Meclisi'nin (TİM) verilerine göre ihracat "
        "%72 arttı."
    )
    claims = CLAIMS.replace('"verilerine göre ihracat %72 arttı"', f'"{text}"')
    [finding] = run(SourceDiffers(), context(tmp_path, "tr", claims, text))
    c = col(text, "Türkiye")
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "the sentence credits 'Türkiye İhracatçılar Meclisi' (tim) for the figure; "
        "claim growth credits ticaret (Ticaret Bakanlığı)"
    )
    assert finding.claims == ("growth", "tim")
    assert finding.article == Location("<text>", 1, c)
    assert finding.article.end_col == c + len("Türkiye İhracatçılar Meclisi")
    assert finding.fields == ("source",)
    [related] = finding.related
    assert related.message == "the claim's source: Ticaret Bakanlığı"


def test_claim_without_source(tmp_path: Path) -> None:
    claims = CLAIMS.replace("  source: ticaret\n", "")
    text = "Savunma Sanayii Başkanlığı'nın verilerine göre ihracat %72 arttı."
    [finding] = run(SourceDiffers(), context(tmp_path, "tr", claims, text))
    assert finding.message == (
        "the sentence credits 'Savunma Sanayii Başkanlığı' for the figure; claim growth "
        "names no source"
    )
    assert finding.article == Location("<text>", 1, 1)
    assert finding.related == ()


def test_same_source_is_quiet(tmp_path: Path) -> None:
    text = "Ticaret Bakanlığı'nın verilerine göre ihracat %72 arttı."
    assert run(SourceDiffers(), context(tmp_path, "tr", CLAIMS, text)) == []


def test_english_according_to(tmp_path: Path) -> None:
    claims = """\
- id: tim
  kind: entity
  type: organisation
  name: Turkish Exporters Assembly
  aliases: [TIM]
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  rate: 72%
  source: tim
  quote: "exports rose 72%"
"""
    quiet = "According to TIM, exports rose 72% in the quarter."
    assert run(SourceDiffers(), context(tmp_path, "en", claims, quiet)) == []
    text = "According to the Central Bank of Turkey, exports rose 72% in the quarter."
    no_source = claims.replace("  source: tim\n", "")
    [finding] = run(SourceDiffers(), context(tmp_path, "en", no_source, text))
    assert finding.message == (
        "the sentence credits 'Central Bank of Turkey' for the "
        "figure; claim growth names no source"
    )
    assert finding.article == Location("<text>", 1, col(text, "Central"))
    # With a source the passage does not name, CS402 reports the missing name instead.
    assert run(SourceDiffers(), context(tmp_path, "en", claims, text)) == []
