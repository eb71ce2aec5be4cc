"""Claim files and registries: YAML text -> validated models, every error at a line:col."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from claimsuite.claims.explain import (
    MAX_PROBLEMS,
    ClaimFileProblemsError,
    all_errors,
    raise_all,
)
from claimsuite.claims.model import Claim, ClaimFile, EntityClaim
from claimsuite.claims.records import Official, RegistryFile
from claimsuite.claims.yamlsource import Document, PathKey, load_yaml
from claimsuite.errors import ClaimFileError

Model = TypeVar("Model", bound=BaseModel)

# Fields that name another claim, with the kinds of claim they may name (None: any kind).
REFERENCE_FIELDS: dict[str, frozenset[str] | None] = {
    "subject": frozenset({"entity"}),
    "source": frozenset({"entity"}),
    "person": frozenset({"entity"}),
    "organisation": frozenset({"entity"}),
    "place": frozenset({"entity"}),
    "participants": frozenset({"entity"}),
    "chairs": frozenset({"entity"}),
    "announced_by": frozenset({"entity"}),
    "speaker": frozenset({"entity"}),
    "made_by": frozenset({"entity"}),
    "follows": frozenset({"event"}),
    "share_of": frozenset({"quantity"}),
    "about": None,
}


@dataclass(frozen=True)
class ClaimSet:
    """A validated claim file with the positions of everything in it."""

    path: str
    file: ClaimFile
    document: Document

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The claims in file order (entities first), each one of the claim models."""
        return self.file.claims

    @cached_property
    def by_id(self) -> Mapping[str, Claim]:
        # Cached (in the instance's __dict__, beside the frozen fields): the name checks
        # look entities up by id ~60 times per article.
        return {claim.id: claim for claim in self.file.claims}

    @cached_property
    def derived(self) -> dict[Any, Any]:
        """Answers the analyses derive from this claim set (and the record), kept for the
        set's life (in the instance's __dict__, like ``by_id``; not a field, so equality and
        repr ignore it): each entity's accepted names are asked ~80 times per article."""
        return {}

    def entity(self, claim_id: str | None) -> EntityClaim | None:
        found = self.by_id.get(claim_id) if claim_id else None
        return found if isinstance(found, EntityClaim) else None

    @cached_property
    def _first_index(self) -> dict[str, int]:
        # Cached like by_id: a finding about a claim asks for its place, ~15 times an article.
        first: dict[str, int] = {}
        for index, claim in enumerate(self.file.claims):
            first.setdefault(claim.id, index)
        return first

    def index_of(self, claim_id: str) -> int:
        index = self._first_index.get(claim_id)
        if index is not None:
            return index
        return next(i for i, c in enumerate(self.file.claims) if c.id == claim_id)  # raises

    def position(self, claim_id: str, field: str | None = None) -> tuple[int, int]:
        """Where a claim (or one of its fields) is written in the claim file."""
        loc: PathKey = ("claims", self.index_of(claim_id))
        return self.document.position((*loc, field) if field else (*loc, "id"))


def load_claims(path: Path) -> ClaimSet:
    """Load and validate a claim file; raise ``ClaimFileError`` with every problem (the
    first written first): the values that do not validate, and the references to no claim
    among the claims that could be read."""
    document = load_yaml(path, what="claim file")
    if not isinstance(document.data, dict):
        raise _not_a_mapping(document, "claim file", "article: and claims:")
    try:
        claim_file = validate(ClaimFile, document)
    except ClaimFileError as exc:
        problems = [*getattr(exc, "problems", [exc]), *_written_references(document)]
        total = getattr(exc, "total", 1) + len(problems) - len(getattr(exc, "problems", [exc]))
        problems.sort(key=lambda p: (p.line or 0, p.col or 0))
        if len(problems) == 1:
            raise
        raise ClaimFileProblemsError(problems[:MAX_PROBLEMS], total) from None
    claim_set = ClaimSet(str(path), claim_file, document)
    _check_references(claim_set)
    return claim_set


def load_registry(path: Path) -> tuple[RegistryFile, Document]:
    document = load_yaml(path, what="record file")
    if not isinstance(document.data, dict):
        raise _not_a_mapping(document, "record file", "officials:, statistics:, …")
    registry = validate(RegistryFile, document)
    _check_unique(document, registry)
    return registry, document


def _not_a_mapping(document: Document, what: str, keys: str) -> ClaimFileError:
    kind = "a list" if isinstance(document.data, list) else "a single value"
    return ClaimFileError(
        document.path, f"the {what} is {kind}, not a mapping", f"start it with {keys}", 1, 1
    )


