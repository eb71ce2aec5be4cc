from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.questions import resolved_bases
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class ComparisonBase(BaseCheck):
    """How a relative comparison base was read: "geçen yılın aynı dönemine göre" is 2024-Q1.

    ## What it does
    For a ``change`` claim whose passage compares with a relative base ("geçtiğimiz yılın
    aynı dönemine göre", "yıllık bazda", "year on year", "compared with the same quarter
    last year"), says which period the words were read as: the claim's period a year
    earlier. When the claim file gives the same ``base_period``, it says the two agree;
    when it gives none, it suggests it. (A different ``base_period`` is CS204's warning.)

    ## Why is this bad?
    Nothing is wrong: the row shows the editor that the comparison was read, and how, so
    that a misreading (a fiscal year, a calendar quarter that is not the article's) is seen
    rather than trusted.

    ## Example
    > 2025 yılına ait ilk çeyrekte ihracat geçtiğimiz yılın aynı dönemine göre %72 arttı.

    with ``period: 2025-Q1`` and ``base_period: 2024-Q1``: read as 2024-Q1 against the
    2025-Q1 figure. Use instead: nothing to change; without ``base_period``, add
    ``base_period: 2024-Q1``.
    """

    code = "CS609"
    name = "comparison-base"
    severity = Severity.INFO
    summary = "States how a relative comparison base (the same period last year) was read."
    scope = Scope.EDITOR
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        for found in resolved_bases(ctx):
            if found.agrees is False:
                continue  # CS204 reports a base_period the words contradict
            claim, mention = found.claim, found.mention
            figure = f" ({claim.rate})" if claim.rate is not None else ""
            said = " ".join(mention.surface.split())
            if found.agrees:
                tail = "as the claim file's base_period says"
                suggestion = None
            else:
                tail = "; the claim file gives no base_period"
                suggestion = str(found.base)
            yield self.finding(
                f"'{said}' read as {found.base}: claim {claim.id} compares the {claim.period}"
                f" figure{figure} with {found.base}" + ("" if not found.agrees else ", ")
                + tail,
                article=ctx.at_span(mention.start, mention.end),
                claim_file=ctx.at_claim(claim.id, "base_period" if found.agrees else "period"),
                claims=[claim.id],
                fields=("base_period",),
                suggestion=suggestion,
            )
