"""The drafted claim file: claims in article order (entities first), every one marked
``draft: true``; written new, or merged into an existing file without touching its lines."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimsuite.claims.periods import Period
from claimsuite.draft.figures import Drafted, figure_claims
from claimsuite.draft.names import name_claims, words
from claimsuite.text.article import Article
from claimsuite.text.normalize import fold

__all__ = ["DraftOptions", "detect_language", "draft_claims", "render_merged", "render_new"]

_TR_LETTERS = re.compile(r"[ğışİĞŞ]")
_EN_WORDS = re.compile(r"\b(the|and|of|in|to|was|were)\b", re.IGNORECASE)


@dataclass
class DraftOptions:
    published: Period
    record: Any | None = None
    fiscal_start: int = 1
    source_file: str | None = None
    metric_stop: frozenset[str] = field(default_factory=frozenset)


def detect_language(text: str) -> str:
    """tr when Turkish letters outnumber common English words, else en."""
    return "tr" if len(_TR_LETTERS.findall(text)) > len(_EN_WORDS.findall(text)) else "en"


_METRIC_STOP = {
    "tr": {"yüzde", "ise", "ve", "ile", "de", "da", "bu", "bir", "olarak", "oranında", "artışla",
           "artarak", "azalarak", "düşüşle", "yükselişle", "geriledi", "arttı", "azaldı",
           "yılın", "ayında", "döneminde", "yılında", "göre", "milyar", "milyon", "bin",
           "yaklaşık", "fazla", "az", "kadar", "olan", "oldu", "en", "daha"},
    "en": {"the", "a", "an", "of", "to", "in", "and", "by", "was", "were", "is", "up", "down",
           "rose", "fell", "percent", "from", "at", "with", "on", "for", "year", "over",
           "or", "more", "than", "about", "nearly", "almost", "around", "some", "less",
           "had", "has", "have", "been", "said", "led", "its", "their", "this", "that"},
}


def draft_claims(article: Article, options: DraftOptions) -> list[dict[str, Any]]:
    """Every claim drafted from ``article``, entities first, each marked ``draft: true``."""
    language = article.language
    published = str(options.published)
    entities, roles = name_claims(article, published, options.record)
    figures = figure_claims(
        article, options.published, fiscal_start=options.fiscal_start,
        base_words=words(language).base_words,
        superlatives=(words(language).first, words(language).last),
        not_period=words(language).not_period,
        metric_stop=frozenset(fold(w, language) for w in _METRIC_STOP[language]),
    )
    ordered = sorted(entities, key=lambda d: d.start) + sorted(
        [*roles, *figures], key=lambda d: d.start
    )
    out: list[dict[str, Any]] = []
    first_entity = next((e.data["id"] for e in entities
                         if e.data["type"] in {"country", "place", "organisation"}), None)
    for drafted in ordered:
        subject = first_entity
        if drafted.data.get("subject") == "FILL-IN":
            subject = _named_in(drafted, entities, article) or first_entity
        data = _finish(drafted, published, subject, article)
        if data is not None:
            out.append(_marked(data))
    return out


def _named_in(drafted: Drafted, entities: list[Drafted], article: Article) -> str | None:
    """The entity named in the claim's sentence nearest to where the claim was found."""
    from claimsuite.text.search import find_name  # noqa: PLC0415

    span = article.sentence_at(drafted.start)
    sentence = article.text[span.start : span.end]
    best: tuple[int, str] | None = None
    for entity in entities:
        if entity.data["type"] == "person":
            continue
        for name in (entity.data["name"], *entity.data.get("aliases", ())):
            for a, _b in find_name(sentence, name, article.language):
                distance = abs(span.start + a - drafted.start)
                if best is None or distance < best[0]:
                    best = (distance, entity.data["id"])
    return best[1] if best else None


def _finish(drafted: Drafted, published: str, subject: str | None,
            article: Article) -> dict[str, Any] | None:
    data = dict(drafted.data)
    notes: list[str] = [data.pop("note")] if data.get("note") else []
    for key in ("period", "as_of"):
        if data.get(key) == "FILL-IN":
            data[key] = published
            notes.append(f"{key}: the sentence names none; the publication date is assumed")
    if data["kind"] == "ranking":
        if data.get("subject") == "FILL-IN":
            if subject is None:
                return None
            data["subject"] = subject
            notes.append("subject: the place or organisation named nearest, assumed")
        if data.get("scope") == "FILL-IN":
            quote = fold(data["quote"], article.language)
            world = ("dünya", "world", "global")
            data["scope"] = "world" if any(w in quote for w in world) else "FILL-IN"
    if data["kind"] == "entity":
        data["quote"] = None
        data = {k: v for k, v in data.items() if v is not None}
    if notes:
        data["note"] = "; ".join(notes)
    return data


