"""Data and positions read from libyaml's events (claims/yamlevents.py) are those of the
composed nodes (yamlsource.composed_document), and whatever the events path leaves alone
goes to the node path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimsuite.claims.yamlevents import read_events
from claimsuite.claims.yamlsource import (
    MAX_DEPTH,
    MAX_INT_DIGITS,
    MAX_NODES,
    _harmless,
    _loader_class,
    _scalar,
    composed_document,
    read_text,
)
from claimsuite.errors import ClaimFileError

ROOT = Path(__file__).resolve().parents[2]
YAML_FILES = sorted(
    p for p in ROOT.rglob("*.yaml") if ".git" not in p.parts and ".venv" not in p.parts
)
SEEDS = tuple(
    "\n".join((ROOT / path).read_text("utf-8").split("\n")[:60])
    for path in ("claims/tr-us-defense-2025.yaml", "claims/registries/officials.yaml")
)


def typed(value: Any) -> Any:
    """The value with every scalar's type beside it (1 == 1.0 == True otherwise)."""
    if isinstance(value, dict):
        return ("map", [(k, typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [typed(v) for v in value])
    return (type(value).__name__, value)


def read_as_nodes_read(text: str) -> bool:
    """Assert that the events path, if it reads ``text``, reads it as the node path does;
    whether it read it."""
    text = _harmless(text)
    found = read_events(text, _loader_class(), _scalar, (MAX_NODES, MAX_DEPTH, MAX_INT_DIGITS))
    if found is None:
        return False
    try:
        document = composed_document(text, "t.yaml", "claim file")
    except ClaimFileError as exc:
        pytest.fail(f"read a text the node path refuses ({exc}):\n{text}")
    data, values, keys = found
    assert typed(data) == typed(document.data), text
    assert values == document.values, text
    assert keys == document.keys, text
    return True


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_of_the_repository(path: Path) -> None:
    try:
        text = read_text(path, what="claim file")
    except ClaimFileError:
        return
    if text.strip():
        read_as_nodes_read(text)


def test_claim_files_and_records_are_read_from_events() -> None:
    for folder in ("claims", "claims/registries", "tests/corpus/claims"):
        for path in sorted((ROOT / folder).glob("*.yaml")):
            assert read_as_nodes_read(read_text(path, what="claim file")), path


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: -4.5\nc: 1e3\nd: .5\ne: +7\nf: 0x10\ng: 1_000\nh: 2025-01-02\ni: 12:30\n",
        "a: true\nb: False\nc: yes\nd: null\ne: ~\nf: Null\ng: NULL\nh: nULL\ni: on\nj:\n",
        "a: '1'\nb: \"true\"\nc: |\n  x\nd: >-\n  y\n  z\n'q': 2\n\"r\": [1, 's', {t: u}]\n",
        "top:\n  - id: a\n    q:\n    - one\n    - two\n  -   id: b\nnext: x\n",
        "---\na: [x, y z,  -1 , 2.5, true]\nb: []\nc: {}\n...\n",
        "a: Şimşek İçin ığdır ü\nb: “quoted” ‘x’ — – …\n",
    ],
)
def test_read_as_the_nodes_are(text: str) -> None:
    assert read_as_nodes_read(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a duplicate key: the node path words the error
        "a: &x 1\nb: *x\n",
        "a: &x [1]\n",
        "base: &b {x: 1}\nc:\n  <<: *b\n",
        "c:\n  '<<': 1\n",
        "a: !!str 1\n",
        "a: !custom x\n",
        "1: a\n",
        "null: a\n",
        "[a]: b\n",
        "a: 1\n---\nb: 2\n",
        "# only a comment\n",
        f"a: {'9' * 5000}\n",
        "a: b: c\n",
        "a: [1\n",
        "a: 1\n" + "b:\n " * 45 + "c: 1\n",
    ],
)
def test_left_to_the_node_path(text: str) -> None:
    assert not read_as_nodes_read(text)


_PIECES = st.sampled_from([
    " ", "  ", "- ", "-", ":", ": ", "#", " #", "'", '"', "\\", "[", "]", "{", "}", ",", "&a",
    "*a", "!", "|", ">", ">-", "%", "@", "?", "~", "null", "true", "1", "-2", "0.5", "1e3",
    "key", "id", "x y", "Ş", "—", "<<", "\n", "\n  ", "\n- ", "---",
])  # fmt: skip


@st.composite
def edited(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SEEDS)).split("\n")
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        op = draw(st.sampled_from(["insert", "delete", "indent", "dedent", "dup", "drop"]))
        at = draw(st.integers(0, len(line)))
        if op == "insert":
            lines[index] = line[:at] + draw(_PIECES) + line[at:]
        elif op == "delete":
            lines[index] = line[:at] + line[at + draw(st.integers(1, 4)) :]
        elif op == "indent":
            lines[index] = " " * draw(st.integers(1, 3)) + line
        elif op == "dedent":
            lines[index] = line[draw(st.integers(1, 3)) :] if line.startswith(" ") else line
        elif op == "dup":
            lines.insert(index, line)
        else:
            del lines[index]
    return "\n".join(lines) + "\n"


@settings(max_examples=200, deadline=None)
@given(edited())
def test_edited_files(text: str) -> None:
    read_as_nodes_read(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=6).map("".join), min_size=1, max_size=6))
def test_generated_lines(lines: list[str]) -> None:
    read_as_nodes_read("a: 1\n" + "\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("text", "nodes", "depth"),
    [("a: 1\nb: 2\n", 3, 1), ("a: [1, 2]\n", 4, 2), ("- a\n- {b: 1}\n", 4, 2)],
)
def test_limits_count_every_node(text: str, nodes: int, depth: int) -> None:
    """Up to ``nodes`` nodes (the root too) and ``depth`` levels below the root are read;
    one fewer of either and the text is left to the node path."""

    def read(max_nodes: int, max_depth: int) -> object:
        return read_events(text, _loader_class(), _scalar, (max_nodes, max_depth, 10))

    assert read(nodes, depth) is not None
    assert read(nodes - 1, depth) is None
    assert read(nodes, depth - 1) is None


def test_resolved_scalars_are_read_again_alike() -> None:
    """Plain scalars resolved once are remembered: a second read gives the same values, and
    an int over the digit limit is refused every time."""
    text = "a: 12\nb: true\nc: null\nd: 1.5\ne: name\n"
    for _ in range(2):
        assert read_as_nodes_read(text)
        assert read_events("a: 123\n", _loader_class(), _scalar, (10, 5, 2)) is None
