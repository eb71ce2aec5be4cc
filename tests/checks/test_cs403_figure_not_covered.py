from __future__ import annotations

from pathlib import Path

from dated_context import col, context

from claimsuite.checks.base import BaseCheck, Context, Finding, Location, Severity
from claimsuite.checks.cs402_claim_changed import ClaimChanged
from claimsuite.checks.cs403_figure_not_covered import FigureNotCovered
from claimsuite.checks.cs405_claim_not_confirmed import ClaimNotConfirmed
from claimsuite.text.mentions import MentionKind


def run(ctx: Context, check: BaseCheck | None = None) -> list[Finding]:
    return sorted((check or FigureNotCovered()).run(ctx), key=lambda f: f.sort_key)


TR_CLAIMS = """\
- id: altindag
  kind: entity
  type: person
  name: İlkay Altındağ
- id: msb
  kind: entity
  type: organisation
  name: Millî Savunma Bakanlığı
- id: altindag-role
  kind: role
  person: altindag
  rank: Tümgeneral
  title: Savunma Güvenlik Genel Müdürü
  organisation: msb
  as_of: 2025-04-28
  quote: "Millî Savunma Bakanlığı'nın Savunma Güvenlik Genel Müdürü Tümgeneral İlkay Altındağ"
- id: next-meeting
  kind: plan
  what: next meeting
  period: 2026
  quote:
    - "bir sonraki görüşmenin 2026 yılında yapılması kararlaştırıldı"
    - "2026 yılında gerçekleşecek toplantı"
- id: growth
  kind: change
  metric: exports
  period: 2025-Q1
  base_period: 2024-Q1
  rate: 72%
  quote: "2025 yılına ait ilk çeyrekte ihracat geçen yılın aynı dönemine göre %72 arttı"
"""
TR_LINES = [
    "Millî Savunma Bakanlığı'nın Savunma Güvenlik Genel Müdürü Tümgeneral İlkay Altındağ "
    "toplantıya katıldı.",
    "Taraflar arasında bir sonraki görüşmenin 2026 yılında yapılması kararlaştırıldı.",
    "2026 yılında gerçekleşecek toplantı önemli bir fırsat.",
    "2025 yılına ait ilk çeyrekte ihracat geçen yılın aynı dönemine göre %72 arttı.",
]


def tr(lines: list[str]) -> str:
    return "\n".join(lines)


def test_fully_covered_article_is_quiet(tmp_path: Path) -> None:
    assert run(context(tmp_path, "tr", TR_CLAIMS, tr(TR_LINES))) == []


def test_neutral_sentence_and_restatements_are_quiet(tmp_path: Path) -> None:
    lines = [
        *TR_LINES,
        "Bu gelişmeler sektörde memnuniyetle karşılandı.",
        "2025'in ilk çeyreğinde ihracat yüzde 72 arttı; 2026'da yeniden görüşülecek.",
        "TÜMGENERAL İLKAY ALTINDAĞ",
    ]
    assert run(context(tmp_path, "tr", TR_CLAIMS, tr(lines))) == []


def test_new_rank_before_a_name_is_reported(tmp_path: Path) -> None:
    lines = [*TR_LINES, "Toplantıya Korgeneral Ahmet Yılmaz da katıldı."]
    [finding] = run(context(tmp_path, "tr", TR_CLAIMS, tr(lines)))
    c = col(lines[4], "Korgeneral")
    assert finding.severity is Severity.WARNING
    assert finding.message == "rank 'Korgeneral' of Ahmet Yılmaz is accounted for by no role claim"
    assert finding.article == Location("<text>", 5, c)
    assert (finding.article.end_line, finding.article.end_col) == (5, c + len("Korgeneral"))
    assert finding.claims == ()


def test_other_rank_for_a_person_with_a_role_claim(tmp_path: Path) -> None:
    lines = [*TR_LINES, "Korgeneral İlkay Altındağ'ın açıklaması bekleniyor."]
    [finding] = run(context(tmp_path, "tr", TR_CLAIMS, tr(lines)))
    assert finding.message == (
        "rank 'Korgeneral' of İlkay Altındağ differs from role claim altindag-role "
        "(Tümgeneral, Savunma Güvenlik Genel Müdürü)"
    )
    assert finding.article == Location("<text>", 5, 1)
    assert finding.claims == ("altindag-role",)
    assert finding.fields == ("rank", "title")
    [related] = finding.related
    assert related.message == (
        "role claim altindag-role: Tümgeneral, Savunma Güvenlik Genel Müdürü"
    )
    assert related.location is not None
    assert related.location.path.endswith("claims.yaml")


