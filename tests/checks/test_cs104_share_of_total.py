from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from dated_context import findings, make_context, messages
from hypothesis import given
from hypothesis import strategies as st

from claimsuite.analysis.arithmetic import Interval, implied_share, stated_range
from claimsuite.checks.cs104_share_of_total import ShareOfTotal

TEXT = (
    "Toplam ihracat 2025'te 250 milyar dolar oldu. Savunma ihracatı 1,7 milyar dolarla "
    "toplam ihracatın yüzde 3'ünü oluşturdu."
)
WHOLE = """\
- id: exports-2025
  kind: quantity
  metric: exports
  period: 2025
  value: {whole}
  quote: "Toplam ihracat 2025'te 250 milyar dolar oldu."
"""
SHARE = """\
- id: defence-share
  kind: share
  metric: defence-exports
  period: {period}
  share: {share}
  share_of: exports-2025
  {extra}
  quote: "toplam ihracatın yüzde 3'ünü oluşturdu"
"""


def claims(
    *, whole: str = "250 billion USD", share: str = "3%", extra: str = "", period: str = "2025"
) -> str:
    return WHOLE.format(whole=whole) + SHARE.format(share=share, extra=extra, period=period)


def test_share_that_adds_up_is_quiet(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, claims(share="0.68%", extra="value: 1.7 billion USD"))
    assert messages(ShareOfTotal(), ctx) == []


def test_share_that_does_not_add_up_is_an_error(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, claims(extra="value: 1.7 billion USD"))
    [finding] = findings(ShareOfTotal(), ctx)
    assert finding.message == (
        "claim defence-share gives a share of 3% of exports-2025, but 1.7 billion USD of "
        "250 billion USD is 0.68% (0.659–0.701%)"
    )
    assert finding.claims == ("defence-share", "exports-2025")
    assert finding.fields == ("share",)
    assert finding.suggestion == "0.68%"
    assert finding.claim_file is not None
    assert (finding.claim_file.line, finding.claim_file.col) == (15, 12)
    assert [r.message for r in finding.related] == ["the whole: 250 billion USD"]


def test_part_from_a_quantity_claim(tmp_path: Path) -> None:
    part = (
        "- id: defence-2025\n  kind: quantity\n  metric: defence-exports\n  period: 2025\n"
        '  value: 1.7 billion USD\n  quote: "Savunma ihracatı 1,7 milyar dolarla"\n'
    )
    ctx = make_context(tmp_path, TEXT, claims() + part)
    [finding] = findings(ShareOfTotal(), ctx)
    assert finding.claims == ("defence-2025", "defence-share", "exports-2025")
    assert [r.message for r in finding.related] == [
        "the whole: 250 billion USD",
        "the part: 1.7 billion USD",
    ]


def test_units_are_converted(tmp_path: Path) -> None:
    ctx = make_context(
        tmp_path, TEXT, claims(whole="250 thousand tonne", extra="value: 1700000000 gram")
    )
    assert messages(ShareOfTotal(), ctx) == [
        "claim defence-share gives a share of 3% of exports-2025, but 1.7 billion gram of "
        "250 thousand tonne is 0.68% (0.679–0.681%)"
    ]


@pytest.mark.parametrize(
    "extra",
    [
        "",  # no part value: nothing to compare
        "value: 1.7 billion TRY",  # units that cannot be compared
        "value: 7.5 billion USD",  # 3% of 250 billion
        "value: 7 billion USD\n  approximate: true",  # ~2.8%, within 10%
        "value: 5 billion USD\n  bound: {value: more-than}",  # more than 2%
        "bound: less-than\n  value: 1.7 billion USD",  # less than 3%: 0.68% fits
        "bound: about\n  value: 7 billion USD",  # about 3%
    ],
)
def test_what_is_not_a_contradiction(tmp_path: Path, extra: str) -> None:
    ctx = make_context(tmp_path, TEXT, claims(extra=extra))
    assert messages(ShareOfTotal(), ctx) == []


def test_bounds_still_catch_what_cannot_fit(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, claims(extra="bound: more-than\n  value: 1.7 billion USD"))
    assert len(messages(ShareOfTotal(), ctx)) == 1


def test_whole_for_another_period_is_not_compared(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, TEXT, claims(period="2024", extra="value: 1.7 billion USD"))
    assert messages(ShareOfTotal(), ctx) == []


def test_share_without_share_of_is_not_compared(tmp_path: Path) -> None:
    text = claims(extra="value: 1.7 billion USD").replace("  share_of: exports-2025\n", "")
    ctx = make_context(tmp_path, TEXT, text)
    assert messages(ShareOfTotal(), ctx) == []


@given(
    st.decimals(min_value=Decimal(1), max_value=Decimal(10**12), places=0),
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal(100), places=1),
)
def test_a_share_computed_from_its_figures_always_agrees(whole: Decimal, share: Decimal) -> None:
    part = whole * share / 100
    implied = implied_share(stated_range(part, Decimal("0.5")), stated_range(whole, Decimal("0.5")))
    assert implied is not None
    assert implied.overlaps(stated_range(share, Decimal("0.05")))


def test_open_intervals_read_as_bounds() -> None:
    assert str(stated_range(Decimal(3), Decimal("0.5"), bound="more-than")) == "at least 2.5"
    assert str(stated_range(Decimal(3), Decimal("0.5"), bound="at-most")) == "at most 3.5"
    assert stated_range(Decimal(45000), Decimal("0.5"), approximate=True) == Interval(
        Decimal(40500), Decimal(49500)
    )
