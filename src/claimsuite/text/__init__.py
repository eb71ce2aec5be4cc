"""The article-text layer: reading articles, normalising text and finding figures in it.

What analysis reads from here:

- :func:`extract_mentions` — typed figures (:class:`Mention`: value, unit, precision,
  :class:`Bound`, :class:`Flag` set, and a :class:`Period` or a relative form);
- :func:`resolve` — a mention's period for an article's publication date (fiscal start,
  context period, tense and the year named nearby taken into account);
- :func:`direction_in` / :func:`direction_at` and :func:`tense_in` — rise or fall, and
  done / to come / negated, as the language data's words say;
- :func:`unread_in` — period-looking phrases the grammar could not read (for a question,
  never a verdict), and :func:`base_markers_in` — "year on year", "aynı dönemde";
- :func:`hedges_in` — hedge words in a span; :class:`MentionIndex` (``Article.mention_index``)
  — mentions in a span by bisection.
"""

from __future__ import annotations

from claimsuite.text.article import Article, Span
from claimsuite.text.events import Direction, Tense, direction_at, direction_in, tense_in
from claimsuite.text.language import LanguageData, load_language
from claimsuite.text.mentions import (
    Bound,
    Flag,
    Mention,
    MentionKind,
    Relative,
    extract_mentions,
    find_name,
    find_phrases,
    parse_number,
    resolve,
)
from claimsuite.text.mentions.spans import MentionIndex
from claimsuite.text.normalize import Folded, clean, fold, strip_marks
from claimsuite.text.phrases import BaseMarker, Unread, base_markers_in, unread_in
from claimsuite.text.search import find_words, hedges_in

__all__ = [
    "Article",
    "BaseMarker",
    "Bound",
    "Direction",
    "Flag",
    "Folded",
    "LanguageData",
    "Mention",
    "MentionIndex",
    "MentionKind",
    "Relative",
    "Span",
    "Tense",
    "Unread",
    "base_markers_in",
    "clean",
    "direction_at",
    "direction_in",
    "extract_mentions",
    "find_name",
    "find_phrases",
    "find_words",
    "fold",
    "hedges_in",
    "load_language",
    "parse_number",
    "resolve",
    "strip_marks",
    "tense_in",
    "unread_in",
]
