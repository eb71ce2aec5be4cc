from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimsuite.errors import ArticleError
from claimsuite.text import Article, Span

SEED = Path(__file__).resolve().parents[2] / "seeds" / "tr-us-defense-2025.txt"


def test_read_seed():
    article = Article.read(SEED, "tr")
    assert article.language == "tr"
    assert article.path == str(SEED)
    assert article.text.startswith("Türkiye ile Amerika")


def test_read_bom_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Bir.\r\nIki.\rÜç.".encode())
    assert Article.read(path, "tr").text == "Bir.\nIki.\nÜç."


def test_not_utf8_reports_line_and_column(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Başlık\nİhracat ".encode() + b"art\xfd\xfe")
    with pytest.raises(ArticleError) as caught:
        Article.read(path, "tr")
    error = caught.value
    assert error.problem == "not UTF-8 text (byte 0xFD at offset 21)"
    assert error.hint == "save the article as UTF-8"
    assert (error.line, error.col) == (2, 12)
    assert str(error).startswith(f"{path}:2:12: not UTF-8 text")


def test_binary_file(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"abc\x00def")
    with pytest.raises(ArticleError, match="binary file"):
        Article.read(path, "tr")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="not found — check the path"):
        Article.read(tmp_path / "nope.txt", "tr")
    with pytest.raises(ArticleError, match="is a directory"):
        Article.read(tmp_path, "tr")


def test_unknown_language():
    with pytest.raises(ValueError, match="supported languages: en, tr"):
        Article.from_text("x", "de")


def test_position_and_line_text():
    article = Article.from_text("ab\nçde\n\nf", "tr")
    assert article.position(0) == (1, 1)
    assert article.position(2) == (1, 3)
    assert article.position(3) == (2, 1)
    assert article.position(5) == (2, 3)
    assert article.position(8) == (4, 1)
    assert article.position(9) == (4, 2)
    assert article.line_text(2) == "çde"
    assert article.line_text(3) == ""
    assert article.line_text(4) == "f"
    with pytest.raises(ValueError, match="outside"):
        article.position(10)
    with pytest.raises(ValueError, match="outside"):
        article.line_text(5)


def sentences(text: str, language: str = "tr") -> list[str]:
    article = Article.from_text(text, language)
    return [s.text(article) for s in article.sentences]


def test_sentences_seed_headings_are_sentences():
    article = Article.read(SEED, "tr")
    texts = [s.text(article) for s in article.sentences]
    assert "Toplantıya Katılan Delegasyonlar" in texts
    assert "Savunma Sanayiinde İhracat Artışı" in texts
    assert (
        "Şimşek, 2023'te ülkemizin bu sektördeki ihracatının muhtemelen dünya genelinde "
        "ilk 10 arasında yer alacağını ifade etti." in texts
    )
    assert len(texts) == 27
    assert all(t == t.strip() and t for t in texts)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "İhracat 1.7 milyar dolar oldu. Artış sürdü.",
            "tr",
            ["İhracat 1.7 milyar dolar oldu.", "Artış sürdü."],
        ),
        (
            "Toplantı 28.04.2025 tarihinde yapıldı. Sonra bitti!",
            "tr",
            ["Toplantı 28.04.2025 tarihinde yapıldı.", "Sonra bitti!"],
        ),
        (
            "ABD ile görüşüldü. Dr. Ayşe Kaya konuştu. Ne oldu? Bilinmiyor",
            "tr",
            ["ABD ile görüşüldü.", "Dr. Ayşe Kaya konuştu.", "Ne oldu?", "Bilinmiyor"],
        ),
        (
            "2. Dünya Savaşı sonrası kuruldu. Yeni dönem başladı.",
            "tr",
            ["2. Dünya Savaşı sonrası kuruldu.", "Yeni dönem başladı."],
        ),
        (
            "The U.S. Army said so. Mr. Smith agreed.",
            "en",
            ["The U.S. Army said so.", "Mr. Smith agreed."],
        ),
        (
            'Sales rose 1.7 percent. "It is good," he said. Next.',
            "en",
            ["Sales rose 1.7 percent.", '"It is good," he said.', "Next."],
        ),
        ("Başlık\nMetin burada. devam ediyor.", "tr", ["Başlık", "Metin burada. devam ediyor."]),
    ],
)
def test_sentences(text, language, expected):
    assert sentences(text, language) == expected


def test_sentence_at():
    article = Article.from_text("Bir cümle. İkinci cümle.", "tr")
    assert article.sentence_at(0).text(article) == "Bir cümle."
    assert article.sentence_at(13).text(article) == "İkinci cümle."
    assert article.sentence_at(10) == Span(0, 10)
    assert 3 in article.sentence_at(3)


def test_mentions_are_cached():
    article = Article.from_text("%72 arttı", "tr")
    assert article.mentions is article.mentions
    assert article.mentions[0].surface == "%72"


def test_reflowed_prose_keeps_its_sentences():
    text = SEED.read_text("utf-8")
    original = sentences(text)
    paragraphs = text.split("\n")
    reflowed = "\n\n".join(textwrap.fill(p, width=47) for p in paragraphs)
    assert [" ".join(s.split()) for s in sentences(reflowed)] == original


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TURKEY AND US HOLD TALKS\nThe talks began.",
            ["TURKEY AND US HOLD TALKS", "The talks began."],
        ),
        ("Talks in Ankara\n\nThe talks began.", ["Talks in Ankara", "The talks began."]),
        (
            "The talks began in\nAnkara on Monday. They ended.",
            [
                "The talks began in\nAnkara on Monday.",
                "They ended.",
            ],
        ),
        ("It began in the U.S.\nofficials said.", ["It began in the U.S.\nofficials said."]),
    ],
)
def test_line_breaks(text, expected):
    assert sentences(text, "en") == expected


@given(st.text(alphabet="ab\nçİ’ ", max_size=200), st.data())
def test_offset_inverts_position(text: str, data: st.DataObject) -> None:
    article = Article.from_text(text, "tr")
    offset = data.draw(st.integers(0, len(article.text)))
    assert article.offset(*article.position(offset)) == offset
