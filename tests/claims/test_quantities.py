from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimsuite.claims.quantities import Amount, Rate, format_number


def test_amount_keeps_value_and_precision() -> None:
    amount = Amount.parse("1.7 billion USD")
    assert amount.value == Decimal("1.7e9")
    assert amount.precision == Decimal("5e7")
    assert amount.unit == "USD"


@pytest.mark.parametrize("unit", ["dollar", "USD", "usd"])
def test_unit_aliases(unit: str) -> None:
    assert Amount.parse(f"3 {unit}").unit == "USD"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3 megameter", "unknown unit"),
        ("72%", "is a percentage"),
        ("billion USD", "not an amount"),
        ("3", "exactly one unit"),
    ],
)
def test_bad_amounts(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Amount.parse(text)


def test_conversion_through_pint() -> None:
    assert Amount.parse("2.5 tonne").in_unit("gram") == Decimal("2500000")
    with pytest.raises(ValueError, match="cannot convert"):
        Amount.parse("1 USD").in_unit("TRY")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("72%", 72, "percent"), ("-4.5%", Decimal("-4.5"), "percent"), ("3 pp", 3, "pp")],
)
def test_rates(text: str, value: Decimal, unit: str) -> None:
    rate = Rate.parse(text)
    assert (rate.value, rate.unit) == (value, unit)
    assert Rate.parse(str(rate)) == rate


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1e13"), places=3))
def test_format_number_is_deterministic(value: Decimal) -> None:
    assert format_number(value) == format_number(Decimal(str(value)))
