"""Issue 13 §5: a claim's passage is checked field by field, whichever of its quotes or fields
an edit touches (statement dates, every quote of a role, event names with Turkish suffixes).

These run every built-in check, as ``claimsuite check`` does, and look at what the article
edit raises: an edit that changes a claimed fact must not slip through unreported."""

from __future__ import annotations

import pytest

from claimsuite.checks.registry import build_registry
from claimsuite.testing import claim_file, findings, make_context

CHECKS = tuple(build_registry())


def raised(text: str, claims: str, language: str, published: str = "2025-10-10") -> list[str]:
    ctx = make_context(text, claim_file(claims, language=language, published=published))
    return [
        f"{f.code} {f.severity.value}: {f.message}"
        for f in findings(ctx, *CHECKS)
        if f.severity.value in {"error", "warning"}
    ]


STATEMENT = """
- id: powell
  kind: entity
  type: person
  name: Jerome Powell
- id: said
  kind: statement
  speaker: powell
  content: rates will stay high
  date: 2025-10-03
  quote: "Jerome Powell said on Oct. 3 that rates would stay high"
"""
STATED = "Jerome Powell said on Oct. 3 that rates would stay high."


def test_a_statements_date_is_checked_against_its_passage() -> None:
    assert raised(STATED, STATEMENT, "en") == []
    edited = raised(STATED.replace("Oct. 3", "Oct. 4"), STATEMENT, "en")
    assert any(line.startswith("CS402 error") and "2025-10-03" in line for line in edited), edited


ROLE = """
- id: bolat
  kind: entity
  type: person
  name: Ömer Bolat
- id: bolat-role
  kind: role
  person: bolat
  title: Ticaret Bakanı
  as_of: 2025-10-10
  quote:
    - "Ticaret Bakanı Ömer Bolat konuştu"
    - "Daha sonra Ticaret Bakanı Bolat açıklama yaptı"
"""
ROLE_TEXT = "Ticaret Bakanı Ömer Bolat konuştu. Daha sonra Ticaret Bakanı Bolat açıklama yaptı."


@pytest.mark.parametrize(
    ("old", "new"),
    [("Ticaret Bakanı Ömer", "Sanayi Bakanı Ömer"), ("sonra Ticaret", "sonra Sanayi")],
)
def test_an_edit_to_any_quote_of_a_role_is_caught(old: str, new: str) -> None:
    assert raised(ROLE_TEXT, ROLE, "tr") == []
    edited = raised(ROLE_TEXT.replace(old, new), ROLE, "tr")
    assert any(" error: " in line and "bolat-role" in line for line in edited), edited


EVENT = """
- id: ceremony
  kind: event
  name: imza töreni
  date: 2025-10-09
  quote: "9 Ekim'de düzenlenen imza töreninde"
"""
EVENT_TEXT = "Anlaşma 9 Ekim'de düzenlenen imza töreninde imzalandı."


def test_event_names_match_with_turkish_suffixes() -> None:
    assert raised(EVENT_TEXT, EVENT, "tr") == []
    single = EVENT.replace("name: imza töreni", "name: tören")
    assert raised(EVENT_TEXT, single, "tr") == []
    edited = raised(EVENT_TEXT.replace("imza töreninde", "imza toplantısında"), EVENT, "tr")
    assert any(" error: " in line and "ceremony" in line for line in edited), edited
