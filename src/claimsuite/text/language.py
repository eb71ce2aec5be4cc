"""Language data: the words of ``lang/<code>.toml`` plus Babel's month and day names and
number symbols, validated, folded and indexed once per language.

This module is the only reader of the language files. The raw TOML is checked against a
pydantic model (:class:`LanguageFile`), so a misspelt section or key, or a value of the wrong
type, is a :class:`LanguageDataError` naming the file and the key, not a ``KeyError`` deep in
a check. Other packages' per-language tables (``mutate/lang``) go through
:func:`read_language_table`, which gives the same errors.
"""

from __future__ import annotations

import re
import sys
from dataclasses import Field, dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from claimsuite import snapshot
from claimsuite.text.normalize import fold

if TYPE_CHECKING:
    from pydantic import BaseModel

    from claimsuite.text.schema import LanguageFile, SuffixTable

__all__ = [
    "SUPPORTED_LANGUAGES",
    "BoundWords",
    "LanguageData",
    "LanguageDataError",
    "LanguageFile",
    "Phrase",
    "Relative",
    "load_language",
    "read_language_table",
]

SUPPORTED_LANGUAGES = ("en", "tr")
_VOWELS = frozenset("aeıioöuüâîû")
_BUFFERS = frozenset("nsy")
# A suffix is at most this long; longer tails are other words that share the stem.
_MAX_SUFFIX = 12
# Bound of LanguageData's word_is memo: ~100 bytes a pair, so at most a few megabytes.
_MEMO_BOUND = 1 << 15

Phrase = tuple[str, ...]


