"""The token table holds exactly the tokens of one tokenize() pass, however it is cut."""

from __future__ import annotations

import random

import pytest

from claimsuite.analysis import token_table as module
from claimsuite.analysis.spelling import NameIndex, pieces
from claimsuite.analysis.token_table import TokenTable
from claimsuite.analysis.word_index import WordIndex
from claimsuite.text.tokens import Kind, tokenize

_WORDS = ["Şimşek'in", "İSTANBUL", "ılık", "3,5", "1.250.000", "O'Brien", "’", "ABD'de",
          "Straße", "e\u0301te", "ΟΔΟΣ'Α",
          "yüzde", "%", "—", "\n\n", "\n", "  ", "\t", "Milli", "x", "."]


def _text(seed: int, count: int = 3_000) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_WORDS) + rng.choice(["", " ", " ", "\n"]) for _ in range(count))


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_table_is_one_tokenize_pass_whatever_the_chunk(
    seed: int, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _text(seed)
    expected = tokenize(text, language)
    for chunk in (7, 64, 1 << 16):
        monkeypatch.setattr(module, "_CHUNK", chunk)
        table = TokenTable(text, language)
        assert [table.token(i) for i in range(len(table))] == expected
        positions = {
            low: [i for i, t in enumerate(expected) if t.kind is Kind.WORD and t.low == low]
            for low in table.by_low
        }
        assert {low: list(at) for low, at in table.by_low.items()} == positions


@pytest.mark.parametrize("text", [
    "Straße x x x x x e\u0301te x",  # a piece grows, one shrinks: the length is kept
    "e\u0301te x " * 40,  # every piece shrinks
    "ΟΔΟΣ'Α İSTANBUL ılık " * 40,
])
@pytest.mark.parametrize("language", ["tr", "en"])
def test_pieces_fold_as_the_whole_text_does(
    text: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "_CHUNK", 8)
    table = TokenTable(text, language)
    assert [table.token(i) for i in range(len(table))] == tokenize(text, language)


def test_an_article_without_tokens() -> None:
    assert len(TokenTable("   \n\n  ", "tr")) == 0
    assert len(TokenTable("", "tr")) == 0


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_indexes_read_the_table_as_the_tokens(language: str) -> None:
    text = _text(9, 500)
    index = NameIndex._build(text, language)
    assert tuple(index.pieces) == pieces(text, language)
    assert index.pieces[3:9] == pieces(text, language)[3:9]
    assert index.lower_case_words() == {
        p.low for p in pieces(text, language) if p.kind is Kind.WORD and not p.capital
    }
    words = WordIndex(text, language)
    assert words.tokens_in(10, 200) == [t for t in tokenize(text, language) if 10 <= t.start < 200]
