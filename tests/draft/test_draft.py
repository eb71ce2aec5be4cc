"""claimsuite draft: the committed recall table, the floor it sets, and the command line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.claims.load import load_claims
from claimsuite.cli import main
from claimsuite.draft.measure import measure, overall, table

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "draft-recall.md"


@pytest.fixture(scope="module")
def results() -> list:
    return measure(ROOT)


def test_recall_table_is_current(results: list) -> None:
    assert DOC.read_text(encoding="utf-8") == table(results), (
        "docs/draft-recall.md is stale: run python -m claimsuite.draft.measure"
    )


def test_recall_never_falls_below_the_committed_figures(results: list) -> None:
    committed = {
        row.split("|")[1].strip(): float(row.split("|")[7].strip().strip("*%")) / 100
        for row in DOC.read_text(encoding="utf-8").splitlines()
        if re.match(r"^\| [a-z].*\.txt \|", row)
    }
    assert len(committed) == len(results) == 13
    for path, score in results:
        assert score.recall * 100 >= round(committed[path.rsplit("/", 1)[-1]] * 100, 1) - 0.05, path
    assert overall(results).recall >= 0.90


def _copy(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "tr-us-defense-2025.txt", tmp_path / "seeds")
    shutil.copytree(ROOT / "claims" / "registries", tmp_path / "registries")
    return tmp_path


def test_draft_writes_a_loadable_file_of_drafted_claims(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_copy(tmp_path))
    runner = CliRunner()
    args = ["draft", "seeds/tr-us-defense-2025.txt", "--published", "2025-04-28/2025-12-31",
            "--record", "registries", "-o", "out.yaml"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    claims = load_claims(Path("out.yaml")).file.claims
    assert claims
    assert all(c.draft for c in claims)
    kinds = {c.kind for c in claims}
    assert {"entity", "role", "change", "ranking", "event", "plan"} <= kinds
    linked = {c.official for c in claims if c.kind == "entity" and c.official}
    assert linked == {"ilkay-altindag", "katherine-thompson", "mehmet-simsek"}
    before = Path("out.yaml").read_bytes()
    again = runner.invoke(main, args)  # never overwrites
    assert again.exit_code == 2
    assert "never overwrites" in again.output
    assert Path("out.yaml").read_bytes() == before


def test_merge_adds_only_what_the_file_lacks_and_keeps_its_lines(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_copy(tmp_path))
    shutil.copy(ROOT / "claims" / "tr-us-defense-2025.yaml", "hand.yaml")
    original = Path("hand.yaml").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "seeds/tr-us-defense-2025.txt", "--record",
                                       "registries", "-o", "hand.yaml", "--merge"])
    assert result.exit_code == 0, result.output
    merged = Path("hand.yaml").read_text(encoding="utf-8")
    assert merged.startswith(original.rstrip("\n"))  # comments and order kept, appended after
    loaded = load_claims(Path("hand.yaml")).file
    hand_ids = {c.id for c in load_claims(ROOT / "claims" / "tr-us-defense-2025.yaml").file.claims}
    added = [c for c in loaded.claims if c.id not in hand_ids]
    assert all(c.draft for c in added)
    # the hand-written file has every person, figure and role: none is drafted again
    assert not [c for c in added if c.kind in ("change", "role")
                or (c.kind == "entity" and c.type == "person")]
    # merging twice adds nothing more
    second = CliRunner().invoke(main, ["draft", "seeds/tr-us-defense-2025.txt", "--record",
                                       "registries", "-o", "hand.yaml", "--merge"])
    assert second.exit_code == 0
    assert Path("hand.yaml").read_text(encoding="utf-8") == merged


def test_check_asks_about_unconfirmed_drafted_claims(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_copy(tmp_path))
    runner = CliRunner()
    runner.invoke(main, ["draft", "seeds/tr-us-defense-2025.txt", "--published",
                         "2025-04-28/2025-12-31", "--record", "registries", "-o", "d.yaml"])
    result = runner.invoke(main, ["check", "seeds/tr-us-defense-2025.txt", "--claims", "d.yaml",
                                  "--record", "registries", "--select", "CS007",
                                  "--format", "concise", "--no-local-checks"])
    assert result.exit_code == 0, result.output
    assert result.output.count("CS007") >= 10
    assert "is not confirmed yet" in result.output


def test_publication_date_is_asked_for_when_the_article_does_not_say(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_copy(tmp_path))
    result = CliRunner().invoke(main, ["draft", "seeds/tr-us-defense-2025.txt"])
    assert result.exit_code == 2
    assert "--published" in result.output


def test_publication_date_is_read_from_the_article_when_it_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_copy(tmp_path))
    text = (tmp_path / "seeds" / "tr-us-defense-2025.txt").read_text(encoding="utf-8")
    (tmp_path / "seeds" / "dated.txt").write_text(text.rstrip("\n") + "\n\n3 Mayıs 2025\n",
                                                  encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "seeds/dated.txt", "--record",
                                       "registries"])
    assert result.exit_code == 0, result.output
    assert "published: 2025-05-03" in result.output
