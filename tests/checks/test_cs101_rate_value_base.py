from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from dated_context import findings, make_context, messages
from hypothesis import given
from hypothesis import strategies as st

from claimsuite.analysis.arithmetic import implied_base
from claimsuite.checks.cs101_rate_value_base import RateValueBase
from claimsuite.claims.quantities import Amount, Rate

TEXT = "İhracat geçen yılın aynı dönemine göre %72 artışla 1,7 milyar dolara ulaştı."
CLAIM = """\
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  value: 1.7 billion USD
  {extra}
  quote: "%72 artışla 1,7 milyar dolara ulaştı"
"""


@pytest.mark.parametrize("base", ["0.99 billion USD", "990 million USD", "1 billion USD"])
def test_consistent_baseline_is_quiet(tmp_path: Path, base: str) -> None:
    ctx = make_context(tmp_path, TEXT, CLAIM.format(extra=f"base_value: {base}"))
    assert messages(RateValueBase(), ctx) == []


def test_baseline_outside_the_precision_is_an_error(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, CLAIM.format(extra="base_value: 1.2 billion USD"))
    assert messages(RateValueBase(), ctx) == [
        "a 72% change to 1.7 billion USD implies a baseline of 988.465 million USD "
        "(956.522 million–1.02 billion); growth gives 1.2 billion USD"
    ]


def test_baseline_from_a_quantity_claim_for_the_base_period(tmp_path: Path) -> None:
    claims = CLAIM.format(extra="") + (
        "- id: base\n  kind: quantity\n  metric: exports\n  period: 2024-Q1\n"
        '  value: 1.4 billion USD\n  quote: "1,7 milyar"\n'
    )
    ctx = make_context(tmp_path, TEXT, claims)
    assert messages(RateValueBase(), ctx) == [
        "a 72% change to 1.7 billion USD implies a baseline of 988.465 million USD "
        "(956.522 million–1.02 billion); base gives 1.4 billion USD"
    ]
    [finding] = findings(RateValueBase(), ctx)
    assert finding.claims == ("base", "growth")
    assert finding.fields == ("rate", "value")
    assert finding.claim_file is not None
    assert finding.claim_file == ctx.at_claim("base", "value")
    assert [(r.message, r.location) for r in finding.related] == [
        ("claim growth: 72% to 1.7 billion USD", ctx.at_claim("growth", "rate"))
    ]


def test_units_that_cannot_be_compared(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, CLAIM.format(extra="base_value: 30 billion TRY"))
    assert messages(RateValueBase(), ctx) == [
        "claim growth reaches 1.7 billion USD but its baseline in growth is 30 billion TRY: "
        "the units cannot be compared"
    ]


@given(
    st.decimals(min_value=Decimal("-90"), max_value=Decimal("500"), places=1),
    st.decimals(min_value=Decimal("1"), max_value=Decimal("1e12"), places=0),
)
def test_exact_baseline_always_lies_in_the_implied_interval(rate: Decimal, base: Decimal) -> None:
    value = base * (1 + rate / 100)
    implied = implied_base(Rate(rate, "percent", Decimal("0.05")), Amount(value, "USD", Decimal(1)))
    assert implied is not None
    assert implied.low <= base <= implied.high
