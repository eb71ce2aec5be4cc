"""The check interface shared by built-in and project-local checks.

A check is any object with the metadata below and a ``run(ctx)`` method yielding
``Finding`` values. It never prints and knows nothing about Markdown or JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

from claimsuite.findings import Finding, Location, Related, Scope, Severity, Status

__all__ = [
    "BaseCheck",
    "Check",
    "Context",
    "Finding",
    "Location",
    "Related",
    "Scope",
    "Severity",
    "Status",
]

if TYPE_CHECKING:
    from claimsuite.analysis.locate import Locator
    from claimsuite.claims.load import ClaimSet, Registries
    from claimsuite.text.article import Article
    from claimsuite.text.language import LanguageData


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
        """The article place of a character offset (no span end)."""
        line, col = self.article.position(offset)
        return Location(self.article.path, line, col, offset=offset)

    def at_span(self, start: int, end: int) -> Location:
        """The article place of the half-open character range ``[start, end)``."""
        line, col = self.article.position(start)
        end_line, end_col = self.article.position(end)
        return Location(self.article.path, line, col, end_line, end_col, start, end)

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
        fields: Iterable[str] = (),
        related: Iterable[Related] = (),
        suggestion: str | None = None,
    ) -> Finding:
        return Finding(
            self.code,
            self.severity,
            message,
            article,
            claim_file,
            tuple(sorted(claims)),
            tuple(fields),
            tuple(related),
            suggestion,
        )

    def run(self, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError
