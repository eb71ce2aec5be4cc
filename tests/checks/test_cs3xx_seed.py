"""The record checks on the seed article: they fire exactly where it disagrees with the record."""

from __future__ import annotations

from pathlib import Path

from claimsuite import engine


def test_seed_disagreements_with_the_record(root: Path) -> None:
    inputs = engine.load_inputs(
        root / "seeds" / "tr-us-defense-2025.txt",
        root / "claims" / "tr-us-defense-2025.yaml",
        root / "claims" / "registries",
    )
    report = engine.check(inputs, select=("CS3",))
    found = sorted((f.code, f.claims) for f in report.findings)
    assert found == [
        ("CS301", ("exports-2023-q1-growth",)),
        ("CS303", ("exports-2025-q1-growth", "ticaret-bakanligi")),
        ("CS304", ("altindag-role",)),
        ("CS307", ("simsek-top10-forecast",)),
    ]
    messages = {f.code: f.message for f in report.findings}
    assert "70%" in messages["CS301"]
    assert "15.1%" in messages["CS301"]
    assert "Türkiye İhracatçılar Meclisi (TİM)" in messages["CS301"]
    urls = {f.code: [r.url for r in f.related] for f in report.findings}
    assert any(u and u.startswith("https://turdef.com/") for u in urls["CS301"])
    assert all("https://" not in m for m in messages.values())
    assert '"Savunma Güvenlik Genel Müdürü"' in messages["CS304"]
    assert '"Savunma ve Güvenlik Genel Müdürü"' in messages["CS304"]
    assert "about 2023" in messages["CS307"]
    assert "2025-09-17 about 2025" in messages["CS307"]
