"""What the editor should be asked about, beyond the figures (CS607, CS608, CS609).

- :func:`unnamed_venues`: remarks made "katıldığı bir televizyon programında", "in an
  interview", "on social media", in a sentence that names no programme, outlet or account
  and gives no date (the phrases are data: ``claimsuite/vocabulary/venues.toml``).
- :func:`rendered_titles`: a role claim whose title is a rendering, in the article's
  language, of a title the record holds only in another language.
- :func:`resolved_bases`: how a relative comparison base ("geçtiğimiz yılın aynı dönemine
  göre", "year on year") in a change claim's passage was read.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from claimsuite.analysis.names import accepted_names, fold_name
from claimsuite.analysis.relative import shift
from claimsuite.analysis.spans import SpanIndex
from claimsuite.claims.model import ChangeClaim, EntityClaim
from claimsuite.claims.periods import Granularity, Period
from claimsuite.text.mentions import MentionKind
from claimsuite.text.search import find_name, find_words

if TYPE_CHECKING:
    from claimsuite.analysis.record import Tenure
    from claimsuite.checks.base import Context
    from claimsuite.claims.model import RoleClaim
    from claimsuite.claims.records import Position
    from claimsuite.text.mentions import Mention
    from claimsuite.text.tokens import Token

__all__ = [
    "RenderedTitle",
    "ResolvedBase",
    "Venue",
    "rendered_titles",
    "resolved_bases",
    "unnamed_venues",
    "venue_phrases",
]

_WEEKDAYS = {
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
_DAY_LIKE = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.RANGE})
_TURKISH_LETTERS = frozenset("çğışöüÇĞİŞÖÜ")
_ENGLISH_TITLE_WORDS = frozenset({
    "of", "for", "the", "and", "minister", "secretary", "director", "deputy", "assistant",
    "ambassador", "president", "chief", "head", "acting", "undersecretary", "envoy",
})  # fmt: skip


@cache
def venue_phrases(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The venue phrases of ``language`` and the English words that go on to name one."""
    raw = tomllib.loads(Path(__file__).parents[1].joinpath("vocabulary", "venues.toml")
                        .read_text("utf-8"))
    table = raw.get(language, {})
    return tuple(table.get("phrases", ())), tuple(table.get("named_after", ()))


# The answers are named tuples, not data classes: the same immutable records (names,
# equality, hash, repr), defined in a fraction of the time (a data class compiles its
# methods in every process: ~0.5 ms each at start-up).
class Venue(NamedTuple):
    start: int
    end: int
    phrase: str
    named: bool
    dated: bool


def unnamed_venues(ctx: Context) -> list[Venue]:
    """Every venue phrase in the article whose sentence leaves its name or its date out."""
    text, language = ctx.article.text, ctx.article.language
    phrases, named_after = venue_phrases(language)
    if not phrases:
        return []
    found = []
    known = _entity_spans(ctx)
    for start, end, phrase in find_words(text, phrases, language):
        sentence = ctx.article.sentence_at(start)
        named = _named(ctx, start, end, sentence.start, sentence.end, named_after, known)
        dated = _dated(ctx, sentence.start, sentence.end)
        if not (named and dated):
            found.append(Venue(start, end, phrase, named, dated))
    return found


def _entity_spans(ctx: Context) -> SpanIndex:
    """Where people, places and countries of the claim set are named: a capitalised word
    there is the speaker or the subject, not the name of a programme."""
    text, language = ctx.article.text, ctx.article.language
    spans = []
    for claim in ctx.claims.claims:
        if isinstance(claim, EntityClaim) and claim.type in {"person", "place", "country"}:
            for name in accepted_names(ctx.claims, ctx.registries, claim.id, surname=True):
                spans.extend(find_name(text, name, language, marks=True))
    return SpanIndex.of(spans)


def _outlets(ctx: Context) -> list[tuple[str, ...]]:
    return [
        accepted_names(ctx.claims, ctx.registries, c.id, official=False)
        for c in ctx.claims.claims
        if isinstance(c, EntityClaim) and c.type in {"publication", "organisation"}
    ]


def _named(
    ctx: Context, start: int, end: int, first: int, last: int,
    named_after: tuple[str, ...], known: SpanIndex,
) -> bool:
    """Whether the venue is named next to the phrase: a capitalised word (not the first of
    the sentence, not a known person or place) just before it ("CNN Türk'te katıldığı bir
    programda"), or in English a name after "with"/"to"/"on" ("in an interview with
    Reuters"); or a publication of the claim set anywhere in the sentence."""
    text, language = ctx.article.text, ctx.article.language
    words = ctx.word_index
    tokens = words.tokens_in(first, last)
    times = SpanIndex.of((m.start, m.end) for m in ctx.locator.mentions_in(first, last))
    weekdays = _WEEKDAYS.get(language, ())

    def a_name(token: Token) -> bool:
        return (
            token.text[:1].isupper()
            and token.low not in weekdays
            and not times.overlaps(token.start, token.end)
            and not known.overlaps(token.start, token.end)
        )

    # A name set off by a comma is the speaker ("Bakan Bolat, sosyal medya hesabından"),
    # not the programme or outlet ("CNN Türk'te katıldığı bir programda").
    before = [t for t in tokens if t.end <= start][-3:]
    if any(
        t.start != tokens[0].start and a_name(t) and "," not in text[t.end : start]
        for t in before
    ):
        return True
    after = [t for t in tokens if t.start >= end][:3]
    if after and after[0].low in named_after:
        rest = after[1:]
        if rest and rest[0].low == "the":
            rest = rest[1:]
        if rest and a_name(rest[0]):
            return True
    sentence = text[first:last]
    return any(find_name(sentence, name, language, marks=True) for names in _outlets(ctx)
               for name in names)


