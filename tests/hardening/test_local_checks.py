"""A broken project-local check is a finding (CS001), not a crash; and only the configured
folder is ever imported — never a path an article or a claim file names.

The runs are in-process (``CliRunner``); tests/hardening/test_corpus.py runs a broken local
check in a fresh interpreter too."""

from __future__ import annotations

import json
import os
import sys
import textwrap
import traceback
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = "seeds/tr-us-defense-2025.txt"
CLAIMS = "claims/tr-us-defense-2025.yaml"

HEAD = """from __future__ import annotations

import sys

from claimsuite.checks.base import BaseCheck, Severity


class {cls}(BaseCheck):
    \"\"\"{name}

    ## What it does
    Test only.

    ## Why is this bad?
    Test only.

    ## Example
    Any claim file.

    Use instead: anything.
    \"\"\"

    code = "{code}"
    name = "{name}"
    severity = Severity.WARNING
    summary = "Test only."

    def run(self, ctx):
"""


def check_module(cls: str, code: str, name: str, body: str) -> str:
    return HEAD.format(cls=cls, code=code, name=name) + textwrap.indent(body, " " * 8)


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str) -> Result:
    """``claimsuite ARGS`` from the repository root, in-process (click's ``CliRunner``); an
    exception that escapes the CLI is reported as the traceback Python would print."""
    here = Path.cwd()
    loaded = set(sys.modules)
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(here)
        for name in set(sys.modules) - loaded:
            if name.startswith("claimsuite_local_checks"):
                del sys.modules[name]
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(*result.exc_info))
    return Result(result.exit_code, result.stdout, stderr)


def report(*args: str) -> tuple[int, dict[str, object]]:
    result = run("check", SEED, "--claims", CLAIMS, "--format", "json", *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def test_a_crashing_local_check_is_a_finding_and_the_others_still_run(tmp_path: Path) -> None:
    folder = tmp_path / "checks"
    folder.mkdir()
    (folder / "tst900_broken.py").write_text(check_module(
        "Broken", "TST900", "broken", "settings = {}\nreturn [settings['limit']]\n"), "utf-8")
    (folder / "tst901_exits.py").write_text(check_module(
        "Exits", "TST901", "exits", "sys.exit(0)\n"), "utf-8")
    (folder / "tst902_garbage.py").write_text(check_module(
        "Garbage", "TST902", "garbage", "return ['not a finding']\n"), "utf-8")
    (folder / "tst903_works.py").write_text(check_module(
        "Works", "TST903", "works",
        "yield self.finding('still ran', claim_file=ctx.at_claim('turkiye'),"
        " claims=['turkiye'])\n"), "utf-8")

    _, builtins_only = report("--no-local-checks", "--fail-on", "never")
    code, result = report("--local-checks", str(folder), "--fail-on", "warning")

    findings = result["findings"]
    assert isinstance(findings, list)
    crashed = sorted(f["message"] for f in findings if f["code"] == "CS001")
    def line_of(module: str, text: str) -> int:
        lines = (folder / module).read_text("utf-8").splitlines()
        return next(n for n, line in enumerate(lines, 1) if text in line)

    raising = line_of("tst900_broken.py", "settings['limit']")
    exiting = line_of("tst901_exits.py", "sys.exit")
    assert crashed == [
        # Outside the working directory the check's file is named without its folder.
        f"check TST900 (broken) crashed: KeyError: 'limit' (at tst900_broken.py:{raising})",
        f"check TST901 (exits) crashed: SystemExit: 0 (at tst901_exits.py:{exiting})",
        "check TST902 (garbage) yielded str, not a Finding",
    ]
    assert [f["message"] for f in findings if f["code"] == "TST903"] == ["still ran"]
    others = [f for f in findings if not f["code"].startswith(("CS001", "TST"))]
    assert others == builtins_only["findings"]
    assert code == 1


def test_a_crash_fails_the_run_even_when_nothing_else_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "checks"
    folder.mkdir()
    (folder / "tst900_broken.py").write_text(
        check_module("Broken", "TST900", "broken", "raise RuntimeError('boom')\n"), "utf-8")
    code, result = report("--local-checks", str(folder), "--select", "TST")
    assert [f["code"] for f in result["findings"]] == ["CS001"]
    assert code == 1


def test_claim_and_article_files_cannot_make_us_import_code(tmp_path: Path) -> None:
    marker = tmp_path / "imported"
    payload = f"from pathlib import Path\nPath({str(marker)!r}).write_text('yes')\n"
    # Bait: a module next to the claim file, one in a 'checks' folder beside it, and a
    # claim file whose fields name them, as text and as a tag-free path.
    (tmp_path / "evil.py").write_text(payload, "utf-8")
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "loc999_evil.py").write_text(payload, "utf-8")
    text = (ROOT / CLAIMS).read_text("utf-8")
    text = text.replace("  file: seeds/tr-us-defense-2025.txt\n", f"  file: {tmp_path}/evil.py\n")
    text = text.replace("    name: Ankara\n", "    name: Ankara\n    note: checks/loc999_evil.py\n")
    assert "evil.py" in text
    assert "loc999_evil.py" in text
    claims = tmp_path / "claims.yaml"
    claims.write_text(text, "utf-8")
    article = tmp_path / "article.txt"
    article.write_text((ROOT / SEED).read_text("utf-8") + "\nchecks/loc999_evil.py evil.py\n")

    result = run("check", str(article), "--claims", str(claims), "--registries",
                 "claims/registries", "--format", "json")
    assert result.returncode in {0, 1}, result.stderr
    assert not marker.exists()
    assert not any(c["code"].startswith("LOC999") for c in json.loads(result.stdout)["checks"])
