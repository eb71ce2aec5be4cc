from __future__ import annotations

from pathlib import Path

from dated_context import col, context
from dated_context import findings as run

from claimsuite.checks.base import Location, Severity
from claimsuite.checks.cs602_unattributed_passive import UnattributedPassive

CLAIMS = """\
- id: msb
  kind: entity
  type: organisation
  name: Millî Savunma Bakanlığı
- id: turkiye
  kind: entity
  type: country
  name: Türkiye
- id: exchange
  kind: statement
  content: Views were exchanged.
  quote: "Güvenlik meseleleri hakkında bilgi alışverişi yapıldığı bildirildi."
- id: industry
  kind: statement
  speaker: msb
  content: Industry was discussed.
  quote: "Savunma sanayii konularının ele alındığı belirtildi."
"""


def test_passive_without_speaker_is_asked_about(tmp_path: Path) -> None:
    text = (
        "Güvenlik meseleleri hakkında bilgi alışverişi yapıldığı bildirildi. "
        "Milli Savunma Bakanlığı'nın açıklamasında iş birliğinin ele alındığı ifade edildi. "
        "Türkiye ile ilişkilerin güçlendiği vurgulandı. "
        "Savunma sanayii konularının ele alındığı belirtildi."
    )
    findings = run(UnattributedPassive(), context(tmp_path, "tr", CLAIMS, text))
    assert [(f.article, f.message, f.claims) for f in findings] == [
        (
            Location("<text>", 1, col(text, "bildirildi")),
            "'bildirildi': the sentence does not say who said it",
            ("exchange",),
        ),
        (
            Location("<text>", 1, col(text, "vurgulandı")),
            "'vurgulandı': the sentence does not say who said it",
            (),
        ),
        (
            Location("<text>", 1, col(text, "belirtildi")),
            "'belirtildi': the sentence does not say who said it, "
            "though claim industry gives speaker msb",
            ("industry",),
        ),
    ]
    assert findings[0].severity is Severity.INFO
    assert findings[0].article.end_col == col(text, "bildirildi") + len("bildirildi")
    assert findings[2].fields == ("speaker",)
    [related] = findings[2].related
    assert related.message == "claim industry gives speaker msb"
    assert related.location is not None
    assert related.location.path.endswith("claims.yaml")


def test_attributed_passives_are_quiet(tmp_path: Path) -> None:
    text = (
        "Bakanlık tarafından toplantının yapıldığı bildirildi. "
        "Milli Savunma Bakanlığı, görüşmelerin verimli geçtiğini belirtti. "
        "Açıklandığı üzere toplantı Ankara'da yapıldı."
    )
    assert run(UnattributedPassive(), context(tmp_path, "tr", CLAIMS, text)) == []


def test_english_passive(tmp_path: Path) -> None:
    text = (
        "It was reported that talks went well. According to the ministry, it was reported "
        "that exports rose. The Ministry of Defence said it was reported too."
    )
    [finding] = run(UnattributedPassive(), context(tmp_path, "en", ENTITIES_EN, text))
    assert finding.message == "'It was reported': the sentence does not say who said it"
    assert finding.article == Location("<text>", 1, 1)


ENTITIES_EN = """\
- id: mod
  kind: entity
  type: organisation
  name: Ministry of Defence
"""


def test_a_passive_that_records_a_figure_is_not_speech(tmp_path: Path) -> None:
    """Issue 13 §7: "411,5 milyar lira olarak kaydedildi" is "was recorded as", data whose
    source the lead gives; "... geçtiği kaydedildi" (it was noted that) still reports speech."""
    text = (
        "Aynı ayda faiz dışı açık 411,5 milyar lira olarak kaydedildi. "
        "Görüşmenin verimli geçtiği kaydedildi."
    )
    found = [f.message for f in run(UnattributedPassive(), context(tmp_path, "tr", CLAIMS, text))]
    assert found == ["'kaydedildi': the sentence does not say who said it"]
