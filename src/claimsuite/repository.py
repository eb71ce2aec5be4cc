"""Repository mode: every article of the configured folders, checked against its claim file.

Pairing (:func:`discover`): an article ``<articles>/<sub>/<name>.txt`` goes with the claim
file ``<claims>/<sub>/<name>.yaml``. An article with no claim file is a CS002 finding, a claim
file with no article (the record folder aside) CS003, a claim file whose ``article.file``
names another article CS004. These are repository findings: they come from this module, not
from a per-article check (the checks of the same codes only document them).

Each article is checked by :func:`check_one`, a plain function of picklable arguments run in
a process pool (``--jobs``); results come back in the order the articles were listed, so the
output does not depend on scheduling. The archive reduce (CS006, :mod:`claimsuite.archive`),
acceptances (:mod:`claimsuite.accept`) and the baseline marks (:mod:`claimsuite.baseline`)
are applied afterwards, in the parent.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimsuite.findings import Finding, Location, Severity
from claimsuite.walk import Resolver

if TYPE_CHECKING:
    from claimsuite.vocabulary import Vocabulary

ARTICLE_SUFFIXES = (".txt",)
CLAIM_SUFFIX = ".yaml"
REPOSITORY_CODES = ("CS002", "CS003", "CS004", "CS005", "CS006")


@dataclass(frozen=True)
class Settings:
    """What a repository run needs to know; picklable, sent to every worker."""

    root: Path = Path()
    articles: tuple[Path, ...] = (Path("seeds"),)
    claims: Path = Path("claims")
    registries: Path | None = None
    local_checks: Path | None = None
    blocked_packages: tuple[str, ...] = ()
    check_timeout: float = 10.0
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    vocabulary: tuple[Path, ...] = ()  # the desk's house vocabulary files (CS503)
    default_vocabulary: bool = True


@dataclass(frozen=True)
class Pair:
    article: Path
    claims: Path


@dataclass
class Outcome:
    """One article's result: its report (None when its inputs could not be read), the facts
    of its claim set for the archive reduce, and its claim file's acceptances."""

    article: str
    claims: str
    report: object | None = None
    facts: tuple = ()
    acceptances: tuple = ()
    error: str | None = None
    fixed: int = 0
    extra: list[tuple[Finding, str]] = field(default_factory=list)


def _has_glob(text: str) -> bool:
    return any(c in text for c in "*?[")


def _articles_in(folder: Path, resolver: Resolver) -> list[Path]:
    return resolver.files(folder, ARTICLE_SUFFIXES)


def mirrored(article: Path, settings: Settings, resolver: Resolver | None = None) -> Path:
    """The claim file of ``article``: its path under the article folder, under ``claims``
    (``resolver``: one run's :class:`claimsuite.walk.Resolver`, to resolve paths faster)."""
    if resolver is not None:
        folders = resolver.memo.get(settings.articles)
        if folders is None:
            folders = resolver.memo[settings.articles] = tuple(
                str(f) for f in _resolved_folders(settings.articles))
        fast = resolver.mirror(article, folders, settings.claims, CLAIM_SUFFIX)
        if fast is not None:
            return Path(fast)
    resolved = article.resolve()
    for folder in _resolved_folders(settings.articles):
        try:
            rel = resolved.relative_to(folder)
        except ValueError:
            continue
        return settings.claims / rel.with_suffix(CLAIM_SUFFIX)
    return settings.claims / f"{article.stem}{CLAIM_SUFFIX}"


def _resolved_folders(folders: tuple[Path, ...]) -> tuple[Path, ...]:
    """``folders`` resolved, once per working directory (``mirrored`` runs per article)."""
    return _resolved_in(os.getcwd(), folders)


@lru_cache(maxsize=8)
def _resolved_in(cwd: str, folders: tuple[Path, ...]) -> tuple[Path, ...]:
    return tuple(folder.resolve() for folder in folders)


