"""People, their titles, organisations and places of an article, as drafted claims.

- **People of the record**: every official of ``claims/registries/`` whose name or alias
  the article uses becomes a person entity linked to it (``official:``), and a title of one
  of their positions written in the same sentence a ``role``.
- **Other people**: a capitalised name of two or three words written right after a title
  ("Ticaret Bakanı Ömer Bolat", "press secretary Dora Pekec") or before a speech verb
  ("... Dora Pekec said"); the title, back to the start of its phrase, becomes a ``role``.
  A surname used alone later is an alias.
- **Organisations**: a capitalised phrase ending in an organisation word ("Türkiye
  İstatistik Kurumu", "Energy Information Administration"), with the abbreviation in
  brackets after it as an alias; every record entity whose name the article uses.
- **Places**: a capitalised word with a Turkish locative or ablative ending after an
  apostrophe ("Ankara'da"), or after "in" in English.

The words (title heads, ranks, organisation heads, speech verbs) are data:
``draft/words.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from claimsuite.draft.figures import Drafted, slug
from claimsuite.text.article import Article
from claimsuite.text.normalize import fold, strip_marks
from claimsuite.text.search import find_name

__all__ = ["Words", "name_claims", "words"]

_TOKEN = re.compile(r"([^\W\d_][\w\-]*)(['’][^\W\d_]+)?")
_JOINERS = {"tr": {"ve", "ile"}, "en": {"and", "of", "for", "the", "on"}}
_STOP = {"the", "a", "an", "by", "with", "to", "said", "says", "in", "on", "at", "from", "its",
         "his", "her", "their", "bir", "bu", "ile", "ve", "de", "da"}
_PLACE_ENDINGS = ("da", "de", "ta", "te", "dan", "den", "tan", "ten", "daki", "deki")


@dataclass(frozen=True)
class Words:
    title_heads: frozenset[str]
    ranks: frozenset[str]
    title_modifiers: frozenset[str]
    organisation_heads: frozenset[str]
    speech_verbs: tuple[str, ...]
    person_before: frozenset[str]
    first: tuple[str, ...]
    last: tuple[str, ...]
    not_period: tuple[tuple[str, ...], tuple[str, ...]]
    base_words: tuple[str, ...]


@lru_cache(maxsize=4)
def words(language: str) -> Words:
    raw = tomllib.loads(resources.files("claimsuite.draft").joinpath("words.toml").read_text(
        encoding="utf-8"))[language]
    return Words(
        frozenset(fold(w, language) for w in raw["title_heads"]),
        frozenset(fold(w, language) for w in raw["ranks"]),
        frozenset(fold(w, language) for w in raw["title_modifiers"]),
        frozenset(fold(w, language) for w in raw["organisation_heads"]),
        tuple(raw["speech_verbs"]),
        frozenset(fold(w, language) for w in raw["person_before"]),
        tuple(raw["first"]),
        tuple(raw["last"]),
        (tuple(fold(w, language) for w in raw["not_period_before"]),
         tuple(fold(w, language) for w in raw["not_period_after"])),
        tuple(fold(w, language) for w in raw["base_words"]),
    )


@dataclass(frozen=True)
class _Tok:
    text: str  # without an apostrophe suffix
    start: int
    end: int  # end of the word proper (before the apostrophe)
    ending: str  # an apostrophe suffix that follows ("'ın" of "Bolat'ın"), or ""
    glued: bool  # nothing but one space since the token before
    low: str

    @property
    def suffix(self) -> bool:
        return bool(self.ending)

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str, start: int, end: int, language: str) -> list[_Tok]:
    out: list[_Tok] = []
    last = start
    for match in _TOKEN.finditer(text, start, end):
        proper, suffix = match.group(1), match.group(2) or ""
        between = text[last : match.start()]
        glued = not out or between.strip() == ""
        out.append(_Tok(proper, match.start(), match.start() + len(proper), suffix[1:], glued,
                        fold(proper, language)))
        last = match.end()
    return out


def _title_before(toks: list[_Tok], head: int, language: str, w: Words) -> int:
    """Index of the first token of the title ending at token ``head``."""
    first = head
    joiners = _JOINERS[language]
    j = head - 1
    while j >= 0 and head - j < 10 and toks[j + 1].glued and not toks[j].suffix:
        tok = toks[j]
        if tok.low in _STOP and tok.low not in joiners:
            break
        if tok.capital or tok.low in w.title_modifiers or (
            language == "en" and tok.low in w.title_heads
        ):
            first = j
        elif tok.low in joiners and j > 0 and toks[j - 1].capital:
            pass
        else:
            break
        j -= 1
    return first


def _name_after(toks: list[_Tok], i: int, w: Words) -> tuple[int, int] | None:
    """The capitalised name of two or three words starting at token ``i``: (first, last)."""
    j = i
    while j < len(toks) and j - i < 3 and toks[j].capital and (toks[j].glued or j == i) and (
        j == i or not toks[j - 1].suffix
    ):
        if toks[j].low in w.title_heads or toks[j].low in w.organisation_heads:
            break
        if toks[j].text.isupper() and len(toks[j].text) > 1:  # an abbreviation
            break
        j += 1
    return (i, j - 1) if j - i >= 2 else None


def _key(name: str, language: str) -> str:
    return strip_marks(fold(name, language))


class _Book:
    """The entities found so far, by folded name."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.entities: dict[str, dict[str, Any]] = {}
        self.by_name: dict[str, str] = {}
        self.starts: dict[str, int] = {}
        self.roles: list[Drafted] = []
        self.role_keys: set[tuple[str, str]] = set()

    def add(self, kind: str, name: str, start: int, **extra: Any) -> str:  # noqa: ANN401
        key = _key(name, self.language)
        if key in self.by_name:
            return self.by_name[key]
        entity_id = slug(name, "entity")
        while entity_id in self.entities:
            entity_id += "-2"
        data: dict[str, Any] = {"id": entity_id, "kind": "entity", "type": kind, "name": name}
        data.update({k: v for k, v in extra.items() if v})
        self.entities[entity_id] = data
        self.by_name[key] = entity_id
        self.starts[entity_id] = start
        return entity_id

    def alias(self, entity_id: str, name: str) -> None:
        data = self.entities[entity_id]
        key = _key(name, self.language)
        if key == _key(data["name"], self.language):
            return
        aliases = data.setdefault("aliases", [])
        if key not in {_key(a, self.language) for a in aliases}:
            aliases.append(name)
        self.by_name.setdefault(key, entity_id)


