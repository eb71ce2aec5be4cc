"""Only what is new (--baseline, --new-since, --fail-on-new) and accepted findings."""

from __future__ import annotations

import json
from pathlib import Path

from tests.repository.conftest import cli

SEED = "seeds/tr-us-defense-2025.txt"
SEED_CLAIMS = Path("claims/tr-us-defense-2025.yaml")


def test_an_accepted_finding_is_shown_with_its_reason_and_never_fails(desk: Path) -> None:
    result = cli("check", SEED)
    assert result.exit_code == 0, result.stderr  # the CS301 error is accepted
    report = result.stdout
    accepted = report.split("## Accepted", 1)[1]
    assert "CS301 record-value-differs" in accepted
    assert "accepted: the minister's figure as he said it" in accepted
    assert "| Errors | 0 |" in report  # not counted as an open error...
    assert "| Accepted | 1 |" in report  # ...but counted and shown
    as_json = json.loads(cli("check", SEED, "--format", "json").stdout)
    [cs301] = [f for f in as_json["findings"] if f["code"] == "CS301"]
    assert cs301["accepted"].startswith("the minister's figure")
    sarif = json.loads(cli("check", SEED, "--format", "sarif").stdout)
    [result_301] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "CS301"]
    assert result_301["suppressions"][0]["justification"].startswith("the minister's")


def test_an_acceptance_that_matches_nothing_is_reported(desk: Path) -> None:
    SEED_CLAIMS.write_text(SEED_CLAIMS.read_text("utf-8").replace(
        "claim: exports-2023-q1-growth", "claim: exports-2025-q1-growth"), "utf-8")
    result = cli("check", SEED, "--format", "concise")
    assert result.exit_code == 1  # the CS301 error is open again
    assert ("CS005 acceptance of CS301 for claim exports-2025-q1-growth matches no finding; "
            "remove it") in result.stdout
    # Selected away, the acceptance cannot be judged: no CS005.
    quiet = cli("check", SEED, "--format", "concise", "--select", "CS2")
    assert "CS005" not in quiet.stdout


def test_a_reason_is_required(desk: Path) -> None:
    SEED_CLAIMS.write_text(SEED_CLAIMS.read_text("utf-8").replace(
        "    reason: the minister's figure as he said it; the correction runs as a separate note\n",
        ""), "utf-8")
    result = cli("check", SEED)
    assert result.exit_code == 2
    assert "reason" in result.stderr


def test_the_configuration_accepts_by_path(desk: Path) -> None:
    SEED_CLAIMS.write_text(SEED_CLAIMS.read_text("utf-8").split("\naccept:")[0] + "\n", "utf-8")
    with Path("pyproject.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[tool.claimsuite.accept]]\npath = "seeds/tr-us-*.txt"\ncode = "CS301"\n'
                   'claim = "exports-2023-q1-growth"\nreason = "kept as quoted"\n'
                   '\n[[tool.claimsuite.accept]]\npath = "seeds/*.txt"\ncode = "CS102"\n'
                   'claim = "nothing-like-this"\nreason = "stale"\n')
    result = cli("check", "--format", "concise", "-j", "1", "--ignore", "CS006")
    assert result.exit_code == 0, result.stdout
    assert "CS301" in result.stdout
    assert "[accepted: kept as quoted]" in result.stdout
    assert ("pyproject.toml:1:1: CS005 acceptance of CS102 for claim nothing-like-this matches "
            "no finding; remove it") in result.stdout


def test_baseline_marks_new_and_standing_and_fail_on_new(desk: Path) -> None:
    base = cli("check", "--format", "jsonl", "-j", "1", "-o", "base.jsonl")
    assert base.exit_code == 1  # the archive disagreement
    assert len(Path("base.jsonl").read_text("utf-8").splitlines()) == 4
    # A careless edit: the seed's 72% becomes 27% in the article.
    article = Path(SEED)
    article.write_text(article.read_text("utf-8").replace("%72", "%27"), "utf-8")
    run = cli("check", "--baseline", "base.jsonl", "--fail-on-new", "--format", "md", "-j", "1")
    assert run.exit_code == 1
    new = run.stdout.split("## New in this change", 1)[1].split("| article |")[0]
    assert "`seeds/tr-us-defense-2025.txt`: **Error** · **[CS402" in new
    assert "CS006" not in new  # the archive disagreement is standing
    assert "seeds/tr-us-defense-2025.txt: " in run.stderr
    assert " new" in run.stderr
    # Without the edit, only standing findings: green with --fail-on-new, red without it.
    article.write_text(article.read_text("utf-8").replace("%27", "%72"), "utf-8")
    assert cli("check", "--baseline", "base.jsonl", "--fail-on-new", "-j", "1").exit_code == 0
    assert cli("check", "--baseline", "base.jsonl", "-j", "1").exit_code == 1


def test_a_json_baseline_of_one_article(desk: Path) -> None:
    Path("base.json").write_text(cli("check", SEED, "--format", "json").stdout, "utf-8")
    run = cli("check", SEED, "--baseline", "base.json", "--format", "json")
    marks = {f.get("baseline") for f in json.loads(run.stdout)["findings"]}
    assert marks == {"standing"}
    Path("bad.json").write_text("{]", "utf-8")
    bad = cli("check", SEED, "--baseline", "bad.json")
    assert bad.exit_code == 2
    assert "bad.json" in bad.stderr


def test_one_article_keeps_its_acceptances_beside_an_unused_configuration_one(desk: Path) -> None:
    with Path("pyproject.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[tool.claimsuite.accept]]\npath = "seeds/*"\ncode = "CS102"\n'
                   'claim = "nothing-like-this"\nreason = "stale"\n')
    Path("base.json").write_text(cli("check", SEED, "--format", "json").stdout, "utf-8")
    result = cli("check", SEED, "--format", "json", "--baseline", "base.json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)  # one article: one report, not a repository
    by_code = {f["code"]: f for f in document["findings"]}
    assert by_code["CS301"]["accepted"].startswith("the minister's figure")
    assert by_code["CS005"]["claim_file"]["path"] == "pyproject.toml"
    assert "accepted" not in by_code["CS005"]
    assert {f["baseline"] for f in document["findings"]} == {"standing"}


def test_the_line_formats_show_accepted_and_new(desk: Path) -> None:
    full = cli("check", SEED, "--format", "full").stdout
    assert "   = accepted: the minister's figure as he said it" in full
    Path("base.json").write_text(cli("check", SEED, "--format", "json").stdout, "utf-8")
    concise = cli("check", SEED, "--format", "concise", "--baseline", "base.json").stdout
    assert "[standing]" in concise
    assert "[new]" not in concise


def test_rdjson_shows_an_accepted_finding_as_information(desk: Path) -> None:
    document = json.loads(cli("check", SEED, "--format", "rdjson").stdout)
    [cs301] = [d for d in document["diagnostics"] if d["code"]["value"] == "CS301"]
    assert cs301["severity"] == "INFO"
    assert cs301["message"].startswith("accepted: ")