def discover(paths: Sequence[str], settings: Settings) -> tuple[list[Pair], list[Path], list[Path]]:
    """The article/claim-file pairs of a run, the articles with no claim file, and the claim
    files with no article (looked for only when the whole repository or a whole article
    folder is checked)."""
    resolver = Resolver()
    articles: list[Path] = []
    whole = not paths
    if whole:
        for folder in settings.articles:
            if folder.is_dir():
                articles += _articles_in(folder, resolver)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            articles += _articles_in(path, resolver)
            whole = whole or any(path.resolve() == f.resolve() for f in settings.articles)
        elif _has_glob(given):
            articles += sorted(Path(p) for p in glob.glob(given, recursive=True)
                               if Path(p).is_file())
        elif path.suffix == CLAIM_SUFFIX:
            article = _article_of(path, settings)  # a changed claim file: check its article
            if article is not None:
                articles.append(article)
        else:
            articles.append(path)
    # Each article once, in order (a path and its normalized text are equal as paths).
    unique: dict[str, Path] = {}
    for article in articles:
        text = os.path.normpath(article)
        if text not in unique:
            unique[text] = article if text == str(article) else Path(text)
    articles = list(unique.values())
    # The claim files, listed once: those seen are files without another system call.
    listed = resolver.glob(settings.claims, CLAIM_SUFFIX) if whole and \
        settings.claims.is_dir() else []
    pairs, lonely = [], []
    for article in articles:
        claims = mirrored(article, settings, resolver)
        if resolver.is_file(claims):
            pairs.append(Pair(article, claims))
        else:
            lonely.append(article)
    orphans: list[Path] = []
    if listed:  # resolved paths as text: is_relative_to is a prefix up to a separator
        taken = {resolver.real(str(p.claims)) for p in pairs}
        record = str(settings.registries.resolve()) if settings.registries else None
        under = (record if record.endswith(os.sep) else record + os.sep) if record else None
        for claims in listed:
            resolved = resolver.real(claims)
            if resolved in taken or (record and (resolved == record
                                                 or resolved.startswith(under))):  # type: ignore[arg-type]
                continue
            orphans.append(Path(claims))
    return pairs, lonely, orphans


def _article_of(claims: Path, settings: Settings) -> Path | None:
    """The article of a claim file given on the command line (pre-commit passes changed
    files): the existing article at its mirrored path; None for a record file."""
    resolved = claims.resolve()
    if settings.registries and resolved.is_relative_to(settings.registries.resolve()):
        return None
    try:
        rel = resolved.relative_to(settings.claims.resolve())
    except ValueError:
        return None
    for folder in settings.articles:
        for suffix in ARTICLE_SUFFIXES:
            candidate = folder / rel.with_suffix(suffix)
            if candidate.is_file():
                return candidate
    return None


def expected_article(claims: Path, settings: Settings) -> Path:
    rel = claims.resolve().relative_to(settings.claims.resolve())
    folder = settings.articles[0] if settings.articles else Path()
    return folder / rel.with_suffix(ARTICLE_SUFFIXES[0])


# ---- the map: one article, in a worker ---------------------------------------------------

_REGISTRIES: dict[tuple[object, ...], object] = {}


def _registry(settings: Settings) -> object:
    """The checks of a run, built once per process while the local check files are the same
    (a process that runs several commands, as a test session does, sees their edits)."""
    key = (_local_stamp(settings.local_checks), settings.blocked_packages)
    if key not in _REGISTRIES:
        from claimsuite.checks.registry import build_registry  # noqa: PLC0415

        _REGISTRIES[key] = build_registry(
            settings.local_checks, packages=True, blocked=settings.blocked_packages)
    return _REGISTRIES[key]


def _local_stamp(folder: Path | None) -> tuple:
    if folder is None or not folder.is_dir():
        return (str(folder),)
    files = sorted(folder.glob("*.py"))
    return (str(folder.resolve()), *((p.name, p.stat().st_size, p.stat().st_mtime_ns)
                                     for p in files))


def ignored_for(article: str, settings: Settings) -> tuple[str, ...]:
    """``ignore`` plus the per-path ignores whose glob matches ``article``."""
    import fnmatch  # noqa: PLC0415

    extra = [code for pattern, codes in settings.per_path_ignores
             if fnmatch.fnmatchcase(Path(article).as_posix(), pattern) for code in codes]
    return (*settings.ignore, *extra)


