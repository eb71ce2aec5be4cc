"""Benchmark: wall-clock time of the text layer and the full check at two sizes, and the ratio.

Run: python bench/linear_time.py [--only NAME ...]. Exits 1 when a ratio is over its bound.

These were tests until the suite had to fit in a minute on two shared cores: a timing ratio is
noisy when other processes compete for the CPU, and the big inputs cost ~25 s. The suite now
counts calls per function at two sizes instead (tests/hardening/test_linear_growth.py), which
is deterministic; these timings remain the check for work that counting cannot see, inside
one C call (a regular expression backtracking, ``Decimal`` -> ``int`` on a huge numeral).
Run them on a quiet machine before a release and after touching a pattern in ``text/``.

| name | sizes | bound (as the tests had it) |
|---|---|---|
| hostile | text layer + locator, hostile article 1 MB and 10 MB | ratio < 20 |
| big-article | every built-in check, the seed repeated to 250 KB and 1 MB, best of 2 | ratio < 8 |
| generated | text layer on seed-like prose, 2.5 MB and 5 MB | 5 MB < 3.5 x 2.5 MB + 1 s, < 60 s |
| pathological | text layer on each long run of one thing, and on it 4 times over | < 10x + 0.5 s |
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hardening"))

from growth import (  # noqa: E402 - the inputs are the tests'
    PATHOLOGICAL_CHUNKS,
    generated_article,
    hostile_article,
    pathological_chunk,
    repeated_seed,
)

from claimsuite import engine  # noqa: E402
from claimsuite.checks.base import Context  # noqa: E402
from claimsuite.claims.load import load_claims, load_registries  # noqa: E402
from claimsuite.text import Folded  # noqa: E402
from claimsuite.text.article import Article  # noqa: E402

CLAIMS = load_claims(ROOT / "claims" / "tr-us-defense-2025.yaml")
RECORD = load_registries(ROOT / "claims" / "registries")


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def text_layer_and_locator(text: str) -> None:
    article = Article.from_text(text, "tr")
    assert article.sentences
    assert article.mentions
    ctx = Context(article, CLAIMS, RECORD)
    for claim in CLAIMS.claims:
        ctx.locator.passages(claim.id)


def text_layer(text: str) -> None:
    article = Article.from_text(text, "tr")
    article.mentions  # noqa: B018
    article.sentences  # noqa: B018
    Folded.of(article.text, "tr")


def hostile() -> list[str]:
    small = seconds(lambda: text_layer_and_locator(hostile_article(1_000_000)))
    large = seconds(lambda: text_layer_and_locator(hostile_article(10_000_000)))
    print(f"hostile       1 MB {small:6.2f} s   10 MB {large:6.2f} s   ratio {large / small:.1f}")
    return [] if large < 20 * small else [f"hostile: ratio {large / small:.1f} >= 20"]


def big_article() -> list[str]:
    def check(copies: int) -> tuple[float, int]:
        article = Article.from_text(repeated_seed(copies), "tr", path="big.txt")
        start = time.perf_counter()
        report = engine.check(engine.Inputs(article, CLAIMS, RECORD))
        elapsed = time.perf_counter() - start
        assert not [f for f in report.findings if f.code == engine.CRASH_CODE]
        return elapsed, len(report.findings)

    check(1)  # warm up: imports, language data, registry
    small, small_found = min(check(62) for _ in range(2))  # ~250 KB
    large, large_found = min(check(62 * 4) for _ in range(2))  # ~1 MB
    ratio = large / small
    print(f"big-article   250 KB {small:6.2f} s ({small_found} findings)   1 MB {large:6.2f} s "
          f"({large_found} findings)   ratio {ratio:.1f} for 4x")
    problems = [] if ratio < 8 else [f"big-article: ratio {ratio:.1f} >= 8 for 4x the text"]
    if large_found <= small_found:
        problems.append("big-article: the 1 MB article has no more findings than 250 KB")
    return problems


def generated() -> list[str]:
    text = generated_article(2_500_000)
    small = seconds(lambda: text_layer(text))
    large = seconds(lambda: text_layer(text + "\n" + text))
    print(f"generated     2.5 MB {small:6.2f} s   5 MB {large:6.2f} s")
    return [] if large < 3.5 * small + 1.0 and large < 60 else [
        f"generated: 5 MB took {large:.2f} s against {small:.2f} s for 2.5 MB"
    ]


def pathological() -> list[str]:
    problems = []
    for index in range(len(PATHOLOGICAL_CHUNKS)):
        chunk = pathological_chunk(index)
        small = seconds(lambda chunk=chunk: text_layer(chunk))
        large = seconds(lambda chunk=chunk: text_layer(chunk * 4))
        print(f"pathological  {chunk[:12]!r:<18} {small:6.3f} s   x4 {large:6.3f} s")
        if not large < 10 * small + 0.5:
            problems.append(f"pathological {chunk[:12]!r}: {small:.3f} s -> {large:.3f} s")
    return problems


BENCHES = {
    "hostile": hostile,
    "big-article": big_article,
    "generated": generated,
    "pathological": pathological,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHES), default=sorted(BENCHES))
    args = parser.parse_args(argv)
    text_layer("Isınma metni. %72 arttı.")  # warm up: language data, compiled patterns
    problems = [problem for name in args.only for problem in BENCHES[name]()]
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
