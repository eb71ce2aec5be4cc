"""Numbers in claim files are locale-neutral: read exactly, or refused with the fix."""

from __future__ import annotations

import contextlib
import re
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimsuite.claims.load import load_claims
from claimsuite.claims.quantities import MAX_MAGNITUDE, Amount, Rate, read_number
from claimsuite.errors import ClaimFileError

HEADER = "article:\n  language: tr\n  published: 2025-11-05\nclaims:\n"
RULE = "(claim files use '.' for decimals and never group digits)"
DOCS = "(see docs/claim-file.md, 'Numbers')"


def value_error(tmp_path: Path, value: str, field: str = "value") -> str:
    kind = "quantity" if field == "value" else "change"
    body = (
        f"  - id: x\n    kind: {kind}\n    metric: m\n    period: 2025\n"
        f"    {field}: {value}\n    quote: q\n"
    )
    path = tmp_path / "c.yaml"
    path.write_text(HEADER + body, "utf-8")
    with pytest.raises(ClaimFileError) as info:
        load_claims(path)
    return str(info.value).removeprefix(f"{tmp_path}/")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "2,4 billion USD",
            f"'2,4 billion USD' writes a decimal comma — write '2.4 billion USD' {RULE}",
        ),
        (
            "1.250.000 people",
            f"'1.250.000 people' writes digits grouped with '.' — write '1250000 people' {RULE}",
        ),
        (
            "1,250,000 people",
            f"'1,250,000 people' writes digits grouped with ',' — write '1250000 people' {RULE}",
        ),
        (
            "2 500 000 tonne",
            f"'2 500 000 tonne' writes digits grouped with spaces — write '2500000 tonne' {RULE}",
        ),
        (
            "2\u00a0500\u00a0000 tonne",
            "'2\\xa0500\\xa0000 tonne' writes digits grouped with no-break spaces — "
            f"write '2500000 tonne' {RULE}",
        ),
        ("1_000 USD", f"'1_000 USD' writes digits grouped with '_' — write '1000 USD' {RULE}"),
        (
            "1.250.000,5 TRY",
            "'1.250.000,5 TRY' writes a decimal comma and digits grouped with '.' — "
            f"write '1250000.5 TRY' {RULE}",
        ),
        (
            "1,250.5 USD",
            f"'1,250.5 USD' writes digits grouped with ',' — write '1250.5 USD' {RULE}",
        ),
        (
            "1,250 firms",
            "'1,250 firms' has a comma that may group thousands or mark decimals — "
            f"write '1250 firms' for the first or '1.250 firms' for the second {RULE}",
        ),
        (
            "12,34,567 USD",
            "'12,34,567 USD' has a number that cannot be read (digits grouped "
            "unevenly) — see docs/claim-file.md, 'Numbers'",
        ),
        (
            "1.250 firms",
            "'1.250 firms' is a count but not a whole number — write the count in "
            f"digits without grouping, as in '1250 firms' {DOCS}",
        ),
        (
            "1e40 USD",
            "'1e40 USD' is outside the figures a claim file may hold (1e-6 to 1e18 in "
            f"the unit, after the scale word) — check the number {DOCS}",
        ),
        (
            "1e999999999 USD",
            "'1e999999999 USD' is too large or too small to be a real figure — check "
            f"the exponent {DOCS}",
        ),
        (
            "1234567890123456789012345678901 USD",
            "'1234567890123456789012345678901 USD' has 31 significant digits, over the "
            f"30-digit limit — round it {DOCS}",
        ),
        (
            "0.0000001 USD",
            "'0.0000001 USD' is outside the figures a claim file may hold (1e-6 to "
            f"1e18 in the unit, after the scale word) — check the number {DOCS}",
        ),
        ("3500", "3500 has no unit — write it with one, as in '3500 USD' or '3500 people'"),
        (
            "more than 3500 firms",
            "'more than 3500 firms' puts 'more than' in the figure — write 'value: "
            "3500 firms' and 'bound: more-than' (or 'approximate: true')",
        ),
        (
            "~45000 people",
            "'~45000 people' puts '~' in the figure — write 'value: 45000 people' and "
            "'bound: about' (or 'approximate: true')",
        ),
        (
            "{value: 1e40, unit: USD}",
            "'1e+40 USD' is outside the figures a claim file may hold (1e-6 to 1e18 in "
            f"the unit, after the scale word) — check the number {DOCS}",
        ),
    ],
)
def test_amount_refusals(tmp_path: Path, value: str, expected: str) -> None:
    assert value_error(tmp_path, value) == f"c.yaml:9:12: 'value' of claim 'x': {expected}"


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        ("2,4%", f"'2,4%' writes a decimal comma — write '2.4%' {RULE}"),
        (
            "1,250%",
            "'1,250%' has a comma that may group thousands or mark decimals — write "
            f"'1250%' for the first or '1.250%' for the second {RULE}",
        ),
        ("'%72'", "'%72' puts the percent sign first — write '72%'"),
        (
            "more than 70%",
            "'more than 70%' puts 'more than' in the figure — write 'rate: 70%' and "
            "'bound: more-than' (or 'approximate: true')",
        ),
        ("1e7%", f"'1e7%' is larger than 1 million percent — check it {DOCS}"),
        ("72", "72 has no unit — write '72%', '72 pp' or '72x'"),
    ],
)
def test_rate_refusals(tmp_path: Path, rate: str, expected: str) -> None:
    assert value_error(tmp_path, rate, "rate") == f"c.yaml:9:11: 'rate' of claim 'x': {expected}"


