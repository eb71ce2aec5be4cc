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
- ``wording``: anything else (names and titles are compared by the claim's expectations).

A notation-only change never shows up: both sides are the same unit.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from claimsuite.text.events import direction_in, tense_in
from claimsuite.text.mentions import Mention, MentionKind, extract_mentions, find_name
from claimsuite.text.normalize import fold, strip_marks

__all__ = ["Change", "Unit", "changes", "replacement", "units"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|%")
_TIME = frozenset({MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD, MentionKind.RELATIVE})


@dataclass(frozen=True, slots=True)
class Unit:
    """A figure or a word of a text: ``text[start:end]``, compared by ``key``."""

    start: int
    end: int
    key: tuple[object, ...]
    mention: Mention | None = None


@dataclass(frozen=True, slots=True)
class Change:
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
        if op == "equal":
            continue
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
        out.append(Change(kind, quote[os_:oe], passage[ns:ne], os_, oe, ns, ne, old_m, new_m))
    return out


def _edge(seq: list[Unit], i: int, text: str) -> int:
    """Where an insertion before unit ``i`` sits."""
    return seq[i].start if i < len(seq) else len(text)


def _classify(
    old: str,
    new: str,
    old_m: tuple[Mention, ...],
    new_m: tuple[Mention, ...],
    language: str,
) -> str:
    if old_m and new.strip():
        return "period" if all(m.kind in _TIME for m in old_m) else "figure"
    if new_m and old.strip() and not old_m:
        return "period" if all(m.kind in _TIME for m in new_m) else "figure"
    if old.strip() and new.strip():
        d_old, d_new = direction_in(old, language), direction_in(new, language)
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
