"""The text layer's shortcuts give what the plain definitions give: the chunked tokenizer,
Cursor.may_start's rejection by first words, clause_of's bisection and the memos that hand
out lists (each caller gets its own)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimsuite.text import events, tokens
from claimsuite.text.language import load_language
from claimsuite.text.mentions import extract
from claimsuite.text.mentions.core import Cursor
from claimsuite.text.normalize import APOSTROPHES, fold_word
from claimsuite.text.phrases import unread_in
from claimsuite.text.tokens import Gap, Kind, tokenize

_WORDS = (
    "1.7 1,7 milyar milyon bin dolar dolara TL % yüzde 72 2023 2025'in yılında ilk çeyrekte "
    "yaklaşık en az fazla daha about more than up to billion bn percent U.S. year-on-year "
    "ton firma kişi ülke İstanbul IŞIK ıslak Straße ' ’ - , . ; : ( ) while ise ancak"
)
WORDS = st.sampled_from([*_WORDS.split(" "), "\n", "\n\n", " \n \n", "\t", "\u00a0", "\u3000"])
TEXTS = st.one_of(
    st.lists(WORDS, max_size=60).map(" ".join),
    st.lists(WORDS, max_size=60).map("".join),
    st.text(st.sampled_from(list("aİıß1,.'’%$ \n\t\u00a0-")), max_size=120),
)
LANGUAGES = st.sampled_from(["tr", "en"])

# The tokenizer's contract, written the plain way: one match per token, the gap from the
# whitespace between tokens.
_PLAIN = re.compile(rf"([0-9]+(?:[.,][0-9]+)*)|([^\W\d_]+)|([{APOSTROPHES}])|(\S)")


def _plain_tokens(text: str, language: str, start: int, end: int) -> list[tuple]:
    out, previous = [], start
    for match in _PLAIN.finditer(text, start, end):
        first, last = match.span()
        gap = (
            Gap.GLUED if first == previous
            else Gap.PARAGRAPH if text.count("\n", previous, first) >= 2 else Gap.SPACE
        )  # fmt: skip
        kind = Kind(match.lastindex)
        surface = match.group()
        low = {Kind.WORD: fold_word(surface, language), Kind.APOS: "'"}.get(kind, surface)
        out.append((kind, first, last, surface, low, gap))
        previous = last
    return out


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, language=LANGUAGES, chunk=st.sampled_from([1, 2, 5, 1 << 14]), data=st.data())
def test_tokenize_in_chunks_is_the_plain_tokenizer(text, language, chunk, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tokens, "_CHUNK", chunk)
        got = tokenize(text, language, start, end)
    want = _plain_tokens(text, language, start, end)
    if len(fold_word(text, language)) == len(text):
        assert [tuple(t) for t in got] == want
    else:  # ß: words folded one by one, the same spans
        assert [t[:4] + t[5:] for t in got] == [w[:4] + w[5:] for w in want]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, language=LANGUAGES, data=st.data())
def test_token_columns_are_the_tokens_in_columns(text, language, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for lowered in (fold_word(text, language), ""):  # "": words folded one by one
        kinds, starts, ends, lows, gaps = tokens.token_columns(text, language, start, end, lowered)
        columns = [
            (Kind(kind), first, last, text[first:last], low, Gap(gap))
            for kind, first, last, low, gap in zip(kinds, starts, ends, lows, gaps, strict=True)
        ]
        assert columns == [tuple(t) for t in tokenize(text, language, start, end, lowered)]


def test_tokenize_hands_out_a_fresh_list_each_time():
    first = tokenize("Ankara'da 1,7 milyar dolar", "tr")
    kept = list(first)
    first.clear()
    assert tokenize("Ankara'da 1,7 milyar dolar", "tr") == kept
    assert len(kept) == 6


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, language=LANGUAGES, data=st.data())
def test_a_window_taken_from_the_whole_texts_tokens_is_the_window_tokenized(
    text, language, data
):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lowered = fold_word(text, language)
    if len(lowered) != len(text):
        return  # extraction reads such a text whole, without windows
    whole = tokenize(text, language)
    taken = extract._window_of(text, whole, start, end)
    if taken is not None:  # None: the window cuts a token, and is tokenized on its own
        assert taken == tokenize(text, language, start, end, lowered)


def _phrase_lists(language: str) -> list[object]:
    data = load_language(language)
    lists: list[object] = [
        data.percent_after, data.count_units, data.currency_after, data.minus,
        data.range_links, data.points, data.multiples, data.label_after, data.percent_before,
        data.superlatives_top, data.basis_points, data.per_mille_after,
    ]  # fmt: skip
    lists += [bound.after for bound in data.bounds]
    return lists


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, language=LANGUAGES)
def test_may_start_only_rejects_where_no_phrase_matches(text, language):
    data = load_language(language)
    cur = Cursor(text, tokenize(text, language), data)
    for phrases in _phrase_lists(language):
        for j in range(cur.n + 1):
            if not cur.may_start(j, phrases):
                assert all(cur.match_phrase(j, phrase) is None for phrase in phrases)


def _plain_clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in events._CLAUSE_BREAK.finditer(text, 0, start):
        if not events._in_number(text, match):
            left = match.end()
    _, right = events.clause_of(text, start, end)
    return left, right


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, data=st.data())
def test_clause_start_found_by_bisection_is_the_scanned_one(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert events.clause_of(text, start, end) == _plain_clause(text, start, end)


@pytest.mark.parametrize("language", ["tr", "en"])
def test_unread_in_hands_out_a_fresh_list_each_time(language):
    text = "Son üç çeyrekte ve geçen dönemde." if language == "tr" else "The past three quarters."
    first = unread_in(text, language)
    again = unread_in(text, language)
    assert first == again
    assert first is not again


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("yılında", "yıl"), ("dünya", "dün"), ("dünkü", "dün"), ("milyara", "milyar"),
        ("eylülde", "eylül"), ("aylık", "ay"), ("ayında", "ay"), ("çeyrekte", "çeyrek"),
        ("yıllarındakilerinkiler", "yıl"), ("ocak", "ocak"), ("ocağında", "ocak"), ("ay", "ayı"),
    ],
)  # fmt: skip
def test_word_is_memo_gives_the_plain_answer(word, stem, monkeypatch):
    from claimsuite.text import language  # noqa: PLC0415

    data = load_language("tr")

    def plain(w: str, s: str) -> bool:
        return w == s or (w.startswith(s) and data._inflected(w, s))

    assert data.word_is(word, stem) is plain(word, stem)
    assert data.word_is(word, stem) is plain(word, stem)  # from the memo, if kept
    monkeypatch.setattr(language, "_MEMO_BOUND", len(data._inflections))
    assert data.word_is(word + "x", stem) is plain(word + "x", stem)
    assert (word + "x", stem) not in data._inflections  # the memo is full: not kept
