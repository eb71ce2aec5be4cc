from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def snapshot_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder of this test's own as claimsuite's snapshot folder
    (claimsuite.snapshot), created by the first snapshot written."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMSUITE_CACHE_DIR", str(folder))
    return folder
