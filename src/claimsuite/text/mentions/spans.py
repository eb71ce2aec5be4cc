"""Mentions by position: built once per article, then every span query is a bisection.

An article's mentions are ordered and disjoint, so the mentions overlapping a span are one
contiguous run: two bisections find it, and the run is returned as a slice of the one
tuple (cached per span, so asking again for the same sentence costs a dictionary lookup).
The nearest mention of some kinds before or after an offset is a bisection in that kind's
own list. Nothing here is linear in the article per query; :attr:`MentionIndex.steps`
counts the work, for tests that compare operation counts rather than wall-clock time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable

from claimsuite.text.mentions.core import Mention, MentionKind

__all__ = ["MentionIndex"]


class MentionIndex:
    """Ordered, disjoint mentions with span and nearest-kind queries in O(log n)."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = tuple(mentions)
        self._starts = [m.start for m in self.mentions]
        self._ends = [m.end for m in self.mentions]
        # Per kind, all mentions and (key ``True``) those that state a period.
        self._by_kind: dict[tuple[MentionKind, bool], tuple[list[int], list[Mention]]] = {}
        for mention in self.mentions:
            for dated in {False, mention.period is not None}:
                starts, found = self._by_kind.setdefault((mention.kind, dated), ([], []))
                starts.append(mention.start)
                found.append(mention)
        self._spans: dict[tuple[int, int], tuple[Mention, ...]] = {}
        self.steps = 0  # bisections and cache lookups made: the cost of all queries so far

    def overlapping(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions overlapping ``[start, end)``, in order (an edge may cut a mention)."""
        key = (start, end)
        self.steps += 1
        found = self._spans.get(key)
        if found is None:
            first = bisect_right(self._ends, start)
            last = bisect_left(self._starts, end, first)
            self.steps += 2
            found = self.mentions[first:last]
            self._spans[key] = found
        return found

    def within(self, start: int, end: int) -> tuple[Mention, ...]:
        """Mentions wholly inside ``[start, end)``."""
        run = self.overlapping(start, end)
        lo = 1 if run and run[0].start < start else 0
        hi = len(run) - 1 if run and run[-1].end > end else len(run)
        return run[lo:hi]

    def nearest(
        self,
        kinds: Collection[MentionKind],
        offset: int,
        *,
        before: bool,
        bound: int,
        dated: bool = False,
    ) -> Mention | None:
        """The nearest mention of ``kinds`` ending at or before ``offset`` (``before``) and
        starting at or after ``bound``, or starting at or after ``offset`` and ending at or
        before ``bound``; with ``dated``, only mentions that state a period."""
        best: Mention | None = None
        for kind in kinds:
            entry = self._by_kind.get((kind, dated))
            if entry is None:
                continue
            starts, found = entry
            self.steps += 1
            if before:
                at = bisect_right(starts, offset) - 1
                while at >= 0 and found[at].end > offset:
                    at -= 1  # the mention starting at the offset is the figure itself
                    self.steps += 1
                if (
                    at >= 0
                    and found[at].start >= bound
                    and (best is None or found[at].start > best.start)
                ):
                    best = found[at]
            else:
                at = bisect_left(starts, offset)
                if (
                    at < len(found)
                    and found[at].end <= bound
                    and (best is None or found[at].start < best.start)
                ):
                    best = found[at]
        return best
