"""The archive reduce (CS006) gives the same disagreements as comparing every pair of facts,
while comparing each pair of distinct values once (counted, not timed)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from claimsuite import archive
from claimsuite.archive import Disagreement, Fact


def every_pair(per_article: list[list[Fact]]) -> list[Disagreement]:
    """The reduce as first written: every fact against every fact of its key."""
    by_key: dict[tuple[str, ...], list[Fact]] = {}
    for facts in per_article:
        for fact in facts:
            by_key.setdefault(fact.key, []).append(fact)
    out = []
    for group in by_key.values():
        if len({f.claims_file for f in group}) < 2:
            continue
        for a in group:
            seen: set[str] = set()
            for b in group:
                if b.claims_file == a.claims_file or b.claims_file in seen:
                    continue
                if not archive._agree(a, b):
                    seen.add(b.claims_file)
                    out.append(Disagreement(a, b))
    return sorted(out, key=lambda d: (d.first.claims_file, d.first, d.second))


def random_archive(rng: random.Random, articles: int) -> list[list[Fact]]:
    values = [("12.5", "%", "0.05"), ("12.6", "%", "0.05"), ("12", "%", "0.5"),
              ("1.7", "billion USD", "0.05"), ("1700", "million USD", "0.5"),
              ("1.8", "billion USD", "0.05"), (None, "ticaret bakanı", "0"),
              (None, "trade minister", "0")]
    out = []
    for i in range(articles):
        facts = []
        for line in range(rng.randrange(1, 5)):
            number, unit, precision = rng.choice(values)
            key = ("quantity", rng.choice("ab"), "türkiye", "2025")
            facts.append(Fact(key, f"{number} {unit}", f"claims/{i}.yaml", f"c{line}", "value",
                              line + 1, 5, None if number is None else Decimal(number), unit,
                              Decimal(precision)))
        out.append(facts)
    return out


@pytest.mark.parametrize("seed", range(12))
def test_same_disagreements_as_every_pair(seed: int) -> None:
    per_article = random_archive(random.Random(seed), 25)
    assert archive.disagreements(per_article) == every_pair(per_article)


def test_agreeing_copies_cost_the_group_not_its_square(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = archive._agree
    monkeypatch.setattr(archive, "_agree", lambda a, b: calls.append(1) or real(a, b))
    fact = Fact(("quantity", "m", "s", "2025"), "1 %", "", "c", "value", 1, 1,
                Decimal(1), "%", Decimal("0.5"))
    copies = [[Fact(**{**{f: getattr(fact, f) for f in fact.__slots__},
                       "claims_file": f"{i}.yaml"})] for i in range(2000)]
    assert archive.disagreements(copies) == []
    assert len(calls) == 1
