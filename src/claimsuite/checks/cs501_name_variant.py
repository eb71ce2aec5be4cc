from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from claimsuite.analysis.spans import SpanIndex
from claimsuite.checks.base import BaseCheck, Context, Finding, Severity
from claimsuite.claims.model import EntityClaim
from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import strip_marks
from claimsuite.text.tokens import Gap, Kind, tokenize

# Letters a writer without a Turkish keyboard replaces; the result is a transliteration.
_PLAIN = str.maketrans("çşğıöü", "csgiou")
MAX_LINES = 8  # other lines listed in a message
CHECKED_TYPES = frozenset({"organisation", "place", "country", "person"})


class Level(IntEnum):
    """How far a spelling is from a name, from identical (after case folding) to a typo."""

    SAME = 0
    MARKS = 1  # a circumflex or accent: Milli / Millî
    DIACRITICS = 2  # Turkish letters written without their marks: Simsek / Şimşek
    SPELLING = 3  # a letter added, dropped or changed: Sanayi / Sanayii


WHAT = {
    Level.MARKS: "a circumflex or accent",
    Level.DIACRITICS: "its Turkish letters (ç ğ ı ö ş ü)",
    Level.SPELLING: "one or two letters",
}


@lru_cache(maxsize=1 << 16)
def _forms(word: str) -> tuple[str, str, str]:
    """``word`` at each level of ``_LEVELS``: as is, without marks, plain. An article repeats
    its words, and every name is compared with every word of its first letter: cached."""
    marks = strip_marks(word)
    return word, marks, marks.translate(_PLAIN)


def plain(word: str) -> str:
    """A folded word without accents and Turkish letters: the loosest exact comparison."""
    return _forms(word)[2]


_LEVELS = (Level.SAME, Level.MARKS, Level.DIACRITICS)


@dataclass(frozen=True, slots=True)
class Piece:
    """A token of the article (or of a name) as names are compared: words are folded, and a
    Turkish suffix after an apostrophe is dropped but ends the name (``suffixed``)."""

    kind: Kind
    start: int
    end: int
    low: str
    capital: bool
    suffixed: bool
    paragraph: bool  # a paragraph break comes before it


def pieces(text: str, language: str) -> tuple[Piece, ...]:
    tokens = tokenize(text, language)
    out: list[Piece] = []
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        if token.kind is Kind.APOS:  # a stray apostrophe: not part of any name
            i += 1
            continue
        start, end, low, suffixed = token.start, token.end, token.low, False
        j = i + 1
        if (
            token.kind is Kind.WORD
            and j + 1 < n
            and tokens[j].kind is Kind.APOS
            and tokens[j].gap is Gap.GLUED
            and tokens[j + 1].kind is Kind.WORD
            and tokens[j + 1].gap is Gap.GLUED
        ):
            after = tokens[j + 1]
            if language == "en" and after.low != "s":
                # O'Brien, D'Souza: the apostrophe is part of the name.
                end, low = after.end, f"{low}'{after.low}"
            else:
                suffixed = True  # Şimşek'in, Ministry's
            j += 2
        capital = token.text[:1].isupper()
        out.append(
            Piece(token.kind, start, end, low, capital, suffixed, token.gap is Gap.PARAGRAPH)
        )
        i = j
    return tuple(out)


@lru_cache(maxsize=1024)
def name_pieces(name: str, language: str) -> tuple[Piece, ...]:
    """The pieces of a name (names are compared again and again: computed once)."""
    return pieces(name, language)


@dataclass(frozen=True)
class NameIndex:
    """The article's pieces, with the positions of words by their plain first letter so
    that a name is only compared where it could start."""

    pieces: tuple[Piece, ...]
    by_initial: dict[str, list[int]]

    @classmethod
    def of(cls, text: str, language: str) -> NameIndex:
        return _name_index(text, language)

    @classmethod
    def _build(cls, text: str, language: str) -> NameIndex:
        found = pieces(text, language)
        by_initial: dict[str, list[int]] = {}
        for index, piece in enumerate(found):
            if piece.kind is Kind.WORD:
                by_initial.setdefault(plain(piece.low[:1]), []).append(index)
        return cls(found, by_initial)

    def windows(self, name: tuple[Piece, ...]) -> Iterator[tuple[Piece, ...]]:
        """Every run of pieces as long as ``name`` that could spell it: starting on a word
        with its first letter, not crossing a paragraph break, and with a dropped suffix
        only on its last word."""
        size = len(name)
        if not size or name[0].kind is not Kind.WORD:
            return
        for i in self.by_initial.get(plain(name[0].low[:1]), ()):
            window = self.pieces[i : i + size]
            if len(window) < size:
                continue
            if any(p.suffixed for p in window[:-1]) or any(p.paragraph for p in window[1:]):
                continue
            yield window


