"""Recall and precision of a drafted claim set against one people wrote.

Both sets are cut into *facts* of five kinds:

- ``figure``: every figure a claim gives (a quantity's value; a share's share and value; a
  change's rate, value and base value; a plan's target; a ranking's top-N bound and rank),
  as its absolute value (the sign is the direction, which the draft reads from the words);
- ``period``: every period a figure, plan or ranking is for, and every comparison base, as
  the days it spans (``2025-Q3`` and ``2025-07/2025-09`` are one period);
- ``date``: the date of an event or a statement;
- ``person``: a person entity's name (any of its names);
- ``title``: a role's title.

A hand-written fact is *recalled* when the draft has the same fact: the same figure value;
the same period or date (in any period or date field: a period the draft gives a plan for
is still that period); a person one of whose names is one of the hand-written person's; a
title that contains the hand-written one or is contained in it (after folding). A drafted
fact is *right* when it recalls some hand-written fact; precision is right drafted facts
over all drafted facts of the five kinds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from claimsuite.claims.periods import Period
from claimsuite.claims.quantities import Amount, Rate
from claimsuite.text.normalize import fold

__all__ = ["KINDS", "Score", "claim_facts", "score"]

KINDS = ("figure", "period", "date", "person", "title")
_FIGURE_FIELDS = ("value", "share", "rate", "base_value", "target")
_PERIOD_FIELDS = ("period", "base_period")


def _number(figure: object) -> str | None:
    if isinstance(figure, Amount | Rate):
        value = abs(Decimal(figure.value)).normalize()
        return format(value, "f")
    return None


def claim_facts(claim: Any, language: str) -> Iterator[tuple[str, ...]]:  # noqa: ANN401
    """The facts of one claim, as tuples (kind, key...)."""
    kind = claim.kind
    if kind == "entity":
        if claim.type == "person":
            yield ("person", *sorted(fold(n, language) for n in (claim.name, *claim.aliases)))
        return
    if kind == "role":
        yield ("title", fold(claim.title, language))
        return
    for name in _FIGURE_FIELDS:
        number = _number(getattr(claim, name, None))
        if number is not None:
            yield ("figure", number)
    if kind == "ranking":
        for name in ("bound", "rank"):
            if getattr(claim, name, None) is not None:
                yield ("figure", str(getattr(claim, name)))
    for name in _PERIOD_FIELDS:
        period = getattr(claim, name, None)
        if isinstance(period, Period):
            yield ("period", _days(period))
    if kind in ("event", "statement"):
        date = getattr(claim, "date", None)
        if isinstance(date, Period):
            yield ("date", _days(date))


def _days(period: Period) -> str:
    """A period as the days it spans: '2025-Q3' and '2025-07/2025-09' are one period."""
    return f"{period.start}/{period.end}"


@dataclass(frozen=True)
class Score:
    """Hand-written facts recalled, and drafted facts that are right, per kind."""

    hand: dict[str, int]
    recalled: dict[str, int]
    drafted: dict[str, int]
    right: dict[str, int]

    @property
    def recall(self) -> float:
        total = sum(self.hand.values())
        return sum(self.recalled.values()) / total if total else 1.0

    @property
    def precision(self) -> float:
        total = sum(self.drafted.values())
        return sum(self.right.values()) / total if total else 1.0


def _facts(claims: Iterable[Any], language: str) -> set[tuple[str, ...]]:
    return {fact for claim in claims for fact in claim_facts(claim, language)}


def _matches(hand: tuple[str, ...], drafted: set[tuple[str, ...]]) -> bool:
    kind = hand[0]
    if kind == "figure":
        return hand in drafted
    if kind in ("period", "date"):
        return ("period", hand[1]) in drafted or ("date", hand[1]) in drafted
    if kind == "person":
        names = set(hand[1:])
        return any(f[0] == "person" and names & set(f[1:]) for f in drafted)
    if kind == "title":
        return any(f[0] == "title" and (hand[1] in f[1] or f[1] in hand[1]) for f in drafted
                   if f[1])
    return False


def score(hand_claims: Iterable[Any], drafted_claims: Iterable[Any], language: str) -> Score:
    """How many of the hand-written facts the draft has, and how many drafted facts are
    hand-written ones."""
    hand = _facts(hand_claims, language)
    drafted = _facts(drafted_claims, language)
    counts: dict[str, dict[str, int]] = {
        name: dict.fromkeys(KINDS, 0) for name in ("hand", "recalled", "drafted", "right")
    }
    for fact in hand:
        counts["hand"][fact[0]] += 1
        if _matches(fact, drafted):
            counts["recalled"][fact[0]] += 1
    for fact in drafted:
        counts["drafted"][fact[0]] += 1
        if _matches(fact, hand):
            counts["right"][fact[0]] += 1
    return Score(counts["hand"], counts["recalled"], counts["drafted"], counts["right"])


# ---- the committed table (docs/draft-recall.md) ----------------------------------------

SETS: tuple[tuple[str, str, str], ...] = (
    ("seeds/tr-us-defense-2025.txt", "claims/tr-us-defense-2025.yaml", "claims/registries"),
    *(
        (f"tests/corpus/articles/{name}.txt", f"tests/corpus/claims/{name}.yaml",
         "tests/corpus/record")
        for name in (
            "en-eia-steo-november-2025", "en-nyc-mayoral-election-2025",
            "en-spain-tourism-september-2025", "en-turkiye-tourism-q3-2025",
            "en-us-cpi-september-2025", "tr-bitkisel-uretim-2025", "tr-butce-aralik-2025",
            "tr-dis-ticaret-ekim-2025", "tr-enflasyon-ekim-2025",
            "tr-otomotiv-ihracati-kasim-2025", "tr-thy-3-ceyrek-2025",
            "tr-turizm-geliri-3c-2025",
        )
    ),
)
"""(article, hand-written claim file, record folder) of every measured claim set."""


def measure(root: Any) -> list[tuple[str, Score]]:  # noqa: ANN401 - a Path
    """Draft every article of :data:`SETS` (publication date from the hand-written file)
    and score it against the hand-written claims."""
    from pydantic import TypeAdapter  # noqa: PLC0415

    from claimsuite.claims.load import load_claims, load_registries  # noqa: PLC0415
    from claimsuite.claims.model import Claim  # noqa: PLC0415
    from claimsuite.draft.build import DraftOptions, draft_claims  # noqa: PLC0415
    from claimsuite.text.article import Article  # noqa: PLC0415

    adapter = TypeAdapter(Claim)
    out: list[tuple[str, Score]] = []
    records: dict[str, Any] = {}
    for article_path, claims_path, record_path in SETS:
        hand = load_claims(root / claims_path).file
        if record_path not in records:
            records[record_path] = load_registries(root / record_path)
        language = hand.article.language
        article = Article.read(root / article_path, language)
        drafted = draft_claims(article, DraftOptions(hand.article.published, records[record_path]))
        claims = [adapter.validate_python(d) for d in drafted]
        out.append((article_path, score(hand.claims, claims, language)))
    return out


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "–"


def table(results: list[tuple[str, Score]]) -> str:
    """The Markdown page of docs/draft-recall.md."""
    lines = [
        "# Draft recall and precision",
        "",
        "Generated by `python -m claimsuite.draft.measure` (a test fails when it is stale, and",
        "when an article's recall falls below the figure committed here). Each article is",
        "drafted with `claimsuite draft` (publication date and record as the hand-written",
        "claim file has them) and compared with the claim set people wrote for it: recall is",
        "the share of the hand-written figures, periods, dates, people and titles the draft",
        "has; precision the share of the drafted ones that are hand-written. How facts are",
        "matched: `src/claimsuite/draft/measure.py`.",
        "",
        "| article | figures | periods | dates | people | titles | recall | precision |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total: dict[str, dict[str, int]] = {
        n: dict.fromkeys(KINDS, 0) for n in ("hand", "recalled", "drafted", "right")
    }
    for path, s in results:
        cells = [_pct(s.recalled[k], s.hand[k]) for k in KINDS]
        name = path.rsplit("/", 1)[-1]
        lines.append(
            f"| {name} | {' | '.join(cells)} | {s.recall:.1%} | {s.precision:.1%} |"
        )
        for n, counts in total.items():
            for k in KINDS:
                counts[k] += getattr(s, n)[k]
    overall = Score(total["hand"], total["recalled"], total["drafted"], total["right"])
    cells = [_pct(overall.recalled[k], overall.hand[k]) for k in KINDS]
    lines.append(
        f"| **all** | {' | '.join(cells)} | **{overall.recall:.1%}** | "
        f"**{overall.precision:.1%}** |"
    )
    return "\n".join(lines) + "\n"


def overall(results: list[tuple[str, Score]]) -> Score:
    total: dict[str, dict[str, int]] = {
        n: dict.fromkeys(KINDS, 0) for n in ("hand", "recalled", "drafted", "right")
    }
    for _path, s in results:
        for n, counts in total.items():
            for k in KINDS:
                counts[k] += getattr(s, n)[k]
    return Score(total["hand"], total["recalled"], total["drafted"], total["right"])


if __name__ == "__main__":  # pragma: no cover
    from pathlib import Path

    root = Path.cwd()
    (root / "docs" / "draft-recall.md").write_text(table(measure(root)), encoding="utf-8")
