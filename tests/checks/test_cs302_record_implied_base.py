from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from record_context import make_context, run, source

from claimsuite.checks.base import Severity
from claimsuite.checks.cs101_rate_value_base import RateValueBase
from claimsuite.checks.cs302_record_implied_base import RecordImpliedBase

ENTITIES = """\
- id: turkiye
  kind: entity
  type: country
  name: Türkiye
"""


def claims(rate: str, value: str, base_period: str = "2024-Q1", extra: str = "") -> str:
    return (
        ENTITIES
        + f"""\
- id: growth
  kind: change
  metric: exports
  subject: turkiye
  period: 2025-Q1
  base_period: {base_period}
  rate: {rate}
  value: {value}
  quote: "%72 artışla 1.7 milyar dolara"
{extra}"""
    )


def registry(base: str, period: str = "2024-Q1") -> str:
    return f"""\
statistics:
  - id: exports-base
    metric: exports
    subject: turkiye
    period: {period}
    value: {base}
    publisher: TİM
{source(4)}"""


def test_baseline_that_contradicts_the_record_warns(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, claims("72%", "1.7 billion USD"), registry("1.2 billion USD"))
    [finding] = run(RecordImpliedBase(), ctx)
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "a 72% change to 1.7 billion USD implies a 2024-Q1 baseline of 988.465 million USD "
        "(956.522 million–1.02 billion); the record has 1.2 billion USD for 2024-Q1 "
        "(exports-base; TİM, via Example News)"
    )
    assert finding.claims == ("growth",)


@pytest.mark.parametrize("base", ["1 billion USD", "990 million USD", "0.96 billion USD"])
def test_consistent_baseline_is_quiet(tmp_path: Path, base: str) -> None:
    ctx = make_context(tmp_path, claims("72%", "1.7 billion USD"), registry(base))
    assert run(RecordImpliedBase(), ctx) == []


def test_no_figure_for_the_base_period_is_quiet(tmp_path: Path) -> None:
    ctx = make_context(
        tmp_path, claims("72%", "1.7 billion USD"), registry("1.2 billion USD", period="2023-Q1")
    )
    assert run(RecordImpliedBase(), ctx) == []


def test_percentage_points_are_not_compared(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, claims("3 pp", "1.7 billion USD"), registry("1.2 billion USD"))
    assert run(RecordImpliedBase(), ctx) == []


@given(
    rate=st.decimals(min_value=Decimal("-95"), max_value=Decimal("500"), places=1),
    value=st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999"), places=2),
)
def test_a_baseline_computed_from_rate_and_value_never_disagrees(
    rate: Decimal, value: Decimal
) -> None:
    exact = value / (1 + rate / 100)
    base = f"{exact.quantize(Decimal('0.000001'))} billion USD"
    with tempfile.TemporaryDirectory() as folder:
        ctx = make_context(
            Path(folder),
            claims(f"{rate}%", f"{value} billion USD", extra=f"  base_value: {base}\n"),
            registry(base),
        )
        assert run(RecordImpliedBase(), ctx) == []
        assert run(RateValueBase(), ctx) == []
