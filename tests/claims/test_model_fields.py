"""Every field of the claim model added for issue 13 §4 loads, and every misuse is one line."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from claimsuite.claims.load import load_claims
from claimsuite.claims.model import (
    ChangeClaim,
    ClaimFile,
    EntityClaim,
    PlanClaim,
    QuantityClaim,
    RankingClaim,
    ShareClaim,
)
from claimsuite.errors import ClaimFileError

HEADER = "article:\n  language: tr\n  published: 2025-11-05\nclaims:\n"
TURKIYE = "  - id: t\n    kind: entity\n    type: country\n    name: Türkiye\n"
TOTAL = (
    "  - id: total\n    kind: quantity\n    metric: exports\n    period: 2025\n"
    "    value: 250 billion USD\n    quote: q\n"
)


def load(tmp_path: Path, body: str) -> dict[str, object]:
    path = tmp_path / "c.yaml"
    path.write_text(HEADER + TURKIYE + TOTAL + body, "utf-8")
    return dict(load_claims(path).by_id)


def error(tmp_path: Path, body: str) -> str:
    path = tmp_path / "c.yaml"
    path.write_text(HEADER + TURKIYE + TOTAL + body, "utf-8")
    with pytest.raises(ClaimFileError) as info:
        load_claims(path)
    return str(info.value).removeprefix(f"{tmp_path}/")


def claim(kind: str, fields: str, claim_id: str = "x") -> str:
    lines = "".join(f"    {line}\n" for line in fields.strip().splitlines())
    return f"  - id: {claim_id}\n    kind: {kind}\n{lines}    quote: q\n"


# ---- counts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("3500 firms", 3500, "firm"),
        ("3200 companies", 3200, "firm"),
        ("45 thousand people", 45000, "person"),
        ("45000 workers", 45000, "person"),
        ("2500000 tonnes", 2500000, "tonne"),
        ("12 countries", 12, "country"),
        ("40 projects", 40, "project"),
        ("1.5 million visitors", 1500000, "person"),
    ],
)
def test_counts_are_quantities(tmp_path: Path, written: str, value: int, unit: str) -> None:
    x = load(tmp_path, claim("quantity", f"metric: m\nperiod: 2025\nvalue: {written}"))["x"]
    assert isinstance(x, QuantityClaim)
    assert (x.value.value, x.value.unit) == (value, unit)
    assert x.value.is_count == (unit != "tonne")


# ---- approximate and bounds -----------------------------------------------------------


def test_bound_word_qualifies_the_main_figure(tmp_path: Path) -> None:
    x = load(
        tmp_path,
        claim("quantity", "metric: m\nperiod: 2025\nvalue: 3000 firms\nbound: more-than"),
    )["x"]
    assert isinstance(x, QuantityClaim)
    assert x.bound_of() == x.bound_of("value") == "more-than"
    assert not x.approximate_of("value")


def test_bounds_and_approximate_on_a_change(tmp_path: Path) -> None:
    body = claim(
        "change",
        "metric: m\nperiod: 2025\nrate: 18%\nvalue: 41 billion USD\n"
        "bound: {value: more-than, rate: about}\napproximate: false",
    )
    x = load(tmp_path, body)["x"]
    assert isinstance(x, ChangeClaim)
    assert x.bound_of("value") == "more-than"
    assert x.bound_of("rate") == "about"
    assert x.approximate_of("rate")
    assert not x.approximate_of("value")
    assert x.bound_of("base_value") is None


def test_approximate_covers_every_figure(tmp_path: Path) -> None:
    body = claim("change", "metric: m\nperiod: 2025\nrate: 18%\napproximate: true")
    x = load(tmp_path, body)["x"]
    assert isinstance(x, ChangeClaim)
    assert x.approximate_of("rate")
    assert x.approximate_of("value")


# ---- multiples ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    ["multiple: 17", "multiple: '17'", "rate: 17x", "rate: 17-fold", "rate: 17 times"],
)
def test_multiple_and_rate_17x_are_one_thing(tmp_path: Path, fields: str) -> None:
    x = load(tmp_path, claim("change", f"metric: m\nperiod: 2025\n{fields}"))["x"]
    assert isinstance(x, ChangeClaim)
    assert str(x.rate) == "17x"
    assert x.rate.is_multiple
    assert x.multiple == x.rate
    assert x.multiple.value == 17


def test_percent_change_has_no_multiple(tmp_path: Path) -> None:
    x = load(tmp_path, claim("change", "metric: m\nperiod: 2025\nrate: 72%"))["x"]
    assert isinstance(x, ChangeClaim)
    assert x.multiple is None
    assert not x.rate.is_multiple


# ---- rankings -------------------------------------------------------------------------


def test_exact_rank_and_top_n(tmp_path: Path) -> None:
    claims = load(
        tmp_path,
        claim("ranking", "subject: t\nmetric: m\nrank: 11\nscope: world\nperiod: 2025", "r11")
        + claim("ranking", "subject: t\nmetric: m\nbound: 10\nscope: world\nperiod: 2025", "top")
        + claim(
            "ranking",
            "subject: t\nmetric: m\nbound: 20\nrank: 11\nscope: world\nperiod: 2025",
            "both",
        ),
    )
    exact, top, both = claims["r11"], claims["top"], claims["both"]
    assert isinstance(exact, RankingClaim)
    assert (exact.rank, exact.bound) == (11, None)
    assert isinstance(top, RankingClaim)
    assert (top.rank, top.bound) == (None, 10)
    assert isinstance(both, RankingClaim)
    assert (both.rank, both.bound) == (11, 20)


# ---- plans with a target --------------------------------------------------------------


def test_plan_target(tmp_path: Path) -> None:
    body = claim(
        "plan",
        "what: exports target\nperiod: 2028\nmetric: exports\nsubject: t\n"
        "target: 100 billion USD\nbound: at-least",
    )
    x = load(tmp_path, body)["x"]
    assert isinstance(x, PlanClaim)
    assert x.target is not None
    assert (x.target.value, x.target.unit) == (Decimal("1e11"), "USD")
    assert x.bound_of("target") == "at-least"


def test_forecast_target_is_optional(tmp_path: Path) -> None:
    x = load(tmp_path, claim("forecast", "what: growth\nperiod: 2026"))["x"]
    assert isinstance(x, PlanClaim)
    assert x.target is None
    assert x.bound_of() is None


# ---- shares ---------------------------------------------------------------------------


def test_share_of_a_total(tmp_path: Path) -> None:
    body = claim(
        "share",
        "metric: defence-exports\nsubject: t\nperiod: 2025\nshare: 3%\nshare_of: total\n"
        "value: 7.5 billion USD\nbound: {share: about}",
    )
    x = load(tmp_path, body)["x"]
    assert isinstance(x, ShareClaim)
    assert (str(x.share), x.share_of, str(x.value)) == ("3%", "total", "7.5 billion USD")
    assert x.bound_of("share") == "about"


# ---- implied entities, notes, month ranges --------------------------------------------


def test_implied_entity_note_and_month_range(tmp_path: Path) -> None:
    body = (
        "  - id: us\n    kind: entity\n    type: country\n    name: Türkiye\n"
        "    implied: true\n    note: the article says 'ülkemiz' only\n"
        + claim("quantity", "metric: m\nperiod: 2025-01/2025-09\nvalue: 41 billion USD\nnote: n")
    )
    claims = load(tmp_path, body)
    us, x = claims["us"], claims["x"]
    assert isinstance(us, EntityClaim)
    assert us.implied
    assert us.note == "the article says 'ülkemiz' only"
    assert isinstance(x, QuantityClaim)
    assert str(x.period) == "2025-01/2025-09"
    assert (x.period.start.isoformat(), x.period.end.isoformat()) == ("2025-01-01", "2025-09-30")


# ---- refusals, each one line with its place --------------------------------------------

REFUSALS = [
    (
        claim("quantity", "metric: m\nperiod: 2025\nvalue: 3000 firms\nbound: over"),
        "c.yaml:20:12: 'bound' of claim 'x' is 'over', not one of 'more-than', 'at-least', "
        "'at-most', 'less-than' or 'about' — use 'more-than', 'at-least', 'at-most', "
        "'less-than' or 'about'",
    ),
    (
        claim("quantity", "metric: m\nperiod: 2025\nvalue: 3000 firms\nbound: {rate: about}"),
        "c.yaml:20:12: 'bound' of claim 'x': 'rate' is not a figure of this kind of claim — "
        "name one of: value",
    ),
    (
        claim("change", "metric: m\nperiod: 2025\nrate: 5%\nbound: {base_value: at-least}"),
        "c.yaml:20:12: 'bound' of claim 'x': the claim gives no 'base_value' to bound — add "
        "'base_value:' or drop the bound",
    ),
    (
        claim("plan", "what: w\nperiod: 2028\nbound: at-least"),
        "c.yaml:19:12: 'bound' of claim 'x': the claim gives no 'target' to bound — add "
        "'target:' or drop the bound",
    ),
    (
        claim("change", "metric: m\nperiod: 2025\nrate: 5%\nmultiple: 17"),
        "c.yaml:15:5: claim 'x': a change gives either 'rate' or 'multiple', not both — remove "
        "one of them",
    ),
    (
        claim("change", "metric: m\nperiod: 2025"),
        "c.yaml:15:5: missing field 'rate' in claim 'x' — add 'rate:' here",
    ),
    (
        claim("change", "metric: m\nperiod: 2025\nmultiple: lots"),
        "c.yaml:19:15: 'multiple' of claim 'x': 'lots' is not a number of times — write it as "
        "'multiple: 17'",
    ),
    (
        claim("change", "metric: m\nperiod: 2025\nrate: 0x"),
        "c.yaml:19:11: 'rate' of claim 'x': '0x' is not a multiple — write a number above 0, "
        "as in '17x'",
    ),
    (
        claim("ranking", "subject: t\nmetric: m\nscope: w\nperiod: 2025"),
        "c.yaml:15:5: claim 'x': a ranking needs 'bound' (within the top N) or 'rank' (the "
        "exact place) — add 'bound: 10' or 'rank: 11'",
    ),
    (
        claim("ranking", "subject: t\nmetric: m\nbound: 10\nrank: 11\nscope: w\nperiod: 2025"),
        "c.yaml:20:11: 'rank' of claim 'x': rank 11 is not within the top 10 — fix 'rank' or "
        "'bound'",
    ),
    (
        claim("ranking", "subject: t\nmetric: m\nrank: 100001\nscope: w\nperiod: 2025"),
        "c.yaml:19:11: 'rank' of claim 'x' is 100001: input should be less than or equal to "
        "100000 — fix the number",
    ),
    (
        claim("share", "metric: d\nperiod: 2025\nshare: 3 pp"),
        "c.yaml:19:12: 'share' of claim 'x': a share is a percentage, not 3 pp — write it as '3%'",
    ),
    (
        claim("share", "metric: d\nperiod: 2025\nshare_of: total\nshare: 150%"),
        "c.yaml:20:12: 'share' of claim 'x': a share of a whole ('share_of') is from 0% to "
        "100%, not 150% — fix the share, or leave out 'share_of' for a percentage level",
    ),
    (
        claim("share", "metric: d\nperiod: 2025\nshare: 3%\nshare_of: t"),
        "c.yaml:20:15: 'share_of' names 't', an entity claim — point it to a claim of kind "
        "quantity",
    ),
    (
        claim("share", "metric: d\nperiod: 2025\nshare: 3%\nshare_of: nowhere"),
        "c.yaml:20:15: 'share_of' names 'nowhere', which no claim defines — add an entity "
        "claim with that id or fix the spelling",
    ),
    (
        "  - id: e\n    kind: entity\n    type: country\n    name: X\n    implied: maybe\n",
        "c.yaml:19:14: 'implied' of claim 'e' should be true or false, not 'maybe' — write "
        "true or false",
    ),
]


@pytest.mark.parametrize(("body", "expected"), REFUSALS)
def test_refusals_are_one_line(tmp_path: Path, body: str, expected: str) -> None:
    message = error(tmp_path, body)
    assert message == expected
    assert "\n" not in message


# ---- documentation: every field is described -------------------------------------------


def test_every_field_has_a_description() -> None:
    schema = ClaimFile.model_json_schema()
    missing = [
        f"{name}.{field}"
        for name, model in schema["$defs"].items()
        for field, spec in model.get("properties", {}).items()
        if not spec.get("description")
    ]
    missing += [f for f, spec in schema["properties"].items() if not spec.get("description")]
    assert missing == []
    json.dumps(schema)  # serialisable: a later issue publishes it


def test_every_field_is_in_the_docs(root: Path) -> None:
    doc = (root / "docs" / "claim-file.md").read_text("utf-8")
    schema = ClaimFile.model_json_schema()
    fields = {field for model in schema["$defs"].values() for field in model.get("properties", {})}
    undocumented = sorted(f for f in fields if f"`{f}`" not in doc and f"{f}:" not in doc)
    assert undocumented == []


@pytest.mark.parametrize(
    ("target", "shown", "kind"),
    [
        ("2.7%", "2.7%", "Rate"),
        ("3 pp", "3 pp", "Rate"),
        ("43 billion USD", "43 billion USD", "Amount"),
    ],
)
def test_forecast_target_may_be_a_percentage(
    tmp_path: Path, target: str, shown: str, kind: str
) -> None:
    x = load(tmp_path, claim("forecast", f"what: inflation\nperiod: 2026\ntarget: {target}"))["x"]
    assert isinstance(x, PlanClaim)
    assert (str(x.target), type(x.target).__name__) == (shown, kind)


def test_target_refusals_are_those_of_its_figure(tmp_path: Path) -> None:
    assert error(tmp_path, claim("forecast", "what: w\nperiod: 2026\ntarget: 2,7%")) == (
        "c.yaml:19:13: 'target' of claim 'x': '2,7%' writes a decimal comma — write '2.7%' "
        "(claim files use '.' for decimals and never group digits)"
    )


@pytest.mark.parametrize(
    "written", ["2005/2021", "2024-11/2025-10", "2025-01/2025-12", "2025-04-28/2025-05-02"]
)
def test_ranges_print_as_written_and_read_back(tmp_path: Path, written: str) -> None:
    x = load(tmp_path, claim("quantity", f"metric: m\nperiod: {written}\nvalue: 3 USD"))["x"]
    assert isinstance(x, QuantityClaim)
    assert str(x.period) == written


def test_a_percentage_level_is_a_share_without_its_whole(tmp_path: Path) -> None:
    x = load(tmp_path, claim("share", "metric: ebitda-margin\nperiod: 2025-Q3\nshare: -5%"))["x"]
    assert isinstance(x, ShareClaim)
    assert (str(x.share), x.share_of) == ("-5%", None)
