"""snapshot.regex: the compiled program of a large pattern kept in the user's cache folder,
read back as the very pattern ``re.compile`` gives, and ignored when it is not current."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from claimsuite import snapshot

PATTERNS = [
    (r"(?<![^\W\d_])(?:ocak|şubat|mart)(?P<tail>[^\W\d_]*)|[0-9%‰$€]+", 0),
    (r"(a)(?P<b>b)?(?(1)c|d)\s+(?=x)", re.IGNORECASE),
    (r"^\w+$", re.MULTILINE | re.ASCII),
]


@pytest.fixture
def derived(monkeypatch):
    """Counts the programs compiled (not read from a snapshot)."""
    calls: list[str] = []
    original = snapshot._program

    def counting(pattern: str, flags: int) -> tuple[object, ...]:
        calls.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(snapshot, "_program", counting)
    return calls


def _same(got: re.Pattern[str], pattern: str, flags: int) -> None:
    want = re.compile(pattern, flags)
    assert got == want  # equal flags, text and program
    assert (got.groups, got.groupindex, got.flags) == (want.groups, want.groupindex, want.flags)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_read_back_is_re_compile(pattern, flags, snapshot_folder, derived):
    first = snapshot.regex("p", pattern, flags)
    second = snapshot.regex("p", pattern, flags)
    assert derived == [pattern]  # the second call read the snapshot
    _same(first, pattern, flags)
    _same(second, pattern, flags)
    text = "Ocak 12 ayında $5 abcd x ABC x word"
    assert [m.span() for m in second.finditer(text)] == [
        m.span() for m in re.compile(pattern, flags).finditer(text)
    ]


def test_another_pattern_or_flags_under_the_name_is_compiled_again(snapshot_folder, derived):
    snapshot.regex("p", "abc")
    _same(snapshot.regex("p", "abd"), "abd", 0)
    _same(snapshot.regex("p", "abd", re.IGNORECASE), "abd", re.IGNORECASE)
    assert derived == ["abc", "abd", "abd"]


def test_damaged_snapshot_falls_back_to_re_compile(snapshot_folder, derived):
    snapshot.regex("p", "a(b)c")
    path = snapshot_folder / "p.snapshot"
    raw = path.read_bytes()
    path.write_bytes(raw[:-7])  # cut short: does not decode
    _same(snapshot.regex("p", "a(b)c"), "a(b)c", 0)
    path.write_bytes(raw[:32] + bytes([0x8F] * 40))  # right key, garbage program
    _same(snapshot.regex("p", "a(b)c"), "a(b)c", 0)


def test_no_cache_folder_still_compiles(monkeypatch):
    monkeypatch.setattr(snapshot, "cache_folder", lambda: None)
    _same(snapshot.regex("p", "x+y"), "x+y", 0)


def test_anchor_pattern_text_does_not_depend_on_the_hash_seed():
    # A set's order follows the hash seed; the anchors' text must not, or no run would find
    # the snapshot of the one before.
    script = (
        "from claimsuite.text.mentions.index import index\n"
        "print(index('tr').anchors.pattern, index('en').anchors.pattern)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }  # fmt: skip
    assert len(outputs) == 1


@pytest.mark.parametrize("code", ["tr", "en"])
def test_anchor_program_is_re_compiles(code, snapshot_folder, derived):
    from claimsuite.text.mentions.index import index  # noqa: PLC0415

    pattern = index(code).anchors.pattern
    _same(snapshot.regex(f"anchors-{code}", pattern), pattern, 0)  # derived here
    _same(snapshot.regex(f"anchors-{code}", pattern), pattern, 0)  # read back
    assert derived == [pattern]
