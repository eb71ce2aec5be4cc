from __future__ import annotations

from collections.abc import Iterable

from claimsuite.analysis.questions import rendered_titles
from claimsuite.analysis.record import claim_location, source_related
from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status

_LANGUAGES = {"tr": "Turkish", "en": "English"}


class RenderedTitle(BaseCheck):
    """A foreign official's title is given in translation that the record does not accept.

    ## What it does
    For a ``role`` claim linked to an official of the record, when the record holds the
    position's title only in another language than the article's (``title`` equal to
    ``title_en`` for an English title read in a Turkish article) and the claim's title is
    a translation the record knows only as a source's wording (``aliases``), asks for the
    official wording. It stays quiet when the record lists the translation under the
    position's ``renderings`` (translations the desk accepts), and for an English article
    when it is the record's ``title_en``. A title the record does not know at all is a
    mismatch, reported by CS304.

    ## Why is this bad?
    A title translated by a news agency or a ministry's press office is not the post's
    name: "Müsteşar Yardımcısı Vekili" may or may not be how the post is officially
    rendered. Accepting it silently lets every later article copy it.

    ## Example
    The record has ``title: Acting Deputy Assistant Secretary of Defense for International
    Security Affairs`` with ``aliases: [Uluslararası Güvenlik İşlerinden Sorumlu Müsteşar
    Yardımcısı Vekili]``, and the article writes the Turkish title.

    Use instead: check the official Turkish wording (the ministry's or the embassy's) and
    record it under the position's ``renderings``, or give the original title in the
    article.
    """

    code = "CS608"
    name = "rendered-title"
    severity = Severity.INFO
    summary = "A foreign official's title is a translation the record does not list as accepted."
    scope = Scope.EDITOR
    status = Status.PREVIEW

    def run(self, ctx: Context) -> Iterable[Finding]:
        language = _LANGUAGES.get(ctx.article.language, ctx.article.language)
        for found in rendered_titles(ctx):
            claim = found.claim
            original = _LANGUAGES.get(found.original_language, found.original_language)
            where = (ctx.at_span(*found.span) if found.span is not None
                     else claim_location(ctx, claim.id))
            yield self.finding(
                f'{claim.id} gives {found.name}\'s title in {language} as "{claim.title}"; '
                f'the record holds it only in {original} ("{found.original}") and has this '
                "translation only as a source's wording, not as an accepted rendering: "
                "what is the official wording?",
                article=where,
                claim_file=ctx.at_claim(claim.id, "title"),
                claims=[claim.id],
                fields=("title",),
                related=(source_related(
                    f'the record: "{found.original}", {found.tenure.dates()}',
                    found.tenure.position.source,
                ),),
            )
