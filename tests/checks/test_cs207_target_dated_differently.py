from __future__ import annotations

from claimsuite.checks.cs207_target_dated_differently import TargetDatedDifferently
from claimsuite.testing import claim_file, findings, make_context

TEXT = (
    "Çelik, gelecek yıl için 43 milyar dolarlık ihracat hedefini açıkladı. "
    "Sektör 2027 yılı için 43 milyar dolar ihracat hedefliyor."
)


def claims(second_period: str = "2027", second_target: str = "43 billion USD") -> str:
    return claim_file(f"""
        - id: target-lead
          kind: plan
          what: automotive exports target
          metric: automotive-exports
          period: 2026
          target: 43 billion USD
          quote: "gelecek yıl için 43 milyar dolarlık ihracat hedefini açıkladı"
        - id: target-body
          kind: plan
          what: automotive exports target
          metric: automotive-exports
          period: {second_period}
          target: {second_target}
          quote: "Sektör 2027 yılı için 43 milyar dolar ihracat hedefliyor"
    """, published="2025-12-07")


def test_one_target_dated_twice_is_a_warning() -> None:
    """Issue 13 §5: a plan that refers to a target but dates it differently."""
    [finding] = findings(make_context(TEXT, claims()), TargetDatedDifferently)
    assert finding.severity.value == "warning"
    assert finding.message == (
        "plan target-lead and plan target-body give the same automotive-exports target, "
        "43 billion USD, for 2026 and for 2027; which period is it for?"
    )
    assert finding.claims == ("target-body", "target-lead")


def test_one_target_dated_once_or_two_targets_are_quiet() -> None:
    assert findings(make_context(TEXT, claims(second_period="2026")), TargetDatedDifferently) == []
    other = claims(second_target="50 billion USD")
    assert findings(make_context(TEXT, other), TargetDatedDifferently) == []
