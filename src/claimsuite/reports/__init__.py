"""Renderers: they turn a ``Report`` into text and know nothing about individual checks.

Each format is its own module, imported only when asked for, so a run pays for one.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimsuite.reports.base import Renderer, Report

FORMATS = ("md", "json", "jsonl", "concise", "full", "github", "sarif", "rdjson", "claimreview")


def renderer(name: str, *, color: bool = False, docs_url: str | None = None) -> Renderer:
    """The renderer of format ``name`` (one of ``FORMATS``); ``ValueError`` otherwise.

    ``color`` applies to ``full``; ``docs_url`` (the base of the check pages) to ``sarif``.
    """
    # Imports are local: the CLI loads one format per run.
    if name == "md":
        from claimsuite.reports.markdown import MarkdownRenderer  # noqa: PLC0415

        return MarkdownRenderer()
    if name == "json":
        from claimsuite.reports.json import JsonRenderer  # noqa: PLC0415

        return JsonRenderer()
    if name == "concise":
        from claimsuite.reports.concise import ConciseRenderer  # noqa: PLC0415

        return ConciseRenderer()
    if name == "full":
        from claimsuite.reports.full import FullRenderer  # noqa: PLC0415

        return FullRenderer(color=color)
    if name == "github":
        from claimsuite.reports.github import GithubRenderer  # noqa: PLC0415

        return GithubRenderer()
    if name == "sarif":
        from claimsuite.reports.sarif import SarifRenderer  # noqa: PLC0415

        return SarifRenderer(docs_url) if docs_url else SarifRenderer()
    if name == "rdjson":
        from claimsuite.reports.rdjson import RdjsonRenderer  # noqa: PLC0415

        return RdjsonRenderer()
    if name == "jsonl":
        from claimsuite.reports.jsonl import JsonlRenderer  # noqa: PLC0415

        return JsonlRenderer()
    if name == "claimreview":
        from claimsuite.reports.claimreview import ClaimReviewRenderer  # noqa: PLC0415

        return ClaimReviewRenderer()
    msg = f"unknown report format {name!r}; known: {', '.join(FORMATS)}"
    raise ValueError(msg)


def render_many(fmt: str, reports: Sequence[Report], *, color: bool = False) -> str:
    """Several articles' reports in one output of format ``fmt`` (repository mode)."""
    from claimsuite.reports.many import render_many as many  # noqa: PLC0415

    return many(fmt, reports, color=color)
