"""The article-text layer: reading articles, normalising text and finding figures in it."""

from __future__ import annotations

from claimsuite.text.article import Article, Span
from claimsuite.text.language import LanguageData, load_language
from claimsuite.text.mentions import (
    Mention,
    MentionKind,
    extract_mentions,
    find_name,
    find_phrases,
    parse_number,
)
from claimsuite.text.normalize import Folded, clean, fold, strip_marks

__all__ = [
    "Article",
    "Folded",
    "LanguageData",
    "Mention",
    "MentionKind",
    "Span",
    "clean",
    "extract_mentions",
    "find_name",
    "find_phrases",
    "fold",
    "load_language",
    "parse_number",
    "strip_marks",
]
