"""The six small inputs of issue 13 §6, each with the result an editor expects.

Each runs every built-in check (no local checks, no record) on a short article and its claim
file, as ``claimsuite check`` does.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimsuite import engine
from claimsuite.checks.base import Finding, Severity
from claimsuite.errors import ClaimsuiteError


def run(tmp_path: Path, article: str, claims: str) -> list[Finding]:
    (tmp_path / "article.txt").write_text(article, "utf-8")
    (tmp_path / "claims.yaml").write_text(textwrap.dedent(claims), "utf-8")
    inputs = engine.load_inputs(tmp_path / "article.txt", tmp_path / "claims.yaml", None)
    return list(engine.check(inputs).findings)


def alarms(findings: list[Finding]) -> list[str]:
    return [
        f"{f.code} {f.message}"
        for f in findings
        if f.severity in {Severity.ERROR, Severity.WARNING}
    ]


def test_1_english_periods_in_words_and_a_month_alone(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        "Tourism revenue rose 18 percent year on year in the first nine months of 2025 to "
        "41 billion dollars, the statistics office said. In October alone, revenue was 5.2 "
        "billion dollars.\n",
        """\
        article:
          language: en
          published: 2025-11-10
        claims:
          - id: revenue-9m
            kind: change
            metric: tourism-revenue
            period: 2025-01/2025-09
            base_period: 2024-01/2024-09
            rate: 18%
            value: 41 billion USD
            quote: "Tourism revenue rose 18 percent year on year in the first nine months of 2025 to 41 billion dollars"
          - id: revenue-oct
            kind: quantity
            metric: tourism-revenue
            period: 2025-10
            value: 5.2 billion USD
            quote: "In October alone, revenue was 5.2 billion dollars."
        """,  # noqa: E501
    )
    # No error, no warning, and no question about the claims' fields or wording.
    assert alarms(findings) == []
    assert not [f for f in findings if f.code in {"CS402", "CS405", "CS406"}]


def test_2_turkish_last_months_month_alone_and_compound_counts(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        "Otomotiv ihracatı son 10 ayda yüzde 12 artışla 8 milyar 250 milyon dolara ulaştı. "
        "Ekim ayında ise ihracat 910 milyon dolar oldu. Sektörde 3 bin 200 firma ve yaklaşık "
        "45 bin çalışan bulunuyor.\n",
        """\
        article:
          language: tr
          published: 2025-11-05
        claims:
          - id: exports-10m
            kind: change
            metric: automotive-exports
            period: 2025-01/2025-10
            rate: 12%
            value: 8250 million USD
            quote: "Otomotiv ihracatı son 10 ayda yüzde 12 artışla 8 milyar 250 milyon dolara ulaştı."
          - id: exports-oct
            kind: quantity
            metric: automotive-exports
            period: 2025-10
            value: 910 million USD
            quote: "Ekim ayında ise ihracat 910 milyon dolar oldu."
        """,  # noqa: E501
    )
    # Both periods are stated: no error, no question about them.
    assert not [f for f in findings if f.code in {"CS402", "CS405"}]
    # The two unclaimed figures are reported whole, once each: 3200 firms and ~45000.
    uncovered = [f.message for f in findings if f.code == "CS403"]
    assert len(uncovered) == 2
    assert "3 bin 200 firma" in uncovered[0]
    assert "45 bin çalışan" in uncovered[1]


def test_3_a_rise_claimed_for_a_fall_is_contradicted(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 "
        "azaldı.\n",
        """\
        article:
          language: tr
          published: 2025-08-01
        claims:
          - id: white-goods
            kind: change
            metric: white-goods-production
            period: 2025-H1
            base_period: 2024-H1
            rate: 6%
            quote: "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 azaldı."
        """,  # noqa: E501
    )
    assert alarms(findings) == [
        "CS402 claim white-goods says a rise of 6% (rate); its passage tells a fall ('azaldı')"
    ]
    [error] = [f for f in findings if f.code == "CS402"]
    assert error.severity is Severity.ERROR
    assert error.fields == ("direction",)


def test_3_the_same_fall_written_as_a_negative_rate_is_consistent(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 "
        "azaldı.\n",
        """\
        article:
          language: tr
          published: 2025-08-01
        claims:
          - id: white-goods
            kind: change
            metric: white-goods-production
            period: 2025-H1
            base_period: 2024-H1
            rate: -6%
            quote: "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 azaldı."
        """,  # noqa: E501
    )
    assert alarms(findings) == []


def test_4_digits_grouped_with_spaces_and_dots(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        "Limanlarda 2025 yılında 2 500 000 ton yük elleçlendi. Fuara 1.250.000 kişi katıldı ve "
        "15.300 firma stant açtı.\n",
        """\
        article:
          language: tr
          published: 2026-01-20
        claims:
          - id: port-cargo
            kind: quantity
            metric: port-cargo
            period: 2025
            value: 2500000 tonne
            quote: "Limanlarda 2025 yılında 2 500 000 ton yük elleçlendi."
        """,
    )
    # The claim is stated: its figure is one number, in tonnes.
    assert not [f for f in findings if f.code in {"CS402", "CS405"}]
    assert not [f for f in findings if f.code == "CS403" and "2 500 000" in f.message]
    # Both unclaimed counts are reported whole, never read as clock times or in pieces.
    uncovered = sorted(f.message for f in findings if f.code == "CS403")
    assert uncovered == [
        "number '1.250.000 kişi' is not accounted for by any claim",
        "number '15.300 firma' is not accounted for by any claim",
    ]


def test_5_two_rates_for_one_metric_and_period_contradict(tmp_path: Path) -> None:
    findings = run(
        tmp_path,
        "Konut satışları 2025'in ilk çeyreğinde geçen yılın aynı dönemine göre yüzde 12 arttı. "
        "Aynı verilere göre konut satışları 2025'in ilk çeyreğinde yüzde 15 yükseldi.\n",
        """\
        article:
          language: tr
          published: 2025-04-20
        claims:
          - id: sales-12
            kind: change
            metric: house-sales
            period: 2025-Q1
            base_period: 2024-Q1
            rate: 12%
            quote: "Konut satışları 2025'in ilk çeyreğinde geçen yılın aynı dönemine göre yüzde 12 arttı."
          - id: sales-15
            kind: change
            metric: house-sales
            period: 2025-Q1
            rate: 15%
            quote: "Aynı verilere göre konut satışları 2025'in ilk çeyreğinde yüzde 15 yükseldi."
        """,  # noqa: E501
    )
    assert [f.code for f in findings if f.severity is Severity.ERROR] == ["CS102"]
    assert not [f for f in findings if "Aynı verilere" in f.message]


def test_6_a_decimal_comma_in_the_claim_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(ClaimsuiteError, match=r"2\.4 billion USD"):
        run(
            tmp_path,
            "İhracat Ekim ayında 2,4 milyar dolara ulaştı.\n",
            """\
            article:
              language: tr
              published: 2025-11-05
            claims:
              - id: exports
                kind: quantity
                metric: exports
                period: 2025-10
                value: 2,4 billion USD
                quote: "İhracat Ekim ayında 2,4 milyar dolara ulaştı."
            """,
        )


def test_the_claims_table_gives_each_claim_a_verdict_and_the_fields_that_decided_it(
    tmp_path: Path,
) -> None:
    from claimsuite.reports.json import JsonRenderer  # noqa: PLC0415

    (tmp_path / "article.txt").write_text(
        "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 "
        "azaldı. Fuarın ziyaretçi sayısı bu dönemde 40 bin oldu.\n",
        "utf-8",
    )
    (tmp_path / "claims.yaml").write_text(textwrap.dedent("""\
        article:
          language: tr
          published: 2025-08-01
        claims:
          - id: white-goods
            kind: change
            metric: white-goods-production
            period: 2025-H1
            base_period: 2024-H1
            rate: 6%
            quote: "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 azaldı."
          - id: white-goods-fall
            kind: change
            metric: white-goods-output
            period: 2025-H1
            base_period: 2024-H1
            rate: -6%
            quote: "Beyaz eşya üretimi 2025'in ilk yarısında geçen yılın aynı dönemine göre yüzde 6 azaldı."
          - id: visitors
            kind: quantity
            metric: fair-visitors
            period: 2024-H1
            value: 40000 person
            quote: "Fuarın ziyaretçi sayısı bu dönemde 40 bin oldu."
        """), "utf-8")  # noqa: E501
    inputs = engine.load_inputs(tmp_path / "article.txt", tmp_path / "claims.yaml", None)
    report = engine.check(inputs)
    rows = {row.id: (row.verdict, row.decided_by) for row in report.claims}
    assert rows["white-goods"] == ("contradicted", ("direction",))
    assert rows["white-goods-fall"] == (
        "consistent", ("rate", "period", "base_period", "direction")
    )
    # "bu dönemde" is a period phrase the grammar does not place, and the sentence before
    # names another period: not enough information, a question, never an error
    assert rows["visitors"] == ("not enough information", ("period",))
    import json  # noqa: PLC0415

    assert not [f for f in report.findings if f.code == "CS402" and "visitors" in f.claims]
    document = json.loads(JsonRenderer().render(report))
    [row] = [r for r in document["claims"] if r["id"] == "white-goods"]
    assert (row["verdict"], row["decided_by"]) == ("contradicted", ["direction"])
