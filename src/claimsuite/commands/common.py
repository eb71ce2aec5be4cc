"""What every command shares: the error handler, the run options and input resolution.

Commands stay thin: they parse options, call the library through these helpers, print and
pick the exit code. Library modules are imported inside the functions so that
``claimsuite --help`` does not pay for them.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import click

from claimsuite.errors import ClaimsuiteError, InputError, one_line
from claimsuite.reports import FORMATS

if TYPE_CHECKING:
    from claimsuite.checks.registry import Registry
    from claimsuite.config import ProjectConfig
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
        # Messages quote user input (a bad key, an exception text, a file name that is not
        # UTF-8): keep the promise of one printable line per problem. A file with several
        # problems (claims.explain.ClaimFileProblemsError) gives each on its own line.
        lines = exc.lines() if hasattr(exc, "lines") else [str(exc)]
        for line in lines:
            click.echo(f"claimsuite: {one_line(line)}", err=True)
        sys.exit(2)


def codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select CS1,CS2 --select LOC`` -> ("CS1", "CS2", "LOC")."""
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code)


def relative(path: Path) -> Path:
    """Shown paths stay relative to where the user runs us (with ``..`` when the file is
    outside), so reports are portable and never hold an absolute path."""
    if not path.is_absolute():
        return path
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd().resolve()))
    except ValueError:  # pragma: no cover - another drive (Windows)
        return path


def _remember(ctx: click.Context, param: click.Parameter, value: object) -> object:
    """Options every run shares that commands do not need to see: kept on the context."""
    ctx.meta[f"claimsuite.{param.name}"] = value
    return value


class Seconds(click.FloatRange):
    """A number of seconds in (0, 3600]; unlike ``FloatRange`` it refuses 'nan'."""

    name = "seconds"

    def __init__(self) -> None:
        super().__init__(min=0, min_open=True, max=3600)

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> object:
        seconds = super().convert(value, param, ctx)
        if isinstance(seconds, float) and math.isnan(seconds):
            self.fail("nan is not a number of seconds", param, ctx)
        return seconds


def config_option(command: F) -> F:
    """``--config FILE``: the project settings to use instead of the working directory's."""
    return click.option(
        "--config", type=click.Path(path_type=Path), expose_value=False, callback=_remember,
        help="Project settings ([tool.claimsuite]) from this TOML file instead of the "
        "pyproject.toml of the working directory's project.",
    )(command)


def _meta(name: str) -> object:
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(f"claimsuite.{name}") if ctx is not None else None


def project_settings() -> ProjectConfig:
    """The settings of the project the user runs in (``--config`` or the working
    directory's); never of a folder an input file sits in (README: Trust model)."""
    from claimsuite.config import load_project  # noqa: PLC0415

    config = _meta("config")
    ctx = click.get_current_context(silent=True)
    known = ctx.meta.get("claimsuite.project") if ctx is not None else None
    if known is not None and known[0] == config:  # read once per command (check reads twice)
        return known[1]  # type: ignore[no-any-return]
    project = load_project(config if isinstance(config, Path) else None)
    if ctx is not None:
        ctx.meta["claimsuite.project"] = (config, project)
    return project


def packages_option(command: F) -> F:
    """``--block-package NAME``: an installed check package not to load, like pytest's
    ``-p no:NAME`` (repeat it, or separate names with commas)."""
    return click.option(
        "--block-package", multiple=True, expose_value=False, callback=_remember,
        metavar="NAME",
        help="Do not load the installed check package NAME (its claimsuite.checks entry point);"
        " adds to [tool.claimsuite] block-packages.",
    )(command)


def blocked_packages(project: ProjectConfig) -> tuple[str, ...]:
    """The check packages this run does not load: ``--block-package`` and the project's
    ``block-packages``."""
    given = _meta("block_package")
    names = [name.strip() for value in (given if isinstance(given, tuple) else ())
             for name in str(value).split(",") if name.strip()]
    return tuple(sorted({*names, *project.blocked_packages}))


