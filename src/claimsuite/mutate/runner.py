"""Run the checks on every mutant of an article and compare with the unmodified article.

A careless mutant is *caught* when its run has an error or warning the baseline run does
not have; a control is a *false alarm* when it has any.

Findings are compared by identity — code, claims, claim fields and suggested correction —
counted as a multiset. Never by place (a reflowed article moves every finding, and a finding
that only moved is not new) and never by message: a message quotes the article, so
rewriting "3 percent" as "3%" would read as a new finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimsuite import engine
from claimsuite.checks.base import Check, Context, Finding, Severity
from claimsuite.checks.registry import Registry, build_registry
from claimsuite.errors import UsageError
from claimsuite.mutate.base import Family, Mutant, Source
from claimsuite.mutate.families import FAMILIES
from claimsuite.text.article import Article

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


FindingKey = tuple[str, tuple[str, ...], tuple[str, ...], str]


def finding_key(finding: Finding) -> FindingKey:
    """What makes two findings the same finding, wherever they are and however worded."""
    return finding.code, finding.claims, finding.fields, finding.suggestion or ""


def new_findings(baseline: Iterable[Finding], found: Iterable[Finding]) -> tuple[Finding, ...]:
    """Errors and warnings of ``found`` beyond those of ``baseline``, compared as multisets
    of :func:`finding_key`: a second uncovered figure is new even when one already was."""
    left = Counter(finding_key(f) for f in baseline if f.severity in _FLAGGED)
    new = []
    for finding in found:
        if finding.severity not in _FLAGGED:
            continue
        key = finding_key(finding)
        if left[key] > 0:
            left[key] -= 1
        else:
            new.append(finding)
    return tuple(new)


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
    registry: Registry | None = None,
    *,
    families: Sequence[Family] = FAMILIES,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> MutationReport:
    """Check the article and each of its mutants with the same checks, claims and records."""
    # Built once: importing the checks is the slow part of a run.
    checks = engine.selected(registry or build_registry(None), tuple(select), tuple(ignore))
    article = inputs.article
    baseline = _run(inputs, article, checks)
    outcomes = []
    for fam, mutant in mutants(Source(article, inputs.claims), families):
        text = mutant.apply(article.text)
        edited = Article.from_text(text, article.language, path=article.path)
        found = _run(inputs, edited, checks)
        new = new_findings(baseline, found)
        outcomes.append(Outcome(fam, mutant, new))
    return MutationReport(article, inputs.claims.path, tuple(families), tuple(baseline),
                          tuple(outcomes))


def _run(inputs: engine.Inputs, article: Article, checks: list[Check]) -> list[Finding]:
    ctx = Context(article, inputs.claims, inputs.registries, vocabulary=inputs.vocabulary)
    return engine.run_checks(ctx, checks)
