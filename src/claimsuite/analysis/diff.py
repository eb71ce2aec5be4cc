"""What changed between a claim's quote and the passage it now matches (issue 13 §2).

Both texts are cut into *units*: each figure, date or period the text layer reads is one
unit keyed by its value (so ``%72`` and ``yüzde 72``, ``1,7 milyar`` and ``1 milyar 700
milyon``, ``Kasım ayında`` and ``Kasımda`` are the same unit), every other word is a unit
keyed by its folded form. The two unit sequences are aligned with :mod:`difflib` (a
sentence or two: a few dozen units), and each changed span is classified:

- ``figure``: a figure, unit or scale changed (``%72`` -> ``%27``, ``dolar`` -> ``euro``);
- ``period``: a year, date or period changed;
- ``direction``: a rise became a fall or back (``arttı`` -> ``azaldı``, ``rose`` -> ``fell``);
- ``tense``: the tense, mood or negation of a verb changed (``yapıldı`` -> ``yapılacak``,
  ``gerçekleşti`` -> ``gerçekleşmedi``, ``held`` -> ``will be held``);
- ``wording``: anything else, including a figure or period rewritten as a phrase the grammar
  cannot read (names and titles are compared by the claim's expectations).

A notation-only change never shows up: both sides are the same unit, or one side writes in
words ("yüzde on iki") the figure the other writes in digits.
"""

from __future__ import annotations

import difflib
import re
from decimal import Decimal
from typing import NamedTuple

from claimsuite.text.events import tense_in, way_in
from claimsuite.text.language import LanguageData, load_language
from claimsuite.text.mentions import Mention, MentionKind, extract_mentions, find_name
from claimsuite.text.normalize import fold, strip_marks

__all__ = ["Change", "Unit", "changes", "replacement", "spelled_value", "units"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|%")
_NUMBER_WORD = re.compile(r"[^\W\d_]+")
_HUNDRED = 100
_TIME = frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD, MentionKind.RELATIVE})


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Unit(NamedTuple):
    """A figure or a word of a text: ``text[start:end]``, compared by ``key``."""

    start: int
    end: int
    key: tuple[object, ...]
    mention: Mention | None = None


