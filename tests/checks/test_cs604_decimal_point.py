from __future__ import annotations

from pathlib import Path

from dated_context import col, context
from dated_context import findings as run

from claimsuite.checks.base import Location, Severity
from claimsuite.checks.cs604_decimal_point import DecimalPoint

CLAIMS = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  rate: 72%
  value: 1.7 billion USD
  quote: "%72 artışla 1.7 milyar dolara ulaştı"
"""


def test_decimal_point_in_turkish(tmp_path: Path) -> None:
    text = "İhracat %72 artışla 1.7 milyar dolara ulaştı; pay yüzde 2.5 oldu."
    findings = run(DecimalPoint(), context(tmp_path, "tr", CLAIMS, text))
    assert [(f.message, f.claims, f.suggestion) for f in findings] == [
        (
            "'1.7 milyar dolara' writes 1.7 with a decimal point, but "
            "Turkish groups thousands with a point; write 1,7",
            ("growth",),
            "1,7 milyar dolara",
        ),
        (
            "'yüzde 2.5' writes 2.5 with a decimal point, but "
            "Turkish groups thousands with a point; write 2,5",
            (),
            "yüzde 2,5",
        ),
    ]
    assert findings[0].severity is Severity.INFO
    assert findings[0].article == Location("<text>", 1, col(text, "1.7"))
    assert findings[1].article == Location("<text>", 1, col(text, "yüzde"))


def test_comma_thousands_and_times_are_quiet(tmp_path: Path) -> None:
    text = "İhracat %72 artışla 1,7 milyar dolara ulaştı; 1.700 kişi saat 14.30'da toplandı."
    assert run(DecimalPoint(), context(tmp_path, "tr", CLAIMS, text)) == []


def test_english_is_not_checked(tmp_path: Path) -> None:
    text = "Exports rose 72% to $1.7 billion."
    assert run(DecimalPoint(), context(tmp_path, "en", CLAIMS, text)) == []
