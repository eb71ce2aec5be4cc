"""Check metadata is explicit (issue 9): every built-in declares code, name, severity,
scope and status, the registry validates them, and no check module imports another."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from claimsuite.checks import BUILTIN_MODULES
from claimsuite.checks.base import BaseCheck, Scope, Severity, Status
from claimsuite.checks.registry import Registry, build_registry
from claimsuite.errors import PluginError

CHECKS_DIR = Path(__file__).resolve().parents[2] / "src" / "claimsuite" / "checks"
DOC = "## What it does\nx\n## Why is this bad?\nx\n## Example\nx"
# The report column of each built-in family: CS1xx/CS2xx claims, CS3xx record, CS6xx editor.
FAMILY = {"1": Scope.CLAIMS, "2": Scope.CLAIMS, "3": Scope.RECORD, "6": Scope.EDITOR}


def test_every_builtin_declares_its_metadata() -> None:
    registry = build_registry(None)
    assert len(registry) == len(BUILTIN_MODULES)
    for check in registry:
        own = vars(type(check))
        for attr in ("code", "name", "severity", "summary", "scope", "status"):
            assert attr in own, f"{check.code} does not declare {attr}"
        assert isinstance(check.severity, Severity)
        assert check.scope is FAMILY.get(check.code[2], Scope.ARTICLE), check.code
        assert isinstance(check.status, Status), check.code


def test_no_check_module_imports_another() -> None:
    allowed = ("claimsuite.checks.base",)
    for path in sorted(CHECKS_DIR.glob("cs*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
                if module.startswith("claimsuite.checks"):
                    assert module in allowed, f"{path.name} imports {module}"
                assert not module.startswith(("claimsuite.reports", "claimsuite.mutate")), (
                    f"{path.name} imports {module}"
                )


def _check(**attrs: object) -> type:
    body = {"code": "LOC900", "name": "x-check", "severity": Severity.INFO,
            "summary": "One line.", "__doc__": DOC, "run": lambda self, ctx: ()}
    body.update(attrs)
    return type("Local", (), body)


def test_a_local_check_without_scope_or_status_gets_the_defaults() -> None:
    registry = Registry()
    cls = _check()
    registry.register(cls, "checks/local.py")
    check = registry.get("LOC900")
    assert check is not None
    assert (check.scope, check.status) == (Scope.ARTICLE, Status.STABLE)


def test_a_base_check_subclass_inherits_the_defaults() -> None:
    cls = type("Sub", (BaseCheck,), {"code": "LOC901", "name": "sub", "severity": Severity.INFO,
                                      "summary": "One line.", "__doc__": DOC})
    registry = Registry()
    registry.register(cls, "checks/local.py")
    assert (cls.scope, cls.status) == (Scope.ARTICLE, Status.STABLE)


@pytest.mark.parametrize(("attr", "value"), [("scope", "article"), ("status", "stable")])
def test_a_scope_or_status_that_is_not_the_enum_is_refused(attr: str, value: str) -> None:
    with pytest.raises(PluginError, match=f"has {attr} '{value}'"):
        Registry().register(_check(**{attr: value}), "checks/local.py")


def test_a_builtin_must_declare_scope_and_status_itself() -> None:
    cls = type("Builtin", (BaseCheck,), {"code": "CS999", "name": "b", "severity": Severity.INFO,
                                          "summary": "One line.", "__doc__": DOC})
    with pytest.raises(PluginError, match="declares no scope of its own"):
        Registry().register(cls, "claimsuite.checks.cs999_b")
