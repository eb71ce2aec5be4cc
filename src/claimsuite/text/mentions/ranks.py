"""Ranks and ordinals: rank bounds (``ilk 10``, ``top ten``, ``en büyük 5``), exact
ordinals (``11'inci``, ``11th``, ``3.`` before a lowercase word in Turkish) and the ordinal
words that number quarters and halves (``ilk``, ``third``, ``3.``, ``1st``)."""

from __future__ import annotations

from decimal import Decimal

from claimsuite.text.mentions.core import Cursor, Flag, Found, MentionKind
from claimsuite.text.mentions.numbers import count_at
from claimsuite.text.tokens import Kind

__all__ = ["is_unit_or_percent", "ordinal", "ordinal_number", "rank"]


def ordinal(cur: Cursor, j: int, first: bool = False) -> tuple[int, int] | None:
    """An ordinal for a quarter or half at ``j``: ``ilk``, ``third``, ``3.``, ``1st``."""
    token = cur.at(j, first)
    if token is None:
        return None
    data = cur.data
    if token.kind is Kind.WORD and token.low in data.ordinals:
        return data.ordinals[token.low], j + 1
    if token.kind is Kind.NUM and token.text in {"1", "2", "3", "4"}:
        after = cur.glued(j + 1)
        if after is not None and after.text == "." and data.code == "tr":
            return int(token.text), j + 2
        if after is not None and after.low in data.ordinal_suffixes:
            return int(token.text), j + 2
        end, suffix = cur.suffix(j + 1)
        if suffix and cur.is_ordinal_suffix(suffix):
            return int(token.text), end
    return None


def ordinal_number(cur: Cursor, i: int) -> Found | None:
    """``11'inci``, ``11th``, ``21st``: an exact rank, kind ORDINAL (not a count)."""
    token = cur.tokens[i]
    if not token.text.isdigit() or len(token.text) > 4:
        return None
    after = cur.glued(i + 1)
    following = cur.word(i + 2)
    if after is not None and after.kind is Kind.WORD and after.low in cur.data.ordinal_suffixes:
        end = i + 2
    elif (
        cur.data.code == "tr"
        and after is not None
        and after.text == "."
        and following is not None
        and following.text[0].islower()
        and not _ends_sentence(cur, i + 1)
    ):
        end = i + 2  # "3. sırada", "(1. sıra)": a Turkish ordinal
    else:
        end, suffix = cur.suffix(i + 1)
        if not (suffix and cur.is_ordinal_suffix(suffix)):
            return None
    mention = cur.mention(
        MentionKind.ORDINAL,
        i,
        end,
        value=Decimal(int(token.text)),
        relation="exact",
        flags=frozenset({Flag.ORDINAL}),
    )
    return Found(mention, end)


def _ends_sentence(cur: Cursor, dot: int) -> bool:
    return "\n" in cur.text[cur.tokens[dot].end : cur.tokens[dot + 1].start]


def is_unit_or_percent(cur: Cursor, j: int) -> bool:
    token = cur.joined(j)
    if token is None:
        return False
    if token.text == "%" or cur.first_phrase(j, cur.data.percent_after):
        return True
    return token.kind is Kind.WORD and cur.data.word_in(token.low, cur.data.time_units) is not None


def rank(cur: Cursor, i: int) -> Found | None:
    data = cur.data
    for relation, phrases in (("top", data.rank_top), ("bottom", data.rank_bottom)):
        for phrase in phrases:
            j = cur.match_phrase(i, phrase, first=True)
            if j is None:
                continue
            hyphen = cur.glued(j)
            if hyphen is not None and hyphen.text == "-":
                j += 1
            counted = count_at(cur, j)
            if counted is None or is_unit_or_percent(cur, counted[1]):
                continue
            value, end = counted
            end = cur.suffix(end)[0]
            mention = cur.mention(MentionKind.RANK, i, end, value=Decimal(value), relation=relation)
            return Found(mention, end)
    return None
