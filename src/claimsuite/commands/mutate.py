"""``claimsuite mutate``: mutation testing for a claim set.

Thin like ``cli.py``: parse options, call :mod:`claimsuite.mutate`, print, pick the exit
code (0 all careless edits caught and no false alarm, 1 otherwise, 2 bad input).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("mutate")
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--claims", "claims_path", type=click.Path(path_type=Path),
              help="Claim file (default: claims/<article-stem>.yaml in the project).")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md",
              show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="Write the report here (atomically) instead of to stdout.")
@click.option("--family", "families", multiple=True,
              help="Only these edit families (repeat the option); default: all.")
@click.option("--select", multiple=True, help="Run only checks whose code starts with these.")
@click.option("--ignore", multiple=True, help="Skip checks whose code starts with these.")
@click.option("--registries", type=click.Path(path_type=Path),
              help="Folder of reference registries (default: from pyproject.toml).")
@click.option("--local-checks", type=click.Path(path_type=Path),
              help="Folder of project-local checks (default: from pyproject.toml).")
@click.option("--no-local-checks", is_flag=True, help="Run only the built-in checks.")
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
    from claimsuite import engine  # noqa: PLC0415 - keep --help fast
    from claimsuite.cli import _codes, _relative, _user_errors  # noqa: PLC0415
    from claimsuite.config import find_project  # noqa: PLC0415
    from claimsuite.files import write_atomic  # noqa: PLC0415
    from claimsuite.mutate import pick_families, run_mutations  # noqa: PLC0415
    from claimsuite.mutate.render import render  # noqa: PLC0415

    with _user_errors():
        chosen = pick_families(families)
        project = find_project(claims_path.parent if claims_path else article.parent)
        if claims_path is None:
            claims_path = _relative((project.root or Path()) / "claims" / f"{article.stem}.yaml")
        inputs = engine.load_inputs(article, claims_path, registries or project.registries)
        local = None if no_local_checks else (local_checks or project.local_checks)
        report = run_mutations(inputs, local_checks=local, families=chosen,
                               select=_codes(select), ignore=_codes(ignore))
        text = render(report, fmt)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_atomic(output, text)
    if report.failed:
        sys.exit(1)