class LanguageDataError(ValueError):
    """A language file that does not match its schema: the file, the key and the problem."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path, self.key, self.problem = path, key, problem
        where = f"{path}: {key}" if key else path
        super().__init__(f"{where}: {problem}")


def __getattr__(name: str) -> object:
    # The schema's pydantic models cost ~12 ms to define: imported only when a language file
    # is validated (a run that reads the snapshot never does).
    if name == "LanguageFile":
        from claimsuite.text.schema import LanguageFile  # noqa: PLC0415

        return LanguageFile
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- the folded, indexed data the text layer reads ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Relative:
    """One relative time expression: its folded words, unit and offset."""

    words: Phrase
    unit: str
    offset: int
    before_figure: bool = False


@dataclass(frozen=True, slots=True)
class BoundWords:
    """Words that put a bound on the figure next to them: ``more than``, ``yaklaşık``."""

    kind: str
    before: tuple[Phrase, ...]
    after: tuple[Phrase, ...]
    not_after: frozenset[str] = frozenset()
    inflected: bool = False


@dataclass(frozen=True, slots=True)
class Template:
    """One period form of the grammar: its tokens (words and ``{slots}``) and meaning."""

    parts: Phrase
    means: str


# eq and repr written below: generated for ~90 fields, they cost ~2 ms of every cold start
# (dataclass compiles their source when the class is made; written here, they are bytecode).
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class LanguageData:
    """Everything language-specific the text layer reads; all matching words are folded.

    The word lists the checks search with (hedges, passives, titles, attribution, comparison,
    direction and tense words) are kept as written: :func:`claimsuite.text.search.find_words`
    folds them.
    """

    code: str
    decimal_symbol: str
    group_symbol: str
    months: dict[str, int]
    month_abbreviations: frozenset[str]
    # Babel's wide day names as written (not folded), Monday first: ``day_names[d.weekday()]``.
    day_names: tuple[str, ...]
    scales: dict[str, int]
    glued_scales: frozenset[str]
    number_words: dict[Phrase, int]
    ordinal_suffixes: frozenset[str]
    count_units: dict[Phrase, str]
    multiples: tuple[Phrase, ...]
    range_links: tuple[Phrase, ...]
    minus: tuple[Phrase, ...]
    sentence_counts: bool
    not_range_after: frozenset[str]
    label_before: tuple[Phrase, ...]
    label_after: tuple[Phrase, ...]
    percent_before: tuple[Phrase, ...]
    percent_after: tuple[Phrase, ...]
    points: tuple[Phrase, ...]
    basis_points: tuple[Phrase, ...]
    per_mille_before: tuple[Phrase, ...]
    per_mille_after: tuple[Phrase, ...]
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
    month_words: tuple[str, ...]
    fiscal: tuple[Phrase, ...]
    period_cues: tuple[str, ...]
    year_prepositions: frozenset[str]
    not_cues: tuple[str, ...]
    same_period: dict[str, int]
    prior_period: dict[str, int]
    rank_top: tuple[Phrase, ...]
    rank_bottom: tuple[Phrase, ...]
    ordinal_words: dict[str, int]
    ordinal_before: tuple[Phrase, ...]
    ordinal_after: tuple[Phrase, ...]
    superlatives_top: tuple[Phrase, ...]
    superlatives_bottom: tuple[Phrase, ...]
    superlative_after: frozenset[str]
    ordinal_then: frozenset[str]
    ordinal_list_links: frozenset[str]
    bounds: tuple[BoundWords, ...]
    approx_before: tuple[Phrase, ...]
    approx_after: tuple[Phrase, ...]
    relatives: tuple[Relative, ...]
    templates: tuple[Template, ...]
    abbreviations: frozenset[str]
    runs_on: frozenset[str]
    hedges: tuple[str, ...]
    passives: tuple[str, ...]
    future_markers: tuple[str, ...]
    ranks: tuple[str, ...]
    titles: tuple[str, ...]
    not_titles: tuple[str, ...]
    attributions: tuple[str, ...]
    source_after: tuple[str, ...]
    source_before: tuple[str, ...]
    change_words: tuple[str, ...]
    comparison_words: tuple[str, ...]
    anchored_words: tuple[str, ...]
    time_words: tuple[str, ...]
    rise_words: tuple[str, ...]
    fall_words: tuple[str, ...]
    rise_near: tuple[str, ...]
    fall_near: tuple[str, ...]
    flat_words: tuple[str, ...]
    from_before: frozenset[str]
    to_before: frozenset[str]
    from_suffixes: tuple[str, ...]
    to_suffixes: tuple[str, ...]
    to_after: frozenset[str]
    past_markers: tuple[str, ...]
    future_words: tuple[str, ...]
    negation_markers: tuple[str, ...]
    suffix_pattern: re.Pattern[str] | None

    # Memo of word_is past its cheap tests, per (word, stem): asked ~48,000 times per 200
    # articles for ~1,500 distinct pairs. Not data: no snapshot, equality or repr sees it.
    _inflections: dict[tuple[str, str], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def word_is(self, word: str, stem: str) -> bool:
        """Whether folded ``word`` is ``stem``, or ``stem`` plus an allowed suffix."""
        if word == stem:
            return True
        if self.suffix_pattern is None or not word.startswith(stem):
            return False
        known = self._inflections.get((word, stem))
        if known is None:
            known = self._inflected(word, stem)
            if len(self._inflections) < _MEMO_BOUND:
                self._inflections[word, stem] = known
        return known

    def _inflected(self, word: str, stem: str) -> bool:
        assert self.suffix_pattern is not None
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

    def __eq__(self, other: object) -> bool:
        """Equal data, field by field (the word_is memo aside), as a dataclass compares."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _DATA_NAMES)

    __hash__ = None  # type: ignore[assignment] # dicts inside: unhashable, as before

    def __repr__(self) -> str:
        return f"LanguageData(code={self.code!r})"


_DATA_NAMES = tuple(f.name for f in fields(LanguageData) if f.init)


def _phrase(text: str, code: str) -> Phrase:
    return tuple(fold(text, code).split(" "))


def _phrases(items: list[str], code: str) -> tuple[Phrase, ...]:
    # Longest first, so "yaklaşık olarak" wins over "yaklaşık".
    return tuple(sorted((_phrase(i, code) for i in items), key=len, reverse=True))


def _words(items: list[str], code: str) -> tuple[str, ...]:
    return tuple(fold(w, code) for w in items)


