"""YAML snapshots (claims/yamlsnap.py): a file read again gives the very Document the parser
gives, without importing PyYAML; files with problems, other texts and other code are never
served from one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimsuite.claims import yamlsnap, yamlsource
from claimsuite.claims.yamlsource import Document, load_yaml
from claimsuite.errors import ClaimFileError

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for p in ROOT.glob("**/*.yaml") if not {".venv", ".git"} & set(p.parts))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMSUITE_CACHE_DIR", str(folder))
    monkeypatch.setattr(yamlsnap, "_written", 0)
    return folder


@pytest.fixture
def parsed(monkeypatch):
    """Counts the documents composed by the parser (not read from a snapshot)."""
    calls: list[str] = []
    original = yamlsource._Converter.convert

    def counting(self, node, loc, depth):
        if loc == ():
            calls.append(self.doc.path)
        return original(self, node, loc, depth)

    monkeypatch.setattr(yamlsource._Converter, "convert", counting)
    return calls


def _typed(value: object) -> object:
    """``value`` with the type of every part spelt out, dict order included."""
    if isinstance(value, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in value.items()])
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_typed(v) for v in value])
    return (type(value).__name__, repr(value))


def _same(a: Document, b: Document) -> None:
    assert (a.path, _typed(a.data), _typed(a.values), _typed(a.keys)) == (
        b.path, _typed(b.data), _typed(b.values), _typed(b.keys)
    )  # fmt: skip


def _load(path: Path) -> Document | ClaimFileError:
    try:
        return load_yaml(path, what="claim file")
    except ClaimFileError as error:
        return error


def test_every_yaml_file_of_the_repository_reads_back_the_same(cache, parsed, monkeypatch):
    monkeypatch.setattr(yamlsnap, "_WRITES", 10**6)
    monkeypatch.setattr(yamlsnap, "_SLOTS", 10**6)  # no two files share a name here
    assert len(FILES) > 50
    first = [_load(p) for p in FILES]
    composed = len(parsed)
    second = [_load(p) for p in FILES]
    read_back = 0
    for path, a, b in zip(FILES, first, second, strict=True):
        if isinstance(a, ClaimFileError):
            assert isinstance(b, ClaimFileError)
            assert str(a) == str(b), path
        else:
            assert isinstance(b, Document)
            _same(a, b)
            read_back += 1
    kept = {str(p) for p, a in zip(FILES, first, strict=True) if isinstance(a, Document)}
    assert not kept & set(parsed[composed:])  # the second time, no kept file was parsed
    assert read_back > 50


def test_second_read_comes_from_the_snapshot(cache, parsed, tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("a: 1\nb: [x, 2.5, true, null]\nc: {d: '2025-01-01'}\n", encoding="utf-8")
    first = load_yaml(path)
    second = load_yaml(path)
    assert parsed == [str(path)]
    _same(first, second)


def test_an_edit_or_another_kind_is_parsed_again(cache, parsed, tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    load_yaml(path)
    path.write_text("a: 2\n", encoding="utf-8")
    assert load_yaml(path).data == {"a": 2}
    assert load_yaml(path, what="record file").data == {"a": 2}
    assert len(parsed) == 3


def test_a_file_with_a_problem_is_never_kept(cache, parsed, tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("a: [1, 2\n", encoding="utf-8")
    with pytest.raises(ClaimFileError) as first:
        load_yaml(path)
    with pytest.raises(ClaimFileError) as second:
        load_yaml(path)
    assert str(first.value) == str(second.value)
    assert not cache.exists() or not list(cache.iterdir())


def test_paths_sharing_a_name_take_it_in_turn(cache, parsed, tmp_path, monkeypatch):
    monkeypatch.setattr(yamlsnap, "_SLOTS", 1)
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("x: 1\n", encoding="utf-8")
    b.write_text("x: 2\n", encoding="utf-8")
    assert [load_yaml(p).data for p in (a, b, a, b)] == [{"x": 1}, {"x": 2}, {"x": 1}, {"x": 2}]
    assert len(parsed) == 4
    assert [load_yaml(p).path for p in (b,)] == [str(b)]
    assert len(parsed) == 4  # b holds the name


def test_a_process_writes_a_bounded_number(cache, parsed, tmp_path, monkeypatch):
    monkeypatch.setattr(yamlsnap, "_WRITES", 2)
    paths = [tmp_path / f"{i}.yaml" for i in range(4)]
    for i, path in enumerate(paths):
        path.write_text(f"x: {i}\n", encoding="utf-8")
        load_yaml(path)
    assert len(list(cache.iterdir())) <= 2


def test_a_read_back_file_does_not_import_pyyaml(cache):
    claim = ROOT / "claims" / "tr-us-defense-2025.yaml"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from claimsuite.claims.yamlsource import load_yaml\n"
        f"load_yaml(Path({str(claim)!r}))\n"
        "print('yaml' in sys.modules)\n"
    )
    env = {**os.environ, "CLAIMSUITE_CACHE_DIR": str(cache)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["True", "False"]
