"""Amounts and counts: a numeral with a currency (``1,7 milyar dolar``, ``$1.7bn``,
``USD 5 milyon``), with a counted unit (``3 bin 200 firma``, ``2 500 000 ton``), a multiple
(``17 katına``, ``17-fold``), or bare; and the dispatch of a numeral to percent or year."""

from __future__ import annotations

from dataclasses import replace

from claimsuite.text.mentions.core import Cursor, Flag, Found, Mention, MentionKind, is_year, tidy
from claimsuite.text.mentions.numbers import Quantity, plain_number, quantity
from claimsuite.text.mentions.percentages import percent_after
from claimsuite.text.mentions.periods import year
from claimsuite.text.numbers import read_numeral
from claimsuite.text.tokens import Kind

__all__ = ["amount_after_symbol", "currency_first", "currency_symbol", "quantity_mention"]


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
    for phrase, unit in cur.data.count_units.items():
        end = cur.match_phrase(j, phrase)
        if end is not None:
            return unit, end
    return None


def quantity_mention(cur: Cursor, i: int) -> Found | None:
    found = quantity(cur, i)
    if found is None:
        return plain_number(cur, i, None)
    j = found.end
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
    if not is_year(cur.tokens[i]) or found.scaled:
        unit = _count_unit(cur, j)
        if unit is not None and (found.scaled or cur.glued(i + 1) is None):
            mention = amount(cur, i, unit[1], found, unit[0], MentionKind.NUMBER)
            return Found(mention, unit[1])
    if found.scaled:
        end = cur.suffix(j)[0]
        return Found(amount(cur, i, end, found, None, MentionKind.NUMBER), end)
    if is_year(cur.tokens[i]):
        return year(cur, i)
    return plain_number(cur, i, read_numeral(cur.tokens[i].text, cur.data))
