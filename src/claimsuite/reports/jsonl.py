"""JSON Lines: one compact JSON report per article (the ``json`` format's document, one per
line), for streaming and for ``--baseline`` of a later run."""

from __future__ import annotations

import json

from claimsuite.reports.base import Report


class JsonlRenderer:
    def render(self, report: Report) -> str:
        from claimsuite.reports.json import JsonRenderer  # noqa: PLC0415

        document = JsonRenderer().document(report)  # compact: json's C encoder
        line = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return line + "\n"
