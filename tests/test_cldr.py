"""The copied CLDR data of ``claimsuite.text.cldr`` is what the installed Babel says."""

from __future__ import annotations

import pytest
from babel.dates import get_month_names
from babel.numbers import get_decimal_symbol, get_group_symbol

from claimsuite.text.cldr import MONTHS, SYMBOLS
from claimsuite.text.language import SUPPORTED_LANGUAGES


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_months_are_babels(code: str) -> None:
    assert set(MONTHS[code]) == {(w, c) for w in ("wide", "abbreviated")
                                 for c in ("format", "stand-alone")}
    for (width, context), names in MONTHS[code].items():
        assert names == tuple(get_month_names(width, context, locale=code).items())


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_symbols_are_babels(code: str) -> None:
    assert SYMBOLS[code] == (get_decimal_symbol(code), get_group_symbol(code))