def test_ministry_is_not_a_minister(tmp_path: Path) -> None:
    lines = [*TR_LINES, "Dışişleri Bakanlığı Sözcülüğü Ankara'da açıklama yaptı."]
    assert run(context(tmp_path, "tr", TR_CLAIMS, tr(lines))) == []


def test_shifted_second_mention_names_the_claim(tmp_path: Path) -> None:
    lines = [*TR_LINES]
    lines[2] = "2027 yılında gerçekleşecek toplantı önemli bir fırsat."
    [finding] = run(context(tmp_path, "tr", TR_CLAIMS, tr(lines)))
    assert finding.message == (
        "year '2027 yılında' in the passage of claim next-meeting (which says 2026) "
        "is not accounted for"
    )
    assert finding.article == Location("<text>", 3, 1)
    assert finding.claims == ("next-meeting",)


def test_new_sentence_with_figures_is_reported_per_figure(tmp_path: Path) -> None:
    lines = [*TR_LINES, "İthalat ise 2023'te 15 ülkeden %15 azaldı; saat 14.00'te 2. tur başladı."]
    ctx = context(tmp_path, "tr", TR_CLAIMS, tr(lines))
    findings = run(ctx)
    # How far the count reaches ("15" or "15 ülkeden") is the text layer's reading.
    count = next(
        m.surface for m in ctx.article.mentions
        if m.surface.startswith("15") and m.kind is MentionKind.NUMBER
    )
    assert [(f.article, f.message) for f in findings] == [
        (Location("<text>", 5, col(lines[4], "2023")),
         "year '2023'te' is not accounted for by any claim"),
        (Location("<text>", 5, col(lines[4], "15 ")),
         f"number '{count}' is not accounted for by any claim"),
        (Location("<text>", 5, col(lines[4], "%15")),
         "percent '%15' is not accounted for by any claim"),
    ]


def test_contradicting_figure_is_left_to_cs103(tmp_path: Path) -> None:
    lines = [*TR_LINES, "2025'in ilk çeyreğinde ihracat %52 arttı."]
    assert run(context(tmp_path, "tr", TR_CLAIMS, tr(lines))) == []


EN_CLAIMS = """\
- id: hegseth
  kind: entity
  type: person
  name: Pete Hegseth
  aliases: [Hegseth]
- id: hegseth-role
  kind: role
  person: hegseth
  title: Defense Secretary
  as_of: 2025-05-01
  quote: "Defense Secretary Pete Hegseth"
- id: exports
  kind: quantity
  metric: exports
  period: 2024
  value: 1.7 billion USD
  quote: "exports reached $1.7 billion in 2024"
"""


def test_english_titles_and_figures(tmp_path: Path) -> None:
    text = (
        "Defense Secretary Pete Hegseth said exports reached $1.7 billion in 2024. "
        "The UN General Assembly met. Major General Jane Doe said 3 bases would open in 2026."
    )
    findings = run(context(tmp_path, "en", EN_CLAIMS, text))
    assert [(f.article, f.message) for f in findings] == [
        (Location("<text>", 1, col(text, "Major")),
         "rank 'Major General' of Jane Doe is accounted for by no role claim"),
        (Location("<text>", 1, col(text, "3 bases")),
         "number '3' is not accounted for by any claim"),
        (Location("<text>", 1, col(text, "2026")),
         "year '2026' is not accounted for by any claim"),
    ]


def test_english_clean_text_is_quiet(tmp_path: Path) -> None:
    text = (
        "Defense Secretary Pete Hegseth said exports reached $1.7 billion in 2024. "
        "Secretary Hegseth called it a good year. The General Assembly met in general session."
    )
    assert run(context(tmp_path, "en", EN_CLAIMS, text)) == []


