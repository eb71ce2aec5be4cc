"""Amounts and counts: a numeral with a currency (``1,7 milyar dolar``, ``$1.7bn``,
``USD 5 milyon``), with a counted unit (``3 bin 200 firma``, ``2 500 000 ton``), a multiple
(``17 katına``, ``17-fold``), or bare; and the dispatch of a numeral to percent or year."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from claimsuite.text.mentions.core import Cursor, Flag, Found, Mention, MentionKind, is_year, tidy
from claimsuite.text.mentions.numbers import Quantity, count_at, plain_number, quantity, scale
from claimsuite.text.mentions.percentages import percent_after, range_end
from claimsuite.text.mentions.periods import year
from claimsuite.text.numbers import read_numeral
from claimsuite.text.tokens import Kind

__all__ = [
    "amount_after_symbol",
    "currency_first",
    "currency_symbol",
    "quantity_mention",
    "word_quantity",
]


def amount(
    cur: Cursor, i: int, end: int, q: Quantity, unit: str | None, kind: MentionKind
) -> Mention:
    return cur.mention(
        kind,
        i,
        end,
        value=tidy(q.value),
        unit=unit,
        precision=tidy(q.precision),
        flags=q.flags,
    )


def currency_first(cur: Cursor, i: int) -> Found | None:
    token = cur.tokens[i]
    code = cur.data.currency_before.get(token.low)
    if code is None or not token.text.isupper():
        return None
    j = i + 1
    symbol = cur.glued(j)
    if symbol is not None and symbol.text in cur.data.currency_symbols:
        j += 1
    return amount_after_symbol(cur, i, j, code)


def amount_after_symbol(cur: Cursor, i: int, j: int, code: str) -> Found | None:
    token = cur.joined(j)
    if token is None or token.kind is not Kind.NUM:
        return None
    found = quantity(cur, j)
    if found is None:
        return None
    end = cur.suffix(found.end)[0]
    return Found(amount(cur, i, end, found, code, MentionKind.AMOUNT), end)


def currency_symbol(cur: Cursor, i: int) -> Found | None:
    return amount_after_symbol(cur, i, i + 1, cur.data.currency_symbols[cur.tokens[i].text])


def _currency_after(cur: Cursor, j: int) -> tuple[str, int] | None:
    data = cur.data
    token = cur.joined(j)
    if token is None:
        return None
    if token.text in data.currency_symbols:
        return data.currency_symbols[token.text], j + 1
    if not cur.may_start(j, data.currency_after):
        return None
    for phrase, code in data.currency_after.items():
        end = cur.match_phrase(j, phrase)
        if end is None:
            continue
        # Bare codes count only in capitals: "TRY", not "try".
        if len(phrase) == 1 and phrase[0] in data.currency_before and not token.text.isupper():
            continue
        return code, end
    return None


def _multiple(cur: Cursor, i: int, j: int, q: Quantity) -> Found | None:
    """``17 katına``, ``17-fold``, ``17 times``: ``value`` is the factor."""
    k = j
    hyphen = cur.glued(k)
    if hyphen is not None and hyphen.text == "-":
        k += 1
    found = cur.first_phrase(k, cur.data.multiples)
    if found is None:
        return None
    end = cur.suffix(found[1])[0]
    mention = amount(cur, i, end, q, "times", MentionKind.NUMBER)
    return Found(replace(mention, flags=mention.flags | {Flag.MULTIPLE}), end)


def _count_unit(cur: Cursor, j: int) -> tuple[str, int] | None:
    if not cur.may_start(j, cur.data.count_units):
        return None
    for phrase, unit in cur.data.count_units.items():
        end = cur.match_phrase(j, phrase)
        if end is not None:
            return unit, end
    return None


def _figure_range(cur: Cursor, i: int, low: Quantity) -> Found | None:
    """``200-210 bin``, ``10 to 12 million tonnes``: both ends take the scale and the unit
    written after the second; a range needs one of them, or it is two numbers."""
    top = range_end(cur, low.end, i)
    if top is None or low.scaled or is_year(cur.tokens[i]):
        return None
    high = quantity(cur, top[1] - 1)
    if high is None:
        return None
    power = 0
    if high.scaled and (found := scale(cur, top[1])) is not None:
        power = found[0]
    value = low.value.scaleb(power)
    if value >= high.value:
        return None
    end, unit, kind = high.end, None, MentionKind.NUMBER
    if (currency := _currency_after(cur, end)) is not None:
        end, unit, kind = cur.suffix(currency[1])[0], currency[0], MentionKind.AMOUNT
    elif (counted := _count_unit(cur, end)) is not None:
        end, unit = counted[1], counted[0]
    elif not power:
        return None
    mention = cur.mention(
        kind,
        i,
        end,
        value=tidy(value),
        unit=unit,
        precision=tidy(high.precision),
        flags=frozenset({Flag.RANGE}),
        upper=tidy(high.value),
    )
    return Found(mention, end)


def quantity_mention(cur: Cursor, i: int) -> Found | None:
    found = quantity(cur, i)
    if found is None:
        return plain_number(cur, i, None)
    j = found.end
    ranged = _figure_range(cur, i, found)
    if ranged is not None:
        return ranged
    if not found.scaled:
        percent = percent_after(cur, i, j, found)
        if percent is not None:
            return percent
    currency = _currency_after(cur, j)
    if currency is not None:
        end = cur.suffix(currency[1])[0]
        return Found(amount(cur, i, end, found, currency[0], MentionKind.AMOUNT), end)
    if found.glued_only:
        return Found(None, j)  # "100m" without a currency is a distance, not millions
    multiple = _multiple(cur, i, j, found)
    if multiple is not None:
        return multiple
    # "3 ülke", "2,5 milyon ton", "5.76GW", "100 km"; a year-like number before a counted
    # noun is a count too ("2000 projects"), but not before an inflected one ("2025'te").
    year_like = is_year(cur.tokens[i]) and not found.scaled
    after_preposition = i > 0 and cur.tokens[i - 1].low in cur.data.year_prepositions
    if not year_like or (cur.glued(j) is None and not after_preposition):
        unit = _count_unit(cur, j)
        if unit is not None:
            mention = amount(cur, i, unit[1], found, unit[0], MentionKind.NUMBER)
            return Found(mention, unit[1])
    if found.scaled:
        end = cur.suffix(j)[0]
        return Found(amount(cur, i, end, found, None, MentionKind.NUMBER), end)
    if is_year(cur.tokens[i]):
        return year(cur, i)
    return plain_number(cur, i, read_numeral(cur.tokens[i].text, cur.data))


_SENTENCE_END = frozenset(".!?:;\n\"“”")
_MIN_WORD_COUNT = 2


def _count_in_words(cur: Cursor, i: int, j: int, value: int) -> Found | None:
    """A count in words that opens a sentence, where the language says so ([numbers]
    sentence_counts): "Six ballot questions were decided". Elsewhere a number word is too
    common to count ("one of", "the two countries"); "one" itself never counts."""
    token = cur.tokens[i]
    if not cur.data.sentence_counts or value < _MIN_WORD_COUNT or not token.text[0].isupper():
        return None
    # The last character before the word that is not a space (walked back to, not found by
    # copying the text before it: that was quadratic in a long article).
    text, k = cur.text, token.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k > 0 and text[k - 1] not in _SENTENCE_END:
        return None
    following = cur.word(j)
    if following is None or not following.text[0].islower():
        return None
    if cur.data.word_in(following.low, cur.data.time_units) is not None:
        return None  # "On iki aylık ortalamalar": a span of time, not a count
    end, unit = j, None
    if (counted := _count_unit(cur, j)) is not None:
        unit, end = counted
    mention = cur.mention(
        MentionKind.NUMBER, i, end, value=Decimal(value), unit=unit, precision=Decimal("0.5"),
        flags=frozenset({Flag.IN_WORDS}),
    )  # fmt: skip
    return Found(mention, end)


def word_quantity(cur: Cursor, i: int) -> Found | None:
    """A number in words with a scale: ``üç milyon``, ``two billion dollars``, ``on iki bin
    kişi``. Without a scale a number word is too common ("bir ülke", "one of") to count,
    except where it opens a sentence ("Six ballot questions")."""
    counted = count_at(cur, i, first=True)
    if counted is None:
        return None
    value, j = counted
    found = scale(cur, j)
    if found is None:
        # Not "iki ülke": "the two countries" is how diplomacy is written, not a figure.
        words = cur.first_phrase(j, cur.data.percent_after)  # "fifty percent"
        if words is None:
            return _count_in_words(cur, i, j, value)
        mention = cur.mention(
            MentionKind.PERCENT, i, words[1], value=Decimal(value), unit="percent",
            precision=Decimal("0.5"),
        )  # fmt: skip
        return Found(mention, words[1])
    power, end, _ = found
    q = Quantity(Decimal(value).scaleb(power), Decimal("0.5").scaleb(power), frozenset(), end, True)
    currency = _currency_after(cur, end)
    if currency is not None:
        stop = cur.suffix(currency[1])[0]
        return Found(amount(cur, i, stop, q, currency[0], MentionKind.AMOUNT), stop)
    unit = _count_unit(cur, end)
    if unit is not None:
        return Found(amount(cur, i, unit[1], q, unit[0], MentionKind.NUMBER), unit[1])
    stop = cur.suffix(end)[0]
    return Found(amount(cur, i, stop, q, None, MentionKind.NUMBER), stop)
