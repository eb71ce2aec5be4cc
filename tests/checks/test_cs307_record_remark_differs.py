from __future__ import annotations

from pathlib import Path

import pytest

from claimsuite.checks.base import Context
from claimsuite.checks.cs307_record_remark_differs import RecordRemarkDiffers
from claimsuite.claims.load import (
    Registries,
    check_remark_links,
    load_claims,
    load_registry,
)
from claimsuite.errors import ClaimFileError
from claimsuite.text.article import Article

ARTICLE = "Bakan Ayşe Kaya, 2024'te ihracatın ilk 5 arasında yer alacağını söyledi."
REGISTRY = """\
remarks:
  - id: kaya-top5
    speaker: ayse-kaya
    date: 2024-03-02
    about: {about}
    summary: Kaya said exports would be in the top five.
    source: {{url: "https://example.org/kaya", publisher: Example News}}
"""
CLAIMS = """\
article: {{language: tr, published: 2024-03-05}}
claims:
  - id: kaya
    kind: entity
    type: person
    name: Ayşe Kaya
  - id: kaya-forecast
    kind: forecast
    what: exports among the top five
    period: 2024
    made_by: [kaya]
    made_on: {made_on}
    remark: {remark}
    quote: "2024'te ihracatın ilk 5 arasında yer alacağını"
"""


def findings(
    tmp_path: Path, *, about: str = "2024", made_on: str = "2024-03-02", remark: str = "kaya-top5"
) -> list[str]:
    (tmp_path / "r.yaml").write_text(REGISTRY.format(about=about), encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        CLAIMS.format(made_on=made_on, remark=remark), encoding="utf-8"
    )
    claims = load_claims(tmp_path / "c.yaml")
    registries = Registries((load_registry(tmp_path / "r.yaml"),))
    check_remark_links(claims, registries)
    ctx = Context(Article.from_text(ARTICLE, "tr"), claims, registries)
    return [f.message for f in RecordRemarkDiffers().run(ctx)]


def test_quiet_when_the_record_agrees(tmp_path: Path) -> None:
    assert findings(tmp_path) == []


def test_other_subject_period(tmp_path: Path) -> None:
    assert findings(tmp_path, about="2025") == [
        "forecast kaya-forecast is about 2024; the record has the remark kaya-top5 made on "
        "2024-03-02 about 2025 (Example News)"
    ]


def test_other_date(tmp_path: Path) -> None:
    assert findings(tmp_path, made_on="2023-11") == [
        "forecast kaya-forecast dates the remark 2023-11; the record has it on 2024-03-02 "
        "(Example News)"
    ]


def test_unknown_remark_is_a_claim_file_error(tmp_path: Path) -> None:
    with pytest.raises(ClaimFileError,
                       match="'remark' names 'nope', which the record does not list"):
        findings(tmp_path, remark="nope")
