"""Load the inputs and run the checks; ``reports.assemble`` turns the findings into a report."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from claimsuite.checks.base import Check, Context, Finding, Location, Severity
from claimsuite.checks.registry import Registry, build_registry
from claimsuite.claims.load import (
    ClaimSet,
    Registries,
    check_official_links,
    check_remark_links,
    load_claims,
    load_registries,
)
from claimsuite.reports.base import CheckInfo, Report
from claimsuite.text.article import Article

if TYPE_CHECKING:
    from types import ModuleType

    from claimsuite.vocabulary import Vocabulary

CRASH_CODE = "CS001"


@dataclass(frozen=True)
class Inputs:
    article: Article
    claims: ClaimSet
    registries: Registries
    vocabulary: Vocabulary | None = None  # the house vocabulary; None: the shipped lists


def load_inputs(article_path: Path, claims_path: Path, registries: Path | None, *,
                records: Registries | None = None) -> Inputs:
    """The article, its claim file and the record of ``registries``; ``records`` is that
    record already loaded (repository mode reads it once per worker)."""
    claims = load_claims(claims_path)
    if records is None:
        records = load_registries(registries)
    check_official_links(claims, records)
    check_remark_links(claims, records)
    article = Article.read(article_path, claims.file.article.language)
    return Inputs(article, claims, records)


def selected(registry: Registry, select: Iterable[str], ignore: Iterable[str]) -> list[Check]:
    """Checks whose code starts with a selected prefix and with no ignored prefix."""
    chosen = tuple(select) or ("",)
    skipped = tuple(ignore)
    return [
        check for check in registry
        if check.code.startswith(chosen) and not (skipped and check.code.startswith(skipped))
    ]


DEFAULT_CHECK_TIMEOUT = 10.0  # seconds per check on an article of up to TIMEOUT_UNIT characters
TIMEOUT_UNIT = 100_000
_settings = {"check_timeout": DEFAULT_CHECK_TIMEOUT}


def set_check_timeout(seconds: float) -> None:
    """The time one check may run in this process (``--check-timeout``, ``[tool.claimsuite]
    check-timeout``) before it is stopped and reported as CS001, for an article of up to
    100,000 characters; a longer article gets proportionally more."""
    _settings["check_timeout"] = seconds


def run_checks(
    ctx: Context, checks: Iterable[Check], *, timeout: float | None = None
) -> list[Finding]:
    """Run every check; one that raises anything (even ``sys.exit()``, ``KeyboardInterrupt``
    or ``GeneratorExit``), yields a bad finding or runs past ``timeout`` seconds becomes a
    CS001 finding naming it, and the others still run. A real Ctrl-C still stops the run."""
    base = _settings["check_timeout"] if timeout is None else timeout
    if not 0 < base < float("inf"):  # NaN, inf or nothing: the default, never no limit
        base = DEFAULT_CHECK_TIMEOUT
    # The limit is per 100,000 characters of article: a long article may take long honestly.
    limit = base * max(1.0, len(ctx.article.text) / TIMEOUT_UNIT)
    findings: list[Finding] = []
    with _real_interrupts() as interrupted, _alarms() as time_limit:
        for check in checks:
            found: list[Finding] = []
            try:
                with time_limit(limit):
                    for finding in check.run(ctx):
                        _validate(finding, ctx)
                        found.append(finding)
            except _CheckTimeout:
                found.append(_crashed(ctx, check, _TimedOut(f"ran past its {limit:.3g} s limit")))
            # One broken check must not hide the others, even one that calls sys.exit() or
            # raises a BaseException of its own.
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt) and interrupted():
                    raise
                found.append(_crashed(ctx, check, exc))
            findings.extend(found)
    return sorted(set(findings), key=lambda f: f.sort_key)


class _CheckTimeout(BaseException):
    """Raised inside a check that ran past its time limit; a ``BaseException`` so that an
    ``except Exception`` in the check does not swallow it."""


class _TimedOut(Exception):  # noqa: N818 - reported as CS001, never raised to the user
    pass


def _on_main_thread() -> bool:
    import threading  # noqa: PLC0415

    return threading.current_thread() is threading.main_thread()


@contextmanager
def _alarms() -> Iterator[Callable[[float], AbstractContextManager[None]]]:
    """``time_limit(seconds)`` for each check of one article: raise ``_CheckTimeout`` in the
    running check after ``seconds`` (SIGALRM, on the main thread of a POSIX system; elsewhere
    checks run without a limit). The alarm repeats every 0.1 s until the check returns, so a
    check that catches it once is stopped again. A check blocked inside one long C call (a
    huge regex match) is stopped when that call returns.

    The handler is installed once per article, not once per check: repository mode runs
    some 80 checks on every article, and installing and restoring it for each cost ~0.5 ms
    of an article's ~20."""
    import signal  # noqa: PLC0415

    if not (hasattr(signal, "setitimer") and _on_main_thread()):
        yield _no_limit
        return
    limit = _TimeLimit(signal)
    previous = signal.signal(signal.SIGALRM, limit.alarm)
    try:
        yield limit
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)  # each check's exit leaves it running
        signal.signal(signal.SIGALRM, previous)


