from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.expect import period_matches
from claimsuite.analysis.figures import PERIOD_KINDS
from claimsuite.analysis.locate import mention_period
from claimsuite.analysis.relative import anchored, before_period, shift, written
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.periods import Period
from claimsuite.text.mentions import Mention, MentionKind

_TIMES = PERIOD_KINDS | {MentionKind.RELATIVE}


class RelativeDate(BaseCheck):
    """A relative date ("geçen yıl", "next year") depends on the day the article is read.

    ## What it does
    For each relative time expression of the article, says what it means for a reader on
    the publication day (``article.published``; when that is a range of days, the range of
    meanings), also when a claim pins it: the claim file knows the date, the reader of a
    republished article does not. A "same period of last year", "bir önceki aya göre" or "a
    year earlier" counts from the period its sentence names, not from the publication date:
    it is quiet when a claim's ``base_period`` (or another period) accounts for it, and
    otherwise asked about with the period it implies. Inside a direct quotation the words
    stay; the question asks to date the quotation instead.

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
            if mention.kind is not MentionKind.RELATIVE:
                continue
            accounted = (mention.start, mention.end) in skip
            meaning = self._meaning(ctx, mention, accounted=accounted)
            if meaning is None:
                continue
            yield self.finding(
                f"'{mention.surface}' {meaning}",
                article=ctx.at_span(mention.start, mention.end),
            )

    def _meaning(self, ctx: Context, mention: Mention, *, accounted: bool) -> str | None:
        unit, offset = mention.relation or "", mention.offset or 0
        if unit == "prior-period" or (
            unit != "same-period" and anchored(mention.surface, ctx.article.language)
        ):
            period = _sentence_period(ctx, mention)
            meant = before_period(period, unit, offset) if period is not None else None
            if accounted or (meant is not None and any(
                period_matches(p, meant) or period_matches(meant, p)
                for p in ctx.figures.claim_periods
            )):
                return None
            if meant is None:
                return "counts from the period before it, not from today; which period is that?"
            return (
                f"compares with {meant} (the sentence names {period}), but no claim "
                "gives it as a base_period"
            )
        if unit == "same-period":
            if accounted:
                return None
            period = ctx.figures.sentence_period(mention)
            earlier = shift(period, offset) if period is not None else None
            if period is None or earlier is None:
                return "compares with the same period a year earlier; which period is that?"
            return (
                f"compares with {earlier} (the sentence names {period}), but no "
                "claim gives it as a base_period"
            )
        published: Period = ctx.claims.file.article.published
        first = written(unit, offset, published.start)
        last = written(unit, offset, published.end)
        quoted = _in_quotation(ctx, mention)
        advice = (
            "a quotation keeps its words; date the quotation" if quoted else "write it out"
        )
        if not first or not last:
            return (
                f"cannot be placed against the publication date {published}; "
                + ("date the quotation" if quoted else "write the date out")
            )
        if first == last:
            return f"means {first} against the publication date {published}; {advice}"
        return (
            f"means {first} to {last}: the publication date is only known as the range "
            f"{published}; " + ("date the quotation" if quoted else "write the date out")
        )


def _sentence_period(ctx: Context, mention: Mention) -> Period | None:
    """The period the sentence of ``mention`` names (a month without its year is placed
    against the publication date: "Ekim ayında")."""
    found = ctx.figures.sentence_period(mention)
    if found is not None:
        return found
    sentence = ctx.article.sentence_at(mention.start)
    for other in ctx.locator.mentions_in(sentence.start, sentence.end):
        if other is mention or other.kind not in _TIMES or (
            other.kind is MentionKind.RELATIVE
            and (other.relation == "same-period" or anchored(other.surface, ctx.article.language))
        ):
            continue
        period = mention_period(ctx.locator.placed(other))
        if period is not None:
            return period
    return None


_QUOTES = frozenset('"“”«»')


def _in_quotation(ctx: Context, mention: Mention) -> bool:
    """Whether ``mention`` stands inside direct speech in its sentence (an odd number of
    quotation marks before it): the speaker's words cannot be rewritten, only dated."""
    sentence = ctx.article.sentence_at(mention.start)
    before = ctx.article.text[sentence.start : mention.start]
    return sum(ch in _QUOTES for ch in before) % 2 == 1
