"""CS406: a reworded passage is a question quoting the edit; notation is no edit, and a
changed figure, direction or tense is CS402's error, not this question."""

from __future__ import annotations

from claimsuite.checks.cs402_claim_changed import ClaimChanged
from claimsuite.checks.cs406_passage_edited import PassageEdited
from claimsuite.findings import Severity
from claimsuite.testing import findings, make_context, messages

CLAIMS = """\
article:
  language: tr
  published: 2025-04-30
claims:
  - id: talks
    kind: statement
    content: The two sides held in-depth talks on defence cooperation.
    quote: "İki taraf savunma iş birliği konularında derinlemesine görüşmeler yaptı."
  - id: exports
    kind: change
    metric: exports
    period: 2025-Q1
    rate: 72%
    value: 1.7 billion USD
    quote: "İhracat 2025'in ilk çeyreğinde %72 artışla 1.7 milyar dolara ulaştı."
"""
ARTICLE = (
    "İki taraf savunma iş birliği konularında derinlemesine görüşmeler yaptı. "
    "İhracat 2025'in ilk çeyreğinde %72 artışla 1.7 milyar dolara ulaştı.\n"
)


def test_a_reworded_passage_is_a_question_quoting_the_edit() -> None:
    ctx = make_context(ARTICLE.replace("derinlemesine", "kısa"), CLAIMS)
    [finding] = findings(ctx, PassageEdited)
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "the passage was edited: 'derinlemesine' -> 'kısa'; does claim talks still hold?"
    )
    assert finding.article is not None
    assert finding.article.col == ARTICLE.index("derinlemesine") + 1
    assert messages(ctx, ClaimChanged) == []


def test_notation_is_no_edit() -> None:
    ctx = make_context(
        ARTICLE.replace("%72", "yüzde 72").replace("1.7 milyar", "1 milyar 700 milyon"), CLAIMS
    )
    assert messages(ctx, PassageEdited) == []
    assert messages(ctx, ClaimChanged) == []


def test_a_flipped_direction_is_an_error_not_a_question() -> None:
    ctx = make_context(ARTICLE.replace("artışla", "düşüşle"), CLAIMS)
    assert messages(ctx, PassageEdited) == []
    assert messages(ctx, ClaimChanged) == [
        "claim exports says a rise of 72% (rate); its passage changed direction: "
        "'artışla' became 'düşüşle'"
    ]


def test_a_changed_tense_or_negation_is_an_error() -> None:
    ctx = make_context(ARTICLE.replace("yaptı", "yapmadı"), CLAIMS)
    assert messages(ctx, PassageEdited) == []
    assert messages(ctx, ClaimChanged) == [
        "claim talks: its passage changed tense, mood or negation: 'yaptı' became 'yapmadı'"
    ]
