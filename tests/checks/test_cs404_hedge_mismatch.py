from __future__ import annotations

from pathlib import Path

import pytest
from dated_context import findings, make_context, messages, placed

from claimsuite.checks.base import Location
from claimsuite.checks.cs404_hedge_mismatch import HedgeMismatch


def forecast(text: str, hedged: bool, kind: str = "forecast") -> str:
    return f"""\
- id: top10
  kind: {kind}
  what: exports among the top 10
  period: 2026
  hedged: {str(hedged).lower()}
  quote: "{text}"
"""


HEDGED = "Şimşek, ihracatın muhtemelen ilk 10 arasında yer alacağını söyledi."
CERTAIN = "Şimşek, ihracatın ilk 10 arasında yer alacağını söyledi."


def test_hedged_claim_whose_hedge_was_dropped(tmp_path: Path) -> None:
    [finding] = findings(HedgeMismatch(), make_context(tmp_path, CERTAIN, forecast(CERTAIN, True)))
    assert finding.message == (
        "claim top10 is hedged (hedged: true), but its passage has no hedge word; the "
        "article states it as certain"
    )
    assert finding.article == Location("<text>", 1, 1)
    assert finding.claim_file is not None
    assert finding.claim_file.line == 9


def test_certain_forecast_that_the_article_hedges(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, HEDGED, forecast(HEDGED, False))
    assert placed(HedgeMismatch(), ctx) == [(
        "1:19",
        "claim top10 is stated as certain (hedged: false), but the article hedges it: "
        "'muhtemelen'",
    )]


@pytest.mark.parametrize(("text", "hedged"), [(HEDGED, True), (CERTAIN, False)])
def test_matching_flag_is_quiet(tmp_path: Path, text: str, hedged: bool) -> None:
    assert messages(HedgeMismatch(), make_context(tmp_path, text, forecast(text, hedged))) == []


def test_unhedged_plan_may_be_reported_with_a_hedge(tmp_path: Path) -> None:
    text = "Toplantının 2026'da ABD'de olabilir."
    ctx = make_context(tmp_path, text, forecast(text, False, kind="plan"))
    assert messages(HedgeMismatch(), ctx) == []


def test_month_may_is_not_a_hedge(tmp_path: Path) -> None:
    text = "The ministry expects exports to be in the top 10 by May 2026."
    ctx = make_context(tmp_path, text, forecast(text, False), language="en")
    assert messages(HedgeMismatch(), ctx) == []
    text = "The ministry says exports may be in the top 10 in 2026."
    ctx = make_context(tmp_path, text, forecast(text, False), language="en")
    assert placed(HedgeMismatch(), ctx) == [(
        "1:27",
        "claim top10 is stated as certain (hedged: false), but the article hedges it: 'may'",
    )]
