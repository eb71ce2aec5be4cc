"""Harmless encodings of the same text are accepted and change nothing: a UTF-8 BOM, CRLF line
endings, NFD, tabs between words and trailing spaces, in the article and in the claim file."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from claimsuite import engine
from claimsuite.checks.base import Finding
from claimsuite.checks.registry import build_registry

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"
REGISTRIES = ROOT / "claims" / "registries"
LOCAL = ROOT / "checks"

Variant = Callable[[str], bytes]


def bom(text: str) -> bytes:
    return b"\xef\xbb\xbf" + text.encode()


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


def nfd(text: str) -> bytes:
    return unicodedata.normalize("NFD", text).encode()


def trailing_spaces(text: str) -> bytes:
    return "".join(line + "  \t\n" for line in text.split("\n")).encode()


def tabs_in_article(text: str) -> bytes:
    # One tab for one space between words: the columns stay the same.
    return re.sub(r"(?<=\w) (?=\w)", "\t", text).encode()


def tabs_in_claims(text: str) -> bytes:
    # Tabs cannot indent YAML; after a key's colon they are plain separation.
    return re.sub(r"^(\s*(?:- )?[a-z_]+): ", "\\1:\t", text, flags=re.MULTILINE).encode()


VARIANTS: dict[str, tuple[Variant, Variant]] = {
    "bom": (bom, bom),
    "crlf": (crlf, crlf),
    "nfd": (nfd, nfd),
    "trailing-spaces": (trailing_spaces, trailing_spaces),
    "tabs": (tabs_in_article, tabs_in_claims),
}


def findings(article: Path, claims: Path) -> list[tuple[object, ...]]:
    inputs = engine.load_inputs(article, claims, REGISTRIES)
    report = engine.check(inputs, build_registry(LOCAL))
    return [_plain(f) for f in report.findings]


def _plain(finding: Finding) -> tuple[object, ...]:
    """A finding without the file names, which differ between the copies by design."""
    article = (finding.article.line, finding.article.col) if finding.article else None
    claim = (finding.claim_file.line, finding.claim_file.col) if finding.claim_file else None
    return (finding.code, finding.severity, unicodedata.normalize("NFC", finding.message),
            finding.claims, article, claim)


def _spaced(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(*r[:2], " ".join(str(r[2]).split()), *r[3:]) for r in rows]


@pytest.fixture(scope="module")
def clean() -> list[tuple[object, ...]]:
    return findings(SEED, CLAIMS)


def test_the_seed_has_findings_to_compare(clean: list[tuple[object, ...]]) -> None:
    assert len(clean) >= 3


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_article_variant_gives_the_same_findings(
    tmp_path: Path, clean: list[tuple[object, ...]], variant: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(VARIANTS[variant][0](SEED.read_text("utf-8")))
    found = findings(article, CLAIMS)
    if variant == "tabs":
        # Messages may quote the article, and there the text really has tabs (CS604 does).
        found, clean = _spaced(found), _spaced(clean)
    assert found == clean


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_claim_file_variant_gives_the_same_findings(
    tmp_path: Path, clean: list[tuple[object, ...]], variant: str
) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_bytes(VARIANTS[variant][1](CLAIMS.read_text("utf-8")))
    assert findings(SEED, claims) == clean


def test_both_variants_at_once(tmp_path: Path, clean: list[tuple[object, ...]]) -> None:
    article, claims = tmp_path / "a.txt", tmp_path / "c.yaml"
    article.write_bytes(crlf(nfd(SEED.read_text("utf-8")).decode()))
    claims.write_bytes(bom(crlf(CLAIMS.read_text("utf-8")).decode()))
    assert findings(article, claims) == clean
