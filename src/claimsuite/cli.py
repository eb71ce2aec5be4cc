"""The command line. Thin: parse options, call the library, print, pick the exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from claimsuite.commands.common import (
    check_registry,
    codes,
    config_option,
    emit,
    packages_option,
    prepare,
    project_settings,
    run_options,
    user_errors,
)
from claimsuite.commands.mutate import mutate
from claimsuite.commands.registry import registry

FAIL_LEVELS = ("error", "warning", "info", "never")

# pydantic looks for plugins through package entry points when the first model is built,
# which costs more at start-up than loading the claim file; claimsuite uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimsuite")
def main() -> None:
    """Check a news article against its claim file."""


@main.command("check")
@run_options
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_LEVELS),
    default="error",
    show_default=True,
    help="Exit 1 when a finding reaches this severity.",
)
def check_command(
    article: Path,
    claims_path: Path | None,
    fmt: str,
    output: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    registries: Path | None,
    local_checks: Path | None,
    no_local_checks: bool,
    fail_on: str,
) -> None:
    """Check ARTICLE against its claim file and print a report."""
    from claimsuite import engine  # noqa: PLC0415 - keep --help fast
    from claimsuite.checks.base import Severity  # noqa: PLC0415
    from claimsuite.reports import renderer  # noqa: PLC0415

    with user_errors():
        run = prepare(article, claims_path, output, registries, local_checks, no_local_checks)
        report = engine.check(
            run.inputs,
            run.registry(),
            select=codes(select),
            ignore=codes(ignore),
        )
        color = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        emit(renderer(fmt, color=color).render(report), output)
    if fail_on != "never":
        threshold = Severity(fail_on).rank
        if any(f.severity.rank >= threshold for f in report.findings):
            sys.exit(1)


@main.command("checks")
@config_option
@packages_option
def checks_command() -> None:
    """List every check: code, severity, name and summary."""
    with user_errors():
        project = project_settings()
        registry = check_registry(project.local_checks, project)
    for check in registry:
        click.echo(f"{check.code}  {check.severity.value:<7}  {check.name}: {check.summary}")


main.add_command(registry)
main.add_command(mutate)

if __name__ == "__main__":  # pragma: no cover
    main()
