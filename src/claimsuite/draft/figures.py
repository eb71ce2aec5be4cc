"""Figures, dates and periods of an article as drafted claims, sentence by sentence.

Each sentence's mentions (:func:`claimsuite.text.extract_mentions`) are read in order:

- a period, date or year names the period of the figures after it (the nearest one before a
  figure, else the first one after it in the sentence, else the period of the sentence
  before); a relative one ("geçen yıl", "Kasım ayında", "son 12 ayda") is resolved against
  the publication date, a "same period last year" against the sentence's period, and a
  period next to a base word ("2024'e göre", "compared with 2024") is the comparison base;
- a percentage with a direction word in its clause ("arttı", "rose"), a multiple ("17
  katına") or percentage points are a **change**, linked to the amount its clause reaches
  and to the base (when the sentence names none, the same months a year earlier, said in
  the claim's ``note``); any other percentage is a **share** (a percentage level);
- an amount or count no change took is a **quantity**; a top-N, an ordinal place or a
  superlative ("ilk sırada", "the largest", "en düşük": top or bottom 1) is a
  **ranking**; a day no figure took is an **event**; a period told in the future tense
  that no figure took is a **plan**.

Nothing here guesses what the desk names a metric: ``metric`` is the word(s) before the
figure, a placeholder for the person who confirms the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from claimsuite.claims.periods import Granularity, Period
from claimsuite.claims.quantities import Amount
from claimsuite.text.article import Article, Span
from claimsuite.text.mentions import Flag, Mention, MentionKind, find_phrases, resolve

__all__ = ["Drafted", "figure_claims", "slug"]

_TIME = {MentionKind.PERIOD, MentionKind.DATE, MentionKind.YEAR, MentionKind.RELATIVE}
_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
    (Decimal(10) ** 3, "thousand"),
)
_ASCII = str.maketrans("çğıöşüâîûÇĞİÖŞÜÂÎÛ", "cgiosuaiuCGIOSUAIU")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Drafted:
    """One drafted claim: YAML-ready ``data`` and where in the article it was found."""

    start: int
    data: dict[str, Any]
    facts: dict[str, list[str]] = field(default_factory=dict)


def slug(text: str, fallback: str = "claim") -> str:
    """An id from words: ASCII letters and digits joined by '-', at most 60 characters."""
    words = re.findall(r"[a-z0-9]+", text.translate(_ASCII).lower())
    out = "-".join(words)[:60].strip("-")
    return out or fallback


def show_number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def amount_text(value: Decimal, unit: str | None) -> str | None:
    """``value`` in ``unit`` as a claim file writes it ('1.7 billion USD', '3500 count'),
    or None when the claim model would refuse it."""
    number = show_number(value)
    for scale, word in _SCALES:
        mantissa = value / scale
        if abs(value) >= scale and mantissa == mantissa.quantize(Decimal("0.001")):
            number = f"{show_number(mantissa)} {word}"
            break
    for written_unit in (unit, "count") if unit else ("count",):
        text = f"{number} {written_unit}"
        try:
            Amount.parse(text)
        except ValueError:
            continue
        return text
    return None


def _period_text(period: Period) -> str:
    return str(period)


class _Sentence:
    """The mentions of one sentence and the periods they name."""

    def __init__(self, article: Article, span: Span, mentions: list[Mention]) -> None:
        self.article = article
        self.span = span
        self.mentions = mentions

    @property
    def text(self) -> str:
        return self.article.text[self.span.start : self.span.end]


def _words_before(text: str, start: int, floor: int, count: int = 2) -> list[str]:
    words = _WORD.findall(text[floor:start])
    return words[-count:]


# Relative phrases that name a comparison base against the sentence's period: "the same
# period last year", "over the past year" (same-period), "over the month" (prior-period).
_BASE_RELATIONS = frozenset({"same-period", "prior-period"})


def _is_base(text: str, mention: Mention, base_words: tuple[str, ...], language: str) -> bool:
    """A period next to a base word: "2024'e göre", "geçen yılın aynı dönemine göre",
    "compared with 2024", "from 2024"."""
    if mention.relation in _BASE_RELATIONS:
        return True
    after = _WORD.findall(text[mention.end : mention.end + 25])[:1]
    before = _WORD.findall(text[max(0, mention.start - 20) : mention.start])[-2:]
    words = base_words
    if language == "tr":
        return bool(after) and after[0].lower() in words
    return any(w.lower() in words for w in before)


@dataclass
class _Context:
    published: Period | None
    language: str
    fiscal_start: int
    base_words: tuple[str, ...]
    metric_stop: frozenset[str]
    carried: Period | None = None
    used_ids: dict[str, int] = field(default_factory=dict)

    def new_id(self, stem: str) -> str:
        stem = stem[:70] or "claim"
        n = self.used_ids.get(stem, 0) + 1
        self.used_ids[stem] = n
        return stem if n == 1 else f"{stem}-{n}"


def _resolved(ctx: _Context, mention: Mention, context: Period | None) -> Period | None:
    try:
        return resolve(mention, ctx.published, ctx.fiscal_start, context=context)
    except (ValueError, OverflowError):  # a date the calendar cannot hold
        return None


def _metric(ctx: _Context, text: str, start: int, floor: int,
            skip: tuple[tuple[int, int], ...] = (), after: tuple[int, int] | None = None) -> str:
    """The last two words before the figure, leaving out function words and the words of
    periods and dates ("Ekimde ihracat yüzde 2" is ihracat)."""
    def content(a: int, b: int) -> list[str]:
        return [
            m.group(0) for m in _WORD.finditer(text, a, b)
            if m.group(0).lower() not in ctx.metric_stop
            and not any(x <= m.start() < y for x, y in skip)
        ]

    words = content(floor, start)[-2:]
    if not words and after is not None:  # "94.08% of ballot scanners": the words after
        words = content(*after)[:2]
    return slug(" ".join(words), "metric")


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:")


def figure_claims(  # noqa: PLR0915 - one pass, read in order
    article: Article,
    published: Period | None,
    *,
    fiscal_start: int = 1,
    base_words: tuple[str, ...] = (),
    metric_stop: frozenset[str] = frozenset(),
    superlatives: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    not_period: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> list[Drafted]:
    """Drafted claims for every figure, date and period of ``article``."""
    from claimsuite.text.events import Direction, direction_in, tense_in  # noqa: PLC0415

    language = article.language
    ctx = _Context(published, language, fiscal_start, base_words, metric_stop)
    text = article.text
    out: list[Drafted] = []
    mentions = sorted(article.mentions, key=lambda m: m.start)
    k = 0
    for span in article.sentences:
        own: list[Mention] = []
        while k < len(mentions) and mentions[k].start < span.end:
            if mentions[k].start >= span.start:
                own.append(mentions[k])
            k += 1
        if not own and not any(
            find_phrases(text[span.start : span.end], phrases, language)
            for phrases in superlatives
        ):
            continue
        if len(own) == 1 and own[0].kind is MentionKind.DATE and not text[
            span.start : span.end
        ].replace(own[0].surface, "").strip(" .,"):
            continue  # a dateline ("3 Mayıs 2025" on a line of its own): the publication day
        quote = " ".join(text[span.start : span.end].split())
        # ---- periods: what each time mention names, and which are bases --------------------
        times: list[tuple[Mention, Period | None, bool]] = []
        points: list[tuple[Mention, Period | None, bool]] = []  # "since 1969": events only
        sentence_period: Period | None = None
        for m in own:
            if m.kind not in _TIME:
                continue
            if _starting_point(text, m, not_period):
                points.append((m, _resolved(ctx, m, None), False))
                continue
            base = _is_base(text, m, base_words, language)
            period = _resolved(ctx, m, sentence_period or ctx.carried if base else None)
            if period is None and m.relative is not None and m.relative.unit in _BASE_RELATIONS:
                continue
            times.append((m, period, base))
            if not base and period is not None and sentence_period is None:
                sentence_period = period
        if sentence_period is None:
            sentence_period = ctx.carried
        # a "same period last year" read before the sentence's period was known
        times = [
            (m, _resolved(ctx, m, sentence_period) if p is None and b else p, b)
            for m, p, b in times
        ]
        bases = [(m, p) for m, p, b in times if b and p is not None]

        def base_for(
            figure: Mention, ceiling: int, period: Period | None,
            bases: list[tuple[Mention, Period]] = bases,
        ) -> Period | None:
            """The base named for ``figure``: the nearest after it before the next rate
            ("1.5 percent over the month and 2.8 percent from a year earlier"), else the
            nearest before it, else the sentence's first; a relative base ("the same period
            a year earlier", "over the month") counts from the figure's own period."""
            after = [(m, p) for m, p in bases if figure.end <= m.start < ceiling]
            before = [(m, p) for m, p in bases if m.end <= figure.start]
            chosen = after[0] if after else before[-1] if before else bases[0] if bases else None
            if chosen is None:
                return None
            m, p = chosen
            if period is not None and m.relative is not None and m.relative.unit in (
                _BASE_RELATIONS
            ):
                return _resolved(ctx, m, period) or p
            return p

        used_times: set[int] = set()

        def period_for(
            m: Mention, times: list = times, sentence_period: Period | None = sentence_period
        ) -> tuple[Period | None, int | None]:
            before = [
                (t, p) for t, p, b in times if not b and p is not None and t.end <= m.start
            ]
            if before:
                t, p = before[-1]
                return p, t.start
            after = [(t, p) for t, p, b in times if not b and p is not None and t.start >= m.end]
            if after:
                return after[0][1], after[0][0].start
            return sentence_period, None

        skip = tuple((m.start, m.end) for m in own if m.kind in _TIME)
        figures = [m for m in own if m.kind in (MentionKind.PERCENT, MentionKind.AMOUNT,
                                                 MentionKind.NUMBER)]
        used: set[int] = set()
        percents = [m for m in figures if m.kind is MentionKind.PERCENT or
                    Flag.MULTIPLE in m.flags]
        for index, p in enumerate(percents):
            floor = max([span.start] + [f.end for f in figures if f.end <= p.start])
            ceiling = percents[index + 1].start if index + 1 < len(percents) else span.end
            direction = direction_in(text, language, floor, ceiling)
            multiple = Flag.MULTIPLE in p.flags
            period, time_at = period_for(p)
            if time_at is not None:
                used_times.add(time_at)
            is_change = multiple or direction is not None or p.unit == "pp"
            metric = _metric(ctx, text, p.start, floor, skip, (p.end, ceiling))
            period_text = None if period is None else _period_text(period)
            rate_value = p.value if p.value is not None else Decimal(0)
            if direction is Direction.FALL and rate_value > 0:
                rate_value = -rate_value
            if is_change:
                claim: dict[str, Any] = {"id": "", "kind": "change", "metric": metric}
                if period_text:
                    claim["period"] = period_text
                base = base_for(p, ceiling, period)
                if base is not None and (period is None or base != period):
                    claim["base_period"] = _period_text(base)
                elif period is not None and p.unit == "percent" and not multiple:
                    # "yüzde 3,9 artışla", "rose 4%": agencies compare with the same period a
                    # year earlier unless they say otherwise; proposed, and said so.
                    earlier = _year_earlier(period)
                    if earlier is not None:
                        claim["base_period"] = _period_text(earlier)
                        claim["note"] = (
                            "base_period: the sentence names no base; the same period a year "
                            "earlier is assumed"
                        )
                if multiple:
                    claim["multiple"] = show_number(p.value or Decimal(0))
                elif p.unit == "pp":
                    claim["rate"] = f"{show_number(rate_value)} pp"
                else:
                    claim["rate"] = f"{show_number(rate_value)}%"
                reached = [f for f in figures if f is not p and f not in percents and
                           id(f) not in used and p.end <= f.start < ceiling]
                if reached:
                    value = reached[-1]
                    if len(reached) >= 2:  # "from X to Y"
                        base_value = amount_text(reached[0].value or Decimal(0), reached[0].unit)
                        if base_value:
                            claim["base_value"] = base_value
                            used.add(id(reached[0]))
                    written = amount_text(value.value or Decimal(0), value.unit)
                    if written:
                        claim["value"] = written
                        used.add(id(value))
                        _bound(claim, value, "value")
                _bound(claim, p, "rate")
                claim["id"] = ctx.new_id(f"{metric}-{slug(period_text or 'change')}-change")
            else:
                claim = {"id": "", "kind": "share", "metric": metric}
                if period_text:
                    claim["period"] = period_text
                claim["share"] = f"{show_number(p.value or Decimal(0))}%"
                _bound(claim, p, "share")
                claim["id"] = ctx.new_id(f"{metric}-{slug(period_text or 'share')}-share")
            if "period" not in claim:
                claim["period"] = "FILL-IN"  # the person confirming gives the period
            claim["quote"] = quote
            used.add(id(p))
            out.append(Drafted(p.start, claim))
        for m in figures:
            if id(m) in used or m in percents:
                continue
            written = amount_text(m.value or Decimal(0), m.unit)
            if written is None:
                continue
            floor = max([span.start] + [f.end for f in figures if f.end <= m.start])
            period, time_at = period_for(m)
            if time_at is not None:
                used_times.add(time_at)
            metric = _metric(ctx, text, m.start, floor, skip, (m.end, min(
                [f.start for f in figures if f.start >= m.end], default=span.end)))
            claim = {"id": ctx.new_id(f"{metric}-{slug(str(period) if period else 'value')}"),
                     "kind": "quantity", "metric": metric,
                     "period": _period_text(period) if period else "FILL-IN",
                     "value": written}
            _bound(claim, m, "value")
            claim["quote"] = quote
            out.append(Drafted(m.start, claim))
        for m in own:
            if m.kind not in (MentionKind.RANK, MentionKind.ORDINAL) or m.value is None:
                continue
            if not 1 <= m.value <= 100_000 or m.value != int(m.value):
                continue
            period, time_at = period_for(m)
            if time_at is not None:
                used_times.add(time_at)
            floor = max([span.start] + [f.end for f in figures if f.end <= m.start])
            metric = _metric(ctx, text, m.start, floor, skip)
            claim = {"id": ctx.new_id(f"{metric}-rank"), "kind": "ranking",
                     "subject": "FILL-IN", "metric": metric}
            if m.kind is MentionKind.RANK:
                claim["bound"] = int(m.value)
                if m.relation == "bottom":
                    claim["relation"] = "bottom"
            else:
                claim["rank"] = int(m.value)
            claim["scope"] = "FILL-IN"
            claim["period"] = _period_text(period) if period else "FILL-IN"
            claim["quote"] = quote
            out.append(Drafted(m.start, claim))
        # ---- superlatives: "ilk sırada Almanya", "the largest source market" --------------
        for relation, phrases in zip(("top", "bottom"), superlatives, strict=True):
            for a, _b, _phrase in find_phrases(text[span.start : span.end], phrases, language):
                at = span.start + a
                period, time_at = period_for(
                    Mention(MentionKind.RANK, at, at, "", None)  # a place in the sentence
                )
                if time_at is not None:
                    used_times.add(time_at)
                metric = _metric(ctx, text, at, span.start, skip)
                claim = {"id": ctx.new_id(f"{metric}-first" if relation == "top"
                                          else f"{metric}-last"),
                         "kind": "ranking", "subject": "FILL-IN", "metric": metric, "bound": 1}
                if relation == "bottom":
                    claim["relation"] = "bottom"
                claim["scope"] = "FILL-IN"
                claim["period"] = _period_text(period) if period else "FILL-IN"
                claim["quote"] = quote
                out.append(Drafted(at, claim))
        # ---- dates and periods no figure took: events and plans ----------------------------
        tense = tense_in(text, language, span.start, span.end)
        future = bool(tense.future) and not tense.past
        for m, period, base in sorted([*times, *points], key=lambda t: t[0].start):
            if base or period is None or m.start in used_times:
                continue
            if future or period.start > _day_after(published):
                claim = {"id": ctx.new_id(f"plan-{slug(str(period))}"), "kind": "plan",
                         "what": _clip(quote), "period": _period_text(period),
                         "quote": quote}
                out.append(Drafted(m.start, claim))
            elif m.kind is MentionKind.DATE or period.granularity is Granularity.DAY or (
                m.kind is not MentionKind.RELATIVE
            ):
                claim = {"id": ctx.new_id(f"event-{slug(str(period))}"), "kind": "event",
                         "name": _event_name(text, span, own, m), "date": _period_text(period),
                         "quote": quote}
                out.append(Drafted(m.start, claim))
        if sentence_period is not None:
            ctx.carried = sentence_period
    return out


