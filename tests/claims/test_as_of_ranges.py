"""A role's ``as_of`` range says when a title was held, not which years the article covers."""

from __future__ import annotations

from pathlib import Path

from claimsuite.checks.base import Context
from claimsuite.claims.load import Registries, load_claims
from claimsuite.text.article import Article

TEXT = (
    "Bakan Ahmet Yılmaz 2022 yılında göreve başladı. "
    "Şirketin ihracatı 2023 yılında 5 milyar dolar oldu."
)
CLAIMS = """\
article:
  language: tr
  published: 2025-11-05
claims:
  - id: yilmaz
    kind: entity
    type: person
    name: Ahmet Yılmaz
  - id: yilmaz-role
    kind: role
    person: yilmaz
    title: Bakan
    as_of: {as_of}
    quote: "Bakan Ahmet Yılmaz"
"""


def accounted_years(tmp_path: Path, as_of: str) -> set[str]:
    path = tmp_path / "c.yaml"
    path.write_text(CLAIMS.format(as_of=as_of), "utf-8")
    ctx = Context(Article.from_text(TEXT, "tr"), load_claims(path), Registries())
    spans = ctx.figures.accounted
    return {
        m.surface
        for m in ctx.article.mentions
        if (m.start, m.end) in spans and m.surface.startswith("202")
    }


def test_years_inside_an_as_of_range_are_not_accounted_for(tmp_path: Path) -> None:
    assert accounted_years(tmp_path, "2020-01-01/2025-11-05") == set()


def test_an_as_of_year_accounts_for_that_year(tmp_path: Path) -> None:
    assert {s[:4] for s in accounted_years(tmp_path, "2022")} == {"2022"}
