"""Property tests: arbitrary and mutated inputs never crash the loader or the checks, and
findings are deterministic. (Linear work on hostile articles: ``test_linear_growth.py``.)

Budget: derandomized (the ``ci`` profile in tests/conftest.py) and ``max_examples`` bounded
so the whole module runs in well under a minute.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimsuite import engine
from claimsuite.claims.load import ClaimSet, Registries, load_claims, load_registries
from claimsuite.errors import ClaimsuiteError
from claimsuite.text.article import Article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"
SEED_TEXT = SEED.read_text("utf-8")
CLAIMS_BYTES = CLAIMS.read_bytes()
FUZZ = settings(
    max_examples=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def registries() -> Registries:
    return load_registries(ROOT / "claims" / "registries")


@pytest.fixture(scope="module")
def claim_set() -> ClaimSet:
    return load_claims(CLAIMS)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few random byte and line edits: what a careless edit or a bad merge
    does to a file."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "replace", "dup-line", "drop-line",
                                   "swap-lines", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        lines = bytes(data).split(b"\n")
        line = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8)
                               | st.sampled_from([b":", b"- ", b"  ", b"\t", b"'", b'"', b"&a",
                                                  b"*a", b"!!str ", b"[", b"{", b"#", b"%"]))
        elif op == "replace" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "dup-line":
            lines.insert(line, lines[line])
            data = bytearray(b"\n".join(lines))
        elif op == "drop-line":
            del lines[line]
            data = bytearray(b"\n".join(lines))
        elif op == "swap-lines" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[line], lines[other] = lines[other], lines[line]
            data = bytearray(b"\n".join(lines))
        elif op == "truncate":
            del data[at:]
    return bytes(data)


def _no_builtin_crash(report: engine.Report) -> None:
    crashes = [f.message for f in report.findings if f.code == "CS001"]
    assert crashes == [], crashes


def _check_claims(tmp_path: Path, content: bytes, registries: Registries) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(content)
    try:
        claims = load_claims(path)
    except ClaimsuiteError as error:
        message = str(error)
    else:
        message = ""
    if message:
        assert "\n" not in message
        return
    article = Article.from_text(SEED_TEXT, claims.file.article.language, path="a.txt")
    report = engine.check(engine.Inputs(article, claims, registries))
    _no_builtin_crash(report)


@FUZZ
@given(content=st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_random_claim_files_load_or_raise_our_error(
    tmp_path: Path, registries: Registries, content: bytes
) -> None:
    _check_claims(tmp_path, content, registries)


@FUZZ
@given(content=mutated(CLAIMS_BYTES))
def test_mutated_claim_files_load_or_raise_our_error(
    tmp_path: Path, registries: Registries, content: bytes
) -> None:
    _check_claims(tmp_path, content, registries)


def _check_article(tmp_path: Path, content: bytes, claims: ClaimSet, reg: Registries) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    try:
        article = Article.read(path, "tr")
    except ClaimsuiteError as error:
        message = str(error)
    else:
        message = ""
    if message:
        assert "\n" not in message
        return
    report = engine.check(engine.Inputs(article, claims, reg))
    _no_builtin_crash(report)


@FUZZ
@given(content=mutated(SEED_TEXT.encode()))
def test_mutated_articles_never_crash_a_check(
    tmp_path: Path, claim_set: ClaimSet, registries: Registries, content: bytes
) -> None:
    _check_article(tmp_path, content, claim_set, registries)


@settings(FUZZ, max_examples=25)
@given(content=st.text(
    alphabet=st.sampled_from(list("0123456789.,%'’ -\n\tyüzdemilyarNisan2025'teŞşİı()\"")),
    max_size=400,
).map(str.encode) | st.binary(max_size=400))
def test_random_articles_never_crash_a_check(
    tmp_path: Path, claim_set: ClaimSet, registries: Registries, content: bytes
) -> None:
    _check_article(tmp_path, content, claim_set, registries)


def _cli_json(hash_seed: str) -> bytes:
    return subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", "seeds/tr-us-defense-2025.txt",
         "--format", "json", "--fail-on", "never"],
        cwd=ROOT, capture_output=True, check=True, timeout=120,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
    ).stdout


def test_findings_are_identical_across_runs_and_hash_seeds() -> None:
    first, second, third = _cli_json("0"), _cli_json("12345"), _cli_json("0")
    assert first == second == third
    assert json.loads(first)["findings"]
