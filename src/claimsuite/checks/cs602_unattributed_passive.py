from __future__ import annotations

import re
from collections.abc import Iterable

from claimsuite.analysis.names import accepted_names
from claimsuite.analysis.passages import claims_holding
from claimsuite.analysis.words import extra_words, find_words
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim, StatementClaim
from claimsuite.text.mentions import MentionKind, find_name

# Countries and places are what a sentence is about, not who says it.
_SPEAKER_TYPES = frozenset({"person", "organisation", "publication", "other"})


_AS = re.compile(r"(?:olarak|as)\s+$", re.IGNORECASE)


def _records_a_figure(ctx: Context, start: int) -> bool:
    """"411,5 milyar lira olarak kaydedildi": the passive records a figure ("was recorded
    as"), it does not report what somebody said; the source of the figure is LOC001's
    question, not this one."""
    text = ctx.article.text
    before = _AS.search(text, max(0, start - 12), start)
    if before is None:
        return False
    index = ctx.article.mention_index
    figure = index.nearest(
        frozenset({MentionKind.AMOUNT, MentionKind.PERCENT, MentionKind.NUMBER}),
        before.start(), before=True, bound=max(0, before.start() - 40),
    )
    return figure is not None and not text[figure.end : before.start()].strip(" ,’'")


class UnattributedPassive(BaseCheck):
    """An agentless passive ("bildirildi", "it was reported") with no speaker in the sentence.

    ## What it does
    Finds the language's agentless passives (``[editor] passives``) and asks about each one
    whose sentence names no speaker or source: no person, organisation or publication of
    the claim set, and no attribution phrase (``[attribution] attributions``: "açıklamasında",
    "tarafından", "according to", "said"). When the sentence is a claim's passage it names
    the claim, and says so when the claim file knows a speaker the text leaves out. A
    passive that records a figure ("411,5 milyar lira olarak kaydedildi", "was recorded as
    5%") reports data, not speech, and is left alone.

    ## Why is this bad?
    "It was reported that ..." asks the reader to trust an unnamed source. An editor should
    know who said it and decide whether the article should say so too.

    ## Example
    ```yaml
    - id: security-exchange
      kind: statement
      content: Views on security were exchanged.
      quote: "Güvenlik meseleleri hakkında bilgi alışverişi yapıldığı bildirildi."
    ```

    Use instead: name the speaker in the article ("Bakanlığın açıklamasında ... bildirildi")
    and give it as the claim's ``speaker``.
    """

    code = "CS602"
    name = "unattributed-passive"
    severity = Severity.INFO
    summary = "A passive reports something without saying who said it."
    scope = Scope.EDITOR
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        text, language = ctx.article.text, ctx.article.language
        attributions = extra_words(language, "attribution", "attributions")
        speakers = [
            accepted_names(ctx.claims, ctx.registries, c.id, official=False, record=False)
            for c in ctx.claims.claims
            if isinstance(c, EntityClaim) and c.type in _SPEAKER_TYPES
        ]
        for start, end, _ in find_words(text, ctx.language.passives, language):
            if _records_a_figure(ctx, start):
                continue
            sentence = ctx.article.sentence_at(start)
            said = sentence.text(ctx.article)
            if find_words(said, attributions, language) or any(
                find_name(said, name, language, marks=True) for names in speakers for name in names
            ):
                continue
            what = f"'{text[start:end]}': the sentence does not say who said it"
            claims = [c for c in claims_holding(ctx, start, end) if not isinstance(c, EntityClaim)]
            known = [c for c in claims if isinstance(c, StatementClaim) and c.speaker]
            related: tuple[Related, ...] = ()
            if known:
                what += f", though claim {known[0].id} gives speaker {known[0].speaker}"
                related = (Related(f"claim {known[0].id} gives speaker {known[0].speaker}",
                                   ctx.at_claim(known[0].id, "speaker")),)
            yield self.finding(
                what,
                article=ctx.at_span(start, end),
                claim_file=ctx.at_claim(claims[0].id) if claims else None,
                claims=[c.id for c in claims],
                fields=("speaker",) if known else (),
                related=related,
            )
