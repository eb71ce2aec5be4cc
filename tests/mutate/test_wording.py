"""The careless rewording families on small Turkish and English articles: exact mutants."""

from __future__ import annotations

from pathlib import Path

from claimsuite.claims.load import load_claims
from claimsuite.mutate import Source
from claimsuite.mutate.wording import FAMILIES
from claimsuite.text.article import Article

TR_TEXT = (
    "Otomotiv ihracatı 2025'in ilk çeyreğinde yüzde 12 artışla 8 milyar dolara ulaştı. "
    "Fuar 3 Mart'ta İstanbul'da yapıldı. Uzmanlar piyasanın arttı dediğini söylüyor.\n"
)
TR_CLAIMS = """\
article:
  language: tr
  published: 2025-04-10
claims:
  - id: istanbul
    kind: entity
    type: place
    name: İstanbul
  - id: exports
    kind: change
    metric: automotive-exports
    period: 2025-Q1
    rate: 12%
    value: 8 billion USD
    quote: "Otomotiv ihracatı 2025'in ilk çeyreğinde yüzde 12 artışla 8 milyar dolara ulaştı."
  - id: fair
    kind: event
    name: Fuar
    date: 2025-03-03
    place: istanbul
    quote: "Fuar 3 Mart'ta İstanbul'da yapıldı."
"""
EN_TEXT = (
    "Tourism revenue rose 18 percent in the first nine months of 2025 to 41 billion dollars. "
    "The summit was held in Ankara on Oct. 3, 2025.\n"
)
EN_CLAIMS = """\
article:
  language: en
  published: 2025-11-10
claims:
  - id: ankara
    kind: entity
    type: place
    name: Ankara
  - id: revenue
    kind: change
    metric: tourism-revenue
    period: 2025-01/2025-09
    rate: 18%
    value: 41 billion USD
    quote: "Tourism revenue rose 18 percent in the first nine months of 2025 to 41 billion dollars."
  - id: summit
    kind: event
    name: summit
    date: 2025-10-03
    place: ankara
    quote: "The summit was held in Ankara on Oct. 3, 2025."
"""


def _source(tmp_path: Path, text: str, claims: str, language: str) -> Source:
    path = tmp_path / "claims.yaml"
    path.write_text(claims, encoding="utf-8")
    return Source(Article.from_text(text, language), load_claims(path))


def _mutants(src: Source, name: str) -> list[str]:
    family = next(f for f in FAMILIES if f.name == name)
    return [m.apply(src.text) for m in family.generate(src)]


def _changed(before: str, after: str) -> tuple[str, str]:
    """The words that differ: (old, new)."""
    old, new = before.split(), after.split()
    start = next(i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b)
    tail = 0
    while old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return " ".join(old[start : len(old) - tail]), " ".join(new[start : len(new) - tail])


def test_turkish_direction_only_inside_a_change_passage(tmp_path: Path) -> None:
    src = _source(tmp_path, TR_TEXT, TR_CLAIMS, "tr")
    # "arttı" in the third sentence states no claim and stays.
    assert [_changed(TR_TEXT, m) for m in _mutants(src, "direction")] == [
        ("artışla", "düşüşle")
    ]


def test_turkish_tense_unit_and_period(tmp_path: Path) -> None:
    src = _source(tmp_path, TR_TEXT, TR_CLAIMS, "tr")
    assert [_changed(TR_TEXT, m) for m in _mutants(src, "tense")] == [
        ("yapıldı.", "yapılacak.")
    ]
    assert [_changed(TR_TEXT, m) for m in _mutants(src, "unit")] == [
        ("milyar", "milyon"), ("dolara", "euroya")
    ]
    assert ("ilk", "ikinci") in [_changed(TR_TEXT, m) for m in _mutants(src, "period-word")]
    # "yüzde 12" -> "yüzde on üç": the changed words only.
    assert [_changed(TR_TEXT, m) for m in _mutants(src, "in-words")] == [("12", "on üç")]


def test_english_families(tmp_path: Path) -> None:
    src = _source(tmp_path, EN_TEXT, EN_CLAIMS, "en")
    assert [_changed(EN_TEXT, m) for m in _mutants(src, "direction")] == [("rose", "fell")]
    assert [_changed(EN_TEXT, m) for m in _mutants(src, "tense")] == [
        ("was", "will be"), ("held", "postponed")
    ]
    assert [_changed(EN_TEXT, m) for m in _mutants(src, "unit")] == [
        ("billion", "million"), ("dollars.", "euros.")
    ]
    assert [_changed(EN_TEXT, m) for m in _mutants(src, "in-words")] == [
        ("18", "nineteen")
    ]


def test_capitals_are_kept(tmp_path: Path) -> None:
    text = "Arttı: ihracat 2025'te yüzde 5 arttı.\n"
    claims = TR_CLAIMS.split("  - id: istanbul", maxsplit=1)[0] + (
        "  - id: x\n    kind: change\n    metric: exports\n    period: 2025\n    rate: 5%\n"
        "    quote: \"Arttı: ihracat 2025'te yüzde 5 arttı.\"\n"
    )
    src = _source(tmp_path, text, claims, "tr")
    assert [m.split(":")[0] for m in _mutants(src, "direction")] == ["Azaldı", "Arttı"]
