"""The house vocabulary in an article (CS503) and terms spelled two ways (CS504).

Words are compared folded (Turkish İ/ı casing, every apostrophe as one) and whole: a
Turkish word may go on into an inflection, glued (``sanayine``) or after an apostrophe
(``Bakanlığı'nın``), which the language's suffix table decides; an English one only into
a plural or possessive ``s``. ``sanayii`` is not ``sanayi`` plus a suffix: a vowel-final
stem takes a buffer consonant before a vowel suffix, so it is a second spelling.

- :func:`rejected_in`: every rejected spelling of the vocabulary in the article, with the
  ending it carries, so a suggestion keeps it (``savunma sanayine`` → ``savunma sanayiine``,
  :func:`with_ending`) and its case (:func:`in_case_of`).
- :func:`entity_variant_spans`: where a declared entity is written in a spelling CS501
  reports, so that a house rule does not report it a second time.
- :func:`spelling_variants`: words of the article that are one term in two spellings (a
  circumflex, Turkish letters written plain, a doubled letter), grouped by spelling;
  :func:`vocabulary_spans`: the words the vocabulary's phrases cover, which CS504 leaves
  to CS503.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from claimsuite.analysis.names import accepted_names
from claimsuite.analysis.spans import SpanIndex
from claimsuite.analysis.spelling import Level, match, name_pieces, plain
from claimsuite.claims.model import EntityClaim
from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import fold, strip_marks
from claimsuite.text.tokens import Gap, Kind, Token, tokenize
from claimsuite.vocabulary import Term

if TYPE_CHECKING:
    from claimsuite.checks.base import Context

__all__ = [
    "Occurrence",
    "Rejected",
    "Variant",
    "WordIndex",
    "entity_variant_spans",
    "rejected_in",
    "spelling_variants",
]

_ENTITY_TYPES = frozenset({"organisation", "place", "country", "person"})
_EN_ENDINGS = ("", "s", "es")


@dataclass(frozen=True, slots=True)
class Rejected:
    """A rejected spelling in the text: ``[start, end)`` is the form as written,
    ``[start, word_end)`` the form with its ending, ``ending`` what follows the form."""

    term: Term
    form: str
    start: int
    end: int
    word_end: int
    ending: str


class WordIndex:
    """The article's tokens, with the word tokens indexed by folded text."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.tokens: list[Token] = tokenize(text, language)
        by_low: dict[str, list[int]] = {}
        for index, token in enumerate(self.tokens):
            if token.kind is Kind.WORD:
                by_low.setdefault(token.low, []).append(index)
        self.by_low = by_low
        self.lows = sorted(by_low)

    def starting_with(self, prefix: str) -> Iterator[str]:
        """The distinct folded words that start with ``prefix``."""
        at = bisect_left(self.lows, prefix)
        while at < len(self.lows) and self.lows[at].startswith(prefix):
            yield self.lows[at]
            at += 1

    def ending_after(self, index: int) -> tuple[int, str]:
        """The end of the word at ``index`` with a suffix glued after an apostrophe
        (``Bakanlığı'nın``), and that suffix with its apostrophe."""
        tokens = self.tokens
        token = tokens[index]
        if (
            index + 2 < len(tokens)
            and tokens[index + 1].kind is Kind.APOS
            and tokens[index + 1].gap is Gap.GLUED
            and tokens[index + 2].kind is Kind.WORD
            and tokens[index + 2].gap is Gap.GLUED
        ):
            return tokens[index + 2].end, self.text[token.end : tokens[index + 2].end]
        return token.end, ""

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens starting in ``[start, end)``."""
        starts = self.starts
        return self.tokens[bisect_left(starts, start) : bisect_left(starts, end)]

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def word_spans(self) -> list[tuple[int, int, str]]:
        return [(t.start, t.end, t.low) for t in self.tokens if t.kind is Kind.WORD]


def _ending(low: str, word: str, data: LanguageData, language: str) -> int | None:
    """How much of folded ``low`` is ``word``, when ``low`` is ``word`` or ``word`` with an
    ending; ``None`` otherwise."""
    if low == word:
        return len(word)
    if language == "tr":
        return len(word) if data.word_is(low, word) else None
    if any(low == word + e for e in _EN_ENDINGS):
        return len(word)
    return None


def find_form(
    words: WordIndex, form: str, data: LanguageData
) -> Iterator[tuple[int, int, int, str]]:
    """``(start, end, word_end, ending)`` of every occurrence of ``form`` (one or more
    words) in the article, whole words only, the last one with an ending."""
    wanted = fold(form, words.language).split()
    if not wanted:
        return
    first = wanted[0]
    lows = [first] if len(wanted) > 1 else list(words.starting_with(first))
    for low in lows:
        for index in words.by_low.get(low, ()):
            found = _match_at(words, index, wanted, data)
            if found is not None:
                yield found


def _match_at(
    words: WordIndex, index: int, wanted: list[str], data: LanguageData
) -> tuple[int, int, int, str] | None:
    tokens = words.tokens
    if index + len(wanted) > len(tokens):
        return None
    if index and tokens[index - 1].kind is Kind.APOS and tokens[index].gap is Gap.GLUED:
        return None  # the suffix of another word: "ABD'de"
    for offset, word in enumerate(wanted):
        token = tokens[index + offset]
        if token.kind is not Kind.WORD or (offset and token.gap is not Gap.SPACE):
            return None
        last = offset == len(wanted) - 1
        if not last:
            if token.low != word:
                return None
            continue
        length = _ending(token.low, word, data, words.language)
        if length is None:
            return None
        start = tokens[index].start
        end = token.start + length
        if length < len(token.low):
            return start, end, token.end, words.text[end : token.end]
        word_end, ending = words.ending_after(index + offset)
        return start, end, word_end, ending
    return None


def rejected_in(
    words: WordIndex, terms: Iterable[Term], data: LanguageData
) -> list[Rejected]:
    """Every rejected spelling of ``terms`` in the article, in text order, outside the
    entries' ``except`` phrases; where two overlap the longer wins."""
    hits: list[Rejected] = []
    for term in terms:
        excepted = SpanIndex.of(
            (a, c) for phrase in term.entry.except_ for a, _, c, _ in find_form(words, phrase, data)
        )
        for form in term.entry.reject:
            for start, end, word_end, ending in find_form(words, form, data):
                if not excepted.overlaps(start, word_end):
                    hits.append(Rejected(term, form, start, end, word_end, ending))
    hits.sort(key=lambda h: (h.start, -(h.word_end - h.start)))
    kept: list[Rejected] = []
    for hit in hits:
        if kept and hit.start < kept[-1].word_end:
            continue
        kept.append(hit)
    return kept