class Change(NamedTuple):
    """One changed span: ``old`` is ``quote[old_start:old_end]``, ``new`` is
    ``passage[new_start:new_end]`` (offsets into the texts given to :func:`changes`)."""

    kind: str  # figure, period, direction, tense, wording
    old: str
    new: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_mentions: tuple[Mention, ...] = ()
    new_mentions: tuple[Mention, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.kind in {"figure", "period", "direction", "tense"}


def _mention_key(m: Mention) -> tuple[object, ...]:
    return (
        "figure", m.kind.value, m.value, m.unit, m.upper, str(m.period), m.date, m.relation,
        m.offset, m.relative, m.bound, "negative" in m.flags,
    )


def units(text: str, language: str) -> list[Unit]:
    """The units of ``text`` in order: its mentions, and the words outside them."""
    mentions = sorted(extract_mentions(text, language), key=lambda m: (m.start, -m.end))
    out: list[Unit] = []
    at = 0
    for m in mentions:
        if m.start < at:
            continue
        out += _words(text, at, m.start, language)
        out.append(Unit(m.start, m.end, _mention_key(m), m))
        at = m.end
    out += _words(text, at, len(text), language)
    return out


def _words(text: str, start: int, end: int, language: str) -> list[Unit]:
    return [
        Unit(w.start(), w.end(), ("word", strip_marks(fold(w.group(), language))))
        for w in _WORD.finditer(text, start, end)
    ]


def changes(quote: str, passage: str, language: str) -> list[Change]:
    """The changed spans between ``quote`` and ``passage``, classified, in order."""
    old = units(quote, language)
    new = units(passage, language)
    matcher = difflib.SequenceMatcher(
        None, [u.key for u in old], [u.key for u in new], autojunk=False
    )
    out: list[Change] = []
    ops: list[tuple[int, int, int, int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "insert" and i1 in {0, len(old)}):
            continue  # the passage may run on past either end of the quote
        if op == "replace" and i2 - i1 == j2 - j1 > 1:  # word for word: each on its own
            ops += [(i1 + k, i1 + k + 1, j1 + k, j1 + k + 1) for k in range(i2 - i1)]
        else:
            ops.append((i1, i2, j1, j2))
    for i1, i2, j1, j2 in ops:
        a = old[i1:i2]
        b = new[j1:j2]
        os_, oe = (a[0].start, a[-1].end) if a else (_edge(old, i1, quote),) * 2
        ns, ne = (b[0].start, b[-1].end) if b else (_edge(new, j1, passage),) * 2
        old_m = tuple(u.mention for u in a if u.mention is not None)
        new_m = tuple(u.mention for u in b if u.mention is not None)
        kind = _classify(quote[os_:oe], passage[ns:ne], old_m, new_m, language)
        if kind == "notation":
            continue  # "%12" and "yüzde on iki": the same figure
        out.append(Change(kind, quote[os_:oe], passage[ns:ne], os_, oe, ns, ne, old_m, new_m))
    return out


def _edge(seq: list[Unit], i: int, text: str) -> int:
    """Where an insertion before unit ``i`` sits."""
    return seq[i].start if i < len(seq) else len(text)


def spelled_value(text: str, language: str) -> Decimal | None:
    """The number ``text`` writes in words ("on üç", "seventy-three"; the last word may take
    a suffix, "on ikiye"), from the language's ``[numbers] words``; ``None`` when it writes
    none, or two."""
    data = load_language(language)
    singles = {p[0]: v for p, v in data.number_words.items() if len(p) == 1}
    words = [fold(w.group(), language) for w in _NUMBER_WORD.finditer(text)]

    def value(i: int) -> int | None:
        if words[i] in singles:
            return singles[words[i]]
        last = i + 1 == len(words) or value_exact(i + 1) is None
        if not last:  # "yüzde yetmiş": a suffixed form only ends a number
            return None
        return next((v for k, v in singles.items() if data.word_is(words[i], k)), None)

    def value_exact(i: int) -> int | None:
        return singles.get(words[i]) if i < len(words) else None

    runs: list[int] = []
    previous = False
    for i in range(len(words)):
        v = value(i)
        if v is None:
            previous = False
            continue
        if not previous:
            runs.append(0)
        runs[-1] = runs[-1] * v if v == _HUNDRED and runs[-1] else runs[-1] + v
        previous = True
    return Decimal(runs[0]) if len(runs) == 1 else None


def _measure(text: str, language: str) -> str | None:
    """The scale or currency a one-word span names ("milyar", "dollars"), else ``None``."""
    words = _NUMBER_WORD.findall(text)
    if len(words) != 1:
        return None
    data = load_language(language)
    word = fold(words[0], language)
    for scale in data.scales:
        if word == scale or data.word_is(word, scale):
            return f"scale {data.scales[scale]}"
    for phrase, code in data.currency_after.items():
        if len(phrase) == 1 and (word == phrase[0] or data.word_is(word, phrase[0])):
            return f"currency {code}"
    return None


def _way(text: str, language: str) -> str | None:
    """Which way the words of a changed span point (a word that counts only next to a
    figure, "fall", "up", counts here: the span replaced another in the same place), or
    "flat" for a level kept ("sabit tuttu"): :func:`claimsuite.text.events.way_in`."""
    return way_in(text, language)


def _period_words(text: str, language: str) -> frozenset[str]:
    """The words of ``text`` that name a month, a quarter or half, or an ordinal, folded and
    without their suffixes ("çeyreğinde" is "çeyrek"), each as what it means."""
    data = load_language(language)
    out: set[str] = set()
    for w in _NUMBER_WORD.finditer(text):
        word = fold(w.group(), language)
        for stem, meaning in (
            *((m, f"month {n}") for m, n in data.months.items()),
            *((q, "quarter") for q in data.quarter_words),
            *((h, "half") for h in data.half_words),
            *((o, f"ordinal {n}") for o, n in data.ordinals.items()),
        ):
            if word == stem or data.word_is(word, stem) or _softened(word, stem, data):
                out.add(meaning)
                break
    return frozenset(out)


def _softened(word: str, stem: str, data: LanguageData) -> bool:
    """A Turkish stem whose final k became ğ before a vowel: "çeyrek" -> "çeyreğinde"."""
    if not stem.endswith("k") or len(word) <= len(stem):
        return False
    return data.word_is(word, stem[:-1] + "ğ")


def _values(mentions: tuple[Mention, ...]) -> list[Decimal]:
    return sorted(v for m in mentions for v in (m.value, m.upper) if v is not None)


def _units(mentions: tuple[Mention, ...]) -> set[str | None]:
    return {m.unit or ("percent" if m.kind is MentionKind.PERCENT else None) for m in mentions}


def _classify(
    old: str,
    new: str,
    old_m: tuple[Mention, ...],
    new_m: tuple[Mention, ...],
    language: str,
) -> str:
    if old_m or new_m:
        if not old.strip() or not new.strip():
            return "wording"  # a figure added or taken out: a question, not a verdict
        old_t = [m for m in old_m if m.kind in _TIME]
        new_t = [m for m in new_m if m.kind in _TIME]
        if old_t or new_t:
            if old_t and new_t:
                return "period"
            # a period the other side writes in a way the grammar cannot read ("ilk 10
            # ayında" -> "birinci 10 ayında") is a question, not a changed period — unless
            # its words name another month, quarter or half, or another ordinal ("üçüncü
            # çeyrekte" -> "üçüncü yarıda", "ilk dokuz ay" -> "ikinci dokuz ay")
            said_old, said_new = _period_words(old, language), _period_words(new, language)
            if said_new and said_old and said_new != said_old:
                return "period"
            return "wording"
        if old_m and new_m:
            units = (_units(old_m) - {None}, _units(new_m) - {None})
            if _values(old_m) == _values(new_m) and (not all(units) or units[0] == units[1]):
                # "yüzde on iki" read as the number 12; "yüzde 22 ile yüzde 24" as a range
                # and "yüzde 22 ile %24" as two figures
                return "notation"
            return "figure"
        d_old, d_new = _way(old, language), _way(new, language)
        if d_old is not None and d_new is not None and d_old != d_new:
            # "azalarak" -> "artarak 1": a passage edge cut into the next figure
            return "direction"
        read, other = (old_m, new) if old_m else (new_m, old)
        spelled = spelled_value(other, language)
        if len(read) == 1 and read[0].value is not None and spelled is not None:
            return "notation" if spelled == read[0].value else "figure"
        return "wording"  # the other side is a phrase the grammar cannot read: a question
    if _measure(old, language) and _measure(new, language) and (
        _measure(old, language) != _measure(new, language)
    ):
        return "figure"  # "per million British thermal units" -> "per billion"
    if old.strip() and new.strip():
        d_old, d_new = _way(old, language), _way(new, language)
        if d_old is not None and d_new is not None and d_old != d_new:
            return "direction"
        t_old, t_new = tense_in(old, language), tense_in(new, language)
        if (t_old.main, t_old.negated) != (t_new.main, t_new.negated) and (
            t_old.main or t_new.main or t_old.negated or t_new.negated
        ):
            return "tense"
    elif new.strip():  # an inserted word: "will be held", "not"
        t_new = tense_in(new, language)
        if t_new.negated or t_new.main == "future":
            return "tense"
    elif old.strip():  # a removed negation or future word
        t_old = tense_in(old, language)
        if t_old.negated or t_old.main == "future":
            return "tense"
    return "wording"


_TOKEN = re.compile(r"\S+")
_TRAILING = ".,;:!?\"”)’'"


def _tokens(text: str, language: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), strip_marks(fold(m.group(), language)).strip('.,;:!?"“”()'))
        for m in _TOKEN.finditer(text)
    ]


