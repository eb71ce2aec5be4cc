from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from datetime import timedelta
from functools import lru_cache
from itertools import combinations

from claimsuite.checks.base import BaseCheck, Context, Finding, Related, Scope, Severity, Status
from claimsuite.claims.model import ChangeClaim
from claimsuite.claims.periods import Period
from claimsuite.text.article import Article

_TERMINAL = re.compile(r"[.!?…:][\"'”’»)\]]*\s*\Z")
_TERMINALS = frozenset(".!?…:")
_CLOSERS = frozenset("\"'”’»)]")  # as in _TERMINAL
_BLANK = re.compile(r"\n[^\S\n]*\n")
# A hard-wrapped article has most lines near one width; its line breaks are not paragraphs.
_WRAP_MAX, _WRAP_FULL, _WRAP_SHARE, _WRAP_MIN_LINES = 100, 0.7, 0.6, 3


def _is_wrapped(lines: list[str]) -> bool:
    """Most lines near one width, and most line ends in the middle of a sentence."""
    kept = [line.rstrip() for line in lines if line.strip()]
    if len(kept) < _WRAP_MIN_LINES:
        return False
    width = max(map(len, kept))
    full = sum(len(line) >= _WRAP_FULL * width for line in kept)
    open_ends = sum(_TERMINAL.search(line) is None for line in kept[:-1])
    return width <= _WRAP_MAX and full >= _WRAP_SHARE * len(kept) and open_ends * 2 > len(kept) - 1


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start. One line is one paragraph, unless the text is
    hard-wrapped: then a paragraph ends at a blank line or at a short line (its last line or
    a heading), so that reflowing an article does not change its paragraphs."""
    lines = text.split("\n")
    wrapped = _is_wrapped(lines)
    width = max((len(line.rstrip()) for line in lines), default=0)
    starts, offset, new = [], 0, True
    for line in lines:
        if line.strip():
            if new:
                starts.append(offset)
            new = not wrapped or len(line.rstrip()) < _WRAP_FULL * width
        else:
            new = True
        offset += len(line) + 1
    return starts or [0]


def _ends_terminal(text: str, end: int) -> bool:
    """``_TERMINAL.search(text[:end])``, read backwards from ``end`` so that a long article
    is not copied and scanned once per sentence."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    return i > 0 and text[i - 1] in _TERMINALS


@lru_cache(maxsize=2)  # the article being checked; not every article ever seen
def _sentence_numbers(article: Article) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The start of each sentence and its number, counting a sentence cut by a soft line
    break as one with the sentence before it: computed once per article."""
    text = article.text
    starts: list[int] = []
    numbers: list[int] = []
    index = -1
    previous_end = None
    for span in article.sentences:
        gap = text[previous_end : span.start] if previous_end is not None else "\n"
        cut_by_wrap = (
            previous_end is not None
            and "\n" in gap
            and _BLANK.search(gap) is None
            and not _ends_terminal(text, previous_end)
        )
        if not cut_by_wrap:
            index += 1
        starts.append(span.start)
        numbers.append(index)
        previous_end = span.end
    return tuple(starts), tuple(numbers)


def sentence_index(article: Article, offset: int) -> int:
    """The sentence at ``offset``, counting a sentence cut by a soft line break as one."""
    starts, numbers = _sentence_numbers(article)
    count = bisect_right(starts, offset)  # the sentences starting at or before ``offset``
    return max(numbers[count - 1], 0) if count else 0


def adjacent(first: Period, second: Period) -> bool:
    """Whether one period follows right after the other (2024-Q4 and 2025-Q1)."""
    return first.end + timedelta(days=1) == second.start or (
        second.end + timedelta(days=1) == first.start
    )


class MixedPeriodTrend(BaseCheck):
    """Growth figures for unrelated periods are set side by side as if they were a trend.

    ## What it does
    Finds pairs of ``change`` claims about the same ``metric`` and ``subject`` whose periods
    do not overlap, do not follow one another and are not each other's ``base_period``, and
    whose passages stand in the same paragraph or in neighbouring sentences. A paragraph is
    a line of the article; in a hard-wrapped article, a block ending at a blank or short line.

    ## Why is this bad?
    "Exports grew 70% in the first quarter of 2023 ... these rates show ... 72% in the first
    quarter of 2025" reads as one steady trend, but says nothing about the two years in
    between. Readers take two snapshots for a series.

    ## Example
    ```yaml
    - id: growth-2023-q1
      kind: change
      metric: defence-exports
      period: 2023-Q1
      rate: 70%
      quote: "2023'ün ilk çeyreğinde %70 artış"
    - id: growth-2025-q1
      kind: change
      metric: defence-exports
      period: 2025-Q1
      rate: 72%
      quote: "2025'in ilk çeyreğinde %72 artış"
    ```
    with both passages in one paragraph.

    Use instead: say what happened in between, or present the figures apart, each with its
    own period, and not as "these rates".
    """

    code = "CS201"
    name = "mixed-period-trend"
    severity = Severity.WARNING
    summary = "Growth figures for non-adjacent periods are presented side by side as one trend."
    scope = Scope.CLAIMS
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        changes = [c for c in ctx.claims.claims if isinstance(c, ChangeClaim)]
        paragraphs = paragraph_starts(ctx.article.text)
        for first, second in combinations(changes, 2):
            if (first.metric, first.subject) != (second.metric, second.subject):
                continue
            if first.period.overlaps(second.period) or adjacent(first.period, second.period):
                continue
            if second.period == first.base_period or first.period == second.base_period:
                continue
            near = self._near(ctx, paragraphs, first.id, second.id)
            if near is None:
                continue
            (a, a_end), (b, b_end) = near
            early, late = (first, second) if first.period < second.period else (second, first)
            yield self.finding(
                f"claims {early.id} ({early.rate} in {early.period}) and {late.id} "
                f"({late.rate} in {late.period}) are growth figures for periods that do not "
                "follow one another, set side by side; the article reads them as one trend",
                article=ctx.at_span(b, b_end),
                claim_file=ctx.at_claim(second.id, "period"),
                claims=[first.id, second.id],
                fields=("period",),
                related=(Related(f"claim {first.id}: {first.rate} in {first.period}",
                                 ctx.at_span(a, a_end)),),
            )

    def _near(
        self, ctx: Context, paragraphs: list[int], first: str, second: str
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Spans of two passages of the claims that stand close together, if any."""
        for p in ctx.locator.passages(first):
            for q in ctx.locator.passages(second):
                if p.start is None or q.start is None or p.end is None or q.end is None:
                    continue
                same_paragraph = bisect_right(paragraphs, p.start) == bisect_right(
                    paragraphs, q.start
                )
                a, b = sentence_index(ctx.article, p.start), sentence_index(ctx.article, q.start)
                if same_paragraph or abs(a - b) <= 1:
                    return (p.start, p.end), (q.start, q.end)
        return None
