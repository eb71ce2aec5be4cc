"""``claimsuite report``: regenerate every committed report, writing only what changed.

Each article of the configured folders gets ``<reports>/<sub>/<name>.md`` (its path under
the article folder, mirrored). A report whose content is unchanged is not touched; a changed
one is replaced atomically. ``--check`` writes nothing and exits 1 when a report would
change: after a record change, the list of articles whose findings changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimsuite.commands.common import (
    config_option,
    packages_option,
    project_settings,
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
    from claimsuite.commands.check import defaults, gather  # noqa: PLC0415
    from claimsuite.files import write_atomic  # noqa: PLC0415
    from claimsuite.reports import renderer  # noqa: PLC0415

    with user_errors():
        project = project_settings()
        # The same run as 'claimsuite check' with no path: archive findings, acceptances.
        found = gather(defaults(fmt="md", jobs=jobs))
        assert found is not None
        markdown = renderer("md")
        changed, same = [], 0
        articles = {o.article for o in found.outcomes if o.report is not None}
        for report in found.reports:
            if report.article not in articles:
                continue  # a claim file without article, an unused configuration acceptance
            target = report_path(Path(report.article), project.articles, project.reports)
            text = markdown.render(report)
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
    errors = [o for o in found.outcomes if o.error]
    for outcome in errors:
        click.echo(f"claimsuite: {outcome.error}", err=True)
    verb = "out of date" if dry else "updated"
    for target in changed:
        click.echo(f"{verb}: {target}", err=True)
    click.echo(f"claimsuite report: {len(changed)} {verb}, {same} unchanged"
               + (f", {len(errors)} not read" if errors else ""), err=True)
    if errors:
        sys.exit(2)
    if dry and changed:
        sys.exit(1)