@lru_cache(maxsize=1)
def _name_index(text: str, language: str) -> NameIndex:
    """CS501 and CS502 read the same article: its pieces are cut once."""
    return NameIndex._build(text, language)


def word_level(text: str, name: str, data: LanguageData, *, last: bool) -> tuple[Level, int] | None:
    """The level at which folded ``text`` spells folded ``name``, and how much of ``text``
    is the name (the last word of a Turkish name may carry a suffix without an apostrophe:
    ``Bakanlığının``)."""
    for level, a, b in zip(_LEVELS, _forms(text), _forms(name), strict=True):
        if a == b:
            return level, len(text)
        if last and len(a) > len(b) and a.startswith(b) and data.word_is(text, text[: len(b)]):
            return level, len(b)
    return None


def near_word(text: str, name: str) -> bool:
    """A one- or two-letter slip in a word (``sanayi`` / ``sanayii``), first letter kept."""
    a, b = plain(text), plain(name)
    if not a or not b or a[0] != b[0] or a == b:
        return False
    return Levenshtein.distance(a, b) <= (1 if len(b) <= 8 else 2)


@dataclass(frozen=True, slots=True)
class Match:
    level: Level
    start: int
    end: int
    key: tuple[str, ...]  # the spelling, folded, to group occurrences


def match(
    window: tuple[Piece, ...], name: tuple[Piece, ...], data: LanguageData, *, spelling: bool
) -> Match | None:
    """How ``window`` spells ``name``; with ``spelling``, one word may have a small slip."""
    worst, slips = Level.SAME, 0
    key: list[str] = []
    end = window[-1].end
    for index, (piece, want) in enumerate(zip(window, name, strict=True)):
        last = index == len(name) - 1
        if piece.kind is not want.kind:
            return None
        if piece.kind is not Kind.WORD:
            if piece.low != want.low:
                return None
            key.append(piece.low)
            continue
        found = word_level(piece.low, want.low, data, last=last)
        if found is None:
            if not (spelling and near_word(piece.low, want.low)):
                return None
            slips += 1
            found = (Level.SPELLING, len(piece.low))
        level, length = found
        worst = max(worst, level)
        key.append(piece.low[:length])
        if last:
            end = min(piece.start + length, piece.end)
    if slips > 1:
        return None
    if worst > Level.SAME and any(
        want.capital and not piece.capital for piece, want in zip(window, name, strict=True)
    ):
        return None  # "milli savunma" in lower case is not the ministry's name
    return Match(worst, window[0].start, end, tuple(key))


def entity_names(ctx: Context, entity: EntityClaim) -> list[str]:
    """Every accepted spelling: the claim's name and aliases, the linked official's, and
    those of a registry entity with the same id or one of the same names."""
    names = [entity.name, *entity.aliases]
    official = ctx.registries.officials.get(entity.official) if entity.official else None
    if official is not None:
        names += [official.name, *official.aliases]
    lang = ctx.article.language
    own = {tuple(p.low for p in name_pieces(n, lang)) for n in names}
    for record in ctx.registries.all("entities"):
        spellings = [record.name, *record.aliases]
        if record.id == entity.id or own & {
            tuple(p.low for p in name_pieces(n, lang)) for n in spellings
        }:
            names += spellings
    if entity.type == "person":
        # The surname alone is how news refers to a person after the first mention.
        surname = entity.name.split()[-1]
        if len(entity.name.split()) > 1:
            names.append(surname)
    return list(dict.fromkeys(names))


def known_spans(ctx: Context, article: NameIndex) -> list[tuple[int, int, int]]:
    """``(start, end, words)`` of every exact occurrence of any entity's accepted name."""
    data = ctx.language
    spans = []
    for entity in ctx.claims.claims:
        if not isinstance(entity, EntityClaim):
            continue
        for name in entity_names(ctx, entity):
            wanted = name_pieces(name, ctx.article.language)
            if not wanted:
                continue
            for window in article.windows(wanted):
                found = match(window, wanted, data, spelling=False)
                if found and found.level is Level.SAME:
                    spans.append((found.start, found.end, len(wanted)))
    return spans


def inside_known(start: int, end: int, size: int, spans: SpanIndex) -> bool:
    """Whether a span overlaps an accepted name at least as long as it (a shorter name
    inside it, like ``Türkiye`` in ``Türkiye Cumhuriyeti``, does not count)."""
    return spans.overlaps(start, end, size)


