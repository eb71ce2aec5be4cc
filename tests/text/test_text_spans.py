"""The mention index answers span queries by bisection: checked against a brute-force scan,
and its cost counted in operations (never wall-clock time)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimsuite.text import Article
from claimsuite.text.mentions import MentionKind
from claimsuite.text.mentions.spans import MentionIndex

K = MentionKind
WORDS = st.sampled_from(["%1", "2025'te", "ilk çeyrekte", "5 milyon dolar", "ve", "arttı", "."])


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORDS, max_size=40), data=st.data())
def test_overlapping_is_the_brute_force_scan(words, data):
    article = Article.from_text(" ".join(words), "tr")
    index = MentionIndex(article.mentions)
    start = data.draw(st.integers(0, len(article.text)))
    end = data.draw(st.integers(start, len(article.text)))
    brute = tuple(m for m in article.mentions if m.end > start and m.start < end)
    assert index.overlapping(start, end) == brute
    assert index.within(start, end) == tuple(m for m in brute if m.start >= start and m.end <= end)


@settings(max_examples=100, deadline=None)
@given(words=st.lists(WORDS, max_size=40), data=st.data())
def test_nearest_dated_period_is_the_brute_force_scan(words, data):
    article = Article.from_text(" ".join(words), "tr")
    index = MentionIndex(article.mentions)
    kinds = {K.YEAR, K.PERIOD}
    offset = data.draw(st.integers(0, len(article.text)))
    dated = [m for m in article.mentions if m.kind in kinds and m.period is not None]
    before = [m for m in dated if m.end <= offset]
    after = [m for m in dated if m.start >= offset]
    got = index.nearest(kinds, offset, before=True, bound=0, dated=True)
    assert got == (before[-1] if before else None)
    got = index.nearest(kinds, offset, before=False, bound=len(article.text), dated=True)
    assert got == (after[0] if after else None)


def _cost_of_asking_per_figure(n: int) -> tuple[int, int]:
    """Steps and mentions seen when every figure of one long sentence asks for its sentence's
    mentions and its nearest period (what the checks do)."""
    article = Article.from_text("2025'te ihracat " + "%1 " * n + "arttı.", "tr")
    index = article.mention_index
    sentence = article.sentences[0]
    seen = 0
    for mention in article.mentions:
        run = index.overlapping(sentence.start, sentence.end)
        seen += 1 if run else 0
        index.nearest({K.YEAR}, mention.start, before=True, bound=sentence.start, dated=True)
    return index.steps, seen


def test_span_queries_grow_linearly_with_the_sentence():
    # Issue 14: one sentence of "%1 %1 …" made mentions-in-a-span quadratic.
    small_steps, small_seen = _cost_of_asking_per_figure(300)
    large_steps, large_seen = _cost_of_asking_per_figure(3000)
    assert (small_seen, large_seen) == (301, 3001)  # every figure (and the year) asked once
    assert large_steps <= 11 * small_steps  # a quadratic scan would be ~100x
