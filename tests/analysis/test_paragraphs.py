"""The verdicts' paragraphs: the spans of the pattern they were first found with."""

from __future__ import annotations

import random
import re

import pytest

from claimsuite.analysis.verdicts.context_fields import ContextFields

# The pattern the paragraphs were found with before they were found by jumping.
PATTERN = re.compile(r"\S(?:.*?\S)?(?=\n[ \t]*\n|\s*\Z)", re.DOTALL)
# Letters, a full stop, and every kind of space the pattern tells apart.
ALPHABET = ["a", "b", ".", " ", "\t", "\n", "\r", "\xa0", "\u2003", "\x0b", "\x0c", "\x1c",
            "\u2028", "\x85"]


class _Text(ContextFields):
    def __init__(self, text: str) -> None:
        self._text = text


def _expected(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PATTERN.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "Headline\n\nLead sentence. Another.\n\nSecond paragraph.\n",
        "a\n\nb",  # a paragraph of one character runs on to the next
        "abc  \n\nxyz",  # spaces before the blank line: one paragraph
        "abc\n \t\nxyz\n\n\n",
        "abc\r\n\r\nxyz",
        "x",
    ],
)
def test_paragraphs_of_written_texts(text: str) -> None:
    assert _Text(text)._paragraphs == _expected(text)


def test_paragraphs_of_random_texts() -> None:
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        assert _Text(text)._paragraphs == _expected(text), repr(text)
