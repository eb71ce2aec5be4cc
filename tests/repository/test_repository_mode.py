"""Repository mode: pairing by mirrored paths, repository findings, summaries, --jobs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.repository.conftest import cli

from claimsuite.commands.check import _progress


def test_no_path_checks_every_article_against_its_mirrored_claim_file(desk: Path) -> None:
    result = cli("check", "--format", "json", "-j", "1")
    assert result.exit_code == 1, result.stderr  # the archive disagreement is an error
    document = json.loads(result.stdout)
    pairs = [(a["article"], a["claims_file"]) for a in document["articles"]]
    assert pairs == [
        ("seeds/2025/enflasyon-ozet.txt", "claims/2025/enflasyon-ozet.yaml"),
        ("seeds/en-spain-tourism-september-2025.txt",
         "claims/en-spain-tourism-september-2025.yaml"),
        ("seeds/tr-enflasyon-ekim-2025.txt", "claims/tr-enflasyon-ekim-2025.yaml"),
        ("seeds/tr-us-defense-2025.txt", "claims/tr-us-defense-2025.yaml"),
    ]
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 5  # one per article, then the totals
    assert lines[0].startswith("seeds/2025/enflasyon-ozet.txt: 1 error")
    assert lines[-1].startswith("claimsuite: 4 articles: 2 errors,")
    assert lines[-1].endswith("; fails (fail-on error)")


def test_folders_globs_and_several_files_are_repository_mode(desk: Path) -> None:
    by_folder = cli("check", "seeds/2025", "--format", "concise", "-j", "1")
    assert "seeds/2025/enflasyon-ozet.txt: " in by_folder.stdout
    by_glob = cli("check", "seeds/tr-*.txt", "--format", "concise", "-j", "1")
    assert by_glob.stderr.count("\n") == 3  # two articles, totals
    two = cli("check", "seeds/tr-us-defense-2025.txt", "seeds/2025/enflasyon-ozet.txt",
              "--format", "json", "-j", "1")
    assert [a["article"] for a in json.loads(two.stdout)["articles"]] == [
        "seeds/tr-us-defense-2025.txt", "seeds/2025/enflasyon-ozet.txt"]


def test_an_article_without_claims_and_claims_without_article_are_findings(desk: Path) -> None:
    Path("seeds/2025/new.txt").write_text("Yeni bir haber.\n", "utf-8")
    Path("claims/2025/gone.yaml").write_text("article: {language: tr}\n", "utf-8")
    result = cli("check", "--format", "concise", "--select", "CS002,CS003", "-j", "1")
    assert result.exit_code == 1
    assert "seeds/2025/new.txt:1:1: CS002 no claim file: claims/2025/new.yaml" in result.stdout
    assert ("claims/2025/gone.yaml:1:1: CS003 no article for this claim file: "
            "seeds/2025/gone.txt") in result.stdout


def test_the_claim_files_file_field_must_name_its_article(desk: Path) -> None:
    claims = Path("claims/2025/enflasyon-ozet.yaml")
    claims.write_text(claims.read_text("utf-8").replace(
        "file: seeds/2025/enflasyon-ozet.txt", "file: seeds/enflasyon-ozet.txt"), "utf-8")
    result = cli("check", "seeds/2025", "--format", "concise", "-j", "1")
    assert ("claims/2025/enflasyon-ozet.yaml:4:9: CS004 the claim file is about "
            "seeds/enflasyon-ozet.txt but is paired with seeds/2025/enflasyon-ozet.txt"
            ) in result.stdout


def test_a_bad_claim_file_is_reported_and_the_others_still_run(desk: Path) -> None:
    Path("claims/2025/enflasyon-ozet.yaml").write_text("article: [\n", "utf-8")
    result = cli("check", "--format", "concise", "-j", "1")
    assert result.exit_code == 2
    assert "seeds/tr-us-defense-2025.txt: " in result.stdout
    assert result.stderr.strip().split("\n")[-1].startswith("claimsuite: claims/2025/")


def test_jobs_run_in_processes_with_the_same_output(desk: Path) -> None:
    # A narrow selection: the comparison is about order, not about checks that other work
    # may be changing while the suite runs.
    one = cli("check", "--format", "json", "-j", "1", "--select", "CS006,CS3")
    two = cli("check", "--format", "json", "-j", "2", "--select", "CS006,CS3")
    assert len(json.loads(one.stdout)["articles"]) == 4
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_report_writes_only_changed_reports(desk: Path) -> None:
    first = cli("report", "-j", "1")
    assert first.exit_code == 0, first.stderr
    assert "4 updated, 0 unchanged" in first.stderr
    written = Path("reports/2025/enflasyon-ozet.md")
    assert written.is_file()
    stamp = written.stat().st_mtime_ns
    again = cli("report", "-j", "1")
    assert "0 updated, 4 unchanged" in again.stderr
    assert written.stat().st_mtime_ns == stamp
    # The record changes: the articles whose findings changed are named.
    stats = Path("claims/registries/statistics.yaml")
    text = stats.read_text("utf-8")
    assert "value: 15.1 percent" in text
    stats.write_text(text.replace("value: 15.1 percent", "value: 70 percent"), "utf-8")
    check = cli("report", "--check", "-j", "1")
    assert check.exit_code == 1
    assert "out of date: reports/tr-us-defense-2025.md" in check.stderr
    assert "1 out of date, 3 unchanged" in check.stderr


def test_a_report_to_a_file_still_says_one_line_on_stderr(desk: Path) -> None:
    result = cli("check", "seeds/tr-enflasyon-ekim-2025.txt", "-o", "out.md")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert re.fullmatch(r"claimsuite: 1 article: 0 errors, 0 warnings, \d+ questions; "
                        r"passes \(fail-on error\)\n", result.stderr)
    assert Path("out.md").read_text("utf-8").startswith("# claimsuite report")


def test_a_changed_claim_file_checks_its_article(desk: Path) -> None:
    """pre-commit passes the changed files: a claim file stands for its article, a record
    file for none."""
    result = cli("check", "claims/2025/enflasyon-ozet.yaml", "claims/registries/officials.yaml",
                 "--format", "concise", "-j", "1")
    assert result.stderr.splitlines()[0].startswith("seeds/2025/enflasyon-ozet.txt: ")
    assert result.stderr.splitlines()[-1].startswith("claimsuite: 1 article: ")


def test_some_articles_are_still_compared_with_the_whole_archive(desk: Path) -> None:
    result = cli("check", "seeds/2025", "--format", "concise", "--select", "CS006", "-j", "1")
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "claims/2025/enflasyon-ozet.yaml:22:11: CS006 claim eylul-yillik gives 33.92% for the "
        "change in cpi of türkiye in 2025-09 against 2024-09; claims/tr-enflasyon-ekim-2025.yaml"
        " (claim cpi-2025-09-annual) gives 33.29%\n")
    assert "tr-enflasyon-ekim-2025.txt:" not in result.stdout  # not checked, only compared


def test_committed_reports_show_acceptances_and_the_archive(desk: Path) -> None:
    assert cli("report", "-j", "1").exit_code == 0
    seed = Path("reports/tr-us-defense-2025.md").read_text("utf-8")
    assert "## Accepted" in seed
    summary = Path("reports/2025/enflasyon-ozet.md").read_text("utf-8")
    assert "CS006 archive-disagrees" in summary


def test_the_progress_display_writes_one_rewritten_line(capsys) -> None:
    show = _progress()
    show(1, 12, "seeds/a.txt")
    show(2, 12, "seeds/b.txt")
    # click drops the erase-line code when stderr is not a terminal, as here.
    assert capsys.readouterr().err == "\r[1/12] seeds/a.txt\r[2/12] seeds/b.txt"


def test_a_repository_run_never_writes_over_its_inputs(desk: Path) -> None:
    for target in ("claims/registries/statistics.yaml", "pyproject.toml",
                   "claims/2025/enflasyon-ozet.yaml"):
        before = Path(target).read_bytes()
        result = cli("check", "-j", "1", "-o", target)
        assert result.exit_code == 2
        assert "the output path is an input of this run" in result.stderr
        assert Path(target).read_bytes() == before
