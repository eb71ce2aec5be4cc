from __future__ import annotations

from pathlib import Path

import pytest
from tests.repository.conftest import build_desk

from claimsuite import cache


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test desk as the working directory, with the repository cache on (the suite turns
    it off elsewhere)."""
    monkeypatch.delenv(cache.ENV_DISABLE, raising=False)
    folder = build_desk(tmp_path / "desk")
    monkeypatch.chdir(folder)
    return folder
