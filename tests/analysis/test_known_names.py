from __future__ import annotations

from pathlib import Path

from dated_context import make_context

from claimsuite.analysis.known_names import known_names
from claimsuite.analysis.spelling import name_pieces

ENTITIES = """\
- id: msb
  kind: entity
  type: organisation
  name: Millî Savunma Bakanlığı
  aliases: [MSB]
- id: simsek
  kind: entity
  type: person
  name: Mehmet Şimşek
"""


def test_every_accepted_name_with_its_pieces_in_claim_order(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, "Metin.", ENTITIES)
    found = known_names(ctx)
    assert [(k.entity.id, k.name) for k in found] == [
        ("msb", "Millî Savunma Bakanlığı"),
        ("msb", "MSB"),
        ("simsek", "Mehmet Şimşek"),
        ("simsek", "Şimşek"),  # the surname alone
    ]
    assert all(k.pieces == name_pieces(k.name, "tr") for k in found)


def test_kept_in_the_claim_set_for_the_same_record(tmp_path: Path) -> None:
    ctx = make_context(tmp_path, "Metin.", ENTITIES)
    assert known_names(ctx) is known_names(ctx)