_RECORDS: dict[tuple, object] = {}


def _record(folder: Path | None) -> object | None:
    """The record of ``folder``, parsed once per process while its files are unchanged (name,
    size and mtime of every ``*.yaml``); None when it does not load, so that each article's
    run reports the error as before."""
    if folder is None:
        return None
    from claimsuite.claims.load import load_registries  # noqa: PLC0415
    from claimsuite.errors import ClaimsuiteError  # noqa: PLC0415

    # Read for every article: one directory listing and one stat a file (Path.glob, two
    # stats a file and resolving the folder were ~1% of checking a seed-sized article).
    try:
        with os.scandir(folder) as entries:
            found = [(entry.name, entry.stat()) for entry in entries
                     if entry.name.endswith(".yaml")]
    except OSError:  # no such folder, not a folder, or a file gone or unreadable
        return None
    stamp = tuple(sorted((name, st.st_size, st.st_mtime_ns) for name, st in found))
    key = (str(_resolved_folders((folder,))[0]), stamp)
    if key not in _RECORDS:
        try:
            record = load_registries(folder)
        except ClaimsuiteError:
            return None
        _RECORDS.clear()
        _RECORDS[key] = record
    return _RECORDS[key]


@lru_cache(maxsize=4)
def _vocabulary(paths: tuple[Path, ...], defaults: bool) -> Vocabulary:
    """The house vocabulary of a repository run, read once per worker."""
    from claimsuite.vocabulary import load_vocabulary  # noqa: PLC0415

    return load_vocabulary(paths, defaults=defaults)