def occurrences(ctx: Context, offsets: list[int]) -> str:
    """``once`` or ``3 times, also lines 6, 9``: how often a spelling occurs and where else."""
    if len(offsets) == 1:
        return "once"
    lines = sorted({ctx.article.position(o)[0] for o in offsets[1:]})
    shown = ", ".join(map(str, lines[:MAX_LINES])) + (", …" if len(lines) > MAX_LINES else "")
    where = f"line{'s' if len(lines) > 1 else ''} {shown}"
    return f"{len(offsets)} times, also {where}"


class NameVariant(BaseCheck):
    """One entity, one name: the article spells an entity in a way the claim set does not know.

    ## What it does
    Looks for every organisation, place, country and person of the claim set in the article,
    and reports spellings of its name that are neither the ``name`` nor a declared alias
    (in the claim file, the linked official's registry entry or a registry entity): a
    circumflex dropped or added (``Milli`` / ``Millî``), Turkish letters written without
    their marks (``Simsek``), or, for organisation and place names of two words or more, a
    one-letter slip in one word (``Sanayi`` / ``Sanayii``). Case, apostrophe style and a
    Turkish suffix (``Bakanlığı'nın``, ``Bakanlığının``) do not count. Each variant spelling
    is reported once, at its first occurrence, with the lines of the others. Larger slips
    in a person's name are errors reported by CS502.

    ## Why is this bad?
    An article that writes the same ministry two ways looks careless, and a reader cannot
    tell whether two spellings mean two bodies. When the variant is acceptable, declaring
    it as an alias records that decision.

    ## Example
    ```yaml
    - id: msb
      kind: entity
      type: organisation
      name: Millî Savunma Bakanlığı
    ```
    with the article writing both "Millî Savunma Bakanlığı" and "Milli Savunma Bakanlığı".

    Use instead: write one spelling throughout, or declare the other one:
    ```yaml
    - id: msb
      kind: entity
      type: organisation
      name: Millî Savunma Bakanlığı
      aliases: [Milli Savunma Bakanlığı]
    ```
    """

    code = "CS501"
    name = "name-variant"
    severity = Severity.WARNING
    summary = "An entity is written in a spelling that is neither its name nor a declared alias."

    def run(self, ctx: Context) -> Iterable[Finding]:
        data = ctx.language
        article = NameIndex.of(ctx.article.text, ctx.article.language)
        known = SpanIndex(known_spans(ctx, article))
        found: list[tuple[Match, EntityClaim, str]] = []
        for entity in ctx.claims.claims:
            if not isinstance(entity, EntityClaim) or entity.type not in CHECKED_TYPES:
                continue
            for name in entity_names(ctx, entity):
                wanted = name_pieces(name, ctx.article.language)
                words = sum(p.kind is Kind.WORD for p in wanted)
                # A slip in a person's name is CS502's (an error); a one-word name has no
                # other words to confirm that a slip is meant as this name.
                spelling = entity.type != "person" and words > 1
                for window in article.windows(wanted):
                    hit = match(window, wanted, data, spelling=spelling)
                    if hit is None or hit.level is Level.SAME:
                        continue
                    if inside_known(hit.start, hit.end, len(wanted), known):
                        continue
                    found.append((hit, entity, name))
        yield from self._report(ctx, found)

    def _report(
        self, ctx: Context, found: list[tuple[Match, EntityClaim, str]]
    ) -> Iterator[Finding]:
        # One reading per stretch of text: the closest spelling, then the longest name.
        found.sort(key=lambda f: (f[0].start, f[0].level, -(f[0].end - f[0].start)))
        kept: list[tuple[Match, EntityClaim, str]] = []
        for item in found:
            if kept and item[0].start < kept[-1][0].end:
                continue
            kept.append(item)
        groups: dict[tuple[str, tuple[str, ...]], list[tuple[Match, EntityClaim, str]]] = {}
        for item in kept:
            groups.setdefault((item[1].id, item[0].key), []).append(item)
        for items in groups.values():
            first, entity, closest = items[0]
            variant = " ".join(ctx.article.text[first.start : first.end].split())
            line, col = ctx.article.position(first.start)
            times = occurrences(ctx, [m.start for m, *_ in items])
            accepted = "" if closest == entity.name else f" (declared spelling '{closest}')"
            yield self.finding(
                f"entity `{entity.id}` is '{entity.name}'{accepted}; the article writes "
                f"'{variant}' at {line}:{col} ({times}), which differs in {WHAT[first.level]} "
                "and is not a declared alias",
                article=ctx.at_offset(first.start),
                claim_file=ctx.at_claim(entity.id, "name"),
                claims=[entity.id],
            )