def replacement(
    quote: str,
    passage: str,
    names: tuple[str, ...],
    language: str,
) -> tuple[int, int] | None:
    """The span of ``passage`` that took the place of a name written in ``quote``."""
    for name in names:
        hits = find_name(quote, name, language, marks=True)
        if hits:
            break
    else:
        return None
    a, b = hits[0]
    quote_tokens = _tokens(quote, language)
    passage_tokens = _tokens(passage, language)
    wanted = {i for i, (s, e, _) in enumerate(quote_tokens) if s < b and e > a}
    matcher = difflib.SequenceMatcher(
        None, [t[2] for t in quote_tokens], [t[2] for t in passage_tokens], autojunk=False
    )
    opcodes = matcher.get_opcodes()
    first, last = min(wanted, default=0), max(wanted, default=0)
    for op, i1, i2, j1, j2 in opcodes:
        if op == "insert" and wanted and first <= i1 <= last + 1:
            inside = first < i1 <= last
            if inside or passage[passage_tokens[j1][0]].isupper():
                # a word put into the name, or a capitalised one next to it: "Deputy
                # Secretary", "Müsteşar Yardımcısı"
                kept = [j1b + (i - i1b) for opb, i1b, i2b, j1b, _ in opcodes if opb == "equal"
                        for i in range(i1b, i2b) if i in wanted]
                lo, hi = min([*kept, j1]), max([*kept, j2 - 1]) + 1
                start, end = passage_tokens[lo][0], passage_tokens[hi - 1][1]
                while end > start and passage[end - 1] in _TRAILING:
                    end -= 1
                return start, end
            continue
        if op in {"replace", "delete"} and wanted & set(range(i1, i2)):
            if j2 == j1:  # a word of the name dropped: what is left of it
                kept = [
                    j1b + (i - i1b)
                    for opb, i1b, i2b, j1b, _ in opcodes
                    if opb == "equal"
                    for i in range(i1b, i2b)
                    if i in wanted
                ]
                if not kept:
                    continue
                lo, hi = min(kept), max(kept) + 1
            else:
                lo, hi = j1, j2
            start, end = passage_tokens[lo][0], passage_tokens[hi - 1][1]
            while end > start and passage[end - 1] in _TRAILING:
                end -= 1
            return start, end
    return None