def validate(model: type[Model], document: Document) -> Model:
    """The validated model; every problem of the file at once (up to a cap) otherwise."""
    try:
        return model.model_validate(document.data)
    except ValidationError as exc:
        problems = all_errors(exc, document, model)
    raise_all(problems)
    raise AssertionError  # pragma: no cover - raise_all raised: there were errors


def _check_references(claim_set: ClaimSet) -> None:
    """Every duplicate id and every reference to no claim (or a claim of the wrong kind)."""
    problems: list[ClaimFileError] = []
    seen: dict[str, int] = {}
    kinds = {}
    for index, claim in enumerate(claim_set.claims):
        if claim.id in seen:
            line, col = claim_set.document.position(("claims", index, "id"))
            problems.append(ClaimFileError(
                claim_set.path,
                f"duplicate claim id '{claim.id}' (first used in claim {seen[claim.id] + 1})",
                "give each claim its own id",
                line,
                col,
            ))
            continue
        seen[claim.id] = index
        kinds[claim.id] = claim.kind
    for index, claim in enumerate(claim_set.claims):
        for field, target, loc in _references(index, claim):
            allowed = REFERENCE_FIELDS[field]
            if target in kinds and (allowed is None or kinds[target] in allowed):
                continue
            position = claim_set.document.position(loc)
            if target not in kinds:
                close = difflib.get_close_matches(target, list(kinds), n=1)
                problems.append(ClaimFileError(
                    claim_set.path,
                    f"'{field}' names '{target}', which no claim defines",
                    f"did you mean '{close[0]}'?" if close else
                    "add an entity claim with that id or fix the spelling",
                    *position,
                ))
                continue
            if allowed is not None and kinds[target] not in allowed:
                problems.append(ClaimFileError(
                    claim_set.path,
                    f"'{field}' names '{target}', "
                    f"{'an' if kinds[target][0] in 'aeiou' else 'a'} {kinds[target]} claim",
                    f"point it to a claim of kind {' or '.join(sorted(allowed))}",
                    *position,
                ))
    problems.sort(key=lambda p: (p.line or 0, p.col or 0))
    raise_all(problems)


def _written_references(document: Document) -> list[ClaimFileError]:
    """References to no claim, read from the file as written (for a file whose values do
    not all validate): every claim mapping with a text id counts as defined."""
    claims = document.data.get("claims") if isinstance(document.data, dict) else None
    if not isinstance(claims, list):
        return []
    ids = {c["id"] for c in claims if isinstance(c, dict) and isinstance(c.get("id"), str)}
    problems: list[ClaimFileError] = []
    for index, claim in enumerate(claims):
        if not isinstance(claim, dict):
            continue
        for field in REFERENCE_FIELDS:
            value = claim.get(field)
            targets = [value] if isinstance(value, str) else value if isinstance(
                value, list) else []
            for n, target in enumerate(targets):
                if not isinstance(target, str) or target in ids:
                    continue
                loc: PathKey = ("claims", index, field)
                line, col = document.position((*loc, n) if isinstance(value, list) else loc)
                close = difflib.get_close_matches(target, sorted(ids), n=1)
                problems.append(ClaimFileError(
                    document.path,
                    f"'{field}' names '{target}', which no claim defines",
                    f"did you mean '{close[0]}'?" if close else
                    "add an entity claim with that id or fix the spelling",
                    line, col,
                ))
    return problems


def _references(index: int, claim: Any) -> Iterator[tuple[str, str, PathKey]]:  # noqa: ANN401
    """Each reference of the claim at ``index``: its field, the id it names, where it is
    (the caller asks the document for a position only for a broken one)."""
    # A model's field values are its __dict__: getattr on a field this kind of claim lacks
    # goes through pydantic's __getattr__ and an AttributeError (a third of a claim file's
    # load time in repository mode, where every article's file is loaded).
    values = vars(claim)
    for field in REFERENCE_FIELDS:
        value = values.get(field)
        if value is None or not isinstance(value, str | tuple):
            continue
        targets = (value,) if isinstance(value, str) else value
        for n, target in enumerate(targets):
            loc: PathKey = ("claims", index, field)
            yield field, target, (*loc, n) if isinstance(value, tuple) else loc


def _check_unique(document: Document, registry: RegistryFile) -> None:
    for section in ("officials", "statistics", "events", "remarks", "entities"):
        seen: set[str] = set()
        for index, entry in enumerate(getattr(registry, section)):
            if entry.id in seen:
                line, col = document.position((section, index, "id"))
                raise ClaimFileError(
                    document.path,
                    f"duplicate {section} id '{entry.id}'",
                    "give each entry its own id",
                    line,
                    col,
                )
            seen.add(entry.id)


