"""Benchmark: cold-start time of `claimsuite check` on the seed, and of `--help`.

Run: python scripts/bench.py [--runs N]. Each run is a fresh interpreter (as in CI), so the
numbers include imports (with bytecode cached, after one warm-up run); the median and min
are printed, never asserted.

Time against input size (the text layer and the full check on big and hostile articles, with
the ratios the test suite used to assert) is ``python bench/linear_time.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "bare python": [sys.executable, "-c", "pass"],
    "claimsuite --help": [sys.executable, "-m", "claimsuite", "--help"],
    "claimsuite check seed": [
        sys.executable,
        "-m",
        "claimsuite",
        "check",
        "seeds/tr-us-defense-2025.txt",
        "--fail-on",
        "never",
    ],
}


# As a user's machine (and CI) runs it: bytecode cached. Some shells export
# PYTHONDONTWRITEBYTECODE, which would recompile the package on every run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_command(command: list[str], runs: int) -> list[float]:
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=ENV)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=ENV)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    print(f"{'command':<28} {'median ms':>10} {'min ms':>8}")
    for name, command in COMMANDS.items():
        times = time_command(command, args.runs)
        print(f"{name:<28} {statistics.median(times):>10.1f} {min(times):>8.1f}")


if __name__ == "__main__":
    main()
