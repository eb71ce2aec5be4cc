"""Work grows linearly with the article: counted, not timed (see ``growth.py``).

Each test runs the same work at two sizes and compares the calls of every function: none may
grow more than twice as fast as the input. These replace the wall-clock ratio tests that
used to live here, in ``test_fuzz.py``, ``test_big_article.py`` and
``tests/text/test_text_properties.py``; the timings themselves (which also see regular
expressions backtracking inside one C call) are in ``bench/linear_time.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from growth import (
    PATHOLOGICAL_CHUNKS,
    call_counts,
    generated_article,
    hostile_article,
    pathological_chunk,
    repeated_seed,
    superlinear,
    total,
)

from claimsuite import engine
from claimsuite.checks.base import Context
from claimsuite.claims.load import ClaimSet, Registries, load_claims, load_registries
from claimsuite.text import Folded
from claimsuite.text.article import Article

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"


@pytest.fixture(scope="module")
def registries() -> Registries:
    return load_registries(ROOT / "claims" / "registries")


@pytest.fixture(scope="module")
def claim_set() -> ClaimSet:
    return load_claims(CLAIMS)


def _assert_linear(small: dict[str, int], large: dict[str, int], growth: float) -> None:
    worse = superlinear(small, large, growth)
    assert not worse, "\n".join(worse[:10])
    # And as a whole: the sum of all calls grows no faster than the input, with room for
    # fixed costs, which make the ratio smaller, not larger.
    assert total(large) < 1.5 * growth * total(small)


def test_the_meter_sees_a_nested_scan() -> None:
    """The check itself: a scan of every span per candidate is caught, a bisect is not."""
    from bisect import bisect_left  # noqa: PLC0415

    def nested(n: int) -> int:
        spans = list(range(0, 10 * n, 10))
        return sum(any(s <= c < s + 5 for s in spans) for c in range(0, 10 * n, 7))

    def indexed(n: int) -> int:
        spans = list(range(0, 10 * n, 10))
        return sum(spans[max(bisect_left(spans, c + 1) - 1, 0)] + 5 > c
                   for c in range(0, 10 * n, 7))

    assert superlinear(call_counts(lambda: nested(100)), call_counts(lambda: nested(1000)), 10)
    assert not superlinear(
        call_counts(lambda: indexed(100)), call_counts(lambda: indexed(1000)), 10
    )


def _text_layer_and_locator(text: str, claims: ClaimSet, reg: Registries) -> None:
    article = Article.from_text(text, "tr")
    assert article.sentences
    assert article.mentions
    ctx = Context(article, claims, reg)
    for claim in claims.claims:
        ctx.locator.passages(claim.id)


def test_text_layer_and_locator_work_is_linear_on_hostile_articles(
    claim_set: ClaimSet, registries: Registries
) -> None:
    """Cleaning, sentences, mentions and every claim's passages, on half seed and half long
    runs of what the patterns look for (was: 1 MB vs 10 MB, timed, in test_fuzz.py)."""
    def at(size: int) -> dict[str, int]:
        text = hostile_article(size)
        return call_counts(lambda: _text_layer_and_locator(text, claim_set, registries))

    at(2_000)  # warm-up: language data, compiled patterns
    _assert_linear(at(10_000), at(100_000), 10)


def test_full_check_work_is_linear_in_article_length(
    claim_set: ClaimSet, registries: Registries
) -> None:
    """Every built-in check on the seed repeated 2 and 20 times: no check compares every
    candidate with every span, mention or sentence (was: 250 KB vs 1 MB, timed)."""
    found: dict[int, int] = {}

    def at(copies: int) -> dict[str, int]:
        article = Article.from_text(repeated_seed(copies), "tr", path="big.txt")

        def work() -> None:
            report = engine.check(engine.Inputs(article, claim_set, registries))
            assert not [f for f in report.findings if f.code == engine.CRASH_CODE]
            found[copies] = len(report.findings)

        return call_counts(work)

    at(1)  # warm-up: imports, language data, the check registry
    small, large = at(2), at(20)
    # Each copy repeats the same uncovered figures, hedges and passives.
    assert found[20] > found[2]
    _assert_linear(small, large, 10)


def _text_layer(text: str) -> None:
    article = Article.from_text(text, "tr")
    article.mentions  # noqa: B018
    article.sentences  # noqa: B018
    Folded.of(article.text, "tr")


def test_text_layer_work_is_linear_on_generated_prose() -> None:
    """Seed-like prose with varied figures, 12.5 KB and 125 KB (was: 2.5 MB vs 5 MB, timed,
    in tests/text/test_text_properties.py)."""
    small_text, large_text = generated_article(12_500), generated_article(125_000)
    _text_layer(small_text)  # warm-up
    small = call_counts(lambda: _text_layer(small_text))
    large = call_counts(lambda: _text_layer(large_text))
    _assert_linear(small, large, 10)


@pytest.mark.parametrize("index", range(len(PATHOLOGICAL_CHUNKS)))
def test_text_layer_work_is_linear_on_pathological_runs(index: int) -> None:
    """One long run of one thing, at a tenth and at 0.4 of its full size, up to 16,000
    characters (was: full vs 4x, timed, in tests/text/test_text_properties.py)."""
    small_text, large_text = pathological_chunk(index, 0.1), pathological_chunk(index, 0.4)
    _text_layer(small_text[:100])  # warm-up
    small = call_counts(lambda: _text_layer(small_text))
    large = call_counts(lambda: _text_layer(large_text))
    _assert_linear(small, large, len(large_text) / len(small_text))
