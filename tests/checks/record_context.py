"""Build a check Context from small in-memory claim files and registries (CS3xx tests)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from claimsuite.checks.base import BaseCheck, Context, Finding
from claimsuite.claims.load import load_claims, load_registries
from claimsuite.text.article import Article

HEADER = """\
article:
  language: tr
  published: 2025-05-01
claims:
"""

SOURCE = """\
source:
  title: A report
  url: https://example.org/report
  publisher: Example News
"""


def make_context(tmp_path: Path, claims: str, registry: str, text: str = "") -> Context:
    """``claims``: the YAML list under ``claims:``; ``registry``: one registry file."""
    claim_file = tmp_path / "claims.yaml"
    claim_file.write_text(HEADER + textwrap.indent(textwrap.dedent(claims), "  "), "utf-8")
    folder = tmp_path / "registries"
    folder.mkdir(exist_ok=True)
    (folder / "record.yaml").write_text(textwrap.dedent(registry), "utf-8")
    return Context(
        Article.from_text(text or "Metin.", "tr"), load_claims(claim_file), load_registries(folder)
    )


def run(check: BaseCheck, ctx: Context) -> list[Finding]:
    return sorted(check.run(ctx), key=lambda f: f.sort_key)


def source(indent: int) -> str:
    return textwrap.indent(SOURCE, " " * indent)