@dataclass(frozen=True)
class Registries:
    """Every registry in a folder, merged; ids stay unique across files."""

    files: tuple[tuple[RegistryFile, Document], ...] = ()

    @cached_property
    def officials(self) -> dict[str, Official]:
        """Every official by id (one dict for the record's life: read it, do not change it)."""
        return {o.id: o for reg, _ in self.files for o in reg.officials}

    @cached_property
    def _sections(self) -> dict[str, tuple[Any, ...]]:
        return {}

    def all(self, section: str) -> list[Any]:
        """Every entry of ``section`` (officials, statistics...) across the files, in order."""
        # Kept per section for the record's life (in __dict__, as ClaimSet.by_id): checks
        # ask for the same sections for every article of a run.
        entries = self._sections.get(section)
        if entries is None:
            entries = self._sections[section] = tuple(
                entry for reg, _ in self.files for entry in getattr(reg, section)
            )
        return list(entries)

    def locate(self, section: str, entry_id: str) -> tuple[str, int, int] | None:
        for reg, doc in self.files:
            for index, entry in enumerate(getattr(reg, section)):
                if entry.id == entry_id:
                    line, col = doc.position((section, index, "id"))
                    return doc.path, line, col
        return None


def load_registries(folder: Path | None) -> Registries:
    if folder is None or not folder.is_dir():
        return Registries()
    files = tuple(load_registry(p) for p in sorted(folder.glob("*.yaml")))
    _check_unique_across(files)
    return Registries(files)


def load_record(folder: Path) -> Registries:
    """The record of ``folder`` for ``record check``: like ``load_registries``, and a
    folder without any ``*.yaml`` file is an error."""
    records = load_registries(folder)
    if not records.files:
        raise ClaimFileError(
            str(folder), "no *.yaml record files", "add one (see docs/registries.md)"
        )
    return records


def _check_unique_across(files: tuple[tuple[RegistryFile, Document], ...]) -> None:
    """An id names one entry in the whole folder, or lookups would pick one silently."""
    for section in ("officials", "statistics", "events", "remarks", "entities"):
        seen: dict[str, str] = {}
        for registry, document in files:
            for index, entry in enumerate(getattr(registry, section)):
                line, col = document.position((section, index, "id"))
                if entry.id in seen:
                    raise ClaimFileError(
                        document.path,
                        f"{section} id '{entry.id}' is also used at {seen[entry.id]}",
                        "give each entry its own id",
                        line,
                        col,
                    )
                seen[entry.id] = f"{document.path}:{line}:{col}"


def check_official_links(claim_set: ClaimSet, registries: Registries) -> None:
    """An entity's ``official:`` must name an entry of the officials registry; every link
    that does not is reported, with the command that adds the official."""
    officials = registries.officials
    problems: list[ClaimFileError] = []
    for index, claim in enumerate(claim_set.claims):
        if isinstance(claim, EntityClaim) and claim.official and claim.official not in officials:
            line, col = claim_set.document.position(("claims", index, "official"))
            if not registries.files:
                raise ClaimFileError(
                    claim_set.path,
                    f"'official' names '{claim.official}', but no record was loaded",
                    "run inside the project (pyproject.toml [tool.claimsuite]) or pass "
                    "--record FOLDER",
                    line,
                    col,
                )
            close = difflib.get_close_matches(claim.official, list(officials), n=1)
            add = (
                f"claimsuite record add official-position --official {claim.official} "
                f"--name '{claim.name}' --title TITLE --source-url URL --source-title TITLE"
            )
            problems.append(ClaimFileError(
                claim_set.path,
                f"'official' names '{claim.official}', which the record does not list",
                f"did you mean '{close[0]}'? Otherwise add the official: {add}" if close else
                f"add the official to claims/registries/officials.yaml ({add}) or fix the id",
                line,
                col,
            ))
    raise_all(problems)


def check_remark_links(claim_set: ClaimSet, registries: Registries) -> None:
    """A statement's or forecast's ``remark:`` must name an entry of a registry's remarks;
    every link that does not is reported, with the command that adds the remark."""
    remarks = {remark.id for remark in registries.all("remarks")}
    problems: list[ClaimFileError] = []
    for index, claim in enumerate(claim_set.claims):
        remark = vars(claim).get("remark")  # getattr would raise and catch for most kinds
        if remark and remark not in remarks:
            line, col = claim_set.document.position(("claims", index, "remark"))
            close = difflib.get_close_matches(remark, sorted(remarks), n=1)
            add = (
                f"claimsuite record add remark --id {remark} --speaker OFFICIAL --summary "
                "TEXT --source-url URL --source-title TITLE"
            )
            problems.append(ClaimFileError(
                claim_set.path,
                f"'remark' names '{remark}', which the record does not list",
                f"did you mean '{close[0]}'? Otherwise add the remark: {add}" if close else
                f"add the remark to the record's 'remarks:' ({add}) or fix the id",
                line,
                col,
            ))
    raise_all(problems)
