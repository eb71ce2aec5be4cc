from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite golden reports instead of comparing"
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True, scope="session")
def _own_snapshot_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """claimsuite keeps snapshots of data derived from its own files in the user's cache
    folder (claimsuite.snapshot): the suite gives it a folder of its own (one per xdist
    worker), so a test run never reads or writes the user's."""
    before = os.environ.get("CLAIMSUITE_CACHE_DIR")
    os.environ["CLAIMSUITE_CACHE_DIR"] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if before is None:
        os.environ.pop("CLAIMSUITE_CACHE_DIR", None)
    else:
        os.environ["CLAIMSUITE_CACHE_DIR"] = before


@pytest.fixture(autouse=True)
def _no_repository_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Repository-mode runs in tests check every article: a test that patches a check must not
    be served an outcome a previous run stored. tests/speed/test_cache.py turns it back on."""
    monkeypatch.setenv("CLAIMSUITE_NO_CACHE", "1")
