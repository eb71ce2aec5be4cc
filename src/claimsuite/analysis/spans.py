"""Overlap queries over many spans of a long article, without a scan per query."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable


class SpanIndex:
    """``(start, end, size)`` spans, asked whether any span of at least ``size`` overlaps
    ``[start, end)`` (``a < end and start < b``). A bisect over the sorted starts and a
    running maximum of the ends answer it in O(log n), so a long article is not scanned once
    per candidate; spans may nest or overlap."""

    def __init__(self, spans: Iterable[tuple[int, int, int]]) -> None:
        self._spans = sorted(spans)
        self._by_size: dict[int, tuple[list[int], list[int]]] = {}

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> SpanIndex:
        """An index of plain ``(start, end)`` spans."""
        return cls((a, b, 0) for a, b in spans)

    def _table(self, size: int) -> tuple[list[int], list[int]]:
        table = self._by_size.get(size)
        if table is None:
            starts: list[int] = []
            reach: list[int] = []  # the furthest end among the spans up to here
            for a, b, weight in self._spans:
                if weight >= size:
                    starts.append(a)
                    reach.append(b if not reach or b > reach[-1] else reach[-1])
            table = self._by_size[size] = (starts, reach)
        return table

    def table(self, size: int = 0) -> tuple[list[int], list[int]]:
        """``(starts, reach)`` of the spans of ``size`` or more, for a caller that asks
        ``overlaps`` in a tight loop: some span overlaps ``[start, end)`` when ``count =
        bisect_left(starts, end)`` is positive and ``reach[count - 1] > start``."""
        return self._table(size)

    def overlaps(self, start: int, end: int, size: int = 0) -> bool:
        """Whether some span with ``a < end``, ``start < b`` and ``size`` or more exists."""
        starts, reach = self._table(size)
        count = bisect_left(starts, end)  # the spans starting before ``end``
        return count > 0 and reach[count - 1] > start
