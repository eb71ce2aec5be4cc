"""The edit families: careless edits a claim set must catch, and harmless controls.

Each family finds its targets in any article (its mentions, its claims' passages and
entities, the words of ``lang/<code>.toml``) and makes one mutant per target. Nothing here
knows the seed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.dates import get_month_names

from claimsuite.claims.model import ChangeClaim
from claimsuite.claims.periods import Granularity, Period
from claimsuite.mutate import controls, wording
from claimsuite.mutate.base import Edit, Family, Mutant, Source, capitalise, swap_vowel
from claimsuite.text.mentions import MentionKind

__all__ = ["CARELESS", "CONTROLS", "FAMILIES", "family"]

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DIGITS = re.compile(r"\d+")
_VALUE_KINDS = (MentionKind.PERCENT, MentionKind.AMOUNT, MentionKind.NUMBER, MentionKind.RANK)
_DATED_KINDS = (MentionKind.YEAR, MentionKind.DATE, MentionKind.PERIOD)


def digit(src: Source) -> list[Mutant]:
    """The last digit of each figure one up (9 one down): %72 -> %73, 1.7 -> 1.8."""
    out = []
    for mention in src.article.mentions:
        if mention.kind not in _VALUE_KINDS:
            continue
        last = max((m.end() - 1 for m in re.finditer(r"\d", mention.surface)), default=None)
        if last is None:
            continue
        old = int(mention.surface[last])
        at = mention.start + last
        out.append(Mutant("digit", (Edit(at, at + 1, str(old + 1 if old < 9 else 8)),)))
    return out


def year(src: Source) -> list[Mutant]:
    """Each year in a year, date or period one later: 2025 -> 2026."""
    out = []
    for mention in src.article.mentions:
        if mention.kind not in _DATED_KINDS:
            continue
        for found in _YEAR.finditer(mention.surface):
            at = mention.start + found.start()
            out.append(Mutant("year", (Edit(at, at + 4, str(int(found[0]) + 1)),)))
    return out


def day(src: Source) -> list[Mutant]:
    """The day of each full date one later (the 28th or later: one earlier)."""
    out = []
    for mention in src.article.mentions:
        if mention.kind is not MentionKind.DATE or mention.date is None:
            continue
        wanted = mention.date.day
        for found in _DIGITS.finditer(mention.surface):
            if len(found[0]) <= 2 and int(found[0]) == wanted:
                new = wanted + 1 if wanted < 28 else wanted - 1
                at = mention.start + found.start()
                out.append(Mutant("day", (Edit(at, at + len(found[0]),
                                               str(new).zfill(len(found[0]))),)))
                break
    return out


def rank_title(src: Source) -> list[Mutant]:
    """Each rank one step down its ladder, each title to its neighbour (Bakanı -> Bakan
    Yardımcısı)."""
    swaps: dict[str, str] = {}
    for ladder in src.words["ranks"]["ladders"]:
        for i, rank in enumerate(ladder):
            swaps[rank] = ladder[i - 1] if i else ladder[1]
    swaps.update(src.words["titles"]["swaps"])
    taken: list[tuple[int, int, str]] = []
    for name in sorted(swaps, key=lambda n: (-len(n), n)):
        for start, end in src.names([name]):
            if not any(s < end and start < e for s, e, _ in taken):
                taken.append((start, end, swaps[name]))
    return [Mutant("rank-title", (Edit(s, e, new),)) for s, e, new in sorted(taken)]


def _harmony(name: str) -> tuple[str, ...]:
    """What a Turkish suffix after the name depends on: last vowel, and how the name ends."""
    low = name.lower()
    vowels = [c for c in low if c in "aeıioöuü"]
    last = vowels[-1] if vowels else ""
    return (
        "back" if last in "aıou" else "front",
        "round" if last in "oöuü" else "flat",
        "vowel" if low[-1:] in "aeıioöuü" else ("hard" if low[-1:] in "çfhkpsşt" else "soft"),
    )


def place(src: Source) -> list[Mutant]:
    """Each place (a place entity of the claims, or a known city) named as another city."""
    cities: list[str] = src.words["places"]["cities"]
    names = [n for c in src.claims.claims
             if c.kind == "entity" and c.type == "place" for n in (c.name, *c.aliases)]
    out = []
    for start, end in src.names([*names, *cities]):
        old = src.text[start:end]
        others = [c for c in cities if src.fold(c) != src.fold(old)]
        # Only Turkish suffixes change with the name they follow.
        same = [c for c in others
                if src.language != "tr" or _harmony(c) == _harmony(old)]
        if others:
            out.append(Mutant("place", (Edit(start, end, (same or others)[0]),)))
    return out


def surname(src: Source) -> list[Mutant]:
    """Each occurrence of a person's surname with one vowel changed: Şimşek -> Şimşak."""
    vowels: dict[str, str] = src.words["letters"]["vowels"]
    surnames = {c.name.split()[-1] for c in src.claims.claims
                if c.kind == "entity" and c.type == "person" and len(c.name.split()) > 1}
    out = []
    for start, end in src.names(sorted(surnames)):
        new = swap_vowel(src.text[start:end], vowels, middle=False)
        if new is not None:
            out.append(Mutant("surname", (Edit(start, end, new),)))
    return out


