"""The runner's comparison with the baseline, the report formats and the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite import engine
from claimsuite.checks.base import Finding, Location, Severity
from claimsuite.cli import main
from claimsuite.errors import UsageError
from claimsuite.mutate import pick_families, run_mutations
from claimsuite.mutate.runner import finding_key, new_findings
from claimsuite.reports.mutations import to_json, to_markdown

ARTICLE = "Bakanlık, ihracatın 2024'te %40 arttığını açıkladı.\n"
CLAIMS = """\
article:
  language: tr
  published: 2024-12-31
claims:
  - id: turkiye
    kind: entity
    type: country
    name: Türkiye
  - id: exports-2024
    kind: change
    metric: defence-exports
    subject: turkiye
    period: 2024
    rate: 40%
    quote: "ihracatın 2024'te %40 arttığını"
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path


def _inputs(project: Path) -> engine.Inputs:
    return engine.load_inputs(project / "article.txt", project / "claims.yaml", None)


def test_place_and_wording_do_not_make_a_finding_new() -> None:
    here = Location("a.txt", 1, 30)
    a = Finding("CS402", Severity.ERROR, "says 3 percent", here, claims=("x",), fields=("rate",))
    moved = Finding("CS402", Severity.ERROR, "says 3%", Location("a.txt", 2, 7), claims=("x",),
                    fields=("rate",))
    other_field = Finding("CS402", Severity.ERROR, "says 3%", here, claims=("x",),
                          fields=("period",))
    other_claim = Finding("CS402", Severity.ERROR, "says 3%", here, claims=("y",),
                          fields=("rate",))
    assert finding_key(a) == finding_key(moved)
    assert finding_key(a) != finding_key(other_field)
    assert finding_key(a) != finding_key(other_claim)


def test_new_findings_are_counted_as_a_multiset() -> None:
    uncovered = Finding("CS403", Severity.WARNING, "figure 5 is not covered", Location("a", 1, 1))
    second = Finding("CS403", Severity.WARNING, "figure 6 is not covered", Location("a", 2, 1))
    question = Finding("CS601", Severity.INFO, "hedged?", Location("a", 2, 1))
    assert new_findings([uncovered], [uncovered]) == ()
    assert new_findings([uncovered], [second, uncovered]) == (uncovered,)
    assert new_findings([], [question]) == ()


def test_unknown_family_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown mutation family 'typo'"):
        pick_families(["typo"])


def test_a_changed_figure_is_caught_and_a_control_stays_quiet(project: Path) -> None:
    report = run_mutations(_inputs(project), families=pick_families(["digit", "nfd"]),
                           select=["CS4"])
    (digit,) = [o for o in report.outcomes if o.family.name == "digit"]
    assert digit.flagged
    assert not digit.slipped
    assert {f.code for f in digit.new} == {"CS402"}
    (nfd,) = [o for o in report.outcomes if o.family.name == "nfd"]
    assert not nfd.flagged
    assert not nfd.slipped
    assert not report.failed
    data = json.loads(to_json(report))
    assert [(f["family"], f["mutants"], f.get("caught"), f.get("false_alarms"))
            for f in data["families"]] == [("digit", 1, 1, None), ("nfd", 1, None, 0)]
    assert "| `digit` | careless | 1/1 caught | ok |" in to_markdown(report).splitlines()


def test_a_careless_edit_nothing_checks_slips_through(project: Path) -> None:
    # With only CS1xx checks selected, a changed figure goes unnoticed.
    report = run_mutations(_inputs(project), families=pick_families(["digit"]),
                           select=["CS101"])
    assert report.failed
    lines = to_markdown(report).splitlines()
    assert "| `digit` | careless | 0/1 caught | **FAIL** |" in lines
    assert "- `digit` at 1:31: `0` → `1` — no new error or warning" in lines


def test_command_exit_codes_and_output_file(project: Path) -> None:
    runner = CliRunner()
    article, claims = str(project / "article.txt"), str(project / "claims.yaml")
    ok = runner.invoke(main, ["mutate", article, "--claims", claims, "--family", "digit",
                              "--select", "CS4", "--no-local-checks"])
    assert ok.exit_code == 0, ok.output
    out = project / "report.json"
    failed = runner.invoke(main, ["mutate", article, "--claims", claims, "--family", "digit",
                                  "--select", "CS101", "--no-local-checks", "--format", "json",
                                  "--output", str(out)])
    assert failed.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["ok"] is False
    bad = runner.invoke(main, ["mutate", article, "--claims", claims, "--family", "typo"])
    assert bad.exit_code == 2
    missing = runner.invoke(main, ["mutate", str(project / "nope.txt"), "--claims", claims])
    assert missing.exit_code == 2


def test_a_format_a_mutation_report_cannot_take_is_a_usage_error(project: Path) -> None:
    article, claims = str(project / "article.txt"), str(project / "claims.yaml")
    result = CliRunner().invoke(main, ["mutate", article, "--claims", claims, "--format", "sarif"])
    assert result.exit_code == 2
    assert "a mutation report is md or json" in result.output
