from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from claimsuite import docs
from claimsuite.checks.registry import build_registry


def test_check_docs_are_current(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    assert docs.main(["--check"]) == 0, "docs/checks is stale: run python -m claimsuite.docs"


def test_every_check_documents_an_example() -> None:
    for check in build_registry(None):
        doc = inspect.getdoc(type(check)) or ""
        assert "## Example" in doc
        assert "Use instead:" in doc, check.code
