"""Drafting a claim file from an article (issue 11): every figure, date, period, person,
title, organisation and place the text layer finds, as typed claims marked ``draft: true``
for a person to confirm.

- :mod:`.figures`: figures, dates and periods sentence by sentence, on the grammar of
  :mod:`claimsuite.text.mentions` (periods resolved against the publication date) and the
  direction words of :mod:`claimsuite.text.events`;
- :mod:`.names`: people (linked to officials of the record), their titles, organisations
  and places;
- :mod:`.build`: the claim file as YAML-ready data, written new or merged into an existing
  file without touching its lines;
- :mod:`.measure`: recall and precision of a draft against a hand-written claim set.
"""

from __future__ import annotations

from claimsuite.draft.build import DraftOptions, draft_claims, render_merged, render_new

__all__ = ["DraftOptions", "draft_claims", "render_merged", "render_new"]
