"""Ranks and ordinals: rank bounds (``ilk 10``, ``top ten``, ``en büyük 5``), exact
ordinals (``11'inci``, ``11th``, ``3.`` before a lowercase word in Turkish), ranks in words
(``came second``, ``fourth place``, ``ikinci sırada``, ``üçüncü oldu``), superlatives as
rank 1 (``the world's busiest``, ``the most visitors``, ``en büyük``) or N (``third-largest``,
``en büyük ikinci``), and the ordinal words that number quarters and halves (``ilk``,
``third``, ``3.``, ``1st``).

A rank in words or a superlative is an ORDINAL mention (an exact rank: ``relation`` is
``exact``, or ``bottom`` for "the lowest"), flagged IN_WORDS and SUPERLATIVE: a check may
confirm a ranking claim with it, and an edit "third" -> "fourth" changes it, but a
superlative is not a figure every article must account for."""

from __future__ import annotations

from decimal import Decimal

from claimsuite.text.mentions.core import Cursor, Flag, Found, MentionKind
from claimsuite.text.mentions.numbers import count_at
from claimsuite.text.tokens import Kind

__all__ = ["is_unit_or_percent", "ordinal", "ordinal_number", "rank", "rank_in_words"]


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


def _ordinal_word(cur: Cursor, j: int) -> tuple[int, int] | None:
    """An ordinal word at ``j`` ("second", "üçüncü"): ``(rank, next)``."""
    token = cur.word(j)
    if token is None:
        return None
    value = cur.data.ordinal_words.get(token.low)
    return (value, j + 1) if value is not None else None


def _after_hyphen(cur: Cursor, j: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """The end of one of ``phrases`` at ``j``, spaced or glued by a hyphen ("-largest")."""
    hyphen = cur.glued(j)
    if hyphen is not None and hyphen.text == "-":
        found = cur.first_phrase(j + 1, [p for p in phrases if not p[0].startswith("-")])
        if found is not None:
            return found[1]
    found = cur.first_phrase(j, [p for p in phrases if not p[0].startswith("-")])
    return found[1] if found is not None else None


def _before(cur: Cursor, i: int) -> bool:
    """A word of ``ordinal_before`` ends right before token ``i`` ("came in second")."""
    for phrase in cur.data.ordinal_before:
        at = i - len(phrase)
        if at >= 0 and cur.match_phrase(at, phrase, first=True) == i:
            return True
    return False


def _listed(cur: Cursor, i: int) -> bool:
    """"..., France fifth": a capitalised name right before the ordinal word, after a list
    link, the verb of the list's first rank left out."""
    if i < 2 or not cur.data.ordinal_list_links:
        return False
    name, link = cur.tokens[i - 1], cur.tokens[i - 2]
    return (
        name.kind is Kind.WORD
        and name.text[:1].isupper()
        and link.low in cur.data.ordinal_list_links
    )


def _clause_goes_on(cur: Cursor, j: int) -> bool:
    token = cur.joined(j)
    return token is None or token.kind is not Kind.WORD or token.low in cur.data.ordinal_then


def _superlative(cur: Cursor, i: int) -> tuple[str, int] | None:
    """A superlative phrase at ``i``: ``(relation, next)``."""
    data = cur.data
    for relation, phrases in (("exact", data.superlatives_top),
                              ("bottom", data.superlatives_bottom)):
        for phrase in phrases:
            end = cur.match_phrase(i, phrase, first=True)
            if end is not None:
                return relation, end
    return None


def _period_noun(cur: Cursor, j: int) -> bool:
    token = cur.word(j)
    data = cur.data
    return token is not None and (
        data.word_in(token.low, (*data.quarter_words, *data.half_words)) is not None
    )


def _determined(cur: Cursor, i: int) -> bool:
    """"the largest", "its highest", "the world's busiest": English superlatives need one."""
    data = cur.data
    if not data.superlative_after:
        return True
    if i == 0:
        return False
    before = cur.tokens[i - 1]
    if before.low in data.superlative_after:
        return True
    return before.low == "s" and i > 1 and cur.tokens[i - 2].kind is Kind.APOS


def rank_in_words(cur: Cursor, i: int) -> Found | None:
    """``came second``, ``fourth place``, ``second-largest``, ``ikinci sırada``,
    ``üçüncü oldu``; ``the largest``, ``the world's busiest``, ``en büyük (ikinci)``."""
    flags = frozenset({Flag.ORDINAL, Flag.IN_WORDS})
    word = _ordinal_word(cur, i)
    if word is not None:
        value, j = word
        end = _after_hyphen(cur, j, cur.data.ordinal_after)
        if end is not None:
            superlative = cur.first_phrase(j, cur.data.superlatives_top) or _after_hyphen(
                cur, j, cur.data.superlatives_top
            )
            if superlative is not None:
                flags |= {Flag.SUPERLATIVE}
        elif (_before(cur, i) or _listed(cur, i)) and _clause_goes_on(cur, j):
            end = j
        else:
            return None
        mention = cur.mention(
            MentionKind.ORDINAL, i, end, value=Decimal(value), relation="exact", flags=flags
        )
        return Found(mention, end)
    found = _superlative(cur, i)
    if found is None or not _determined(cur, i):
        return None
    relation, j = found
    if count_at(cur, j) is not None and _ordinal_word(cur, j) is None:
        return None  # "en büyük 10": a rank bound; "en az 5": a bound
    value, end = 1, j
    then = _ordinal_word(cur, j)  # "en büyük ikinci": the second largest
    if then is not None and not _period_noun(cur, then[1]):
        value, end = then  # but "en yüksek üçüncü çeyrek" is the highest third quarter
    mention = cur.mention(
        MentionKind.ORDINAL, i, end, value=Decimal(value), relation=relation,
        flags=flags | {Flag.SUPERLATIVE},
    )  # fmt: skip
    return Found(mention, end)
