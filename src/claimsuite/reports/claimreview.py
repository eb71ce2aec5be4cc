"""schema.org ClaimReview JSON-LD, what fact-checkers publish: one review per claim that has
a verdict and a rating.

A claim's verdict is the report's per-claim verdict when the report carries one
(``ClaimRow.verdict``: consistent, contradicted, not enough information); otherwise it is
derived from the worst finding naming the claim: an error that is not accepted makes it
contradicted. A claim with no verdict (nothing found, or not enough information) gets no
review: a rating is only published for what was actually judged.
"""

from __future__ import annotations

import json
from typing import Any

from claimsuite.findings import Finding, Severity
from claimsuite.reports.base import Report

RATINGS = {  # verdict -> (ratingValue on 1..5, the rating's name)
    "contradicted": (1, "Contradicted"),
    "consistent": (5, "Consistent with the record"),
}


def _verdict(report: Report, row: object, worst: Finding | None) -> str | None:
    given = getattr(row, "verdict", None)
    if isinstance(given, str) and given:
        return given.replace("_", " ").lower()
    if worst is not None and worst.severity is Severity.ERROR:
        return "contradicted"
    return None


class ClaimReviewRenderer:
    def __init__(self, author: str = "claimsuite") -> None:
        self.author = author

    def render(self, report: Report) -> str:
        worst: dict[str, Finding] = {}
        for index, finding in enumerate(report.findings):
            if report.reason(index) is not None:
                continue  # accepted: the desk stands by the claim
            for claim in finding.claims:
                if claim not in worst or finding.severity.rank > worst[claim].severity.rank:
                    worst[claim] = finding
        items: list[dict[str, Any]] = []
        for row in report.claims:
            found = worst.get(row.id)
            verdict = _verdict(report, row, found)
            if verdict not in RATINGS:
                continue
            value, name = RATINGS[verdict]
            quoted = row.id
            if found is not None and found.article is not None:
                excerpt = report.excerpt(found.article.line, found.article.col)
                if excerpt is not None and excerpt.text.strip():
                    quoted = excerpt.text.strip()
            item: dict[str, Any] = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": f"{report.article}#{row.id}",
                "claimReviewed": quoted,
                "itemReviewed": {
                    "@type": "Claim",
                    "appearance": {"@type": "CreativeWork", "url": report.article},
                },
                "author": {"@type": "Organization", "name": self.author},
                "reviewRating": {
                    "@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                    "alternateName": name,
                },
            }
            if found is not None:
                item["reviewBody"] = found.message
            items.append(item)
        return json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
