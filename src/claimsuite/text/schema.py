"""The schema of ``text/lang/<code>.toml``: the sections and keys a language file may
have, as pydantic models, so that a misspelt key or a value of the wrong type is an error
naming the file and the key (:class:`LanguageDataError`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Defined beside the loader, which raises it without importing these models.
from claimsuite.text.language import LanguageDataError

__all__ = ["BoundKind", "LanguageDataError", "LanguageFile", "RelativeUnit", "SuffixTable"]

BoundKind = Literal["approximate", "more-than", "at-least", "less-than", "at-most"]
RelativeUnit = Literal[
    "year", "half", "quarter", "month", "week", "day", "same-period", "prior-period"
]


class _Section(BaseModel):
    # defer_build: validators are built when a language file is first validated, once, as
    # part of LanguageFile, not for each section at import.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Numbers(_Section):
    scales: dict[str, int]
    glued_scales: list[str] = []
    words: dict[str, int]
    ordinal_suffixes: list[str]
    # Counted things after a number: word (stem) -> unit ("3 bin 200 firma" = 3200 firm).
    units: dict[str, str] = {}
    # Words after a number making it a multiple ("17 katına", "17-fold").
    multiples: list[str] = []
    # Words joining two figures into a range ("10 to 12 percent", "5 ile 7 arası").
    range_links: list[str] = []
    # Words before a number making it negative ("eksi 2,4").
    minus: list[str] = []
    # Whether a number word opening a sentence is a count ("Six ballot questions were
    # decided"); not in Turkish, where "İki ülke", "İki taraf" name the two parties.
    sentence_counts: bool = False
    # Words before a figure that make "X to Y" a change, not a range ("from 10 to 12").
    not_range_after: list[str] = []
    # Words before or after a bare number that make it a label, not a figure: a clock time
    # ("saat 14", "3 p.m."), an article or law number ("Madde 5", "5 sayılı kanun").
    label_before: list[str] = []
    label_after: list[str] = []


class _Percent(_Section):
    before: list[str]
    after: list[str]
    points: list[str]
    # Words after the number that make it basis points, a hundredth of a percentage point:
    # "100 baz puan", "250 basis points", "50 bps" are 1, 2.5 and 0.5 pp.
    basis_points: list[str] = []
    # Words before or after the number that make it per mille, a tenth of a percent:
    # "binde 3,4", "3.4 per thousand", "3.4‰" are 0.34%.
    per_mille_before: list[str] = []
    per_mille_after: list[str] = []


class _Currency(_Section):
    after: dict[str, str]
    before: dict[str, str]
    symbols: dict[str, str]


class _Periods(_Section):
    quarter: list[str]
    half: list[str]
    ordinals: dict[str, int]
    year_words: list[str]
    links: list[str]
    year_links: list[str]
    time_units: list[str]
    # Month nouns after a month name ("Kasım ayında"); English writes none.
    month_words: list[str] = []
    # Words before a year making it a fiscal year ("fiscal 2025", "FY2025", "2025 mali yılı").
    fiscal: list[str] = []
    # Words that mark a phrase as a period, and cue-like words that are not.
    cues: list[str] = []
    not_cues: list[str] = []
    # Words before a year-like number that keep it a year even before a counted noun:
    # "In 2025 people travelled more" (a year), "2000 projects" (a count).
    year_prepositions: list[str] = []
    # Base-period markers -> offset in years from the period the sentence names.
    same_period: dict[str, int] = {}
    # Base-period markers -> offset in periods of the claim's own length: "bir önceki aya
    # göre", "aylık", "over the month" (-1: the month before a month, the quarter before a
    # quarter).
    prior_period: dict[str, int] = {}
    # Month abbreviations news writes that the locale data lacks ("Sept.") -> month.
    month_aliases: dict[str, int] = {}


class _Rank(_Section):
    top: list[str]
    bottom: list[str]
    # Ordinal words that give a rank ("came second", "ikinci sırada"): word -> rank.
    ordinal_words: dict[str, int] = {}
    # Words right before an ordinal word that make it a rank ("came", "was", "ranked"), and
    # words right after one (stems: "place", "sıra", "oldu"; "-largest" glued by a hyphen).
    ordinal_before: list[str] = []
    ordinal_after: list[str] = []
    # Superlatives: rank 1 at the top ("the largest", "en büyük") or the bottom ("the
    # lowest", "en düşük"); with an ordinal word, rank N ("second-largest", "en büyük ikinci").
    superlatives_top: list[str] = []
    superlatives_bottom: list[str] = []
    # Words right before a bare superlative that make it one ("the largest", "its highest");
    # empty: the superlative phrase needs none ("en büyük"). A possessive "'s" always counts.
    superlative_after: list[str] = []
    # After a word of ``ordinal_before``, the ordinal word ends the clause or goes on with
    # one of these ("came second in"), so that "was first reported" is no rank.
    ordinal_then: list[str] = []
    # Words before "<Name> <ordinal>" in a list of ranks: "was fourth, France fifth and Italy
    # sixth" (the verb left out after the first).
    ordinal_list_links: list[str] = []


class _Bound(_Section):
    kind: BoundKind
    before: list[str] = []
    after: list[str] = []
    # Words right before a ``before`` phrase that make it no bound: "edges up to 3%".
    not_after: list[str] = []
    # ``after`` words count only after an inflected figure: "5 milyondan fazla" (more than),
    # not "255,3 milyar lira fazla" (a surplus of).
    inflected: bool = False


class _Relative(_Section):
    phrases: list[str] = Field(min_length=1)
    unit: RelativeUnit
    offset: int
    # Only right before a figure: "yıllık yüzde 27", "aylık yüzde 1,63" (not "yıllık
    # enflasyon", "aylık ortalama").
    before_figure: bool = False


class SuffixTable(_Section):
    plural: list[str] = []
    possessive: list[str] = []
    case: list[str] = []
    tail: list[str] = []


class _Sentences(_Section):
    abbreviations: list[str]
    # Words no headline ends with: a first line ending so runs on into the next ("that").
    runs_on: list[str] = []


class _Editor(_Section):
    hedges: list[str]
    passives: list[str]
    future_markers: list[str]


class _Roles(_Section):
    ranks: list[str]
    titles: list[str]
    not_titles: list[str] = []


class _Attribution(_Section):
    attributions: list[str]
    source_after: list[str]
    source_before: list[str] = []


class _Comparison(_Section):
    change_words: list[str]
    comparison_words: list[str]
    anchored_words: list[str] = []
    time_words: list[str] = []


class _Direction(_Section):
    rise: list[str] = []
    fall: list[str] = []
    # Words that say a direction only next to a figure ("up 5%", "5% lower"): elsewhere
    # they are something else ("set up", "stepped down", "the lower house", "uçak indi").
    rise_near: list[str] = []
    fall_near: list[str] = []
    # Words saying a level was kept where it was ("sabit tuttu", "left unchanged"): an edit
    # from or to one of them changes the direction.
    flat: list[str] = []
    # A level moved from one figure to another: the word before the first ("from 4.5% to
    # 4.25%") and the second, or the case endings after them ("yüzde 40,5'ten yüzde 39,5'e").
    from_before: list[str] = []
    to_before: list[str] = []
    from_suffixes: list[str] = []
    to_suffixes: list[str] = []
    # Words right after the second figure that carry its ending ("yüzde 37 seviyesine").
    to_after: list[str] = []


class _Tense(_Section):
    past: list[str] = []
    future: list[str] = []
    negation: list[str] = []


class _Template(_Section):
    forms: list[str] = Field(min_length=1)
    means: str


class LanguageFile(_Section):
    """``lang/<code>.toml`` as written: the sections and keys a language file may have."""

    numbers: _Numbers
    percent: _Percent
    currency: _Currency
    periods: _Periods
    rank: _Rank
    bound: list[_Bound] = []
    relative: list[_Relative] = []
    period: list[_Template] = []
    suffixes: SuffixTable = SuffixTable()
    sentences: _Sentences
    editor: _Editor
    roles: _Roles
    attribution: _Attribution
    comparison: _Comparison
    direction: _Direction = _Direction()
    tense: _Tense = _Tense()
