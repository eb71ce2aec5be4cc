"""The archive reduce as pure functions: facts per claim set, disagreements across them."""

from __future__ import annotations

import pickle
from pathlib import Path

from tests.repository.conftest import CORPUS

from claimsuite import archive
from claimsuite.claims.load import load_claims, load_registries

HEAD = """\
article: {{language: {lang}, published: 2025-11-05}}
claims:
  - {{id: co, kind: entity, type: organisation, name: {name}}}
  - {{id: boss, kind: entity, type: person, name: Ayşe Kaya, official: ayse-kaya}}
"""


def claim_set(folder: Path, stem: str, body: str, *, lang: str = "tr",
              name: str = "Türk Hava Yolları") -> object:
    path = folder / f"{stem}.yaml"
    path.write_text(HEAD.format(lang=lang, name=name) + body, "utf-8")
    return load_claims(path)


def quantity(value: str, extra: str = "") -> str:
    return (f"  - {{id: pax, kind: quantity, metric: passengers, subject: co, period: 2025-Q3,"
            f" value: {value}, quote: x{extra}}}\n")


def test_figures_agree_within_their_written_precision_and_across_units(tmp_path: Path) -> None:
    a = claim_set(tmp_path, "a", quantity("1.7 billion USD"))
    b = claim_set(tmp_path, "b", quantity("1700 million USD"))
    c = claim_set(tmp_path, "c", quantity("1.9 billion USD"))
    found = archive.disagreements([archive.facts(a), archive.facts(b), archive.facts(c)])
    pairs = [(d.first.claims_file[-6:], d.second.claims_file[-6:]) for d in found]
    assert pairs == [("a.yaml", "c.yaml"), ("b.yaml", "c.yaml"), ("c.yaml", "a.yaml"),
                     ("c.yaml", "b.yaml")]
    finding, digest = archive.finding(found[0])
    assert finding.code == "CS006"
    assert finding.claims == ("pax",)
    assert finding.related[0].location.path.endswith("c.yaml")
    assert len(digest) == 16


def test_approximate_and_bounded_figures_are_not_facts(tmp_path: Path) -> None:
    a = claim_set(tmp_path, "a", quantity("1.7 billion USD", ", approximate: true"))
    b = claim_set(tmp_path, "b", quantity("1.9 billion USD", ", bound: more-than"))
    assert archive.facts(a) == ()
    assert archive.facts(b) == ()


def test_one_body_named_in_two_languages_is_one_subject_through_the_record(
    tmp_path: Path,
) -> None:
    record = load_registries(CORPUS / "record")
    tr = claim_set(tmp_path, "tr", quantity("1.7 billion USD"))
    en = claim_set(tmp_path, "en", quantity("1.9 billion USD"), lang="en",
                   name="Turkish Airlines")
    assert archive.disagreements([archive.facts(tr), archive.facts(en)]) == []
    found = archive.disagreements([archive.facts(tr, record), archive.facts(en, record)])
    assert len(found) == 2
    assert "passengers of thy in 2025-Q3" in archive.finding(found[0])[0].message


def test_titles_of_one_official_on_one_day(tmp_path: Path) -> None:
    role = ("  - {{id: r, kind: role, person: boss, title: {title}, as_of: 2025-10-01, "
            "quote: x}}\n")
    a = claim_set(tmp_path, "a", role.format(title="Genel Müdür"))
    b = claim_set(tmp_path, "b", role.format(title="genel  müdür"))
    c = claim_set(tmp_path, "c", role.format(title="Genel Müdür Yardımcısı"))
    assert archive.disagreements([archive.facts(a), archive.facts(b)]) == []
    found = archive.disagreements([archive.facts(a), archive.facts(c)])
    assert archive.finding(found[0])[0].message == (
        f"claim r gives Genel Müdür for the title of ayse-kaya on 2025-10-01; "
        f"{c.path} (claim r) gives Genel Müdür Yardımcısı")


def test_facts_travel_between_processes(tmp_path: Path) -> None:
    facts = archive.facts(claim_set(tmp_path, "a", quantity("1.7 billion USD")))
    assert pickle.loads(pickle.dumps(facts)) == facts