def with_ending(preferred: str, form: str, ending: str) -> str:
    """The preferred spelling with the ending the rejected one carried, when it carries
    over as written: after an apostrophe, or when both spellings end in the same letter
    (``sanayine`` → ``sanayiine``). A different last letter changes the ending
    (``herkezden`` is ``herkesten``), and a buffer ``y`` after a stem that the preferred
    spelling closes with the compound ``-i`` would be wrong (``sanayiye`` is
    ``sanayiine``): then the preferred spelling alone."""
    if not ending:
        return preferred
    if ending[0] in "'’":
        return preferred + ending
    if preferred[-1:].lower() != form[-1:].lower():
        return preferred
    grew = preferred[len(form) :] if preferred.lower().startswith(form.lower()) else ""
    if grew and ending[0] in "yY":
        return preferred
    return preferred + ending


def in_case_of(written: str, suggestion: str, language: str) -> str:
    """``suggestion`` in the case ``written`` is in: all capitals (``SAVUNMA SANAYİ``), or a
    capital first letter (a sentence's first word), Turkish-aware (``i`` → ``İ``)."""
    letters = [c for c in written if c.isalpha()]
    if not letters or not suggestion:
        return suggestion

    def upper(text: str) -> str:
        if language == "tr":
            text = text.replace("i", "İ").replace("ı", "I")
        return text.upper()

    if len(letters) > 1 and all(c.isupper() for c in letters):
        return upper(suggestion)
    if written[:1].isupper() and suggestion[:1].islower():
        return upper(suggestion[:1]) + suggestion[1:]
    return suggestion


def entity_variant_spans(ctx: Context) -> SpanIndex:
    """Where a declared organisation, place, country or person is written in a spelling
    other than its accepted names (circumflex or Turkish letters): CS501 reports those."""
    data = ctx.language
    index = ctx.name_index
    spans: list[tuple[int, int, int]] = []
    for entity in ctx.claims.claims:
        if not isinstance(entity, EntityClaim) or entity.type not in _ENTITY_TYPES:
            continue
        for name in accepted_names(ctx.claims, ctx.registries, entity.id, surname=True):
            wanted = name_pieces(name, ctx.article.language)
            if not wanted:
                continue
            for window in index.windows(wanted, near=False):
                found = match(window, wanted, data, spelling=False)
                if found is not None and found.level is not Level.SAME:
                    spans.append((found.start, found.end, 0))
    return SpanIndex(spans)


