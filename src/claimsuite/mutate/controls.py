"""Harmless controls: edits that change no fact, so no check may fire on them."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from babel.dates import get_month_names

from claimsuite.mutate.base import Edit, Family, Mutant, Source, swap_vowel, upper
from claimsuite.text.mentions import Mention, MentionKind

__all__ = ["FAMILIES"]

WRAP = 60
SPELLING_WORDS = 5
_APOSTROPHES = {"'": "’", "’": "'"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")


def reflow(src: Source) -> list[Mutant]:
    """Every paragraph rewrapped at 60 columns: spaces become line breaks."""
    edits = []
    for para in src.paragraphs:
        column = 0
        for found in re.finditer(r"\S+\s*", para.text(src.text)):
            word = found[0].rstrip()
            if column and column + len(word) > WRAP:
                at = para.start + found.start() - 1
                edits.append(Edit(at, at + 1, "\n"))
                column = 0
            column += len(found[0])
    return [Mutant("reflow", tuple(edits))] if edits else []


def apostrophe(src: Source) -> list[Mutant]:
    """Every ' written ’, and every ’ written ' (one mutant each way)."""
    out = []
    for old, new in sorted(_APOSTROPHES.items()):
        edits = tuple(Edit(m.start(), m.end(), new)
                      for m in re.finditer(rf"(?<=\w){re.escape(old)}(?=\w)", src.text))
        if edits:
            out.append(Mutant("apostrophe", edits))
    return out


def nfd(src: Source) -> list[Mutant]:
    """The whole article in Unicode NFD (decomposed letters)."""
    edits = []
    for i, char in enumerate(src.text):
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed != char:
            edits.append(Edit(i, i + 1, decomposed))
    return [Mutant("nfd", tuple(edits))] if edits else []


def spelling(src: Source) -> list[Mutant]:
    """A vowel changed in a long lower-case word of a sentence that states no claim and no
    figure (at most five sentences, spread over the article)."""
    vowels: dict[str, str] = src.words["letters"]["vowels"]
    marked = {src.fold(w) for p in (*src.lang.hedges, *src.lang.passives) for w in p.split()}
    figures = [(m.start, m.end) for m in src.article.mentions]
    chosen: list[Edit] = []
    for sentence in src.article.sentences:
        if src.in_passage(sentence.start, sentence.end) or any(
            sentence.start < e and s < sentence.end for s, e in figures
        ):
            continue
        words = [
            w for w in _WORD.finditer(sentence.text(src.text))
            if len(w[0]) >= 7 and w[0][0].islower()
            and not any(src.fold(w[0]).startswith(k[:5]) for k in marked if len(k) >= 5)
        ]
        if not words:
            continue
        word = max(words, key=lambda w: (len(w[0]), -w.start()))
        new = swap_vowel(word[0], vowels, middle=True)
        if new is not None:
            at = sentence.start + word.start()
            chosen.append(Edit(at, at + len(word[0]), new))
    if len(chosen) > SPELLING_WORDS:  # evenly spread, the same ones every run
        step = len(chosen) / SPELLING_WORDS
        chosen = [chosen[int(i * step)] for i in range(SPELLING_WORDS)]
    return [Mutant("spelling", (edit,)) for edit in chosen]


def neutral_sentence(src: Source) -> list[Mutant]:
    """A sentence without figures or names added at the end of each paragraph."""
    sentence = " " + src.words["sentences"]["neutral"]
    return [
        Mutant("neutral-sentence", (Edit(p.end, p.end, sentence),))
        for p in src.paragraphs if not src.is_heading(p)
    ]


def heading_caps(src: Source) -> list[Mutant]:
    """Each heading line in capitals."""
    out = []
    for para in src.paragraphs:
        line = para.text(src.text)
        if src.is_heading(para) and upper(line, src.language) != line:
            out.append(Mutant("heading-caps",
                              (Edit(para.start, para.end, upper(line, src.language)),)))
    return out


def same_fact(src: Source) -> list[Mutant]:
    """Each figure written another way with the same value: %72 -> yüzde 72, 1.7 -> 1,7,
    28 Nisan 2025 -> 28.04.2025, 2023'te -> 2023 yılında, ilk 10 -> ilk on."""
    out = []
    for mention in src.article.mentions:
        edit = _rewrite(src, mention)
        if edit is not None:
            out.append(Mutant("same-fact", (edit,)))
    return out


def _rewrite(src: Source, m: Mention) -> Edit | None:
    words = src.words["same_fact"]
    number = _NUMBER.search(m.surface)
    match m.kind:
        case MentionKind.PERCENT if number is not None:
            form = words["percent_word"] if "%" in m.surface else words["percent_sign"]
            # keep a case ending ("yüzde 32,87'ye" -> "%32,87'ye"): without it the figure
            # would be the change, not the level reached
            tail = m.surface[number.end() :]
            ending = tail if tail[:1] in {"'", "’"} else ""
            return Edit(m.start, m.end, form.format(value=number[0]) + ending)
        case MentionKind.AMOUNT | MentionKind.NUMBER if number is not None:
            return _decimal(src, m, number)
        case MentionKind.DATE if m.date is not None:
            return _date(src, m)
        case MentionKind.YEAR | MentionKind.PERIOD:
            return _year_case(src, m) or _word_swap(src, m, words["ordinals"])
        case MentionKind.RANK if m.value is not None and number is not None:
            names = {v: " ".join(k) for k, v in reversed(src.lang.number_words.items())}
            if int(m.value) in names:
                at = m.start + number.start()
                return Edit(at, m.start + number.end(), names[int(m.value)])
    return None