def name_claims(
    article: Article, published: str | None, record: Any | None = None,  # noqa: ANN401
) -> tuple[list[Drafted], list[Drafted]]:
    """(entities, roles) drafted from ``article``; ``record`` is the loaded registries."""
    language = article.language
    text = article.text
    w = words(language)
    book = _Book(language)
    sentences = article.sentences
    if record is not None:
        _record_people(article, record, book, published)
    for span in sentences:
        toks = _tokens(text, span.start, span.end, language)
        _titled_people(text, toks, book, published, w, language)
        _organisations(text, toks, book, w, language)
        _places(toks, book, w, language)
    if record is not None:
        _record_entities(article, record, book)
    _recurring_surnames(article, book, w)
    _surnames(article, book)
    entities = [Drafted(book.starts[i], data) for i, data in book.entities.items()]
    for entity in entities:
        if "aliases" in entity.data:
            entity.data["aliases"] = list(dict.fromkeys(entity.data["aliases"]))
    return entities, book.roles


def _record_people(article: Article, record: Any, book: _Book, published: str | None) -> None:  # noqa: ANN401
    text, language = article.text, article.language
    for official in record.officials.values():
        found: list[tuple[int, int, str]] = []
        for name in (official.name, *official.aliases):
            found += [(a, b, name) for a, b in find_name(text, name, language, marks=True)]
        if not found:
            continue
        found.sort()
        full = [f for f in found if fold(f[2], language) == fold(official.name, language)]
        name = official.name if full else max(found, key=lambda f: len(f[2]))[2]
        entity_id = book.add("person", name, found[0][0], official=official.id)
        for _a, _b, other in found:
            book.alias(entity_id, other)
        for a, _b, _n in found:
            span = article.sentence_at(a)
            for position in official.positions:
                titles = [position.title, *position.aliases, *position.renderings]
                if position.title_en:
                    titles.append(position.title_en)
                hits = [
                    (x, y) for t in titles
                    for x, y in find_name(text[span.start : span.end], t, language, marks=True)
                ]
                if not hits:
                    continue
                x, y = max(hits, key=lambda h: h[1] - h[0])
                title = text[span.start + x : span.start + y]
                _role(book, entity_id, title, position.rank if position.rank and fold(
                    position.rank, language) in fold(text[span.start:span.end], language)
                    else None, published, text[span.start : span.end], span.start + x)


