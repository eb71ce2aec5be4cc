"""House vocabulary: the spellings a desk prefers and the variants it rejects, as data.

A vocabulary file is YAML the desk edits (see ``docs/house-vocabulary.md``)::

    language: tr
    entries:
      - prefer: savunma sanayii
        reject: [savunma sanayi]
        reason: "sanayi" takes the compound -i: "savunma sanayii", "savunma sanayiine".
        source: https://...

It is read by the claim-file loader (positions, size and nesting limits, no tags) and
validated by the models below, so a mistake stops the run as ``path:line:col: problem —
what to do`` with exit code 2. The shipped lists (``tr.yaml``, ``en.yaml`` next to this
module) are used unless ``[tool.claimsuite] default-vocabulary = false``; a desk's own files
(``vocabulary = [...]``) are added to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import Field

from claimsuite.claims.model import Frozen, Text, Texts
from claimsuite.errors import ClaimFileError
from claimsuite.text.normalize import fold

__all__ = ["DEFAULT_FILES", "Entry", "Term", "Vocabulary", "load_vocabulary"]

DEFAULT_FILES = ("tr.yaml", "en.yaml")
_PACKAGE = "claimsuite/vocabulary"  # how the shipped files are named in messages


class Entry(Frozen):
    """One term of the house vocabulary."""

    prefer: Text = Field(description="the spelling the desk writes")
    reject: Texts = Field(default=(), description="spellings to report, naming 'prefer'")
    accept: Texts = Field(default=(), description="other spellings the desk accepts")
    except_: Texts = Field(
        default=(), alias="except",
        description="phrases in which a rejected spelling is right (chicken Kiev)",
    )
    reason: Text = Field(description="why: the rule or decision, in one sentence")
    source: Text | None = Field(
        default=None, description="the style guide or page behind it (a URL or a reference)"
    )


class VocabularyFile(Frozen):
    language: Literal["tr", "en"] = Field(description="the articles it applies to: tr or en")
    entries: tuple[Entry, ...] = Field(min_length=1, description="the terms")


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Term(NamedTuple):
    """An entry with where it is written, for the report's "see" line."""

    entry: Entry
    language: str
    path: str
    line: int
    col: int


class Vocabulary(NamedTuple):
    """Every term of the vocabulary files of a run."""

    terms: tuple[Term, ...] = ()
    files: tuple[str, ...] = ()

    def of(self, language: str) -> tuple[Term, ...]:
        """The terms for articles in ``language``."""
        return tuple(t for t in self.terms if t.language == language)


def _shipped(name: str) -> Path:
    return Path(__file__).with_name(name)


def load_file(path: Path, shown: str | None = None) -> tuple[Term, ...]:
    """The terms of one vocabulary file, validated; ``shown`` names it in messages."""
    from claimsuite.claims.load import validate  # noqa: PLC0415
    from claimsuite.claims.yamlsource import load_yaml  # noqa: PLC0415

    try:
        document = load_yaml(path, what="vocabulary file")
    except ClaimFileError as exc:
        if shown is not None:
            exc.path = shown
        raise
    name = shown or document.path
    if not isinstance(document.data, dict):
        kind = "a list" if isinstance(document.data, list) else "a single value"
        raise ClaimFileError(
            name, f"the vocabulary file is {kind}, not a mapping",
            "start it with language: and entries:", 1, 1,
        )
    try:
        parsed = validate(VocabularyFile, document)
    except ClaimFileError as exc:
        exc.path = name
        raise
    language = parsed.language
    seen: dict[str, str] = {}
    terms = []
    for index, entry in enumerate(parsed.entries):
        where = ("entries", index)
        line, col = document.position(where)
        if not entry.reject and not entry.accept:
            raise ClaimFileError(
                name, f"entry '{entry.prefer}' rejects and accepts nothing",
                "add reject: [the spellings to report] (or accept: [...])", line, col,
            )
        preferred = {fold(entry.prefer, language), *(fold(a, language) for a in entry.accept)}
        for number, form in enumerate(entry.reject):
            at = document.position((*where, "reject", number))
            key = fold(form, language)
            if not any(c.isalpha() for c in key):
                raise ClaimFileError(
                    name, f"rejected spelling '{form}' has no letters",
                    "write the word or phrase to report", *at,
                )
            if key in preferred:
                raise ClaimFileError(
                    name, f"'{form}' is both rejected and preferred or accepted in entry "
                    f"'{entry.prefer}'", "keep it in one list", *at,
                )
            other = seen.get(key)
            if other is not None and other != entry.prefer:
                raise ClaimFileError(
                    name, f"'{form}' is rejected in favour of both '{other}' and "
                    f"'{entry.prefer}'", "reject it in one entry only", *at,
                )
            seen[key] = entry.prefer
        terms.append(Term(entry, language, name, line, col))
    return tuple(terms)


@cache
def default_vocabulary() -> Vocabulary:
    """The shipped lists (``tr.yaml``, ``en.yaml``)."""
    terms: list[Term] = []
    for name in DEFAULT_FILES:
        terms.extend(load_file(_shipped(name), f"{_PACKAGE}/{name}"))
    return Vocabulary(tuple(terms), tuple(f"{_PACKAGE}/{n}" for n in DEFAULT_FILES))


def load_vocabulary(paths: Iterable[Path] = (), *, defaults: bool = True) -> Vocabulary:
    """The shipped lists (unless ``defaults`` is false) and the desk's files, in order."""
    base = default_vocabulary() if defaults else Vocabulary()
    terms = list(base.terms)
    files = list(base.files)
    for path in paths:
        if not path.is_file():
            problem = "is a folder, not a file" if path.exists() else "vocabulary file not found"
            raise ClaimFileError(
                str(path), problem,
                "fix the path in [tool.claimsuite] vocabulary (relative to pyproject.toml)",
            )
        terms.extend(load_file(path))
        files.append(str(path))
    return Vocabulary(tuple(terms), tuple(files))
