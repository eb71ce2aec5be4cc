"""The direct reader of plain block YAML (claims/yamlsimple.py) reads what it accepts exactly
as libyaml does (values, their types, key order, every position) and leaves the rest to it."""

from __future__ import annotations

import cProfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimsuite.claims.yamlsimple import read_simple
from claimsuite.claims.yamlsource import (
    MAX_DEPTH,
    MAX_NODES,
    _harmless,
    libyaml_document,
    load_yaml,
    read_text,
)
from claimsuite.errors import ClaimFileError

ROOT = Path(__file__).resolve().parents[2]
YAML_FILES = sorted(
    p for p in ROOT.rglob("*.yaml") if ".git" not in p.parts and ".venv" not in p.parts
)
# The first lines of a claim file and of a record (block scalars, flow lists) to edit.
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


def same_as_libyaml(text: str) -> bool:
    """Assert that the direct reader, if it reads ``text``, reads it as libyaml does;
    whether it did."""
    text = _harmless(text)
    simple = read_simple(text, MAX_NODES, MAX_DEPTH)
    if simple is None:
        return False
    try:
        document = libyaml_document(text, "t.yaml", "claim file")
    except ClaimFileError as exc:
        pytest.fail(f"read a text libyaml refuses ({exc}):\n{text}")
    data, values, keys = simple
    assert typed(data) == typed(document.data), text
    assert values == document.values, text
    assert keys == document.keys, text
    return True


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_of_the_repository(path: Path) -> None:
    try:
        text = read_text(path, what="claim file")
    except ClaimFileError:
        return  # not text: never gets as far as either reader
    same_as_libyaml(text)


def test_claim_files_and_records_are_read_directly() -> None:
    """The subset covers what the desk writes (else the reader would buy nothing)."""
    for folder in ("claims", "claims/registries", "tests/corpus/claims"):
        for path in sorted((ROOT / folder).glob("*.yaml")):
            assert same_as_libyaml(read_text(path, what="claim file")), path


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: -4.5\nc: 1e3\nd: .5\ne: +7\nf: 0x10\ng: 1_000\nh: 2025-01-02\ni: 12:30\n",
        "a: true\nb: False\nc: yes\nd: null\ne: ~\nf: Null\ng: NULL\nh: nULL\ni: on\n",
        "a: -4%\nb: -x\nc: 3 - 4\nd: a-b\ne: a:b\nf: http://x.org/a#b\ng: a #comment\n",
        'a: "x \\" y \\\\ z"\nb: \'it\'\'s\'\nc: "# not a comment"  # a comment\n',
        "a: [x, y z,  -1 , 2.5, true]\nb: []\nc: [ ]\nd: {value: less-than, rate: about}\n",
        "a: {k:   x  y  , l: 1}\nb: { m: -2 ,n: z }\n",
        "top:\n  - id: a\n    q:\n    - one\n    - two\n  -   id: b\nnext: x\n",
        "top:\n- a\n- [b]\n- 'c'\nrest:\n    deep:\n        deeper: 1\n",
        "# only\n\n   \na: 1  \n# x\n  # y\nb:\n  c: 2\n",
        "n: >-\n  one\n  two\nm: |\n  a\n  b\nk: >\n  x\n\nl: |-\n    p\n",
        "a: Şimşek İçin ığdır ü\nb: “quoted” ‘x’ — – …\n",
        "s:\n  - id: a\n    note: >-\n      one: two\n      # three\n    x: 1\n"
        "  - note: |\n     p\n",
        "a:\n    n: >-\n     just deeper than the mapping\n    m: 2\nb: >-\n end",
    ],
)
def test_read_as_libyaml_reads_it(text: str) -> None:
    assert same_as_libyaml(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a duplicate key: libyaml's path words the error
        "a: &x 1\nb: *x\n",
        "base: &b {x: 1}\nc:\n  <<: *b\n",
        "a: !!str 1\n",
        "a: one\n  two\n",  # a plain scalar over two lines
        'a: "one\n  two"\n',
        "a:\nb: 1\n",  # an empty value
        "a:\n",
        "a: >-\n  one\n\n  two\n",
        "a: >-\n  one\n    two\n",
        "a: |+\n  one\n",
        "a: |\n  no line break at the end",
        "a:\n    n: >-\n    not deeper than the mapping\n",
        "a: >-\n\n  a blank line first\n",
        "a: b: c\n",
        "a: [x, [y]]\n",
        "a: [x,]\n",
        "a: {x: 1, x: 2}\n",
        "a: x\tb\n",
        "a: x\u2028b\n",
        "a: x\x85b\n",
        "---\na: 1\n",
        "%YAML 1.2\n---\na: 1\n",
        "- a\n- b\n",
        "  a: 1\n",
        "a:\n  - x\n  y: 1\n",
        "a:\n  b: 1\n c: 2\n",
        "true: 1\n",
        "'a': 1\n",
        "a b: 1\n",
        "a: @x\n",
        "a: `x\n",
        "a: - x\n",
        "a:\n  - - x\n",
        f"a: {'9' * 5000}\n",
        f"{'k' * 300}: 1\n",
        "a: 1\n" + "b:\n " * 45 + "c: 1\n",
    ],
)
def test_left_to_libyaml(text: str) -> None:
    assert not same_as_libyaml(text)


def test_node_limit_left_to_libyaml() -> None:
    text = "a: [" + ", ".join(["1"] * 20) + "]\n"
    assert read_simple(text, 20, MAX_DEPTH) is None
    assert read_simple(text, 22, MAX_DEPTH) is not None


def test_errors_still_worded_by_libyaml_path(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("article:\n  language: tr\n  language: en\n", encoding="utf-8")
    with pytest.raises(ClaimFileError, match="3:3: duplicate key 'language'"):
        load_yaml(path)


# Edits of a real claim file and lines of YAML-ish text: whatever the direct reader accepts,
# libyaml reads the same way.
_PIECES = st.sampled_from([
    " ", "  ", "- ", "-", ":", ": ", "#", " #", "'", '"', "\\", "[", "]", "{", "}", ",", "&a",
    "*a", "!", "|", ">", ">-", "%", "@", "?", "~", "null", "true", "1", "-2", "0.5", "1e3",
    "key", "id", "x y", "Ş", "İ", "—", "\t", "\u2028", "<<", "\n", "\n  ", "\n- ",
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


@settings(max_examples=300, deadline=None)
@given(edited())
def test_edited_claim_files(text: str) -> None:
    same_as_libyaml(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=6).map("".join), min_size=1, max_size=6))
def test_generated_lines(lines: list[str]) -> None:
    text = "a: 1\n" + "\n".join(lines) + "\n"
    if text.strip():
        same_as_libyaml(text)


def test_block_scalars_split_the_text_once() -> None:
    """A record holds dozens of block scalars: the text's lines are split for the first one
    only (once per scalar made a 5 MB record quadratic)."""

    def splits(count: int) -> int:
        text = "".join(f"k{i}: >-\n  note {i}\n" for i in range(count))
        profile = cProfile.Profile()
        profile.enable()
        assert read_simple(text, MAX_NODES, MAX_DEPTH) is not None
        profile.disable()
        return sum(
            entry.callcount
            for entry in profile.getstats()
            if isinstance(entry.code, str) and "'split' of 'str'" in entry.code
        )

    assert splits(50) == splits(1) == 1
