from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimsuite.claims.load import check_official_links, load_claims, load_registries, load_registry
from claimsuite.errors import ClaimFileError

NO_SOURCE = {
    "statistics": """\
        statistics:
          - id: s
            metric: exports
            subject: turkiye
            period: 2025
            value: 1 billion USD
            publisher: TİM
        """,
    "officials": """\
        officials:
          - id: o
            name: Someone
            positions:
              - title: Bakan
                from: 2023-06-03
        """,
    "events": """\
        events:
          - id: e
            name: A meeting
            date: 2025-04-28
        """,
    "remarks": """\
        remarks:
          - id: r
            speaker: o
            summary: Said something.
        """,
    "entities": """\
        entities:
          - id: n
            name: Somewhere
        """,
}

EXPECTED_AT = {
    "statistics": "2:5",
    "officials": "5:9",
    "events": "2:5",
    "remarks": "2:5",
    "entities": "2:5",
}
EXPECTED_IN = {
    "statistics": "statistic 's'",
    "officials": "position #1 of official 'o'",
    "events": "event 'e'",
    "remarks": "remark 'r'",
    "entities": "entity 'n'",
}


@pytest.mark.parametrize("section", sorted(NO_SOURCE))
def test_entry_without_source_is_rejected(tmp_path: Path, section: str) -> None:
    path = tmp_path / "reg.yaml"
    path.write_text(textwrap.dedent(NO_SOURCE[section]), "utf-8")
    with pytest.raises(ClaimFileError) as info:
        load_registry(path)
    assert str(info.value) == (
        f"{path}:{EXPECTED_AT[section]}: missing field 'source' in {EXPECTED_IN[section]}"
        " — add 'source:' here"
    )


def test_source_without_url_or_document_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "reg.yaml"
    path.write_text(
        "events:\n  - id: e\n    name: A\n    date: 2025\n    source:\n      title: T\n", "utf-8"
    )
    with pytest.raises(ClaimFileError) as info:
        load_registry(path)
    assert str(info.value) == (
        f"{path}:6:7: 'source' of event 'e': a source needs a 'url' or a 'document' — add "
        "'url: https://...' or 'document: <title of the paper>'"
    )


def test_growth_rate_needs_base_period(tmp_path: Path) -> None:
    path = tmp_path / "reg.yaml"
    path.write_text(
        "statistics:\n  - id: s\n    metric: m\n    subject: t\n    period: 2025\n"
        "    value: 5 percent\n    publisher: P\n    source: {url: 'https://e.org'}\n", "utf-8"
    )
    with pytest.raises(ClaimFileError, match="a growth rate needs 'base_period'"):
        load_registry(path)


def test_project_registries_load_and_the_seed_links_to_them(root: Path) -> None:
    registries = load_registries(root / "claims" / "registries")
    assert [Path(doc.path).name for _, doc in registries.files] == [
        "corpus-entities.yaml", "corpus-officials.yaml", "corpus-statistics.yaml",
        "officials.yaml", "statistics.yaml",
    ]
    assert {"ilkay-altindag", "katherine-thompson", "mehmet-simsek"} <= set(registries.officials)
    claims = load_claims(root / "claims" / "tr-us-defense-2025.yaml")
    check_official_links(claims, registries)
    metrics = {s.metric for s in registries.all("statistics")}
    claimed = {getattr(c, "metric", None) for c in claims.claims} - {None}
    assert claimed <= metrics, "the seed's metric ids must be the registry's"


def test_registry_comments_survive_in_the_files(root: Path) -> None:
    text = (root / "claims" / "registries" / "officials.yaml").read_text("utf-8")
    assert text.startswith("# Officials named in articles")
    assert "open_questions:" in text
