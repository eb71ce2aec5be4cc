"""Where a reader finds a field the passage leaves out: the rest of its sentence, the
earlier sentences of its paragraph, the headline and the lead, a weekday near publication,
or a word that refers back to a source named earlier. Mixed into ``Verdicts``."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import Any

from claimsuite.analysis.expect import Expectation, Need
from claimsuite.analysis.fields import field_of
from claimsuite.analysis.locate import Passage
from claimsuite.analysis.verdicts.model import FieldVerdict, Verdict
from claimsuite.claims.periods import Period
from claimsuite.text.language import load_language
from claimsuite.text.mentions import Mention, find_name

# Words that refer back to a source, speaker or place named earlier: "The agency said",
# "Kurum açıkladı", "Verilere göre", "the city's". Matched as whole folded words.
_ANAPHORA = {
    "tr": (
        "kurum", "kurumun", "kuruma", "şirket", "şirketin", "şirkete", "bakanlık",
        "bakanlığın", "verilere", "veriler", "tahmine", "tahminlere", "açıklamaya",
        "açıklamada", "rapora", "raporda", "birlik", "birliğin", "ofis", "banka", "bankanın",
        "kentin", "şehrin", "ülkenin", "ülke", "ülkemiz", "ülkemizin", "bakan", "başkan",
        "sektörün", "sektörde", "sektör",
    ),
    "en": (
        "agency", "agency's", "bureau", "bureau's", "office", "office's", "ministry",
        "ministry's", "company", "company's", "firm", "city", "city's", "country",
        "country's", "department", "administration", "government", "bank", "bank's", "data",
        "figures", "report", "it", "its", "he", "she", "they", "their", "his", "her",
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NON_SPACE = re.compile(r"\S")
_BEFORE_BLANK_LINE = re.compile(r"\S(?=\n[ \t]*\n)")  # the last character of a paragraph
_WEEK = 7


class ContextFields:
    """The article's paragraphs, headline and lead, and the fields a reader finds there."""

    # Set by Verdicts.__init__. The check Context is typed loosely: checks.base imports
    # this package, so importing Context here would close a cycle.
    _ctx: Any
    _text: str
    _language: str

    # -- structure of the article ------------------------------------------------------
    @cached_property
    def _paragraphs(self) -> list[tuple[int, int]]:
        r"""The paragraphs as (start, end), each from a non-space character to the first
        non-space character after it that a blank line or the end of the text follows (a
        paragraph of one character runs on to the next one).

        The spans of ``re.finditer(PATTERN, text, re.DOTALL)`` with the pattern
        ``\S(?:.*?\S)?(?=\n[ \t]*\n|\s*\Z)`` (compared on the a200 articles and 200,000
        random texts), found by jumping from one paragraph to the next instead of trying
        the lookahead at every character (measured: 0.12 -> 0.05 ms a seed-sized article).
        """
        text = self._text
        last = len(text.rstrip())  # the end of the last non-space character
        out = []
        at = 0
        while (first := _NON_SPACE.search(text, at)) is not None:
            start = first.start()
            blank = _BEFORE_BLANK_LINE.search(text, start + 1)
            at = blank.end() if blank is not None else last
            out.append((start, at))
        return out

    def _paragraph_at(self, offset: int) -> tuple[int, int]:
        paras = self._paragraphs
        # the last paragraph starting at or before offset (they are in order, apart)
        at = bisect_right(self._paragraph_starts, offset) - 1
        if at >= 0 and offset < paras[at][1]:
            return paras[at]
        return offset, offset

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [a for a, _ in self._paragraphs]

    @cached_property
    def _top(self) -> list[tuple[str, int, int]]:
        """The headline (a first paragraph of one line) and the lead paragraph."""
        paras = self._paragraphs
        out: list[tuple[str, int, int]] = []
        if not paras:
            return out
        a, b = paras[0]
        if "\n" not in self._text[a:b] and len(paras) > 1:
            out.append(("headline", a, b))
            out.append(("lead", *paras[1]))
        else:
            out.append(("lead", a, b))
        return out

    def _contexts(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Where a reader looks for what a passage leaves out, nearest first. Memoized per
        passage span: every field a passage leaves out asks again."""
        known = self._context_memo.get((start, end))
        if known is None:
            known = self._context_memo[(start, end)] = self._contexts_of(start, end)
        return known

    @cached_property
    def _context_memo(self) -> dict[tuple[int, int], list[tuple[str, int, int]]]:
        return {}

    def _contexts_of(self, start: int, end: int) -> list[tuple[str, int, int]]:
        sentence_a = self._ctx.article.sentence_at(start).start
        sentence_b = self._ctx.article.sentence_at(max(start, end - 1)).end
        para_a, _ = self._paragraph_at(start)
        out = [("sentence", sentence_a, sentence_b)]
        if para_a < sentence_a:
            out.append(("paragraph", para_a, sentence_a))
        out += [(w, a, b) for w, a, b in self._top if b <= para_a or a >= sentence_b]
        return out

    def _inside(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions wholly inside ``[start, end)``, in text order. Memoized per span:
        every figure field a passage leaves out looks through the same few contexts
        (~10,000 looks, ~40,000 mentions, on 200 articles)."""
        known = self._inside_memo.get((start, end))
        if known is None:
            known = self._inside_memo[(start, end)] = tuple(
                m for m in self._ctx.locator.mentions_in(start, end)
                if start <= m.start and m.end <= end
            )
        return known

    @cached_property
    def _inside_memo(self) -> dict[tuple[int, int], tuple[Mention, ...]]:
        return {}

    # -- verdicts ----------------------------------------------------------------------

    def _sentence(self, offset: int) -> tuple[int, int]:
        s = self._ctx.article.sentence_at(offset)
        return s.start, s.end

    def _anchor(self, claim: object) -> Period | None:
        """The period a relative year counts from for ``claim`` (``Locator.anchor``)."""
        return self._ctx.locator.anchor(claim)

    def _in_context(
        self, claim: object, e: Expectation, passages: list[Passage]
    ) -> FieldVerdict | None:
        first = passages[0]
        assert first.start is not None
        assert first.end is not None
        period = field_of(claim, "period")
        anchor = self._anchor(claim)
        locator = self._ctx.locator
        for where, a, b in self._contexts(first.start, first.end):
            if e.need is Need.NAME:
                for name in e.names:
                    hits = find_name(self._text[a:b], name, self._language, marks=True)
                    if hits:
                        return FieldVerdict(
                            e.field, Verdict.STATED, e.shown, where=where,
                            start=a + hits[0][0], end=a + hits[0][1],
                        )
                continue
            m = next(locator.stating(e, self._inside(a, b), period, anchor), None)
            if m is not None:
                return FieldVerdict(
                    e.field, Verdict.STATED, e.shown, where=where, start=m.start, end=m.end
                )
        if e.need is Need.NAME:
            return self._anaphora(e, first)
        return self._weekday(e, first)

    def _weekday(self, e: Expectation, passage: Passage) -> FieldVerdict | None:
        """A day within a week of publication named by its weekday in the context ("on
        Tuesday" in the lead of an article published on Wednesday)."""
        claimed = e.period
        if e.need is not Need.PERIOD or claimed is None or claimed.start != claimed.end:
            return None
        published = self._ctx.claims.file.article.published
        if abs((published.start - claimed.start).days) >= _WEEK:
            return None
        # Babel's wide day names, kept in the language data (its snapshot spares a dated
        # claim's run the ~20 ms import of babel.dates).
        name = load_language(self._language).day_names[claimed.start.weekday()]
        assert passage.start is not None
        assert passage.end is not None
        for where, a, b in self._contexts(passage.start, passage.end):
            hits = find_name(self._text[a:b], name, self._language, marks=True)
            if hits:
                return FieldVerdict(
                    e.field, Verdict.STATED, e.shown, where=where,
                    start=a + hits[0][0], end=a + hits[0][1], reason=f"'{name}'",
                )
        return None

    def _anaphora(self, e: Expectation, passage: Passage) -> FieldVerdict | None:
        """A source or speaker named earlier and referred back to in the passage's sentence."""
        assert passage.start is not None
        before = self._text[: passage.start]
        if not any(find_name(before, n, self._language, marks=True) for n in e.names):
            return None
        words = _ANAPHORA.get(self._language, ())
        a, b = self._sentence(passage.start)
        for w in _WORD.finditer(self._text, a, max(b, passage.end or b)):
            folded = w.group().casefold().replace("’", "'")
            if self._language == "tr":
                folded = w.group().replace("I", "ı").replace("İ", "i").lower()
            if folded in words:
                return FieldVerdict(
                    e.field, Verdict.STATED, e.shown, where="earlier", start=w.start(),
                    end=w.end(), reason=f"'{w.group()}' refers back to it",
                )
        return None
