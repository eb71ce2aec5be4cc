"""Load the inputs, run the checks, and assemble a format-neutral ``Report``."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimsuite.checks.base import Check, Context, Finding, Location, Scope, Severity
from claimsuite.checks.registry import Registry, build_registry
from claimsuite.claims.load import (
    ClaimSet,
    Registries,
    check_official_links,
    check_remark_links,
    load_claims,
    load_registries,
)
from claimsuite.reports.base import CheckInfo, ClaimRow, Report
from claimsuite.text.article import Article

CRASH_CODE = "CS001"


@dataclass(frozen=True)
class Inputs:
    article: Article
    claims: ClaimSet
    registries: Registries


def load_inputs(article_path: Path, claims_path: Path, registries: Path | None) -> Inputs:
    claims = load_claims(claims_path)
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


def run_checks(ctx: Context, checks: Iterable[Check]) -> list[Finding]:
    findings: list[Finding] = []
    for check in checks:
        found: list[Finding] = []
        try:
            for finding in check.run(ctx):
                _validate(finding, ctx)
                found.append(finding)
        # One broken check must not hide the others, even one that calls sys.exit().
        except (Exception, SystemExit) as exc:
            found.append(_crashed(ctx, check, exc))
        findings.extend(found)
    return sorted(set(findings), key=lambda f: f.sort_key)


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
    if isinstance(exc, _BadFinding):
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
    *,
    local_checks: Path | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> Report:
    registry = build_registry(local_checks)
    ctx = Context(inputs.article, inputs.claims, inputs.registries)
    checks = selected(registry, select, ignore)
    findings = run_checks(ctx, checks)
    infos = tuple(_info(c, registry) for c in checks)
    scopes = {info.code: info.scope for info in infos}
    return Report(
        article=inputs.article.path,
        claims_file=inputs.claims.path,
        excerpts=_excerpts(inputs.article, findings),
        findings=tuple(findings),
        checks=infos,
        claims=tuple(_rows(ctx, findings, scopes)),
    )


def _info(check: Check, registry: Registry) -> CheckInfo:
    scope = getattr(check, "scope", None) or _scope_for_code(check.code)
    return CheckInfo(check.code, check.name, check.severity, check.summary,
                     registry.origin(check.code), Scope(scope))


def _scope_for_code(code: str) -> Scope:
    """Built-in code families: CS1xx/CS2xx claims, CS3xx record, CS6xx editor."""
    family = code[2:3] if code.startswith("CS") else ""
    return {"1": Scope.CLAIMS, "2": Scope.CLAIMS, "3": Scope.RECORD, "6": Scope.EDITOR}.get(
        family, Scope.ARTICLE
    )


def _rows(
    ctx: Context, findings: list[Finding], scopes: dict[str, Scope]
) -> Iterable[ClaimRow]:
    worst: dict[str, dict[Scope, Severity]] = {}
    for finding in findings:
        scope = scopes.get(finding.code, Scope.ARTICLE)
        for claim_id in finding.claims:
            current = worst.setdefault(claim_id, {}).get(scope)
            if current is None or finding.severity.rank > current.rank:
                worst[claim_id][scope] = finding.severity
    for claim in ctx.claims.claims:
        passages = ctx.locator.passages(claim.id)
        lines = sorted({ctx.article.position(p.start)[0] for p in passages if p.start is not None})
        if not passages:
            stated = "—"
        elif all(p.found and p.exact for p in passages):
            stated = "verbatim"
        elif all(p.found for p in passages):
            stated = "reworded"
        else:
            stated = "missing"
        yield ClaimRow(
            id=claim.id,
            kind=claim.kind,
            lines=tuple(lines),
            stated=stated,
            status=worst.get(claim.id, {}),
        )


def _excerpts(article: Article, findings: list[Finding]) -> dict[tuple[int, int], str]:
    """The sentence each finding points at, so a report can quote it."""
    out: dict[tuple[int, int], str] = {}
    for finding in findings:
        if finding.article is None:
            continue
        key = (finding.article.line, finding.article.col)
        offset = article.offset(*key)
        span = article.sentence_at(offset)
        out[key] = " ".join(article.text[span.start : span.end].split())
    return out
