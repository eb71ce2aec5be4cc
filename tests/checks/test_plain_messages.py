"""Findings are plain data (issue 9): messages and related notes carry no Markdown and no
positions; places are Locations, article places carry their span's end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_selection_independence import CASES, CHECKS

from claimsuite.engine import run_checks

POSITION = re.compile(r"\b\d+:\d+\b|\bline \d+|\blines \d+")


@pytest.mark.parametrize("case", sorted(CASES))
def test_messages_are_plain_text(case: str, tmp_path: Path) -> None:
    findings = run_checks(CASES[case](tmp_path), CHECKS)
    assert findings
    for finding in findings:
        texts = [finding.message, *(r.message for r in finding.related)]
        for text in texts:
            assert "`" not in text, (finding.code, text)
            assert "**" not in text, (finding.code, text)
            assert "https://" not in text, (finding.code, text)  # URLs go in Related.url
            # Times of day and ratios aside, a "12:34" in a message is a position.
            assert not POSITION.search(text.replace("14.00", "")), (finding.code, text)
        where = finding.article
        if where is not None:
            assert where.offset is not None, finding.code
            assert where.end_line is not None, finding.code
            assert where.end_col is not None, finding.code


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    "article", sorted(p.stem for p in (CORPUS / "articles").glob("*.txt"))
)
def test_corpus_messages_are_plain_text(article: str) -> None:
    """The corpus articles raise many kinds of findings: all of them are plain."""
    from claimsuite.checks.base import Context  # noqa: PLC0415
    from claimsuite.claims.load import load_claims, load_registries  # noqa: PLC0415
    from claimsuite.text.article import Article  # noqa: PLC0415

    claims = load_claims(CORPUS / "claims" / f"{article}.yaml")
    text = (CORPUS / "articles" / f"{article}.txt").read_text("utf-8")
    ctx = Context(
        Article.from_text(text, claims.file.article.language),
        claims,
        load_registries(CORPUS / "record"),
    )
    for finding in run_checks(ctx, CHECKS):
        assert finding.code != "CS001", finding.message
        for text in (finding.message, *(r.message for r in finding.related)):
            assert "`" not in text, (finding.code, text)
            assert "https://" not in text, (finding.code, text)
            assert not POSITION.search(text), (finding.code, text)
