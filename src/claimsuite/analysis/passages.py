"""Questions about claims' located passages: which claims hold a span, future markers.

Spans are half-open character ranges ``(start, end)`` into ``Article.text``. A passage that
was not located (``start is None``) holds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimsuite.text.search import find_phrases

if TYPE_CHECKING:
    from claimsuite.checks.base import Context
    from claimsuite.claims.model import Claim
    from claimsuite.findings import Location

__all__ = ["claims_holding", "first_passage", "future_words", "reported_before"]

REPORTED_BEFORE = {
    "tr": ("-mişti", "-mıştı", "-muştu", "-müştü", "-mişlerdi", "-mışlardı"),
    "en": ("had said", "had told", "had forecast", "had predicted", "had projected",
           "had expected", "had estimated", "had announced", "had pledged", "had promised"),
}
"""Verbs that report speech as said before the article's time ("... olacağını söylemişti",
"had said ... would"): a future inside is the speaker's, dated then, not the article's.
Word-final suffixes start with "-". (To move to the language data, [tense], when that
schema settles.)"""


def claims_holding(ctx: Context, start: int, end: int) -> list[Claim]:
    """The claims (in file order) one of whose located passages contains ``[start, end)``."""
    return [
        claim
        for claim in ctx.claims.claims
        if any(
            p.start is not None and p.end is not None and p.start <= start and end <= p.end
            for p in ctx.locator.passages(claim.id)
        )
    ]


def future_words(ctx: Context, claim_id: str) -> list[tuple[int, int]]:
    """Spans of the future markers (``gerçekleşecek``, ``will``) in a claim's passages,
    sorted."""
    hits: list[tuple[int, int]] = []
    for passage in ctx.locator.passages(claim_id):
        if passage.start is None or passage.end is None:
            continue
        text = ctx.article.text[passage.start : passage.end]
        for start, end, _ in find_phrases(
            text, ctx.language.future_markers, ctx.article.language
        ):
            hits.append((passage.start + start, passage.start + end))
    return sorted(hits)


def first_passage(ctx: Context, claim_id: str) -> tuple[int, int] | None:
    """The span of a claim's first located passage, or ``None`` when none is found."""
    for passage in ctx.locator.passages(claim_id):
        if passage.start is not None and passage.end is not None:
            return passage.start, passage.end
    return None


def claim_place(ctx: Context, claim_id: str, field: str | None = None) -> Location:
    """Where a reader finds a claim: its first located passage in the article, else its
    ``field`` in the claim file (the place a finding's ``related`` note points at)."""
    span = first_passage(ctx, claim_id)
    return ctx.at_span(*span) if span else ctx.at_claim(claim_id, field)


def reported_before(ctx: Context, claim_id: str) -> bool:
    """Whether a claim's passage reports speech made earlier ("... demişti", "had said"):
    its future tense is the speaker's at the time, not the article's."""
    markers = REPORTED_BEFORE.get(ctx.article.language, ())
    for passage in ctx.locator.passages(claim_id):
        if passage.start is None or passage.end is None:
            continue
        text = ctx.article.text[passage.start : passage.end]
        if find_phrases(text, markers, ctx.article.language):
            return True
    return False
