"""A small officials registry shared by the CS304/CS305 tests."""

from __future__ import annotations

from record_context import source

REGISTRY = f"""\
officials:
  - id: pasha
    name: İlkay Altındağ
    positions:
      - title: Savunma ve Güvenlik Genel Müdürü
        organisation: Millî Savunma Bakanlığı
        rank: Tümgeneral / Major General
        from: 2025-01-30
        to: null
{source(8)}      - title: Savunma ve Güvenlik Genel Müdürü
        organisation: Millî Savunma Bakanlığı
        rank: Korgeneral / Lieutenant General
        from: 2025-10-18
{source(8)}  - id: envoy
    name: Katherine Thompson
    positions:
      - title: Acting Deputy Assistant Secretary of Defense
        aliases: [Müsteşar Yardımcısı Vekili]
        organisation: U.S. Department of Defense
        from: 2025-04-28
        to: 2025-12-31
{source(8)}entities:
  - id: us-dod
    name: U.S. Department of Defense
    aliases: [ABD Savunma Bakanlığı]
{source(4)}"""


def role_claims(
    title: str,
    *,
    person: str = "altindag",
    rank: str | None = None,
    organisation: str = "msb",
    as_of: str = "2025-04-28",
) -> str:
    rank_line = f"  rank: {rank}\n" if rank else ""
    return f"""\
- id: altindag
  kind: entity
  type: person
  name: İlkay Altındağ
  official: pasha
- id: thompson
  kind: entity
  type: person
  name: Katherine Thompson
  official: envoy
- id: nobody
  kind: entity
  type: person
  name: Someone Else
- id: msb
  kind: entity
  type: organisation
  name: Milli Savunma Bakanlığı
- id: us-dod
  kind: entity
  type: organisation
  name: ABD Savunma Bakanlığı
- id: role
  kind: role
  person: {person}
  title: {title}
{rank_line}  organisation: {organisation}
  as_of: {as_of}
  quote: "{title}"
"""
