from __future__ import annotations

import pytest

from claimsuite.text.search import hedges_in


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("İhracat muhtemelen artacak.", "tr", ["muhtemelen"]),
        ("Anlaşma imzalanabilir, belki de olabilir.", "tr", ["belki", "olabilir"]),
        ("Exports may rise in May 2025.", "en", ["may"]),
        ("Exports will probably rise by May 12.", "en", ["probably"]),
        ("On 12 May the figures came out.", "en", []),
        ("The deal is likely to close; it could slip.", "en", ["likely", "could"]),
        ("Belkıs Hanım geldi; mayıs ayında.", "tr", []),  # "belki" does not run into a name
    ],
)
def test_hedges_in_text(text, language, found):
    assert [text[a:b].lower() for a, b, _ in hedges_in(text, language)] == found


def test_hedges_in_a_span_have_text_offsets():
    text = "Muhtemelen 2025'te. İhracat muhtemelen artacak."
    start = text.index("İhracat")
    hits = hedges_in(text, "tr", start, len(text))
    assert [(a, b) for a, b, _ in hits] == [(text.index("muhtemelen"), text.index(" artacak"))]
