"""A long article is checked in time roughly linear in its length: no check compares every
candidate with every span, mention or sentence of the article."""

from __future__ import annotations

import time
from pathlib import Path

from claimsuite import engine
from claimsuite.claims.load import load_claims, load_registries
from claimsuite.text.article import Article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"
SMALL_COPIES = 62  # ~250 KB
GROWTH = 4  # the large article is four times the small one (~1 MB)
MAX_RATIO = 8.0  # twice what linear time would take: generous for timing noise


def _article(copies: int, language: str) -> Article:
    """The seed's paragraphs over and over, as in a long compilation of reports."""
    text = SEED.read_text("utf-8").strip()
    return Article.from_text("\n\n".join([text] * copies) + "\n", language, path="big.txt")


def _check_time(article: Article, inputs: engine.Inputs) -> tuple[float, int]:
    start = time.perf_counter()
    report = engine.check(engine.Inputs(article, inputs.claims, inputs.registries))
    elapsed = time.perf_counter() - start
    assert not [f for f in report.findings if f.code == engine.CRASH_CODE]
    return elapsed, len(report.findings)


def test_full_check_time_grows_linearly_with_article_length() -> None:
    claims = load_claims(CLAIMS)
    inputs = engine.Inputs(
        Article.from_text(SEED.read_text("utf-8"), claims.file.article.language),
        claims,
        load_registries(ROOT / "claims" / "registries"),
    )
    language = claims.file.article.language
    _check_time(inputs.article, inputs)  # warm up: imports, language data, registry
    small = _article(SMALL_COPIES, language)
    large = _article(SMALL_COPIES * GROWTH, language)
    assert 240_000 < len(small.text.encode()) < 260_000
    # The best of two runs of each, so that a pause of the machine does not skew the ratio.
    small_time, small_found = min(_check_time(small, inputs) for _ in range(2))
    large_time, large_found = min(_check_time(large, inputs) for _ in range(2))
    ratio = large_time / small_time
    print(
        f"\n250 KB: {small_time:.2f} s ({small_found} findings); "
        f"1 MB: {large_time:.2f} s ({large_found} findings); ratio {ratio:.1f}x for {GROWTH}x"
    )
    # Each copy repeats the same uncovered figures, hedges and passives.
    assert large_found > small_found
    assert ratio < MAX_RATIO, f"{ratio:.1f}x the time for {GROWTH}x the text"
