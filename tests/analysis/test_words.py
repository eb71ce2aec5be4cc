"""Word lists and the numbers that are not figures."""

from __future__ import annotations

from claimsuite.analysis.words import extra_words, find_words, is_clock_time, is_ordinal
from claimsuite.text.article import Article
from claimsuite.text.mentions import MentionKind


def test_extra_words_reads_a_list_of_the_language_data() -> None:
    assert "göre" in extra_words("tr", "comparison", "anchored_words")
    assert "yıllık bazda" in extra_words("tr", "comparison", "comparison_words")
    assert "according to" in extra_words("en", "attribution", "source_before")


def test_a_turkish_word_runs_on_only_into_its_inflections() -> None:
    text = "Bakan konuştu. Bakanlığı açıkladı. Bakanın sözleri."
    found = [text[a:b] for a, b, _ in find_words(text, ["Bakan"], "tr")]
    assert found == ["Bakan", "Bakanın"]


def test_english_words_are_found_as_phrases() -> None:
    text = "According to the ministry, exports rose."
    assert find_words(text, ["according to"], "en") == [(0, 12, "according to")]


def test_clock_times_and_turkish_ordinals_are_not_figures() -> None:
    article = Article.from_text("Saat 14.00'te 2. tur başladı ve 15 kişi geldi.", "tr")
    numbers = {m.surface: m for m in article.mentions if m.kind is MentionKind.NUMBER}
    clock = next(m for s, m in numbers.items() if s.startswith("14"))
    assert is_clock_time(clock)
    assert not is_ordinal(article, clock)
    # The text layer reads "2." as an ordinal itself; no number mention is left for it.
    assert not any(s.startswith("2") for s in numbers)
    count = next(m for s, m in numbers.items() if s.startswith("15"))
    assert not is_clock_time(count)
    assert not is_ordinal(article, count)
