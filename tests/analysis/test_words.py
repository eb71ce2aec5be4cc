"""Word lists and the numbers that are not figures."""

from __future__ import annotations

from claimsuite.analysis.words import (
    extra_words,
    find_words,
    is_clock_time,
    is_duration,
    is_ordinal,
    is_range_end,
)
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


def _numbers(text: str, language: str) -> dict[str, object]:
    article = Article.from_text(text, language)
    return article, {m.surface: m for m in article.mentions if m.kind is MentionKind.NUMBER}


def test_clock_times_written_with_a_day_part_are_not_figures() -> None:
    article, numbers = _numbers("More than 1.7 million ballots had been cast by 6 p.m.", "en")
    assert is_clock_time(numbers["6"], article)
    assert not is_clock_time(numbers["6"])  # without the article only "14.00" is a time
    article, numbers = _numbers("Doors opened at 9 a.m. and 15 people came.", "en")
    assert is_clock_time(numbers["9"], article)
    assert not is_clock_time(numbers["15 people"], article)
    article, numbers = _numbers("Toplantı saat 14'te başladı.", "tr")
    assert all(is_clock_time(m, article) for s, m in numbers.items() if s.startswith("14"))


def test_counts_of_time_units_are_part_of_a_period() -> None:
    # Periods the text layer does not read whole (it reads "son 11 ayda", "the 12 months
    # ending in September" itself): the count is still not a figure of its own.
    article, numbers = _numbers("Sales fell over the 14 weeks to March, and 40 firms closed.", "en")
    assert is_duration(article, numbers["14"])
    assert not is_duration(article, numbers["40 firms"])
    article, numbers = _numbers("İhracat önümüzdeki 3 yılda artacak, 15 firma kapandı.", "tr")
    assert is_duration(article, numbers["3"])
    assert not is_duration(article, numbers["15 firma"])


def test_the_end_of_a_day_range_is_part_of_its_date() -> None:
    article, numbers = _numbers("The Fed meets on Oct. 28 - 29, and 12 members vote.", "en")
    dates = [m.surface for m in article.mentions if m.kind is MentionKind.DATE]
    if "29" in numbers:  # the text layer read the start only
        assert is_range_end(article, numbers["29"])
    else:
        assert any("29" in d for d in dates)
    assert not is_range_end(article, numbers["12 members"])


def test_a_length_or_an_age_is_a_figure() -> None:
    article, numbers = _numbers("The strike lasted 5 days. A 34-year-old won.", "en")
    assert not any(is_duration(article, m) for m in numbers.values())
