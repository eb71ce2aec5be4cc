"""Where each claim is stated in the article, and which of its expectations the text meets.

A quote is first looked up verbatim after folding (case, apostrophes, whitespace), so
reflowed or retyped text still matches exactly. A quote that is not found verbatim is
aligned fuzzily with the most similar sentence(s): an edited passage is still *located*,
and the checks can then say what changed in it instead of only "not found".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal
from functools import cached_property

from claimsuite.analysis.expect import Expectation, Need, expectations, period_matches
from claimsuite.claims.load import ClaimSet, Registries
from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate
from claimsuite.text.article import Article
from claimsuite.text.events import FromTo, from_to_in
from claimsuite.text.mentions import Mention, MentionKind, find_name
from claimsuite.text.mentions.resolve import resolve
from claimsuite.text.normalize import Folded, fold

# The end of a sentence or a line: a passage never runs over one to reach a quote's word.
_BREAK = re.compile(r"\n|[.!?](?:\s|$)")
# Below this similarity (0-100) an edited passage counts as gone rather than changed.
MIN_SIMILARITY = 80.0
# With figures compared by value only the notation may differ: nearly all the rest must match
# (a dropped headline must not be found again in the lead that repeats its figures).
MIN_FIGURE_SIMILARITY = 95.0

FIGURE_KINDS = {
    Need.PERCENT: frozenset({MentionKind.PERCENT}),
    Need.AMOUNT: frozenset({MentionKind.AMOUNT}),
    Need.PERIOD: frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD}),
    Need.BASE_PERIOD: frozenset(
        {MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD, MentionKind.RELATIVE}
    ),
    # an exact rank ("11'inci", "11th") is read as an ordinal where the text layer has one
    Need.RANK: frozenset(k for k in MentionKind if k.value in {"rank", "ordinal"}),
}


@dataclass(frozen=True, slots=True)
class Passage:
    """Where one quote of a claim stands in the article (``start is None``: nowhere)."""

    claim_id: str
    index: int
    quote: str
    start: int | None
    end: int | None
    exact: bool
    score: float

    @property
    def found(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Met:
    """The outcome of one expectation: where it is stated, or what stands there instead."""

    expectation: Expectation
    start: int | None = None
    end: int | None = None
    mention: Mention | None = None
    instead: tuple[Mention, ...] = ()

    @property
    def found(self) -> bool:
        return self.start is not None


def mention_period(mention: Mention) -> Period | None:
    """The period a mention states, when the text alone fixes it (else ``None``)."""
    period: object = mention.period
    if period is None or isinstance(period, Period):
        return period
    try:  # a text layer that still gives the compact string form
        return Period.parse(str(period))
    except ValueError:
        return None


def _close(a: Decimal, b: Decimal, precision: Decimal) -> bool:
    return abs(a - b) < max(precision, Decimal("1e-9"))


def meets(
    expectation: Expectation,
    mention: Mention,
    claim_period: Period | None,
    anchor: Period | None = None,
) -> bool:
    """Does ``mention`` state what ``expectation`` asks for? ``anchor`` is the year a
    relative period ("next year") counts from: when the claim was made or published."""
    if mention.kind is MentionKind.RELATIVE and expectation.need is Need.PERIOD:
        claimed = expectation.period
        return (
            anchor is not None
            and claimed is not None
            and mention.relation == "year"
            and claimed.start.year == claimed.end.year
            and _relative_matches(mention, claimed, anchor)
        )
    if expectation.amount is not None and expectation.amount.is_count:
        return _count_matches(expectation.amount, mention)
    if (
        expectation.amount is not None
        and mention.kind is MentionKind.NUMBER
        and mention.unit is not None
        and mention.value is not None
    ):
        # a measure the text layer reads as a number with its noun: "17,9 milyon tona"
        amount = expectation.amount
        return _same_unit(amount.unit, mention.unit) and _close(
            amount.value, mention.value, max(amount.precision, mention.precision or 0)
        )
    if expectation.rate is not None and expectation.rate.is_multiple:
        return _multiple_matches(expectation.rate, mention)
    if mention.kind not in FIGURE_KINDS.get(expectation.need, frozenset()):
        return False
    match expectation.need:
        case Need.PERCENT:
            rate = expectation.rate
            assert rate is not None
            return (
                mention.value is not None
                and (mention.unit or "percent") == rate.unit
                and _close(
                    abs(rate.value), mention.value, max(rate.precision, mention.precision or 0)
                )
            )
        case Need.AMOUNT:
            amount = expectation.amount
            assert amount is not None
            return (
                mention.value is not None
                and mention.unit == amount.unit
                and _close(
                    amount.value, mention.value, max(amount.precision, mention.precision or 0)
                )
            )
        case Need.RANK:
            return mention.value is not None and int(mention.value) == expectation.bound
        case Need.PERIOD | Need.BASE_PERIOD:
            claimed = expectation.period
            assert claimed is not None
            if mention.kind is MentionKind.RELATIVE:
                return _relative_matches(mention, claimed, claim_period)
            stated = mention_period(mention)
            if stated is None:
                return False
            if expectation.need is Need.BASE_PERIOD and _window_of(stated, claimed, claim_period):
                return True  # "over the 12 months ending in September": against 2024-09
            return period_matches(claimed, stated)
    return False


# Nouns the text layer gives as the unit of a count of people: a claim counts them as
# "person" ("76.5 million visitors", "27,2 milyon yolcu").
PEOPLE = frozenset(
    {"person", "visitor", "tourist", "passenger", "voter", "employee", "worker", "resident",
     "student", "people", "citizen"}
)


# Units of measure the text layer gives a number: never a plain count ("1 million count"
# is stated by "1 million votes", not by "1 million tonnes").
MEASURES = frozenset(
    {"tonne", "km", "kg", "litre", "m2", "m3", "MW", "GW", "kWh", "hectare", "decare", "acre",
     "barrel", "TEU", "times"}
)


def _same_unit(claimed: str, written: str) -> bool:
    return (
        claimed == written
        or (claimed == "person" and written in PEOPLE)
        or (claimed == "count" and written not in MEASURES)
    )


def _count_matches(amount: Amount, mention: Mention) -> bool:
    """A count ('3500 firms') is stated by a plain number ("3 bin 500 firma")."""
    return (
        mention.kind in {MentionKind.NUMBER, MentionKind.AMOUNT}
        and mention.value is not None
        and (mention.unit is None or _same_unit(amount.unit, mention.unit))
        and _close(amount.value, mention.value, max(amount.precision, mention.precision or 0))
    )


def _multiple_matches(rate: Rate, mention: Mention) -> bool:
    """A multiple ('17x') is stated by a figure the text layer reads as one ("17 katına",
    "17-fold"), or by the bare number where it reads no multiples."""
    return (
        mention.value is not None
        and (
            "multiple" in getattr(mention, "flags", ())
            or mention.unit == "times"
            or (mention.kind is MentionKind.NUMBER and mention.unit is None)
        )
        and _close(rate.value, mention.value, max(rate.precision, mention.precision or 0))
    )


def _window_of(stated: Period, base: Period, period: Period | None) -> bool:
    """A change told over the span from its base to its period: "the 12 months ending in
    September 2025" is the change for 2025-09 against 2024-09."""
    if period is None or base.end >= period.start:
        return False
    start = base.end + timedelta(days=1)
    # a window longer than the period: "August" itself names the period, not its base
    return start < period.start and stated.start == start and stated.end == period.end


