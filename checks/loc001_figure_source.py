"""Project-local checks for this desk, loaded through the same registry as the built-ins."""

from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim, EntityClaim, QuantityClaim, StatementClaim
from claimsuite.text.article import Span
from claimsuite.text.mentions import MentionKind
from claimsuite.text.normalize import fold
from claimsuite.text.search import find_name

# Verbs of a release that credit the name before them ("TÜİK ... açıkladı"); the language
# data's attribution phrases cover "verilerine göre", "according to", "said" and the like.
RELEASE_VERBS = {
    "tr": ("açıkladı", "yayımladı", "yayınladı", "duyurdu", "bildirdi", "açıkladığı"),
    "en": ("announced", "reported", "released", "published", "showed", "estimated"),
}
FIGURES = (MentionKind.PERCENT, MentionKind.AMOUNT, MentionKind.NUMBER)
_SENTENCE_END = tuple(".!?\"”’'…")


class FigureSource(BaseCheck):
    """A published figure with no source: neither a data source nor a speaker.

    ## What it does
    Our house rule: every ``quantity`` or ``change`` figure has a source the reader can see.
    A figure passes when its claim names a ``source``, when it is in the ``about`` of a
    ``statement`` whose speaker the article names, when its own sentence credits someone
    ("TÜİK verilerine göre", "the agency said"), or when the article is a data story whose
    lead credits the source once for all its figures (wire style: a lead with a figure and
    "… açıkladı", "according to …", "… said"). Anything else is a figure the article states
    on its own authority.

    ## Why is this bad?
    Readers cannot weigh a number without knowing who measured it, and the desk cannot check
    it against the record without knowing which publication to look in.

    ## Example
    ```yaml
    - id: exports-2023-q1-growth
      kind: change
      metric: defence-exports
      period: 2023-Q1
      rate: 70%
      quote: "2023’ün ilk çeyreğinde elde edilen %70 oranında ihracat artışıdır"
    ```

    Use instead: credit the figure in the article and add ``source: <entity id>``.
    """

    code = "LOC001"
    name = "figure-source"
    severity = Severity.WARNING
    summary = "A figure names no source and no speaker the article credits."
    scope = Scope.ARTICLE  # the column of the claims table its findings fill
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        names = tuple(
            name
            for claim in ctx.claims.claims
            if isinstance(claim, EntityClaim) and claim.type in {"organisation", "person"}
            for name in (claim.name, *claim.aliases)
        )
        lead = _lead(ctx)
        lead_credits = lead is not None and _has_figure(ctx, lead) and _credits(ctx, lead, names)
        attributed = {
            claim_id
            for claim in ctx.claims.claims
            if isinstance(claim, StatementClaim) and claim.speaker
            for claim_id in claim.about
        }
        for claim in ctx.claims.claims:
            if not isinstance(claim, QuantityClaim | ChangeClaim):
                continue
            if claim.source or claim.id in attributed:
                continue
            passages = [
                p for p in ctx.locator.passages(claim.id)
                if p.start is not None and p.end is not None
            ]
            if lead_credits or any(
                _credits(ctx, ctx.article.sentence_at(p.start), names) for p in passages
            ):
                continue
            yield self.finding(
                f"figure {claim.id} ({claim.metric}, {claim.period}) names no source and no "
                "speaker; credit it in the article and in the claim file",
                article=ctx.at_span(passages[0].start, passages[0].end) if passages else None,
                claim_file=ctx.at_claim(claim.id),
                claims=[claim.id],
                fields=("source",),
            )


def _lead(ctx: Context) -> Span | None:
    """The article's lead: its first two sentences after any headline (a line that does not
    end like a sentence). Sentences, not lines, so a reflowed lead is the same lead."""
    text = ctx.article.text
    body = [
        span for span in ctx.article.sentences
        if text[span.start : span.end].rstrip()[-1:] in _SENTENCE_END
    ]
    if not body:
        return None
    return Span(body[0].start, body[min(1, len(body) - 1)].end)


def _has_figure(ctx: Context, span: Span) -> bool:
    """A percentage, an amount or a count of something (a bare number is not a data lead)."""
    return any(
        m.kind in FIGURES and (m.kind is not MentionKind.NUMBER or m.unit is not None)
        and span.start <= m.start < span.end
        for m in ctx.article.mentions
    )


def _credits(ctx: Context, span: Span, names: tuple[str, ...]) -> bool:
    """The span names a declared organisation or person and says it is the source."""
    text = span.text(ctx.article)
    language = ctx.article.language
    folded = fold(text, language)
    data = ctx.language
    cues = (*data.attributions, *data.source_after, *data.source_before,
            *RELEASE_VERBS.get(language, ()))
    if not any(fold(cue, language) in folded for cue in cues):
        return False
    return any(find_name(text, name, language) for name in names)
