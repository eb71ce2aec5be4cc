"""The speed benchmark of issue 12, in one command: ``python bench/run.py``, run with the
Python of the environment claimsuite is installed in (``.venv/bin/python bench/run.py``): the
``claimsuite`` it times is the one next to that interpreter. It takes about ten minutes on two
cores (most of it the cold 10,000-article run and the 10 MB article).

In one run on this machine it times

1. a bare ``python -I -c pass`` (the floor every Python CLI pays);
2. a cold ``claimsuite check`` of the seed: a fresh process each time, bytecode cached, whole
   process CPU (user + system) and wall time, the median of ``--runs`` runs; once with the
   snapshots claimsuite keeps in the user's cache folder (language tables, compiled patterns:
   ``claimsuite.snapshot``) in place, and once with an empty cache folder for every run, as on
   a fresh CI runner;
3. ``proselint check`` on the same article, installed into a throwaway virtual environment in
   a temporary folder (it is not a dependency of claimsuite); 1-3 run in turn, so a change in
   the machine's speed hits them alike;
4. repository mode (``claimsuite check --jobs 2``) on generated desks of 1,000 and 10,000
   articles with their claim files (``bench/make_archive.py``, into a temporary folder): a cold
   run (empty cache), then a warm re-run served by ``.claimsuite_cache/``; articles per
   second, the cost per article, and the peak memory of the largest worker;
5. the seed repeated to 1 MB and to 10 MB, checked against the seed's claim file.

It prints a table and the ratios and writes them, with the machine, to ``bench/results.md``.
Nothing is asserted: the numbers are for people (the test suite counts, never times).

Options: ``--runs N`` (default 10), ``--sizes 1000 10000``, ``--big 1 10`` (MB), ``--no-big``,
``--jobs 2``, ``--out bench/results.md``, ``--proselint-venv DIR`` (reuse an environment).
Peak memory is each process's high-water mark (``VmHWM`` in ``/proc``), sampled every 0.1 s
over the command's process tree, so this script needs Linux.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
SEED_CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"
BIN = Path(sys.executable).parent
CLAIMSUITE = str(BIN / "claimsuite")
# As a user's machine runs it: bytecode cached (some shells export PYTHONDONTWRITEBYTECODE,
# which would recompile every module on every run), no cache switched off by the environment.
ENV = {k: v for k, v in os.environ.items()
       if k not in ("PYTHONDONTWRITEBYTECODE", "CLAIMSUITE_NO_CACHE")}
SNAPSHOTS = "CLAIMSUITE_CACHE_DIR"  # where claimsuite keeps its snapshots (claimsuite.snapshot)

sys.path.insert(0, str(ROOT / "bench"))
from make_archive import generate  # noqa: E402


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float  # the largest single process of the tree
    rc: int
    pid: int = 0
    peaks: dict[int, float] = field(default_factory=dict)


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    out += [int(c) for c in handle.read().split()]
            except OSError:
                continue
    except OSError:
        pass
    return out


def _hwm(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(command: list[str], cwd: Path = ROOT, timeout: float = 3600,
            env: dict[str, str] | None = None) -> Run:
    """Run ``command`` once: wall time, CPU of the waited-for process tree, peak memory per
    process (sampled). ``env`` adds to the environment."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env={**ENV, **(env or {})},
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            todo, seen = [proc.pid], set()
            while todo:
                pid = todo.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                peaks[pid] = max(peaks.get(pid, 0.0), _hwm(pid))
                todo += _children(pid)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        rc = proc.wait(timeout=timeout)
    finally:
        done.set()
        sampler.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    own_peak = (after.ru_maxrss / 1024) if after.ru_maxrss > before.ru_maxrss else 0.0
    peak = max([own_peak, *peaks.values()])
    return Run(wall, cpu, peak, rc, proc.pid, peaks)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def proselint_env(given: Path | None, tmp: Path) -> Path:
    if given is not None and (given / "bin" / "proselint").exists():
        return given / "bin" / "proselint"
    venv = given or tmp / "proselint-venv"
    print(f"installing proselint into a throwaway environment ({venv})", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "proselint"],
                   check=True, stdout=subprocess.DEVNULL)
    return venv / "bin" / "proselint"


def machine() -> list[str]:
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle
                       if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as handle:
            mem = f"{int(handle.readline().split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores visible; memory {mem}",
        f"- OS: {platform.system()} {platform.release()} ({platform.machine()})",
        f"- Python {platform.python_version()} ({sys.executable})",
    ]


