"""What every command shares: the error handler, the run options and input resolution.

Commands stay thin: they parse options, call the library through these helpers, print and
pick the exit code. Library modules are imported inside the functions so that
``claimsuite --help`` does not pay for them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from claimsuite.errors import ClaimsuiteError, InputError

if TYPE_CHECKING:
    from claimsuite.engine import Inputs

F = TypeVar("F", bound=Callable[..., object])


@contextmanager
def user_errors() -> Iterator[None]:
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


def codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select CS1,CS2 --select LOC`` -> ("CS1", "CS2", "LOC")."""
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code)


def relative(path: Path) -> Path:
    """Shown paths stay relative to where the user runs us, so reports are portable."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def run_options(command: F) -> F:
    """The article, claim file, output and check-selection options of ``check`` and ``mutate``."""
    options = [
        click.argument("article", type=click.Path(path_type=Path)),
        click.option("--claims", "claims_path", type=click.Path(path_type=Path),
                     help="Claim file (default: claims/<article-stem>.yaml in the project)."),
        click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md",
                     show_default=True),
        click.option("--output", "-o", type=click.Path(path_type=Path),
                     help="Write the report here (atomically) instead of to stdout."),
        click.option("--select", multiple=True,
                     help="Run only checks whose code starts with these."),
        click.option("--ignore", multiple=True, help="Skip checks whose code starts with these."),
        click.option("--registries", type=click.Path(path_type=Path),
                     help="Folder of reference registries (default: from pyproject.toml)."),
        click.option("--local-checks", type=click.Path(path_type=Path),
                     help="Folder of project-local checks (default: from pyproject.toml)."),
        click.option("--no-local-checks", is_flag=True, help="Run only the built-in checks."),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@dataclass(frozen=True)
class Run:
    """Loaded inputs plus the local-checks folder the run should use."""

    inputs: Inputs
    local_checks: Path | None


def prepare(
    article: Path,
    claims_path: Path | None,
    output: Path | None,
    registries: Path | None,
    local_checks: Path | None,
    no_local_checks: bool,
) -> Run:
    """Find the project, default the claim file, refuse unsafe paths and load everything."""
    from claimsuite import engine  # noqa: PLC0415 - keep --help fast
    from claimsuite.config import find_project  # noqa: PLC0415

    project = find_project(claims_path.parent if claims_path else article.parent)
    if claims_path is None:
        claims_path = relative((project.root or Path()) / "claims" / f"{article.stem}.yaml")
    _check_paths(
        article, claims_path, output, {"--registries": registries, "--local-checks": local_checks}
    )
    inputs = engine.load_inputs(article, claims_path, registries or project.registries)
    local = None if no_local_checks else (local_checks or project.local_checks)
    return Run(inputs, local)


def emit(text: str, output: Path | None) -> None:
    """Print the report, or write it atomically to ``output``."""
    from claimsuite.files import write_atomic  # noqa: PLC0415

    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)


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
                    str(output),
                    "the output path is an input of this run",
                    "write the report to another file",
                )