class _TimeLimit:
    """``with limit(seconds):`` around one check: a plain context manager, not a generator
    one, and the handler read with ``_signal.getsignal`` (``signal.getsignal`` converts it
    to an enum member, raising and catching a ValueError for a function): entered once per
    check per article (~7,800 times per 200 articles), these were ~2% of repository mode.

    Entering arms the timer (so a check that stopped or changed it cannot leave the next
    one without a limit); leaving only marks the check done, and the timer is stopped once,
    after the article's last check (``_alarms``): an alarm that comes between checks finds
    none active and does nothing. Measured: ``setitimer`` ~1.5-2.3 µs a call, ~40 checks an
    article."""

    def __init__(self, signal: ModuleType) -> None:
        import _signal  # noqa: PLC0415 - the C module signal wraps

        self.signal = signal
        self.getsignal = _signal.getsignal
        self.active = False
        self.seconds = 0.0

    def alarm(self, _signum: int, _frame: object) -> None:
        if self.active:
            raise _CheckTimeout

    def __call__(self, seconds: float) -> _TimeLimit:
        self.seconds = seconds
        return self

    def __enter__(self) -> None:
        if not self.seconds:
            return
        signal = self.signal
        if self.getsignal(signal.SIGALRM) != self.alarm:  # a check replaced it
            signal.signal(signal.SIGALRM, self.alarm)
        # Armed before it is active: the previous check's timer, firing in between, is
        # ignored rather than stopping this check before it starts.
        signal.setitimer(signal.ITIMER_REAL, self.seconds, 0.1)
        self.active = True

    def __exit__(self, *_exc: object) -> None:
        self.active = False


@contextmanager
def _no_limit(_seconds: float) -> Iterator[None]:
    yield


@contextmanager
def _real_interrupts() -> Iterator[Callable[[], bool]]:
    """Tell a real Ctrl-C (SIGINT) from a check that raises ``KeyboardInterrupt``."""
    import signal  # noqa: PLC0415

    received = [False]
    if not _on_main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield lambda: True  # someone else handles SIGINT: treat every interrupt as real
        return

    def interrupt(signum: int, frame: object) -> None:
        received[0] = True
        signal.default_int_handler(signum, frame)  # type: ignore[arg-type]

    signal.signal(signal.SIGINT, interrupt)
    try:
        yield lambda: received[0]
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


class _BadFinding(Exception):  # noqa: N818 - reported as CS001, never raised to the user
    pass


