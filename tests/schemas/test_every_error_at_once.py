"""A claim file with several problems reports every one (up to a cap), each on its own
``path:line:col: problem — what to do`` line, then exits 2; no partial report is written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^claimsuite: bad\.yaml:\d+:\d+: .+ — .+$")

BAD = """\
article:
  language: tr
  published: 2025-04-28/2025-12-31
claims:
  - id: turkiye
    kind: entity
    type: country
    name: Türkiye
  - id: q1
    kind: change
    metric: exports
    subject: turkey
    period: 2025-Q5
    rate: 72%
    quote: "x"
  - id: q2
    kind: quantity
    metric: exports
    perod: 2025
    value: 1,7 billion USD
    quote: "y"
  - id: r
    kind: rankng
    subject: turkiye
"""


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(ROOT / "seeds" / "tr-us-defense-2025.txt", tmp_path / "a.txt")
    shutil.copytree(ROOT / "claims" / "registries", tmp_path / "registries")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(claims: str) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(main, ["check", "a.txt", "--claims", claims, "--record",
                                       "registries", "--no-local-checks", "-o", "report.md"])
    return result.exit_code, result.stderr.splitlines(), result.stdout


def test_every_problem_on_its_own_line_in_file_order(work: Path) -> None:
    (work / "bad.yaml").write_text(BAD, encoding="utf-8")
    code, lines, out = _check("bad.yaml")
    assert code == 2
    assert out == ""
    assert not (work / "report.md").exists()  # never a partial report
    assert all(LINE.match(line) for line in lines), lines
    positions = [tuple(map(int, line.split(":")[2:4])) for line in lines]
    assert positions == sorted(positions)
    text = "\n".join(lines)
    assert "'2025-Q5' is not a period — write 2025, 2025-H1, 2025-Q1" in text
    assert "unknown field 'perod' in claim 'q2' — did you mean 'period'?" in text
    assert "writes a decimal comma — write '1.7 billion USD'" in text
    assert "unknown claim kind 'rankng' — did you mean 'ranking'?" in text
    # references are read from the file as written, even though values do not validate
    assert "'subject' names 'turkey', which no claim defines — did you mean 'turkiye'?" in text


def test_reference_problems_are_all_reported_with_a_likely_fix(work: Path) -> None:
    good = (ROOT / "claims" / "tr-us-defense-2025.yaml").read_text(encoding="utf-8")
    bad = good.replace("subject: turkiye", "subject: turkiyee").replace(
        "official: mehmet-simsek", "official: mehmet-simsekk")
    (work / "bad.yaml").write_text(bad, encoding="utf-8")
    code, lines, _ = _check("bad.yaml")
    assert code == 2
    assert len(lines) == bad.count("subject: turkiyee") >= 2
    assert all("did you mean 'turkiye'?" in line for line in lines)


def test_a_missing_official_says_which_command_adds_it(work: Path) -> None:
    good = (ROOT / "claims" / "tr-us-defense-2025.yaml").read_text(encoding="utf-8")
    bad = good.replace("official: mehmet-simsek", "official: mehmet-simsekk").replace(
        "official: katherine-thompson", "official: k-thompson-2")
    (work / "bad.yaml").write_text(bad, encoding="utf-8")
    code, lines, _ = _check("bad.yaml")
    assert code == 2
    assert len(lines) == 2
    assert "did you mean 'mehmet-simsek'?" in lines[1]
    assert all("claimsuite record add official-position --official" in ln for ln in lines)


def test_the_number_of_lines_is_capped(work: Path) -> None:
    claims = "".join(
        f"  - id: c{n}\n    kind: quantity\n    metric: m\n    period: 2025-Q9\n"
        f"    value: 1 USD\n    quote: q\n" for n in range(30)
    )
    (work / "bad.yaml").write_text(
        "article:\n  language: tr\n  published: 2025\nclaims:\n" + claims, encoding="utf-8")
    code, lines, _ = _check("bad.yaml")
    assert code == 2
    assert len(lines) == 21
    assert lines[-1] == ("claimsuite: bad.yaml: 10 more problems not shown — fix these 20 "
                         "and run again")
