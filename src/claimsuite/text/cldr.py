"""Babel's CLDR month names and number symbols for the supported languages, as plain data.

Asking Babel for them at run time imports ``babel.dates`` and unpickles Babel's global CLDR
table (``global.dat``) and the locale files, a large share of a cold ``check`` that needs
48 month names and two symbols. They are copied here from Babel 2.19.0; ``tests/test_cldr.py``
compares them with the installed Babel, so an upgrade that changes them fails the suite
instead of drifting silently (copy the new values in then).
"""

from __future__ import annotations

# language -> (width, context) -> (month number, name), in the order Babel gives them.
MONTHS: dict[str, dict[tuple[str, str], tuple[tuple[int, str], ...]]] = {
    "en": {
        ("wide", "format"): (
            (1, "January"), (2, "February"), (3, "March"), (4, "April"),
            (5, "May"), (6, "June"), (7, "July"), (8, "August"),
            (9, "September"), (10, "October"), (11, "November"), (12, "December"),
        ),
        ("wide", "stand-alone"): (
            (1, "January"), (2, "February"), (3, "March"), (4, "April"),
            (5, "May"), (6, "June"), (7, "July"), (8, "August"),
            (9, "September"), (10, "October"), (11, "November"), (12, "December"),
        ),
        ("abbreviated", "format"): (
            (1, "Jan"), (2, "Feb"), (3, "Mar"), (4, "Apr"),
            (5, "May"), (6, "Jun"), (7, "Jul"), (8, "Aug"),
            (9, "Sep"), (10, "Oct"), (11, "Nov"), (12, "Dec"),
        ),
        ("abbreviated", "stand-alone"): (
            (1, "Jan"), (2, "Feb"), (3, "Mar"), (4, "Apr"),
            (5, "May"), (6, "Jun"), (7, "Jul"), (8, "Aug"),
            (9, "Sep"), (10, "Oct"), (11, "Nov"), (12, "Dec"),
        ),
    },
    "tr": {
        ("wide", "format"): (
            (1, "Ocak"), (2, "Şubat"), (3, "Mart"), (4, "Nisan"),
            (5, "Mayıs"), (6, "Haziran"), (7, "Temmuz"), (8, "Ağustos"),
            (9, "Eylül"), (10, "Ekim"), (11, "Kasım"), (12, "Aralık"),
        ),
        ("wide", "stand-alone"): (
            (1, "Ocak"), (2, "Şubat"), (3, "Mart"), (4, "Nisan"),
            (5, "Mayıs"), (6, "Haziran"), (7, "Temmuz"), (8, "Ağustos"),
            (9, "Eylül"), (10, "Ekim"), (11, "Kasım"), (12, "Aralık"),
        ),
        ("abbreviated", "format"): (
            (1, "Oca"), (2, "Şub"), (3, "Mar"), (4, "Nis"),
            (5, "May"), (6, "Haz"), (7, "Tem"), (8, "Ağu"),
            (9, "Eyl"), (10, "Eki"), (11, "Kas"), (12, "Ara"),
        ),
        ("abbreviated", "stand-alone"): (
            (1, "Oca"), (2, "Şub"), (3, "Mar"), (4, "Nis"),
            (5, "May"), (6, "Haz"), (7, "Tem"), (8, "Ağu"),
            (9, "Eyl"), (10, "Eki"), (11, "Kas"), (12, "Ara"),
        ),
    },
}

# language -> (decimal symbol, group symbol)
SYMBOLS: dict[str, tuple[str, str]] = {
    "en": (".", ","),
    "tr": (",", "."),
}