def _marked(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        out[key] = value
        if key == "kind":
            out["draft"] = True
    return out


_PERIOD_KEYS = frozenset({"published", "period", "base_period", "date", "as_of", "made_on"})


def _plain(value: Any, key: str | None = None) -> Any:  # noqa: ANN401 - YAML-shaped data
    """Periods written as the desk writes them: a year and a day unquoted (2025,
    2025-04-28), not as the strings '2025' and '2025-04-28'."""
    from datetime import date  # noqa: PLC0415

    if isinstance(value, dict):
        return {k: _plain(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if key in _PERIOD_KEYS and isinstance(value, str):
        if re.fullmatch(r"\d{4}", value):
            return int(value)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    return value


def _dump(value: Any) -> str:  # noqa: ANN401 - YAML-shaped data
    from ruamel.yaml import YAML  # noqa: PLC0415 - only when writing

    value = _plain(value)

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump(value, out)
    return out.getvalue()


def render_new(article: Article, claims: list[dict[str, Any]], options: DraftOptions) -> str:
    """A new claim file: a header saying it is a draft, the article block, the claims."""
    meta: dict[str, Any] = {"language": article.language, "published": str(options.published)}
    if options.source_file:
        meta["file"] = options.source_file
    header = (
        f"# Drafted by 'claimsuite draft' from {options.source_file or article.path}.\n"
        "# Every claim says 'draft: true' until a person confirms it: read it against the\n"
        "# article, fix the metric ids, periods and links, then delete the 'draft: true' line.\n"
        "# 'claimsuite check' asks about every claim still marked (CS007).\n"
    )
    body = _dump({"article": meta}) + "\n" + _dump({"claims": claims})
    return header + body


def _existing_facts(claim_file: Any) -> tuple[set[str], set[tuple[str, ...]]]:  # noqa: ANN401
    from claimsuite.draft.measure import claim_facts  # noqa: PLC0415

    names: set[str] = set()
    facts: set[tuple[str, ...]] = set()
    for claim in claim_file.claims:
        if claim.kind == "entity":
            names.update(fold(n, claim_file.article.language) for n in (claim.name, *claim.aliases))
        facts.update(claim_facts(claim, claim_file.article.language))
    return names, facts


def merge_plan(existing: Any, drafted: list[dict[str, Any]], language: str  # noqa: ANN401
               ) -> list[dict[str, Any]]:
    """The drafted claims the existing claim file lacks, with ids made unique and person
    links pointing at the existing file's entities where it has them."""
    from claimsuite.draft.measure import _matches, claim_facts  # noqa: PLC0415

    _names, facts = _existing_facts(existing)
    ids = {c.id for c in existing.claims}
    by_name = {
        fold(n, language): c.id
        for c in existing.claims if c.kind == "entity" for n in (c.name, *c.aliases)
    }
    renamed: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    for proposed in drafted:
        data = proposed
        if data["kind"] == "entity":
            all_names = [data["name"], *data.get("aliases", [])]
            known = next((by_name[fold(n, language)] for n in all_names
                          if fold(n, language) in by_name), None)
            if known is not None:
                renamed[data["id"]] = known
                continue
        else:
            for key in ("person", "subject"):
                if data.get(key) in renamed:
                    data = {**data, key: renamed[data[key]]}
            own = _facts_of_data(data, language, claim_facts)
            figures = {f for f in own if f[0] == "figure"}
            # a figure claim is there when its figures are (its base may be a proposal);
            # anything else when every fact of it is
            if own and all(_matches(f, facts) for f in (figures or own)):
                continue
        new_id = data["id"]
        n = 2
        while new_id in ids:
            new_id = f"{data['id']}-{n}"
            n += 1
        if new_id != data["id"]:
            renamed[data["id"]] = new_id
            data = {**data, "id": new_id}
        ids.add(new_id)
        out.append(data)
    return out


def _facts_of_data(data: dict[str, Any], language: str, claim_facts: Any) -> set[tuple[str, ...]]:  # noqa: ANN401
    """The facts of one drafted claim, read through the claim model."""
    from pydantic import TypeAdapter, ValidationError  # noqa: PLC0415

    from claimsuite.claims.model import Claim  # noqa: PLC0415

    try:
        claim = TypeAdapter(Claim).validate_python(data)
    except ValidationError:
        return set()
    return set(claim_facts(claim, language))


def render_merged(path: Path, drafted: list[dict[str, Any]]) -> tuple[str, int]:
    """The existing claim file at ``path`` with the drafted claims it lacks appended to its
    ``claims:`` list (its own lines kept byte for byte), and how many were added."""
    from claimsuite.claims.edit import insert_items  # noqa: PLC0415
    from claimsuite.claims.load import load_claims  # noqa: PLC0415

    claim_set = load_claims(path)
    language = claim_set.file.article.language
    missing = merge_plan(claim_set.file, drafted, language)
    if not missing:
        return existing_text_of(path), 0
    source = _record_text(path)
    return source.with_text(insert_items(source, ("claims",), [_plain(m) for m in missing],
                                         str(path))).render(), len(
        missing)


def _record_text(path: Path) -> Any:  # noqa: ANN401 - a RecordText
    from claimsuite.claims.edit import RecordText  # noqa: PLC0415

    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    return RecordText(raw[3 if bom else 0 :].decode("utf-8"), bom)


def existing_text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")