def _suffix_pattern(table: SuffixTable) -> re.Pattern[str] | None:
    slots = [table.plural, table.possessive, table.case, table.tail]
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


def _day_names(code: str) -> tuple[str, ...]:
    from babel.dates import get_day_names  # noqa: PLC0415 — Babel is slow to import

    names = get_day_names("wide", locale=code)
    return tuple(names[day] for day in range(7))  # Babel numbers days as date.weekday() does


def _symbols(code: str) -> tuple[str, str]:
    from babel.numbers import get_decimal_symbol, get_group_symbol  # noqa: PLC0415

    return get_decimal_symbol(code), get_group_symbol(code)


def _check_language(code: str) -> None:
    if code not in SUPPORTED_LANGUAGES:
        supported = ", ".join(SUPPORTED_LANGUAGES)
        msg = f"unsupported language {code!r}; supported languages: {supported}"
        raise ValueError(msg)


def _read_toml(package: str, code: str) -> tuple[str, dict[str, Any]]:
    import tomllib  # noqa: PLC0415 - only when a table is derived, not read from a snapshot

    path = f"{package.replace('.', '/')}/lang/{code}.toml"
    from importlib import resources  # noqa: PLC0415 - only when a table is derived

    text = resources.files(package).joinpath("lang", f"{code}.toml").read_text("utf-8")
    try:
        return path, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LanguageDataError(path, "", f"not valid TOML ({error})") from None


def _key(location: tuple[int | str, ...]) -> str:
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_M = TypeVar("_M", bound="BaseModel")


def _validated(path: str, raw: dict[str, Any], model: type[_M]) -> _M:
    from pydantic import ValidationError  # noqa: PLC0415

    try:
        return model.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise LanguageDataError(path, _key(first["loc"]), first["msg"].lower()) from None


@cache
def read_language_table(package: str, code: str) -> dict[str, Any]:
    """The raw table ``<package>/lang/<code>.toml`` of another package (e.g. ``mutate``),
    after the language check; bad TOML is a :class:`LanguageDataError` naming the file."""
    _check_language(code)
    return _read_toml(package, code)[1]


def load_language_file(code: str) -> LanguageFile:
    """``lang/<code>.toml`` validated against :class:`LanguageFile`."""
    from claimsuite.text.schema import LanguageFile  # noqa: PLC0415

    _check_language(code)
    path, raw = _read_toml("claimsuite.text", code)
    return _validated(path, raw, LanguageFile)


def _template(form: str, means: str, code: str) -> Template:
    return Template(tuple(fold(form, code).split(" ")), means)


@cache
def load_language(code: str) -> LanguageData:
    """Load the data for ``code``; raise ``ValueError`` naming the supported languages, and
    :class:`LanguageDataError` (file and key) if the file does not match its schema.

    The result is kept as a snapshot in the user's cache folder (:mod:`claimsuite.snapshot`),
    keyed by the language file, the code deriving it and the Python and Babel versions: a
    later run reads it back (~1 ms) instead of parsing, validating and asking Babel (~40 ms).
    """
    _check_language(code)
    name, key = f"language-{code}", _snapshot_key(code)
    plain = snapshot.read(name, key)
    if plain is not None:
        try:
            return _from_plain(plain)
        # Whatever is wrong with a snapshot, the data is derived again: it is a shortcut.
        except Exception:
            pass
    data = _derive(code)
    snapshot.write(name, key, _to_plain(data))
    return data


def _snapshot_key(code: str) -> bytes:
    """What the language data is derived from: the language file, this module, the schema
    (its defaults), the folding, and Babel's version (its ``__init__.py`` names it)."""
    from importlib.util import find_spec  # noqa: PLC0415

    here = Path(__file__)
    sources = [here, here.with_name("schema.py"), Path(sys.modules[fold.__module__].__file__ or "")]
    babel = find_spec("babel")
    if babel is not None and babel.origin:
        sources.append(Path(babel.origin))
    shipped = here.with_name("lang") / f"{code}.toml"
    if shipped.is_file():  # importlib.resources would import zipfile (~5 ms) to say the same
        parts = [shipped.read_bytes()]
    else:
        from importlib import resources  # noqa: PLC0415 - a zip or another loader

        parts = [resources.files("claimsuite.text").joinpath("lang", f"{code}.toml").read_bytes()]
    for source in sources:
        try:
            parts.append(source.read_bytes())
        except OSError:
            parts.append(b"?")  # no source to read (a frozen build): the other parts decide
    return snapshot.key_of(parts)


