"""The README's promise, on a temporary git repository of four articles: a careless new
edit turns the build red with the finding annotated on the changed line, while the standing
accepted finding (and a standing archive disagreement) stay visible and the build green.

The workflow file in docs/ci is parsed with PyYAML; every run step passes ``bash -n`` and is
executed line by line as the runner would (BASE set to the base branch, variables expanded,
the working directory the repository): ``claimsuite ...`` through click's CliRunner, in
process, and ``cat FILE >> "$GITHUB_STEP_SUMMARY"`` as an append. Any other command in the
workflow fails the test until it is taught here."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
import yaml
from tests.repository.conftest import ROOT, build_desk, cli

WORKFLOW = ROOT / "docs" / "ci" / "claimsuite.yml"


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def steps() -> list[dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert workflow[True]["pull_request"]["paths"]  # PyYAML reads the key 'on' as True
    [job] = workflow["jobs"].values()
    assert job["env"]["BASE"] == "origin/${{ github.base_ref }}"
    return job["steps"]


@dataclass
class Step:
    returncode: int
    stdout: str
    stderr: str


def run_steps(folder: Path, monkeypatch: pytest.MonkeyPatch, skip: tuple[str, ...] = ()
              ) -> dict[str, Step]:
    """Every claimsuite step of the workflow (but ``skip``), in order, as the runner runs
    it (``bash -e``: the first failing line ends the step)."""
    summary = folder / "summary.md"
    summary.write_text("", "utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("BASE", "main")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = {}
    for step in steps():
        command = step.get("run")
        if command is None or command.startswith("pip install") or step["name"] in skip:
            continue  # uses: steps are the runner's; claimsuite is installed here already
        subprocess.run(["bash", "-n", "-c", command], check=True)  # the runner's shell parses it
        result = Step(0, "", "")
        for line in command.strip().splitlines():
            argv = [os.path.expandvars(word) for word in shlex.split(line)]
            if argv[0] == "claimsuite":
                ran = cli(*argv[1:])
                result = Step(ran.exit_code, result.stdout + ran.stdout,
                              result.stderr + ran.stderr)
            elif argv[0] == "cat" and argv[2:3] == [">>"]:
                with Path(argv[3]).open("a", encoding="utf-8") as target:
                    target.write(Path(argv[1]).read_text("utf-8"))
            else:
                pytest.fail(f"the workflow runs {line!r}: teach run_steps what it does")
            if result.returncode != 0:
                break
        out[step["name"]] = result
    return out


def test_the_workflow_turns_red_only_for_a_careless_new_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = build_desk(tmp_path / "desk")
    with (desk / "pyproject.toml").open("a", encoding="utf-8") as toml:
        toml.write("jobs = 1\n")  # four small articles: no process pool in a test
    git(desk, "init", "-q", "-b", "main")
    git(desk, "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "add", ".")
    git(desk, "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "commit", "-qm", "base")
    git(desk, "checkout", "-q", "-b", "change")
    article = desk / "seeds" / "tr-enflasyon-ekim-2025.txt"
    original = article.read_text("utf-8")
    article.write_text(original.replace("yüzde 2,55 yükseldi", "yüzde 2,65 yükseldi"), "utf-8")

    red = run_steps(desk, monkeypatch)
    check = red["Check the articles (annotations on the changed lines)"]
    assert check.returncode == 1, check.stderr
    annotations = check.stdout.splitlines()
    # The new finding, on the changed line, as an error annotation.
    assert ("::error file=seeds/tr-enflasyon-ekim-2025.txt,line=3,col=173,endLine=3,"
            "endColumn=183,title=CS402 claim-changed::claim cpi-2025-10-monthly says 2.55%25 "
            "(rate); the article now says yüzde 2,65") in annotations
    # The accepted finding stays visible, as a notice with its reason.
    assert any(line.startswith("::notice file=seeds/tr-us-defense-2025.txt,line=11,col=338")
               and "accepted: " in line and "the minister's figure" in line
               for line in annotations)
    # The archive disagreement between two articles is there, standing.
    assert any("title=CS006 archive-disagrees::standing: claim cpi-2025-09-annual gives 33.29%25"
               in line for line in annotations)
    assert "1 new" in check.stderr
    assert check.stderr.splitlines()[-1].endswith("; fails (fail-on error, new findings only)")

    assert red["SARIF for code scanning"].returncode == 0
    sarif = json.loads((desk / "claimsuite.sarif").read_text("utf-8"))
    schema = json.loads((ROOT / "tests/reports/schemas/sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(sarif, schema)
    new = [r for r in sarif["runs"][0]["results"] if r["baselineState"] == "new"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in new] == [("CS402", 3)]

    summary = (desk / "summary.md").read_text("utf-8")
    assert summary.startswith("# claimsuite: 4 articles\n\n## New in this change\n")
    new_part = summary.split("## New in this change", 1)[1].split("| article |", 1)[0]
    assert "`seeds/tr-enflasyon-ekim-2025.txt`: **Error** · **[CS402 claim-changed]" in new_part
    assert "CS006" not in new_part
    assert "CS301" not in new_part
    assert "accepted: the minister's figure as he said it" in summary

    # The editor fixes the figure: green again, the accepted finding still in the summary.
    article.write_text(original, "utf-8")
    green = run_steps(desk, monkeypatch, skip=("SARIF for code scanning",))
    check = green["Check the articles (annotations on the changed lines)"]
    assert check.returncode == 0, check.stdout
    assert check.stderr.splitlines()[-1].endswith("; passes (fail-on error, new findings only)")
    summary = (desk / "summary.md").read_text("utf-8")
    assert "Nothing new: every finding was already there before this change." in summary
    assert "### Accepted" in summary
    assert "CS301 record-value-differs" in summary


def test_new_since_checks_the_base_version_of_a_changed_claim_file(tmp_path: Path,
                                                                  monkeypatch) -> None:
    """--new-since reads the base version with git show: a finding the change only moved
    (a claim file reformatted) stays standing."""
    desk = build_desk(tmp_path / "desk")
    git(desk, "init", "-q", "-b", "main")
    git(desk, "-c", "user.name=D", "-c", "user.email=d@example.org", "add", ".")
    git(desk, "-c", "user.name=D", "-c", "user.email=d@example.org", "commit", "-qm", "base")
    claims = desk / "claims" / "tr-us-defense-2025.yaml"
    claims.write_text("# moved everything down two lines\n\n" + claims.read_text("utf-8"),
                      "utf-8")
    monkeypatch.chdir(desk)
    result = cli("check", "--new-since", "main", "--fail-on-new", "-j", "1", "--format", "json")
    assert result.exit_code == 0, result.stderr
    marks = {f.get("baseline") for a in json.loads(result.stdout)["articles"]
             for f in a["findings"]}
    assert marks == {"standing"}
    bad = cli("check", "--new-since", "no-such-branch", "-j", "1")
    assert bad.exit_code == 2
    assert "not a git commit here" in bad.stderr


def test_the_readme_shows_the_workflow_it_tests() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Adopting claimsuite in CI", 1)[1].split("\n## ", 1)[0]
    for step in steps():
        command = step.get("run")
        if command and not command.startswith("pip install"):
            for line in command.strip().splitlines():
                assert line in section, line
    assert "docs/ci/claimsuite.yml" in section


def test_a_record_change_names_the_articles_whose_findings_changed(
    tmp_path: Path, monkeypatch
) -> None:
    """The record now agrees with the seed's 70%: with --new-since, the seed's CS301 is gone,
    its acceptance is left over (a new CS005), and the other articles are unchanged."""
    desk = build_desk(tmp_path / "desk")
    git(desk, "init", "-q", "-b", "main")
    git(desk, "-c", "user.name=D", "-c", "user.email=d@example.org", "add", ".")
    git(desk, "-c", "user.name=D", "-c", "user.email=d@example.org", "commit", "-qm", "base")
    stats = desk / "claims" / "registries" / "statistics.yaml"
    stats.write_text(stats.read_text("utf-8").replace("value: 15.1 percent", "value: 70 percent"),
                     "utf-8")
    monkeypatch.chdir(desk)
    result = cli("check", "--new-since", "main", "--format", "concise", "-j", "1")
    lines = result.stderr.splitlines()
    [seed] = [line for line in lines if line.startswith("seeds/tr-us-defense-2025.txt: ")]
    assert seed.endswith("(1 new, 1 gone)")
    assert "CS005 acceptance of CS301 for claim exports-2023-q1-growth matches no finding; " \
           "remove it [new]" in result.stdout
    others = [line for line in lines[:-1] if line != seed]
    assert all("(0 new)" in line for line in others), others
    assert "\r" not in result.stderr  # no progress display off a terminal
