"""Installed check packages: the ``claimsuite.checks`` entry-point group, loaded after the
built-ins and before the project's ``checks/``, each blockable by name.

The packages are real distributions on ``sys.path`` (a ``*.dist-info`` folder with an
``entry_points.txt`` next to the module), found by ``importlib.metadata`` as pip-installed
ones are.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.checks.registry import build_registry, declared_on_path
from claimsuite.cli import main
from claimsuite.errors import PluginError

CHECK = '''
from claimsuite.checks.base import BaseCheck, Severity


class {cls}(BaseCheck):
    """Test only.

    ## What it does
    Test only.

    ## Why is this bad?
    Test only.

    ## Example
    Any claim file.

    Use instead: anything.
    """

    code = "{code}"
    name = "{name}"
    severity = Severity.INFO
    summary = "Test only."

    def run(self, ctx):
        yield from ()
'''


def check_source(cls: str, code: str, name: str) -> str:
    return CHECK.format(cls=cls, code=code, name=name)


def install(site: Path, dist: str, entry_points: dict[str, str], modules: dict[str, str]) -> None:
    """A distribution ``dist`` in ``site`` with ``claimsuite.checks`` entry points."""
    info = site / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    lines = "".join(f"{name} = {value}\n" for name, value in entry_points.items())
    (info / "entry_points.txt").write_text(f"[claimsuite.checks]\n{lines}")
    for module, source in modules.items():
        (site / f"{module}.py").write_text(textwrap.dedent(source), "utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on sys.path for fake installed distributions; their modules are forgotten
    afterwards."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    before = set(sys.modules)
    yield folder
    for name in set(sys.modules) - before:
        if name.startswith(("acme", "other_")):
            del sys.modules[name]


@pytest.fixture
def acme(site: Path) -> Path:
    install(site, "acme-checks", {"acme": "acme_checks"},
            {"acme_checks": check_source("Probe", "ACM001", "acme-probe")})
    return site


def codes(**kwargs: object) -> list[str]:
    return [c.code for c in build_registry(**kwargs) if not c.code.startswith("CS")]  # type: ignore[arg-type]


def test_packages_load_only_when_asked(acme: Path) -> None:
    assert codes() == []
    assert codes(packages=True) == ["ACM001"]
    registry = build_registry(packages=True)
    assert registry.origin("ACM001") == "acme_checks"
    assert len([c for c in registry if c.code.startswith("CS")]) == len(list(build_registry()))


def test_a_blocked_package_is_not_even_imported(acme: Path, site: Path) -> None:
    marker = site / "imported"
    (site / "acme_checks.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('yes')\n"
        + check_source("Probe", "ACM001", "acme-probe"), "utf-8")
    assert codes(packages=True, blocked=["acme"]) == []
    assert not marker.exists()
    assert "acme_checks" not in sys.modules
    assert codes(packages=True, blocked=["not-installed"]) == ["ACM001"]
    assert marker.exists()


def test_entry_points_may_name_a_class_or_a_list_of_classes(site: Path) -> None:
    install(site, "other-checks", {"one": "other_one:One", "many": "other_many:CHECKS"}, {
        "other_one": check_source("One", "OTH001", "one"),
        "other_many": check_source("Two", "OTH002", "two")
        + check_source("Three", "OTH003", "three") + "\nCHECKS = [Two, Three]\n",
    })
    assert codes(packages=True) == ["OTH001", "OTH002", "OTH003"]
    assert codes(packages=True, blocked=["many"]) == ["OTH001"]


def test_packages_come_after_the_builtins_and_before_local_checks(
    acme: Path, tmp_path: Path
) -> None:
    local = tmp_path / "checks"
    local.mkdir()
    (local / "acm001_again.py").write_text(check_source("Again", "ACM001", "again"), "utf-8")
    with pytest.raises(PluginError) as raised:
        build_registry(local, packages=True)
    # The local check is the one refused: the package's check was registered first.
    assert str(raised.value) == (
        f"{local / 'acm001_again.py'}:5: code ACM001 of Again is already used by acme_checks"
        " — give the check a code of its own"
    )
    (local / "acm001_again.py").write_text(check_source("Again", "LOC901", "again"), "utf-8")
    registry = build_registry(local, packages=True)
    assert [c.code for c in registry if not c.code.startswith("CS")] == ["ACM001", "LOC901"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("raise KeyError('limit')\n",
         "check package 'acme' (acme_checks): failed to import: KeyError: 'limit' — fix or"
         " update it, or block it: --block-package acme"),
        (check_source("Probe", "CS999", "probe"),
         "acme_checks:5: (check package 'acme') Probe uses the built-in prefix CS — use your"
         " own prefix; or block the package: --block-package acme"),
        ("x = 1\n",
         "acme_checks: (check package 'acme') defines no check class — define a class with a"
         " 'code'; or block the package: --block-package acme"),
    ],
)
def test_a_broken_package_is_one_line_that_says_how_to_block_it(
    acme: Path, site: Path, source: str, expected: str
) -> None:
    (site / "acme_checks.py").write_text(source, "utf-8")
    with pytest.raises(PluginError) as raised:
        build_registry(packages=True)
    assert str(raised.value) == expected
    assert codes(packages=True, blocked=["acme"]) == []


def test_claimsuite_namespace_is_refused(site: Path) -> None:
    install(site, "sneaky", {"sneaky": "claimsuite.checks.cs401_claim_not_stated"}, {})
    with pytest.raises(PluginError, match="in claimsuite's own namespace"):
        build_registry(packages=True)


# -- the command line and the project settings ---------------------------------------------

FINDS = CHECK.replace("        yield from ()\n", """        claim = ctx.claims.claims[0]
        yield self.finding("package check ran", claim_file=ctx.at_claim(claim.id),
                           claims=[claim.id])
