from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimsuite.analysis.comparison import comparison_in
from claimsuite.analysis.words import extra_words, find_words
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim
from claimsuite.text.mentions import MentionKind


class PercentWithoutBase(BaseCheck):
    """A percent change with no comparison base: "rose 70%" — compared with when?

    ## What it does
    Asks about every ``change`` claim without a ``base_period`` (noting when its sentence
    does seem to name one, so that the claim file can catch up), and about every percentage
    in the text that no claim accounts for, stands next to a change word ("arttı", "rose";
    ``[comparison] change_words``) and has no comparison base in its sentence: no earlier
    "same period" ("geçen yılın aynı dönemine"), no base word ("yıllık bazda", "year on year";
    ``[comparison] comparison_words``), no comparison word governing a time word or a date
    ("geçen yıla göre", "than a year earlier"; ``[comparison] anchored_words`` and
    ``time_words``) and no second period. An attribution ("TÜİK'e göre", "aynı verilere
    göre"), a period word ("Geçen yıl"), a bound ("more than") or a source ("revenue from")
    is not a comparison base. Shares and levels are ``share`` claims and never asked about.

    ## Why is this bad?
    A growth rate without a base cannot be checked and is easy to misread: 70% on the
    previous quarter and 70% on the same quarter of last year are different news.

    ## Example
    ```yaml
    - id: exports-growth
      kind: change
      metric: defence-exports
      period: 2023-Q1
      rate: 70%
      quote: "2023’ün ilk çeyreğinde elde edilen %70 oranında ihracat artışı"
    ```

    Use instead: name the base in the article ("geçen yılın aynı dönemine göre %70") and add
    ``base_period: 2022-Q1``.
    """

    code = "CS605"
    name = "percent-without-base"
    severity = Severity.INFO
    summary = "A percent change names no comparison base."
    scope = Scope.EDITOR
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        yield from self._claims(ctx)
        yield from self._text(ctx)

    def _claims(self, ctx: Context) -> Iterator[Finding]:
        for claim in ctx.claims.claims:
            if not isinstance(claim, ChangeClaim) or claim.base_period is not None:
                continue
            span = next(((m.start, m.end if m.end is not None else m.start)
                         for m in ctx.locator.met(claim.id)
                         if m.expectation.field == "rate" and m.start is not None), None)
            if span is None:
                span = next(((p.start, p.end if p.end is not None else p.start)
                             for p in ctx.locator.passages(claim.id)
                             if p.start is not None), None)
            says = f"claim {claim.id} gives {claim.rate} for {claim.period} with no base_period"
            base = None
            if span is None:
                message = f"{says}: compared with when?"
            else:
                base = comparison_in(ctx, ctx.article.sentence_at(span[0]))
                message = (
                    f"{says}, though its sentence compares ('{base}'): add it"
                    if base
                    else f"{says}: compared with when?"
                )
            yield self.finding(
                message,
                article=ctx.at_span(*span) if span is not None else None,
                claim_file=ctx.at_claim(claim.id, "rate"),
                claims=[claim.id],
                fields=("rate", "base_period"),
            )

    def _text(self, ctx: Context) -> Iterator[Finding]:
        skip = ctx.figures.owned
        changes = extra_words(ctx.article.language, "comparison", "change_words")
        asks: dict[int, bool] = {}  # per sentence: a change word and no comparison base
        for mention in ctx.article.mentions:
            if mention.kind is not MentionKind.PERCENT or (mention.start, mention.end) in skip:
                continue
            sentence = ctx.article.sentence_at(mention.start)
            if sentence.start not in asks:
                text = sentence.text(ctx.article)
                asks[sentence.start] = bool(
                    find_words(text, changes, ctx.article.language)
                ) and not comparison_in(ctx, sentence)
            if not asks[sentence.start]:
                continue
            yield self.finding(
                f"'{mention.surface}' is a change with no comparison base in its "
                "sentence and no claim: compared with when?",
                article=ctx.at_span(mention.start, mention.end),
            )
