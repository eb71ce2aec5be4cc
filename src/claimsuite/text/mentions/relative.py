"""Relative dates: ``geçen yıl``, ``bu yıl``, ``bugün``, ``dünkü``, ``last year``, ``a year
earlier``, ``the same period last year``, ``year on year`` — phrases of ``[[relative]]`` in
the language files, each with a unit and an offset. They mean a period only against the
publication date: :func:`claimsuite.text.mentions.resolve` does that."""

from __future__ import annotations

from functools import cache

from claimsuite.text.language import Relative as RelativeWords
from claimsuite.text.language import load_language
from claimsuite.text.mentions.core import Cursor, Found, MentionKind, Relative
from claimsuite.text.tokens import Kind

__all__ = ["relative"]


@cache
def _by_first_word(code: str) -> dict[str, list[RelativeWords]]:
    """The language's relative phrases by their first word, in the language file's order."""
    out: dict[str, list[RelativeWords]] = {}
    for entry in load_language(code).relatives:
        out.setdefault(entry.words[0], []).append(entry)
    return out


def relative(cur: Cursor, i: int) -> Found | None:
    low = cur.tokens[i].low
    relatives = _by_first_word(cur.data.code)
    candidates = relatives.get(low)
    if candidates is None:
        # Only one-word relatives are inflected at the start ("dünkü", "bugünkü").
        stems = [s for s in relatives if low.startswith(s) and cur.data.word_is(low, s)]
        candidates = [r for s in stems for r in relatives[s]]
    for entry in candidates:
        end = cur.match_phrase(i, entry.words, first=True)
        if end is not None and entry.before_figure and not _figure_at(cur, end):
            continue  # "yıllık enflasyon": no base here, only before a figure
        if end is not None:
            mention = cur.mention(
                MentionKind.RELATIVE,
                i,
                end,
                relation=entry.unit,
                offset=entry.offset,
                relative=Relative(entry.unit, entry.offset),
            )
            return Found(mention, end)
    return None


def _figure_at(cur: Cursor, j: int) -> bool:
    """A figure starts at token ``j``: a number, a percent sign or a percent word."""
    token = cur.joined(j)
    if token is None:
        return False
    if token.kind is Kind.NUM or token.text == "%":
        return True
    return cur.first_phrase(j, cur.data.percent_before) is not None
