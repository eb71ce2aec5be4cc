"""schema.org ClaimReview JSON-LD, what fact-checkers publish: one review per claim that has
a verdict and a rating.

A claim is rated **contradicted** (1 of 5) when a finding that is not accepted names it at
error severity, or when the report's per-claim verdict (``ClaimRow.verdict``, the claim
against its passage) says contradicted; **consistent** (5 of 5) when that verdict says
consistent and no warning or error names the claim. Everything else gets no review: not
enough information, a claim with only questions or warnings, and a claim with an accepted
finding (the desk's reason is not a rating). A rating is published only for what was judged.
"""

from __future__ import annotations

import json
from typing import Any

from claimsuite.findings import Finding, Severity
from claimsuite.reports.base import Report

RATINGS = {  # verdict -> (ratingValue on 1..5, the rating's name)
    "contradicted": (1, "Contradicted"),
    "consistent": (5, "Consistent"),
}


def _verdict(row: object, worst: Finding | None) -> str | None:
    given = str(getattr(row, "verdict", "") or "").replace("_", " ").lower()
    if (worst is not None and worst.severity is Severity.ERROR) or given == "contradicted":
        return "contradicted"
    if given == "consistent" and (worst is None or worst.severity is Severity.INFO):
        return "consistent"
    return None


class ClaimReviewRenderer:
    def __init__(self, author: str = "claimsuite") -> None:
        self.author = author

    def render(self, report: Report) -> str:
        worst: dict[str, Finding] = {}
        accepted: set[str] = set()
        for index, finding in enumerate(report.findings):
            if report.reason(index) is not None:
                accepted.update(finding.claims)  # the desk's reason is not a rating
                continue
            for claim in finding.claims:
                if claim not in worst or finding.severity.rank > worst[claim].severity.rank:
                    worst[claim] = finding
        items: list[dict[str, Any]] = []
        for row in report.claims:
            if row.id in accepted:
                continue
            found = worst.get(row.id)
            verdict = _verdict(row, found)
            if verdict not in RATINGS:
                continue
            value, name = RATINGS[verdict]
            quoted = getattr(row, "passage", "") or row.id
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
