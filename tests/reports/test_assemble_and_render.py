"""reports/: excerpts are bounded and marked, and renderers show the plain-data findings."""

from __future__ import annotations

import json

from claimsuite.findings import Finding, Location, Related, Scope, Severity, Status
from claimsuite.reports.assemble import CONTEXT_CHARS, MARKED_CHARS, WHOLE_CHARS, excerpt
from claimsuite.reports.base import CheckInfo, Excerpt, Report
from claimsuite.reports.json import JsonRenderer
from claimsuite.reports.markdown import MarkdownRenderer
from claimsuite.text.article import Article

TEXT = "İhracat yüzde 72 arttı. Toplantı Ankara'da yapıldı.\n"


def _article(text: str = TEXT) -> Article:
    return Article.from_text(text, "tr", path="a.txt")


def _at(article: Article, start: int, end: int) -> Location:
    line, col = article.position(start)
    end_line, end_col = article.position(end)
    return Location(article.path, line, col, end_line, end_col, start, end)


def test_a_short_sentence_is_quoted_whole_with_the_span_marked() -> None:
    article = _article()
    start = TEXT.index("yüzde 72")
    quote = excerpt(article, _at(article, start, start + len("yüzde 72")))
    assert quote == Excerpt("İhracat ", "yüzde 72", " arttı.")


def test_a_start_without_an_end_quotes_the_sentence_unmarked() -> None:
    article = _article()
    start = TEXT.index("Ankara")
    quote = excerpt(article, Location("a.txt", 1, start + 1))
    assert quote.marked == ""
    assert quote.text == "Toplantı Ankara'da yapıldı."


def test_a_long_sentence_is_clipped_around_the_span() -> None:
    text = " ".join(["1/1"] * 20_000) + ".\n"
    article = _article(text)
    start = text.index("1/1", 30_000)
    quote = excerpt(article, _at(article, start, start + 3))
    assert quote.marked == "1/1"
    assert quote.before.startswith("…")
    assert quote.after.endswith("…")
    assert len(quote.text) <= max(WHOLE_CHARS, 2 * CONTEXT_CHARS + MARKED_CHARS) + 2


def _report(finding: Finding) -> Report:
    where = finding.article
    assert where is not None
    return Report(
        article="a.txt",
        claims_file="c.yaml",
        excerpts={(where.line, where.col): excerpt(_article(), where)},
        findings=(finding,),
        checks=(CheckInfo("CS301", "record-value-differs", Severity.ERROR, "s",
                          "claimsuite.checks.cs301", Scope.RECORD, Status.STABLE),),
        claims=(),
    )


FINDING = Finding(
    "CS301",
    Severity.ERROR,
    "growth-2025 gives 72% for exports in 2025-Q1; the record has 15.1%",
    article=Location("a.txt", 1, 9, 1, 17, 8, 16),
    claim_file=Location("c.yaml", 12, 11),
    claims=("growth-2025",),
    fields=("rate",),
    related=(Related("the record: 15.1% (TİM)", None, "https://example.org/tim"),),
    suggestion="15.1%",
)


def test_markdown_marks_the_span_and_lists_related_places_and_the_suggestion() -> None:
    text = MarkdownRenderer().render(_report(FINDING))
    assert "> İhracat **yüzde 72** arttı." in text
    assert "  - see the record: 15.1% (TİM) <https://example.org/tim>" in text
    assert "  - suggested: `15.1%`" in text
    assert "claim `growth-2025` (rate):" in text
    assert "[CS301 record-value-differs](" in text
    assert "| Errors | 1 |" in text


def test_markdown_quotes_a_sentence_once_with_every_span_in_bold() -> None:
    other = Finding("CS301", Severity.ERROR, "second", article=Location("a.txt", 1, 1, 1, 8, 0, 7),
                    claims=("x",))
    article = _article()
    report = Report(
        article="a.txt",
        claims_file="c.yaml",
        excerpts={(f.article.line, f.article.col): excerpt(article, f.article)
                  for f in (FINDING, other) if f.article},
        findings=(FINDING, other),
        checks=(),
        claims=(),
    )
    text = MarkdownRenderer().render(report)
    assert text.count("> **İhracat** **yüzde 72** arttı.") == 1


def test_json_keeps_the_finding_as_structured_data() -> None:
    document = json.loads(JsonRenderer().render(_report(FINDING)))
    (finding,) = document["findings"]
    assert finding["article"] == {"path": "a.txt", "line": 1, "col": 9, "end_line": 1,
                                  "end_col": 17, "offset": 8, "end_offset": 16}
    assert finding["claim_file"] == {"path": "c.yaml", "line": 12, "col": 11}
    assert finding["fields"] == ["rate"]
    assert finding["related"] == [{"message": "the record: 15.1% (TİM)", "location": None,
                                   "url": "https://example.org/tim"}]
    assert finding["suggestion"] == "15.1%"
    assert document["checks"][0]["status"] == "stable"
