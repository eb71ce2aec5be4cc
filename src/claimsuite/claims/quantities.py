"""Amounts and rates as written in claim files, and the one shared pint registry.

Claim files write ``1.7 billion USD`` or ``72%``. The model keeps an exact ``Decimal`` and
the precision the writer gave (``1.7 billion`` is good to ±0.05 billion), because checks
compare figures within the precision they were stated with. pint is imported only when a
check actually converts between units: importing it costs more than the rest of a run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

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
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


@cache
def _unit_definitions() -> str:
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
    """Half a unit in the last written digit: ``1.7`` -> 0.05, ``72`` -> 0.5."""
    mantissa = number.lower().split("e")[0]
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return Decimal(5) * Decimal(10) ** -(decimals + 1)


@dataclass(frozen=True, slots=True)
class Amount:
    """A value with a unit, exact as written, plus the precision it was written with."""

    value: Decimal
    unit: str
    precision: Decimal

    @classmethod
    def parse(cls, text: str) -> Amount:
        words = text.replace(",", "").split()
        if text.strip().endswith(("%", " percent", " pct", " pp")):
            msg = f"{text!r} is a percentage, not an amount; put it in a 'rate' field"
            raise ValueError(msg)
        if not words or not _NUMBER.fullmatch(words[0]):
            msg = f"{text!r} is not an amount; write it as '1.7 billion USD' or '250 million TRY'"
            raise ValueError(msg)
        try:
            value = Decimal(words[0])
        except InvalidOperation as exc:  # pragma: no cover - the regex admits only decimals
            raise ValueError(str(exc)) from exc
        precision = _precision_of(words[0])
        rest = words[1:]
        if rest and rest[0].lower() in SCALES:
            scale = SCALES[rest.pop(0).lower()]
            value, precision = value * scale, precision * scale
        if len(rest) != 1:
            msg = f"{text!r} needs exactly one unit after the number, as in '1.7 billion USD'"
            raise ValueError(msg)
        return cls(value.normalize(), canonical_unit(rest[0]), precision.normalize())

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
        )

    @classmethod
    def _validate(cls, value: object) -> Amount:
        if isinstance(value, Amount):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, dict) and set(value) == {"value", "unit"}:
            return cls.parse(f"{value['value']} {value['unit']}")
        msg = "expected an amount such as '1.7 billion USD'"
        raise ValueError(msg)


@dataclass(frozen=True, slots=True)
class Rate:
    """A relative change: percent (``72%``) or percentage points (``3 pp``); sign = direction."""

    value: Decimal
    unit: str  # "percent" or "pp"
    precision: Decimal

    @classmethod
    def parse(cls, text: str) -> Rate:
        match = re.fullmatch(
            r"\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%|percent|pp|percentage points?)\s*", text
        )
        if not match:
            msg = f"{text!r} is not a rate; write '72%', '-4.5%' or '3 pp' (percentage points)"
            raise ValueError(msg)
        unit = "percent" if match[2] in {"%", "percent"} else "pp"
        return cls(Decimal(match[1]).normalize(), unit, _precision_of(match[1]).normalize())

    def __str__(self) -> str:
        suffix = "%" if self.unit == "percent" else " pp"
        return f"{format_number(self.value)}{suffix}"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: type[Any], _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def _validate(cls, value: object) -> Rate:
        if isinstance(value, Rate):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            msg = f"{value} has no unit; write '{value}%' or '{value} pp'"
            raise ValueError(msg)
        msg = "expected a rate such as '72%'"
        raise ValueError(msg)


def format_number(value: Decimal) -> str:
    """Human, deterministic form: 1700000000 -> '1.7 billion', 0.988 -> '0.988'."""
    for word, scale in reversed(SCALES.items()):
        if abs(value) >= scale:
            scaled = (value / scale).quantize(Decimal("0.001")).normalize()
            return f"{scaled:f} {word}"
    return f"{value.quantize(Decimal('0.001')).normalize():f}"
