"""CS405: a question naming each field the passage neither states nor contradicts."""

from __future__ import annotations

from claimsuite.checks.cs402_claim_changed import ClaimChanged
from claimsuite.checks.cs405_claim_not_confirmed import ClaimNotConfirmed
from claimsuite.findings import Severity
from claimsuite.testing import findings, make_context, messages

CLAIMS = """\
article:
  language: en
  published: 2025-11-10
claims:
  - id: office
    kind: entity
    type: organisation
    name: statistics office
  - id: revenue
    kind: change
    metric: revenue
    period: 2025-01/2025-09
    rate: 7%
    value: 41 billion USD
    source: office
    quote: "Revenue rose 7% in the period to 41 billion dollars"
"""


def test_one_question_per_claim_naming_the_unread_phrase_and_the_missing_field() -> None:
    ctx = make_context("Revenue rose 7% in the period to 41 billion dollars.\n", CLAIMS)
    [finding] = findings(ctx, ClaimNotConfirmed)
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "claim revenue: cannot confirm period 2025-01/2025-09 from 'in the period'; "
        "the passage has no phrase for the source statistics office"
    )
    assert finding.fields == ("period", "source")
    assert finding.claims == ("revenue",)
    # an unconfirmed field is never an error
    assert messages(ctx, ClaimChanged) == []


def test_a_field_stated_in_the_lead_or_by_back_reference_is_not_asked_about() -> None:
    article = (
        "The statistics office published its figures for the first nine months of 2025.\n\n"
        "Revenue rose 7% in the period to 41 billion dollars, the office said.\n"
    )
    ctx = make_context(article, CLAIMS)
    assert messages(ctx, ClaimNotConfirmed) == []


def test_a_contradicted_field_is_an_error_of_cs402_not_a_question() -> None:
    ctx = make_context(
        "The statistics office said on Monday that revenue for the first nine months of 2025 "
        "rose 9% in the period to 41 billion dollars.\n",
        CLAIMS.replace('"Revenue rose 7% in the period to 41 billion dollars"',
                       '"revenue for the first nine months of 2025 rose 9% in the period to 41 '
                       'billion dollars"'),
    )
    assert messages(ctx, ClaimNotConfirmed) == []
    assert messages(ctx, ClaimChanged) == [
        "claim revenue says 7% (rate); the article now says 9%"
    ]
