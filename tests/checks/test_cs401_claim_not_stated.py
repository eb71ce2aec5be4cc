from __future__ import annotations

from pathlib import Path

from dated_context import findings, make_context, messages

from claimsuite.checks.cs401_claim_not_stated import ClaimNotStated

CLAIMS = """\
- id: ankara
  kind: entity
  type: place
  name: Ankara
- id: meeting
  kind: event
  name: Savunma Toplantısı
  date: 2025-04-28
  place: ankara
  quote:
    - "Savunma Toplantısı 28 Nisan 2025'te Ankara'da yapıldı."
    - "Bir sonraki toplantı 2026 yılında yapılacak."
"""
TEXT = (
    "Savunma Toplantısı 28 Nisan 2025'te Ankara'da yapıldı. Taraflar memnun kaldı.\n"
    "Bir sonraki toplantı 2026 yılında yapılacak.\n"
)


def test_all_passages_present(tmp_path: Path) -> None:
    assert messages(ClaimNotStated(), make_context(tmp_path, TEXT, CLAIMS)) == []


def test_reflowed_and_retyped_passages_still_count(tmp_path: Path) -> None:
    text = TEXT.replace("Ankara'da", "ANKARA’da").replace(" 28 Nisan", "\n28   Nisan")
    assert messages(ClaimNotStated(), make_context(tmp_path, text, CLAIMS)) == []


def test_dropped_sentence(tmp_path: Path) -> None:
    text = TEXT.replace("Bir sonraki toplantı 2026 yılında yapılacak.\n", "")
    found = findings(ClaimNotStated(), make_context(tmp_path, text, CLAIMS))
    assert [f.message for f in found] == [
        "claim meeting is no longer stated: no passage resembles "
        '"Bir sonraki toplantı 2026 yılında yapılacak."'
    ]
    assert found[0].claim_file is not None
    assert found[0].claim_file.line == 16  # the second quote, in the claim file


def test_entity_no_longer_named(tmp_path: Path) -> None:
    text = TEXT.replace("Ankara'da", "başkentte")
    assert "entity ankara ('Ankara') is no longer named in the article" in messages(
        ClaimNotStated(), make_context(tmp_path, text, CLAIMS)
    )