def entity_name_spans(ctx: Context) -> list[tuple[int, int]]:
    """Where any declared entity's accepted name is written, at any level (the words CS501
    looks after)."""
    data = ctx.language
    index = ctx.name_index
    spans: list[tuple[int, int]] = []
    for entity in ctx.claims.claims:
        if not isinstance(entity, EntityClaim):
            continue
        for name in accepted_names(ctx.claims, ctx.registries, entity.id, surname=True):
            wanted = name_pieces(name, ctx.article.language)
            if not wanted:
                continue
            for window in index.windows(wanted, near=False):
                found = match(window, wanted, data, spelling=False)
                if found is not None:
                    spans.append((found.start, found.end))
    return spans


# ---- one term, one spelling ---------------------------------------------------------------

MIN_STEM = 5  # shorter words differ by a letter too often to be one term (kar/kâr, saat/sat)
MIN_PLAIN = 6  # Turkish letters written plain: sınır/sinir are two words


@dataclass(frozen=True, slots=True)
class Occurrence:
    start: int
    end: int
    written: str
    initial: bool = False  # first word of a sentence or a line: capitalised anyway


def _initial(text: str, start: int) -> bool:
    at = start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at < 0 or text[at] in ".!?:\n\"'“‘«("


@dataclass(frozen=True, slots=True)
class Variant:
    """One term in two spellings: each spelling's base form and where its words stand."""

    how: str  # "circumflex", "Turkish letters", "doubled letter"
    forms: tuple[tuple[str, tuple[Occurrence, ...]], ...]


def _squeeze(word: str) -> str:
    out: list[str] = []
    for char in word:
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


# Pairs the TDK rules tell apart by the circumflex: two words, not one term in two spellings
# (hâkim "dominant" / hakim "judge", askerî "military" / askeri "his soldier"); cited in
# https://www.azrefs.org/yazim-kurallari.html (rules 1 and 3 of the circumflex).
_MARKED_PAIRS = frozenset({
    "hâkim", "askerî", "dinî", "ilmî", "resmî", "hâlâ", "kâr", "âdet", "âlem", "âşık", "hâl",
    "âdem", "şûra", "âmâ", "yâr", "kâtil", "kâdir", "ziraî", "iktisadî",
})  # fmt: skip
# English: British and American spellings of one word (travelled / traveled, organise /
# organize); a doubled letter elsewhere is often two words (filling / filing, later / latter).
_EN_DOUBLED = ("elled", "elling", "eller", "ellers", "alled", "alling")
# -ence / -ense where British English has no noun/verb split (unlike licence/license,
# practice/practise): defence/defense, offence/offense, pretence/pretense.
_EN_ENCE = (("defens", "defenc"), ("offens", "offenc"), ("pretens", "pretenc"))


def _ence(word: str) -> str:
    for us, uk in _EN_ENCE:
        if word.startswith(us) and word[len(us) : len(us) + 1] in ("e", ""):
            return uk + word[len(us) :]
    return word


def _how(a: str, b: str, language: str) -> str | None:
    """How two distinct stems are one term spelled two ways, or ``None``."""
    short = min(len(a), len(b))
    if language == "en":
        return _how_en(a, b)
    if strip_marks(a) == strip_marks(b):
        marked = a if a != strip_marks(a) else b
        if short < MIN_STEM or any(marked.startswith(w) for w in _MARKED_PAIRS):
            return None
        return "a circumflex"
    if plain(a) == plain(b):
        if short < MIN_PLAIN:
            return None
        # Only a word written entirely without Turkish letters (olduğu/öldüğü are two
        # words), and without a consonant (ç ğ ş) or without two letters: one vowel written
        # ı for i is as likely a slip in the lettered word (potansıyel) as the plain one.
        ma, mb = strip_marks(a), strip_marks(b)
        if plain(a) not in (ma, mb) or len(ma) != len(mb):
            return None
        diff = [(x, y) for x, y in zip(ma, mb, strict=True) if x != y]
        if len(diff) >= 2 or any(x in "çğş" or y in "çğş" for x, y in diff):
            return "Turkish letters written plain"
        return None
    pa, pb = plain(a), plain(b)
    if short >= MIN_STEM and _one_doubled(pa, pb):
        return "a doubled letter"
    return None


