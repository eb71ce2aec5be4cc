from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.relative import shift, written
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions import Mention, MentionKind


class RelativeDate(BaseCheck):
    """A relative date ("geçen yıl", "next year") that no claim pins down.

    ## What it does
    For each relative time expression of the article, says what it means against the
    article's publication date (``article.published``; when that is a range of days, the
    range of meanings). A "same period of last year" is relative to the period its sentence
    names, not to the publication date: it is quiet when a change claim's ``base_period``
    accounts for it, and otherwise asked about with the period it implies. Any relative
    expression a claim accounts for is left alone: the claim already gives its date.

    ## Why is this bad?
    "Last year" is right on the day of publication and wrong a few months later; an article
    updated or republished in January silently moves every relative date by a year.

    ## Example
    ```yaml
    article:
      language: tr
      published: 2025-05-01
    ```
    with the article saying "geçen yıl ihracat rekor kırdı" and no claim for it.

    Use instead: write the year ("2024'te ihracat rekor kırdı"), or encode the fact as a
    claim for 2024.
    """

    code = "CS603"
    name = "relative-date"
    severity = Severity.INFO
    summary = "A relative date depends on when the article is read."
    scope = Scope.EDITOR
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        skip = ctx.figures.accounted
        for mention in ctx.article.mentions:
            if mention.kind is not MentionKind.RELATIVE or (mention.start, mention.end) in skip:
                continue
            yield self.finding(
                f"'{mention.surface}' {self._meaning(ctx, mention)}",
                article=ctx.at_span(mention.start, mention.end),
            )

    def _meaning(self, ctx: Context, mention: Mention) -> str:
        unit, offset = mention.relation or "", mention.offset or 0
        if unit == "same-period":
            period = ctx.figures.sentence_period(mention)
            earlier = shift(period, offset) if period is not None else None
            if period is None or earlier is None or period.granularity is Granularity.RANGE:
                return "compares with the same period a year earlier; which period is that?"
            return (
                f"compares with {earlier} (the sentence names {period}), but no "
                "claim gives it as a base_period"
            )
        published: Period = ctx.claims.file.article.published
        first = written(unit, offset, published.start)
        last = written(unit, offset, published.end)
        if not first or not last:
            return (
                f"cannot be placed against the publication date {published}; write the date out"
            )
        if first == last:
            return f"means {first} against the publication date {published}; write it out"
        return (
            f"means {first} to {last}: the publication date is only known as the range "
            f"{published}; write the date out"
        )
