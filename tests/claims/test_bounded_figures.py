"""A bounded or approximate figure is never compared as if it were exact (never cry wolf)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from claimsuite.analysis.arithmetic import claim_range, implied_base, implied_base_of
from claimsuite.checks.base import Context
from claimsuite.checks.cs101_rate_value_base import RateValueBase
from claimsuite.checks.cs102_figure_disagrees import FigureDisagrees
from claimsuite.claims.load import Registries, load_claims
from claimsuite.text.article import Article

HEADER = "article:\n  language: en\n  published: 2025-11-10\nclaims:\n"


def context(tmp_path: Path, body: str) -> Context:
    path = tmp_path / "c.yaml"
    path.write_text(HEADER + body, "utf-8")
    return Context(Article.from_text("Text.", "en"), load_claims(path), Registries())


def quantity(claim_id: str, value: str, extra: str = "") -> str:
    return (
        f"  - id: {claim_id}\n    kind: quantity\n    metric: exhibitors\n    period: 2025\n"
        f"    value: {value}\n{extra}    quote: q\n"
    )


@pytest.mark.parametrize(
    ("extra", "reported"),
    [
        ("", True),  # 3000 and 3200 firms: a contradiction
        ("    bound: more-than\n", False),  # "more than 3000 firms" fits 3200
        ("    bound: at-least\n", False),
        ("    bound: less-than\n", True),  # "fewer than 3000" cannot be 3200
        ("    approximate: true\n", False),  # about 3000: within 10%
    ],
)
def test_cs102_reads_bounds(tmp_path: Path, extra: str, reported: bool) -> None:
    ctx = context(tmp_path, quantity("a", "3000 firms", extra) + quantity("b", "3200 firms"))
    assert bool(list(FigureDisagrees().run(ctx))) is reported


def test_change_rates_with_bounds(tmp_path: Path) -> None:
    body = "".join(
        f"  - id: {i}\n    kind: change\n    metric: m\n    period: 2025\n    rate: {rate}\n"
        f"{extra}    quote: q\n"
        for i, rate, extra in [("a", "70%", "    bound: more-than\n"), ("b", "72%", "")]
    )
    assert list(FigureDisagrees().run(context(tmp_path, body))) == []


def test_cs101_reads_a_bounded_value(tmp_path: Path) -> None:
    body = (
        "  - id: g\n    kind: change\n    metric: m\n    period: 2025\n    base_period: 2024\n"
        "    rate: 72%\n    value: 1.7 billion USD\n    base_value: 1.2 billion USD\n"
        "    bound: {value: more-than}\n    quote: q\n"
    )
    assert list(RateValueBase().run(context(tmp_path, body))) == []
    exact = body.replace("    bound: {value: more-than}\n", "")
    assert len(list(RateValueBase().run(context(tmp_path, exact)))) == 1


def test_implied_base_of_equals_implied_base_without_qualifiers(tmp_path: Path) -> None:
    body = (
        "  - id: g\n    kind: change\n    metric: m\n    period: 2025\n    rate: 72%\n"
        "    value: 1.7 billion USD\n    quote: q\n"
        "  - id: m\n    kind: change\n    metric: m\n    period: 2025\n    multiple: 17\n"
        "    value: 17 billion USD\n    quote: q\n"
    )
    ctx = context(tmp_path, body)
    growth, multiple = ctx.claims.by_id["g"], ctx.claims.by_id["m"]
    assert implied_base_of(growth) == implied_base(growth.rate, growth.value)
    base = implied_base_of(multiple)
    assert base is not None
    assert base.low < Decimal("1e9") < base.high
    assert implied_base(multiple.rate, multiple.value) == base


def test_claim_range_converts_and_refuses_other_dimensions(tmp_path: Path) -> None:
    ctx = context(tmp_path, quantity("a", "2.5 tonne"))
    in_grams = claim_range(ctx.claims.by_id["a"], "value", "gram")
    assert in_grams is not None
    assert (in_grams.low, in_grams.high) == (Decimal("2450000"), Decimal("2550000"))
    assert claim_range(ctx.claims.by_id["a"], "value", "USD") is None