def _relative_matches(mention: Mention, base: Period, period: Period | None) -> bool:
    """'geçtiğimiz yılın aynı dönemi' states a base one year before the claim's period."""
    if period is None or mention.offset is None:
        return False
    if mention.relation == "same-period":
        return period.shifted(mention.offset) == base
    if mention.relation == "year":
        return base.start.year == period.start.year + mention.offset
    return False


class Locator:
    """Computed once per run and shared by every check through ``Context.locator``."""

    def __init__(
        self, article: Article, claims: ClaimSet, registries: Registries | None = None
    ) -> None:
        self.article = article
        self.claims = claims
        self.registries = registries
        self.language = article.language

    @cached_property
    def _folded(self) -> Folded:
        return Folded.of(self.article.text, self.language)

    @cached_property
    def _sentence_keys(self) -> list[tuple[int, int, str]]:
        """Sentences and adjacent pairs, as (start, end, folded key) candidates."""
        spans = list(self.article.sentences)
        out = []
        for i, span in enumerate(spans):
            out.append(
                (
                    span.start,
                    span.end,
                    fold(self.article.text[span.start : span.end], self.language),
                )
            )
            if i + 1 < len(spans):
                end = spans[i + 1].end
                out.append(
                    (span.start, end, fold(self.article.text[span.start : end], self.language))
                )
        return out

    def passages(self, claim_id: str) -> tuple[Passage, ...]:
        return self._all_passages.get(claim_id, ())

    @cached_property
    def _all_passages(self) -> dict[str, tuple[Passage, ...]]:
        return {
            claim.id: tuple(self._locate(claim.id, i, q) for i, q in enumerate(claim.quote))
            for claim in self.claims.claims
        }

    def _locate(self, claim_id: str, index: int, quote: str) -> Passage:
        key = fold(quote, self.language)
        found = self._folded.key.find(key) if key else -1
        if found >= 0:
            start, end = self._folded.source_span(found, found + len(key))
            return Passage(claim_id, index, quote, start, end, exact=True, score=100.0)
        return self._fuzzy(claim_id, index, quote, key)

    def _fuzzy(self, claim_id: str, index: int, quote: str, key: str) -> Passage:
        from rapidfuzz import fuzz, process  # noqa: PLC0415 - only edited articles need it

        candidates = [c[2] for c in self._sentence_keys]
        best = process.extractOne(
            key, candidates, scorer=fuzz.partial_ratio, score_cutoff=MIN_SIMILARITY
        )
        if best is None:
            return self._by_figures(claim_id, index, quote)
        _, score, position = best
        start, _end, text_key = self._sentence_keys[position]
        alignment = fuzz.partial_ratio_alignment(key, text_key)
        if alignment is None:  # pragma: no cover - extractOne already scored it
            return Passage(claim_id, index, quote, None, None, exact=False, score=0.0)
        sentence = self.article.text[start:_end]
        folded = Folded.of(sentence, self.language)
        a, b = folded.source_span(alignment.dest_start, alignment.dest_end)
        # A rewritten figure may be longer than it was ("10%" -> "eleven percent"): the
        # alignment then stops short of the quote's last words; let it run on as far.
        b = min(len(sentence), b + max(0, len(quote) - (b - a)))
        a, b = _widen_to_words(sentence, a, b)
        b = _run_on_to(sentence, b, quote, self.language)
        a = _run_back_to(sentence, a, quote, self.language)
        return Passage(claim_id, index, quote, start + a, start + b, exact=False, score=score)

    def _by_figures(self, claim_id: str, index: int, quote: str) -> Passage:
        """A quote whose figures were rewritten ("94.08%" as "94.08 percent", "1,7 milyar"
        as "1 milyar 700 milyon") compared with the sentences figure by figure: each figure
        becomes one token of its value. The passage is then the whole sentence (or pair)."""
        from rapidfuzz import fuzz, process  # noqa: PLC0415

        from claimsuite.text.mentions import extract_mentions  # noqa: PLC0415

        key = _canonical(quote, extract_mentions(quote, self.language), 0, len(quote),
                         self.language)
        candidates = [c[2] for c in self._figure_keys]
        best = process.extractOne(
            key, candidates, scorer=fuzz.partial_ratio, score_cutoff=MIN_FIGURE_SIMILARITY
        )
        if best is None:
            return Passage(claim_id, index, quote, None, None, exact=False, score=0.0)
        start, end, _ = self._figure_keys[best[2]]
        return Passage(claim_id, index, quote, start, end, exact=False, score=best[1])

    @cached_property
    def _figure_keys(self) -> list[tuple[int, int, str]]:
        text = self.article.text
        return [
            (a, b, _canonical(text, self.mentions_in(a, b), a, b, self.language))
            for a, b, _ in self._sentence_keys
        ]

    def met(self, claim_id: str) -> tuple[Met, ...]:
        return self._all_met.get(claim_id, ())

    @cached_property
    def _all_met(self) -> dict[str, tuple[Met, ...]]:
        out = {}
        for claim in self.claims.claims:
            found = [p for p in self.passages(claim.id) if p.found]
            spans = [(p.start, p.end) for p in found]
            quotes = [p.quote for p in found]
            period = getattr(claim, "period", None)
            anchor = getattr(claim, "made_on", None) or self.claims.file.article.published
            if anchor.start.year != anchor.end.year:
                anchor = None  # "next year" is ambiguous when the anchor spans two years
            results = [
                self._meet(e, spans, period, anchor, quotes)
                for e in expectations(claim, self.claims, self.registries)
            ]
            # A figure that states one field is not what "now stands" in place of another.
            used = {m.mention for m in results if m.mention is not None}
            out[claim.id] = tuple(
                replace(m, instead=tuple(x for x in m.instead if x not in used)) for m in results
            )
        return out

    def _meet(
        self,
        expectation: Expectation,
        spans: list[tuple[int | None, int | None]],
        claim_period: Period | None,
        anchor: Period | None = None,
        quotes: list[str] | None = None,
    ) -> Met:
        if expectation.need is Need.NAME:
            return self._meet_name(expectation, spans, quotes)
        instead: list[Mention] = []
        for start, end in spans:
            assert start is not None
            assert end is not None
            for mention in self.mentions_in(start, end):
                if meets(expectation, mention, claim_period, anchor) or meets(
                    expectation, self.placed(mention, claim_period), claim_period, anchor
                ):
                    return Met(expectation, mention.start, mention.end, mention)
                if mention.kind in FIGURE_KINDS[expectation.need]:
                    instead.append(mention)
        pair = self._from_to(expectation, spans)
        if pair is not None:
            return Met(expectation, pair.start, pair.end, pair.target)
        return Met(expectation, instead=tuple(instead))

    def _from_to(
        self, expectation: Expectation, spans: list[tuple[int | None, int | None]]
    ) -> FromTo | None:
        """A change in points told as the level moving ("yüzde 40,5'ten yüzde 39,5'e",
        "from 4.5% to 4.25%"): the pair whose difference is the claim's rate."""
        rate = expectation.rate
        if expectation.need is not Need.PERCENT or rate is None or rate.unit != "pp":
            return None
        for start, end in spans:
            if start is None or end is None:
                continue
            for pair in from_to_in(self.article.text, self.language, start, end):
                precision = max(rate.precision, pair.target.precision or 0)
                if pair.unit == "pp" and _close(rate.value, pair.change, precision):
                    return pair
        return None

    def _meet_name(
        self,
        expectation: Expectation,
        spans: list[tuple[int | None, int | None]],
        quotes: list[str] | None,
    ) -> Met:
        """A name is stated when a passage states it, and every passage whose quote states it
        still does: with several quotes, an edit to any one of them is caught (issue 13 §5)."""
        first: Met | None = None
        for i, (start, end) in enumerate(spans):
            assert start is not None
            assert end is not None
            text = self.article.text[start:end]
            hit = next(
                (h[0] for name in expectation.names
                 if (h := find_name(text, name, self.language, marks=True))),
                None,
            )
            if hit is not None:
                first = first or Met(expectation, start + hit[0], start + hit[1])
            elif quotes is not None and len(spans) > 1 and any(
                find_name(quotes[i], name, self.language, marks=True)
                for name in expectation.names
            ):
                return Met(expectation)  # this quote named it; its passage no longer does
        return first or Met(expectation)

    def placed(self, mention: Mention, claim_period: Period | None = None) -> Mention:
        """``mention`` with the period it states for this article's publication date
        ("Kasım ayında", "son 11 ayda", "bugün", "year on year" against ``claim_period``),
        or unchanged when the text alone fixes it or the date cannot place it."""
        if mention.period is not None or mention.relative is None:
            return mention
        period = resolve(mention, self.claims.file.article.published, context=claim_period)
        if period is None:
            return mention
        return replace(mention, period=period, kind=MentionKind.PERIOD, relation=None)

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions overlapping a span: a fuzzy passage edge may cut through "2023 yılında".
        Two bisections in the article's mention index, cached per span."""
        return self.article.mention_index.overlapping(start, end)

    @cached_property
    def covered(self) -> frozenset[tuple[int, int]]:
        """Spans of the mentions some claim accounts for."""
        return frozenset(
            (m.mention.start, m.mention.end)
            for results in self._all_met.values()
            for m in results
            if m.mention is not None
        )


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a fuzzy alignment to whole words so that figures are not cut in half."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _canonical(
    text: str, mentions: tuple[Mention, ...] | list[Mention], start: int, end: int,
    language: str,
) -> str:
    """``text[start:end]`` folded, each figure inside it replaced by a token of its value."""
    out: list[str] = []
    at = start
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < at or m.end > end:
            continue
        out.append(fold(text[at : m.start], language))
        out.append(f" #{m.kind.value}:{m.value}:{m.upper}:{m.unit}:{m.period}:{m.relative}# ")
        at = m.end
    out.append(fold(text[at:end], language))
    return "".join(out)


def _run_on_to(sentence: str, end: int, quote: str, language: str) -> int:
    """Move ``end`` on to the quote's last word when it stands a little further on."""
    words = re.findall(r"[^\W_]+", quote)
    if not words:
        return end
    last = fold(words[-1], language)
    window = sentence[end : end + max(20, len(quote) // 3)]
    for found in re.finditer(r"[^\W_]+", window):
        if fold(found.group(), language) == last:
            if _BREAK.search(window, 0, found.start()):
                return end
            return end + found.end()
    return end


def _run_back_to(sentence: str, start: int, quote: str, language: str) -> int:
    """Move ``start`` back to the quote's first word when it stands a little before."""
    words = re.findall(r"[^\W_]+", quote)
    if not words:
        return start
    first = fold(words[0], language)
    begin = max(0, start - max(20, len(quote) // 3))
    found_at = None
    for found in re.finditer(r"[^\W_]+", sentence[begin:start]):
        if fold(found.group(), language) == first:
            found_at = begin + found.start()
    if found_at is None or _BREAK.search(sentence, found_at, start):
        return start  # never back over the end of a sentence or a heading
    return found_at
