from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.cli import main

ADD = [
    "record", "add", "statistic", "--id", "tr-new-2025-q2", "--metric",
    "defence-aerospace-exports", "--subject", "turkiye", "--period", "2025-Q2", "--value",
    "1.7 billion USD", "--publisher", "TİM", "--source-url", "https://example.org/q2",
    "--source-title", "Q2: exports", "--retrieved", "2026-01-02",
]
NEW_ENTRY = """\
  - id: tr-new-2025-q2
    metric: defence-aerospace-exports
    subject: turkiye
    period: 2025-Q2
    value: 1.7 billion USD
    publisher: TİM
    source:
      title: 'Q2: exports'
      url: https://example.org/q2
      retrieved: 2026-01-02
"""


# The seed's record files: the project record also holds the corpus articles' entries
# (corpus-*.yaml), which these tests of the record commands do not need.
SEED_RECORD = ("officials.yaml", "statistics.yaml")


@pytest.fixture
def folder(tmp_path: Path, root: Path) -> Path:
    target = tmp_path / "registries"
    target.mkdir()
    for name in SEED_RECORD:
        shutil.copy(root / "claims" / "registries" / name, target / name)
    return target


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_check_counts_entries(folder: Path) -> None:
    code, out, _ = invoke("record", "check", "--record", str(folder))
    assert (code, out) == (0, "ok: 33 entries in 2 files\n")


def test_check_reports_the_first_problem_and_exits_2(folder: Path) -> None:
    path = folder / "statistics.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("    value: 1090 million USD\n", "    value: lots\n"), "utf-8")
    line = text[: text.index("    value: 1090 million USD")].count("\n") + 1
    code, _, err = invoke("record", "check", "--record", str(folder))
    assert code == 2
    assert err == (
        f"claimsuite: {path}:{line}:12: 'value' of statistic "
        "'tr-defence-aerospace-exports-2023-q1': 'lots' is not an amount — write "
        "it as '1.7 billion USD' or '3500 firms'\n"
    )


def test_check_rejects_ids_used_in_two_files(folder: Path) -> None:
    (folder / "extra.yaml").write_text(
        "events:\n  - id: tr-us-hldg-2025\n    name: X\n    date: 2025\n"
        "    source: {url: 'https://e.org'}\n", "utf-8"
    )
    code, _, err = invoke("record", "check", "--record", str(folder))
    assert code == 2
    assert err.startswith(f"claimsuite: {folder / 'statistics.yaml'}:")
    assert f"events id 'tr-us-hldg-2025' is also used at {folder / 'extra.yaml'}:2:9" in err


def test_list_is_deterministic_and_filters(folder: Path) -> None:
    code, out, _ = invoke("record", "list", "--record", str(folder), "--person",
                          "ilkay-altindag")
    assert code == 0
    assert [line.split("\t")[:4] for line in out.splitlines()] == [
        ["officials", "ilkay-altindag", "İlkay Altındağ", "2025-01-30.."],
        ["officials", "ilkay-altindag", "İlkay Altındağ", "2025-10-18.."],
    ]
    _, first, _ = invoke("record", "list", "--record", str(folder))
    _, second, _ = invoke("record", "list", "--record", str(folder))
    assert first == second
    _, stats, _ = invoke("record", "list", "--record", str(folder), "--metric",
                         "defence-aerospace-exports")
    assert len(stats.splitlines()) == 23
    assert all(line.startswith("statistics\t") for line in stats.splitlines())


def test_add_keeps_every_existing_byte(folder: Path) -> None:
    path = folder / "statistics.yaml"
    before = path.read_text("utf-8")
    code, out, err = invoke(*ADD, "--file", str(path), "--record", str(folder))
    assert (code, err) == (0, "")
    assert out == f"added statistics entry 'tr-new-2025-q2' to {path}\n"
    after = path.read_text("utf-8")
    at = before.index("events:\n")
    assert after == before[:at] + NEW_ENTRY + before[at:]
    assert invoke("record", "check", "--record", str(folder))[1] == (
        "ok: 34 entries in 2 files\n"
    )


def test_add_rejects_a_duplicate_id(folder: Path) -> None:
    path = folder / "statistics.yaml"
    before = path.read_bytes()
    args = [a if a != "tr-new-2025-q2" else "tr-defence-aerospace-exports-2023-q1" for a in ADD]
    code, _, err = invoke(*args, "--record", str(folder))
    assert code == 2
    line = before.decode().splitlines().index(
        "  - id: tr-defence-aerospace-exports-2023-q1") + 1
    assert err == (
        f"claimsuite: {path}:{line}:9: statistics id 'tr-defence-aerospace-exports-2023-q1' is "
        "already used here — choose another id for the new entry\n"
    )
    assert path.read_bytes() == before


