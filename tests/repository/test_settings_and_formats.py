"""Settings in [tool.claimsuite], refused codes and keys, and the new output formats."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest
import yaml
from tests.repository.conftest import ROOT, cli

from claimsuite.findings import Finding, Location, Severity
from claimsuite.reports.base import Report
from claimsuite.reports.claimreview import ClaimReviewRenderer

SEED = "seeds/tr-us-defense-2025.txt"


def settings(text: str) -> None:
    Path("pyproject.toml").write_text(
        '[tool.claimsuite]\nregistries = "claims/registries"\nlocal-checks = ""\n' + text, "utf-8")


def test_show_settings_prints_what_the_run_would_use(desk: Path) -> None:
    settings('articles = ["seeds"]\nfail-on = "warning"\nselect = ["CS3"]\n'
             'per-path-ignores = {"seeds/2025/*" = ["CS6"]}\nfiscal-year-start = 10\njobs = 3\n')
    out = cli("check", "--show-settings", "--fail-on", "info").stdout
    assert 'fail-on = "info"' in out  # the command line wins
    assert 'select = ["CS3"]' in out
    assert 'per-path-ignores = ["seeds/2025/* = ["CS6"]"]' in out
    assert "fiscal-year-start = 10" in out
    assert "jobs = 3" in out


def test_settings_decide_the_run(desk: Path) -> None:
    settings('fail-on = "never"\nselect = ["CS006", "CS60"]\nformat = "concise"\n'
             'per-path-ignores = {"seeds/2025/*" = ["CS006", "CS60"]}\n')
    result = cli("check", "-j", "1")
    assert result.exit_code == 0  # fail-on never
    findings = [line for line in result.stdout.splitlines() if ": errors:" not in line]
    codes = {line.split(" ")[1] for line in findings}
    assert "CS006" in codes
    assert all(code == "CS006" or code.startswith("CS60") for code in codes)
    # seeds/2025/* ignores them: no finding there, not even the archive one.
    assert not [line for line in findings if "/2025/" in line.split(":")[0]]
    assert any(line.startswith("claims/tr-enflasyon-ekim-2025.yaml") for line in findings)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--select", "CSS301"), "unknown check code 'CSS301': it selects no check — "
                                 "did you mean CS301?"),
        (("--ignore", "CS9"), "unknown check code 'CS9'"),
    ],
)
def test_unknown_codes_are_refused(desk: Path, args: tuple[str, ...], message: str) -> None:
    result = cli("check", SEED, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_unknown_keys_and_bad_values_are_refused(desk: Path) -> None:
    settings('fail_on = "error"\n')
    result = cli("check", SEED)
    assert result.exit_code == 2
    assert "unknown key 'fail_on' in [tool.claimsuite] — did you mean 'fail-on'?" in result.stderr
    settings('fiscal-year-start = 13\n')
    result = cli("check", SEED)
    assert result.exit_code == 2
    assert "fiscal-year-start is a number 13, not a month number from 1 to 12" in result.stderr
    settings('select = ["CSS301"]\n')
    assert "did you mean CS301?" in cli("check", SEED).stderr


def test_without_a_record_the_record_column_says_not_checked(desk: Path) -> None:
    settings("")
    Path("claims/registries/officials.yaml").unlink()
    Path("claims/registries/statistics.yaml").unlink()
    md = cli("check", "seeds/tr-enflasyon-ekim-2025.txt").stdout
    assert "No record was loaded" in md
    assert "| not checked |" in md
    rows = [r for r in md.split("</details>")[0].splitlines() if r.startswith("| `")]
    assert rows
    assert {r.split(" | ")[7] for r in rows} == {"not checked"}  # the record column
    document = json.loads(cli("check", "seeds/tr-enflasyon-ekim-2025.txt", "--format",
                              "json").stdout)
    assert {c["status"]["record"] for c in document["claims"]} == {"not checked"}


def test_sarif_of_a_repository_run_is_valid_and_carries_new_and_accepted(desk: Path) -> None:
    cli("check", "--format", "json", "-j", "1", "-o", "base.json")
    result = cli("check", "--format", "sarif", "--baseline", "base.json", "-j", "1")
    document = json.loads(result.stdout)
    schema = json.loads((ROOT / "tests/reports/schemas/sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(document, schema)
    [run] = document["runs"]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == sorted(rules)
    assert "CS006" in rules
    for result_ in run["results"]:
        assert rules[result_["ruleIndex"]] == result_["ruleId"]
        assert result_["baselineState"] == "unchanged"
    assert sum(1 for r in run["results"] if r.get("suppressions")) == 1


def test_jsonl_is_one_line_per_article(desk: Path) -> None:
    lines = cli("check", "--format", "jsonl", "-j", "1").stdout.splitlines()
    assert [json.loads(line)["article"] for line in lines] == [
        "seeds/2025/enflasyon-ozet.txt", "seeds/en-spain-tourism-september-2025.txt",
        "seeds/tr-enflasyon-ekim-2025.txt", "seeds/tr-us-defense-2025.txt"]


def test_claimreview_is_schema_org_json_ld(desk: Path) -> None:
    reviews = json.loads(cli("check", "--format", "claimreview", "-j", "1").stdout)
    by_id = {r["identifier"]: r for r in reviews}
    review = by_id["seeds/2025/enflasyon-ozet.txt#eylul-yillik"]
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "Contradicted"
    assert review["itemReviewed"]["appearance"]["url"] == "seeds/2025/enflasyon-ozet.txt"
    # The accepted CS301 gives its claim no "contradicted" rating.
    assert "seeds/tr-us-defense-2025.txt#exports-2023-q1-growth" not in by_id


def test_explain_and_checks_json(desk: Path) -> None:
    page = cli("explain", "cs301").stdout
    assert page.startswith("# CS301 record-value-differs")
    wrong = cli("explain", "CS31")
    assert wrong.exit_code == 2
    assert "did you mean" in wrong.stderr
    rows = json.loads(cli("checks", "--format", "json").stdout)
    assert {"code": "CS006", "name": "archive-disagrees"}.items() <= next(
        r for r in rows if r["code"] == "CS006").items()


def test_pre_commit_hooks_file_names_real_commands() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert {h["id"] for h in hooks} >= {"claimsuite"}
    for hook in hooks:
        assert hook["entry"].split()[0] == "claimsuite"
        assert hook["language"] == "python"


def test_claimreview_builds_on_a_verdict_when_the_report_has_one() -> None:
    rows = tuple(SimpleNamespace(id=i, verdict=v) for i, v in [
        ("a", "consistent"), ("b", "not enough information"), ("c", "consistent"),
        ("d", "contradicted")])
    warning = Finding("CS999", Severity.WARNING, "hm", Location("x.txt", 1, 1), claims=("c",))
    report = Report("x.txt", "x.yaml", {}, (warning,), (), rows)  # type: ignore[arg-type]
    reviews = json.loads(ClaimReviewRenderer().render(report))
    ratings = {r["identifier"]: r["reviewRating"]["alternateName"] for r in reviews}
    assert ratings == {"x.txt#a": "Consistent", "x.txt#d": "Contradicted"}