# The fields of LanguageData that hold data classes, and how they are written as tuples.
_NESTED: dict[str, type] = {"bounds": BoundWords, "relatives": Relative, "templates": Template}


def _data_fields() -> list[Field[Any]]:
    """The fields of LanguageData that hold data (not its memo)."""
    return [field_ for field_ in fields(LanguageData) if field_.init]


def _to_plain(data: LanguageData) -> tuple[Any, ...]:
    """``data`` as nested tuples, dicts and sets that :mod:`marshal` writes."""
    values = []
    for field_ in _data_fields():
        value = getattr(data, field_.name)
        if field_.name in _NESTED:
            value = tuple(tuple(getattr(item, f.name) for f in fields(item)) for item in value)
        elif field_.name == "suffix_pattern":
            value = None if value is None else (value.pattern, value.flags)
        values.append(value)
    return tuple(values)


def _from_plain(plain: object) -> LanguageData:
    """The inverse of :func:`_to_plain`; raises if ``plain`` has another shape."""
    names = [field_.name for field_ in _data_fields()]
    if not isinstance(plain, tuple) or len(plain) != len(names):
        raise TypeError("not a language snapshot")
    values = dict(zip(names, plain, strict=True))
    for name, cls in _NESTED.items():
        values[name] = tuple(cls(*item) for item in values[name])
    pattern = values["suffix_pattern"]
    values["suffix_pattern"] = None if pattern is None else re.compile(*pattern)
    return LanguageData(**values)


