"""A small desk repository: the seed, two corpus articles, and a second inflation article in
a subfolder whose September figure disagrees with the first one (one fact, two values)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
ARTICLES = ("tr-enflasyon-ekim-2025", "en-spain-tourism-september-2025")

SUMMARY_ARTICLE = (
    "Enflasyon özeti\n\nTÜİK verilerine göre Eylül ayında yıllık enflasyon yüzde 33,92 "
    "seviyesindeydi.\n"
)
SUMMARY_CLAIMS = """\
article:
  language: tr
  published: 2025-11-04
  file: seeds/2025/enflasyon-ozet.txt
claims:
  - id: turkiye
    kind: entity
    type: country
    name: Türkiye
    implied: true
  - id: tuik
    kind: entity
    type: organisation
    name: Türkiye İstatistik Kurumu
    aliases: [TÜİK]
  - id: eylul-yillik
    kind: change
    metric: cpi
    subject: turkiye
    period: 2025-09
    base_period: 2024-09
    rate: 33.92%
    source: tuik
    quote: "TÜİK verilerine göre Eylül ayında yıllık enflasyon yüzde 33,92 seviyesindeydi."
"""
ACCEPT = """
accept:
  - code: CS301
    claim: exports-2023-q1-growth
    reason: the minister's figure as he said it; the correction runs as a separate note
"""


def build_desk(folder: Path, *, accept: bool = True, summary: bool = True) -> Path:
    """The desk: pyproject.toml, seeds/, claims/ (with the seed's record), no local checks."""
    (folder / "seeds").mkdir(parents=True)
    (folder / "claims" / "registries").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(
        '[tool.claimsuite]\narticles = ["seeds"]\nclaims = "claims"\n'
        'registries = "claims/registries"\nlocal-checks = ""\n', "utf-8")
    shutil.copy(ROOT / "seeds" / "tr-us-defense-2025.txt", folder / "seeds")
    seed_claims = (ROOT / "claims" / "tr-us-defense-2025.yaml").read_text("utf-8")
    (folder / "claims" / "tr-us-defense-2025.yaml").write_text(
        seed_claims + (ACCEPT if accept else ""), "utf-8")
    for name in ("officials.yaml", "statistics.yaml"):
        shutil.copy(ROOT / "claims" / "registries" / name, folder / "claims" / "registries")
    for stem in ARTICLES:
        shutil.copy(CORPUS / "articles" / f"{stem}.txt", folder / "seeds")
        text = (CORPUS / "claims" / f"{stem}.yaml").read_text("utf-8")
        text = re.sub(r"(?m)^  file: .*$", f"  file: seeds/{stem}.txt", text)
        (folder / "claims" / f"{stem}.yaml").write_text(text, "utf-8")
    if summary:
        (folder / "seeds" / "2025").mkdir()
        (folder / "claims" / "2025").mkdir()
        (folder / "seeds" / "2025" / "enflasyon-ozet.txt").write_text(SUMMARY_ARTICLE, "utf-8")
        (folder / "claims" / "2025" / "enflasyon-ozet.yaml").write_text(SUMMARY_CLAIMS, "utf-8")
    return folder


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = build_desk(tmp_path / "desk")
    monkeypatch.chdir(folder)
    return folder


def cli(*args: str) -> Result:
    """claimsuite in-process; stderr apart from stdout."""
    return CliRunner().invoke(main, list(args))