def test_an_integer_longer_than_python_reads_is_a_load_error(tmp_path: Path) -> None:
    body = (
        "  - id: t\n    kind: entity\n    type: country\n    name: T\n"
        "  - id: r\n    kind: ranking\n    subject: t\n    metric: m\n"
        f"    bound: {'1' * 5000}\n    scope: w\n    period: 2025\n    quote: q\n"
    )
    path = tmp_path / "c.yaml"
    path.write_text(HEADER + body, "utf-8")
    with pytest.raises(ClaimFileError) as info:
        load_claims(path)
    assert str(info.value).removeprefix(f"{tmp_path}/") == (
        "c.yaml:13:12: a whole number of 5000 digits, over the 4300-digit limit — write a "
        "smaller number (docs/claim-file.md, 'Numbers')"
    )


@pytest.mark.parametrize(
    ("written", "value", "precision"),
    [
        ("2.4 billion USD", Decimal("2.4e9"), Decimal("5e7")),
        ("1.7e9 USD", Decimal("1.7e9"), Decimal("5e7")),
        ("1.250 billion USD", Decimal("1.25e9"), Decimal("5e5")),
        ("1250000 people", Decimal(1250000), Decimal("0.5")),
        ("1e18 USD", Decimal("1e18"), Decimal("5e17")),  # one significant digit
        ("-3.5 tonne", Decimal("-3.5"), Decimal("0.05")),
    ],
)
def test_plain_numbers_are_read_exactly(written: str, value: Decimal, precision: Decimal) -> None:
    amount = Amount.parse(written)
    assert (amount.value, amount.precision) == (value, precision)


# ---- properties -----------------------------------------------------------------------

_SEPARATORS = ".,  \u00a0\u202f_'’"
_written_numbers = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, [*seps, ""], strict=False)),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5),
    st.lists(st.sampled_from(list(_SEPARATORS)), min_size=0, max_size=4),
)


@given(_written_numbers)
def test_a_locale_ambiguous_number_is_refused_or_read_exactly(written: str) -> None:
    """Whatever the grouping or decimal mark, a number is read as Python reads its digits
    with '.' as the decimal point, or refused with a one-line fix; never misread."""
    try:
        amount = Amount.parse(f"{written} USD")
    except ValueError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        assert "\n" not in message
        assert message.startswith(repr(f"{written} USD")), message  # names what it refuses
        return
    assert re.fullmatch(r"\d+(\.\d*)?", written.strip()), written
    assert amount.value == Decimal(written.strip())


@given(st.integers(1000, 10**15), st.sampled_from([",", ".", " ", "\u00a0", "_", "'"]))
def test_grouped_integers_are_refused_with_the_plain_digits(number: int, mark: str) -> None:
    grouped = f"{number:,}".replace(",", mark)
    if mark in ",." and grouped.count(mark) == 1:
        return  # '1,250' / '1.250': a single mark before three digits is ambiguous or a decimal
    with pytest.raises(ValueError, match=re.escape(f"'{number} USD'")):
        Amount.parse(f"{grouped} USD")


@given(st.integers(0, 10**6), st.text("0123456789", min_size=1, max_size=6))
def test_decimal_commas_suggest_the_point(whole: int, fraction: str) -> None:
    written = f"{whole},{fraction}"
    with pytest.raises(ValueError, match=re.escape(f"'{whole}.{fraction}%'")):
        Rate.parse(f"{written}%")


@given(st.integers(-(10**9), 10**9), st.sampled_from(["", "thousand ", "billion "]))
def test_no_exponent_crashes(exponent: int, scale: str) -> None:
    """Any exponent is a value or a load error, never an arithmetic exception."""
    try:
        amount = Amount.parse(f"1e{exponent} {scale}USD")
    except ValueError:
        return
    assert abs(amount.value) <= MAX_MAGNITUDE


@given(st.text(max_size=30))
def test_read_number_raises_only_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        read_number(text)


def test_hypothesis_files_load_or_fail_with_one_line() -> None:
    """The same property through the loader: every refusal is ``path:line:col: … — …``."""
    for written in ["2,4 billion USD", "1.250.000 people", "1e40 USD", "3 500 firms"]:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "c.yaml"
            path.write_text(
                HEADER + "  - id: x\n    kind: quantity\n    metric: m\n    period: 2025\n"
                f"    value: {written}\n    quote: q\n",
                "utf-8",
            )
            with pytest.raises(ClaimFileError) as info:
                load_claims(path)
        assert re.fullmatch(r".+:9:12: .+ — .+", str(info.value))