def _derive(code: str) -> LanguageData:
    """The language data built from ``lang/<code>.toml`` and Babel."""
    raw = load_language_file(code)
    numbers, periods = raw.numbers, raw.periods
    months, month_abbreviations = _months(code)
    for alias, number in periods.month_aliases.items():
        months.setdefault(fold(alias, code), number)
        month_abbreviations |= {fold(alias, code)}
    decimal_symbol, group_symbol = _symbols(code)
    relatives = sorted(
        (Relative(_phrase(p, code), entry.unit, entry.offset, entry.before_figure)
         for entry in raw.relative for p in entry.phrases),
        key=lambda r: len(r.words),
        reverse=True,
    )  # fmt: skip
    bounds = tuple(
        BoundWords(
            b.kind,
            _phrases(b.before, code),
            _phrases(b.after, code),
            frozenset(_words(b.not_after, code)),
            b.inflected,
        )
        for b in raw.bound
    )
    approximate = [b for b in bounds if b.kind == "approximate"]
    return LanguageData(
        code=code,
        decimal_symbol=decimal_symbol,
        group_symbol=group_symbol,
        months=months,
        month_abbreviations=month_abbreviations,
        day_names=_day_names(code),
        scales={fold(k, code): v for k, v in numbers.scales.items()},
        glued_scales=frozenset(_words(numbers.glued_scales, code)),
        number_words={_phrase(k, code): v for k, v in numbers.words.items()},
        ordinal_suffixes=frozenset(_words(numbers.ordinal_suffixes, code)),
        count_units=dict(
            sorted(
                ((_phrase(k, code), v) for k, v in numbers.units.items()),
                key=lambda kv: len(kv[0]),
                reverse=True,
            )
        ),
        multiples=_phrases(numbers.multiples, code),
        range_links=_phrases(numbers.range_links, code),
        minus=_phrases(numbers.minus, code),
        sentence_counts=numbers.sentence_counts,
        not_range_after=frozenset(_words(numbers.not_range_after, code)),
        label_before=_phrases(numbers.label_before, code),
        label_after=_phrases(numbers.label_after, code),
        percent_before=_phrases(raw.percent.before, code),
        percent_after=_phrases(raw.percent.after, code),
        points=_phrases(raw.percent.points, code),
        basis_points=_phrases(raw.percent.basis_points, code),
        per_mille_before=_phrases(raw.percent.per_mille_before, code),
        per_mille_after=_phrases(raw.percent.per_mille_after, code),
        currency_after=dict(
            sorted(
                ((_phrase(k, code), v) for k, v in raw.currency.after.items()),
                key=lambda kv: len(kv[0]),
                reverse=True,
            )
        ),
        currency_before={fold(k, code): v for k, v in raw.currency.before.items()},
        currency_symbols=dict(raw.currency.symbols),
        quarter_words=_words(periods.quarter, code),
        half_words=_words(periods.half, code),
        ordinals={fold(k, code): v for k, v in periods.ordinals.items()},
        year_words=_words(periods.year_words, code),
        links=_words(periods.links, code),
        year_links=_phrases(periods.year_links, code),
        time_units=_words(periods.time_units, code),
        month_words=_words(periods.month_words, code),
        fiscal=_phrases(periods.fiscal, code),
        period_cues=tuple(periods.cues),
        year_prepositions=frozenset(_words(periods.year_prepositions, code)),
        not_cues=tuple(periods.not_cues),
        same_period=dict(periods.same_period),
        prior_period=dict(periods.prior_period),
        rank_top=_phrases(raw.rank.top, code),
        rank_bottom=_phrases(raw.rank.bottom, code),
        ordinal_words={fold(k, code): v for k, v in raw.rank.ordinal_words.items()},
        ordinal_before=_phrases(raw.rank.ordinal_before, code),
        ordinal_after=_phrases(raw.rank.ordinal_after, code),
        superlatives_top=_phrases(raw.rank.superlatives_top, code),
        superlatives_bottom=_phrases(raw.rank.superlatives_bottom, code),
        superlative_after=frozenset(_words(raw.rank.superlative_after, code)),
        ordinal_then=frozenset(_words(raw.rank.ordinal_then, code)),
        ordinal_list_links=frozenset(_words(raw.rank.ordinal_list_links, code)),
        bounds=bounds,
        approx_before=tuple(p for b in approximate for p in b.before),
        approx_after=tuple(p for b in approximate for p in b.after),
        relatives=tuple(relatives),
        templates=tuple(_template(form, t.means, code) for t in raw.period for form in t.forms),
        abbreviations=frozenset(_words(raw.sentences.abbreviations, code)),
        runs_on=frozenset(_words(raw.sentences.runs_on, code)),
        hedges=tuple(raw.editor.hedges),
        passives=tuple(raw.editor.passives),
        future_markers=tuple(raw.editor.future_markers),
        ranks=tuple(raw.roles.ranks),
        titles=tuple(raw.roles.titles),
        not_titles=tuple(raw.roles.not_titles),
        attributions=tuple(raw.attribution.attributions),
        source_after=tuple(raw.attribution.source_after),
        source_before=tuple(raw.attribution.source_before),
        change_words=tuple(raw.comparison.change_words),
        comparison_words=tuple(raw.comparison.comparison_words),
        anchored_words=tuple(raw.comparison.anchored_words),
        time_words=tuple(raw.comparison.time_words),
        rise_words=tuple(raw.direction.rise),
        fall_words=tuple(raw.direction.fall),
        rise_near=tuple(raw.direction.rise_near),
        fall_near=tuple(raw.direction.fall_near),
        flat_words=tuple(raw.direction.flat),
        from_before=frozenset(_words(raw.direction.from_before, code)),
        to_before=frozenset(_words(raw.direction.to_before, code)),
        from_suffixes=_words(raw.direction.from_suffixes, code),
        to_suffixes=_words(raw.direction.to_suffixes, code),
        to_after=frozenset(_words(raw.direction.to_after, code)),
        past_markers=tuple(raw.tense.past),
        future_words=tuple(raw.tense.future),
        negation_markers=tuple(raw.tense.negation),
        suffix_pattern=_suffix_pattern(raw.suffixes),
    )
