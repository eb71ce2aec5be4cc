from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.verdicts import FieldVerdict, Verdict
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.findings import Related


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe(field: FieldVerdict) -> str:
    """One unconfirmed field, naming the phrase the grammar could not read if there is one."""
    what = "" if field.field in {"direction", "tense"} else f" {field.shown}"
    if field.phrase:
        return f"cannot confirm {field.field}{what} from '{_short(field.phrase)}'"
    return f"the passage has no phrase for the {field.field}{what}"


class ClaimNotConfirmed(BaseCheck):
    """A claim's passage neither states nor contradicts some of the claim's fields.

    ## What it does
    For each claim whose passage is in the article, lists the fields (value, rate, period,
    base period, source, person, title, place, direction …) that the passage does not state
    and does not contradict, after looking where a reader would: the rest of the sentence,
    the paragraph before it, the headline and the lead, the publication date ("bugün",
    "Kasım ayında", "son 11 ayda") and, for a source or speaker named earlier, a reference
    back to it ("The agency", "Kurum", "Verilere göre"). Each field names the phrase the
    grammar could not read, or says the passage has no phrase for it. One question per
    claim.

    ## Why is this bad?
    It is not an error: the article may be right. But nothing confirms the field, so the
    claim set and the article may have drifted apart; an editor reads the phrase and decides.
    Each such phrase is also a gap in the grammar to close.

    ## Example
    ```yaml
    - id: exports-9m
      kind: change
      metric: tourism-revenue
      period: 2025-01/2025-09
      rate: 18%
      quote: "revenue rose 18 percent over the three quarters to September"
    ```
    when the grammar cannot read "the three quarters to September": the question is
    "cannot confirm period 2025-01/2025-09 from 'the three quarters to September'".

    Use instead: nothing, if the phrase says what the claim says; otherwise correct the
    claim or the article.
    """

    code = "CS405"
    name = "claim-not-confirmed"
    severity = Severity.INFO
    summary = "A claim's passage neither states nor contradicts some of its fields."
    scope = Scope.ARTICLE
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim in ctx.claims.claims:
            verdict = ctx.verdicts.of(claim.id)
            if verdict is None:
                continue
            fields = verdict.of(Verdict.NOT_CONFIRMED)
            if not fields:
                continue
            first = next(p for p in ctx.locator.passages(claim.id) if p.found)
            assert first.start is not None
            assert first.end is not None
            related = [
                Related(f"the phrase for {f.field}", ctx.at_span(f.start, f.end))
                for f in fields
                if f.start is not None and f.end is not None
            ]
            yield self.finding(
                f"claim {claim.id}: " + "; ".join(describe(f) for f in fields),
                article=ctx.at_span(first.start, first.end),
                claim_file=ctx.at_claim(claim.id, fields[0].field if len(fields) == 1 else None),
                claims=[claim.id],
                fields=tuple(dict.fromkeys(f.field for f in fields)),
                related=related,
            )
