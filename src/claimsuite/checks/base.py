"""The check interface shared by built-in and project-local checks.

A check is any object with the metadata below and a ``run(ctx)`` method yielding
``Finding`` values. It never prints and knows nothing about Markdown or JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from claimsuite.analysis.locate import Locator
    from claimsuite.claims.load import ClaimSet, Registries
    from claimsuite.text.article import Article
    from claimsuite.text.language import LanguageData


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Scope(StrEnum):
    """What a check compares a claim with; the report's claim table has a column for each."""

    ARTICLE = "article"  # the claim against the article text
    CLAIMS = "claims"  # the claim against the other claims
    RECORD = "record"  # the claim against the reference registries
    EDITOR = "editor"  # questions for the editor, no verdict on the claim

    @classmethod
    def for_code(cls, code: str) -> Scope:
        """Built-in code families: CS1xx/CS2xx claims, CS3xx record, CS6xx editor."""
        family = code[2:3] if code.startswith("CS") else ""
        return {"1": cls.CLAIMS, "2": cls.CLAIMS, "3": cls.RECORD, "6": cls.EDITOR}.get(
            family, cls.ARTICLE
        )


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a file; line and column are 1-based (column in characters)."""

    path: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    message: str
    article: Location | None = None
    claim_file: Location | None = None
    claims: tuple[str, ...] = ()

    @property
    def sort_key(self) -> tuple[object, ...]:
        where = self.article or self.claim_file
        return (
            -self.severity.rank,
            where.path if where else "",
            where.line if where else 0,
            where.col if where else 0,
            self.code,
            self.claims,
            self.message,
        )


@runtime_checkable
class Check(Protocol):
    """What the registry requires of a check (built-in or local)."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]

    def run(self, ctx: Context) -> Iterable[Finding]: ...


@dataclass(frozen=True)
class Context:
    """Everything a check may read. Read-only; shared analysis is computed once, lazily."""

    article: Article
    claims: ClaimSet
    registries: Registries
    fail_codes: frozenset[str] = field(default_factory=frozenset)

    @property
    def language(self) -> LanguageData:
        from claimsuite.text.language import load_language  # noqa: PLC0415

        return load_language(self.article.language)

    @cached_property
    def locator(self) -> Locator:
        from claimsuite.analysis.locate import Locator  # noqa: PLC0415

        return Locator(self.article, self.claims, self.registries)

    def at_offset(self, offset: int) -> Location:
        line, col = self.article.position(offset)
        return Location(self.article.path, line, col)

    def at_claim(self, claim_id: str, field: str | None = None) -> Location:
        line, col = self.claims.position(claim_id, field)
        return Location(self.claims.path, line, col)


class BaseCheck:
    """Convenience base: fills code and severity into findings. Subclassing is optional."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]

    def finding(
        self,
        message: str,
        *,
        article: Location | None = None,
        claim_file: Location | None = None,
        claims: Iterable[str] = (),
    ) -> Finding:
        return Finding(
            self.code, self.severity, message, article, claim_file, tuple(sorted(claims))
        )

    def run(self, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError
