"""What ``claimsuite check`` prints: the report, the summary lines on stderr, the settings of
``--show-settings``, and which findings decide the exit code."""

from __future__ import annotations

from pathlib import Path

import click


def failing_findings(reports: list, fail_on: str, new_only: bool) -> int:
    """How many findings decide the exit code: open (not accepted), at ``fail_on`` or
    above, and with ``new_only`` not standing in the baseline."""
    from claimsuite.findings import Severity  # noqa: PLC0415

    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    out = 0
    for report in reports:
        if not hasattr(report, "findings"):  # served by the warm index: no baseline marks
            out += sum(n for n, severity in zip(report.tally, _severities(), strict=False)
                       if severity.rank >= threshold)
            continue
        for index, finding in enumerate(report.findings):
            if report.reason(index) is not None or finding.severity.rank < threshold:
                continue
            if new_only and report.mark(index) == "standing":
                continue
            out += 1
    return out


def emit_reports(reports: list, fmt: str, output: Path | None, single: bool,
                 warm: tuple = (None, (), None)) -> None:
    """Print (or write to ``output``) the reports in ``fmt``. ``warm`` is the run's
    (session, outcomes, merged CS006 findings): with a session whose index serves the run,
    each article's piece is written as stored or rendered, and the index of this run is
    left for the next (:mod:`claimsuite.warm`)."""
    from claimsuite.commands.check import colored  # noqa: PLC0415
    from claimsuite.commands.common import emit  # noqa: PLC0415
    from claimsuite.reports import render_many, renderer  # noqa: PLC0415

    color = colored(output)
    session = warm[0]
    if session is not None and session.name is not None and not single:
        from claimsuite.commands.check_pieces import emit_pieces  # noqa: PLC0415

        emit_pieces(reports, fmt, output, color, *warm)
        return
    if single and len(reports) == 1:
        text = renderer(fmt, color=color).render(reports[0])
    else:
        text = render_many(fmt, reports, color=color)
    emit(text, output)


def _severities() -> tuple:
    from claimsuite.findings import Severity  # noqa: PLC0415

    return (Severity.ERROR, Severity.WARNING, Severity.INFO)


def counts(report: object, tallied: tuple[int, ...] | None = None) -> str:
    """"2 errors, 1 question" (or "ok"): the open findings of ``report`` (``tallied``: its
    ``tally``, when known)."""
    if tallied is None:
        tallied = report.tally  # type: ignore[attr-defined]
    words = ("error", "warning", "question")
    parts = [f"{n} {word}{'s' if n != 1 else ''}"
             for n, word in zip(tallied, words, strict=False) if n]
    return ", ".join(parts) or "ok"


def print_summaries(outcomes: list, reports: list, failing: int, fail_on: str,
               single: bool, compared: bool, new_only: bool, articles: int) -> None:
    fixed = {o.article: o.fixed for o in outcomes}
    total = {"error": 0, "warning": 0, "info": 0}
    accepted = new = 0
    lines = []
    for report in reports:
        tallied = report.tally  # a Report's or a warm Light's (claimsuite.warm)
        errors, warnings, infos, n_acc = tallied
        total["error"] += errors
        total["warning"] += warnings
        total["info"] += infos
        accepted += n_acc
        marked = 0
        if compared:  # a compared run is never served by the warm index: full reports
            marked = sum(1 for i in range(len(report.findings)) if report.mark(i) == "new"
                         and report.reason(i) is None)
            new += marked
        if single:
            continue
        line = f"{report.article}: {counts(report, tallied)}"
        extra = []
        if compared:
            extra.append(f"{marked} new")
            if fixed.get(report.article):
                extra.append(f"{fixed[report.article]} gone")
        if n_acc:
            extra.append(f"{n_acc} accepted")
        if extra:
            line += f" ({', '.join(extra)})"
        lines.append(line)
    if lines:  # one write: the same text as a line at a time
        click.echo("\n".join(lines), err=True)
    errors = sum(1 for o in outcomes if o.error)
    line = (f"claimsuite: {articles} article{'s' if articles != 1 else ''}: "
            f"{_n(total['error'], 'error')}, {_n(total['warning'], 'warning')}, "
            f"{_n(total['info'], 'question')}")
    if compared:
        line += f", {new} new"
    if accepted:
        line += f", {accepted} accepted"
    if errors:
        line += f", {errors} not read"
    verdict = "fails" if failing else "passes"
    line += f"; {verdict} (fail-on {fail_on}{', new findings only' if new_only else ''})"
    click.echo(line, err=True)


def print_settings(settings: object, project: object, fmt: str, fail_on: str, jobs: int) -> None:
    def show(value: object) -> str:
        if isinstance(value, tuple):
            return "[" + ", ".join(f'"{v}"' if not isinstance(v, tuple) else show(v)
                                   for v in value) + "]"
        if value is None:
            return "(none)"
        if isinstance(value, bool):
            return "true" if value else "false"
        return f'"{value}"' if isinstance(value, Path | str) else str(value)

    rows = {
        "config": project.file,  # type: ignore[attr-defined]
        "articles": tuple(str(a) for a in settings.articles),  # type: ignore[attr-defined]
        "claims": settings.claims,  # type: ignore[attr-defined]
        "reports": project.reports,  # type: ignore[attr-defined]
        "record": settings.registries,  # type: ignore[attr-defined]
        "local-checks": settings.local_checks,  # type: ignore[attr-defined]
        "block-packages": settings.blocked_packages,  # type: ignore[attr-defined]
        "check-timeout": settings.check_timeout,  # type: ignore[attr-defined]
        "vocabulary": tuple(str(v) for v in settings.vocabulary),  # type: ignore[attr-defined]
        "default-vocabulary": settings.default_vocabulary,  # type: ignore[attr-defined]
        "format": fmt,
        "fail-on": fail_on,
        "select": settings.select,  # type: ignore[attr-defined]
        "ignore": settings.ignore,  # type: ignore[attr-defined]
        "per-path-ignores": tuple(f"{g} = {show(c)}" for g, c in settings.per_path_ignores),  # type: ignore[attr-defined]
        "language": project.language,  # type: ignore[attr-defined]
        "fiscal-year-start": project.fiscal_year_start,  # type: ignore[attr-defined]
        "jobs": jobs,
        "accept": tuple(f"{a.get('path', '*')}: {a['code']} {a.get('claim', '')}".strip()
                        for a in project.accept),  # type: ignore[attr-defined]
    }
    for key, value in rows.items():
        click.echo(f"{key} = {show(value)}")


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
