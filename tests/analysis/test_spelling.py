"""How a written name spells a known one: identical, marks, Turkish letters, a slip."""

from __future__ import annotations

from claimsuite.analysis.spelling import (
    Level,
    Match,
    NameIndex,
    match,
    name_pieces,
    near_word,
    plain,
)
from claimsuite.text.language import load_language


def _match(
    text: str, name: str, *, spelling: bool = False, language: str = "tr"
) -> list[Match]:
    index = NameIndex.of(text, language)
    wanted = name_pieces(name, language)
    found = [match(w, wanted, load_language(language), spelling=spelling)
             for w in index.windows(wanted)]
    return [m for m in found if m is not None]


def test_levels_of_closeness() -> None:
    [same] = _match("Millî Savunma Bakanlığı'nın açıklaması", "Millî Savunma Bakanlığı")
    assert same.level is Level.SAME
    [marks] = _match("Milli Savunma Bakanlığı açıkladı", "Millî Savunma Bakanlığı")
    assert marks.level is Level.MARKS
    [letters] = _match("Mehmet Simsek konuştu", "Mehmet Şimşek")
    assert letters.level is Level.DIACRITICS
    assert _match("Savunma Sanayi Başkanlığı", "Savunma Sanayii Başkanlığı") == []
    [slip] = _match("Savunma Sanayi Başkanlığı", "Savunma Sanayii Başkanlığı", spelling=True)
    assert slip.level is Level.SPELLING


def test_a_suffix_without_apostrophe_ends_the_name() -> None:
    text = "Milli Savunma Bakanlığının verileri"
    [found] = _match(text, "Millî Savunma Bakanlığı")
    assert text[found.start : found.end] == "Milli Savunma Bakanlığı"


def test_lower_case_words_are_not_a_variant_of_a_name() -> None:
    assert _match("milli savunma bakanlığı", "Millî Savunma Bakanlığı") == []


def test_plain_and_near_word() -> None:
    assert plain("şimşek") == "simsek"
    assert near_word("sanayi", "sanayii")
    assert not near_word("sanayi", "sanayi")
    assert not near_word("kanayi", "sanayii")


def test_matches_are_the_matches_of_the_windows_found_once(monkeypatch) -> None:
    text = ("Millî Savunma Bakanlığı'nın açıklaması. Milli Savunma Bakanlığı ve Savunma "
            "Sanayi Başkanlığı; Mehmet Simsek, Mehmet Şimşek.") * 3
    index = NameIndex._build(text, "tr")
    data = load_language("tr")
    for name in ["Millî Savunma Bakanlığı", "Savunma Sanayii Başkanlığı", "Mehmet Şimşek"]:
        wanted = name_pieces(name, "tr")
        for spelling in (False, True):
            expected = [m for w in index.windows(wanted, near=spelling)
                        if (m := match(w, wanted, data, spelling=spelling)) is not None]
            found = index.matches(wanted, data, spelling=spelling)
            assert list(found) == expected
            # Asked again, the same matches, without looking at the article again (they are
            # kept compactly and rebuilt, so equal rather than the same tuple).
            with monkeypatch.context() as patched:
                patched.setattr(NameIndex, "windows", _never)
                again = index.matches(wanted, data, spelling=spelling)
            assert isinstance(again, tuple)
            assert again == found
            assert [type(m.level) for m in again] == [Level] * len(again)


def _never(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("matches looked at the article again")