def check_one(pair: Pair, settings: Settings, registries: Path | None = None,
              shown_as: Path | None = None) -> Outcome:
    """Check one article (the map step): its report, facts and acceptances.

    ``registries`` overrides the settings' record folder and ``shown_as`` names the article
    as the working tree has it (for --new-since, which checks base versions in a temporary
    folder).
    """
    from claimsuite import accept, archive, engine  # noqa: PLC0415
    from claimsuite.errors import ClaimsuiteError, one_line  # noqa: PLC0415

    outcome = Outcome(str(pair.article), str(pair.claims))
    engine.set_check_timeout(settings.check_timeout)
    try:
        folder = registries if registries is not None else settings.registries
        inputs = engine.load_inputs(pair.article, pair.claims, folder, records=_record(folder))
        if settings.vocabulary or not settings.default_vocabulary:
            from dataclasses import replace  # noqa: PLC0415

            inputs = replace(inputs, vocabulary=_vocabulary(settings.vocabulary,
                                                            settings.default_vocabulary))
    except ClaimsuiteError as exc:
        outcome.error = one_line(str(exc))
        return outcome
    outcome.report = engine.check(inputs, _registry(settings), select=settings.select,
                                  ignore=ignored_for(outcome.article, settings))
    outcome.facts = archive.facts(inputs.claims, inputs.registries)
    outcome.acceptances = accept.from_claims(inputs.claims)
    named = inputs.claims.file.article.file
    article = shown_as or pair.article
    if named and not _same_file(settings.root / named, article):
        line, col = inputs.claims.document.position(("article", "file"))
        finding = Finding(
            "CS004", Severity.ERROR,
            f"the claim file is about {named} but is paired with {article.as_posix()}",
            claim_file=Location(outcome.claims, line, col), fields=("file",),
            suggestion=_from_root(article, settings),
        )
        outcome.extra.append((finding, _digest("CS004", named, article.as_posix())))
    return outcome


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same text names the same file without asking
    the file system (resolving both is ~0.05 ms, and nearly every claim file names its
    article exactly as the pairing found it)."""
    return str(a) == str(b) or a.resolve() == b.resolve()


def archive_facts(settings: Settings, skip: set[str]) -> list[tuple]:
    """The facts of every other claim file of the archive (claim files only, no checks): a
    run over some articles still compares them with the whole archive (CS006). A claim
    file that does not load is left out here; its own run reports it."""
    from claimsuite import archive  # noqa: PLC0415
    from claimsuite.claims.load import load_claims, load_registries  # noqa: PLC0415
    from claimsuite.errors import ClaimsuiteError  # noqa: PLC0415

    pairs, _, _ = discover((), settings)
    try:
        record = load_registries(settings.registries)
    except ClaimsuiteError:
        record = None
    out = []
    for pair in pairs:
        if str(pair.claims) in skip:
            continue
        try:
            out.append(archive.facts(load_claims(pair.claims), record))
        except ClaimsuiteError:
            continue
    return out


def _from_root(path: Path, settings: Settings) -> str:
    try:
        return path.resolve().relative_to(settings.root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _check_star(args: tuple) -> Outcome:
    pair, settings, *stored = args
    outcome = check_one(pair, settings)
    # (cache folder, key): remember the outcome (claimsuite.cache), unless a check crashed or
    # ran out of time (CS001): that may not happen again, so the next run checks again.
    crashed = outcome.report is not None and any(
        f.code == "CS001" for f in outcome.report.findings)  # type: ignore[attr-defined]
    if stored and not crashed:
        from claimsuite.cache import Cache  # noqa: PLC0415

        Cache(stored[0]).put(stored[1], outcome)
    return outcome


def run_all(
    pairs: Sequence[Pair], settings: Settings, jobs: int,
    progress: Callable[[int, int, str], None] | None = None,
    *, cache: bool = False, session: object | None = None,
) -> list[Outcome]:
    """Check every pair, ``jobs`` at a time, results in the order of ``pairs``. With
    ``cache``, an article whose inputs are all unchanged since a run stored its outcome is
    not checked again (:mod:`claimsuite.cache`); with a ``session``
    (:class:`claimsuite.warm.Session`) whose index serves the run, such an article is a
    :class:`claimsuite.warm.Light` instead of its outcome."""
    if cache:
        return _run_cached(pairs, settings, jobs, progress, session)
    work = [(pair, settings) for pair in pairs]
    return _run_work(work, jobs, progress)


def _run_cached(pairs: Sequence[Pair], settings: Settings, jobs: int,
                progress: Callable[[int, int, str], None] | None,
                session: object | None = None) -> list[Outcome]:
    import time  # noqa: PLC0415

    from claimsuite.warm import Session  # noqa: PLC0415

    root = settings.root if str(settings.root) else Path()
    if session is None:
        session = Session(root, settings, None)
    store = session.store  # type: ignore[attr-defined]
    started = time.time_ns()  # before any file of this run is read (warm.RACY_NS)
    found: dict[int, object] = {}
    work = []
    for index, pair in enumerate(pairs):
        key, row = session.key(pair.article, pair.claims, started)  # type: ignore[attr-defined]
        light = session.light(pair.article, pair.claims, key, row) if row else None  # type: ignore[attr-defined]
        if light is not None:
            found[index] = light
            continue
        hit = store.get(key)
        if isinstance(hit, Outcome) and hit.article == str(pair.article):
            found[index] = hit
        else:
            work.append((pair, settings, root, key))
    fresh = iter(_run_work(work, jobs, progress))
    return [found[i] if i in found else next(fresh) for i in range(len(pairs))]  # type: ignore[misc]


def _run_work(work: list, jobs: int,
              progress: Callable[[int, int, str], None] | None) -> list[Outcome]:
    if jobs <= 1 or len(work) <= 1:
        out = []
        for number, item in enumerate(work, start=1):
            out.append(_check_star(item))
            if progress:
                progress(number, len(work), str(item[0].article))
        return out
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    context = _pool_context()
    if context.get_start_method() == "fork":  # type: ignore[attr-defined]
        _warm_for_workers(work[0][1])
    out = []
    # Articles go to the workers in small batches: one message per article costs more than
    # checking a short one; results still come back in order.
    chunk = max(1, min(16, len(work) // (4 * jobs)))
    from claimsuite.reports import wire  # noqa: PLC0415

    with ProcessPoolExecutor(max_workers=min(jobs, len(work)), mp_context=context,
                             initializer=wire.register) as pool:
        for number, outcome in enumerate(pool.map(_check_star, work, chunksize=chunk), start=1):
            out.append(outcome)
            if progress:
                progress(number, len(work), outcome.article)
    return out


def _warm_for_workers(settings: Settings) -> None:
    """Build once, in the parent, what every forked worker would build for itself before its
    first article: the claim file's validator and the record (~15 ms a worker)."""
    from claimsuite.claims.model import ClaimFile  # noqa: PLC0415

    ClaimFile.model_rebuild()
    _record(settings.registries)


