from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimsuite.claims.load import load_claims
from claimsuite.claims.model import ChangeClaim
from claimsuite.errors import ClaimFileError

HEADER = "article:\n  language: tr\n  published: 2025-04-28\nclaims:\n"
ENTITY = "  - id: ankara\n    kind: entity\n    type: place\n    name: Ankara\n"


def write(tmp_path: Path, text: str | bytes, name: str = "c.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ClaimFileError) as info:
        load_claims(path)
    return str(info.value).removeprefix(f"{path.parent}/")


def test_seed_claim_file_loads(root: Path) -> None:
    claims = load_claims(root / "claims" / "tr-us-defense-2025.yaml")
    growth = claims.by_id["exports-2025-q1-growth"]
    assert isinstance(growth, ChangeClaim)
    assert str(growth.rate) == "72%"
    assert str(growth.base_period) == "2024-Q1"
    assert claims.position("exports-2025-q1-growth", "rate")[0] > 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("  - id: a\n    kind: entty\n",
         "c.yaml:6:11: unknown claim kind 'entty' — did you mean 'entity'?"),
        (ENTITY + "    colour: red\n",
         "c.yaml:9:5: unknown field 'colour' in claim 'ankara' — remove it"),
        (
            "  - id: x\n    kind: change\n    metric: m\n    period: 2025-Q1\n"
            "    rate: 3 billion USD\n    quote: q\n",
            "c.yaml:9:11: 'rate' of claim 'x': '3 billion USD' is not a rate",
        ),
        (
            "  - id: x\n    kind: quantity\n    metric: m\n    period: 2025-02-30\n"
            "    value: 3 USD\n    quote: q\n",
            "c.yaml:8:13: 'period' of claim 'x': '2025-02-30' is not a real date",
        ),
        (ENTITY + ENTITY, "c.yaml:9:9: duplicate claim id 'ankara'"),
        (
            "  - id: e\n    kind: event\n    name: E\n    date: 2025\n    place: izmir\n"
            "    quote: q\n",
            "c.yaml:9:12: 'place' names 'izmir', which no claim defines",
        ),
        (
            "  - id: x\n    kind: role\n    person: y\n    title: T\n    as_of: 2025\n"
            "    quote: q\n",
            "c.yaml:7:13: 'person' names 'y', which no claim defines",
        ),
    ],
)
def test_errors_name_line_and_column(tmp_path: Path, body: str, expected: str) -> None:
    message = error_of(write(tmp_path, HEADER + body))
    assert message.startswith(expected), message


def test_missing_reference_field_points_at_claim(tmp_path: Path) -> None:
    message = error_of(
        write(
            tmp_path,
            HEADER + "  - id: x\n    kind: role\n    title: T\n    as_of: 2025\n    quote: q\n",
        )
    )
    expected = "c.yaml:5:5: missing field 'person' in claim 'x' — add 'person:'"
    assert message.startswith(expected), message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "c.yaml:1:1: empty claim file"),
        ("- a\n- b\n", "c.yaml:1:1: the claim file is a list, not a mapping"),
        ("a: !!python/object/apply:os.system ['true']\n", "c.yaml:1:4: YAML tag"),
        ("a: [1, 2\n", "c.yaml:2:1: invalid YAML: unclosed '[' list"),
        ("a: 1\na: 2\n", "c.yaml:2:1: duplicate key"),
        (b"article: \xff\n", "c.yaml:1:10: not UTF-8 (byte 0xff)"),
        (b"\x00\x01binary", "c.yaml:1:1: binary data"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: str | bytes, expected: str) -> None:
    assert error_of(write(tmp_path, content)).startswith(expected)


def test_alias_bomb_is_bounded(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    assert "alias bomb" in error_of(write(tmp_path, "\n".join(lines) + "\n"))


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    text = (HEADER + ENTITY).replace("\n", "\r\n")
    claims = load_claims(write(tmp_path, b"\xef\xbb\xbf" + text.encode()))
    assert claims.by_id["ankara"].name == "Ankara"
    assert claims.position("ankara", "name") == (8, 11)


def _load_error(path: Path) -> str | None:
    try:
        load_claims(path)
    except ClaimFileError as exc:
        return str(exc)
    return None


@given(st.text(max_size=300))
def test_arbitrary_text_loads_or_fails_cleanly(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        message = _load_error(write(Path(folder), text))
    if message is None:
        return
    match = re.match(r"^(.+?)(?::(\d+):(\d+))?: .+ — .+$", message)
    assert match, message
    if match[2]:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        assert 1 <= int(match[2]) <= len(lines) + 1
