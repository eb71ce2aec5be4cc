"""Assemble the format-neutral :class:`Report` from a run: the claims table and excerpts.

The engine runs the checks and hands over the findings; everything a reader needs besides
the findings themselves (where each claim is stated, the worst finding per scope, the
sentence each finding points at) is derived here, once, for every renderer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from claimsuite.checks.base import Context
from claimsuite.findings import Finding, Location, Scope, Severity
from claimsuite.reports.base import CheckInfo, ClaimRow, Excerpt, Report
from claimsuite.text.article import Article

# A sentence up to WHOLE_CHARS is quoted whole; a longer one only CONTEXT_CHARS each side of
# the finding's span. A bound, not a style choice: quoting whole sentences made one long
# sentence full of figures cost memory quadratic in its length (one copy per finding).
WHOLE_CHARS = 320
CONTEXT_CHARS = 120
MARKED_CHARS = 160


def build_report(
    ctx: Context, findings: Sequence[Finding], checks: Sequence[CheckInfo]
) -> Report:
    """The report of one article: findings as given, plus claims table and excerpts."""
    scopes = {info.code: info.scope for info in checks}
    return Report(
        article=ctx.article.path,
        claims_file=ctx.claims.path,
        excerpts=excerpts(ctx.article, findings),
        findings=tuple(findings),
        checks=tuple(checks),
        claims=tuple(_rows(ctx, findings, scopes)),
        fingerprints=tuple(fingerprint(ctx.article, f) for f in findings),
        record_loaded=bool(ctx.registries.files),
    )


def fingerprint(article: Article, finding: Finding) -> str:
    """A finding's identity across edits: 16 hex digits that survive line moves, reflowed
    whitespace, apostrophe and casing changes, and rewording of the message.

    It hashes the code, the claim ids, the claim fields and the suggested correction. A
    finding about no claim (an uncovered figure) has nothing else to tell it apart, so its
    article span's text, folded and with whitespace collapsed, is part of it too.
    """
    parts = [finding.code, ",".join(finding.claims), ",".join(finding.fields),
             finding.suggestion or ""]
    where = finding.article
    if not finding.claims and where is not None and where.offset is not None:
        end = where.end_offset if where.end_offset is not None else where.offset
        parts.append(_normalised(article.text[where.offset : end], article.language))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


def _normalised(text: str, language: str) -> str:
    from claimsuite.text.normalize import fold  # noqa: PLC0415 - only findings with no claim

    return " ".join(fold(text, language).replace("’", "'").split())


def _rows(
    ctx: Context, findings: Iterable[Finding], scopes: dict[str, Scope]
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
        verdict = ctx.verdicts.of(claim.id)
        if verdict is not None:
            outcome, decided_by = verdict.outcome.value, verdict.deciding
        elif passages and stated == "missing":
            outcome, decided_by = "not enough information", ("quote",)
        else:
            outcome, decided_by = "—", ()
        spans = [(p.start, p.end) for p in passages if p.start is not None and p.end is not None]
        passage = ""
        if spans:
            start, end = spans[0]
            passage = _flat(ctx.article.text[start : min(end, start + WHOLE_CHARS)])
        yield ClaimRow(
            id=claim.id,
            kind=claim.kind,
            lines=tuple(lines),
            stated=stated,
            status=worst.get(claim.id, {}),
            verdict=outcome,
            decided_by=decided_by,
            passage=passage.strip(),
        )


def excerpts(article: Article, findings: Iterable[Finding]) -> dict[tuple[int, int], Excerpt]:
    """The part of the sentence each article finding points at, keyed by its ``(line, col)``.

    Each excerpt is at most ``max(WHOLE_CHARS, 2 * CONTEXT_CHARS + MARKED_CHARS)`` characters
    of the article, so the total is linear in the number of findings whatever the sentence
    length.
    """
    out: dict[tuple[int, int], Excerpt] = {}
    for finding in findings:
        where = finding.article
        if where is None or (where.line, where.col) in out:
            continue
        out[(where.line, where.col)] = excerpt(article, where)
    return out


def excerpt(article: Article, where: Location) -> Excerpt:
    """The sentence around ``where``, clipped to a window, with its span marked."""
    start = where.offset if where.offset is not None else article.offset(where.line, where.col)
    end = where.end_offset if where.end_offset is not None else start
    sentence = article.sentence_at(start)
    if sentence.end - sentence.start <= WHOLE_CHARS:
        end = max(start, min(end, max(sentence.end, start)))
        left, right = min(sentence.start, start), max(sentence.end, end)
    else:
        end = max(start, min(end, start + MARKED_CHARS, max(sentence.end, start)))
        left = max(sentence.start, start - CONTEXT_CHARS)
        right = min(max(sentence.end, end), end + CONTEXT_CHARS)
    text = article.text
    return Excerpt(
        before=("…" if left > sentence.start else "") + _flat(text[left:start]).lstrip(),
        marked=_flat(text[start:end]),
        after=_flat(text[end:right]).rstrip() + ("…" if right < sentence.end else ""),
    )


def _flat(text: str) -> str:
    """Line breaks and runs of blanks read as one space in a quote."""
    if not text:
        return ""
    inner = " ".join(text.split())
    lead = " " if text[0].isspace() and inner else ""
    tail = " " if text[-1].isspace() and inner else ""
    return lead + inner + tail