def check_registry(local_checks: Path | None, project: ProjectConfig | None = None) -> Registry:
    """The checks of a run: the built-ins, the installed check packages that are not blocked,
    then the local checks of ``local_checks``."""
    blocked = blocked_packages(project or project_settings())
    return command_registry(local_checks, blocked)


def command_registry(local_checks: Path | None, blocked: tuple[str, ...]) -> Registry:
    """``build_registry(local_checks, packages=True, blocked=blocked)``, built once per
    command: ``check`` asks for it to validate ``--select``, then to run (the installed check
    packages are looked up and the local checks loaded once, not twice)."""
    from claimsuite.checks.registry import build_registry  # noqa: PLC0415

    ctx = click.get_current_context(silent=True)
    key = (local_checks, tuple(blocked))
    known = ctx.meta.get("claimsuite.registry") if ctx is not None else None
    if known is not None and known[0] == key:
        return known[1]  # type: ignore[no-any-return]
    registry = build_registry(local_checks, packages=True, blocked=blocked)
    if ctx is not None:
        ctx.meta["claimsuite.registry"] = (key, registry)
    return registry


def record_option(what: str = "the reference files") -> Callable[[F], F]:
    """``--record FOLDER`` (old name ``--registries``), the folder of the record; ``what``
    says what the command reads it for."""
    return click.option(
        "--record", "--registries", "registries", type=click.Path(path_type=Path),
        help=f"Folder of the record, {what} (default: [tool.claimsuite] record, or "
             "claims/registries); --registries is its old name.",
    )


def output_option(help_text: str) -> Callable[[F], F]:
    """``--output/-o FILE``: where the command writes what it would print."""
    return click.option("--output", "-o", type=click.Path(path_type=Path), help=help_text)


def run_options(
    first: Callable[[F], F],
    *,
    claims_help: str,
    format_help: str,
    output_help: str,
    format_default: str | None = None,
    more: Iterable[Callable[[F], F]] = (),
) -> Callable[[F], F]:
    """The options every checking run shares (``check`` and ``mutate``), declared once.

    ``first`` is the command's argument (one ARTICLE, or the PATHS of repository mode);
    the help texts and the format's default are what differ between the commands; ``more``
    are the command's own options, listed after these and before ``--block-package`` and
    ``--config``.
    """
    options = [
        first,
        click.option("--claims", "claims_path", type=click.Path(path_type=Path),
                     help=claims_help),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default=format_default,
                     show_default=format_default is not None, help=format_help),
        output_option(output_help),
        click.option("--select", multiple=True,
                     help="Run only checks whose code starts with these."),
        click.option("--ignore", multiple=True, help="Skip checks whose code starts with these."),
        record_option(),
        click.option("--local-checks", type=click.Path(path_type=Path),
                     help="Folder of project-local checks (default: from pyproject.toml)."),
        click.option("--no-local-checks", is_flag=True, help="Run only the built-in checks."),
        click.option("--check-timeout", type=Seconds(),
                     expose_value=False, callback=_remember,
                     help="Seconds one check may run (per 100,000 characters of article) before"
                          " it is stopped and reported as CS001 (default: [tool.claimsuite]"
                          " check-timeout, or 10)."),
        *more,
    ]  # fmt: skip

    def decorate(command: F) -> F:
        command = config_option(command)
        command = packages_option(command)
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


class Run(NamedTuple):
    """Loaded inputs plus the local-checks folder the run should use (a named tuple: cheaper
    to define at start-up than a data class)."""

    inputs: Inputs
    local_checks: Path | None
    check_timeout: float | None = None
    blocked_packages: tuple[str, ...] = ()

    def registry(self) -> Registry:
        """The checks this run uses (see :func:`check_registry`)."""
        return command_registry(self.local_checks, self.blocked_packages)


