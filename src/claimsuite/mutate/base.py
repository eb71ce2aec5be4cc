"""What every mutation family works with: edits, mutants, and the article they edit."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from claimsuite.analysis.locate import Locator
from claimsuite.claims.load import ClaimSet
from claimsuite.text.article import Article, Span
from claimsuite.text.language import LanguageData, load_language, read_language_table
from claimsuite.text.mentions import find_name
from claimsuite.text.normalize import fold


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    """Replace ``text[start:end]`` of the original article with ``after``."""

    start: int
    end: int
    after: str


@dataclass(frozen=True, slots=True)
class Mutant:
    """One edited copy of the article: a family's edits, applied together."""

    family: str
    edits: tuple[Edit, ...]

    def apply(self, text: str) -> str:
        parts: list[str] = []
        at = 0
        for edit in sorted(self.edits):
            if edit.start < at:
                msg = f"overlapping edits in a {self.family} mutant at offset {edit.start}"
                raise ValueError(msg)
            parts += [text[at : edit.start], edit.after]
            at = edit.end
        parts.append(text[at:])
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class Family:
    """A kind of edit. Careless edits must be caught; controls must stay quiet."""

    name: str
    careless: bool
    summary: str
    generate: Callable[[Source], list[Mutant]]


def mutation_words(language: str) -> dict[str, Any]:
    """The words of ``mutate/lang/<language>.toml``, through the language-data loader."""
    return read_language_table("claimsuite.mutate", language)


class Source:
    """The unmodified article and its claims, with what the families look up, computed once."""

    def __init__(self, article: Article, claims: ClaimSet) -> None:
        self.article = article
        self.claims = claims
        self.text = article.text
        self.language = article.language
        self.words = mutation_words(article.language)

    @cached_property
    def lang(self) -> LanguageData:
        return load_language(self.language)

    @cached_property
    def locator(self) -> Locator:
        return Locator(self.article, self.claims)

    def passages_of(self, claim_id: str) -> tuple[Span, ...]:
        """Where the quotes of one claim stand in the article."""
        return tuple(
            Span(p.start, p.end)
            for p in self.locator.passages(claim_id)
            if p.start is not None and p.end is not None
        )

    @cached_property
    def passages(self) -> tuple[Span, ...]:
        """Where some claim's quote stands in the article, in text order."""
        spans = {span for claim in self.claims.claims for span in self.passages_of(claim.id)}
        return tuple(sorted(spans))

    def in_passage(self, start: int, end: int) -> bool:
        return any(p.start < end and start < p.end for p in self.passages)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Non-empty lines: a paragraph or a heading each."""
        out, at = [], 0
        for line in self.text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                out.append(Span(at + lead, at + len(line.rstrip())))
            at += len(line) + 1
        return tuple(out)

    def is_heading(self, span: Span) -> bool:
        """A short line that does not end like a sentence."""
        line = span.text(self.text)
        return len(line.split()) <= 12 and line[-1] not in ".!?:;…\"”’'" and any(
            c.isalpha() for c in line
        )

    def names(self, names: Iterable[str]) -> list[tuple[int, int]]:
        """Spans of whole-word ``names`` (suffixes after an apostrophe stay outside)."""
        spans = {
            span for name in names for span in find_name(self.text, name, self.language)
        }
        return sorted(spans)

    def fold(self, text: str) -> str:
        return fold(text, self.language)


def upper(text: str, language: str) -> str:
    """Capitals with Turkish dotted and dotless i where the language needs them."""
    if language == "tr":
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def capitalise(text: str, language: str) -> str:
    return upper(text[:1], language) + text[1:] if text else text


def swap_vowel(word: str, vowels: dict[str, str], *, middle: bool) -> str | None:
    """``word`` with one vowel changed: the last one, or the one nearest the middle."""
    places = [i for i, c in enumerate(word) if c.lower() in vowels and i > 0]
    if not places:
        return None
    index = min(places, key=lambda i: (abs(i - len(word) // 2), i)) if middle else places[-1]
    char = word[index]
    new = vowels[char.lower()]
    return word[:index] + (new.upper() if char.isupper() else new) + word[index + 1 :]
