"""Generate a desk (articles, claim files, record) of N articles for the repository benchmark.

Run: python bench/make_archive.py DEST N [--seed S]. DEST gets ``pyproject.toml``,
``seeds/NNNN/<stem>-<i>.txt``, ``claims/NNNN/<stem>-<i>.yaml`` (the mirrored path) and
``claims/registries/`` (the corpus record). Nothing here is committed: the bench writes into a
temporary folder.

Each article is one of the corpus claim sets (``tests/corpus/``), article and claim file
rewritten together so that they still describe each other, with varied

- **dates**: every year 2019-2026 shifted by the same multiple of 8 years (at most 72: years stop at
  2099), even multiples for English sets and odd ones for Turkish sets, which name some of
  the same facts in other words (a minister's title in each language) in both files;
- **figures**: the last digit of every decimal figure (``32,87`` / ``32.87``) moved by the
  same step in both files, the step fixed by the year shift, so that two articles on one
  period agree, as an archive mostly does (derived figures may now disagree: the checks
  have work to do);
- **names**: the surname of a person not linked to the record (no ``official:``) replaced by
  another, in the article and in the claim file alike.

The output is deterministic for a given N and seed.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SURNAMES = ("Aksoy", "Yıldırım", "Kaya", "Demir", "Çelik", "Şahin", "Arslan", "Doğan",
            "Carter", "Nguyen", "Okafor", "Lindqvist", "Moreau", "Rossi", "Tanaka", "Walsh")
PER_FOLDER = 500
YEARS = 8  # the corpus spans 2019-2026: shifts by multiples of 8 years never collide
SHIFTS = 5  # English sets move by 0, 16, ... 64 years, Turkish ones by 8, 24, ... 72
YEAR = re.compile(r"(?<![\d.,])(20(?:19|2[0-6]))(?![\d])")
DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})([.,])(\d{1,3})(?![\d])")


def templates() -> list[tuple[str, str, str, list[str]]]:
    """(stem, article text, claim text, replaceable surnames) for every corpus claim set."""
    out = []
    for claims in sorted((CORPUS / "claims").glob("*.yaml")):
        article = CORPUS / "articles" / f"{claims.stem}.txt"
        text = claims.read_text("utf-8")
        data = yaml.safe_load(text)
        surnames = [c["name"].split()[-1] for c in data.get("claims", [])
                    if c.get("kind") == "entity" and c.get("type") == "person"
                    and "official" not in c and len(c["name"].split()) > 1]
        out.append((claims.stem, article.read_text("utf-8"), text, surnames))
    return out


def vary(article: str, claims: str, surnames: list[str], rng: random.Random, *, odd: int = 0
         ) -> tuple[str, str]:
    # The figures depend only on the template and the year shift: two articles on one period
    # agree, as an archive mostly does (CS006 compares them), and articles on other periods
    # differ.
    shift = YEARS * (2 * rng.randrange(SHIFTS) + odd)
    step = 1 + (shift * 7) % 9

    def year(m: re.Match[str]) -> str:
        return str(int(m.group(1)) + shift)

    def decimal(m: re.Match[str]) -> str:
        digits = m.group(3)
        last = (int(digits[-1]) + step) % 10
        return f"{m.group(1)}{m.group(2)}{digits[:-1]}{last}"

    def body(text: str) -> str:
        return DECIMAL.sub(decimal, YEAR.sub(year, text))

    # In the claim file only values change, never ids, keys or the article path.
    claims = "\n".join(
        line if re.match(r"\s*(?:-\s*)?(?:id|file|of|subject|source|claim):", line)
        else body(line) for line in claims.split("\n"))
    article = body(article)
    for old in surnames:
        new = rng.choice(SURNAMES)
        pattern = re.compile(rf"\b{re.escape(old)}\b")
        article, claims = pattern.sub(new, article), pattern.sub(new, claims)
    return article, claims


def generate(dest: Path, n: int, seed: int = 12) -> list[Path]:
    """Write a desk of ``n`` articles into ``dest``; return the article paths."""
    rng = random.Random(seed)
    sets = templates()
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "pyproject.toml").write_text(
        '[tool.claimsuite]\narticles = ["seeds"]\nclaims = "claims"\n'
        'registries = "claims/registries"\nlocal-checks = ""\n', "utf-8")
    record = dest / "claims" / "registries"
    record.mkdir(parents=True, exist_ok=True)
    for file in (CORPUS / "record").glob("*.yaml"):
        shutil.copy(file, record)
    written = []
    for i in range(n):
        stem, article, claims, surnames = sets[i % len(sets)]
        article, claims = vary(article, claims, surnames, rng, odd=int(stem.startswith("tr-")))
        sub = f"{i // PER_FOLDER:04d}"
        name = f"{stem}-{i:05d}"
        (dest / "seeds" / sub).mkdir(parents=True, exist_ok=True)
        (dest / "claims" / sub).mkdir(parents=True, exist_ok=True)
        path = dest / "seeds" / sub / f"{name}.txt"
        path.write_text(article, "utf-8")
        claims = re.sub(r"(?m)^  file: .*$", f"  file: seeds/{sub}/{name}.txt", claims)
        (dest / "claims" / sub / f"{name}.yaml").write_text(claims, "utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    paths = generate(args.dest, args.n, args.seed)
    print(f"{len(paths)} articles in {args.dest}")


if __name__ == "__main__":
    main()
