from __future__ import annotations

from pathlib import Path

import pytest
from officials_fixture import REGISTRY, role_claims
from record_context import make_context, run

from claimsuite.checks.base import Severity
from claimsuite.checks.cs305_official_not_in_office import OfficialNotInOffice


def findings(tmp_path: Path, claims: str) -> list[str]:
    found = run(OfficialNotInOffice(), make_context(tmp_path, claims, REGISTRY))
    assert all(f.severity is Severity.ERROR for f in found)
    return [f.message for f in found]


def test_before_any_position(tmp_path: Path) -> None:
    claims = role_claims("Savunma ve Güvenlik Genel Müdürü", as_of="2024-06-01")
    assert findings(tmp_path, claims) == [
        "role has İlkay Altındağ as Savunma ve Güvenlik Genel Müdürü on 2024-06-01, but the "
        "record shows no position held then; nearest: Savunma ve Güvenlik Genel Müdürü "
        "2025-01-30 to 2025-10-17, when the next entry starts (Example News)"
    ]


def test_after_a_position_ended(tmp_path: Path) -> None:
    claims = role_claims(
        "Müsteşar Yardımcısı Vekili", person="thompson", organisation="us-dod", as_of="2026-03"
    )
    [message] = findings(tmp_path, claims)
    assert "on 2026-03, but the record shows no position held then" in message
    assert "2025-04-28 to 2025-12-31" in message


@pytest.mark.parametrize("as_of", ["2025-04-28", "2026-05-01", "2024-01-01/2025-02-01"])
def test_held_at_some_time_in_as_of_is_quiet(tmp_path: Path, as_of: str) -> None:
    claims = role_claims("Savunma ve Güvenlik Genel Müdürü", as_of=as_of)
    assert findings(tmp_path, claims) == []


def test_person_without_official_link_is_not_checked(tmp_path: Path) -> None:
    claims = role_claims("Anything", person="nobody", as_of="1990")
    assert findings(tmp_path, claims) == []
