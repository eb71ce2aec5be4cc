from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status

# How many edits of one passage a question quotes.
_SHOWN = 3


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PassageEdited(BaseCheck):
    """A claim's passage was reworded since its quote was written.

    ## What it does
    Aligns each quote that no longer matches exactly with the passage it now matches, word
    by word, figures compared by value. A change of notation (``1,7``/``1.7``,
    ``%72``/``yüzde 72``) is ignored; a changed figure, period, name, direction or tense is
    an error of CS402. Any other rewording is this question, quoting the edit.

    ## Why is this bad?
    A reworded passage often still states the claim ("görüştü" for "bir araya geldi"), but
    an edit can also change what is claimed in ways no figure shows ("the ministry said" to
    "a source said"). Only an editor can tell, and the quote in the claim file should follow.

    ## Example
    ```yaml
    - id: talks
      kind: statement
      speaker: ministry
      date: 2025-04-28
      quote: "the two sides held in-depth talks on defence cooperation"
    ```
    with the article now reading "the two sides held brief talks on defence cooperation":
    "the passage was edited: 'in-depth' -> 'brief'; does claim talks still hold?".

    Use instead: update the quote to the new wording once the claim is confirmed.
    """

    code = "CS406"
    name = "passage-edited"
    severity = Severity.INFO
    summary = "A claim's passage was reworded; does the claim still hold?"
    scope = Scope.ARTICLE
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        owners: dict[tuple[int, int], list[str]] = {}
        for claim in ctx.claims.claims:
            for p in ctx.locator.passages(claim.id):
                if p.found and not p.exact:
                    assert p.start is not None
                    assert p.end is not None
                    owners.setdefault((p.start, p.end), []).append(claim.id)
        for span, edits in sorted(ctx.verdicts.edits.items()):
            wording = [e for e in edits if not e.change.is_error]
            if not wording or span not in owners:
                continue
            claim_ids = sorted(set(owners[span]))
            shown = ", ".join(
                f"'{_short(e.change.old)}' -> '{_short(e.change.new)}'" for e in wording[:_SHOWN]
            )
            more = f" and {len(wording) - _SHOWN} more" if len(wording) > _SHOWN else ""
            which = (
                f"claim {claim_ids[0]}" if len(claim_ids) == 1
                else "claims " + ", ".join(claim_ids)
            )
            first = wording[0]
            yield self.finding(
                f"the passage was edited: {shown}{more}; does {which} still hold?",
                article=ctx.at_span(first.start, max(first.end, first.start)),
                claim_file=ctx.at_claim(claim_ids[0], "quote"),
                claims=claim_ids,
                fields=("quote",),
            )
