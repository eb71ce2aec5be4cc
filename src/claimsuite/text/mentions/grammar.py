"""The period grammar: the ``[[period]]`` templates of the language files.

A template is a line of words and slots, folded like the text::

    [[period]]
    forms = ["{year} ilk {count} ay", "yılın? ilk {count} ay"]
    means = "first-months"

- a word matches a token of that word; in Turkish it may carry a suffix (``ay`` matches
  ``ayında``); ``a|b`` is either word, and ``word?`` may be left out;
- ``{year}`` is a year with its suffix or year noun (``2025'in``, ``2025 yılının``);
  ``{count}`` a whole number in digits or words (``9``, ``dokuz``, ``nine``); ``{month}`` a
  month name (a second ``{month}`` is the end of a range); ``{dash}`` a hyphen or dash.

``means`` names what the filled template states (the closed list in :data:`MEANINGS`); with
a year the mention gets its :class:`~claimsuite.claims.periods.Period`, without one a
:class:`~claimsuite.text.mentions.core.Relative` that :func:`resolve` places against the
publication date. Adding a form is adding a line of data and a row to the grammar table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from claimsuite.text.language import LanguageData, Phrase, Template, load_language
from claimsuite.text.mentions.core import (
    Cursor,
    Flag,
    Found,
    MentionKind,
    is_year,
)
from claimsuite.text.mentions.meanings import MEANINGS, Filled
from claimsuite.text.mentions.numbers import count_at
from claimsuite.text.tokens import Kind

__all__ = [
    "MEANINGS",
    "anchor_patterns",
    "first_words",
    "longest_first",
    "template",
    "template_at_number",
]

_SLOTS = frozenset({"{year}", "{count}", "{month}", "{dash}"})
_DASHES = frozenset({"-", "–", "—"})


def _month_at(cur: Cursor, j: int, first: bool) -> tuple[int, int] | None:
    token = cur.word(j, first)
    if token is None:
        return None
    data = cur.data
    number = data.months.get(token.low)
    if number is None and data.suffix_pattern is not None:
        stem = data.word_in(token.low, tuple(m for m in data.months if len(m) > 3))
        number = data.months.get(stem) if stem is not None else None
    if number is None:
        return None
    abbreviated = token.low in data.month_abbreviations
    if (data.code == "en" or abbreviated) and not token.text[0].isupper():
        return None  # "may", "march": a verb unless capitalised; "mar" is no month
    end = j + 1
    dot = cur.glued(end)
    if abbreviated and dot is not None and dot.text == ".":
        end += 1  # "Sept."
    return number, cur.suffix(end)[0]


def _slot(cur: Cursor, slot: str, j: int, first: bool, filled: Filled) -> int | None:
    token = cur.at(j, first)
    if token is None:
        return None
    if slot == "{year}":
        if not is_year(token):
            return None
        filled.year = int(token.text)
        sep, second = cur.glued(j + 1), cur.glued(j + 2)
        if (
            sep is not None
            and sep.text in {"/", "-"}
            and second is not None
            and second.text.isdigit()
            and len(second.text) == 2
            and int(second.text) == (filled.year + 1) % 100
        ):
            filled.year += 1  # "FY 2024/25" is named by the year it ends in
            filled.split = True
            j += 2
        end, suffix = cur.suffix(j + 1)
        word = None if suffix else cur.word(end)
        if word is not None and cur.data.word_in(word.low, cur.data.year_words):
            end += 1
        return end
    if slot == "{count}":
        counted = count_at(cur, j, first)
        if counted is None:
            return None
        filled.count = counted[0]
        return cur.suffix(counted[1])[0]
    if slot == "{month}":
        month = _month_at(cur, j, first)
        if month is None:
            return None
        filled.months = (*filled.months, month[0])
        return month[1]
    if slot == "{dash}":
        return j + 1 if token.text in _DASHES else None
    return None


def _word(cur: Cursor, part: str, j: int, first: bool) -> int | None:
    hyphen = None if first else cur.glued(j)
    after = cur.glued(j + 1)
    if hyphen is not None and hyphen.text in _DASHES and after is not None:
        j += after.kind is Kind.WORD  # "year-on-year", "ocak-eylül": a hyphen between words
    for word in part.split("|"):
        end = cur.match_word(j, word, first)
        if end is not None:
            return end
    return None


def _match(
    cur: Cursor, parts: Phrase, k: int, j: int, filled: Filled, first: bool = False
) -> int | None:
    """Match ``parts[k:]`` from token ``j``; optional words are tried present, then absent."""
    if k == len(parts):
        return j
    part = parts[k]
    optional = part.endswith("?")
    name = part[:-1] if optional else part
    saved = (filled.year, filled.count, filled.months, filled.split)
    end = _slot(cur, name, j, first, filled) if name in _SLOTS else _word(cur, name, j, first)
    if end is not None:
        done = _match(cur, parts, k + 1, end, filled)
        if done is not None:
            return done
    filled.year, filled.count, filled.months, filled.split = saved
    if optional:
        return _match(cur, parts, k + 1, j, filled, first)
    return None


# -- lookups --------------------------------------------------------------------------------------


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class _Grammar(NamedTuple):
    by_word: dict[str, tuple[Template, ...]]  # templates starting with a word
    by_slot: dict[str, tuple[Template, ...]]  # templates starting with {year}/{count}/{month}


@cache
def _grammar(code: str) -> _Grammar:
    data = load_language(code)
    by_word: dict[str, list[Template]] = {}
    by_slot: dict[str, list[Template]] = {}
    for entry in data.templates:
        if entry.means.split(":")[0] not in MEANINGS:
            msg = (
                f"lang/{code}.toml: [[period]] means {entry.means!r} is not one of {list(MEANINGS)}"
            )
            raise ValueError(msg)
        heads = [entry.parts[0]]
        if entry.parts[0].endswith("?") and len(entry.parts) > 1:
            heads.append(entry.parts[1])  # "yıl? ilk …" starts at "yıl" or at "ilk"
        for head in (h.rstrip("?") for h in heads):
            _add_head(data, entry, head, by_word, by_slot)
    longest = lambda ts: tuple(sorted(ts, key=lambda t: len(t.parts), reverse=True))  # noqa: E731
    return _Grammar(
        {k: longest(v) for k, v in by_word.items()},
        {k: longest(v) for k, v in by_slot.items()},
    )


def _add_head(
    data: LanguageData,
    entry: Template,
    head: str,
    by_word: dict[str, list[Template]],
    by_slot: dict[str, list[Template]],
) -> None:
    if head in _SLOTS:
        by_slot.setdefault(head, []).append(entry)
        if head == "{month}":
            for month in data.months:
                by_word.setdefault(month, []).append(entry)
        if head == "{count}":  # "three months to June", "dokuz aylık dönemde"
            for phrase in data.number_words:
                if entry not in by_word.get(phrase[0], []):
                    by_word.setdefault(phrase[0], []).append(entry)
    else:
        for word in head.split("|"):
            by_word.setdefault(word, []).append(entry)


def first_words(code: str) -> tuple[str, ...]:
    """Words that can start a template (so the pass tries templates at them)."""
    return tuple(_grammar(code).by_word)


def anchor_patterns(code: str) -> tuple[str, ...]:
    """Regular expressions (on folded text) for where a word-first template can start: its
    first two parts, slots included, so that "first" is an anchor only in "first nine
    months", not in every "first" of the text."""
    data = load_language(code)
    inflected = data.suffix_pattern is not None
    slot = {
        "{year}": r"\d{4}",
        "{count}": "(?:\\d+|" + _alternation(p[0] for p in data.number_words) + ")",
        "{month}": _alternation(data.months),
        "{dash}": "[-–—]",
    }

    def part(text: str) -> str:
        if text in slot:
            return slot[text]
        # Turkish words take suffixes ("yılın"); English words end at a word boundary.
        end = r"[^\W\d_]*" if inflected else r"(?![^\W\d_])"
        return _alternation(text.split("|")) + end

    out: list[str] = []
    for entry in data.templates:
        parts = [p.rstrip("?") for p in entry.parts]
        heads = [parts]
        if entry.parts[0].endswith("?") and len(parts) > 1:
            heads.append(parts[1:])
        for head in heads:
            if head[0] in _SLOTS:
                continue
            pattern = part(head[0])
            if len(head) > 1:
                pattern += r"[\s'’-]*" + part(head[1])  # "FY2025", "2025'in", "ocak-eylül"
            out.append(pattern)
    return tuple(dict.fromkeys(out))


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(longest_first(words)) + ")"


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct ``words`` escaped for a regular expression, longest first, equal lengths
    in code point order: the same text in every process (a set's order depends on the hash
    seed), so the compiled pattern can be kept (:func:`claimsuite.snapshot.regex`). The order
    of equal lengths does not change what an alternation matches: of two distinct escaped
    words of one length neither is a prefix of the other, so at most one matches at a place."""
    return sorted(set(map(re.escape, words)), key=lambda w: (-len(w), w))


def _bare_month(cur: Cursor, i: int) -> bool:
    """A month name alone is a month when capitalised ("Ekim'de", "In October") or, in
    Turkish, inflected ("eylülde", "ekimden"); "aralık" alone is a gap, "ocak" a stove."""
    token = cur.tokens[i]
    return token.text[0].isupper() or (
        cur.data.suffix_pattern is not None and token.low not in cur.data.months
    )


def _head(cur: Cursor, part: str, i: int) -> tuple[int | None, Filled]:
    """A template's first part matched at ``i``, and the slots that filled."""
    filled = Filled()
    if part in _SLOTS:
        return _slot(cur, part, i, True, filled), filled
    return _word(cur, part, i, True), filled


