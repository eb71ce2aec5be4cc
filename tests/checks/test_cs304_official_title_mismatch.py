from __future__ import annotations

from pathlib import Path

import pytest
from officials_fixture import REGISTRY, role_claims
from record_context import make_context, run

from claimsuite.checks.base import Severity
from claimsuite.checks.cs304_official_title_mismatch import OfficialTitleMismatch

SOURCE = "Example News"


def findings(tmp_path: Path, claims: str) -> list[str]:
    found = run(OfficialTitleMismatch(), make_context(tmp_path, claims, REGISTRY))
    assert all(f.severity is Severity.WARNING for f in found)
    return [f.message for f in found]


def test_title_without_ve_is_a_mismatch_quoting_both(tmp_path: Path) -> None:
    claims = role_claims("Savunma Güvenlik Genel Müdürü", rank="Tümgeneral")
    assert findings(tmp_path, claims) == [
        'role gives İlkay Altındağ\'s title as "Savunma Güvenlik Genel Müdürü" on '
        "2025-04-28; it differs only by 've' from the record's \"Savunma ve Güvenlik Genel "
        f'Müdürü" (2025-01-30 to 2025-10-17, when the next entry starts; {SOURCE})'
    ]


@pytest.mark.parametrize(
    "title", ["Savunma ve Güvenlik Genel Müdürü", "SAVUNMA VE GÜVENLİK GENEL MÜDÜRÜ"]
)
def test_same_title_and_rank_is_quiet(tmp_path: Path, title: str) -> None:
    assert findings(tmp_path, role_claims(title, rank="Tümgeneral")) == []


def test_rank_before_the_promotion(tmp_path: Path) -> None:
    claims = role_claims("Savunma ve Güvenlik Genel Müdürü", rank="Korgeneral")
    assert findings(tmp_path, claims) == [
        "role gives İlkay Altındağ's rank as Korgeneral on 2025-04-28; the record has "
        "Tümgeneral / Major General 2025-01-30 to 2025-10-17, when the next entry starts "
        f"({SOURCE})"
    ]


def test_rank_after_the_promotion(tmp_path: Path) -> None:
    claims = role_claims("Savunma ve Güvenlik Genel Müdürü", rank="Tümgeneral", as_of="2025-11-01")
    [message] = findings(tmp_path, claims)
    assert "rank as Tümgeneral on 2025-11-01" in message
    assert "Korgeneral / Lieutenant General from 2025-10-18" in message


def test_rank_over_a_range_matching_either_position_is_quiet(tmp_path: Path) -> None:
    claims = role_claims(
        "Savunma ve Güvenlik Genel Müdürü", rank="Tümgeneral", as_of="2025-04-28/2025-12-31"
    )
    assert findings(tmp_path, claims) == []


def test_translated_title_and_organisation_are_accepted(tmp_path: Path) -> None:
    claims = role_claims("Müsteşar Yardımcısı Vekili", person="thompson", organisation="us-dod")
    assert findings(tmp_path, claims) == []


def test_other_organisation(tmp_path: Path) -> None:
    claims = role_claims("Müsteşar Yardımcısı Vekili", person="thompson", organisation="msb")
    assert findings(tmp_path, claims) == [
        "role places Katherine Thompson in Milli Savunma Bakanlığı on 2025-04-28; the record "
        f"has U.S. Department of Defense (2025-04-28 to 2025-12-31; {SOURCE})"
    ]


def test_person_without_official_link_is_not_checked(tmp_path: Path) -> None:
    assert findings(tmp_path, role_claims("Anything", person="nobody")) == []


def test_no_position_on_the_date_is_left_to_cs305(tmp_path: Path) -> None:
    claims = role_claims("Anything", as_of="2020-01-01")
    assert findings(tmp_path, claims) == []


BODY_REGISTRY = f"""\
officials:
  - id: celik
    name: Baran Çelik
    positions:
      - title: Yönetim Kurulu Başkanı
        organisation: Uludağ Otomotiv Endüstrisi İhracatçıları Birliği (OİB)
        from: 2025-01-01
        source: {{url: "https://example.org/celik", publisher: {SOURCE}}}
  - id: bolat
    name: Ömer Bolat
    positions:
      - title: Ticaret Bakanı
        title_en: Minister of Trade
        organisation: Ticaret Bakanlığı
        from: 2025-01-01
        source: {{url: "https://example.org/bolat", publisher: {SOURCE}}}
"""


def body_claims(organisation: str, title: str = "Yönetim Kurulu Başkanı") -> str:
    return f"""\
- id: celik
  kind: entity
  type: person
  name: Baran Çelik
  official: celik
- id: body
  kind: entity
  type: organisation
  name: {organisation}
- id: role
  kind: role
  person: celik
  title: {title}
  organisation: body
  as_of: 2025-05-01
  quote: "Baran Çelik"
"""


@pytest.mark.parametrize(
    "organisation", ["Uludağ Otomotiv Endüstrisi İhracatçıları Birliği", "OİB"]
)
def test_an_organisation_the_record_writes_with_its_abbreviation(
    tmp_path: Path, organisation: str
) -> None:
    """Issue 13 §7: "… Birliği (OİB)" in the record is the same body as "… Birliği"."""
    ctx = make_context(tmp_path, body_claims(organisation), BODY_REGISTRY)
    assert run(OfficialTitleMismatch(), ctx) == []


def test_another_organisation_is_still_reported(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, body_claims("İstanbul Ticaret Odası"), BODY_REGISTRY)
    [finding] = run(OfficialTitleMismatch(), ctx)
    assert "the record has Uludağ Otomotiv Endüstrisi İhracatçıları Birliği (OİB)" in (
        finding.message
    )


@pytest.mark.parametrize(
    ("title", "reported"), [("Trade Minister", False), ("Minister of Trade", False),
                            ("Finance Minister", True)]
)
def test_an_english_title_turned_around(tmp_path: Path, title: str, reported: bool) -> None:
    """"Trade Minister" is how English writes the record's "Minister of Trade"."""
    claims = body_claims("Ticaret Bakanlığı", title).replace("official: celik", "official: bolat")
    ctx = make_context(tmp_path, claims, BODY_REGISTRY)
    assert bool(run(OfficialTitleMismatch(), ctx)) is reported
