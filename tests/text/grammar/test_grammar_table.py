"""The grammar table: real expressions from public news articles (cited per row in
``tr.tsv`` and ``en.tsv``), each with the reading an editor would give it. Every row must be
read exactly so: a figure with its value, unit, precision and bound; a period as the
``Period`` it means for an article published on the row's date; a direction, a tense, a
base-period marker or a level moved from one figure to another ("change") as the text
layer's word lists see it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from claimsuite.claims.periods import Period
from claimsuite.text.events import direction_in, from_to_in, tense_in, way_in
from claimsuite.text.mentions import Mention, MentionKind, extract_mentions, resolve
from claimsuite.text.phrases import base_markers_in

HERE = Path(__file__).parent
K = MentionKind
KINDS = {
    "percent": {K.PERCENT},
    "amount": {K.AMOUNT},
    "number": {K.NUMBER},
    "multiple": {K.NUMBER},
    "ordinal": {K.ORDINAL},
    "rank": {K.RANK},
    "year": {K.YEAR},
    "date": {K.DATE},
    "period": {K.PERIOD, K.DATE, K.YEAR},
    "relative": {K.RELATIVE, K.PERIOD},
    "season": {K.PERIOD},
}
TIME = {"year", "date", "period", "relative"}


@dataclass(frozen=True)
class Row:
    language: str
    expression: str
    kind: str
    value: str
    unit: str
    precision: str
    bound: str
    published: str
    source: str


def _rows(language: str) -> list[Row]:
    lines = [
        line for line in (HERE / f"{language}.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]  # fmt: skip
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Row(language, **row) for row in reader]


ROWS = [*_rows("tr"), *_rows("en")]


def test_the_table_is_large_and_cited():
    for language in ("tr", "en"):
        rows = [r for r in ROWS if r.language == language]
        assert len(rows) >= 200, language
        assert all(r.source.startswith("http") for r in rows)
        assert len({r.source for r in rows}) >= 15


def _one(row: Row) -> Mention:
    found = [m for m in extract_mentions(row.expression, row.language) if m.kind in KINDS[row.kind]]
    assert len(found) == 1, f"{row.expression!r}: {found}"
    return found[0]


def _number(text: str) -> tuple[Decimal, Decimal | None]:
    low, _, high = text.partition("..")
    return Decimal(low), Decimal(high) if high else None


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.language}:{r.kind}:{r.expression}" for r in ROWS])
def test_expression_reads_as_the_table_says(row: Row) -> None:
    if row.kind == "direction":
        if row.value == "flat":  # a level kept where it was: only an edit's direction
            assert way_in(row.expression, row.language) == "flat"
            return
        assert direction_in(row.expression, row.language) == row.value
        return
    if row.kind == "tense":
        tense = tense_in(row.expression, row.language)
        main, _, negated = row.value.partition(",")
        assert (tense.main, tense.negated) == (main, negated == "negated")
        return
    if row.kind == "base":
        # "-1": the same period a year earlier; "period:-1": the period just before it
        markers = base_markers_in(row.expression, row.language)
        read = [str(m.offset) if m.unit == "year" else f"{m.unit}:{m.offset}" for m in markers]
        assert read == [row.value]
        return
    if row.kind == "change":
        # a level moved from one figure to another: the change, in points for percentages
        pairs = from_to_in(row.expression, row.language)
        assert [(p.change, p.unit) for p in pairs] == [(Decimal(row.value), row.unit)]
        return
    mention = _one(row)
    if row.kind == "season":
        # a season or split year over two calendar years ("2023-2024 sezonunda"): one
        # period whose months only a fiscal start or the claim file says
        relative = mention.relative
        assert relative is not None
        assert relative.unit == "split-year"
        assert relative.year is not None
        assert f"{relative.year - 1}/{relative.year}" == row.value
        return
    if row.kind in TIME:
        published = Period.parse(row.published) if row.published else None
        stated = resolve(mention, published)
        assert stated is not None, f"{row.expression!r} was not placed"
        expected = Period.parse(row.value)
        assert (stated.start, stated.end) == (expected.start, expected.end)
        return
    value, upper = _number(row.value)
    assert mention.value == value
    assert mention.upper == upper
    assert (mention.unit or "") == row.unit
    if row.precision:
        assert mention.precision == Decimal(row.precision)
    assert (mention.bound.value if mention.bound else "") == row.bound