def _pool_context() -> object:
    """How the workers start. On Linux, from a parent with one thread: forked, so that each
    starts with the parent's imports and its built-in checks already validated (measured:
    ~0.3 s of CPU a worker at the start of a run, ~3% of checking 1,000 seed-sized articles
    on 2 cores). Otherwise (a thread in the parent, where fork is unsafe; macOS, where it is
    unsafe as well): forkserver, a fresh single-threaded process per worker, which imports
    claimsuite and builds its check registry once; spawn where there is no forkserver."""
    import multiprocessing  # noqa: PLC0415
    import sys  # noqa: PLC0415

    if sys.platform == "linux" and _one_thread():
        return multiprocessing.get_context("fork")
    # Windows has no forkserver: each worker is spawned there.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _one_thread() -> bool:
    """Whether this process runs one thread, as the kernel counts them: a thread started by
    a C extension is not in ``threading.active_count()`` but makes fork just as unsafe."""
    import os  # noqa: PLC0415

    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


# ---- the reduce and the marks, in the parent ---------------------------------------------


def lonely_report(article: Path, claims: Path, code: str, message: str, where: Location,
                  checks: tuple, severity: Severity = Severity.ERROR) -> object:
    """A report for a finding that belongs to no pair: an article or claim file that could
    not be paired, an unused acceptance of the configuration."""
    from claimsuite.reports.base import Report  # noqa: PLC0415

    finding = Finding(code, severity, message, article=where if code == "CS002" else None,
                      claim_file=where if code != "CS002" else None)
    return Report(str(article), str(claims), {}, (finding,), checks, (),
                  (_digest(code, where.path),))


def merge(report: object, extra: Iterable[tuple[Finding, str]]) -> object:
    """``report`` with more findings (and their fingerprints), in report order, and the
    repository checks that made them in its list of checks. Acceptance reasons and baseline
    marks stay with their findings; an added finding has none (apply them afterwards)."""
    extra = list(extra)
    if not extra:
        return report
    n = len(report.findings)  # type: ignore[attr-defined]
    rows = [(report.findings[i], report.fingerprint(i), report.reason(i), report.mark(i))  # type: ignore[attr-defined]
            for i in range(n)]
    seen = {(f, p) for f, p, _, _ in rows}
    rows += [(f, p, None, "") for f, p in dict.fromkeys(extra) if (f, p) not in seen]
    rows.sort(key=lambda r: r[0].sort_key)
    have = {c.code for c in report.checks}  # type: ignore[attr-defined]
    infos = list(report.checks)  # type: ignore[attr-defined]
    for code in sorted({f.code for f, _ in extra} - have):
        infos += list(repository_infos((code,)))
    return dataclasses.replace(  # type: ignore[type-var]
        report, findings=tuple(r[0] for r in rows), fingerprints=tuple(r[1] for r in rows),
        accepted=tuple(r[2] for r in rows) if report.accepted else (),  # type: ignore[attr-defined]
        baseline=tuple(r[3] for r in rows) if report.baseline else (),  # type: ignore[attr-defined]
        checks=tuple(sorted(infos, key=lambda c: c.code)),
    )


def repository_infos(codes: Iterable[str]) -> tuple:
    """The report rows (``CheckInfo``) of repository-level codes."""
    from claimsuite.checks.registry import build_registry  # noqa: PLC0415
    from claimsuite.engine import _info  # noqa: PLC0415

    registry = _REGISTRIES.setdefault(("builtin",), build_registry(None))
    return tuple(_info(registry.get(code), registry) for code in codes  # type: ignore[attr-defined]
                 if registry.get(code) is not None)  # type: ignore[attr-defined]


def codes_selected(checks: Iterable[object]) -> set[str]:
    return {c.code for c in checks}  # type: ignore[attr-defined]
