"""Deterministic growth checks: how much work a run does at 1x and at kx the input.

Timing ratios are noisy on a shared machine, so the suite counts work instead: every Python
function call and every call of a builtin or C method (``re.Pattern.match``, ``str.find``...)
is counted per function by ``cProfile``, and the counts at two sizes are compared function by
function. A linear run does about ``k`` times the calls of each function at ``k`` times the
input; a nested scan (every candidate against every span) does about ``k**2`` times, and
shows up in the function that holds the inner loop (a generator is counted on every resume).

What counting cannot see is work inside one C call: a regular expression that backtracks,
or ``Decimal`` -> ``int`` on a huge numeral. Those keep their wall-clock ratios in
``bench/linear_time.py``, which uses the same inputs as the tests (this module).

Also imported by ``bench/linear_time.py``; keep it free of pytest.
"""

from __future__ import annotations

import cProfile
import random
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
SEED_TEXT = SEED.read_text("utf-8")

SLACK = 200  # calls: a function may do this many more at kx without being super-linear


def call_counts(work: Callable[[], object]) -> dict[str, int]:
    """Calls made while ``work()`` runs, per function (``file:line:name`` or builtin name)."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        work()
    finally:
        profile.disable()
    counts: dict[str, int] = {}
    for entry in profile.getstats():
        code = entry.code
        key = code if isinstance(code, str) else (
            f"{code.co_filename}:{code.co_firstlineno}:{code.co_name}"
        )
        counts[key] = counts.get(key, 0) + entry.callcount
    return counts


def superlinear(
    small: dict[str, int], large: dict[str, int], growth: float, factor: float = 2.0
) -> list[str]:
    """Functions called more than ``factor * growth`` times as often at ``growth`` times the
    input (plus ``SLACK``), worst first: empty for a run whose work grows linearly."""
    limit = factor * growth
    worst = sorted(
        ((count / max(small.get(key, 0), 1), key, small.get(key, 0), count)
         for key, count in large.items()
         if count > limit * small.get(key, 0) + SLACK),
        reverse=True,
    )
    return [f"{key}: {a} -> {b} calls ({ratio:.0f}x for {growth:g}x input)"
            for ratio, key, a, b in worst]


def total(counts: dict[str, int]) -> int:
    return sum(counts.values())


# -- inputs -------------------------------------------------------------------------------

PATHOLOGICAL_RUNS = ("a", "1.", "%", "'", " ", "1", "’", "9,", "-", "Şimşek ", "1 milyar ",
                     "%7", "2023'te ", "\n")


def hostile_article(size: int) -> str:
    """Half the seed repeated, half long runs of what the patterns look for."""
    half = size // 2
    # Exactly half each way, so that an article ten times the size is ten times each part.
    parts = [((SEED_TEXT + "\n") * (half // (len(SEED_TEXT) + 1) + 1))[:half] + "\n"]
    run = half // len(PATHOLOGICAL_RUNS)
    parts += [s * (run // len(s)) + "\n" for s in PATHOLOGICAL_RUNS]
    return "".join(parts)


def repeated_seed(copies: int) -> str:
    """The seed's paragraphs over and over, as in a long compilation of reports."""
    return "\n\n".join([SEED_TEXT.strip()] * copies) + "\n"


def generated_article(size: int, seed: int = 7) -> str:
    """Seed-like prose with its figures varied, about ``size`` characters long."""
    rng = random.Random(seed)
    paragraphs = SEED_TEXT.split("\n")
    parts: list[str] = []
    length = 0
    while length < size:
        paragraph = rng.choice(paragraphs)
        paragraph = paragraph.replace("%72", f"%{rng.randint(1, 99)}")
        paragraph = paragraph.replace("2026", str(rng.randint(1990, 2030)))
        parts.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(parts)


# Runs of one thing, each (unit, repeats at full size); full size is ~40,000 characters.
PATHOLOGICAL_CHUNKS = (
    ("1.", 20_000),
    ("1,1", 15_000),
    ("a", 40_000),
    ("'a", 20_000),
    ("ilk ", 3_000),
    ("%", 10_000),
    (".", 40_000),
    (" ", 40_000),
    ("2025 yılına ait ", 1_000),
    ("geçtiğimiz yılın aynı ", 1_000),
    ("1 milyar ", 1_500),
    ("A1", 5_000),
    ("yaklaşık yüzde ", 1_000),
    ("kelime Kelime kelime\n", 2_000),
    ("x\ny\n", 2_000),  # after ". " and 20,000 spaces: see pathological_chunk
    ("Başlık Burada\nMetin Burada\n", 2_000),
)


def pathological_chunk(index: int, scale: float = 1.0) -> str:
    """Chunk ``index`` of ``PATHOLOGICAL_CHUNKS`` at ``scale`` times its full size."""
    unit, repeats = PATHOLOGICAL_CHUNKS[index]
    count = max(1, int(repeats * scale))
    if unit == "x\ny\n":
        return ". " + " " * max(1, int(20_000 * scale)) + unit * count
    return unit * count