def commit() -> str:
    """The commit of the claimsuite that runs (a source tree with .git), else its version."""
    import claimsuite  # noqa: PLC0415

    here = Path(claimsuite.__file__).resolve().parent
    found = subprocess.run(["git", "-C", str(here), "log", "-1", "--format=%h %cd",
                            "--date=format:%Y-%m-%d %H:%M"],
                           capture_output=True, text=True, check=False)
    if found.returncode == 0 and found.stdout.strip():
        return found.stdout.strip()
    from importlib.metadata import version  # noqa: PLC0415

    return f"version {version('claimsuite')} ({here})"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main() -> None:  # noqa: PLR0915 - one linear story
    parser = argparse.ArgumentParser(
        description="The speed benchmark of issue 12: cold check against proselint, "
                    "archives cold and warm, big articles; writes bench/results.md.")
    parser.add_argument("--runs", type=int, default=10,
                        help="runs of each cold command (default 10; the median is quoted)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000],
                        help="archive sizes in articles (default 1000 10000; none to skip)")
    parser.add_argument("--big", type=int, nargs="*", default=[1, 10],
                        help="sizes of the repeated-seed articles in MB (default 1 10)")
    parser.add_argument("--no-big", action="store_true", help="skip the big articles")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of repository mode")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md",
                        help="where the table goes (default bench/results.md)")
    parser.add_argument("--proselint-venv", type=Path, default=None,
                        help="reuse (or create) proselint's environment here")
    parser.add_argument("--keep", type=Path, default=None,
                        help="generate the desks here and keep them (default: a temp folder)")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="claimsuite-bench-"))
    rows: list[tuple[str, str, str, str, str]] = []  # what, wall, cpu, peak, note
    ratios: list[str] = []
    load_before = load()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    try:
        proselint = proselint_env(args.proselint_venv, tmp)
        commands = {
            "python -I -c pass": [sys.executable, "-I", "-c", "pass"],
            "claimsuite check (seed, cold process)": [
                CLAIMSUITE, "check", str(SEED.relative_to(ROOT)), "--fail-on", "never"],
            "proselint check (seed)": [str(proselint), "check", str(SEED.relative_to(ROOT))],
        }
        # claimsuite keeps snapshots of data it derives from its own files (language tables,
        # compiled patterns) in the user's cache folder. The bench gives it a folder of its
        # own: kept across runs (a developer's machine, or CI that keeps ~/.cache), and a new
        # empty one for every run of the "fresh machine" row (CI on a new runner).
        kept = {SNAPSHOTS: str(tmp / "user-cache")}
        fresh_name = "claimsuite check (seed, cold process, empty user cache)"
        commands[fresh_name] = commands["claimsuite check (seed, cold process)"]
        fresh_runs = iter(range(10**6))

        def env_of(name: str) -> dict[str, str]:
            if name == fresh_name:
                return {SNAPSHOTS: str(tmp / f"fresh-{next(fresh_runs)}")}
            return kept

        for name, command in commands.items():  # warm-up: bytecode, page cache, snapshots
            measure(command, env=env_of(name))
        results: dict[str, list[Run]] = {name: [] for name in commands}
        print(f"timing {len(commands)} commands x {args.runs} runs, in turn", flush=True)
        for _ in range(args.runs):
            for name, command in commands.items():
                results[name].append(measure(command, env=env_of(name)))
        for name, runs in results.items():
            rows.append((name, f"{median([r.wall for r in runs]):.3f} s",
                         f"{median([r.cpu for r in runs]):.3f} s",
                         f"{max(r.peak_mb for r in runs):.0f} MB",
                         f"median of {len(runs)}; min wall {min(r.wall for r in runs):.3f} s"))
        cs = results["claimsuite check (seed, cold process)"]
        pl = results["proselint check (seed)"]
        bare = results["python -I -c pass"]
        cpu_ratio = median([a.cpu / b.cpu for a, b in zip(cs, pl, strict=True) if b.cpu])
        wall_ratio = median([a.wall / b.wall for a, b in zip(cs, pl, strict=True)])
        ratios.append(f"claimsuite / proselint, CPU: **{cpu_ratio:.2f}x** "
                      f"(median of the per-pair ratios; target <= 1.5x, stretch 1.0x)")
        ratios.append(f"claimsuite / proselint, wall: **{wall_ratio:.2f}x**")
        fresh = results[fresh_name]
        fresh_ratio = median([a.cpu / b.cpu for a, b in zip(fresh, pl, strict=True) if b.cpu])
        ratios.append("claimsuite with an empty user cache (a fresh machine) / proselint, CPU: "
                      f"**{fresh_ratio:.2f}x**")
        ratios.append(f"claimsuite above bare python, CPU: "
                      f"{median([r.cpu for r in cs]) - median([r.cpu for r in bare]):.3f} s")

        for size in args.sizes:
            desk = (args.keep or tmp) / f"desk-{size}"
            if desk.exists():
                shutil.rmtree(desk)
            print(f"generating {size} articles", flush=True)
            generate(desk, size)
            # The report goes to stdout (thrown away), as in CI.
            command = [CLAIMSUITE, "check", "--jobs", str(args.jobs), "--format", "jsonl",
                       "--fail-on", "never"]
            print(f"repository mode, {size} articles, cold", flush=True)
            cold = measure(command, cwd=desk, env=kept)
            print(f"repository mode, {size} articles, warm", flush=True)
            warm = [measure(command, cwd=desk, env=kept) for _ in range(3)]
            # The parent holds every report until the reduce; a worker holds one article.
            worker = max((mb for pid, mb in cold.peaks.items() if pid != cold.pid),
                         default=0.0)
            parent = cold.peaks.get(cold.pid, 0.0)
            rate = size / cold.wall
            rows.append((f"repository mode, {size:,} articles, --jobs {args.jobs}, cold",
                         f"{cold.wall:.1f} s", f"{cold.cpu:.1f} s (all processes)",
                         f"worker {worker:.0f} MB, parent {parent:.0f} MB",
                         f"{rate:.0f} articles/s; {1000 * cold.wall / size:.1f} ms wall per "
                         f"article; exit {cold.rc}"))
            warm_wall = median([r.wall for r in warm])
            rows.append((f"repository mode, {size:,} articles, warm (cache)",
                         f"{warm_wall:.2f} s", f"{median([r.cpu for r in warm]):.2f} s",
                         f"{max(r.peak_mb for r in warm):.0f} MB",
                         f"median of {len(warm)}; {1000 * warm_wall / size:.2f} ms per article"))
            ratios.append(f"{size:,} articles: {rate:.0f} articles/s cold (target >= 300), "
                          f"{1000 * cold.wall / size:.2f} ms wall per article; largest worker "
                          f"{worker:.0f} MB (target < 200); warm re-run {warm_wall:.2f} s "
                          f"(target < 2 s at 10,000)")
            if args.keep is None:
                shutil.rmtree(desk, ignore_errors=True)

        if not args.no_big:
            seed = SEED.read_text("utf-8")
            for mb in args.big:
                big = tmp / f"seed-{mb}mb.txt"
                big.write_text((seed * (mb * 1_000_000 // len(seed.encode()) + 1)), "utf-8")
                print(f"{mb} MB article", flush=True)
                run = measure([CLAIMSUITE, "check", str(big), "--claims", str(SEED_CLAIMS),
                               "--fail-on", "never", "--format", "json", "-o",
                               str(tmp / f"big-{mb}.json")], env=kept)
                rows.append((f"the seed repeated to {mb} MB", f"{run.wall:.1f} s",
                             f"{run.cpu:.1f} s", f"{run.peak_mb:.0f} MB", f"exit {run.rc}"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    head = ("| what | wall | CPU | peak memory | note |", "|---|---|---|---|---|")
    table = [*head, *(f"| {' | '.join(row)} |" for row in rows)]
    print()
    print("\n".join(table))
    print()
    print("\n".join(f"- {r}" for r in ratios))
    text = [
        "# Benchmark results (issue 12)",
        "",
        f"`python bench/run.py` (`{' '.join(sys.argv[1:]) or 'no options'}`), {started}, "
        f"claimsuite at {commit()}; "
        f"load average {load_before} before and {load()} after (1, 5, 15 min).",
        "",
        *machine(),
        "",
        *table,
        "",
        *(f"- {r}" for r in ratios),
        "",
        "CPU is user + system time of the command's process tree as the operating system "
        "accounts it; for repository mode on Linux that includes the workers, which are forked "
        "from the parent and waited for (where they start from a forkserver, which nobody waits "
        "for, it is the parent's alone); wall time and articles per second are the measure "
        "there. Peak memory is the high-water mark (VmHWM) of the "
        "largest single process, for repository mode of the largest worker and of the parent "
        "(which holds every article's report until the archive reduce).",
        "",
    ]
    args.out.write_text("\n".join(text), "utf-8")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