def test_numbers_that_are_part_of_a_period_a_date_or_a_time_are_not_figures(
    tmp_path: Path,
) -> None:
    """Issue 13 §7: "by 6 p.m.", "Over the 12 months ending in September", "Oct. 28 - 29"."""
    claims = """\
- id: ballots
  kind: quantity
  metric: ballots
  period: 2025-11-04
  value: 1.7 million count
  bound: more-than
  quote: "More than 1.7 million ballots had been cast by 6 p.m. on Nov. 4"
- id: cpi
  kind: change
  metric: cpi
  period: 2025-09
  base_period: 2024-09
  rate: 3%
  quote: "Over the 12 months ending in September 2025, prices rose 3%"
- id: meeting
  kind: plan
  what: policy meeting
  period: 2025-10-28/2025-10-29
  quote: "the policy meeting on Oct. 28 - 29"
"""
    text = (
        "More than 1.7 million ballots had been cast by 6 p.m. on Nov. 4. "
        "Over the 12 months ending in September 2025, prices rose 3%. "
        "The figures come before the policy meeting on Oct. 28 - 29."
    )
    assert run(context(tmp_path, "en", claims, text, published="2025-11-05")) == []


def test_figures_a_plan_or_statement_writes_in_prose_are_accounted_for(tmp_path: Path) -> None:
    claims = """\
- id: fed-target
  kind: statement
  content: Inflation remains above the Federal Reserve's 2 percent target.
  quote: "Inflation remains above the central bank's 2 percent target."
- id: base-year
  kind: plan
  what: the index's base year becomes 2025 from January 2026
  period: 2026-01
  quote: "From January 2026 the index will use 2025 as its base year."
"""
    text = (
        "Inflation remains above the central bank's 2 percent target. "
        "From January 2026 the index will use 2025 as its base year."
    )
    assert run(context(tmp_path, "en", claims, text)) == []
    edited = text.replace("2 percent target", "3 percent target").replace(
        "use 2025", "use 2024"
    )
    claims = claims.replace("2 percent target.\"", "3 percent target.\"").replace(
        "use 2025", "use 2024"
    )
    found = [f.message for f in run(context(tmp_path, "en", claims, edited))]
    assert found == [
        "percent '3 percent' in the passage of claim fed-target (which states no such figure)"
        " is not accounted for",
        "year '2024' in the passage of claim base-year (which says 2026-01) is not accounted for",
    ]


def test_an_amount_read_in_two_pieces_is_compared_whole(tmp_path: Path) -> None:
    claims = """\
- id: deficit
  kind: quantity
  metric: deficit
  period: 2025
  value: 1799.1 billion TRY
  quote: "2025 yılında bütçe açığı 1 trilyon 799,1 milyar lira oldu"
"""
    text = "2025 yılında bütçe açığı 1 trilyon 799,1 milyar lira oldu."
    assert run(context(tmp_path, "tr", claims, text)) == []


def test_an_edited_clock_time_in_a_claims_passage_is_reported(tmp_path: Path) -> None:
    claims = """\
- id: ballots
  kind: quantity
  metric: ballots
  period: 2025-11-04
  value: 1.7 million count
  bound: more-than
  quote: "More than 1.7 million ballots had been cast by 6 p.m. on Nov. 4"
"""
    text = "More than 1.7 million ballots had been cast by 6 p.m. on Nov. 4."
    assert run(context(tmp_path, "en", claims, text, published="2025-11-05")) == []
    edited = run(context(tmp_path, "en", claims, text.replace("6 p.m.", "7 p.m."),
                         published="2025-11-05"))
    assert [f.message for f in edited] == [
        "number '7' in the passage of claim ballots (which states no such figure) is not "
        "accounted for"
    ]
    elsewhere = text + " Polls closed at 9 p.m."
    assert run(context(tmp_path, "en", claims, elsewhere, published="2025-11-05")) == []


def test_a_per_mille_figure_is_the_claims_share(tmp_path: Path) -> None:
    """"binde 3,4'e", "3.4 per thousand", "3.4‰" are 0.34%: a claim ``share: 0.34%`` states
    them, so they are not unaccounted numbers (TÜİK's population growth rate)."""
    claims = """\
- id: growth-2023
  kind: share
  metric: population-growth-rate
  period: 2023
  share: 0.11%
  quote: "Yıllık nüfus artış hızı 2023'te binde 1,1"
- id: growth-2024
  kind: share
  metric: population-growth-rate
  period: 2024
  share: 0.34%
  quote: "2024'te binde 3,4'e yükseldi"
"""
    text = "Yıllık nüfus artış hızı 2023'te binde 1,1 iken 2024'te binde 3,4'e yükseldi."
    assert run(context(tmp_path, "tr", claims, text)) == []
    edited = context(tmp_path, "tr", claims, text.replace("binde 3,4", "binde 4,4"))
    assert run(edited) == []  # the changed figure is CS402's error, not a new number
    assert [f.message for f in ClaimChanged().run(edited)] == [
        "claim growth-2024 says 0.34% (share); the article now says binde 4,4'e"
    ]
    en_claims = """\
- id: growth-2024
  kind: share
  metric: population-growth-rate
  period: 2024
  share: 0.34%
  quote: "The growth rate rose to 3.4 per thousand in 2024"
"""
    for written in ("3.4 per thousand", "3.4 per mille", "3.4‰"):
        en_text = f"The growth rate rose to {written} in 2024."
        quoted = en_claims.replace("3.4 per thousand", written)
        assert run(context(tmp_path, "en", quoted, en_text)) == [], written