def _try(cur: Cursor, i: int, templates: tuple[Template, ...]) -> Found | None:
    # Templates sharing a required first part ("{year} …", ten of them in Turkish) match it
    # the same way at ``i``: it is matched once, and each template goes on from there.
    # A required word as second part ("{year} ilk …", "{year} mali …") is matched once per
    # first part, too: most templates tried at a number fail there.
    heads: dict[str, tuple[int | None, Filled]] = {}
    seconds: dict[tuple[str, str], int | None] = {}
    for entry in templates:
        parts = entry.parts
        if parts == ("{month}",) and not _bare_month(cur, i):
            continue
        first = parts[0] if parts else "?"
        if first.endswith("?"):
            filled = Filled()
            end = _match(cur, parts, 0, i, filled, first=True)
        else:
            if first not in heads:
                heads[first] = _head(cur, first, i)
            after, head = heads[first]
            if after is None:
                continue
            k = 1
            second = parts[1] if len(parts) > 1 else "?"
            if second not in _SLOTS and not second.endswith("?"):
                # A required word: _match would read it as one _word, filling nothing.
                if (first, second) not in seconds:
                    seconds[first, second] = _word(cur, second, after, False)
                after = seconds[first, second]
                if after is None:
                    continue
                k = 2
            filled = Filled(head.year, head.count, head.months, head.split)
            end = _match(cur, parts, k, after, filled)
        if end is None:
            continue
        means, _, offset = entry.means.partition(":")
        period, relative = MEANINGS[means](filled, int(offset or 0))
        if period is None and relative is None:
            continue
        flags = frozenset({Flag.FISCAL}) if means == "fiscal-year" else frozenset()
        if period is None and filled.year is None and relative is not None:
            flags |= {Flag.NO_YEAR}
        mention = cur.mention(
            MentionKind.PERIOD, i, end, period=period, relative=relative, flags=flags
        )
        return Found(mention, end)
    return None


