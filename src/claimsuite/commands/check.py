"""``claimsuite check``: one article, or a whole repository of them.

One path that is a file (or ``--claims``) checks that article as before. No path, a folder,
a glob or several files is repository mode (``claimsuite.repository``): every article paired
with its mirrored claim file, checked ``--jobs`` at a time, one summary line per article
and totals on stderr, the report on stdout or in ``--output``. Both modes then apply the
same steps: the archive reduce (repository mode), acceptances, the baseline marks, and the
exit code from the findings that are neither accepted nor (with ``--fail-on-new``) standing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import click

from claimsuite.commands.check_output import (
    emit_reports,
    failing_findings,
    print_settings,
    print_summaries,
)
from claimsuite.commands.common import (
    blocked_packages,
    project_settings,
    relative,
    run_options,
    user_errors,
)
from claimsuite.errors import InputError
from claimsuite.findings import FAIL_LEVELS

check_options = run_options(
    click.argument("paths", nargs=-1),
    claims_help="Claim file of the one ARTICLE (default: its mirror under claims/).",
    format_help="Report format (default: [tool.claimsuite] format, or md).",
    output_help="Write the report here (atomically); a summary still goes to stderr.",
    more=[
        click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
                     help="Exit 1 when a finding reaches this severity (default: error)."),
        click.option("--fail-on-new", is_flag=True,
                     help="Only new findings (see --baseline, --new-since) decide the exit code."),
        click.option("--baseline", type=click.Path(path_type=Path),
                     help="A JSON or JSONL report from the base branch: marks findings new or "
                          "standing."),
        click.option("--new-since", metavar="REF",
                     help="Compare with the files as they are in git REF (e.g. origin/main)."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Articles checked in parallel (default: all cores)."),
        click.option("--show-settings", is_flag=True,
                     help="Print the settings this run would use, and exit."),
        click.option("--no-cache", is_flag=True,
                     help="Check every article again: neither read nor write "
                          ".claimsuite_cache/ (repository mode)."),
    ],
)  # fmt: skip


def split_codes(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(c.strip().upper() for v in values for c in str(v).split(",") if c.strip())


def validate_codes(given: dict[str, Sequence[str]], known: Sequence[str]) -> None:
    """Refuse a code or prefix that selects no check, with the closest known code."""
    import difflib  # noqa: PLC0415

    for option, values in given.items():
        for code in values:
            if any(k.startswith(code) for k in known):
                continue
            close = difflib.get_close_matches(code, known, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]}?" if close else "see 'claimsuite checks'"
            raise InputError(option, f"unknown check code {code!r}: it selects no check", hint)


class Gathered(NamedTuple):
    """What a run found, before it is printed: the reports in output order, the per-article
    outcomes, whether it was one article, and the settings that decide the exit code (a
    named tuple: cheaper to define at start-up than a data class)."""

    reports: list
    outcomes: list
    lonely: int
    single: bool
    compared: bool
    fmt: str
    fail_on: str
    # The warm path (claimsuite.warm): the run's session and the CS006 findings merged into
    # each claim file's report, for the index this run leaves.
    session: object | None = None
    merged: dict | None = None


def run_check(ctx_args: dict) -> None:
    found = gather({**ctx_args, "warm": True})
    if found is None:
        return
    emit_reports(found.reports, found.fmt, ctx_args["output"], found.single,
                 (found.session, found.outcomes, found.merged))
    failing = failing_findings(found.reports, found.fail_on, ctx_args["fail_on_new"])
    errors = [o for o in found.outcomes if o.error]
    if not found.single or ctx_args["output"] is not None:
        print_summaries(found.outcomes, found.reports, failing, found.fail_on, found.single,
                        found.compared, ctx_args["fail_on_new"], len(found.outcomes) + found.lonely)
    for outcome in errors:
        click.echo(f"claimsuite: {outcome.error}", err=True)
    if errors:
        sys.exit(2)
    if failing:
        sys.exit(1)


def gather(ctx_args: dict) -> Gathered | None:  # noqa: PLR0915 - one linear story
    """Check, reduce, accept and mark: everything but printing (``check`` and ``report``)."""
    # archive (the reduce) and baseline (the marks) are imported where a run needs them.
    from claimsuite import accept, repository  # noqa: PLC0415

    project = project_settings()
    paths: tuple[str, ...] = ctx_args["paths"]
    single = ctx_args["claims_path"] is not None or (
        len(paths) == 1 and not Path(paths[0]).is_dir() and not repository._has_glob(paths[0])
    )
    if ctx_args["claims_path"] is not None and len(paths) != 1:
        raise InputError("--claims", "names the claim file of one article",
                         "give exactly one ARTICLE with --claims")
    fmt = ctx_args["fmt"] or project.output_format or "md"
    select = split_codes(ctx_args["select"]) or split_codes(project.select)
    ignore = (*split_codes(ctx_args["ignore"]), *split_codes(project.ignore))
    fail_on = ctx_args["fail_on"] or project.fail_on or "error"
    jobs = ctx_args["jobs"] or project.jobs or os.cpu_count() or 1
    timeout = ctx_args.get("check_timeout") or project.check_timeout
    local = None if ctx_args["no_local_checks"] else (ctx_args["local_checks"]
                                                       or project.local_checks)
    records = relative(ctx_args["registries"]) if ctx_args["registries"] else project.registries
    if ctx_args["registries"] is not None and not ctx_args["registries"].is_dir():
        raise InputError(str(ctx_args["registries"]), "folder not found",
                         "pass an existing folder to --record")
    settings = repository.Settings(
        root=(project.root and relative(project.root)) or Path(),
        articles=project.articles, claims=project.claims, registries=records,
        local_checks=relative(local) if local else None,
        blocked_packages=blocked_packages(project), check_timeout=float(timeout),
        select=select, ignore=ignore, per_path_ignores=project.per_path_ignores,
        vocabulary=project.vocabulary, default_vocabulary=project.default_vocabulary,
    )
    if project.vocabulary:  # a mistake in the desk's vocabulary stops the run once
        from claimsuite.vocabulary import load_vocabulary  # noqa: PLC0415

        load_vocabulary(project.vocabulary, defaults=project.default_vocabulary)
    if ctx_args["show_settings"]:
        print_settings(settings, project, fmt, fail_on, jobs)
        return None
    session = _session(ctx_args, settings, project, single, fmt)
    if session is not None:  # the stored run's codes, or the registry built
        known = list(session.codes())  # type: ignore[attr-defined]
    else:
        from claimsuite.commands.common import command_registry  # noqa: PLC0415

        known = [c.code for c in command_registry(settings.local_checks,
                                                  settings.blocked_packages)]
    validate_codes({"--select": select, "--ignore": ignore}, known)
    for pattern, codes in project.per_path_ignores:
        validate_codes({f"per-path-ignores {pattern!r}": codes}, known)
    config_acceptances = accept.from_config(
        project.accept, str(project.file) if project.file else "pyproject.toml")
    for a in config_acceptances:
        validate_codes({"[tool.claimsuite] accept": (a.code,)}, known)
    if ctx_args["baseline"] is not None and ctx_args["new_since"]:
        raise InputError("--baseline", "and --new-since both give a baseline", "give one of them")

    outcomes, repo_findings = _outcomes(ctx_args, settings, single, jobs, session)
    ran = {code for code in known if code.startswith(select or ("",))
           and not code.startswith(ignore or ("\0",))}
    # The reduce: one fact across the archive.
    by_file: dict[str, list] | None = {}
    if not single and "CS006" in ran and session is not None and not ctx_args["paths"] and \
            session.reduced(outcomes):  # type: ignore[attr-defined]
        by_file = None  # the stored run's reduce, over the same facts: its merges stand
    elif not single and "CS006" in ran:
        from claimsuite import archive  # noqa: PLC0415

        facts = [o.facts for o in outcomes if _read(o)]
        if ctx_args["paths"]:  # some articles: compare them with the whole archive too
            facts += repository.archive_facts(settings, {o.claims for o in outcomes})
        for disagreement in archive.disagreements(facts):  # type: ignore[union-attr]
            by_file.setdefault(disagreement.first.claims_file, []).append(
                archive.finding(disagreement))
    merged = _merge_archive(outcomes, by_file, settings, session, config_acceptances)
    # Acceptances, then the baseline marks.
    known_prints = _baseline(ctx_args, settings, outcomes)
    if known_prints is not None:  # a compared run (--baseline, --new-since)
        from claimsuite import baseline as base  # noqa: PLC0415
    used: set = set()
    reports = []
    for outcome in outcomes:
        if not _read(outcome):
            continue
        if not hasattr(outcome, "report"):  # served whole from the warm index
            reports.append(outcome)
            continue
        report = repository.merge(outcome.report, outcome.extra)
        report, used_here = accept.apply(report, (*outcome.acceptances, *config_acceptances))
        used |= used_here
        unused = accept.unused(outcome.acceptances, used_here, ran) if "CS005" in ran else []
        report = repository.merge(report, [(f, repository._digest(
            "CS005", f.claim_file.path if f.claim_file else "", ",".join(f.claims),
            f.message)) for f in unused])
        report, _ = accept.apply(report, (*outcome.acceptances, *config_acceptances))
        if known_prints is not None:
            outcome.fixed = base.fixed(report, known_prints)
            report = base.mark(report, known_prints)
        outcome.report = report
        reports.append(report)
    for lonely in repo_findings:
        reports.append(base.mark(lonely, known_prints) if known_prints is not None else lonely)
    if "CS005" in ran:
        # A configuration acceptance is judged only against articles this run checked.
        judged = [a for a in config_acceptances
                  if any(a.applies_to(o.article) for o in outcomes if _read(o))]
        for finding in accept.unused(judged, used, ran):
            if single and reports:  # one article: its report holds the finding
                reports[0] = repository.merge(reports[0], [(finding, repository._digest(
                    "CS005", finding.claim_file.path if finding.claim_file else "",
                    finding.message))])
                if known_prints is not None:
                    reports[0] = base.mark(reports[0], known_prints)
                continue
            reports.append(repository.lonely_report(
                Path(finding.claim_file.path), Path(finding.claim_file.path), "CS005",
                finding.message, finding.claim_file, repository.repository_infos(("CS005",)),
                finding.severity))
    return Gathered(reports, outcomes, len(repo_findings), single, known_prints is not None,
                    fmt, fail_on, session, merged)


def _read(outcome: object) -> bool:
    """Whether an article was read and checked (it has a report, or is served whole)."""
    return outcome.error is None and getattr(outcome, "report", True) is not None  # type: ignore[attr-defined]


def _session(ctx_args: dict, settings: object, project: object, single: bool,
             fmt: str) -> object | None:
    """The warm session of a cached repository run (:mod:`claimsuite.warm`); its index
    serves only ``check``'s own output (not ``report``), in a format made of pieces, with no
    baseline to compare with."""
    if single:
        return None
    from claimsuite.cache import enabled  # noqa: PLC0415

    if not enabled(not ctx_args.get("no_cache", False)):
        return None
    from claimsuite import warm  # noqa: PLC0415

    root = settings.root if str(settings.root) else Path()  # type: ignore[attr-defined]
    name = None
    if (ctx_args.get("warm") and fmt in warm.FORMATS and ctx_args["baseline"] is None
            and not ctx_args["new_since"]):
        name = warm.index_name(settings, fmt, colored(ctx_args["output"]),
                               project.file, project.accept)  # type: ignore[attr-defined]
    session = warm.Session(root, settings, name)
    session.whole = not ctx_args["paths"]
    return session


def _merge_archive(outcomes: list, by_file: dict[str, list] | None, settings: object,
                   session: object | None, config_acceptances: Sequence) -> dict[str, list]:
    """Add the reduce's CS006 findings to each article's outcome (unless CS006 is ignored
    there). An article served from the warm index stays so only when it gets exactly what
    the stored run merged and no configuration acceptance applies to it; otherwise its
    full outcome is loaded. ``by_file`` None: the stored reduce stands (every article is
    served from the index). Returns what each claim file got."""
    from claimsuite import repository  # noqa: PLC0415

    merged: dict[str, list] = {}
    for number, found in enumerate(outcomes):
        if not _read(found):
            continue
        add: list = []
        if by_file is None:
            if any(a.applies_to(found.article) for a in config_acceptances):
                merged[found.claims] = add = found.extra_findings()
                outcomes[number] = session.full(found)  # type: ignore[attr-defined]
                outcomes[number].extra += add
            continue
        if found.claims in by_file:
            ignored = repository.ignored_for(found.article, settings)  # type: ignore[arg-type]
            if not ("CS006".startswith(ignored) if ignored else False):
                add = by_file[found.claims]
        merged[found.claims] = add
        if not hasattr(found, "report"):
            if not any(a.applies_to(found.article) for a in config_acceptances) and (
                    found.merges(add)):
                continue
            outcomes[number] = session.full(found)  # type: ignore[attr-defined]
        outcomes[number].extra += add
    return merged


def colored(output: Path | None) -> bool:
    """Whether the report is written in colour (``full`` on a terminal, without NO_COLOR)."""
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _outcomes(ctx_args: dict, settings: object, single: bool, jobs: int,
              session: object | None) -> tuple[list, list]:
    """Check the articles: the prepared single article, or every pair of the repository."""
    from claimsuite import repository  # noqa: PLC0415

    if single:
        from claimsuite import accept, engine  # noqa: PLC0415
        from claimsuite.commands.common import prepare  # noqa: PLC0415

        article = Path(ctx_args["paths"][0])
        claims_path = ctx_args["claims_path"]
        if claims_path is None:
            mirror = repository.mirrored(article, settings)
            claims_path = mirror if mirror.is_file() else None
        run = prepare(article, claims_path, ctx_args["output"], ctx_args["registries"],
                      ctx_args["local_checks"], ctx_args["no_local_checks"])
        report = engine.check(run.inputs, run.registry(), select=settings.select,
                              ignore=repository.ignored_for(str(run.inputs.article.path),
                                                            settings))
        outcome = repository.Outcome(report.article, report.claims_file, report,
                                     acceptances=accept.from_claims(run.inputs.claims))
        return [outcome], []
    pairs, lonely, orphans = repository.discover(ctx_args["paths"], settings)
    if ctx_args["output"] is not None:
        from claimsuite.commands.common import refuse_inputs_as_output  # noqa: PLC0415

        project = project_settings()
        records = sorted(settings.registries.glob("*.yaml")) if settings.registries and \
            settings.registries.is_dir() else []
        local = sorted(settings.local_checks.glob("*.py")) if settings.local_checks and \
            settings.local_checks.is_dir() else []
        refuse_inputs_as_output(ctx_args["output"], [
            *(p.article for p in pairs), *(p.claims for p in pairs), *records, *local,
            *([project.file] if project.file else []), *settings.vocabulary])
    if not pairs and not lonely and not orphans:
        raise InputError(" ".join(ctx_args["paths"]) or str(settings.articles[0]),
                         "no article found", "give article files, folders or globs, or set "
                         "[tool.claimsuite] articles")
    # check_one sets the check timeout where it checks (the engine is not imported when
    # every article is served by the cache); the setting is this command's: later library
    # calls get the default.
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(_default_timeout)
    progress = _progress() if sys.stderr.isatty() and len(pairs) > 1 else None
    outcomes = repository.run_all(pairs, settings, jobs, progress, cache=session is not None,
                                  session=session)
    if progress:
        click.echo("\r\033[K", nl=False, err=True)
    checks = repository.repository_infos(("CS002", "CS003")) if lonely or orphans else ()
    extra = []
    for article in lonely:
        claims = repository.mirrored(article, settings)
        extra.append(repository.lonely_report(
            article, claims, "CS002", f"no claim file: {claims.as_posix()}",
            repository.Location(str(article), 1, 1), checks))
    for claims in orphans:
        expected = repository.expected_article(claims, settings)
        extra.append(repository.lonely_report(
            expected, claims, "CS003", f"no article for this claim file: {expected.as_posix()}",
            repository.Location(str(claims), 1, 1), checks))
    selected = tuple(c for c in extra if any(
        f.code.startswith(settings.select or ("",))
        and not (settings.ignore and f.code.startswith(settings.ignore))
        for f in c.findings))
    return outcomes, list(selected)


def _default_timeout() -> None:
    engine = sys.modules.get("claimsuite.engine")
    if engine is not None:
        engine.set_check_timeout(engine.DEFAULT_CHECK_TIMEOUT)


def _progress():  # noqa: ANN202
    def show(number: int, total: int, article: str) -> None:
        click.echo(f"\r\033[K[{number}/{total}] {article}", nl=False, err=True)

    return show


def _baseline(ctx_args: dict, settings: object, outcomes: list) -> dict | None:
    if ctx_args["baseline"] is not None:
        from claimsuite import baseline as base  # noqa: PLC0415

        return base.load(ctx_args["baseline"])
    ref = ctx_args["new_since"]
    if not ref:
        return None
    return new_since(ref, settings, outcomes)


def new_since(ref: str, settings: object, outcomes: list) -> dict:
    """The fingerprints each article had at ``ref``: unchanged articles (article, claim file
    and record all as at ``ref``) keep their findings; changed ones are checked again from
    their base versions (``git show REF:path``) in a temporary folder. The archive reduce runs
    again over the base facts, so a standing disagreement between two articles stays
    standing."""
    import dataclasses  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    from claimsuite import archive, repository  # noqa: PLC0415
    from claimsuite import baseline as base  # noqa: PLC0415

    changed = base.changed_since(ref)
    record_changed = settings.registries is not None and any(
        Path(p).is_relative_to(settings.registries) for p in changed)
    known: dict[str, set[str]] = {}
    facts: list[tuple] = []
    article_of: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="claimsuite-base-") as folder:
        into = Path(folder)
        records = (base.base_folder(ref, settings.registries, into)
                   if record_changed else settings.registries)
        for outcome in outcomes:
            if outcome.report is None:
                continue
            article_of[outcome.claims] = outcome.article
            if not record_changed and base.unchanged((outcome.article, outcome.claims), changed):
                then = outcome
            else:
                article = base.show(ref, outcome.article, into)
                claims = base.show(ref, outcome.claims, into)
                if article is None or claims is None:
                    continue  # a new article: everything in it is new
                then = repository.check_one(repository.Pair(article, claims), settings, records,
                                            shown_as=Path(outcome.article))
                if then.report is None:
                    continue
            prints = set(then.report.fingerprints) | {digest for _, digest in then.extra
                                                      if _.code != archive.CODE}
            known[outcome.article] = prints
            facts.append(tuple(dataclasses.replace(f, claims_file=outcome.claims)
                               for f in then.facts))
    for disagreement in archive.disagreements(facts):
        _, digest = archive.finding(disagreement)
        article = article_of.get(disagreement.first.claims_file)
        if article is not None:
            known.setdefault(article, set()).add(digest)
    return {article: frozenset(prints) for article, prints in known.items()}


def check_command_body(**kwargs: object) -> None:
    ctx = click.get_current_context()
    kwargs["check_timeout"] = ctx.meta.get("claimsuite.check_timeout")
    with user_errors():
        run_check(kwargs)


def defaults(**given: object) -> dict:
    """The options of ``check`` as a run without any (for ``report``), updated by ``given``."""
    options: dict = {
        "paths": (), "claims_path": None, "fmt": None, "output": None, "select": (),
        "ignore": (), "registries": None, "local_checks": None, "no_local_checks": False,
        "check_timeout": None, "fail_on": None, "fail_on_new": False, "baseline": None,
        "new_since": None, "jobs": None, "show_settings": False, "no_cache": False,
    }
    options.update(given)
    return options
