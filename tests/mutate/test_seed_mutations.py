"""The seed's claim set catches every careless edit and raises no false alarm.

The mutation run on the seed is slow (every mutant runs every check), so it runs once for
the module and each family is asserted on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimsuite import engine
from claimsuite.checks.registry import build_registry
from claimsuite.config import find_project
from claimsuite.mutate import CARELESS, CONTROLS, MutationReport, run_mutations
from claimsuite.reports.mutations import describe, to_markdown

ROOT = Path(__file__).resolve().parents[2]

# Families still slipping on the seed, and why; empty since every family is covered.
UNCOVERED: dict[str, str] = {}


@pytest.fixture(scope="module")
def report() -> MutationReport:
    project = find_project(ROOT)
    inputs = engine.load_inputs(
        ROOT / "seeds/tr-us-defense-2025.txt",
        ROOT / "claims/tr-us-defense-2025.yaml",
        project.registries,
    )
    return run_mutations(inputs, build_registry(project.local_checks))


def _mark(name: str) -> list[pytest.MarkDecorator]:
    reason = UNCOVERED.get(name)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(
    "name", [pytest.param(f.name, marks=_mark(f.name)) for f in CARELESS]
)
def test_every_careless_edit_is_caught(report: MutationReport, name: str) -> None:
    (family,) = [f for f in report.families if f.name == name]
    outcomes = report.of(family)
    assert outcomes, f"{name} found nothing to edit in the seed"
    assert [describe(report, o) for o in outcomes if not o.flagged] == []


@pytest.mark.parametrize(
    "name", [pytest.param(f.name, marks=_mark(f.name)) for f in CONTROLS]
)
def test_no_control_raises_a_false_alarm(report: MutationReport, name: str) -> None:
    (family,) = [f for f in report.families if f.name == name]
    outcomes = report.of(family)
    assert outcomes, f"{name} found nothing to edit in the seed"
    assert [describe(report, o) for o in outcomes if o.flagged] == []


def test_committed_mutation_report_is_current(
    report: MutationReport, update_goldens: bool
) -> None:
    golden = ROOT / "reports" / "tr-us-defense-2025.mutations.md"
    # The fixture loads by absolute path; the CLI, run from the root, shows relative ones.
    text = to_markdown(report).replace(f"{ROOT}/", "")
    if update_goldens:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), (
        "reports/tr-us-defense-2025.mutations.md is stale: run `claimsuite mutate "
        "seeds/tr-us-defense-2025.txt -o reports/tr-us-defense-2025.mutations.md`"
    )
