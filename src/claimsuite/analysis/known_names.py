"""Every accepted name of every declared entity, cut into name pieces once per claim set:
what the name checks (CS501, CS502) and the spans CS503 and CS504 leave to them look for."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from claimsuite.analysis.names import accepted_names
from claimsuite.analysis.spelling import Piece, name_pieces
from claimsuite.claims.model import EntityClaim

if TYPE_CHECKING:
    from claimsuite.checks.base import Context

__all__ = ["KnownName", "known_names"]


class KnownName(NamedTuple):
    """One accepted spelling of a declared entity, and its pieces (never empty)."""

    entity: EntityClaim
    name: str
    pieces: tuple[Piece, ...]


def known_names(ctx: Context) -> tuple[KnownName, ...]:
    """Every entity claim's accepted names (``accepted_names(..., surname=True)``), in
    claim and name order, with their pieces in the article's language; names without a
    piece are left out (nothing can match them).

    Kept in the claim set (with the record it was computed with): the name checks walk
    these for every article, and a run checks many articles against one claim set."""
    language = ctx.article.language
    memo = ctx.claims.derived
    key = ("known_names", language)
    hit = memo.get(key)
    if hit is not None and hit[0] is ctx.registries:
        return hit[1]
    found = []
    for entity in ctx.claims.claims:
        if not isinstance(entity, EntityClaim):
            continue
        for name in accepted_names(ctx.claims, ctx.registries, entity.id, surname=True):
            pieces = name_pieces(name, language)
            if pieces:
                found.append(KnownName(entity, name, pieces))
    names = tuple(found)
    memo[key] = (ctx.registries, names)
    return names
