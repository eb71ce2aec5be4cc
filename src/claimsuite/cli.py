"""The command line. Thin: parse options, call the library, print, pick the exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from claimsuite.commands.mutate import mutate
from claimsuite.commands.registry import registry
from claimsuite.errors import ClaimsuiteError, InputError

FAIL_LEVELS = ("error", "warning", "info", "never")

# pydantic looks for plugins through package entry points when the first model is built,
# which costs more at start-up than loading the claim file; claimsuite uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and exit code 2.

    The line is ``claimsuite: path:line:col: problem — what to do`` for a file at a known
    place. Anything that is not a ``ClaimsuiteError`` is a bug and keeps its traceback.
    """
    try:
        yield
    except ClaimsuiteError as exc:
        click.echo(f"claimsuite: {_one_line(str(exc))}", err=True)
        sys.exit(2)


def _one_line(message: str) -> str:
    # Messages quote user input (a bad key, an exception text): keep the promise of one line.
    return " ".join(message.split()) if "\n" in message or "\r" in message else message


def _check_paths(
    article: Path, claims: Path, output: Path | None, folders: dict[str, Path | None]
) -> None:
    """Refuse an output that is an input (it would be overwritten) and missing folders."""
    for option, folder in folders.items():
        if folder is not None and not folder.is_dir():
            problem = "is a file, not a folder" if folder.exists() else "folder not found"
            raise InputError(str(folder), problem, f"pass an existing folder to {option}")
    if output is not None and output.exists():
        for source in (article, claims):
            if source.exists() and output.resolve() == source.resolve():
                raise InputError(
                    str(output), "the output path is an input of this run",
                    "write the report to another file",
                )


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code)


def _relative(path: Path) -> Path:
    """Shown paths stay relative to where the user runs us, so reports are portable."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimsuite")
def main() -> None:
    """Check a news article against its claim file."""


@main.command("check")
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--claims", "claims_path", type=click.Path(path_type=Path),
              help="Claim file (default: claims/<article-stem>.yaml in the project).")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md",
              show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="Write the report here (atomically) instead of to stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="error", show_default=True,
              help="Exit 1 when a finding reaches this severity.")
@click.option("--select", multiple=True, help="Run only checks whose code starts with these.")
@click.option("--ignore", multiple=True, help="Skip checks whose code starts with these.")
@click.option("--registries", type=click.Path(path_type=Path),
              help="Folder of reference registries (default: from pyproject.toml).")
@click.option("--local-checks", type=click.Path(path_type=Path),
              help="Folder of project-local checks (default: from pyproject.toml).")
@click.option("--no-local-checks", is_flag=True, help="Run only the built-in checks.")
def check_command(
    article: Path,
    claims_path: Path | None,
    fmt: str,
    output: Path | None,
    fail_on: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    registries: Path | None,
    local_checks: Path | None,
    no_local_checks: bool,
) -> None:
    """Check ARTICLE against its claim file and print a report."""
    from claimsuite import engine  # noqa: PLC0415 - keep --help fast
    from claimsuite.config import find_project  # noqa: PLC0415
    from claimsuite.files import write_atomic  # noqa: PLC0415
    from claimsuite.reports import renderer  # noqa: PLC0415

    with _user_errors():
        project = find_project(claims_path.parent if claims_path else article.parent)
        if claims_path is None:
            claims_path = _relative(
                (project.root or Path()) / "claims" / f"{article.stem}.yaml"
            )
        _check_paths(article, claims_path, output,
                     {"--registries": registries, "--local-checks": local_checks})
        inputs = engine.load_inputs(article, claims_path, registries or project.registries)
        local = None if no_local_checks else (local_checks or project.local_checks)
        report = engine.check(inputs, local_checks=local, select=_codes(select),
                              ignore=_codes(ignore))
        text = renderer(fmt).render(report)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_atomic(output, text)
    if fail_on != "never":
        from claimsuite.checks.base import Severity  # noqa: PLC0415

        threshold = Severity(fail_on).rank
        if any(f.severity.rank >= threshold for f in report.findings):
            sys.exit(1)


@main.command("checks")
def checks_command() -> None:
    """List every check: code, severity, name and summary."""
    from claimsuite.checks.registry import build_registry  # noqa: PLC0415
    from claimsuite.config import find_project  # noqa: PLC0415

    with _user_errors():
        registry = build_registry(find_project(Path()).local_checks)
    for check in registry:
        click.echo(f"{check.code}  {check.severity.value:<7}  {check.name}: {check.summary}")


main.add_command(registry)
main.add_command(mutate)

if __name__ == "__main__":  # pragma: no cover
    main()
