"""Repository mode parses the record once per worker, and again only when a record file
changes (counted, not timed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.repository.conftest import build_desk

from claimsuite import repository
from claimsuite.claims import load


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> repository.Settings:
    build_desk(tmp_path / "desk")
    monkeypatch.chdir(tmp_path / "desk")
    repository._RECORDS.clear()
    return repository.Settings(registries=Path("claims/registries"))


def test_record_parsed_once_for_many_articles(settings: repository.Settings,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = load.load_registries
    monkeypatch.setattr(load, "load_registries", lambda folder: calls.append(folder) or real(
        folder))
    pairs, _, _ = repository.discover((), settings)
    outcomes = [repository.check_one(pair, settings) for pair in pairs]
    assert len(pairs) == 4
    assert all(o.report is not None for o in outcomes)
    assert len(calls) == 1


def test_a_changed_record_is_read_again(settings: repository.Settings,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = load.load_registries
    monkeypatch.setattr(load, "load_registries", lambda folder: calls.append(folder) or real(
        folder))
    pairs, _, _ = repository.discover((), settings)
    seed = next(p for p in pairs if p.article.name == "tr-us-defense-2025.txt")
    before = repository.check_one(seed, settings).report
    statistics = Path("claims/registries/statistics.yaml")
    statistics.write_text(statistics.read_text("utf-8") + "\n# edited\n", "utf-8")
    after = repository.check_one(seed, settings).report
    assert len(calls) == 2
    assert before.findings == after.findings


def test_a_broken_record_is_reported_per_article(settings: repository.Settings) -> None:
    Path("claims/registries/statistics.yaml").write_text("statistics: [\n", "utf-8")
    pairs, _, _ = repository.discover((), settings)
    outcomes = [repository.check_one(pair, settings) for pair in pairs]
    assert all(o.error and "statistics.yaml" in o.error for o in outcomes)
