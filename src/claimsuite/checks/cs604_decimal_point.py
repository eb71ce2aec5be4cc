from __future__ import annotations

import re
from collections.abc import Iterable

from claimsuite.analysis.passages import claims_holding
from claimsuite.analysis.words import is_clock_time
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim
from claimsuite.text.mentions import MentionKind

_DECIMAL = re.compile(r"\d+\.\d+")
_KINDS = frozenset({MentionKind.PERCENT, MentionKind.AMOUNT, MentionKind.NUMBER})


class DecimalPoint(BaseCheck):
    """A Turkish article writes a decimal number with a point ("1.7 milyar").

    ## What it does
    In a Turkish article, asks about every percentage, amount or number that the text layer
    read with a decimal point (mention flag ``decimal-point``), and suggests the decimal
    comma. Times of day ("saat 14.00") are left alone. English articles are not checked.

    ## Why is this bad?
    Turkish groups thousands with a point and writes decimals with a comma: "1.7 milyar" is
    a typo for "1,7 milyar" that a reader may take for "1.700 milyar".

    ## Example
    ```yaml
    article:
      language: tr
      published: 2025-05-01
    ```
    with the article saying "ihracat 1.7 milyar dolara ulaştı".

    Use instead: "ihracat 1,7 milyar dolara ulaştı".
    """

    code = "CS604"
    name = "decimal-point"
    severity = Severity.INFO
    summary = "A Turkish article writes a decimal point where Turkish uses a comma."
    scope = Scope.EDITOR
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        if ctx.article.language != "tr":
            return
        for mention in ctx.article.mentions:
            if (
                mention.kind not in _KINDS
                or "decimal-point" not in mention.flags
                or is_clock_time(mention)
            ):
                continue
            numeral = _DECIMAL.search(mention.surface)
            if numeral is None:
                continue
            written = numeral.group()
            claims = [
                c
                for c in claims_holding(ctx, mention.start, mention.end)
                if not isinstance(c, EntityClaim)
            ]
            fixed = written.replace(".", ",")
            yield self.finding(
                f"'{mention.surface}' writes {written} with a decimal point, "
                f"but Turkish groups thousands with a point; write {fixed}",
                article=ctx.at_span(mention.start, mention.end),
                claims=[c.id for c in claims],
                suggestion=mention.surface.replace(written, fixed, 1),
            )
