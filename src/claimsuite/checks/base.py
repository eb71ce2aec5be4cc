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
    from claimsuite.analysis.figures import FigureBook
    from claimsuite.analysis.locate import Locator
    from claimsuite.analysis.record import Tenure
    from claimsuite.analysis.spelling import NameIndex
    from claimsuite.analysis.verdicts import Verdicts
    from claimsuite.analysis.vocabulary import WordIndex
    from claimsuite.claims.load import ClaimSet, Registries
    from claimsuite.claims.model import RoleClaim
    from claimsuite.text.article import Article
    from claimsuite.text.language import LanguageData
    from claimsuite.vocabulary import Term, Vocabulary


@runtime_checkable
class Check(Protocol):
    """What the registry requires of a check (built-in or local).

    ``code`` (``CS123`` built-in, ``ABC123`` local), a kebab-case ``name``, a ``severity``,
    a one-line ``summary``, a ``scope`` (which claim-table column its findings fill), a
    ``status`` (stable, preview, removed) and a docstring with the documentation headings.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    scope: ClassVar[Scope]
    status: ClassVar[Status]

    def run(self, ctx: Context) -> Iterable[Finding]: ...


@dataclass(frozen=True)
class Context:
    """Everything a check may read: the contract between the engine and every check.

    Read-only. The same context is given to every selected check of a run, and every
    shared analysis below is computed once, lazily, the first time a check asks for it, so
    a check never needs another check's results and never pays for analyses it does not use.

    Inputs:

    - ``article``: the parsed article (``text``, ``language``, ``sentences``,
      ``mentions``, ``sentence_at(offset)``, ``position(offset) -> (line, col)``).
    - ``claims``: the claim set (``claims`` in file order, ``by_id``, ``entity(id)``,
      ``file.article.published``, ``position(claim_id, field)``).
    - ``registries``: the record (officials, statistics, entities, events, remarks).
    - ``fail_codes``: the codes whose findings fail the run (informational).
    - ``vocabulary``: the house vocabulary of the run (``[tool.claimsuite] vocabulary``);
      ``None`` means the shipped lists.

    Shared analyses (``claimsuite.analysis``):

    - ``language``: the article language's data (hedges, months, future markers...).
    - ``locator``: where each claim's quotes stand (``passages(id)``), which of its
      expectations the text meets (``met(id)``), ``mentions_in(start, end)``, ``covered``.
    - ``figures``: the figure bookkeeping (``accounted``, ``changed``, ``contradictions``,
      ``owned``, ``sentence_period(mention)``), the same for every check.
    - ``verdicts``: each claim field's verdict against its passage (stated, contradicted,
      not confirmed; ``of(id)``) and the classified edits of each edited passage (``edits``).
    - ``official_roles``: role claims linked to the record's officials, with their
      positions' effective dates (tenures).
    - ``name_index``: the article cut into name pieces, for comparing spellings.
    - ``house_vocabulary``: the vocabulary's terms for the article's language;
      ``word_index``: the article's words by folded spelling, for finding them.

    Places: ``at_offset``/``at_span`` give article :class:`Location` values (with character
    offsets; ``at_span`` with the span end), ``at_claim`` a place in the claim file.
    """

    article: Article
    claims: ClaimSet
    registries: Registries
    fail_codes: frozenset[str] = field(default_factory=frozenset)
    vocabulary: Vocabulary | None = None

    @property
    def language(self) -> LanguageData:
        from claimsuite.text.language import load_language  # noqa: PLC0415

        return load_language(self.article.language)

    @cached_property
    def locator(self) -> Locator:
        from claimsuite.analysis.locate import Locator  # noqa: PLC0415

        return Locator(self.article, self.claims, self.registries)

    @cached_property
    def figures(self) -> FigureBook:
        """Which figures of the article the claim set accounts for, changes or contradicts."""
        from claimsuite.analysis.figures import FigureBook  # noqa: PLC0415

        return FigureBook(self)

    @cached_property
    def verdicts(self) -> Verdicts:
        """Each claim field's verdict against its passage (stated, contradicted, not
        confirmed) and the edits of every edited passage."""
        from claimsuite.analysis.verdicts import Verdicts  # noqa: PLC0415

        return Verdicts(self)

    @cached_property
    def official_roles(self) -> tuple[tuple[RoleClaim, str, tuple[Tenure, ...]], ...]:
        """Every role claim whose person links to the record's officials, with that
        official's name and positions (effective dates), in claim-file order."""
        from claimsuite.analysis.record import linked_roles  # noqa: PLC0415

        return tuple(linked_roles(self))

    @cached_property
    def name_index(self) -> NameIndex:
        """The article's words as name pieces, indexed by first letter."""
        from claimsuite.analysis.spelling import NameIndex  # noqa: PLC0415

        return NameIndex.of(self.article.text, self.article.language)

    @cached_property
    def house_vocabulary(self) -> tuple[Term, ...]:
        """The house vocabulary's terms for the article's language (the shipped lists when
        the run was given no vocabulary)."""
        from claimsuite.vocabulary import default_vocabulary  # noqa: PLC0415

        vocabulary = self.vocabulary if self.vocabulary is not None else default_vocabulary()
        return vocabulary.of(self.article.language)

    @cached_property
    def word_index(self) -> WordIndex:
        """The article's tokens, words indexed by their folded spelling."""
        from claimsuite.analysis.vocabulary import WordIndex  # noqa: PLC0415

        return WordIndex(self.article.text, self.article.language)

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
        """The claim-file place of a claim, or of one of its fields when given."""
        line, col = self.claims.position(claim_id, field)
        return Location(self.claims.path, line, col)


class BaseCheck:
    """Convenience base: fills code and severity into findings. Subclassing is optional.

    A subclass sets ``code``, ``name``, ``severity`` and ``summary``; ``scope`` defaults to
    ``Scope.ARTICLE`` and ``status`` to ``Status.STABLE``.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    scope: ClassVar[Scope] = Scope.ARTICLE
    status: ClassVar[Status] = Status.STABLE

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
        """A finding of this check: ``message`` is plain text (no Markdown, no positions);
        places go in ``article``/``claim_file``/``related``, the claim fields concerned in
        ``fields``, a correction in ``suggestion``."""
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
