"""Validated claim and record files kept as snapshots (claims/validated.py): read back, they
are the very models validation gives, and no validator is built; a file with a problem, an
edited file or another model is validated again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimsuite.claims import load, validated, yamlsnap
from claimsuite.errors import ClaimFileError

ROOT = Path(__file__).resolve().parents[2]
CLAIM_FILES = sorted((ROOT / "claims").glob("*.yaml")) + sorted(
    (ROOT / "tests").glob("**/claims/*.yaml")
)
RECORD_FILES = sorted((ROOT / "claims" / "registries").glob("*.yaml"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMSUITE_CACHE_DIR", str(folder))
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    for module in (validated, yamlsnap):
        monkeypatch.setattr(module, "_written", 0)
        monkeypatch.setattr(module, "_WRITES", 10**6)
        monkeypatch.setattr(module, "_SLOTS", 10**6)
    return folder


@pytest.fixture
def validations(monkeypatch):
    """Counts the models validated (not read from a snapshot)."""
    calls: list[str] = []
    original = validated.remember

    def counting(model, document, instance):
        calls.append(document.path)
        return original(model, document, instance)

    monkeypatch.setattr(validated, "remember", counting)
    return calls


def _claims(path: Path) -> object:
    try:
        claim_set = load.load_claims(path)
    except ClaimFileError as error:
        return ("error", str(error))
    return claim_set.file


def test_claim_files_read_back_as_validated(cache, validations):
    assert len(CLAIM_FILES) > 5
    first = [_claims(p) for p in CLAIM_FILES]
    done = len(validations)
    second = [_claims(p) for p in CLAIM_FILES]
    assert len(validations) == done  # the files that validated were read back
    kept = 0
    for path, a, b in zip(CLAIM_FILES, first, second, strict=True):
        assert type(a) is type(b), path
        assert a == b, path
        if not isinstance(a, tuple):
            kept += 1
            assert repr(a) == repr(b)
            assert a.model_dump() == b.model_dump()
            assert a.model_fields_set == b.model_fields_set
    assert kept > 5


def test_record_files_read_back_as_validated(cache, validations):
    first = [load.load_registry(p)[0] for p in RECORD_FILES]
    second = [load.load_registry(p)[0] for p in RECORD_FILES]
    assert len(validations) == len(RECORD_FILES)
    for a, b in zip(first, second, strict=True):
        assert a == b
        assert repr(a) == repr(b)


def test_an_edited_file_is_validated_again(cache, validations, tmp_path):
    source = (ROOT / "claims" / "tr-us-defense-2025.yaml").read_text(encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text(source, encoding="utf-8")
    load.load_claims(path)
    path.write_text(source.replace("claims:", "# edited\nclaims:", 1), encoding="utf-8")
    load.load_claims(path)
    load.load_claims(path)
    assert len(validations) == 2


def test_a_file_that_does_not_validate_is_never_kept(cache, validations, tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("article:\n  language: de\nclaims: []\n", encoding="utf-8")
    errors = []
    for _ in range(2):
        with pytest.raises(ClaimFileError) as caught:
            load.load_claims(path)
        errors.append(str(caught.value))
    assert errors[0] == errors[1]
    assert validations == []
    assert not cache.exists() or not list(cache.glob("model-*"))


def test_a_damaged_snapshot_is_validated_again(cache, validations):
    path = ROOT / "claims" / "tr-us-defense-2025.yaml"
    want = load.load_claims(path).file
    for snap in cache.glob("model-*"):
        raw = snap.read_bytes()
        snap.write_bytes(raw[:-20])
    assert load.load_claims(path).file == want
    assert len(validations) == 2


def test_a_read_back_claim_file_builds_no_validator(cache):
    claim = ROOT / "claims" / "tr-us-defense-2025.yaml"
    script = (
        "from pathlib import Path\n"
        "from claimsuite.claims.load import load_claims\n"
        "from claimsuite.claims.model import ClaimFile\n"
        f"load_claims(Path({str(claim)!r}))\n"
        "print(ClaimFile.__pydantic_complete__)\n"
    )
    env = {**os.environ, "CLAIMSUITE_CACHE_DIR": str(cache)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["True", "False"]


def test_with_pydantic_plugins_on_every_file_is_validated(cache, validations, monkeypatch):
    # A plugin the user turned on sees every validation.
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    path = ROOT / "claims" / "tr-us-defense-2025.yaml"
    load.load_claims(path)
    load.load_claims(path)
    assert not list(cache.glob("model-*"))
