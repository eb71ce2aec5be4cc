"""``claimsuite report``: regenerate every committed report, writing only what changed.

Each article of the configured folders gets ``<reports>/<sub>/<name>.md`` (its path under
the article folder, mirrored). A report whose content is unchanged is not touched; a changed
one is replaced atomically. ``--check`` writes nothing and exits 1 when a report would
change: after a record change, the list of articles whose findings changed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from claimsuite.commands.common import (
    blocked_packages,
    config_option,
    packages_option,
    project_settings,
    relative,
    user_errors,
)


def report_path(article: Path, articles: tuple[Path, ...], reports: Path) -> Path:
    resolved = article.resolve()
    for folder in articles:
        try:
            return reports / resolved.relative_to(folder.resolve()).with_suffix(".md")
        except ValueError:
            continue
    return reports / f"{article.stem}.md"


@click.command("report")
@click.option("--check", "dry", is_flag=True,
              help="Write nothing; exit 1 when a committed report is out of date.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Articles checked in parallel (default: all cores).")
@config_option
@packages_option
def report_command(dry: bool, jobs: int | None) -> None:
    """Regenerate the committed Markdown report of every article (only changed files)."""
    from claimsuite import repository  # noqa: PLC0415
    from claimsuite.files import write_atomic  # noqa: PLC0415
    from claimsuite.reports import renderer  # noqa: PLC0415

    with user_errors():
        project = project_settings()
        settings = repository.Settings(
            root=relative(project.root) if project.root else Path(),
            articles=project.articles, claims=project.claims, registries=project.registries,
            local_checks=project.local_checks, blocked_packages=blocked_packages(project),
            check_timeout=project.check_timeout, select=project.select, ignore=project.ignore,
            per_path_ignores=project.per_path_ignores, vocabulary=project.vocabulary,
            default_vocabulary=project.default_vocabulary,
        )
        pairs, _, _ = repository.discover((), settings)
        outcomes = repository.run_all(pairs, settings, jobs or project.jobs or os.cpu_count() or 1)
        markdown = renderer("md")
        changed, same, errors = [], 0, 0
        for outcome in outcomes:
            if outcome.report is None:
                click.echo(f"claimsuite: {outcome.error}", err=True)
                errors += 1
                continue
            target = report_path(Path(outcome.article), settings.articles, project.reports)
            text = markdown.render(repository.merge(outcome.report, outcome.extra))
            try:
                current = target.read_text("utf-8")
            except OSError:
                current = None
            if current == text:
                same += 1
                continue
            changed.append(target)
            if not dry:
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(target, text)
    verb = "out of date" if dry else "updated"
    for target in changed:
        click.echo(f"{verb}: {target}", err=True)
    click.echo(f"claimsuite report: {len(changed)} {verb}, {same} unchanged"
               + (f", {errors} not read" if errors else ""), err=True)
    if errors:
        sys.exit(2)
    if dry and changed:
        sys.exit(1)
