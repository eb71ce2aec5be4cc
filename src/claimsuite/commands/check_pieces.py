"""``check``'s repository output written article by article, for the warm index.

Each article's piece (its rendering in a format of :data:`claimsuite.warm.FORMATS`, or for
Markdown its demoted body) is either copied from the stored blob (a
:class:`claimsuite.warm.Light`) or rendered, printed in order, and appended to the blob the
next run reads. The bytes are those ``reports.render_many`` would give: the line formats are
the pieces one after the other, Markdown a table of articles then the bodies between rules.
Output goes out in chunks of about a megabyte that end at a line break, so the parent never
holds the whole report of a large archive (``--output`` is still written at once, atomically).
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Sequence
from pathlib import Path

import click

_CHUNK = 1 << 20


def emit_pieces(reports: Sequence[object], fmt: str, output: Path | None, color: bool,
                session: object, outcomes: Sequence[object], merged: dict | None) -> None:
    """Print ``reports`` (full reports and :class:`claimsuite.warm.Light` articles) in
    ``fmt`` and leave this run's index in ``session``'s cache (unless it is the stored one
    unchanged)."""
    from claimsuite.commands.check import _read  # noqa: PLC0415
    from claimsuite.warm import Blob, Light  # noqa: PLC0415

    lights = [o for o in outcomes if isinstance(o, Light)]
    kept = session.unchanged(lights, len(outcomes))  # type: ignore[attr-defined]
    same = kept == "all"
    blob = Blob(None if same else session, keep=kept == "blob")  # type: ignore[arg-type]
    mine = {id(o if isinstance(o, Light) else o.report) for o in outcomes}  # type: ignore[attr-defined]
    places: dict[int, tuple[int, int]] = {}
    render = _Render(fmt, color, session)
    out = _Out(output)
    try:
        if fmt == "md":
            out.write(_markdown_head(reports))
        for number, report in enumerate(reports):
            data = render.piece(report)
            if id(report) in mine:
                place = blob.add(data)
                if place is not None:
                    places[id(report)] = place
            if fmt == "md" and number:
                out.write(b"\n---\n\n")
            out.write(data)
        out.close()
    except BaseException:
        blob.abandon()
        session.close()  # type: ignore[attr-defined]
        raise
    if not same:
        entries = [(o, places.get(id(o if isinstance(o, Light) else o.report)),  # type: ignore[attr-defined]
                    (merged or {}).get(o.claims))  # type: ignore[attr-defined]
                   for o in outcomes if _read(o) or o.error]  # type: ignore[attr-defined]
        session.save(entries, blob)  # type: ignore[attr-defined]
    session.close()  # type: ignore[attr-defined]


class _Render:
    """One article's piece: stored, or rendered as ``render_many`` renders it."""

    def __init__(self, fmt: str, color: bool, session: object) -> None:
        self.fmt = fmt
        self.color = color
        self.session = session
        self.one: object | None = None

    def piece(self, report: object) -> bytes:
        from claimsuite.warm import Light  # noqa: PLC0415

        if isinstance(report, Light):
            return self.session.piece(report)  # type: ignore[attr-defined]
        import dataclasses  # noqa: PLC0415

        from claimsuite.errors import printable  # noqa: PLC0415

        if self.one is None:
            from claimsuite.reports import renderer  # noqa: PLC0415

            self.one = renderer(self.fmt, color=self.color)
        if self.fmt == "md":
            from claimsuite.reports.many import _demote  # noqa: PLC0415

            # "New in this change" would head the whole report: a warm run has no baseline.
            assert not report.baseline  # type: ignore[attr-defined]
            text = _demote(self.one.render(dataclasses.replace(report, baseline=())))  # type: ignore[attr-defined,type-var]
        else:
            text = self.one.render(report)  # type: ignore[attr-defined]
        return printable(text).encode("utf-8")


def _markdown_head(reports: Sequence[object]) -> bytes:
    """The title and the table of articles of a repository's Markdown report."""
    from claimsuite.errors import printable  # noqa: PLC0415

    out = [f"# claimsuite: {len(reports)} article{'s' if len(reports) != 1 else ''}", ""]
    out += ["| article | errors | warnings | questions | accepted |", "|---|---|---|---|---|"]
    for report in reports:
        errors, warnings, infos, accepted = report.tally  # type: ignore[attr-defined]
        out.append(f"| `{report.article}` | {errors} | {warnings} | {infos} | {accepted} |")  # type: ignore[attr-defined]
    out.append("")
    return printable("\n".join(out) + "\n").encode("utf-8")


class _Out:
    """Standard output in chunks (as ``click.echo`` of the whole text would print it), or
    ``--output`` written at the end."""

    def __init__(self, output: Path | None) -> None:
        self.output = output
        self.chunks: list[bytes] = []
        self.size = 0
        encoding = getattr(sys.stdout, "encoding", None) or ""
        try:
            self.utf8 = codecs.lookup(encoding).name == "utf-8"
        except LookupError:
            self.utf8 = False

    def write(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        # A chunk ends at a line break: click strips ANSI sequences from text that is not
        # for a terminal, and none spans a line.
        if self.output is None and self.size >= _CHUNK and data.endswith(b"\n"):
            self._flush()

    def _flush(self) -> None:
        data = b"".join(self.chunks)
        self.chunks, self.size = [], 0
        if self.utf8 and b"\x1b" not in data:
            click.echo(data, nl=False)  # the bytes click would have encoded
        else:
            click.echo(data.decode("utf-8"), nl=False)

    def close(self) -> None:
        if self.output is None:
            self._flush()
            return
        from claimsuite.files import write_atomic  # noqa: PLC0415

        write_atomic(self.output, b"".join(self.chunks).decode("utf-8"))
