"""Words of the article that are one term in two spellings (CS504): a circumflex, Turkish
letters written plain, a doubled letter, British and American English; grouped by
spelling, one finding per set of words."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from claimsuite.analysis.spans import SpanIndex
from claimsuite.analysis.spelling import plain
from claimsuite.analysis.word_index import WordIndex
from claimsuite.text.language import LanguageData
from claimsuite.text.normalize import strip_marks

MIN_STEM = 5  # shorter words differ by a letter too often to be one term (kar/kâr, saat/sat)
MIN_PLAIN = 6  # Turkish letters written plain: sınır/sinir are two words


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Occurrence(NamedTuple):
    start: int
    end: int
    written: str
    initial: bool = False  # first word of a sentence or a line: capitalised anyway


def _initial(text: str, start: int) -> bool:
    at = start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at < 0 or text[at] in ".!?:\n\"'“‘«("


class Variant(NamedTuple):
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


@lru_cache(maxsize=1 << 16)
def _key(stem: str, language: str) -> str:
    """The spelling-blind key of a stem: an archive repeats its vocabulary from article to
    article (memoized: ~110 calls an article, most of them seen before)."""
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


# Each word's readings (stem, spelling-blind key), per language data: an archive repeats
# its vocabulary from article to article, and reading a Turkish word asks word_is for every
# prefix (~40% of this module's time on 200 seed-sized articles). Keyed by the data's
# identity (the entry holds the data, so the id is not reused while it lives).
_READINGS: dict[tuple[int, str], tuple[LanguageData, dict[str, tuple[tuple[str, str], ...]]]] = {}
_READINGS_MAX = 1 << 16  # words per language data; the memo starts over past it


def _readings_memo(
    data: LanguageData, language: str
) -> dict[str, tuple[tuple[str, str], ...]]:
    entry = _READINGS.get((id(data), language))
    if entry is None or entry[0] is not data:
        if len(_READINGS) >= 8:  # a test session builds many language datas
            _READINGS.clear()
        entry = _READINGS[(id(data), language)] = (data, {})
    return entry[1]


def spelling_variants(
    words: WordIndex,
    data: LanguageData,
    *,
    skip: SpanIndex,
) -> list[Variant]:
    """Terms written in two spellings in the article. Words inside ``skip`` (declared
    entities' names, the house vocabulary's phrases) are left out."""
    language = words.language
    text = words.text
    # The token positions of each long word, not an Occurrence each: a 10 MB article has
    # a million such words, and only the few of a found variant are ever read. Read from
    # the token table's index of distinct words, so a short word is passed over once
    # (measured: ~2x faster than a loop over every word).
    table = words.table
    token_starts, token_ends = table.starts, table.ends
    skip_starts, reach = skip.table()
    occurrences: dict[str, Sequence[int]] = {}
    for low, at in table.by_low.items():
        if len(low) < MIN_STEM:
            continue
        kept: Sequence[int] = at
        if skip_starts:  # skip.overlaps inlined: this sees every long word
            outside = [
                token for token in at
                if not (
                    (count := bisect_left(skip_starts, token_ends[token]))
                    and reach[count - 1] > token_starts[token]
                )
            ]
            if not outside:
                continue
            if len(outside) < len(at):  # else the table's own array, smaller than a list
                kept = outside
        occurrences[low] = kept

    def occurrences_of(low: str) -> Iterator[Occurrence]:
        for token in occurrences[low]:
            start, end = token_starts[token], token_ends[token]
            yield Occurrence(start, end, text[start:end], _initial(text, start))

    readings = _readings_memo(data, language)
    by_key: dict[str, set[str]] = {}
    words_of: dict[str, set[str]] = {}  # stem -> the words that can be read as it
    for low in occurrences:
        pairs = readings.get(low)
        if pairs is None:
            if len(readings) >= _READINGS_MAX:
                readings.clear()
            pairs = readings[low] = tuple(
                (stem, _key(stem, language)) for stem in _stems(low, data, language)
            )
        for stem, key in pairs:
            by_key.setdefault(key, set()).add(stem)
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
                if not side_a or not side_b or _proper_and_common(side_a, side_b, occurrences_of):
                    continue
                forms = []
                for stem, side in ((a, side_a), (b, side_b)):
                    spots = sorted(
                        (o for w in side for o in occurrences_of(w)), key=lambda o: o.start
                    )
                    forms.append((stem, tuple(spots)))
                forms.sort(key=lambda f: f[1][0].start)
                found.append(Variant(how, tuple(forms)))
    return _distinct(found)


def _proper_and_common(
    side_a: set[str], side_b: set[str], occurrences: Callable[[str], Iterator[Occurrence]]
) -> bool:
    """Whether one spelling is only ever capitalised inside a sentence: a name (Etiler
    against ettiler, "Department of Defense" against "defence"), which the writer cannot
    respell; CS501 and CS503 look after names."""
    def caps(side: set[str]) -> set[bool]:
        return {o.written[:1].isupper() for w in side for o in occurrences(w) if not o.initial}

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
