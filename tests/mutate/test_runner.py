"""The runner's comparison with the baseline, the report formats and the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite import engine
from claimsuite.checks.base import Finding, Severity
from claimsuite.cli import main
from claimsuite.errors import UsageError
from claimsuite.mutate import pick_families, run_mutations
from claimsuite.mutate.render import to_json, to_markdown
from claimsuite.mutate.runner import finding_key

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


def test_positions_in_messages_do_not_make_a_finding_new() -> None:
    a = Finding("CS402", Severity.ERROR, "says 40%; now 41% (1:30), also line 3", claims=("x",))
    b = Finding("CS402", Severity.ERROR, "says 40%; now 41% (2:7), also line 5", claims=("x",))
    c = Finding("CS402", Severity.ERROR, "says 40%; now 42% (2:7), also line 5", claims=("x",))
    assert finding_key(a) == finding_key(b)
    assert finding_key(a) != finding_key(c)


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
