from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claimsuite.text import Article, Folded, extract_mentions, find_name, fold

# Latin and Turkish letters, digits, whitespace and the punctuation the patterns care about;
# scripts with context-dependent casing (Greek final sigma) would make fold() of a slice
# differ from the slice of a fold, which is not what these properties are about.
ALPHABET = st.sampled_from(
    list("abcçdefgğhıijklmnoöprsştuüvyzqwxABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ")
    + list("0123456789.,%$€£₺'’‘ʼ`´′-/:~()\"!? \t\n\r\ufeff")
    + ["î", "â", "û", "ß", "\u0302", "\u0307"]
)
_WORDS = (
    "1.7 1,7 milyar milyon bin dolar dolara TL lirası % yüzde 72 2023 2025'in 2023’ün yılında "
    "yılına ait ilk çeyrekte çeyreğinde yarısında 10 100 on en büyük geçen geçtiğimiz yılın "
    "aynı dönemine Nisan 28 28.04.2025 Şubat 30 puan yaklaşık dün bugün Q1 first quarter of "
    "top $ billion bn percent last year April the same period . , - ' ve 3."
)
WORDS = st.sampled_from([*_WORDS.split(" "), "\n", "\n\n", ""])
TEXTS = st.one_of(
    st.text(ALPHABET, max_size=200),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.lists(WORDS, max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, language=st.sampled_from(["tr", "en"]))
def test_extract_mentions_never_raises_and_spans_are_exact(text, language):
    mentions = extract_mentions(text, language)
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.surface == text[m.start : m.end]
        assert m.start >= last_end  # in order, no overlaps
        last_end = m.end


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, language=st.sampled_from(["tr", "en"]))
def test_article_views_never_raise(text, language):
    article = Article.from_text(text, language)
    for span in article.sentences:
        assert 0 <= span.start < span.end <= len(article.text)
        assert span.text(article).strip() == span.text(article)
    for offset in range(0, len(article.text) + 1, 7):
        line, col = article.position(offset)
        assert article.line_text(line)[: col - 1] == article.text[offset - col + 1 : offset]


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(ALPHABET, max_size=120),
    language=st.sampled_from(["tr", "en"]),
    marks=st.booleans(),
    data=st.data(),
)
def test_folded_source_span_maps_back(text, language, marks, data):
    # Folded maps offsets of cleaned text, which is always composed (clean() gives NFC);
    # fold() itself composes, so a decomposed "İ" folds like a composed one.
    text = unicodedata.normalize("NFC", text)
    folded = Folded.of(text, language, marks=marks)
    key = folded.key
    if marks:
        assert key == fold(key, language)
    else:
        assert key == fold(text, language)
    start = data.draw(st.integers(0, len(key)))
    end = data.draw(st.integers(start, len(key)))
    s, e = folded.source_span(start, end)
    assert 0 <= s <= e <= len(text)
    if start < end:
        expected = key[start:end].strip()
        got = Folded.of(text[s:e], language, marks=marks).key
        if "ß" in text[s:e] and got != expected:
            # A cut through the "ss" of "ß" maps back to the whole "ß", never less.
            assert expected in got
        else:
            assert got == expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(ALPHABET, max_size=120), language=st.sampled_from(["tr", "en"]))
def test_nfd_gives_same_mentions(text, language):
    nfc = Article.from_text(text, language)
    nfd = Article.from_text(unicodedata.normalize("NFD", text), language)
    assert nfc.mentions == nfd.mentions


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["Şimşek", "Ankara", "ve", "dedi", "İlkay"]), max_size=20))
def test_find_name_finds_every_standalone_occurrence(words):
    text = " ".join(words)
    assert len(find_name(text, "Şimşek", "tr")) == words.count("Şimşek")


# Linear time: counted per function at two sizes in tests/hardening/test_linear_growth.py
# (generated prose and the pathological runs that were timed here); the wall-clock
# ratios are in bench/linear_time.py.
