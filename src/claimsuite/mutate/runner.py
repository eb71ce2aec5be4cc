"""Run the checks on every mutant of an article and compare with the unmodified article.

A careless mutant is *caught* when its run has an error or warning the baseline run does
not have; a control is a *false alarm* when it has any. Findings are compared on code,
claims and message, with line:col references in messages blanked out: a reflowed article
moves every finding, and a finding that only moved is not new.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimsuite import engine
from claimsuite.checks.base import Check, Context, Finding, Severity
from claimsuite.checks.registry import build_registry
from claimsuite.errors import UsageError
from claimsuite.mutate.base import Family, Mutant, Source
from claimsuite.mutate.families import FAMILIES
from claimsuite.text.article import Article

_POSITION = re.compile(r"\b\d+:\d+\b|\blines? \d+(?:(?:, | and )\d+)*")
_FLAGGED = (Severity.ERROR, Severity.WARNING)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One mutant and the errors and warnings its run has that the baseline does not."""

    family: Family
    mutant: Mutant
    new: tuple[Finding, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.new)

    @property
    def slipped(self) -> bool:
        """A careless edit nothing caught, or a harmless one something flagged."""
        return self.flagged != self.family.careless


@dataclass(frozen=True)
class MutationReport:
    article: Article
    claims_file: str
    families: tuple[Family, ...]
    baseline: tuple[Finding, ...]
    outcomes: tuple[Outcome, ...]

    def of(self, family: Family) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.family.name == family.name)

    @property
    def failed(self) -> bool:
        return any(o.slipped for o in self.outcomes)


def finding_key(finding: Finding) -> tuple[str, tuple[str, ...], str]:
    return finding.code, finding.claims, _POSITION.sub("L:C", finding.message)


def pick_families(names: Iterable[str]) -> tuple[Family, ...]:
    wanted = tuple(names)
    known = {f.name for f in FAMILIES}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        msg = f"unknown mutation family '{unknown[0]}'; known: {', '.join(sorted(known))}"
        raise UsageError(msg)
    return tuple(f for f in FAMILIES if not wanted or f.name in wanted)


def mutants(source: Source, families: Sequence[Family]) -> list[tuple[Family, Mutant]]:
    """Every mutant of every family, in family order and then text order."""
    return [(fam, m) for fam in families for m in fam.generate(source)]


def run_mutations(
    inputs: engine.Inputs,
    *,
    local_checks: Path | None = None,
    families: Sequence[Family] = FAMILIES,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> MutationReport:
    """Check the article and each of its mutants with the same checks, claims and records."""
    # Built once: importing the checks is the slow part of ``engine.check``.
    checks = engine.selected(build_registry(local_checks), tuple(select), tuple(ignore))
    article = inputs.article
    baseline = _run(inputs, article, checks)
    seen = {finding_key(f) for f in baseline if f.severity in _FLAGGED}
    outcomes = []
    for fam, mutant in mutants(Source(article, inputs.claims), families):
        text = mutant.apply(article.text)
        edited = Article.from_text(text, article.language, path=article.path)
        found = _run(inputs, edited, checks)
        new = tuple(f for f in found if f.severity in _FLAGGED and finding_key(f) not in seen)
        outcomes.append(Outcome(fam, mutant, new))
    return MutationReport(article, inputs.claims.path, tuple(families), tuple(baseline),
                          tuple(outcomes))


def _run(inputs: engine.Inputs, article: Article, checks: list[Check]) -> list[Finding]:
    return engine.run_checks(Context(article, inputs.claims, inputs.registries), checks)
