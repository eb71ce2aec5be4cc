"""Amounts and rates as written in claim files, and the one shared pint registry.

Claim files write ``1.7 billion USD`` or ``72%``. The model keeps an exact ``Decimal`` and
the precision the writer gave (``1.7 billion`` is good to ±0.05 billion), because checks
compare figures within the precision they were stated with. pint is imported only when a
check actually converts between units: importing it costs more than the rest of a run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

if TYPE_CHECKING:
    import pint

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}

# Bounds on the figures a claim file may hold (documented in docs/claim-file.md, "Numbers").
# They keep every comparison exact and cheap: no figure overflows decimal arithmetic, and a
# typo such as '1e40 USD' is refused at load instead of crashing a check.
MAX_MAGNITUDE = Decimal(10) ** 18
"""Largest absolute value of an amount, after its scale word (a quintillion)."""
MIN_MAGNITUDE = Decimal(10) ** -6
"""Smallest absolute value of a non-zero amount."""
MAX_DIGITS = 30
"""Most significant digits a written figure may have."""
MAX_RATE = Decimal(10) ** 6
"""Largest absolute value of a rate, in percent or percentage points."""
MAX_MULTIPLE = Decimal(10) ** 6
"""Largest multiple (``17x``)."""

COUNT_UNITS: frozenset[str] = frozenset(
    {"count", "person", "firm", "country", "project", "vehicle"}
)
"""Units of counts: whole numbers, stated in articles by plain numbers ("3 bin 500 firma")."""

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# A leading number as people write it, grouping and decimal comma included, so that it can
# be refused with the exact fix: '2,4', '1.250.000', '2 500 000', "1'250", '1_000'.
_GROUPING = " \u00a0\u202f_'\u2019"
_WRITTEN = re.compile(
    rf"(?P<num>[+-]?\.?\d+(?:[.,{_GROUPING}]\d+)*\.?(?:[eE][+-]?\d+)?)(?P<rest>(?:\s.*)?)",
    re.DOTALL,
)
_BOUND_WORDS = (
    ("more than", "more-than"), ("over", "more-than"), ("above", "more-than"),
    (">=", "at-least"), (">", "more-than"), ("at least", "at-least"),
    ("at most", "at-most"), ("up to", "at-most"), ("<=", "at-most"),
    ("less than", "less-than"), ("under", "less-than"), ("below", "less-than"),
    ("<", "less-than"), ("about", "about"), ("around", "about"), ("nearly", "about"),
    ("almost", "about"), ("approximately", "about"), ("roughly", "about"), ("some", "about"),
    ("~", "about"), ("≈", "about"), ("c.", "about"),
)  # fmt: skip
_DOCS = "see docs/claim-file.md, 'Numbers'"


def read_number(written: str, whole: str | None = None) -> Decimal:
    """A number written in a claim file: digits, one decimal point, an optional exponent.

    Claim files are locale-neutral: ``.`` is the decimal point and digits are never grouped.
    Anything a reader could take two ways (``2,4``, ``1.250.000``, ``1,250``, ``2 500 000``)
    raises ``ValueError`` with the number to write instead, as ``problem; what to do``.
    ``whole`` is the value the number was part of, quoted in the message.
    """
    whole = whole if whole is not None else written
    if _NUMBER.fullmatch(written):
        return _bounded_decimal(written, whole)
    fixed, what = _locale_fix(written)
    if fixed is None:
        msg = f"{whole!r} has a number that cannot be read ({what}); {_DOCS}"
        raise ValueError(msg)
    rule = "claim files use '.' for decimals and never group digits"
    if isinstance(what, tuple):  # a comma that may be either
        grouped, decimal = fixed, what[1]
        msg = (
            f"{whole!r} has a comma that may group thousands or mark decimals; "
            f"write {whole.replace(written, grouped, 1)!r} for the first or "
            f"{whole.replace(written, decimal, 1)!r} for the second ({rule})"
        )
        raise ValueError(msg)
    msg = f"{whole!r} writes {what}; write {whole.replace(written, fixed, 1)!r} ({rule})"
    raise ValueError(msg)


def _locale_fix(written: str) -> tuple[str | None, str | tuple[str, str]]:
    """How to write ``written`` locale-neutrally, and what was wrong with it.

    Returns ``(fixed, description)``; for a single comma before three digits (``1,250``)
    the description is ``("ambiguous", decimal_reading)`` and ``fixed`` the grouped reading.
    ``fixed`` is ``None`` when no reading makes sense.
    """
    if not written:
        return None, "no digits"
    sign = written[0] if written[0] in "+-" else ""
    body = written[len(sign) :]
    exponent = ""
    if match := re.search(r"[eE][+-]?\d+$", body):
        body, exponent = body[: match.start()], match.group()
    grouping_marks = {c for c in body if c in _GROUPING}
    commas, dots = body.count(","), body.count(".")
    decimal_mark: str | None = None
    if commas and dots:
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        if body.count(decimal_mark) != 1:
            return None, "both ',' and '.' more than once"
        grouping_marks.add("." if decimal_mark == "," else ",")
    elif commas == 1 and not grouping_marks:
        after = body.split(",")[1]
        if len(after) == 3 and not exponent and body[0] != ",":
            grouped = sign + body.replace(",", "") + exponent
            decimal = sign + body.replace(",", ".") + exponent
            return grouped, ("ambiguous", decimal)
        decimal_mark = ","
    elif commas == 1:
        decimal_mark = ","
    elif commas > 1:
        grouping_marks.add(",")
    elif dots == 1:
        decimal_mark = "."
    elif dots > 1:
        grouping_marks.add(".")
    integral, _, fraction = body.partition(decimal_mark) if decimal_mark else (body, "", "")
    groups = (
        re.split("[" + re.escape("".join(grouping_marks)) + "]", integral)
        if (grouping_marks)
        else [integral]
    )
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        return None, "digits grouped unevenly"
    if any(c in _GROUPING or c in ".," for c in fraction):
        return None, "separators after the decimal mark"
    fixed = sign + "".join(groups) + ("." + fraction if fraction else "") + exponent
    if not _NUMBER.fullmatch(fixed):
        return None, "not digits"
    what = []
    if decimal_mark == ",":
        what.append("a decimal comma")
    for mark in sorted(grouping_marks):
        name = {
            " ": "spaces",
            "\u00a0": "no-break spaces",
            "\u202f": "no-break spaces",
            "_": "'_'",
            "'": "apostrophes",
            "\u2019": "apostrophes",
        }.get(mark, f"{mark!r}")
        what.append(f"digits grouped with {name}")
    return fixed, " and ".join(dict.fromkeys(what))


def _bounded_decimal(number: str, whole: str) -> Decimal:
    """``Decimal(number)``, refusing more digits than ``MAX_DIGITS`` or an absurd exponent."""
    value = Decimal(number)
    digits = len(value.as_tuple().digits)
    if digits > MAX_DIGITS:
        msg = f"{whole!r} has {digits} significant digits, over the {MAX_DIGITS}-digit limit"
        raise ValueError(f"{msg}; round it ({_DOCS})")
    if value and not -40 <= value.adjusted() <= 40:
        msg = f"{whole!r} is too large or too small to be a real figure"
        raise ValueError(f"{msg}; check the exponent ({_DOCS})")
    return value


_BOUND_INITIALS = frozenset(words[0] for words, _ in _BOUND_WORDS)


def _refuse_bound_words(text: str, field: str = "value") -> None:
    lowered = text.strip().lower()
    if lowered[:1] not in _BOUND_INITIALS:  # a figure starts with a digit or a sign
        return
    for words, bound in _BOUND_WORDS:
        if lowered.startswith(words) and lowered[len(words) :][:1] in {"", " ", *"0123456789.+-"}:
            rest = text.strip()[len(words) :].strip()
            msg = (
                f"{text!r} puts {words!r} in the figure; write '{field}: {rest}' and "
                f"'bound: {bound}' (or 'approximate: true')"
            )
            raise ValueError(msg)


@cache
def _unit_definitions() -> str:
    shipped = Path(__file__).with_name("units.txt")
    if shipped.is_file():  # importlib.resources would import zipfile (~5 ms) to say the same
        return shipped.read_text("utf-8")
    from importlib import resources  # noqa: PLC0415 - a zip or another loader

    return resources.files("claimsuite.claims").joinpath("units.txt").read_text("utf-8")


@cache
def unit_names() -> dict[str, str]:
    """Every accepted unit spelling mapped to its canonical name, read from ``units.txt``."""
    names: dict[str, str] = {}
    for raw in _unit_definitions().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.endswith("-") or "- =" in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        canonical = parts[0]
        for alias in [canonical, *parts[1:]]:
            if re.fullmatch(r"[A-Za-z_]+", alias):
                names[alias] = canonical
                names.setdefault(alias.lower(), canonical)
    return names


def canonical_unit(name: str) -> str:
    """The canonical unit for a spelling, or ``ValueError`` listing what is known."""
    found = unit_names().get(name) or unit_names().get(name.lower())
    if found is None:
        known = ", ".join(sorted(set(unit_names().values())))
        msg = f"unknown unit {name!r}; known units: {known}"
        raise ValueError(msg)
    return found


@cache
def registry() -> pint.UnitRegistry:
    """The one shared pint registry, built from ``units.txt`` on first use."""
    import pint  # noqa: PLC0415 - deliberately lazy, see module docstring

    ureg = pint.UnitRegistry(None, autoconvert_offset_to_baseunit=True)
    ureg.load_definitions(_unit_definitions().splitlines())
    return ureg


def _precision_of(number: str) -> Decimal:
    """Half a unit in the last written digit: ``1.7`` -> 0.05, ``72`` -> 0.5, ``1.7e9`` -> 5e7."""
    exponent = Decimal(number).as_tuple().exponent
    assert isinstance(exponent, int)  # read_number admits only finite numbers
    return Decimal(5) * Decimal(10) ** (exponent - 1)


@lru_cache(maxsize=1 << 12)  # ~430 bytes a figure (tracemalloc): at most ~1.8 MB held
def _parsed(cls: type, text: str) -> Any:  # noqa: ANN401 - an Amount or a Rate
    """``cls._read(text)``, remembered by class and text: figures are frozen values, and a
    desk's claim files write the same ones again and again ('45%', '1 billion USD'); a read
    costs ~10-15 us (a Decimal, its precision, the unit), 17 reads per a200 claim file. A
    text that fails is not kept: it raises each time."""
    return cls._read(text)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Amount:
    """A value with a unit, exact as written, plus the precision it was written with."""

    value: Decimal
    unit: str
    precision: Decimal

    @classmethod
    def parse(cls, text: str) -> Amount:
        """Read ``1.7 billion USD``, ``3500 firms``, ``45 thousand people`` (locale-neutral)."""
        return _parsed(cls, text)  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, text: str) -> Amount:
        if text.strip().endswith(("%", " percent", " pct", " pp")):
            msg = f"{text!r} is a percentage, not an amount; put it in a 'rate' field"
            raise ValueError(msg)
        _refuse_bound_words(text)
        match = _WRITTEN.fullmatch(text.strip())
        if not match:
            msg = f"{text!r} is not an amount; write it as '1.7 billion USD' or '3500 firms'"
            raise ValueError(msg)
        value = read_number(match["num"], text)
        precision = _precision_of(match["num"])
        rest = match["rest"].split()
        if rest and rest[0].lower() in SCALES:
            scale = SCALES[rest.pop(0).lower()]
            value, precision = value * scale, precision * scale
        if len(rest) != 1:
            msg = f"{text!r} needs exactly one unit after the number, as in '1.7 billion USD'"
            raise ValueError(msg)
        unit = canonical_unit(rest[0])
        if abs(value) > MAX_MAGNITUDE or (value and abs(value) < MIN_MAGNITUDE):
            msg = (
                f"{text!r} is outside the figures a claim file may hold "
                f"(1e-6 to 1e18 in the unit, after the scale word); check the number ({_DOCS})"
            )
            raise ValueError(msg)
        if unit in COUNT_UNITS and value != value.to_integral_value():
            msg = (
                f"{text!r} is a count but not a whole number; write the count in digits "
                f"without grouping, as in '1250 {rest[0]}' ({_DOCS})"
            )
            raise ValueError(msg)
        return cls(value.normalize(), unit, precision.normalize())

    @property
    def is_count(self) -> bool:
        """A count (people, firms...): a plain number in the text states it."""
        return self.unit in COUNT_UNITS

    def to_pint(self) -> pint.Quantity:
        return registry().Quantity(self.value, self.unit)

    def in_unit(self, unit: str) -> Decimal:
        """This amount expressed in ``unit`` (``ValueError`` if the dimensions differ)."""
        if canonical_unit(unit) == self.unit:
            return self.value  # the common case needs no pint at all
        import pint  # noqa: PLC0415

        try:
            return Decimal(str(self.to_pint().to(canonical_unit(unit)).magnitude))
        except pint.DimensionalityError as exc:
            msg = f"cannot convert {self.unit} to {unit}"
            raise ValueError(msg) from exc

    def to(self, unit: str) -> Amount:
        """The same amount in ``unit``, precision scaled alike (``ValueError`` if impossible)."""
        if canonical_unit(unit) == self.unit or self.value == 0:
            return self
        factor = self.in_unit(unit) / self.value
        return Amount(self.value * factor, canonical_unit(unit), self.precision * factor)

    def __str__(self) -> str:
        return f"{format_number(self.value)} {self.unit}"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: type[Any], _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
            json_schema_input_schema=core_schema.str_schema(),
        )

    @classmethod
    def _validate(cls, value: object) -> Amount:
        if isinstance(value, Amount):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, dict) and set(value) == {"value", "unit"}:
            number = value["value"]
            if isinstance(number, int) and abs(number) > 10**30:
                msg = f"the number is too large to be a real figure; check it ({_DOCS})"
                raise ValueError(msg)
            return cls.parse(f"{number} {value['unit']}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if isinstance(value, int) and abs(value) > 10**30:
                msg = f"the number is too large to be a real figure and has no unit; {_DOCS}"
                raise ValueError(msg)
            msg = f"{value} has no unit; write it with one, as in '{value} USD' or '{value} people'"
            raise ValueError(msg)
        msg = "expected an amount such as '1.7 billion USD'"
        raise ValueError(msg)


_RATE = re.compile(
    r"(?P<prefix>%)?\s*(?P<num>[+-]?\.?\d[\d.,]*(?:[eE][+-]?\d+)?)\s*"
    r"(?P<unit>%|percent|pp|percentage points?|x|×|-fold|fold|times)?",
    re.IGNORECASE,
)
RateUnit = Literal["percent", "pp", "times"]
"""What a rate measures: percent (``72%``), percentage points (``3 pp``), a multiple (``17x``)."""

_RATE_UNITS: dict[str, RateUnit] = {
    "%": "percent", "percent": "percent", "pp": "pp",
    "x": "times", "×": "times", "-fold": "times", "fold": "times", "times": "times",
}  # fmt: skip


_RATE_SUFFIXES = {"percent": "%", "times": "x"}  # how str() ends a rate; " pp" otherwise


@dataclass(frozen=True, slots=True)
class Rate:
    """A relative change: percent (``72%``), percentage points (``3 pp``) or a multiple
    (``17x``: the value is 17 times the base). For percent and points the sign is the
    direction; a multiple is always positive."""

    value: Decimal
    unit: RateUnit
    precision: Decimal

    @classmethod
    def parse(cls, text: str) -> Rate:
        """Read ``72%``, ``-4.5%``, ``3 pp``, ``17x``."""
        return _parsed(cls, text)  # type: ignore[no-any-return]

    @classmethod
    def _read(cls, text: str) -> Rate:
        _refuse_bound_words(text, "rate")
        match = _RATE.fullmatch(text.strip())
        if (
            not match
            or (match["prefix"] and match["unit"])
            or not (match["prefix"] or match["unit"])
        ):
            msg = (
                f"{text!r} is not a rate; write '72%', '-4.5%', '3 pp' (percentage points) "
                "or '17x' (a multiple)"
            )
            raise ValueError(msg)
        if match["prefix"]:
            msg = f"{text!r} puts the percent sign first; write '{match['num']}%'"
            raise ValueError(msg)
        value = read_number(match["num"], text)
        unit_word = match["unit"].lower()
        unit = _RATE_UNITS.get(unit_word, "pp")
        if unit == "times" and not 0 < value <= MAX_MULTIPLE:
            msg = f"{text!r} is not a multiple; write a number above 0, as in '17x'"
            raise ValueError(msg)
        if abs(value) > MAX_RATE:
            msg = f"{text!r} is larger than {format_number(MAX_RATE)} {unit}; check it ({_DOCS})"
            raise ValueError(msg)
        return cls(value.normalize(), unit, _precision_of(match["num"]).normalize())

    @property
    def is_multiple(self) -> bool:
        return self.unit == "times"

    def __str__(self) -> str:
        return f"{format_number(self.value)}{_RATE_SUFFIXES.get(self.unit, ' pp')}"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: type[Any], _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
            json_schema_input_schema=core_schema.str_schema(),
        )

    @classmethod
    def _validate(cls, value: object) -> Rate:
        if isinstance(value, Rate):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            msg = f"{value} has no unit; write '{value}%', '{value} pp' or '{value}x'"
            raise ValueError(msg)
        msg = "expected a rate such as '72%'"
        raise ValueError(msg)


def format_number(value: Decimal) -> str:
    """Human, deterministic form: 1700000000 -> '1.7 billion', 0.988 -> '0.988'."""
    # Memoized by the value's text, which gives the Decimal back exactly (sign of a zero,
    # exponent) and is hashable for a NaN: the claims' figures are shown ~70 times per
    # article (expectations, verdicts, the archive), each a scan of the scales and a quantize.
    return _shown(str(value))


@lru_cache(maxsize=1 << 14)
def _shown(text: str) -> str:
    return _format_number(Decimal(text))  # the text gives the Decimal back exactly


def _format_number(value: Decimal) -> str:
    for word, scale in reversed(SCALES.items()):
        if abs(value) >= scale:
            scaled = (value / scale).quantize(Decimal("0.001")).normalize()
            return f"{scaled:f} {word}"
    return f"{value.quantize(Decimal('0.001')).normalize():f}"
