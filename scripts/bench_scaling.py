"""Adversarial scaling benchmark: each hostile input at 1x and 10x size, with the growth.

Every case runs the real command line (``python -m claimsuite check ...``) in a fresh
interpreter and measures wall time and peak memory (max RSS). A linear algorithm shows a
time ratio near 10 between the two sizes (less while start-up dominates); a quadratic one
near 100. Not part of the test suite: run it by hand, or in the benchmark job.

    python scripts/bench_scaling.py                 # every case
    python scripts/bench_scaling.py --only names    # cases whose name contains "names"
    python scripts/bench_scaling.py --src OTHER/src # measure another checkout (before/after)

Uses only the standard library. The table it prints is the one in docs/hardening.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"
RECORD = ROOT / "claims" / "registries"

PROJECT = '[project]\nname = "bench"\n\n[tool.claimsuite]\n'


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    sizes: tuple[int, int]
    unit: str
    build: Callable[[Path, int], list[str]]  # writes the inputs, returns the check arguments


def _project(work: Path) -> None:
    (work / "pyproject.toml").write_text(PROJECT, "utf-8")
    shutil.copytree(RECORD, work / "record")


def _seed_args(article: str = "article.txt", claims: str = "claims.yaml") -> list[str]:
    return [article, "--claims", claims, "--registries", "record", "--no-local-checks"]


def trailing_blanks_claims(work: Path, n: int) -> list[str]:
    shutil.copy(SEED, work / "article.txt")
    text = CLAIMS.read_text("utf-8") + "#" + " " * n + "x\n"
    (work / "claims.yaml").write_text(text, "utf-8")
    return _seed_args()


def trailing_blanks_record(work: Path, n: int) -> list[str]:
    shutil.copy(SEED, work / "article.txt")
    shutil.copy(CLAIMS, work / "claims.yaml")
    path = work / "record" / "statistics.yaml"
    path.write_text(path.read_text("utf-8") + "#" + " " * n + "x\n", "utf-8")
    return _seed_args()


def _letters(k: int) -> str:
    out = ""
    for _ in range(3):
        out += "abcdefghijklmnoprstuvyz"[k % 23]
        k //= 23
    return out


def names(work: Path, persons: int) -> list[str]:
    """``persons`` people with an alias each, on an article of 500 bytes per person."""
    people = [(f"Mert{_letters(k)} Kaya{_letters(k)}", f"Kaya{_letters(k)}")
              for k in range(persons)]
    sentences = []
    size = 0
    k = 0
    while size < 500 * persons:
        name, alias = people[k % persons]
        sentence = (f"{name} toplantıya katıldı ve görüşlerini anlattı. "
                    f"Ardından {alias} konuşmasını bitirdi. ")
        sentences.append(sentence)
        size += len(sentence.encode())
        k += 1
    (work / "article.txt").write_text("".join(sentences) + "\n", "utf-8")
    claims = ["article:", "  language: tr", "  published: 2025-04-28", "claims:"]
    for k, (name, alias) in enumerate(people):
        claims += [f"  - id: p{k}", "    kind: entity", "    type: person",
                   f"    name: {name}", f"    aliases: [{alias}]"]
    (work / "claims.yaml").write_text("\n".join(claims) + "\n", "utf-8")
    return _seed_args()


def _one_sentence(work: Path, size: int, unit: str) -> list[str]:
    claims = CLAIMS.read_text("utf-8")
    body = SEED.read_text("utf-8").rstrip("\n")
    (work / "article.txt").write_text(body + "\n\n" + unit * (size // len(unit)) + ".\n", "utf-8")
    (work / "claims.yaml").write_text(claims, "utf-8")
    return _seed_args()


def excerpt_figures(work: Path, size: int) -> list[str]:
    return _one_sentence(work, size, "1/")


def span_mentions(work: Path, size: int) -> list[str]:
    return _one_sentence(work, size, "%1 ")


CASES = (
    Case("trailing-blanks-claims", "claim file: a line of N blanks then 'x'", (8_000, 80_000),
         "blanks", trailing_blanks_claims),
    Case("trailing-blanks-record", "record file: a line of N blanks then 'x'", (8_000, 80_000),
         "blanks", trailing_blanks_record),
    Case("names", "N persons with an alias, article of 500 B per person", (50, 500),
         "persons", names),
    Case("excerpt-figures", "one sentence of '1/1/1/...' after the seed", (10_000, 100_000),
         "bytes", excerpt_figures),
    Case("span-mentions", "one sentence of '%1 %1 ...' after the seed", (4_000, 40_000),
         "bytes", span_mentions),
)


def measure(
    args: list[str], cwd: Path, src: Path | None, timeout: float, memory_limit: int
) -> tuple[str, str]:
    """Wall time and peak RSS of one run (``os.wait4`` gives the child's own usage), under
    ``RLIMIT_AS`` = ``memory_limit`` bytes so that a memory bomb cannot take the machine."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimsuite", "check", *args, "--format", "json"],
            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors,
            preexec_fn=limit,  # noqa: PLW1509 - this script starts no threads
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                return f">{timeout:.0f} s", "?"
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        memory = f"{usage.ru_maxrss // 1024} MB"
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
        if proc.returncode not in (0, 1) or "Traceback" in stderr:
            tail = stderr.strip().splitlines()[-1:]
            return f"exit {proc.returncode}: {' '.join(tail)[:50]}", memory
    return f"{seconds:.2f} s", memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    parser.add_argument("--src", type=Path, help="PYTHONPATH of the claimsuite to measure")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    parser.add_argument("--memory", type=float, default=2.0, help="GiB of address space per run")
    options = parser.parse_args()
    print("| input | 1x | time | peak RSS | 10x | time | peak RSS | time ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for case in CASES:
        if options.only not in case.name:
            continue
        cells = []
        times = []
        for size in case.sizes:
            with tempfile.TemporaryDirectory() as folder:
                work = Path(folder)
                _project(work)
                args = case.build(work, size)
                elapsed, memory = measure(
                    args, work, options.src, options.timeout, int(options.memory * 2**30)
                )
            cells += [f"{size:,} {case.unit}", elapsed, memory]
            times.append(float(elapsed.split()[0]) if elapsed.endswith(" s") and
                         elapsed[0].isdigit() else None)
        small, big = times
        ratio = f"{big / small:.1f}" if small and big else "—"
        print(f"| {case.what} | " + " | ".join(cells) + f" | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