def _role(book: _Book, person: str, title: str, rank: str | None, published: str | None,
          quote: str, start: int) -> None:
    title = re.sub(r"['’][^\W\d_]+$", "", title.strip())
    key = (person, fold(title, book.language))
    if not title or any(p == person and key[1] in t for p, t in book.role_keys):
        return
    for role in book.roles:  # a longer title of the same person replaces a shorter one
        shorter = fold(role.data["title"], book.language)
        if role.data["person"] == person and shorter in key[1]:
            book.role_keys.discard((person, shorter))
            book.role_keys.add(key)
            role.data["title"] = title
            if rank and "rank" not in role.data:
                role.data["rank"] = rank
            return
    book.role_keys.add(key)
    data: dict[str, Any] = {"id": f"{person}-role" + (f"-{len(book.role_keys)}" if any(
        r.data["person"] == person for r in book.roles) else ""), "kind": "role",
        "person": person, "title": title}
    if rank:
        data["rank"] = rank
    data["as_of"] = published or "FILL-IN"
    data["quote"] = " ".join(quote.split())
    book.roles.append(Drafted(start, data))


def _titled_people(text: str, toks: list[_Tok], book: _Book, published: str | None, w: Words,
                   language: str) -> None:
    sentence = text[toks[0].start : toks[-1].end] if toks else ""
    for h, tok in enumerate(toks):
        if tok.low in w.person_before and not tok.suffix:
            found = _name_after(toks, h + 1, w)
            if found is not None and toks[h + 1].glued:
                name = text[toks[found[0]].start : toks[found[1]].end]
                if _key(name, language) not in book.by_name:
                    book.add("person", name, toks[found[0]].start)
            continue
        if tok.low not in w.title_heads or tok.suffix:
            continue
        if h + 1 < len(toks) and not toks[h + 1].glued and (
            text[tok.end : toks[h + 1].start].strip() != ","
        ):
            continue
        i, rank = h + 1, None
        while i < len(toks) and toks[i].low in w.ranks and toks[i].glued:
            rank = toks[i].text
            i += 1
        found = _name_after(toks, i, w)
        if found is None:
            continue
        first, last = found
        name = text[toks[first].start : toks[last].end]
        t0 = _title_before(toks, h, language, w)
        title = text[toks[t0].start : tok.end]
        entity_id = book.by_name.get(_key(name, language)) or book.add(
            "person", name, toks[first].start)
        _role(book, entity_id, title, rank, published, sentence, toks[t0].start)
    for verb in w.speech_verbs:
        for match in re.finditer(rf"\b{re.escape(verb)}\b", sentence):
            at = toks[0].start + match.start()
            before = [t for t in toks if t.end <= at][-3:]
            names = [t for t in before if t.capital]
            if len(names) >= 2 and names == before[-len(names):] and all(
                t.low not in w.organisation_heads and not t.text.isupper() for t in names
            ):
                name = text[names[0].start : names[-1].end]
                if _key(name, language) not in book.by_name:
                    book.add("person", name, names[0].start)