def drop_sentence(src: Source) -> list[Mutant]:
    """Each sentence some claim's passage lies in, removed with the spaces after it."""
    out = []
    for sentence in src.article.sentences:
        if not src.in_passage(sentence.start, sentence.end):
            continue
        start, end = sentence.start, sentence.end
        while end < len(src.text) and src.text[end] in " \t":
            end += 1
        if end == len(src.text) or src.text[end] == "\n":  # last on its line: no space left
            end = sentence.end
            while start > 0 and src.text[start - 1] in " \t":
                start -= 1
        out.append(Mutant("drop-sentence", (Edit(start, end, ""),)))
    return out


def contradict(src: Source) -> list[Mutant]:
    """After the paragraph of each claimed change, a sentence giving the same period another
    rate: "2025 yılının ilk çeyreğinde ihracat %52 arttı." """
    words = src.words["sentences"]
    metrics = src.words["metrics"]
    out = []
    for claim in src.claims.claims:
        if not isinstance(claim, ChangeClaim) or claim.period is None:
            continue
        passages = src.passages_of(claim.id)
        when = _period_phrase(src, claim.period)
        if not passages or when is None or claim.rate.unit != "percent":
            continue
        other = _unclaimed_rate(src, abs(claim.rate.value))
        rate = words["percent"].format(value=_number(other, src.lang.decimal_symbol))
        metric = metrics["words"].get(claim.metric.rsplit("-", 1)[-1], metrics["fallback"])
        template = words["rise"] if claim.rate.value >= 0 else words["fall"]
        sentence = capitalise(template.format(period=when, metric=metric, rate=rate),
                              src.language)
        end = _paragraph_end(src, max(p.end for p in passages))
        out.append(Mutant("contradict", (Edit(end, end, " " + sentence),)))
    return out


def _unclaimed_rate(src: Source, value: Decimal) -> Decimal:
    """Another rate for the contradicting sentence, 20 points away, that no claim of the set
    gives: a rate another claim states for another metric would not contradict anything,
    so such a mutant would test nothing."""
    claimed = {abs(c.rate.value) for c in src.claims.claims if isinstance(c, ChangeClaim)}
    step = Decimal(20)
    other = value - step if value > step else value + step
    while other in claimed:
        other += Decimal(7)
    return other


def _paragraph_end(src: Source, offset: int) -> int:
    return next((p.end for p in src.paragraphs if p.start <= offset <= p.end), len(src.text))


def _number(value: Decimal, decimal_symbol: str) -> str:
    return f"{value.normalize():f}".replace(".", decimal_symbol)


def _period_phrase(src: Source, period: Period) -> str | None:
    forms = src.words["periods"]
    start = period.start
    months = get_month_names("wide", locale=src.language)
    match period.granularity:
        case Granularity.YEAR:
            return str(forms["year"].format(year=start.year))
        case Granularity.QUARTER | Granularity.HALF:
            size = 3 if period.granularity is Granularity.QUARTER else 6
            ordinal = forms["ordinals"][(start.month - 1) // size]
            key = "quarter" if size == 3 else "half"
            return str(forms[key].format(year=start.year, ordinal=ordinal))
        case Granularity.MONTH:
            return str(forms["month"].format(year=start.year, month=months[start.month]))
        case Granularity.DAY:
            return str(forms["day"].format(year=start.year, month=months[start.month],
                                           day=start.day))
    return None


CARELESS: tuple[Family, ...] = (
    Family("digit", True, "one digit of a figure changed", digit),
    Family("year", True, "a year one later", year),
    Family("day", True, "the day of a date changed", day),
    Family("rank-title", True, "a rank or title swapped for its neighbour", rank_title),
    Family("place", True, "a place named as another city", place),
    Family("surname", True, "one letter of a surname changed", surname),
    Family("drop-sentence", True, "a sentence stating a claim removed", drop_sentence),
    Family("contradict", True, "a sentence giving a claimed period another rate", contradict),
    *wording.FAMILIES,
)
CONTROLS: tuple[Family, ...] = controls.FAMILIES
FAMILIES: tuple[Family, ...] = CARELESS + CONTROLS


def family(name: str) -> Family:
    return next(f for f in FAMILIES if f.name == name)
