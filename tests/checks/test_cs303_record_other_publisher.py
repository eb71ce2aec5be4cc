from __future__ import annotations

from pathlib import Path

from record_context import make_context, run, source

from claimsuite.checks.base import Severity
from claimsuite.checks.cs303_record_other_publisher import RecordOtherPublisher


def claims(source_name: str, period: str = "2025-Q1") -> str:
    return f"""\
- id: turkiye
  kind: entity
  type: country
  name: Türkiye
- id: ministry
  kind: entity
  type: organisation
  name: {source_name}
- id: growth
  kind: change
  metric: exports
  subject: turkiye
  period: {period}
  base_period: 2024-Q1
  rate: 72%
  source: ministry
  quote: "%72 artışla"
"""


REGISTRY = f"""\
statistics:
  - id: growth-2025-q1
    metric: exports-growth
    subject: turkiye
    period: 2025-Q1
    value: 72 percent
    base_period: 2024-Q1
    publisher: "Savunma Sanayii Başkanlığı (SSB)"
{source(4)}"""


def test_other_publisher_is_an_editor_question(tmp_path: Path) -> None:
    [finding] = run(
        RecordOtherPublisher(), make_context(tmp_path, claims("Ticaret Bakanlığı"), REGISTRY)
    )
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "growth credits Ticaret Bakanlığı for the 2025-Q1 exports figures, but the record "
        "has them from Savunma Sanayii Başkanlığı (SSB), via Example News: "
        "which publication does the article use?"
    )
    assert finding.claims == ("growth", "ministry")
    assert [r.url for r in finding.related] == ["https://example.org/report"]


def test_same_publisher_is_quiet(tmp_path: Path) -> None:
    for name in ("Savunma Sanayii Başkanlığı", "SSB", "savunma sanayii başkanlığı"):
        ctx = make_context(tmp_path, claims(name), REGISTRY)
        assert run(RecordOtherPublisher(), ctx) == [], name


def test_period_the_record_does_not_cover_is_quiet(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, claims("Ticaret Bakanlığı", period="2024-Q1"), REGISTRY)
    assert run(RecordOtherPublisher(), ctx) == []