def test_add_validates_with_the_model(folder: Path) -> None:
    args = [a if a != "1.7 billion USD" else "72%" for a in ADD]
    code, _, err = invoke(*args, "--record", str(folder))
    assert code == 2
    assert err == (
        f"claimsuite: {folder / 'statistics.yaml'}: new entry: --value: a growth rate needs "
        "'base_period' — fix --value\n"
    )


def test_add_official_position_keeps_comments(folder: Path) -> None:
    path = folder / "officials.yaml"
    before = path.read_text("utf-8")
    code, _, err = invoke(
        "record", "add", "official-position", "--official", "omer-bolat", "--title", "Bakan",
        "--from", "2030-01-01", "--source-url", "https://example.org/b", "--source-title", "B",
        "--record", str(folder),
    )
    assert (code, err) == (0, "")
    after = path.read_text("utf-8")
    added = (
        "      - title: Bakan\n        from: 2030-01-01\n        source:\n          title: B\n"
        "          url: https://example.org/b\n"
    )
    at = before.index("# Organisations whose names differ")
    assert after == before[:at] + added + before[at:]


CSV_HEADER = "id,metric,subject,period,value,publisher,source_url,source_title,retrieved\n"


def test_import_csv(folder: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "figures.csv"
    csv_file.write_text(
        CSV_HEADER
        + "a-1,exports,turkiye,2025-Q2,1.1 billion USD,TİM,https://e.org/a,A,2026-01-01\n"
        + 'a-2,exports,turkiye,2025-Q3,"1200 million USD",TİM,https://e.org/b,"B, part 2",'
        + "2026-01-01\n",
        "utf-8",
    )
    code, out, err = invoke("record", "import-csv", str(csv_file), "--record", str(folder))
    assert (code, err) == (0, "")
    assert out == f"imported 2 statistics entries into {folder / 'statistics.yaml'}\n"
    _, listed, _ = invoke("record", "list", "--record", str(folder), "--metric", "exports")
    assert [line.split("\t")[1] for line in listed.splitlines()] == ["a-1", "a-2"]


@pytest.mark.parametrize(
    ("row", "error"),
    [
        ("b-1,exports,turkiye,2025-Q7,1 billion USD,TİM,https://e.org/a,A,2026-01-01",
         "3:4: 'period': '2025-Q7' is not a period; write 2025, 2025-H1, 2025-Q1, 2025-04, "
         "2025-04-28 or 2025-04-28/2025-05-02 — fix the 'period' cell of this row"),
        ("b-1,exports,turkiye,2025-Q2,1 billion USD,TİM,ftp://e.org/a,A,2026-01-01",
         "3:7: 'source_url': String should match pattern '^https?://\\S+$' — fix the "
         "'source_url' cell of this row"),
        ("b-1,exports,turkiye,2025-Q2,1 billion USD,TİM,https://e.org/a,A,2026-13-01",
         "3:9: 'retrieved': Input should be a valid date or datetime, month value is outside "
         "expected range of 1-12 — fix the 'retrieved' cell of this row"),
        ("a-0,exports,turkiye,2025-Q2,1 billion USD,TİM,https://e.org/a,A,2026-01-01",
         "3:1: duplicate id 'a-0' (also on line 2) — give each figure its own id"),
    ],
)
def test_import_csv_is_all_or_nothing(folder: Path, tmp_path: Path, row: str, error: str) -> None:
    path = folder / "statistics.yaml"
    before = path.read_bytes()
    csv_file = tmp_path / "figures.csv"
    good = "a-0,exports,turkiye,2025-Q1,1 billion USD,TİM,https://e.org/a,A,2026-01-01\n"
    csv_file.write_text(CSV_HEADER + good + row + "\n", "utf-8")
    code, _, err = invoke("record", "import-csv", str(csv_file), "--record", str(folder))
    assert code == 2
    assert err == f"claimsuite: {csv_file}:{error}\n"
    assert path.read_bytes() == before


def test_import_csv_missing_column(folder: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "figures.csv"
    csv_file.write_text("id,metric\n", "utf-8")
    code, _, err = invoke("record", "import-csv", str(csv_file), "--record", str(folder))
    assert code == 2
    assert err == (
        f"claimsuite: {csv_file}:1:3: missing column 'subject' — add it to the header line\n"
    )


def test_registry_group_runs_as_a_module(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimsuite", "record", "check"],
        cwd=root, capture_output=True, text=True, check=False,
    )
    # The project record: the seed's two files and the corpus articles' three.
    assert (done.returncode, done.stdout, done.stderr) == (0, "ok: 67 entries in 5 files\n", "")