""")


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def listed(*args: str) -> list[str]:
    code, out, err = cli("checks", *args)
    assert code == 0, err
    return [line.split()[0] for line in out.splitlines() if not line.startswith("CS")]


def test_the_cli_runs_package_checks_and_blocks_them_by_name(
    acme: Path, site: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (site / "acme_checks.py").write_text(
        FINDS.format(cls="Probe", code="ACM001", name="acme-probe"), "utf-8")
    install(site, "other-checks", {"other": "other_one"},
            {"other_one": check_source("One", "OTH001", "one")})
    monkeypatch.chdir(root)
    assert listed() == ["ACM001", "LOC001", "OTH001"]
    assert listed("--block-package", "acme") == ["LOC001", "OTH001"]
    assert listed("--block-package", "acme,other") == ["LOC001"]
    assert listed("--block-package", "acme", "--block-package", "other") == ["LOC001"]

    seed = ["check", "seeds/tr-us-defense-2025.txt", "--format", "json", "--fail-on", "never"]
    code, out, err = cli(*seed, "--select", "ACM")
    assert code == 0, err
    report = json.loads(out)
    assert [c["code"] for c in report["checks"]] == ["ACM001"]
    assert [f["message"] for f in report["findings"]] == ["package check ran"]
    # Blocked, its code selects nothing: refused (issue 10), never a clean run of zero checks.
    code, out, err = cli(*seed, "--select", "ACM", "--block-package", "acme")
    assert code == 2, err
    assert "unknown check code 'ACM'" in err


def test_a_project_blocks_packages_in_its_settings(
    acme: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text("[tool.claimsuite]\n", "utf-8")
    monkeypatch.chdir(project)
    assert listed() == ["ACM001"]
    (project / "pyproject.toml").write_text(
        '[tool.claimsuite]\nblock-packages = ["acme", "not-installed"]\n', "utf-8")
    assert listed() == []
    (project / "pyproject.toml").write_text('[tool.claimsuite]\nblock-packages = "acme"\n')
    code, out, err = cli("checks")
    assert (code, out) == (2, "")
    assert err == (
        "claimsuite: pyproject.toml:2:1: [tool.claimsuite] block-packages is text, not a list of"
        ' check package names — write it as a list of names, e.g. block-packages = ["acme"]\n'
    )


def test_a_broken_package_stops_the_cli_with_one_line_until_blocked(
    acme: Path, site: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (site / "acme_checks.py").write_text("raise KeyError('limit')\n", "utf-8")
    monkeypatch.chdir(root)
    code, out, err = cli("check", "seeds/tr-us-defense-2025.txt")
    assert (code, out) == (2, "")
    assert err == (
        "claimsuite: check package 'acme' (acme_checks): failed to import: KeyError: 'limit' —"
        " fix or update it, or block it: --block-package acme\n"
    )
    code, out, err = cli("check", "seeds/tr-us-defense-2025.txt", "--block-package", "acme")
    assert code == 1, err  # the seed's findings, as without the package


def test_the_path_scan_finds_declared_packages_only(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "path", [str(site)])
    assert not declared_on_path()
    install(site, "acme-checks", {"acme": "acme_checks"}, {})
    assert declared_on_path()
    monkeypatch.setattr(sys, "path", [str(site / "missing"), str(site / "acme_checks.zip")])
    (site / "acme_checks.zip").write_bytes(b"")
    assert declared_on_path()  # a zip on the path: importlib.metadata decides