def _starting_point(text: str, mention: Mention,
                    words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """A year or date told as a starting or end point ("since 1969", "2019'dan beri"): not
    the period of the sentence's figures."""
    before = [w.lower() for w in _WORD.findall(text[max(0, mention.start - 12) : mention.start])]
    after = " ".join(w.lower() for w in _WORD.findall(text[mention.end : mention.end + 16]))
    return bool(before and before[-1] in words[0]) or any(
        after.startswith(w) for w in words[1]
    )


def _event_name(text: str, span: Span, own: list[Mention], date: Mention) -> str:
    """An event's name as the sentence writes it, without its figures: the words before the
    sentence's first figure or date, else those after the date up to the next one."""
    first = min(m.start for m in own)
    before = " ".join(text[span.start : first].split()).strip(" ,;:-")
    if len(before.split()) >= 2:
        return _clip(before, 60)
    later = [m.start for m in own if m.start >= date.end]
    after = text[date.end : min(later, default=span.end)]
    return _clip(" ".join(after.split()).strip(" ,;:-.") or text[span.start : span.end], 60)


def _year_earlier(period: Period) -> Period | None:
    """The same months (or days) a year earlier: 2025-01/2025-10 is 2024-01/2024-10."""
    import calendar  # noqa: PLC0415

    start, end = period.start, period.end
    try:
        last = calendar.monthrange(end.year, end.month)[1]
        if start.day == 1 and end.day == last and start.year > 1:
            return Period.parse(
                f"{start.year - 1}-{start.month:02d}/{end.year - 1}-{end.month:02d}"
                if period.granularity is Granularity.RANGE else str(period.shifted(-1))
            )
        return period.shifted(-1)
    except (ValueError, OverflowError):
        return None


def _day_after(published: Period | None) -> Any:  # noqa: ANN401 - a date
    from datetime import date  # noqa: PLC0415

    return published.end if published is not None else date.max


def _bound(claim: dict[str, Any], mention: Mention, field_name: str) -> None:
    """Carry the text's bound ("more than", "about") onto the claim."""
    if mention.bound is None and Flag.APPROXIMATE not in mention.flags:
        return
    bound = "about" if mention.bound is None else str(mention.bound.value)
    if bound == "approximate":
        bound = "about"
    current = claim.get("bound")
    main = {"change": "rate", "share": "share", "quantity": "value"}.get(claim["kind"])
    if current is None and field_name == main:
        claim["bound"] = bound
    elif current is None:
        claim["bound"] = {field_name: bound}
    elif isinstance(current, str):
        claim["bound"] = {main: current, field_name: bound}
    else:
        current[field_name] = bound
