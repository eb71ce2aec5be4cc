from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.passages import claims_holding
from claimsuite.analysis.questions import unnamed_venues
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status
from claimsuite.claims.model import EntityClaim


class UnnamedVenue(BaseCheck):
    """A remark is placed in an unnamed or undated venue: "in an interview", "on social media".

    ## What it does
    Finds the phrases that place a remark in a programme, interview, event or social-media
    post without naming it ("katıldığı bir televizyon programında", "bir röportajda",
    "sosyal medya hesabından", "in an interview", "on social media"; the list is
    ``claimsuite/vocabulary/venues.toml``) and asks which one, and when, when the sentence
    gives no name for it (a capitalised name just before the phrase, such as "CNN Türk'te",
    "with Reuters" after it, or a publication of the claim set) or no date (a day, a month,
    a weekday or a relative day such as "dün").

    ## Why is this bad?
    A remark that cannot be traced cannot be checked: the editor needs the programme or
    outlet and the day, both to verify the quote and so that the reader can find it. A
    remark from months earlier reported without a date also reads as news.

    ## Example
    > Hazine ve Maliye Bakanı Mehmet Şimşek, katıldığı bir televizyon programında
    > savunma sanayii ihracatı üzerine açıklamalarda bulundu.

    Use instead: "Şimşek, 17 Eylül'de CNN Türk'te katıldığı programda ..." — the
    programme and the day.
    """

    code = "CS607"
    name = "unnamed-venue"
    severity = Severity.INFO
    summary = "A remark is placed in an interview, programme or post without its name or date."
    scope = Scope.EDITOR
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        text = ctx.article.text
        for venue in unnamed_venues(ctx):
            written = " ".join(text[venue.start : venue.end].split())
            if not venue.named and not venue.dated:
                missing = "names neither which one it was nor when"
                ask = "which one, and when?"
            elif not venue.named:
                missing = "does not say which one it was"
                ask = "which one?"
            else:
                missing = "does not say when"
                ask = "when?"
            claims = [c for c in claims_holding(ctx, venue.start, venue.end)
                      if not isinstance(c, EntityClaim)]
            yield self.finding(
                f"'{written}': the article {missing}; {ask}",
                article=ctx.at_span(venue.start, venue.end),
                claim_file=ctx.at_claim(claims[0].id) if claims else None,
                claims=[c.id for c in claims],
            )
