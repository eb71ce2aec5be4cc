from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimsuite.analysis.record import (
    Tenure,
    claim_location,
    credit,
    entity_names,
    fold_name,
    fold_without_ve,
    names_of_record,
    ranks,
    source_related,
    titles,
)
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import RoleClaim


class OfficialTitleMismatch(BaseCheck):
    """A title, rank or organisation differs from what the record shows on that date.

    ## What it does
    For a ``role`` claim whose person entity names an ``official:`` of the record's
    officials, takes the positions that official held at any time in the claim's ``as_of``
    (a position with no end date ends when a later entry for the same post, or with another
    rank, starts) and compares the claimed title, rank and organisation with them. Names
    are compared Turkish-aware and without circumflexes (``Millî`` = ``Milli``); a title
    matches the position's ``title``, ``title_en`` or one of its ``aliases``. A title that
    differs only by ``ve`` is still reported, quoting both, because an official title is
    written one way.

    ## Why is this bad?
    Officials are named by their exact title and rank. "Savunma Güvenlik Genel Müdürü" is
    not the post's name ("Savunma ve Güvenlik Genel Müdürü"), and calling a Korgeneral a
    Tümgeneral (or the reverse) dates the article or misinforms.

    ## Example
    ```yaml
    - id: altindag
      kind: entity
      type: person
      name: İlkay Altındağ
      official: ilkay-altindag
    - id: altindag-role
      kind: role
      person: altindag
      rank: Tümgeneral
      title: Savunma Güvenlik Genel Müdürü
      as_of: 2025-04-28
      quote: "Savunma Güvenlik Genel Müdürü Tümgeneral İlkay Altındağ"
    ```

    Use instead: ``title: Savunma ve Güvenlik Genel Müdürü``, as the record has it.

    ## References
    ``claims/registries/officials.yaml``; CS305 reports a role nobody held on the date.
    """

    code = "CS304"
    name = "official-title-mismatch"
    severity = Severity.WARNING
    summary = "A title, rank or organisation differs from the record at the claim's date."
    scope = Scope.RECORD
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        for claim, name, all_tenures in ctx.official_roles:
            held = [t for t in all_tenures if t.overlaps(claim.as_of)]
            if held:  # no position at all is CS305's error
                yield from self._compare(ctx, claim, name, held)

    def _compare(
        self, ctx: Context, claim: RoleClaim, name: str, held: list[Tenure]
    ) -> Iterator[Finding]:
        where = claim_location(ctx, claim.id)
        same_title = [t for t in held if fold_name(claim.title) in titles(t.position)]
        if not same_title:
            best = _closest_title(claim.title, held)
            kind = (
                "differs only by 've' from"
                if fold_without_ve(claim.title) == fold_without_ve(best.position.title)
                else "differs from"
            )
            yield self.finding(
                f'{claim.id} gives {name}\'s title as "{claim.title}" on {claim.as_of}; it '
                f'{kind} the record\'s "{best.position.title}" ({best.dates()}'
                + _by(best) + ")",
                article=where,
                claim_file=ctx.at_claim(claim.id, "title"),
                claims=[claim.id],
                fields=("title",),
                related=(_related(best, f'the record: "{best.position.title}"'),),
                suggestion=best.position.title,
            )
        compared = same_title or held
        ranked = [t for t in compared if ranks(t.position.rank)]
        if (
            claim.rank
            and ranked
            and not any(fold_name(claim.rank) in ranks(t.position.rank) for t in ranked)
        ):
            records = "; ".join(
                f"{t.position.rank} {t.dates()}" + (f" ({w})" if (w := credit(t.position.source))
                                                   else "")
                for t in ranked
            )
            yield self.finding(
                f"{claim.id} gives {name}'s rank as {claim.rank} on {claim.as_of}; the "
                f"record has {records}",
                article=where,
                claim_file=ctx.at_claim(claim.id, "rank"),
                claims=[claim.id],
                fields=("rank",),
                related=tuple(_related(t, f"the record: {t.position.rank}") for t in ranked),
                suggestion=(ranked[0].position.rank if len(ranked) == 1 else None),
            )
        organised = [t for t in compared if t.position.organisation]
        if claim.organisation and organised:
            names = entity_names(ctx, claim.organisation)
            if not any(
                names_of_record(ctx, t.position.organisation or "") & names for t in organised
            ):
                entity = ctx.claims.entity(claim.organisation)
                claimed = entity.name if entity is not None else claim.organisation
                first = organised[0]
                yield self.finding(
                    f"{claim.id} places {name} in {claimed} on {claim.as_of}; the record "
                    f"has {first.position.organisation} ({first.dates()}" + _by(first) + ")",
                    article=where,
                    claim_file=ctx.at_claim(claim.id, "organisation"),
                    claims=[claim.id, claim.organisation],
                    fields=("organisation",),
                    related=(_related(first, f"the record: {first.position.organisation}"),),
                )


def _by(tenure: Tenure) -> str:
    """``; publisher`` of a position's source, or nothing."""
    who = credit(tenure.position.source)
    return f"; {who}" if who else ""


def _related(tenure: Tenure, what: str) -> Related:
    return source_related(f"{what}, {tenure.dates()}", tenure.position.source)


def _closest_title(title: str, held: list[Tenure]) -> Tenure:
    from rapidfuzz import fuzz  # noqa: PLC0415 - only needed when a title differs

    key = fold_name(title)
    return max(
        held,
        key=lambda t: max(fuzz.ratio(key, other) for other in titles(t.position)),
    )
