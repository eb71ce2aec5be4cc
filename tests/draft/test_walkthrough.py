"""docs/covering-an-article.md is run as written: every command of its ``sh`` blocks, in
order, in a fresh desk (the corpus record, two received articles); ``claimsuite`` commands
in-process, the others (cp, sed, git) in a shell. A ``# exits N`` comment gives a step's
exit code (default 0)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "covering-an-article.md"
ARTICLES = ("tr-dis-ticaret-ekim-2025", "en-turkiye-tourism-q3-2025")


def commands() -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for block in re.findall(r"```sh\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S):
        for line in block.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            code = re.search(r"#\s*exits (\d+)\s*$", line)
            command = line[: code.start()].strip() if code else line.strip()
            out.append((command, int(code.group(1)) if code else 0))
    return out


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claimsuite]\nrecord = "claims/registries"\n', encoding="utf-8")
    for folder in ("seeds", "claims", "reports", "received"):
        (tmp_path / folder).mkdir()
    shutil.copytree(ROOT / "tests" / "corpus" / "record", tmp_path / "claims" / "registries")
    for name in ARTICLES:
        shutil.copy(ROOT / "tests" / "corpus" / "articles" / f"{name}.txt",
                    tmp_path / "received")
    env = {"GIT_AUTHOR_NAME": "desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
           "GIT_COMMITTER_NAME": "desk", "GIT_COMMITTER_EMAIL": "desk@example.org"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_page_covers_both_languages_and_every_step() -> None:
    text = " ".join(c for c, _ in commands())
    for step in ("claimsuite draft", "--merge", "claimsuite check", "claimsuite mutate",
                 "-o reports/", "git commit"):
        assert step in text
    assert all(name in text for name in ARTICLES)


def test_the_walkthrough_runs_as_written(desk: Path) -> None:
    runner = CliRunner()
    for command, expected in commands():
        if command.startswith("claimsuite "):
            result = runner.invoke(main, shlex.split(command)[1:])
            output = result.output
            code = result.exit_code
        else:
            done = subprocess.run(command, shell=True, cwd=desk, capture_output=True,
                                  text=True, check=False, env=os.environ.copy())
            output, code = done.stdout + done.stderr, done.returncode
        assert code == expected, f"{command}\n{output}"
        if command.startswith("claimsuite check") and "-o" not in command and expected == 0:
            assert "CS007" not in output  # every claim confirmed
            assert "errors: 0" in output
    for name in ARTICLES:
        report = (desk / "reports" / f"{name}.md").read_text(encoding="utf-8")
        assert report.startswith("# ")
    log = subprocess.run(["git", "log", "--oneline"], cwd=desk, capture_output=True,
                         text=True, check=True).stdout
    assert "Cover tr-dis-ticaret-ekim-2025" in log
