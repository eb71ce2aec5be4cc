"""CS403: figures, ranks and titles in the article that no claim accounts for."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from claimsuite.analysis.expect import expectations
from claimsuite.analysis.locate import FIGURE_KINDS
from claimsuite.analysis.names import accepted_names
from claimsuite.analysis.passages import claims_holding
from claimsuite.analysis.spans import SpanIndex
from claimsuite.analysis.words import (
    extra_words,
    find_words,
    is_clock_time,
    is_duration,
    is_ordinal,
    is_range_end,
    is_reference_year,
)
from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import RoleClaim
from claimsuite.text.language import load_language
from claimsuite.text.mentions import Flag, Mention, MentionKind, find_name
from claimsuite.text.normalize import fold

_FIGURES = frozenset({
    MentionKind.PERCENT, MentionKind.AMOUNT, MentionKind.NUMBER, MentionKind.YEAR,
    MentionKind.DATE, MentionKind.PERIOD, MentionKind.RANK,
})  # fmt: skip
_NAME_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
_GAP = re.compile(r"[ \t]+")


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Titled(NamedTuple):
    """Ranks and titles written together before a name: "Genel Müdürü Tümgeneral X"."""

    start: int
    end: int
    words: tuple[str, ...]  # as written
    rank: bool
    name: str


def titled_names(ctx: Context) -> Iterator[Titled]:
    code = ctx.article.language
    text = ctx.article.text
    ranks = extra_words(code, "roles", "ranks")
    hits = find_words(text, [*ranks, *extra_words(code, "roles", "titles")], code)
    blocked = SpanIndex.of((a, b) for a, b, _ in find_words(
        text, extra_words(code, "roles", "not_titles"), code
    ))
    hits = [h for h in hits if text[h[0]].isupper() and not blocked.overlaps(h[0], h[1])]
    rank_set = set(ranks)
    chain: list[tuple[int, int, str]] = []
    for hit in [*hits, None]:
        if hit is not None and (not chain or _GAP.fullmatch(text[chain[-1][1] : hit[0]])):
            chain.append(hit)
            continue
        if chain:
            name = _name_after(text, chain[-1][1])
            if name:
                yield Titled(chain[0][0], chain[-1][1], tuple(text[a:b] for a, b, _ in chain),
                             any(p in rank_set for _, _, p in chain), name)
        chain = [hit] if hit is not None else []


def _name_after(text: str, end: int) -> str:
    """Up to four capitalised words right after ``end``, without a trailing suffix."""
    words = []
    pos = end
    while len(words) < 4:
        gap = _GAP.match(text, pos)
        if gap is None:
            break
        pos = gap.end()
        word = _NAME_WORD.match(text, pos)
        if word is None or not word.group()[0].isupper():
            break
        words.append(word.group())
        pos = word.end()
        if re.search(r"[’']", word.group()) or word.group().endswith("."):
            break
    name = " ".join(words)
    return re.split(r"[’']", name)[0].rstrip(".")


class FigureNotCovered(BaseCheck):
    """A figure, rank or official title in the article that no claim accounts for.

    ## What it does
    Lists every percentage, amount, number, year, dated day or period, and rank ("ilk 10")
    in the article that no claim's expectation matches, and every military rank or official
    title written before a name ("Korgeneral Ahmet Yılmaz", "Defense Secretary Pete
    Hegseth") that no ``role`` claim accounts for. A figure counts as accounted for when a
    claim's passage states it (twice is fine), when it restates a claim's figure for the
    same period, or when it is a year or date of some claim. A number that is not a figure of
    its own is left alone: a clock time ("saat 14.00", "by 6 p.m."), a Turkish ordinal ("2.
    Dünya Savaşı"), a count of time units inside a period ("son 11 ayda", "over the 12 months
    ending in September") and the end of a day range ("Oct. 28-29"), unless it stands in a
    claim's passage whose quote has another number there ("by 6 p.m." edited to "by 7
    p.m."). A count in words ("Six ballot questions") is asked about only in a claim's
    passage: elsewhere a number word is too often no figure at all. A rank or title counts when it
    stands in a role claim's passage, or before the name of a person whose role claim gives
    that rank or title. A figure inside some claim's passage is reported with what that
    claim says ("2027 in the passage of claim next-meeting-2026 (which says 2026)").
    Figures that CS402 or CS103 already report are left to them.

    ## Why is this bad?
    An update that adds a sentence with a new figure or a new official adds a fact nobody
    has checked. The claim file is the list of what was checked; a figure outside it is
    unchecked, and a shifted second mention of a year can slip past CS402.

    ## Example
    ```yaml
    - id: next-meeting-2026
      kind: plan
      what: next meeting
      period: 2026
      quote: "bir sonraki görüşmenin 2026 yılında yapılması"
    ```
    with the article adding "Korgeneral Ahmet Yılmaz 2027'de Ankara'ya gelecek."

    Use instead: add claims for the new figure and the new official (a ``plan`` for 2027, a
    ``role`` for Ahmet Yılmaz), or take the sentence out.
    """

    code = "CS403"
    name = "figure-not-covered"
    severity = Severity.WARNING
    summary = "A figure or an official's rank/title in the article is accounted for by no claim."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        skip = ctx.figures.owned
        for mention in ctx.article.mentions:
            if (
                mention.kind not in _FIGURES
                or (mention.start, mention.end) in skip
                or (mention.kind in {MentionKind.DATE, MentionKind.PERIOD} and not mention.period)
                or is_ordinal(ctx.article, mention)
                or Flag.IN_WORDS in mention.flags
            ):
                continue
            if (
                is_clock_time(mention, ctx.article)
                or is_duration(ctx.article, mention)
                or is_range_end(ctx.article, mention)
                or is_reference_year(ctx.article, mention)
            ) and _as_quoted(ctx, mention):
                continue
            yield self._figure(ctx, mention)
        yield from self._titles(ctx)

    def _figure(self, ctx: Context, mention: Mention) -> Finding:
        what = f"{mention.kind.value} '{mention.surface}'"
        where = ctx.at_span(mention.start, mention.end)
        holders = claims_holding(ctx, mention.start, mention.end)
        for claim in holders:
            shown = [
                e.shown for e in expectations(claim, ctx.claims)
                if mention.kind in FIGURE_KINDS.get(e.need, frozenset())
            ]
            if shown:
                return self.finding(
                    f"{what} in the passage of claim {claim.id} (which says "
                    f"{', '.join(shown)}) is not accounted for",
                    article=where,
                    claim_file=ctx.at_claim(claim.id),
                    claims=[claim.id],
                )
        if holders:
            claim = holders[0]
            return self.finding(
                f"{what} in the passage of claim {claim.id} (which states no such figure) "
                "is not accounted for",
                article=where,
                claim_file=ctx.at_claim(claim.id),
                claims=[claim.id],
            )
        return self.finding(f"{what} is not accounted for by any claim", article=where)

    def _titles(self, ctx: Context) -> Iterator[Finding]:
        roles = [c for c in ctx.claims.claims if isinstance(c, RoleClaim)]
        spans = [
            (p.start, p.end)
            for role in roles
            for p in ctx.locator.passages(role.id)
            if p.start is not None and p.end is not None
        ]
        language = ctx.article.language
        for titled in titled_names(ctx):
            if any(a <= titled.start and titled.end <= b for a, b in spans):
                continue
            kind = "rank" if titled.rank else "title"
            written = " ".join(titled.words)
            where = ctx.at_span(titled.start, titled.end)
            mine = [r for r in roles if _names(ctx, r.person, titled.name, language)]
            if any(_gives(r, titled.words, language) for r in mine):
                continue
            if mine:
                role = mine[0]
                says = ", ".join(x for x in (role.rank, role.title) if x)
                yield self.finding(
                    f"{kind} '{written}' of {titled.name} differs from role claim {role.id} "
                    f"({says})",
                    article=where,
                    claim_file=ctx.at_claim(role.id, "title"),
                    claims=[role.id],
                    fields=("rank", "title") if role.rank else ("title",),
                    related=(Related(f"role claim {role.id}: {says}",
                                     ctx.at_claim(role.id, "title")),),
                )
                continue
            yield self.finding(
                f"{kind} '{written}' of {titled.name} is accounted for by no role claim",
                article=where,
            )


_DIGITS = re.compile(r"\d+(?:[.:]\d+)?")


def _as_quoted(ctx: Context, mention: Mention) -> bool:
    """A number that is not a figure of its own (a clock time, a count of months in a
    period, the end of a day range) is left alone, unless it stands in a claim's passage
    whose quote wrote another number there: "by 6 p.m." edited to "by 7 p.m."."""
    holders = claims_holding(ctx, mention.start, mention.end)
    if not holders:
        return True
    digits = _DIGITS.search(mention.surface)
    if digits is None:
        return True
    token = re.compile(rf"(?<![\d.,:]){re.escape(digits.group())}(?![\d])")
    return any(token.search(quote) for claim in holders for quote in claim.quote)


def _names(ctx: Context, person: str, name: str, language: str) -> bool:
    names = accepted_names(ctx.claims, ctx.registries, person, official=False, record=False)
    return any(find_name(name, n, language, marks=True) for n in names)


def _gives(role: RoleClaim, words: tuple[str, ...], language: str) -> bool:
    """Whether each rank/title written is part of the role's rank or title."""
    data = load_language(language)
    claimed = fold(f"{role.rank or ''} {role.title}", language).split()
    for written in words:
        for word in fold(written, language).split():
            if not any(data.word_is(word, c) or data.word_is(c, word) for c in claimed):
                return False
    return True
