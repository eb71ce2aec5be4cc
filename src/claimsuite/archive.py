"""One fact across the archive (CS006): a map over articles, then a reduce.

:func:`facts` is a pure function of one claim set: the exact figures it gives for a metric,
subject and period, and the titles it gives an official on a date, each keyed so that two
articles' claim files can be compared without sharing claim ids (subjects are compared by
their official id or canonical name). :func:`disagreements` compares the facts of every
article and returns one :class:`Disagreement` per pair of files that give different values
for one key. Both halves take and return plain, picklable data, so the map can run in worker
processes (or machines) and only the small fact lists travel to the reduce.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from claimsuite.findings import Finding, Location, Related, Severity

CODE = "CS006"


@dataclass(frozen=True, slots=True, order=True)
class Fact:
    """One checkable fact of one article's claim set.

    ``key`` names the fact (kind, metric, subject, period...), ``shown`` is the value as a
    reader would write it, ``number``/``unit``/``precision`` let two values be compared within
    their written precision (``None`` for a title, compared as folded text).
    """

    key: tuple[str, ...]
    shown: str
    claims_file: str
    claim: str
    field: str
    line: int
    col: int
    number: Decimal | None = None
    unit: str = ""
    precision: Decimal = Decimal(0)


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Disagreement(NamedTuple):
    """Two facts with one key and different values; ``first`` is in the finding's file."""

    first: Fact
    second: Fact


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def record_names(record: object | None) -> dict[str, str]:
    """Folded name or alias -> ``entity:<id>`` for every entity of the record, so that
    articles naming one body differently (Türkiye, Turkey) still share a subject."""
    out: dict[str, str] = {}
    if record is None:
        return out
    try:
        entities = record.all("entities")  # type: ignore[attr-defined]
    except AttributeError:
        return out
    for entity in entities:
        for name in (entity.name, *getattr(entity, "aliases", ())):
            out.setdefault(_fold(name), f"entity:{entity.id}")
    return out


def _subject(claims: object, entity_id: str | None, names: dict[str, str]) -> str:
    """An entity as every article can name it: its official id, its record entity, else
    its folded name."""
    if entity_id is None:
        return ""
    entity = claims.entity(entity_id)  # type: ignore[attr-defined]
    if entity is None:
        return entity_id
    if entity.official:
        return f"official:{entity.official}"
    for name in (entity.name, *entity.aliases):
        if _fold(name) in names:
            return names[_fold(name)]
    return _fold(entity.name)


def facts(claims: object, record: object | None = None) -> tuple[Fact, ...]:
    """The facts of one claim set (a :class:`claimsuite.claims.load.ClaimSet`); ``record``
    (the registries) names subjects by their record entity when it has them.

    Only exact figures count: a bounded or approximate figure (``bound``, ``approximate``)
    may honestly differ from another article's exact one.
    """
    from claimsuite.claims.model import (  # noqa: PLC0415
        ChangeClaim,
        QuantityClaim,
        RoleClaim,
        ShareClaim,
    )

    out: list[Fact] = []
    names = record_names(record)
    path = claims.path  # type: ignore[attr-defined]
    figured = (QuantityClaim, ShareClaim, ChangeClaim)  # a tuple: ``A | B`` builds a union per use
    for claim in claims.claims:  # type: ignore[attr-defined]
        if isinstance(claim, figured) and claim.approximate:
            continue
        # A model's fields are its __dict__: getattr on a kind without ``subject`` would go
        # through pydantic's __getattr__ and a caught AttributeError.
        subject = _subject(claims, vars(claim).get("subject"), names)
        if isinstance(claim, QuantityClaim) and claim.bound is None:
            key = ("quantity", claim.metric, subject, str(claim.period))
            out.append(_figure(key, claim.value, path, claims, claim.id, "value"))
        elif isinstance(claim, ShareClaim) and claim.bound_of("share") is None:
            key = ("share", claim.metric, subject, str(claim.period))
            out.append(_figure(key, claim.share, path, claims, claim.id, "share"))
        elif isinstance(claim, ChangeClaim) and claim.bound_of("rate") is None:
            base = str(claim.base_period) if claim.base_period is not None else ""
            key = ("change", claim.metric, subject, str(claim.period), base, claim.rate.unit)
            out.append(_figure(key, claim.rate, path, claims, claim.id, "rate"))
        elif isinstance(claim, RoleClaim) and claim.as_of.start == claim.as_of.end:
            person = _subject(claims, claim.person, names)
            if not person.startswith("official:"):
                continue  # only people linked to the record are the same person everywhere
            key = ("role", person, str(claim.as_of))
            line, col = claims.position(claim.id, "title")  # type: ignore[attr-defined]
            title = " ".join(claim.title.casefold().split())
            out.append(Fact(key, claim.title, path, claim.id, "title", line, col, None, title))
    return tuple(sorted(out))


