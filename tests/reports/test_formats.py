"""Every output format over the same report: SARIF validates against the official schema,
one-line formats keep one finding per line, GitHub commands are escaped."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimsuite.findings import Finding, Location, Related, Scope, Severity, Status
from claimsuite.reports import FORMATS, renderer
from claimsuite.reports.assemble import excerpt, fingerprint
from claimsuite.reports.base import CheckInfo, Report
from claimsuite.text.article import Article

SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
TEXT = "İhracat yüzde 72 arttı.\nToplantı 100% Ankara'da, 3,5 saat sürdü.\n"
ARTICLE = Article.from_text(TEXT, "tr", path="seeds/a.txt")

FINDINGS = (
    Finding(
        "CS301", Severity.ERROR,
        "claim growth gives 72% for exports in 2025-Q1; the record has 15.1%",
        article=Location("seeds/a.txt", 1, 9, 1, 17, 8, 16),
        claim_file=Location("claims/a.yaml", 12, 11),
        claims=("growth",), fields=("rate",),
        related=(Related("the record: 15.1% (TİM)", None, "https://example.org/tim"),
                 Related("the other sentence", Location("seeds/a.txt", 2, 1))),
        suggestion="15.1%",
    ),
    Finding("CS403", Severity.WARNING, "figure 100% is in no claim,\nline two: 50% too",
            article=Location("seeds/a.txt", 2, 10, 2, 14, 33, 37)),
    Finding("CS001", Severity.ERROR, "check LOC001 crashed",
            claim_file=Location("claims/a.yaml", 1, 1)),
)
CHECKS = (
    CheckInfo("CS001", "check-crashed", Severity.ERROR, "A check crashed.", "m", Scope.ARTICLE),
    CheckInfo("CS301", "record-value-differs", Severity.ERROR, "A figure differs from the record.",
              "m", Scope.RECORD, Status.STABLE),
    CheckInfo("CS403", "figure-not-covered", Severity.WARNING, "A figure no claim covers.", "m",
              Scope.ARTICLE, Status.PREVIEW),
)
REPORT = Report(
    article="seeds/a.txt",
    claims_file="claims/a.yaml",
    excerpts={(f.article.line, f.article.col): excerpt(ARTICLE, f.article)
              for f in FINDINGS if f.article},
    findings=FINDINGS,
    checks=CHECKS,
    claims=(),
    fingerprints=tuple(fingerprint(ARTICLE, f) for f in FINDINGS),
)


def test_sarif_is_valid_against_the_official_schema() -> None:
    document = json.loads(renderer("sarif").render(REPORT))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    (run,) = document["runs"]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["CS001", "CS301", "CS403"]
    rule = run["tool"]["driver"]["rules"][1]
    assert rule["helpUri"].endswith("CS301.md")
    assert rule["help"]["text"].startswith("A figure differs from the record.")
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 17,
        "charOffset": 8, "charLength": 8,
    }
    related = first["relatedLocations"]
    assert [r["message"]["text"] for r in related] == [
        "the claim in the claim file", "the record: 15.1% (TİM)", "the other sentence"
    ]
    assert first["partialFingerprints"]["claimsuite/v1"] == REPORT.fingerprints[0]


def test_sarif_help_uri_follows_the_configured_docs_url() -> None:
    document = json.loads(renderer("sarif", docs_url="https://desk.example/checks").render(REPORT))
    rules = document["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["helpUri"] == "https://desk.example/checks/CS001.md"


def test_concise_is_one_line_per_finding_then_the_counts() -> None:
    lines = renderer("concise").render(REPORT).splitlines()
    assert lines == [
        "seeds/a.txt:1:9: CS301 claim growth gives 72% for exports in 2025-Q1; the record has "
        "15.1%",
        "seeds/a.txt:2:10: CS403 figure 100% is in no claim, line two: 50% too",
        "claims/a.yaml:1:1: CS001 check LOC001 crashed",
        "seeds/a.txt: errors: 2, warnings: 1, questions: 0",
    ]


def test_github_commands_escape_percent_and_newlines() -> None:
    lines = renderer("github").render(REPORT).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(
        "::error file=seeds/a.txt,line=1,col=9,endLine=1,endColumn=17,"
        "title=CS301 record-value-differs::claim growth gives 72%25 for exports"
    )
    assert lines[0].endswith("(suggested: 15.1%25)")
    assert "100%25 is in no claim, line two: 50%25 too" in lines[1]


def test_rdjson_ranges_and_severities() -> None:
    document = json.loads(renderer("rdjson").render(REPORT))
    first, second, third = document["diagnostics"]
    assert first["location"] == {
        "path": "seeds/a.txt",
        "range": {"start": {"line": 1, "column": 9}, "end": {"line": 1, "column": 17}},
    }
    assert (first["severity"], second["severity"]) == ("ERROR", "WARNING")
    assert third["location"]["path"] == "claims/a.yaml"
    assert first["message"].endswith("(suggested: 15.1%)")


def test_full_underlines_the_span_and_colours_only_when_asked() -> None:
    plain = renderer("full").render(REPORT)
    assert "   | İhracat yüzde 72 arttı." in plain
    assert "   |         ^^^^^^^^" in plain
    assert "   = see: the record: 15.1% (TİM) https://example.org/tim" in plain
    assert "\x1b[" not in plain
    coloured = renderer("full", color=True).render(REPORT)
    assert "\x1b[1;31merror\x1b[0m" in coloured


def test_fingerprints_ignore_place_and_wording_but_not_the_figure() -> None:
    moved = Finding("CS301", Severity.ERROR, "reworded", article=Location("seeds/a.txt", 9, 1),
                    claims=("growth",), fields=("rate",), suggestion="15.1%")
    assert fingerprint(ARTICLE, moved) == fingerprint(ARTICLE, FINDINGS[0])
    other_span = Finding("CS403", Severity.WARNING, "figure 100% is in no claim,\nline two",
                         article=Location("seeds/a.txt", 1, 9, 1, 17, 8, 16))
    assert fingerprint(ARTICLE, other_span) != fingerprint(ARTICLE, FINDINGS[1])


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_renders_the_same_report_deterministically(name: str) -> None:
    assert renderer(name).render(REPORT) == renderer(name).render(REPORT)


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown report format 'xml'"):
        renderer("xml")


@pytest.mark.parametrize("findings", [FINDINGS, (), FINDINGS[1:2]])
def test_json_renders_the_findings_as_one_dump_of_the_document_would(findings: tuple) -> None:
    """The JSON renderer writes the findings one at a time; the text is json.dumps' own,
    even for a message holding the document's own key and line breaks."""
    from dataclasses import replace  # noqa: PLC0415

    from claimsuite.reports.json import JsonRenderer  # noqa: PLC0415

    tricky = Finding("CS403", Severity.WARNING, '\n  "findings": []\n"findings": [\n  ]',
                     article=Location("seeds/a.txt", 2, 1))
    for found in (findings, (*findings, tricky) if findings else ()):
        report = replace(REPORT, findings=found, fingerprints=tuple(
            fingerprint(ARTICLE, f) for f in found))
        rendered = JsonRenderer().render(report)
        document = JsonRenderer().document(report)
        assert rendered == json.dumps(document, ensure_ascii=False, indent=2,
                                      sort_keys=True) + "\n"
