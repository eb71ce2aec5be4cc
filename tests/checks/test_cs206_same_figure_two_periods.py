from __future__ import annotations

from claimsuite.checks.cs206_same_figure_two_periods import SameFigureTwoPeriods
from claimsuite.testing import claim_file, findings, make_context

TEXT = (
    "İhracat Ocak-Ekim döneminde yüzde 3,9 arttı. "
    "Verilere göre ihracat yılın ilk dokuz ayında yüzde 3,9 arttı."
)


def claims(first: str = "2025-01/2025-10", second: str = "2025-01/2025-09",
           rate: str = "3.9%", metric: str = "exports") -> str:
    return claim_file(f"""
        - id: headline
          kind: change
          metric: exports
          period: {first}
          rate: 3.9%
          quote: "İhracat Ocak-Ekim döneminde yüzde 3,9 arttı"
        - id: body
          kind: change
          metric: {metric}
          period: {second}
          rate: {rate}
          quote: "ihracat yılın ilk dokuz ayında yüzde 3,9 arttı"
    """, published="2025-11-05")


def test_the_same_rate_for_two_overlapping_periods_is_a_warning() -> None:
    """Issue 13 §5: a headline for January-October and a body for the first nine months."""
    [finding] = findings(make_context(TEXT, claims()), SameFigureTwoPeriods)
    assert finding.severity.value == "warning"
    assert finding.message == (
        "claims headline and body give the same exports figure, 3.9%, for two different "
        "periods, 2025-01/2025-10 and 2025-01/2025-09; one of the periods is probably wrong"
    )
    assert finding.claims == ("body", "headline")
    assert finding.fields == ("period",)


def test_different_figures_metrics_or_disjoint_periods_are_quiet() -> None:
    for ctx in (
        make_context(TEXT, claims(rate="4.1%")),
        make_context(TEXT, claims(metric="imports")),
        make_context(TEXT, claims(first="2025-09", second="2025-07/2025-08")),
        make_context(TEXT, claims(second="2025-01/2025-10")),  # the same period: CS102's
    ):
        assert findings(ctx, SameFigureTwoPeriods) == []


def test_the_same_value_for_two_overlapping_periods() -> None:
    text = "Ocak-Ekim döneminde ihracat 200 milyar dolar oldu. İlk dokuz ayda 200 milyar dolar."
    cf = claim_file("""
        - id: a
          kind: quantity
          metric: exports
          period: 2025-01/2025-10
          value: 200 billion USD
          quote: "Ocak-Ekim döneminde ihracat 200 milyar dolar oldu"
        - id: b
          kind: quantity
          metric: exports
          period: 2025-01/2025-09
          value: 200000 million USD
          quote: "İlk dokuz ayda 200 milyar dolar"
    """, published="2025-11-05")
    [finding] = findings(make_context(text, cf), SameFigureTwoPeriods)
    assert "200 billion USD" in finding.message


def test_a_change_over_its_window_is_the_same_period() -> None:
    """The annual rate for September and the rate over the 12 months ending in September are
    one fact written two ways."""
    text = "Prices rose 3% in September from a year earlier, 3% over the 12 months to September."
    cf = claim_file("""
        - id: annual
          kind: change
          metric: cpi
          period: 2025-09
          base_period: 2024-09
          rate: 3%
          quote: "Prices rose 3% in September from a year earlier"
        - id: twelve-months
          kind: change
          metric: cpi
          period: 2024-10/2025-09
          rate: 3%
          quote: "3% over the 12 months to September"
    """, language="en", published="2025-10-24")
    assert findings(make_context(text, cf), SameFigureTwoPeriods) == []
