"""Renderers: they turn a ``Report`` into text and know nothing about individual checks."""

from __future__ import annotations

from claimsuite.reports.base import Renderer


def renderer(name: str) -> Renderer:
    if name == "json":
        from claimsuite.reports.json import JsonRenderer  # noqa: PLC0415

        return JsonRenderer()
    from claimsuite.reports.markdown import MarkdownRenderer  # noqa: PLC0415

    return MarkdownRenderer()


FORMATS = ("md", "json")
