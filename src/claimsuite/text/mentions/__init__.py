"""Typed figures in article text — percentages, amounts, counts, years, dates, periods, ranks,
ordinals and relative time words — each with its character span.

One module per mention kind (:mod:`.numbers`, :mod:`.amounts`, :mod:`.percentages`,
:mod:`.dates`, :mod:`.periods`, :mod:`.ranks`, :mod:`.relative`, and the period templates of
:mod:`.grammar`), on a small :mod:`.core` (the :class:`Mention` type and the token cursor);
:mod:`.extract` runs the pass. The words are data: ``text/lang/<code>.toml`` through
:func:`claimsuite.text.language.load_language`.
"""

from __future__ import annotations

from claimsuite.text.mentions.core import Bound, Flag, Mention, MentionKind, Relative
from claimsuite.text.mentions.extract import extract_mentions, parse_number
from claimsuite.text.mentions.resolve import resolve, resolve_relative
from claimsuite.text.search import find_name, find_phrases

__all__ = [
    "Bound",
    "Flag",
    "Mention",
    "MentionKind",
    "Relative",
    "extract_mentions",
    "find_name",
    "find_phrases",
    "parse_number",
    "resolve",
    "resolve_relative",
]