def test_a_season_over_two_years_is_one_period(tmp_path: Path) -> None:
    """"2023-2024 sezonunda", "2023/24 sezonunda", "the 2023-24 season" are one period over
    the two years: a claim's season (2023-09/2024-08) inside it is stated, and neither year
    is an unaccounted number; a period outside it is only a question (CS405)."""
    claims = """\
- id: volume
  kind: quantity
  metric: hazelnut-exports
  period: {period}
  value: 303458 tonne
  quote: "{quote}"
"""
    for language, quote in (
        ("tr", "2023-2024 sezonunda ise 303 bin 458 ton fındık ihraç edilmiş"),
        ("tr", "2023/24 sezonunda ise 303 bin 458 ton fındık ihraç edilmiş"),
        ("en", "In the 2023-24 season 303,458 tonnes of hazelnuts were exported"),
    ):
        stated = context(tmp_path, language,
                         claims.format(period="2023-09/2024-08", quote=quote), quote + ".")
        assert run(stated) == [], quote
        assert list(ClaimNotConfirmed().run(stated)) == [], quote
        other = context(tmp_path, language,
                        claims.format(period="2024-09/2025-08", quote=quote), quote + ".")
        assert run(other) == [], quote
        assert list(ClaimChanged().run(other)) == [], quote  # never cry wolf
        assert [f.code for f in ClaimNotConfirmed().run(other)] == ["CS405"], quote


def test_a_flipped_direction_next_to_a_quantity_is_a_changed_claim(tmp_path: Path) -> None:
    """A quantity told with the way it moved: "89 bin 996 kişi azalarak 1 milyon 480 bin 547
    kişiye geriledi". An edit turning the direction word the other way is CS402's error
    (as for a change claim's rate), never an unaccounted number; the article as quoted is
    silent."""
    claims = """\
- id: foreign
  kind: quantity
  metric: foreign-population
  period: 2024-12-31
  value: 1480547 people
  quote: "{quote}"
- id: decrease
  kind: quantity
  metric: foreign-population-decrease
  period: 2024
  value: 89996 people
  quote: "{quote}"
"""
    for language, quote, old, new in (
        ("tr", "Yabancı nüfus bir önceki yıla göre 89 bin 996 kişi azalarak 1 milyon 480 bin "
               "547 kişiye geriledi", "azalarak", "artarak"),
        ("en", "The foreign population fell by 89,996 to 1,480,547 people", "fell", "rose"),
    ):
        as_quoted = context(tmp_path, language, claims.format(quote=quote), quote + ".")
        assert run(as_quoted) == []
        assert list(ClaimChanged().run(as_quoted)) == []
        edited = context(tmp_path, language, claims.format(quote=quote),
                         quote.replace(old, new) + ".")
        assert run(edited) == []
        assert sorted(f.message for f in ClaimChanged().run(edited)) == [
            f"claim {claim}: its passage changed the direction of a figure: '{old}' became "
            f"'{new}'"
            for claim in ("decrease", "foreign")
        ]
    share = """\
- id: growth-2024
  kind: share
  metric: population-growth-rate
  period: 2024
  share: 0.34%
  quote: "2024'te binde 3,4'e yükseldi"
"""
    text = "Yıllık nüfus artış hızı 2024'te binde 3,4'e yükseldi."
    assert list(ClaimChanged().run(context(tmp_path, "tr", share, text))) == []
    edited = context(tmp_path, "tr", share, text.replace("yükseldi", "geriledi"))
    assert [f.message for f in ClaimChanged().run(edited)] == [
        "claim growth-2024: its passage changed the direction of a figure: 'yükseldi' became "
        "'geriledi'"
    ]
