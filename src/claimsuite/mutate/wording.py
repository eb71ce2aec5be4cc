"""Careless rewordings of a claim's passage: the direction, tense, unit or period of what it
states changes while every figure stays put, or a figure changes and is written in words.

Each family edits only words inside some claim's passage (an edit elsewhere changes no
claim), one word per mutant. The word lists are data in ``mutate/lang/<code>.toml``; nothing
here knows a particular article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimsuite.claims.model import (
    ChangeClaim,
    EventClaim,
    PlanClaim,
    QuantityClaim,
    StatementClaim,
)
from claimsuite.mutate.base import Edit, Family, Mutant, Source, capitalise
from claimsuite.text.article import Span
from claimsuite.text.mentions import MentionKind

__all__ = ["FAMILIES"]

# A word, or two joined by a hyphen ("ocak-eylül"); digits are never part of a word here.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_PERIOD_KINDS = (MentionKind.PERIOD, MentionKind.DATE)


def _passages(src: Source, kinds: tuple[type, ...]) -> list[Span]:
    spans = {
        span
        for claim in src.claims.claims
        if isinstance(claim, kinds)
        for span in src.passages_of(claim.id)
    }
    return sorted(spans)


def _swaps(src: Source, table: str, spans: Iterable[Span]) -> list[Mutant]:
    """One mutant per word of ``spans`` listed in ``[table] swaps``, case kept."""
    swaps: dict[str, str] = src.words[table]["swaps"]
    out: list[Mutant] = []
    seen: set[int] = set()
    for span in spans:
        for found in _WORD.finditer(src.text, span.start, span.end):
            if found.start() in seen:
                continue
            new = swaps.get(src.fold(found[0]))
            if new is None:
                continue
            seen.add(found.start())
            if found[0][:1].isupper():
                new = capitalise(new, src.language)
            out.append(Mutant(table.replace("_", "-"), (Edit(found.start(), found.end(), new),)))
    return out


def direction(src: Source) -> list[Mutant]:
    """In a claimed change's passage, a rise written as a fall: arttı -> azaldı, rose -> fell."""
    return _swaps(src, "direction", _passages(src, (ChangeClaim,)))


def tense(src: Source) -> list[Mutant]:
    """In an event's, statement's or plan's passage, the past written as the future or
    negated: yapıldı -> yapılacak, gerçekleşti -> gerçekleşmedi, held -> postponed."""
    return _swaps(src, "tense", _passages(src, (EventClaim, StatementClaim, PlanClaim)))


def unit(src: Source) -> list[Mutant]:
    """In a claimed figure's passage, the currency or scale changed: dolar -> euro,
    milyar -> milyon."""
    return _swaps(src, "unit", _passages(src, (QuantityClaim, ChangeClaim)))


def period_word(src: Source) -> list[Mutant]:
    """Inside a period or date the text layer reads in a claimed figure's passage, one word
    changed: ilk çeyrek -> ikinci çeyrek, nine months -> ten months, Eylül -> Ekim."""
    passages = _passages(src, (QuantityClaim, ChangeClaim))
    spans = [
        Span(m.start, m.end)
        for m in src.article.mentions
        if m.kind in _PERIOD_KINDS and any(p.start <= m.start and m.end <= p.end for p in passages)
    ]
    return _swaps(src, "period_word", sorted(set(spans)))


def in_words(src: Source) -> list[Mutant]:
    """A claimed whole percentage below 99 written out in words one higher: %12 -> yüzde on
    üç, %72 -> yüzde yetmiş üç."""
    words = src.words["in_words"]
    numbers: dict[str, str] = words["numbers"]
    tens: dict[str, str] = words.get("tens", {})

    def spell(n: int) -> str | None:
        if str(n) in numbers:
            return numbers[str(n)]
        ten, one = divmod(n, 10)
        if str(ten) not in tens:
            return None
        return tens[str(ten)] + (words.get("join", " ") + numbers[str(one)] if one else "")

    passages = _passages(src, (QuantityClaim, ChangeClaim))
    out = []
    for mention in src.article.mentions:
        if mention.kind is not MentionKind.PERCENT or mention.value is None:
            continue
        if not any(p.start <= mention.start and mention.end <= p.end for p in passages):
            continue
        value = mention.value
        if value != value.to_integral_value() or not 1 <= value < 99:
            continue
        said = spell(int(value) + 1)
        if said is None:
            continue
        spelled = words["percent"].format(words=said)
        out.append(Mutant("in-words", (Edit(mention.start, mention.end, spelled),)))
    return out


FAMILIES: tuple[Family, ...] = (
    Family("direction", True, "a rise written as a fall, or back", direction),
    Family("tense", True, "a past event written as future or negated", tense),
    Family("unit", True, "a currency, scale or measure changed", unit),
    Family("period-word", True, "a word of a period or date changed", period_word),
    Family("in-words", True, "a percentage changed and written in words", in_words),
)