def _validate(finding: object, ctx: Context) -> None:
    """A check's output must be a Finding that points inside the files it names."""
    if not isinstance(finding, Finding):
        msg = f"yielded {type(finding).__name__}, not a Finding"
        raise _BadFinding(msg)
    if not isinstance(finding.severity, Severity):
        msg = f"yielded a finding with severity {finding.severity!r}"
        raise _BadFinding(msg)
    where = finding.article
    if where is not None:
        lines = ctx.article.position(len(ctx.article.text))[0]  # O(log n) per finding
        if not (isinstance(where.line, int) and 1 <= where.line <= lines
                and isinstance(where.col, int) and where.col >= 1):
            msg = f"yielded a finding at {where.line}:{where.col}, outside the article"
            raise _BadFinding(msg)


def _crashed(ctx: Context, check: Check, exc: BaseException) -> Finding:
    """CS001 naming the check, the exception and the line of the check that raised it."""
    if isinstance(exc, _BadFinding | _TimedOut):
        what = str(exc)
    else:
        text = " ".join(str(exc).split())
        what = f"crashed: {type(exc).__name__}" + (f": {text}" if text else "")
        frame = _check_frame(check, exc)
        if frame:
            what += f" (at {frame})"
    if len(what) > 300:
        what = what[:297] + "..."
    return Finding(
        CRASH_CODE,
        Severity.ERROR,
        f"check {check.code} ({check.name}) {what}",
        claim_file=Location(ctx.claims.path, 1, 1),
    )


def _check_frame(check: Check, exc: BaseException) -> str | None:
    """``file:line`` of the innermost traceback frame inside the check's own module."""
    module = sys.modules.get(type(check).__module__)
    source = getattr(module, "__file__", None)
    if not source:
        return None
    found = None
    import traceback  # noqa: PLC0415 - only a crash needs it

    for frame, line in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == source:
            found = line
    if found is None:
        return None
    return f"{_shown(Path(source))}:{found}"


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path.name


def check(
    inputs: Inputs,
    registry: Registry | None = None,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> Report:
    """Run the selected checks of ``registry`` (default: the built-ins) and build the report."""
    from claimsuite.reports.assemble import build_report  # noqa: PLC0415 - not for mutate

    if registry is None:
        registry = build_registry(None)
    ctx = Context(inputs.article, inputs.claims, inputs.registries, vocabulary=inputs.vocabulary)
    checks, infos = _article_checks(registry, tuple(select), tuple(ignore))
    findings = run_checks(ctx, checks)
    return build_report(ctx, findings, infos)


# registry -> {(size, select, ignore): (checks, infos)}: repository mode runs the same
# selection on every article; weak, so a registry built for one command is not kept.
_SELECTIONS: WeakKeyDictionary[Registry, dict[tuple, tuple[list[Check], tuple[CheckInfo, ...]]]]
_SELECTIONS = WeakKeyDictionary()


def _article_checks(
    registry: Registry, select: tuple[str, ...], ignore: tuple[str, ...]
) -> tuple[list[Check], tuple[CheckInfo, ...]]:
    """The selected article-level checks of ``registry`` and their report rows, worked out
    once per selection (repository-level codes, CS002-CS006, are reported by
    claimsuite.repository, not here). One tuple of rows is shared by every report of a
    process, so a batch of outcomes sent from a worker pickles it once. Measured: ~0.15 ms
    an article for 39 checks (selection and rows), and ~1 KB less per message."""
    memo = _SELECTIONS.setdefault(registry, {})
    key = (len(registry), select, ignore)
    found = memo.get(key)
    if found is None:
        checks = [c for c in selected(registry, select, ignore)
                  if getattr(c, "level", "article") != "repository"]
        found = memo[key] = (checks, tuple(_info(c, registry) for c in checks))
    return list(found[0]), found[1]


def _info(check: Check, registry: Registry) -> CheckInfo:
    """The report's row for a check; scope and status are validated by the check registry."""
    return CheckInfo(check.code, check.name, check.severity, check.summary,
                     registry.origin(check.code), check.scope, check.status)