def template(cur: Cursor, i: int) -> Found | None:
    """A template starting with the word at ``i``."""
    return _try(cur, i, _templates_of(cur.data.code, cur.tokens[i].low))


# Memoized: a pure function of the word, asked at each of its occurrences.
@lru_cache(maxsize=1 << 12)
def _templates_of(code: str, low: str) -> tuple[Template, ...]:
    """The templates that can start at the word ``low``, longest first."""
    by_word = _grammar(code).by_word
    data = load_language(code)
    found = list(by_word.get(low, ()))
    if data.suffix_pattern is not None:
        for cut in range(len(low) - 1, 0, -1):  # "yılın ilk 9 ayı": also the stem "yıl"
            if low[:cut] in by_word and data.word_is(low, low[:cut]):
                found += by_word[low[:cut]]
    found.sort(key=lambda t: len(t.parts), reverse=True)
    return tuple(found)


def template_at_number(cur: Cursor, i: int) -> Found | None:
    """A template starting with a year or a count at ``i`` (``2025'in ilk dokuz ayı``)."""
    grammar = _grammar(cur.data.code)
    token = cur.tokens[i]
    if token.kind is not Kind.NUM or not token.text.isdigit():
        return None
    slot = "{year}" if is_year(token) else "{count}"
    return _try(cur, i, grammar.by_slot.get(slot, ()))