def _organisations(text: str, toks: list[_Tok], book: _Book, w: Words, language: str) -> None:
    for h, tok in enumerate(toks):
        if tok.low not in w.organisation_heads:
            continue
        first = h
        j = h - 1
        joiners = _JOINERS[language]
        while j >= 0 and h - j < 8 and toks[j + 1].glued and not toks[j].suffix:
            if toks[j].low in w.title_heads or toks[j].low in w.ranks:
                break
            if toks[j].capital:
                first = j
            elif not (toks[j].low in joiners - {"ile"} and j > 0 and toks[j - 1].capital):
                break
            j -= 1
        if first == h or not toks[first].capital:
            continue
        name = text[toks[first].start : tok.end]
        if _key(name, language) in book.by_name:
            continue
        entity_id = book.add("organisation", name, toks[first].start)
        after = text[tok.end : tok.end + 16]
        abbreviation = re.match(r"\s*\(([A-ZÇĞİÖŞÜ]{2,10})\)", after)
        if abbreviation:
            book.alias(entity_id, abbreviation.group(1))


def _places(toks: list[_Tok], book: _Book, w: Words, language: str) -> None:
    for i, tok in enumerate(toks):
        if not tok.capital or i == 0 or tok.low in w.organisation_heads:
            continue
        if language == "tr":
            if fold(tok.ending, language) not in _PLACE_ENDINGS or toks[i - 1].ending:
                continue
            name = tok.text
        else:
            if toks[i - 1].low != "in" or not tok.glued:
                continue
            j = i
            while j + 1 < len(toks) and j - i < 2 and toks[j + 1].capital and toks[j + 1].glued:
                j += 1
            if any(toks[k].low in w.organisation_heads for k in range(i, j + 1)):
                continue
            name = " ".join(t.text for t in toks[i : j + 1])
        if _key(name, language) in book.by_name or name.isupper():
            continue
        book.add("place", name, tok.start)


def _record_entities(article: Article, record: Any, book: _Book) -> None:  # noqa: ANN401
    text, language = article.text, article.language
    for entity in record.all("entities"):
        names = [n for n in (entity.name, *entity.aliases)
                 if find_name(text, n, language, marks=True)]
        if not names:
            continue
        known = next((book.by_name[_key(n, language)] for n in names
                      if _key(n, language) in book.by_name), None)
        if known is None:
            kind = entity.type if entity.type in {
                "person", "organisation", "place", "country", "event", "publication"
            } else "other"
            start = min(find_name(text, names[0], language, marks=True))[0]
            known = book.add(kind, names[0], start)
        for name in names:
            book.alias(known, name)


def _surnames(article: Article, book: _Book) -> None:
    text, language = article.text, article.language
    for entity_id, data in book.entities.items():
        if data["type"] != "person" or " " not in data["name"]:
            continue
        surname = data["name"].split()[-1]
        if len(find_name(text, surname, language)) > len(find_name(text, data["name"], language)):
            book.alias(entity_id, surname)


def _recurring_surnames(article: Article, book: _Book, w: Words) -> None:
    """A capitalised pair of words whose second word the article also uses alone, at least
    twice more, is a person ("Zohran Mamdani ... Mamdani ... Mamdani")."""
    text, language = article.text, article.language
    for span in article.sentences:
        toks = _tokens(text, span.start, span.end, language)
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if not (a.capital and b.capital and b.glued and not a.suffix):
                continue
            if (i > 0 and toks[i - 1].capital and a.glued) or (
                i + 2 < len(toks) and toks[i + 2].capital and toks[i + 2].glued and not b.suffix
            ):
                continue  # part of a longer capitalised phrase
            if any(t.low in w.organisation_heads or t.low in w.title_heads or t.text.isupper()
                   for t in (a, b)):
                continue
            name = f"{a.text} {b.text}"
            if _key(name, language) in book.by_name:
                continue
            alone = len(find_name(text, b.text, language)) - len(find_name(text, name, language))
            if alone >= 2:
                book.add("person", name, a.start)