def _one_doubled(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in one letter written twice."""
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer))
    )


def _how_en(a: str, b: str) -> str | None:
    if _ence(a) == _ence(b):
        return "-ence / -ense (British and American spelling)"
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if (
        _one_doubled(longer, shorter)
        and any(
            longer.endswith(end) and len(longer) - len(end) >= 2 for end in _EN_DOUBLED
        )
    ):
        return "a doubled l (British and American spelling)"
    if len(a) == len(b) and len(a) >= 7:
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if (
            len(diff) == 1
            and {a[diff[0]], b[diff[0]]} == {"s", "z"}
            and diff[0] >= 3
            and a[diff[0] - 1] == "i"
        ):
            return "-ise / -ize (British and American spelling)"
    return None


def _key(stem: str, language: str) -> str:
    key = _squeeze(plain(stem))
    return _ence(key).replace("iz", "is") if language == "en" else key


def _stems(low: str, data: LanguageData, language: str) -> set[str]:
    """Every base ``low`` can be read as: itself, or a stem plus an ending."""
    stems = {low}
    if language == "tr":
        for k in range(MIN_STEM, len(low)):
            if data.word_is(low, low[:k]):
                stems.add(low[:k])
    elif low.endswith("s") and len(low) > MIN_STEM:
        stems.add(low[:-1])
    return stems


def spelling_variants(
    words: WordIndex,
    data: LanguageData,
    *,
    skip: SpanIndex,
) -> list[Variant]:
    """Terms written in two spellings in the article. Words inside ``skip`` (declared
    entities' names, the house vocabulary's phrases) are left out."""
    language = words.language
    occurrences: dict[str, list[Occurrence]] = {}
    for start, end, low in words.word_spans:
        if len(low) < MIN_STEM or skip.overlaps(start, end):
            continue
        occurrences.setdefault(low, []).append(
            Occurrence(start, end, words.text[start:end], _initial(words.text, start))
        )
    stems_of = {low: _stems(low, data, language) for low in occurrences}
    by_key: dict[str, set[str]] = {}
    words_of: dict[str, set[str]] = {}  # stem -> the words that can be read as it
    for low, stems in stems_of.items():
        for stem in stems:
            by_key.setdefault(_key(stem, language), set()).add(stem)
            words_of.setdefault(stem, set()).add(low)
    found: list[Variant] = []
    for _, stems in sorted(by_key.items()):
        if len(stems) < 2:
            continue
        ordered = sorted(stems)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                how = _how(a, b, language)
                if how is None:
                    continue
                side_a, side_b = set(words_of[a]), set(words_of[b])
                both = side_a & side_b
                side_a, side_b = side_a - both, side_b - both
                if not side_a or not side_b or _proper_and_common(side_a, side_b, occurrences):
                    continue
                forms = []
                for stem, side in ((a, side_a), (b, side_b)):
                    spots = sorted(
                        (o for w in side for o in occurrences[w]), key=lambda o: o.start
                    )
                    forms.append((stem, tuple(spots)))
                forms.sort(key=lambda f: f[1][0].start)
                found.append(Variant(how, tuple(forms)))
    return _distinct(found)


def _proper_and_common(
    side_a: set[str], side_b: set[str], occurrences: dict[str, list[Occurrence]]
) -> bool:
    """Whether one spelling is only ever capitalised inside a sentence: a name (Etiler
    against ettiler, "Department of Defense" against "defence"), which the writer cannot
    respell; CS501 and CS503 look after names."""
    def caps(side: set[str]) -> set[bool]:
        return {o.written[:1].isupper() for w in side for o in occurrences[w] if not o.initial}

    return caps(side_a) == {True} or caps(side_b) == {True}


def _distinct(found: list[Variant]) -> list[Variant]:
    """One variant per set of occurrences: the stems ``sanayi``/``sanayii`` and the junk
    readings ``sanayin``/``sanayiin`` of the same words are one finding."""
    seen: set[frozenset[int]] = set()
    kept = []

    def spots_of(variant: Variant) -> frozenset[int]:
        return frozenset(o.start for _, occ in variant.forms for o in occ)

    def rank(variant: Variant) -> tuple[int, int]:
        return -len(spots_of(variant)), min(len(form) for form, _ in variant.forms)

    for variant in sorted(found, key=rank):
        spots = spots_of(variant)
        if any(spots <= other for other in seen):
            continue
        seen.add(spots)
        kept.append(variant)
    return sorted(kept, key=lambda v: min(spots_of(v)))


def vocabulary_spans(
    words: WordIndex, terms: Iterable[Term], data: LanguageData
) -> list[tuple[int, int]]:
    """Where the vocabulary's phrases stand in the article, preferred, accepted or rejected
    (with their endings): those words are CS503's, not CS504's."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        entry = term.entry
        for form in (entry.prefer, *entry.accept, *entry.reject):
            spans.extend((a, c) for a, _, c, _ in find_form(words, form, data))
    return spans
