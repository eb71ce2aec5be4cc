"""``claimsuite mutate``: mutation testing for a claim set.

Thin like ``cli.py``: parse options, call :mod:`claimsuite.mutate`, print, pick the exit
code (0 all careless edits caught and no false alarm, 1 otherwise, 2 bad input).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimsuite.commands.common import codes, emit, prepare, run_options, user_errors

MUTATION_FORMATS = ("md", "json")


@click.command("mutate")
@run_options(
    click.argument("article", type=click.Path(path_type=Path)),
    claims_help="Claim file (default: claims/<article-stem>.yaml in the project).",
    format_default="md",
    format_help="Report format (mutate: md or json).",
    output_help="Write the report here (atomically) instead of to stdout.",
)
@click.option(
    "--family",
    "families",
    multiple=True,
    help="Only these edit families (repeat the option); default: all.",
)
def mutate(
    article: Path,
    claims_path: Path | None,
    fmt: str,
    output: Path | None,
    families: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    registries: Path | None,
    local_checks: Path | None,
    no_local_checks: bool,
) -> None:
    """Apply careless edits and harmless controls to ARTICLE and check each copy.

    Every careless edit must bring a new error or warning; no control may.
    """
    from claimsuite.mutate import pick_families, run_mutations  # noqa: PLC0415
    from claimsuite.reports.mutations import render  # noqa: PLC0415

    with user_errors():
        if fmt not in MUTATION_FORMATS:
            from claimsuite.errors import UsageError  # noqa: PLC0415

            msg = f"--format {fmt}: a mutation report is md or json — use --format md or json"
            raise UsageError(msg)
        chosen = pick_families(families)
        run = prepare(article, claims_path, output, registries, local_checks, no_local_checks)
        report = run_mutations(
            run.inputs,
            run.registry(),
            families=chosen,
            select=codes(select),
            ignore=codes(ignore),
        )
        emit(render(report, fmt), output)
    if report.failed:
        sys.exit(1)
