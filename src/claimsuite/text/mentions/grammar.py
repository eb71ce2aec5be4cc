"""The period grammar: ``[[period]]`` templates of the language files (filled in below)."""

from __future__ import annotations

from claimsuite.text.language import Phrase
from claimsuite.text.mentions.core import Cursor, Found

__all__ = ["anchor_phrases", "first_words", "template"]


def first_words(code: str) -> tuple[str, ...]:
    return ()


def anchor_phrases(code: str) -> tuple[Phrase, ...]:
    return ()


def template(cur: Cursor, i: int) -> Found | None:
    return None
