"""The pass over a text: anchors pick short windows, each window is tokenized once, and at
every token the patterns that can start there are tried in priority order. Each pattern
looks at a bounded number of tokens, so extraction is linear in the length of the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter

from claimsuite.text.language import load_language
from claimsuite.text.mentions import (
    amounts,
    dates,
    grammar,
    numbers,
    percentages,
    periods,
    ranks,
)
from claimsuite.text.mentions.core import Bound, Cursor, Flag, Found, Mention, MentionKind
from claimsuite.text.mentions.index import index, starters_of
from claimsuite.text.normalize import fold_word
from claimsuite.text.tokens import MEMO_LONGEST, Gap, Kind, Token, tokenize, tokenize_whole

__all__ = ["extract_mentions", "parse_number"]

_START = attrgetter("start")


def _at_word(cur: Cursor, i: int) -> Found | None:
    for pattern in starters_of(cur.data.code, cur.tokens[i].low):
        result = pattern(cur, i)
        if result is not None:
            return result
    return None


def _at_number(cur: Cursor, i: int) -> Found | None:
    if numbers.is_identifier(cur, i):
        return Found(None, i + 1)
    return (
        dates.numeric_date(cur, i)
        or dates.day_month(cur, i)
        or grammar.template_at_number(cur, i)
        or periods.split_year(cur, i)
        or periods.period_from_ordinal_number(cur, i)
        or periods.period_after_year(cur, i)
        or ranks.ordinal_number(cur, i)
        or amounts.quantity_mention(cur, i)
    )


def _at_symbol(cur: Cursor, i: int) -> Found | None:
    if cur.tokens[i].text == "%":
        return percentages.percent_symbol(cur, i)
    return amounts.currency_symbol(cur, i)


_UNBOUNDED = frozenset(
    {MentionKind.RELATIVE, MentionKind.PERIOD, MentionKind.DATE, MentionKind.YEAR,
     MentionKind.ORDINAL}
)  # fmt: skip


def _bounded(cur: Cursor, mention: Mention, i: int, end: int) -> Mention:
    """The mention with the bound that words just before or after it put on it; only
    figures take one ("more than a year earlier" bounds nothing)."""
    if mention.kind in _UNBOUNDED:
        return mention
    kind: str | None = None
    tokens = cur.tokens
    lookup = index(cur.data.code)
    if i > 0:
        for phrase, bound in lookup.bounds_before.get(tokens[i - 1].low, ()):
            at = i - len(phrase)
            if at < 0 or cur.match_phrase(at, phrase, True) != i:
                continue
            if at > 0 and tokens[at - 1].low in bound.not_after:
                continue  # "edges up to 3%": a movement, not a bound
            kind = bound.kind
            break
    # One look at whether any bound can follow, rather than one per bound: most figures
    # have none after them.
    if kind is None and cur.may_start(end, lookup.bounds_after):
        for bound_words in cur.data.bounds:
            if cur.first_phrase(end, bound_words.after) is None:
                continue
            if bound_words.inflected and not _inflected(cur, end - 1):
                continue  # "255,3 milyar lira fazla": a surplus, not "more than"
            kind = bound_words.kind
            break
    if kind is None:
        return mention
    flags = mention.flags | {Flag.APPROXIMATE} if kind == Bound.APPROXIMATE else mention.flags
    return replace(mention, bound=Bound(kind), flags=flags)


def _inflected(cur: Cursor, k: int) -> bool:
    """Whether the figure's last token ``k`` carries a case ending: an apostrophe suffix
    ("300'ten") or a word that is not its bare form ("milyondan", "doların", "bini")."""
    token = cur.tokens[k]
    if token.kind is not Kind.WORD:
        return False
    if k > 0 and cur.tokens[k - 1].kind is Kind.APOS:
        return True
    data = cur.data
    bare = (
        token.low in data.scales
        or (token.low,) in data.currency_after
        or (token.low,) in data.count_units
        or (token.low,) in data.percent_after
        or (token.low,) in data.per_mille_after
    )
    return not bare


def _run(cur: Cursor) -> list[Mention]:
    found: list[Mention] = []
    tokens, symbols = cur.tokens, cur.data.currency_symbols
    i = 0
    while i < cur.n and tokens[i].start < cur.first:
        i += 1
    while i < cur.n:
        token = tokens[i]
        result: Found | None = None
        if token.kind is Kind.NUM:
            result = _at_number(cur, i)
        elif token.kind is Kind.WORD:
            result = _at_word(cur, i)
        elif token.kind is Kind.SYM and (token.text == "%" or token.text in symbols):
            result = _at_symbol(cur, i)
        if result is None:
            i += 1
            continue
        if result.mention is not None:
            found.append(_bounded(cur, result.mention, i, result.next))
        i = max(result.next, i + 1)
    return found


# Windows of text around anchors: enough context before for "yaklaşık" or an identifier, and
# after for the longest pattern; windows that touch are merged.
_LOOKBEHIND = 48
_LOOKAHEAD = 96
_SPACE = re.compile(r"\s")


def _windows(text: str, lowered: str, anchors: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """``(start, first anchor, end)`` of the stretches of text worth tokenizing."""
    windows: list[tuple[int, int, int]] = []
    length = len(text)
    current: list[int] | None = None
    for match in anchors.finditer(lowered):
        anchor, anchor_end = match.span()
        start, end = max(0, anchor - _LOOKBEHIND), min(length, anchor_end + _LOOKAHEAD)
        if current is not None and start <= current[2]:
            current[2] = max(current[2], end)
            continue
        if current is not None:
            windows.append(_snap(text, *current))
        current = [start, anchor, end]
    if current is not None:
        windows.append(_snap(text, *current))
    return windows


def _snap(text: str, start: int, first: int, end: int) -> tuple[int, int, int]:
    # Start after a space and end at one, so that tokens are whole; where there is no space
    # nearby the cut token is only context and never starts a pattern.
    if start > 0:
        space = _SPACE.search(text, start, first)
        if space is not None:
            start = space.end()
    space = _SPACE.search(text, end, min(len(text), end + _LOOKBEHIND))
    if space is not None:
        end = space.start()
    return start, first, end


def extract_mentions(text: str, language: str) -> tuple[Mention, ...]:
    """Every figure in ``text``, in order, without overlaps."""
    if len(text) <= _MEMO_LONGEST:
        return _extract_memo(text, language)
    return _extract(text, language)


def _extract(text: str, language: str) -> tuple[Mention, ...]:
    data = load_language(language)
    lowered = fold_word(text, language)
    if len(lowered) != len(text):
        # Folding changed lengths (ß), so folded offsets are not text offsets: read it all.
        return tuple(_run(Cursor(text, tokenize(text, language), data)))
    windows = _windows(text, lowered, index(language).anchors)
    # An article's windows cover nearly all of it (97% on seed-sized articles), and the
    # token table tokenizes the whole article too: the whole text is tokenized, remembered
    # for the token table, and the windows' tokens are taken from it. A long text is
    # tokenized window by window.
    whole = None
    if windows and len(text) <= MEMO_LONGEST:
        whole = tokenize_whole(text, language, lowered)
    found: list[Mention] = []
    for start, first, end in windows:
        tokens = None if whole is None else _window_of(text, whole, start, end)
        if tokens is None:
            tokens = tokenize(text, language, start, end, lowered)
        found.extend(_run(Cursor(text, tokens, data, first)))
    return tuple(found)


# The checks read the figures of a clause or sentence again and again (the direction of a
# change, unread words): 742 extractions per 200 articles, of 513 distinct texts. A tuple of
# frozen mentions is safe to share.
_MEMO_LONGEST = 2_000  # characters: clauses and sentences, not articles
_extract_memo = lru_cache(maxsize=64)(_extract)


def _window_of(text: str, whole: list[Token], start: int, end: int) -> list[Token] | None:
    """What ``tokenize(text, language, start, end, lowered)`` gives, taken from the tokens
    of the whole text, or ``None`` where the range cuts a token.

    Tokenizing is context-free between tokens: only the whitespace before the range's first
    token is not seen, which can make its gap another one.
    """
    lo, hi = bisect_left(whole, start, key=_START), bisect_left(whole, end, key=_START)
    if (lo > 0 and whole[lo - 1].end > start) or (hi > lo and whole[hi - 1].end > end):
        return None
    tokens = whole[lo:hi]
    if tokens:
        blank = text[start : tokens[0].start]  # whitespace: all else is in a token
        gap = Gap.GLUED if not blank else Gap.PARAGRAPH if blank.count("\n") >= 2 else Gap.SPACE
        if gap is not tokens[0].gap:
            tokens[0] = tokens[0]._replace(gap=gap)
    return tokens


_VALUED = frozenset({MentionKind.NUMBER, MentionKind.AMOUNT, MentionKind.PERCENT, MentionKind.YEAR})


def parse_number(s: str, language: str) -> Decimal | None:
    """The value of a numeral with optional scale words (``1,7 milyar``, ``$1.7bn``, ``%72``).

    ``None`` unless the whole string is one number, amount or percentage.
    """
    text = s.strip()
    mentions = extract_mentions(text, language)
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(text)):
        return None
    mention = mentions[0]
    if mention.kind in _VALUED:
        return mention.value
    return None