def _figure(
    key: tuple[str, ...], figure: object, path: str, claims: object, claim_id: str, field: str
) -> Fact:
    line, col = claims.position(claim_id, field)  # type: ignore[attr-defined]
    unit = str(getattr(figure, "unit", ""))
    return Fact(
        key, str(figure), path, claim_id, field, line, col,
        figure.value, unit, figure.precision,  # type: ignore[attr-defined]
    )


def _agree(a: Fact, b: Fact) -> bool:
    if a.number is None or b.number is None:
        return a.unit == b.unit  # titles: the folded text
    if a.unit != b.unit:
        try:
            from claimsuite.claims.quantities import Amount  # noqa: PLC0415

            converted = Amount(b.number, b.unit, b.precision).to(a.unit)
        except (ValueError, KeyError, ArithmeticError):
            return False  # different dimensions: not the same fact after all
        number, precision = converted.value, converted.precision
    else:
        number, precision = b.number, b.precision
    return abs(a.number - number) <= max(a.precision, precision)


def disagreements(per_article: Iterable[Sequence[Fact]]) -> list[Disagreement]:
    """The reduce: for each key, every pair of files whose values disagree, both ways
    (each file's finding names the other). Deterministic: sorted by file, then fact."""
    by_key: dict[tuple[str, ...], list[Fact]] = {}
    for article_facts in per_article:
        for fact in article_facts:
            by_key.setdefault(fact.key, []).append(fact)
    out: list[Disagreement] = []
    for group in by_key.values():
        files = {f.claims_file for f in group}
        if len(files) < 2:
            continue  # one article's own claims are CS102's business
        out += _group_disagreements(group)
    return sorted(out, key=lambda d: (d.first.claims_file, d.first, d.second))


def _value(fact: Fact) -> tuple[object, ...]:
    """All that ``_agree`` reads of a fact."""
    return (fact.number, fact.unit, fact.precision)


def _group_disagreements(group: list[Fact]) -> list[Disagreement]:
    """For each fact and each other file, the first fact of that file (in ``group`` order)
    that disagrees with it. Values are compared once per pair of distinct values, and only
    files holding a disagreeing value are visited: an archive where many articles give one
    fact the same value costs the size of the group, not its square."""
    # first[value][file]: the position of the file's first fact with that value.
    first: dict[tuple[object, ...], dict[str, int]] = {}
    for position, fact in enumerate(group):
        first.setdefault(_value(fact), {}).setdefault(fact.claims_file, position)
    values = list(first)
    samples = {v: group[next(iter(first[v].values()))] for v in values}
    against: dict[tuple[object, ...], list[tuple[object, ...]]] = {
        v: [w for w in values if not _agree(samples[v], samples[w])] for v in values}
    out = []
    for a in group:
        differing = against[_value(a)]
        if not differing:
            continue
        nearest: dict[str, int] = {}
        for value in differing:
            for file, position in first[value].items():
                if file != a.claims_file and position < nearest.get(file, len(group)):
                    nearest[file] = position
        out += [Disagreement(a, group[position]) for position in nearest.values()]
    return out


def finding(disagreement: Disagreement) -> tuple[Finding, str]:
    """The CS006 finding in the first fact's claim file, naming the other, and its
    fingerprint (the code, both claims, the field and the other file: line moves keep it)."""
    a, b = disagreement.first, disagreement.second
    what = _describe(a.key)
    message = (
        f"claim {a.claim} gives {a.shown} for {what}; {b.claims_file} (claim {b.claim}) "
        f"gives {b.shown}"
    )
    result = Finding(
        CODE,
        Severity.ERROR,
        message,
        claim_file=Location(a.claims_file, a.line, a.col),
        claims=(a.claim,),
        fields=(a.field,),
        related=(Related(f"{b.claims_file}: {b.shown}", Location(b.claims_file, b.line, b.col)),),
    )
    parts = [CODE, a.claim, a.field, b.claims_file, b.claim, a.shown, b.shown]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return result, digest


def _describe(key: tuple[str, ...]) -> str:
    kind = key[0]
    if kind == "role":
        return f"the title of {key[1].removeprefix('official:')} on {key[2]}"
    metric, period = key[1], key[3]
    subject = key[2].removeprefix("official:").removeprefix("entity:")
    of = f" of {subject}" if subject else ""
    if kind == "change":
        base = f" against {key[4]}" if key[4] else ""
        return f"the change in {metric}{of} in {period}{base}"
    if kind == "share":
        return f"the share of {metric}{of} in {period}"
    return f"{metric}{of} in {period}"
