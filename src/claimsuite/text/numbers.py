"""Reading numerals the way the article's locale writes them (Babel's decimal and group
symbols), noting the ones a Turkish editor would query (1.7 written with a point)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from claimsuite.text.language import LanguageData, load_language

__all__ = ["Numeral", "read_numeral"]

_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")
_NUMERAL = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_HALF = Decimal("0.5")
# No figure in an article has more characters than this; longer runs of digits are noise, and
# converting them (Decimal -> int) would take time quadratic in their length.
_MAX_NUMERAL = 40


# Named tuple, not data class: cheaper to define (docs/speed.md, "Records").
class Numeral(NamedTuple):
    """A numeral's value, how many decimals it stated and why an editor might query it."""

    value: Decimal
    decimals: int
    flags: frozenset[str] = frozenset()

    @property
    def precision(self) -> Decimal:
        """Half a unit of the last stated digit."""
        return _HALF.scaleb(-self.decimals)


def _decimal(whole: str, fraction: str, flags: frozenset[str] = frozenset()) -> Numeral:
    return Numeral(Decimal(f"{whole}.{fraction}"), len(fraction), flags)


def read_numeral(raw: str, data: LanguageData | str) -> Numeral | None:
    """Read digits with separators (``1.700``, ``1,7``, ``1.234,5``); ``None`` if malformed.

    A single separator followed by other than three digits can only be a decimal mark; when
    it is the wrong one for the language (``1.7`` in Turkish) the value is still read and the
    numeral is flagged ``decimal-point`` (or ``decimal-comma`` in English).
    """
    if isinstance(data, str):
        data = load_language(data)
    if len(raw) > _MAX_NUMERAL:
        return None
    return _read(raw, data.decimal_symbol, data.group_symbol)


# Memoized: every numeral of an article is read by several patterns (a date, a range, a
# quantity, a percentage), and a Numeral is immutable.
@lru_cache(maxsize=1 << 12)
def _read(raw: str, decimal_mark: str, group_mark: str) -> Numeral | None:
    if _NUMERAL.fullmatch(raw) is None:
        return None
    if raw.isdigit():
        return Numeral(Decimal(raw), 0)
    whole, mark, fraction = _split_last(raw)
    if mark == decimal_mark:
        if _is_grouped_or_plain(whole, group_mark):
            return _decimal(whole.replace(group_mark, ""), fraction)
        return None
    # The last separator is the group mark: either grouping (1.700) or a decimal written
    # with the other locale's mark (1.7).
    if _GROUPED.fullmatch(raw) and decimal_mark not in raw:
        return Numeral(Decimal(raw.replace(group_mark, "")), 0)
    if whole.isdigit() and len(fraction) != 3:
        flag = "decimal-point" if mark == "." else "decimal-comma"
        return _decimal(whole, fraction, frozenset({flag}))
    return None


def _split_last(raw: str) -> tuple[str, str, str]:
    cut = max(raw.rfind("."), raw.rfind(","))
    return raw[:cut], raw[cut], raw[cut + 1 :]


def _is_grouped_or_plain(whole: str, group_mark: str) -> bool:
    if whole.isdigit():
        return True
    return _GROUPED.fullmatch(whole) is not None and all(
        c.isdigit() or c == group_mark for c in whole
    )