def prepare(
    article: Path,
    claims_path: Path | None,
    output: Path | None,
    registries: Path | None,
    local_checks: Path | None,
    no_local_checks: bool,
) -> Run:
    """Find the project, default the claim file, refuse unsafe paths and load everything.

    The project is the working directory's (or ``--config``), never the folder of an input:
    a received folder's ``pyproject.toml`` and ``checks/`` are not ours to run.
    """
    from claimsuite import engine  # noqa: PLC0415 - keep --help fast

    project = project_settings()
    typed = {}  # what the report shows (relative) -> what the user typed, for messages
    for given in (article, claims_path, registries):
        if given is not None and given.is_absolute():
            typed[str(relative(given))] = str(given)
    article = relative(article)
    if claims_path is None:
        claims_path = relative((project.root or Path().resolve()) / "claims"
                               / f"{article.stem}.yaml")
    claims_path = relative(claims_path)
    _check_folders({"--record": registries, "--local-checks": local_checks})
    records = relative(registries) if registries else project.registries
    chosen = local_checks or project.local_checks
    local = None if no_local_checks or chosen is None else relative(chosen)
    if output is not None:
        from claimsuite.files import refuse_as_output  # noqa: PLC0415

        refuse_as_output(
            output,
            [article, claims_path, *_files(records, "*.yaml"), *_files(local, "*.py"),
             *([project.file] if project.file else []), *project.vocabulary],
            {records: ".yaml", local: ".py"},
        )
    timeout = _meta("check_timeout")
    seconds = float(timeout) if isinstance(timeout, int | float) else project.check_timeout
    engine.set_check_timeout(seconds)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # the setting is this command's: later library calls get the default
        ctx.call_on_close(lambda: engine.set_check_timeout(engine.DEFAULT_CHECK_TIMEOUT))
    try:
        inputs = engine.load_inputs(article, claims_path, records)
    except InputError as exc:  # name the file as the user wrote it
        exc.path = _as_typed(exc.path, typed)
        raise
    if project.vocabulary or not project.default_vocabulary:
        from dataclasses import replace  # noqa: PLC0415

        from claimsuite.vocabulary import load_vocabulary  # noqa: PLC0415

        vocabulary = load_vocabulary(project.vocabulary, defaults=project.default_vocabulary)
        inputs = replace(inputs, vocabulary=vocabulary)
    inputs = _printable_names(inputs)
    return Run(inputs, local, seconds, blocked_packages(project))


def _printable_names(inputs: Inputs) -> Inputs:
    """The article and claim file named so that a report can print them: bytes of a file
    name that are not UTF-8 become the text ``\\xNN`` (the files are read already)."""
    from dataclasses import replace  # noqa: PLC0415

    from claimsuite.errors import printable  # noqa: PLC0415

    article, claims = inputs.article, inputs.claims
    if printable(article.path) != article.path:
        article = replace(article, path=printable(article.path))
    if printable(claims.path) != claims.path:
        shown = printable(claims.path)
        claims = replace(claims, path=shown, document=replace(claims.document, path=shown))
    if article is inputs.article and claims is inputs.claims:
        return inputs
    return replace(inputs, article=article, claims=claims)


def _as_typed(path: str, typed: dict[str, str]) -> str:
    """``path`` with a leading relative form of an absolute path the user gave put back."""
    for shown, given in typed.items():
        if path == shown:
            return given
        if path.startswith(shown + os.sep):
            return given + path[len(shown):]
    return path


def emit(text: str, output: Path | None) -> None:
    """Print the report, or write it atomically to ``output``."""
    from claimsuite.files import write_atomic  # noqa: PLC0415

    if output is None:
        from claimsuite.errors import printable  # noqa: PLC0415

        click.echo(printable(text), nl=False)  # a file name that is not UTF-8 shows as \xNN
    else:
        write_atomic(output, text)


def _check_folders(folders: dict[str, Path | None]) -> None:
    """Refuse missing folders given on the command line."""
    for option, folder in folders.items():
        if folder is not None and not folder.is_dir():
            problem = "is a file, not a folder" if folder.exists() else "folder not found"
            raise InputError(str(folder), problem, f"pass an existing folder to {option}")


def _files(folder: Path | None, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern)) if folder is not None and folder.is_dir() else []


def refuse_inputs_as_output(output: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output path that names a file this run reads (``files.refuse_as_output``)."""
    from claimsuite.files import refuse_as_output  # noqa: PLC0415

    refuse_as_output(output, inputs)