def _dated(ctx: Context, first: int, last: int) -> bool:
    """Whether the sentence says when: a date, a day or month, a relative day ("dün",
    "last week"), or a weekday."""
    for mention in ctx.locator.mentions_in(first, last):
        if mention.kind is MentionKind.DATE:
            return True
        if mention.kind is MentionKind.RELATIVE and mention.relation != "same-period":
            return True
        if mention.kind is MentionKind.PERIOD and mention.period is not None and (
            mention.period.granularity in _DAY_LIKE
        ):
            return True
    sentence = ctx.article.text[first:last]
    return bool(find_words(sentence, _WEEKDAYS.get(ctx.article.language, ()),
                           ctx.article.language))


# ---- titles rendered from another language --------------------------------------------------


class RenderedTitle(NamedTuple):
    claim: RoleClaim
    name: str  # the official's name in the record
    tenure: Tenure
    original: str  # the title as the record holds it
    original_language: str
    as_alias: bool  # the rendering is among the record's aliases (a source's wording)
    span: tuple[int, int] | None  # the title in the article


def _title_language(position: Position) -> str | None:
    """The language the record holds a title in: English when ``title`` is its own
    ``title_en``; Turkish when it has Turkish letters or an English rendering beside it."""
    title = position.title
    if position.title_en and fold_name(position.title_en, "en") == fold_name(title, "en"):
        return "en"
    if any(c in _TURKISH_LETTERS for c in title) or position.title_en:
        return "tr"
    if title.isascii() and set(fold_name(title, "en").split()) & _ENGLISH_TITLE_WORDS:
        return "en"
    return None


def rendered_titles(ctx: Context) -> list[RenderedTitle]:
    """Role claims whose title renders, in the article's language, a title the record
    holds only in another language, and is not among the record's accepted ``renderings``
    (nor, for an English article, the record's ``title_en``). A title the record does not
    know at all is CS304's mismatch, not a rendering."""
    language = ctx.article.language
    found = []
    for claim, name, tenures in ctx.official_roles:
        if not claim.title:
            continue
        held = [t for t in tenures if t.overlaps(claim.as_of)]
        for tenure in held:
            position = tenure.position
            original = _title_language(position)
            if original is None or original == language:
                continue
            title = fold_name(claim.title)
            accepted = {fold_name(position.title), *(fold_name(r) for r in position.renderings)}
            if language == "en" and position.title_en:
                accepted.add(fold_name(position.title_en))
            if title in accepted:
                break
            aliases = {fold_name(a) for a in position.aliases}
            if title not in aliases:
                continue  # CS304 reports a title the record does not have
            found.append(RenderedTitle(claim, name, tenure, position.title, original, True,
                                       _title_span(ctx, claim)))
            break
    return found


def _title_span(ctx: Context, claim: RoleClaim) -> tuple[int, int] | None:
    text, language = ctx.article.text, ctx.article.language
    for passage in ctx.locator.passages(claim.id):
        if passage.start is None or passage.end is None:
            continue
        hits = find_name(text[passage.start : passage.end], claim.title, language, marks=True)
        if hits:
            a, b = hits[0]
            return passage.start + a, passage.start + b
    return None


# ---- relative comparison bases --------------------------------------------------------------


class ResolvedBase(NamedTuple):
    claim: ChangeClaim
    mention: Mention
    base: Period  # what the words mean against the claim's period
    agrees: bool | None  # with the claim's base_period; None when it gives none


def resolved_bases(ctx: Context) -> list[ResolvedBase]:
    """Each change claim's relative comparison base ("aynı dönemine göre", "year on year")
    read against the claim's period, once per claim."""
    found = []
    for claim in ctx.claims.claims:
        if not isinstance(claim, ChangeClaim):
            continue
        for mention in _same_period(ctx, claim.id):
            assert mention.offset is not None
            base = shift(claim.period, mention.offset)
            if base is None:
                continue
            agrees = None if claim.base_period is None else base == claim.base_period
            found.append(ResolvedBase(claim, mention, base, agrees))
            break
    return found


def _same_period(ctx: Context, claim_id: str) -> list[Mention]:
    return ctx.locator.claim_mentions(claim_id, lambda mention: (
        mention.kind is MentionKind.RELATIVE
        and mention.relation == "same-period"
        and mention.offset is not None
        and mention.offset < 0
    ))
