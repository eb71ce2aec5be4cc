"""Where each claim is stated in the article, and which of its expectations the text meets.

A quote is first looked up verbatim after folding (case, apostrophes, whitespace), so
reflowed or retyped text still matches exactly. A quote that is not found verbatim is
aligned fuzzily with the most similar sentence(s): an edited passage is still *located*,
and the checks can then say what changed in it instead of only "not found".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cached_property
from typing import NamedTuple

from claimsuite.analysis.expect import Expectation, Need, expectations
from claimsuite.analysis.fields import field_of

# meets (does a mention state an expectation) and quote_alignment (the fuzzy search's text
# helpers) were parts of this module: their public names stay importable from here.
from claimsuite.analysis.meets import (
    FIGURE_KINDS,
    MEASURES,  # noqa: F401 - re-exported
    PEOPLE,  # noqa: F401 - re-exported
    _close,
    meets,
    mention_period,  # noqa: F401 - re-exported
    possible_kinds,
)
from claimsuite.analysis.quote_alignment import (
    _canonical,
    _run_back_to,
    _run_on_to,
    _widen_to_words,
)
from claimsuite.claims.load import ClaimSet, Registries
from claimsuite.claims.periods import Period
from claimsuite.text.article import Article
from claimsuite.text.events import FromTo, from_to_in
from claimsuite.text.mentions import Mention, MentionKind, find_name
from claimsuite.text.mentions.resolve import resolve
from claimsuite.text.normalize import Folded, fold

# Below this similarity (0-100) an edited passage counts as gone rather than changed.
MIN_SIMILARITY = 80.0
# With figures compared by value only the notation may differ: nearly all the rest must match
# (a dropped headline must not be found again in the lead that repeats its figures).
MIN_FIGURE_SIMILARITY = 95.0


# Named tuples, not data classes (docs/speed.md, "Records"): ~14,000 are made per 200
# articles, and a frozen data class sets each field through object.__setattr__. Neither is
# replaced by dataclasses, walked by field, pickled by the cache or compared with a plain tuple.
class Passage(NamedTuple):
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


class Met(NamedTuple):
    """The outcome of one expectation: where it is stated, or what stands there instead."""

    expectation: Expectation
    start: int | None = None
    end: int | None = None
    mention: Mention | None = None
    instead: tuple[Mention, ...] = ()

    @property
    def found(self) -> bool:
        return self.start is not None


class Locator:
    """Computed once per run and shared by every check through ``Context.locator``."""

    def __init__(
        self, article: Article, claims: ClaimSet, registries: Registries | None = None
    ) -> None:
        self.article = article
        self.claims = claims
        self.registries = registries
        self.language = article.language
        self._placed: dict[tuple[int, Period | None], tuple[Mention, Mention]] = {}
        self._anchors: dict[str, Period | None] = {}
        self._possible: dict[int, tuple[Expectation, frozenset[MentionKind] | None]] = {}

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

    def expectations(self, claim_id: str) -> tuple[Expectation, ...]:
        """What the passages of a claim must state (``expect.expectations`` with the record),
        computed once per claim: the met outcomes and the figure bookkeeping both read them."""
        return self._expectations.get(claim_id, ())

    @cached_property
    def _expectations(self) -> dict[str, tuple[Expectation, ...]]:
        return {
            claim.id: expectations(claim, self.claims, self.registries)
            for claim in self.claims.claims
        }

    @cached_property
    def _all_met(self) -> dict[str, tuple[Met, ...]]:
        out = {}
        for claim in self.claims.claims:
            found = [p for p in self.passages(claim.id) if p.found]
            spans = [(p.start, p.end) for p in found]
            quotes = [p.quote for p in found]
            period = field_of(claim, "period")
            anchor = self.anchor(claim)
            results = [
                self._meet(e, spans, period, anchor, quotes)
                for e in self.expectations(claim.id)
            ]
            # A figure that states one field is not what "now stands" in place of another.
            # (A Met whose ``instead`` loses nothing is kept as it is: a replace
            # cost ~4,500 calls per 200 articles for equal copies.)
            used = {m.mention for m in results if m.mention is not None}
            out[claim.id] = tuple(
                m if not any(x in used for x in m.instead)
                else m._replace(instead=tuple(x for x in m.instead if x not in used))
                for m in results
            )
        return out

    def anchor(self, claim: object) -> Period | None:
        """The year a relative period ("next year") of ``claim`` counts from: when it was
        made, else when the article was published; ``None`` when that spans two years
        ("next year" is then ambiguous). Memoized per claim id: the verdicts ask per field."""
        claim_id: str = claim.id  # type: ignore[attr-defined]
        known = self._anchors.get(claim_id, self)
        if known is self:
            known = field_of(claim, "made_on") or self.claims.file.article.published
            if known.start.year != known.end.year:
                known = None
            self._anchors[claim_id] = known
        return known  # type: ignore[return-value]

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
        figure_kinds = FIGURE_KINDS[expectation.need]
        for start, end in spans:
            assert start is not None
            assert end is not None
            mentions = self.mentions_in(start, end)
            mention = next(self.stating(expectation, mentions, claim_period, anchor), None)
            if mention is not None:
                return Met(expectation, mention.start, mention.end, mention)
            instead += [m for m in mentions if m.kind in figure_kinds]
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
        # Memoized per locator: the verdicts and the figure bookkeeping place the same
        # relative mention against the same claim period again and again (8,918 calls for
        # 2,768 distinct pairs on 200 articles), each a resolve and a dataclasses.replace.
        # Keyed by identity (a Mention's hash reads all its fields); the entry holds the
        # mention, so its id cannot be reused while the entry lives.
        key = (id(mention), claim_period)
        known = self._placed.get(key)
        if known is not None and known[0] is mention:
            return known[1]
        period = resolve(mention, self.claims.file.article.published, context=claim_period)
        placed = mention if period is None else replace(
            mention, period=period, kind=MentionKind.PERIOD, relation=None
        )
        self._placed[key] = (mention, placed)
        return placed

    def states(
        self,
        expectation: Expectation,
        mention: Mention,
        claim_period: Period | None,
        anchor: Period | None = None,
    ) -> bool:
        """Whether ``mention`` states ``expectation`` as written or once placed (a relative
        period read against the publication date)."""
        return next(self.stating(expectation, (mention,), claim_period, anchor), None) is not None

    def stating(
        self,
        expectation: Expectation,
        mentions: Iterable[Mention],
        claim_period: Period | None,
        anchor: Period | None = None,
    ) -> Iterator[Mention]:
        """The mentions of ``mentions`` that state ``expectation`` (see ``states``), in order.

        A mention of a kind that cannot state it, as written or placed (a relative period
        placed becomes a period), is passed over without asking (``possible_kinds``;
        measured: ~60% of the ~170 questions per article). ``meets`` is pure, so a mention
        that placing leaves as it is (~70% of them) is not asked twice."""
        kinds = self._kinds(expectation)
        placeable = kinds is None or MentionKind.PERIOD in kinds
        for mention in mentions:
            if (
                kinds is not None
                and mention.kind not in kinds
                and not (placeable and mention.period is None and mention.relative is not None)
            ):
                continue
            if meets(expectation, mention, claim_period, anchor):
                yield mention
                continue
            if not placeable:
                continue  # placed, a mention becomes a period, which this cannot take
            placed = self.placed(mention, claim_period)
            if placed is not mention and meets(expectation, placed, claim_period, anchor):
                yield mention

    def _kinds(self, expectation: Expectation) -> frozenset[MentionKind] | None:
        """``possible_kinds`` of an expectation, memoized by identity (the entry holds it)."""
        known = self._possible.get(id(expectation))
        if known is None or known[0] is not expectation:
            known = self._possible[id(expectation)] = (expectation, possible_kinds(expectation))
        return known[1]

    def claim_mentions(self, claim_id: str, keep: Callable[[Mention], bool]) -> list[Mention]:
        """The mentions ``keep`` accepts in a claim's located passages, each place once (the
        first kept mention starting there), in text order: two quotes of one claim may share
        a sentence."""
        seen: dict[int, Mention] = {}
        for passage in self.passages(claim_id):
            if passage.start is not None and passage.end is not None:
                for mention in self.mentions_in(passage.start, passage.end):
                    if keep(mention):
                        seen.setdefault(mention.start, mention)
        return [seen[k] for k in sorted(seen)]

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