def _is_number_word(src: Source, word: str) -> bool:
    return any(phrase[0] == src.fold(word) for phrase in src.lang.number_words)


def _rounded_claim(src: Source, value: Decimal) -> bool:
    """Some claim gives a more precise figure than this one (7.58 billion written "7,6
    milyar"): writing it in the next scale down ("7.600 milyon") would state a new figure."""
    for claim in src.claims.claims:
        for name in ("value", "base_value", "target"):
            amount = getattr(claim, name, None)
            claimed = getattr(amount, "value", None)
            if isinstance(claimed, Decimal) and claimed != value and abs(claimed - value) < (
                abs(value) / 10 or 1
            ):
                return True
    return False


def _decimal(src: Source, m: Mention, number: re.Match[str]) -> Edit | None:
    """1.7 -> 1,7 where both read as a decimal; else 1.7 billion -> 1,700 million."""
    text = number[0]
    decimal, group = src.lang.decimal_symbol, src.lang.group_symbol
    parts = re.split(r"[.,]", text)
    if len(parts) != 2 or len(parts[1]) == 3:  # "1.700" may be a thousand-grouped number
        return None
    at = m.start + number.start()
    if text[len(parts[0])] != decimal:
        return Edit(at, at + len(text), text.replace(text[len(parts[0])], decimal))
    after = src.text[m.start + number.end() :].split(maxsplit=1)
    scales = src.lang.scales
    if not after or src.fold(after[0]) not in scales:
        return None
    lower = scales[src.fold(after[0])] - 3
    word = next((w for w, p in scales.items() if p == lower and len(w) > 2), None)
    if word is None:
        return None
    value = Decimal(f"{parts[0]}.{parts[1]}") * 1000
    if value != value.to_integral_value():
        return None
    if m.value is not None and _rounded_claim(src, m.value):
        return None
    grouped = f"{int(value):,}".replace(",", group)
    end = src.text.index(after[0], m.start + number.end()) + len(after[0])
    return Edit(at, end, f"{grouped} {word}")


def _date(src: Source, m: Mention) -> Edit | None:
    date = m.date
    assert date is not None
    month = get_month_names("wide", locale=src.language)[date.month]
    numeric = src.words["same_fact"]["numeric_date"]
    starts_with_day = m.surface[:1].isdigit()
    if numeric and not re.fullmatch(r"[\d./-]+", m.surface):
        new = numeric.format(day=date.day, month=date.month, year=date.year)
    elif numeric:
        new = f"{date.day} {month.capitalize()} {date.year}"
    elif starts_with_day:
        new = f"{month.capitalize()} {date.day}, {date.year}"
    else:
        new = f"{date.day} {month.capitalize()} {date.year}"
    return Edit(m.start, m.end, new)


def _year_case(src: Source, m: Mention) -> Edit | None:
    """2023'te -> 2023 yılında; 2026 yılında -> 2026 senesinde."""
    words = src.words["same_fact"]
    found = re.search(r"(\d{4})(['’])(\w+)", m.surface)
    if found and found[3] in words["year_suffixes"]:
        at = m.start + found.start(2)
        return Edit(at, m.start + found.end(3), " " + words["year_suffixes"][found[3]])
    return _word_swap(src, m, words["year_words"])


def _word_swap(src: Source, m: Mention, swaps: dict[str, str]) -> Edit | None:
    for found in _WORD.finditer(m.surface):
        new = swaps.get(found[0].lower())
        rest = m.surface[found.end() :].split(maxsplit=1)
        if new is not None and rest and (rest[0][:1].isdigit() or _is_number_word(src, rest[0])):
            continue  # "ilk çeyrek" is "birinci çeyrek", but "ilk 10 ay" is never "birinci 10"
        if new is not None:
            if found[0][0].isupper():
                new = new[0].upper() + new[1:]
            return Edit(m.start + found.start(), m.start + found.end(), new)
    return None


FAMILIES: tuple[Family, ...] = (
    Family("reflow", False, "paragraphs rewrapped", reflow),
    Family("apostrophe", False, "' and ’ exchanged", apostrophe),
    Family("nfd", False, "text decomposed to Unicode NFD", nfd),
    Family("spelling", False, "a letter changed in an unrelated word", spelling),
    Family("neutral-sentence", False, "a sentence without figures or names added",
           neutral_sentence),
    Family("heading-caps", False, "a heading in capitals", heading_caps),
    Family("same-fact", False, "a figure written another way, same value", same_fact),
)
