"""The names an entity may go by: one function for every check.

An entity's accepted names are, in this order and without repeats: the claim file's
``name`` and ``aliases``; with ``official``, the linked official's name and aliases in the
record; with ``record``, the names of every record entity that has the entity's id or
shares one of its names (a record entity lists the names used across articles); with
``surname``, a person's surname alone (how news refers to someone after the first
mention). Names are compared for "shares one of its names" after :func:`name_key`
(Turkish-aware case folding, circumflexes and punctuation ignored).
"""

from __future__ import annotations

from typing import Any

from claimsuite.claims.load import ClaimSet, Registries
from claimsuite.claims.model import EntityClaim
from claimsuite.text.normalize import fold

__all__ = [
    "accepted_names",
    "fold_name",
    "fold_without_ve",
    "folded_names",
    "name_key",
    "record_entities",
]

def fold_name(text: str, language: str = "tr") -> str:
    """A comparison key for names and titles: Turkish-aware lowercase, no circumflexes,
    punctuation as spaces (``Millî Savunma Bakanlığı'nın`` ~ ``milli savunma bakanlığı nın``);
    the one fold of :func:`claimsuite.text.normalize.fold`."""
    return fold(text, language, marks=True, punctuation=True)


def fold_without_ve(text: str, language: str = "tr") -> str:
    """As ``fold_name`` but ignoring the conjunctions ``ve``/``and``: titles that differ
    only there are the same post written loosely."""
    return " ".join(w for w in fold_name(text, language).split() if w not in {"ve", "and"})


def name_key(name: str) -> str:
    """How names are compared: folded, without circumflexes and punctuation."""
    return fold_name(name)


def record_entities(
    registries: Registries | None, entity_id: str | None, names: tuple[str, ...]
) -> list[Any]:
    """Record entities with id ``entity_id`` or sharing a name with ``names`` or with the
    id itself (record order)."""
    if registries is None:
        return []
    keys = {name_key(n) for n in names} | ({name_key(entity_id)} if entity_id else set())
    return [
        record
        for record in registries.all("entities")
        if record.id == entity_id or keys & {name_key(n) for n in (record.name, *record.aliases)}
    ]


def accepted_names(
    claims: ClaimSet,
    registries: Registries | None,
    entity_id: str | None,
    *,
    official: bool = True,
    record: bool = True,
    surname: bool = False,
) -> tuple[str, ...]:
    """Every accepted spelling of entity ``entity_id`` (see the module docstring), as
    written; ``()`` for an unknown entity or ``None``."""
    # Memoized in the claim set: the checks ask ~80 times per article for a few entities,
    # and each answer with ``record`` scans every record entity. The entry holds the
    # registries it was computed with, so another record (or none) computes afresh.
    key = ("accepted_names", entity_id, official, record, surname)
    memo = claims.derived
    hit = memo.get(key)
    if hit is not None and hit[0] is registries:
        return hit[1]
    names = _accepted_names(claims, registries, entity_id, official, record, surname)
    memo[key] = (registries, names)
    return names


def _accepted_names(
    claims: ClaimSet,
    registries: Registries | None,
    entity_id: str | None,
    official: bool,
    record: bool,
    surname: bool,
) -> tuple[str, ...]:
    entity = claims.entity(entity_id)
    if not isinstance(entity, EntityClaim):
        return ()
    names = [entity.name, *entity.aliases]
    linked = (
        registries.officials.get(entity.official)
        if official and registries is not None and entity.official
        else None
    )
    if linked is not None:
        names += [linked.name, *linked.aliases]
    if record:
        for found in record_entities(registries, entity.id, tuple(names)):
            names += [found.name, *found.aliases]
    if surname and entity.type == "person" and len(entity.name.split()) > 1:
        names.append(entity.name.split()[-1])
    return tuple(dict.fromkeys(names))


def folded_names(
    claims: ClaimSet, registries: Registries | None, entity_id: str | None
) -> set[str]:
    """The :func:`name_key` of every name and id an entity goes by in the claim file and the
    record (no official, no surname): what the record checks compare record text with.
    An id the claim file does not know still matches record entities with that id."""
    if entity_id is None:
        return set()
    names = accepted_names(claims, registries, entity_id, official=False, record=True)
    found = record_entities(registries, entity_id, names)
    keys = {name_key(entity_id)} | {name_key(n) for n in names}
    for record in found:
        keys |= {name_key(n) for n in (record.name, *record.aliases)} | {name_key(record.id)}
    return keys
