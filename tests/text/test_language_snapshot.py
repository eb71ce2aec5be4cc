"""The language data's snapshot in the user's cache folder: the same data as deriving it, read
back instead of deriving it again, and ignored whenever it is not safe or not current."""

from __future__ import annotations

import marshal
import os
from dataclasses import fields

import pytest

from claimsuite import snapshot
from claimsuite.text import language
from claimsuite.text.language import LanguageData


@pytest.fixture
def derived(monkeypatch):
    """Counts the languages derived from their files (not read from a snapshot)."""
    calls: list[str] = []
    original = language._derive

    def counting(code: str) -> LanguageData:
        calls.append(code)
        return original(code)

    monkeypatch.setattr(language, "_derive", counting)
    return calls


def _load(code: str) -> LanguageData:
    return language.load_language.__wrapped__(code)  # past the per-process cache


def _same(a: LanguageData, b: LanguageData) -> None:
    assert a == b
    for field in fields(LanguageData):
        x, y = getattr(a, field.name), getattr(b, field.name)
        assert type(x) is type(y), field.name
        if isinstance(x, dict):
            assert list(x.items()) == list(y.items()), field.name  # the order too
        if isinstance(x, tuple):
            assert [type(i) for i in x] == [type(i) for i in y], field.name


@pytest.mark.parametrize("code", ["tr", "en"])
def test_snapshot_is_the_derived_data(code, snapshot_folder, derived):
    first = _load(code)
    second = _load(code)
    assert derived == [code]  # the second load read the snapshot
    _same(first, second)
    _same(language._derive(code), second)
    assert (snapshot_folder / f"language-{code}.snapshot").is_file()


def test_another_key_derives_again(snapshot_folder, derived, monkeypatch):
    _load("tr")
    monkeypatch.setattr(language, "_snapshot_key", lambda code: snapshot.key_of([b"changed"]))
    _load("tr")
    assert derived == ["tr", "tr"]


def test_a_damaged_snapshot_is_derived_again(snapshot_folder, derived):
    good = _load("tr")
    path = snapshot_folder / "language-tr.snapshot"
    raw = path.read_bytes()
    path.write_bytes(raw[:40] + b"\xff" * 10)
    _same(_load("tr"), good)
    path.write_bytes(raw[:32] + marshal.dumps(("a", "tuple", "of", "strings")))
    _same(_load("tr"), good)
    assert derived == ["tr", "tr", "tr"]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_file_others_may_write_is_not_read(snapshot_folder, derived):
    _load("en")
    path = snapshot_folder / "language-en.snapshot"
    path.chmod(0o666)
    _load("en")
    assert derived == ["en", "en"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_is_not_read(snapshot_folder, derived, tmp_path):
    _load("en")
    path = snapshot_folder / "language-en.snapshot"
    target = tmp_path / "elsewhere"
    path.rename(target)
    path.symlink_to(target)
    _load("en")
    assert derived == ["en", "en"]


def test_no_writable_folder_still_loads(tmp_path, monkeypatch, derived):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CLAIMSUITE_CACHE_DIR", str(blocker / "cache"))
    _same(_load("tr"), language._derive("tr"))
    _load("tr")
    assert derived.count("tr") == 3  # nothing could be written, so nothing was read


def test_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMSUITE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert snapshot.cache_folder() == tmp_path / "claimsuite"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert snapshot.cache_folder() == tmp_path / "home" / ".cache" / "claimsuite"


def test_keys_separate_their_parts():
    assert snapshot.key_of([b"ab", b"c"]) != snapshot.key_of([b"a", b"bc"])
    assert len(snapshot.key_of([])) == 32
