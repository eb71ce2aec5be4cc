"""Small in-memory articles, claim files and registries for the check tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from claimsuite.checks.base import BaseCheck, Context, Finding
from claimsuite.claims.load import Registries, load_claims, load_registries
from claimsuite.text.article import Article


def make_context(
    tmp_path: Path,
    text: str,
    claims: str,
    *,
    published: str = "2025-05-01",
    language: str = "tr",
    registry: str = "",
) -> Context:
    """``claims``: the YAML list under ``claims:``, dedented; ``registry``: one registry file."""
    header = f"article:\n  language: {language}\n  published: {published}\nclaims:\n"
    path = tmp_path / "claims.yaml"
    path.write_text(header + textwrap.indent(textwrap.dedent(claims), "  "), "utf-8")
    registries = Registries()
    if registry:
        folder = tmp_path / "registries"
        folder.mkdir()
        (folder / "record.yaml").write_text(textwrap.dedent(registry), "utf-8")
        registries = load_registries(folder)
    return Context(Article.from_text(text, language), load_claims(path), registries)


def context(
    tmp_path: Path, language: str, claims: str, text: str, published: str = "2025-05-01"
) -> Context:
    """``make_context`` with the language first, as the text-scanning tests read best."""
    return make_context(tmp_path, text, claims, published=published, language=language)


def messages(check: BaseCheck, ctx: Context) -> list[str]:
    found: list[Finding] = sorted(check.run(ctx), key=lambda f: f.sort_key)
    assert all(f.code == check.code and f.severity is check.severity for f in found)
    return [f.message for f in found]


def findings(check: BaseCheck, ctx: Context) -> list[Finding]:
    return sorted(check.run(ctx), key=lambda f: f.sort_key)


def col(line: str, needle: str) -> int:
    """1-based column of ``needle`` in ``line``."""
    return line.index(needle) + 1


def placed(check: BaseCheck, ctx: Context) -> list[tuple[str, str]]:
    """``("line:col", message)`` of each finding (``"-"`` without an article place)."""
    out = []
    for f in findings(check, ctx):
        where = f"{f.article.line}:{f.article.col}" if f.article else "-"
        out.append((where, f.message))
    return out


def published_on(ctx: Context, start: str, end: str | None = None) -> Context:
    """``ctx`` with the article published on ``start`` (to ``end``), ISO days, bypassing the
    claim file's year limits: for the calendar edges a context built in code may reach."""
    from dataclasses import replace  # noqa: PLC0415
    from datetime import date  # noqa: PLC0415

    from claimsuite.claims.periods import Granularity, Period  # noqa: PLC0415

    first, last = date.fromisoformat(start), date.fromisoformat(end or start)
    period = Period(first, last, Granularity.DAY if first == last else Granularity.RANGE)
    meta = ctx.claims.file.article.model_copy(update={"published": period})
    file = ctx.claims.file.model_copy(update={"article": meta})
    return Context(ctx.article, replace(ctx.claims, file=file), ctx.registries)
