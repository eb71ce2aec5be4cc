from __future__ import annotations

from claimsuite.checks.cs608_rendered_title import RenderedTitle
from claimsuite.testing import claim_file, findings, make_context

SOURCE = """        source:
          url: https://example.org/report
          publisher: Example News
"""


def record(aliases: str = "", renderings: str = "", title_en: str = "") -> str:
    return f"""\
officials:
  - id: envoy
    name: Katherine Thompson
    positions:
      - title: Acting Deputy Assistant Secretary of Defense
{title_en}{aliases}{renderings}        from: 2025-04-28
{SOURCE}  - id: bakan
    name: Mehmet Şimşek
    positions:
      - title: Hazine ve Maliye Bakanı
        title_en: Minister of Treasury and Finance
        aliases: [Finance Minister]
        from: 2023-06-03
{SOURCE}"""


TURKISH = "Müsteşar Yardımcısı Vekili"


def claims(title: str, person: str = "thompson", language: str = "tr") -> str:
    return claim_file(f"""
        - id: thompson
          kind: entity
          type: person
          name: Katherine Thompson
          official: envoy
        - id: simsek
          kind: entity
          type: person
          name: Mehmet Şimşek
          official: bakan
        - id: the-role
          kind: role
          person: {person}
          title: {title}
          as_of: 2025-05-01
          quote: "{title}"
    """, language=language)


def run(text: str, title: str, rec: str, person: str = "thompson", language: str = "tr"):
    ctx = make_context(text, claims(title, person, language), record=rec)
    return findings(ctx, RenderedTitle)


def test_a_translation_known_only_as_a_sources_wording_is_asked_about() -> None:
    text = f"ABD'den {TURKISH} Katherine Thompson katıldı."
    [finding] = run(text, TURKISH, record(aliases=f"        aliases: [{TURKISH}]\n"))
    assert finding.message == (
        f'the-role gives Katherine Thompson\'s title in Turkish as "{TURKISH}"; the record '
        'holds it only in English ("Acting Deputy Assistant Secretary of Defense") and has '
        "this translation only as a source's wording, not as an accepted rendering: what is "
        "the official wording?"
    )
    assert (finding.article.line, finding.article.col) == (1, 9)
    assert finding.related[0].url == "https://example.org/report"


def test_an_accepted_rendering_or_the_original_title_is_quiet() -> None:
    text = f"ABD'den {TURKISH} Katherine Thompson katıldı."
    accepted = record(renderings=f"        renderings: [{TURKISH}]\n")
    assert run(text, TURKISH, accepted) == []
    original = "Acting Deputy Assistant Secretary of Defense"
    assert run(f"ABD'den {original} Katherine Thompson katıldı.", original, record()) == []


def test_a_title_the_record_does_not_have_is_left_to_cs304() -> None:
    assert run(f"ABD'den {TURKISH} Katherine Thompson katıldı.", TURKISH, record()) == []


def test_english_article_and_a_turkish_title() -> None:
    rec = record()
    text = "Finance Minister Mehmet Şimşek said exports grew."
    [finding] = run(text, "Finance Minister", rec, "simsek", "en")
    assert 'in English as "Finance Minister"' in finding.message
    assert 'only in Turkish ("Hazine ve Maliye Bakanı")' in finding.message
    text = "Minister of Treasury and Finance Mehmet Şimşek said exports grew."
    assert run(text, "Minister of Treasury and Finance", rec, "simsek", "en") == []
