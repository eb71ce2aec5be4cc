"""Language data: the words of ``lang/<code>.toml`` plus Babel's month names and number
symbols, folded and indexed once per language."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from claimsuite.text.normalize import fold

__all__ = ["SUPPORTED_LANGUAGES", "LanguageData", "Phrase", "Relative", "load_language"]

SUPPORTED_LANGUAGES = ("en", "tr")
_VOWELS = frozenset("aeıioöuüâîû")
_BUFFERS = frozenset("nsy")
# A suffix is at most this long; longer tails are other words that share the stem.
_MAX_SUFFIX = 12

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Relative:
    """One relative time expression: its folded words, unit and offset."""

    words: Phrase
    unit: str
    offset: int


@dataclass(frozen=True, slots=True)
class LanguageData:
    """Everything language-specific the text layer reads; all words are folded."""

    code: str
    decimal_symbol: str
    group_symbol: str
    months: dict[str, int]
    month_abbreviations: frozenset[str]
    scales: dict[str, int]
    glued_scales: frozenset[str]
    number_words: dict[Phrase, int]
    ordinal_suffixes: frozenset[str]
    percent_before: tuple[Phrase, ...]
    percent_after: tuple[Phrase, ...]
    points: tuple[Phrase, ...]
    currency_after: dict[Phrase, str]
    currency_before: dict[str, str]
    currency_symbols: dict[str, str]
    quarter_words: tuple[str, ...]
    half_words: tuple[str, ...]
    ordinals: dict[str, int]
    year_words: tuple[str, ...]
    links: tuple[str, ...]
    year_links: tuple[Phrase, ...]
    time_units: tuple[str, ...]
    rank_top: tuple[Phrase, ...]
    rank_bottom: tuple[Phrase, ...]
    approx_before: tuple[Phrase, ...]
    approx_after: tuple[Phrase, ...]
    relatives: tuple[Relative, ...]
    abbreviations: frozenset[str]
    hedges: tuple[str, ...]
    passives: tuple[str, ...]
    future_markers: tuple[str, ...]
    suffix_pattern: re.Pattern[str] | None

    def word_is(self, word: str, stem: str) -> bool:
        """Whether folded ``word`` is ``stem``, or ``stem`` plus an allowed suffix."""
        if word == stem:
            return True
        if self.suffix_pattern is None or not word.startswith(stem):
            return False
        tail = word[len(stem) :]
        if len(tail) > _MAX_SUFFIX:
            return False
        # Buffer consonants follow vowels and vowels follow consonants: "dün" + "ya" is
        # "dünya" (the world), not a form of "dün" (yesterday).
        if stem[-1] in _VOWELS:
            if tail[0] in _VOWELS:
                return False
        elif tail[0] in _BUFFERS:
            return False
        return self.suffix_pattern.fullmatch(tail) is not None

    def word_in(self, word: str, stems: tuple[str, ...]) -> str | None:
        """The stem among ``stems`` that ``word`` is a form of, if any."""
        for stem in stems:
            if self.word_is(word, stem):
                return stem
        return None


def _phrase(text: str, code: str) -> Phrase:
    return tuple(fold(text, code).split(" "))


def _phrases(items: list[str], code: str) -> tuple[Phrase, ...]:
    # Longest first, so "yaklaşık olarak" wins over "yaklaşık".
    return tuple(sorted((_phrase(i, code) for i in items), key=len, reverse=True))


def _suffix_pattern(table: dict[str, list[str]]) -> re.Pattern[str] | None:
    slots = [table.get(name, []) for name in ("plural", "possessive", "case", "tail")]
    if not any(slots):
        return None
    # Each slot is a fixed list of short literals, so matching a short tail is cheap.
    body = "".join(
        "(?:" + "|".join(sorted(map(re.escape, slot), key=len, reverse=True)) + ")?"
        for slot in slots
        if slot
    )
    return re.compile(body)


def _months(code: str) -> tuple[dict[str, int], frozenset[str]]:
    from babel.dates import get_month_names  # noqa: PLC0415 — Babel is slow to import

    months: dict[str, int] = {}
    abbreviations: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=code).items():
                key = fold(name, code).rstrip(".")
                if width == "abbreviated" and key not in months:
                    abbreviations.add(key)
                months.setdefault(key, number)
    return months, frozenset(abbreviations)


def _symbols(code: str) -> tuple[str, str]:
    from babel.numbers import get_decimal_symbol, get_group_symbol  # noqa: PLC0415

    return get_decimal_symbol(code), get_group_symbol(code)


@cache
def load_language(code: str) -> LanguageData:
    """Load the data for ``code``; raise ``ValueError`` naming the supported languages."""
    if code not in SUPPORTED_LANGUAGES:
        supported = ", ".join(SUPPORTED_LANGUAGES)
        msg = f"unsupported language {code!r}; supported languages: {supported}"
        raise ValueError(msg)
    raw = tomllib.loads(
        resources.files("claimsuite.text").joinpath("lang", f"{code}.toml").read_text("utf-8")
    )
    numbers, percent, currency = raw["numbers"], raw["percent"], raw["currency"]
    periods, rank, approx, editor = raw["periods"], raw["rank"], raw["approximate"], raw["editor"]
    months, month_abbreviations = _months(code)
    decimal_symbol, group_symbol = _symbols(code)
    relatives = sorted(
        (
            Relative(_phrase(p, code), entry["unit"], int(entry["offset"]))
            for entry in raw["relative"]
            for p in entry["phrases"]
        ),
        key=lambda r: len(r.words),
        reverse=True,
    )
    fields: dict[str, Any] = {
        "code": code,
        "decimal_symbol": decimal_symbol,
        "group_symbol": group_symbol,
        "months": months,
        "month_abbreviations": month_abbreviations,
        "scales": {fold(k, code): int(v) for k, v in numbers["scales"].items()},
        "glued_scales": frozenset(fold(w, code) for w in numbers["glued_scales"]),
        "number_words": {_phrase(k, code): int(v) for k, v in numbers["words"].items()},
        "ordinal_suffixes": frozenset(fold(w, code) for w in numbers["ordinal_suffixes"]),
        "percent_before": _phrases(percent["before"], code),
        "percent_after": _phrases(percent["after"], code),
        "points": _phrases(percent["points"], code),
        "currency_after": dict(
            sorted(
                ((_phrase(k, code), v) for k, v in currency["after"].items()),
                key=lambda kv: len(kv[0]),
                reverse=True,
            )
        ),
        "currency_before": {fold(k, code): v for k, v in currency["before"].items()},
        "currency_symbols": dict(currency["symbols"]),
        "quarter_words": tuple(fold(w, code) for w in periods["quarter"]),
        "half_words": tuple(fold(w, code) for w in periods["half"]),
        "ordinals": {fold(k, code): int(v) for k, v in periods["ordinals"].items()},
        "year_words": tuple(fold(w, code) for w in periods["year_words"]),
        "links": tuple(fold(w, code) for w in periods["links"]),
        "year_links": _phrases(periods["year_links"], code),
        "time_units": tuple(fold(w, code) for w in periods["time_units"]),
        "rank_top": _phrases(rank["top"], code),
        "rank_bottom": _phrases(rank["bottom"], code),
        "approx_before": _phrases(approx["before"], code),
        "approx_after": _phrases(approx["after"], code),
        "relatives": tuple(relatives),
        "abbreviations": frozenset(fold(w, code) for w in raw["sentences"]["abbreviations"]),
        "hedges": tuple(editor["hedges"]),
        "passives": tuple(editor["passives"]),
        "future_markers": tuple(editor["future_markers"]),
        "suffix_pattern": _suffix_pattern(raw["suffixes"]),
    }
    return LanguageData(**fields)
