"""docs/house-vocabulary.md, followed to the letter: its vocabulary file and pyproject.toml
in a fresh project make ``claimsuite check`` report what the page says."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

PAGE = Path(__file__).parents[2] / "docs" / "house-vocabulary.md"
EXAMPLE = re.compile(r"<!-- example: (\S+) -->\n( *)```\w+\n(.*?)\n *```\n", re.DOTALL)

ARTICLE = "Ziraat Bankasi'nın kârı arttı. TCMB ve Türkiye Cumhuriyet Merkez Bankası açıkladı.\n"
CLAIMS = """\
article:
  language: tr
  published: 2025-05-01
claims:
  - id: ankara
    kind: entity
    type: place
    name: Ankara
"""


def examples() -> dict[str, str]:
    text = PAGE.read_text("utf-8")
    return {
        name: textwrap.dedent(indent + body.replace("\n" + indent, "\n"))
        for name, indent, body in EXAMPLE.findall(text)
    }


def test_the_page_has_its_examples() -> None:
    assert set(examples()) == {"style/vocabulary.yaml", "pyproject.toml"}


def test_following_the_page_reports_the_rejected_spelling(tmp_path: Path) -> None:
    for name, body in examples().items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body + "\n", "utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bank.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "bank.yaml").write_text(CLAIMS, "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", "seeds/bank.txt", "--select",
         "CS503,CS504", "--format", "concise"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    page = PAGE.read_text("utf-8")
    [line] = [x for x in done.stdout.splitlines() if " CS50" in x]
    assert f"   {line}\n" in page
    markdown = subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", "seeds/bank.txt", "--select",
         "CS503,CS504"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    ).stdout
    for shown in ("  - see house vocabulary:", "  - suggested:"):
        [row] = [x for x in markdown.splitlines() if x.startswith(shown)]
        assert f"   {row.strip()}\n" in page, row
    done = subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", "seeds/bank.txt", "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    codes = {f["code"] for f in json.loads(done.stdout)["findings"]}
    assert "CS504" not in codes  # TCMB and its accepted long form are one term
