"""English end to end: a news article of our own and its complete claim set, run through
the command line. Careless edits must each raise the expected error on the expected claim;
harmless edits must leave the findings as they are."""

from __future__ import annotations

import json
import os
import re
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "en"
ARTICLE = (FIXTURES / "trade-talks-2025.txt").read_text("utf-8")
CLAIMS = FIXTURES / "trade-talks-2025.yaml"


def check(tmp_path: Path, text: str) -> dict[str, object]:
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    registries = tmp_path / "registries"
    registries.mkdir(exist_ok=True)
    # The command line in-process (click's CliRunner, the same claimsuite.cli.main), from the
    # repository root: a fresh interpreter per edit cost ~1.5 s each.
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, [
            "check", str(article), "--claims", str(CLAIMS), "--format", "json",
            "--no-local-checks", "--record", str(registries),
        ])
    finally:
        os.chdir(here)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in {0, 1}, result.stderr
    return json.loads(result.stdout)


def found(report: dict[str, object]) -> set[tuple[str, tuple[str, ...]]]:
    return {(f["code"], tuple(f["claims"])) for f in report["findings"]}  # type: ignore[index, union-attr]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return check(tmp_path_factory.mktemp("original"), ARTICLE)


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_every_claim_is_stated_verbatim(original: dict[str, object]) -> None:
    claims = original["claims"]
    assert isinstance(claims, list)
    stated = {c["id"]: c["stated"] for c in claims if c["kind"] != "entity"}
    assert len(stated) == 11
    assert set(stated.values()) == {"verbatim"}


def test_original_has_no_text_findings(original: dict[str, object]) -> None:
    codes = {code for code, _ in found(original)}
    assert not codes & {"CS401", "CS402", "CS403", "CS501", "CS502"}, found(original)


CARELESS = {
    "changed rate": (("12 per cent", "21 per cent"), ("CS402", ("exports-2025-q1-growth",))),
    "changed value": (("$1.2 billion", "$2.1 billion"), ("CS402", ("exports-2025-q1-growth",))),
    "changed rank": (("top five", "top three"), ("CS402", ("poland-top5-buyers-2024",))),
    "changed surname": (("Erik Lunde, State", "Erik Lunda, State"), ("CS402", ("lunde-role",))),
    "misspelt surname": (("Erik Lunde, State", "Erik Lunda, State"), ("CS502", ("lunde",))),
    "changed year": (("14 March 2025", "14 March 2024"), ("CS402", ("talks-2025-03-14",))),
    "changed forecast year": (
        ("further in 2026", "further in 2027"),
        ("CS402", ("trade-growth-2026",)),
    ),
    "changed relative year": (
        ("in Oslo next year", "in Oslo this year"),
        ("CS402", ("next-meeting",)),
    ),
    "dropped sentence": (
        (
            "Wójcik said Poland would probably place further orders for coastal defence "
            "missiles in 2025. ",
            "",
        ),
        ("CS401", ("missile-orders-2025",)),
    ),
}


@pytest.mark.parametrize("edit", CARELESS.values(), ids=CARELESS.keys())
def test_careless_edit_is_an_error_on_the_claim(
    tmp_path: Path,
    edit: tuple[tuple[str, str], tuple[str, tuple[str, ...]]],
) -> None:
    (old, new), expected = edit
    report = check(tmp_path, replace_once(ARTICLE, old, new))
    assert expected in found(report)
    errors = [f for f in report["findings"] if f["severity"] == "error"]  # type: ignore[union-attr]
    assert errors


def _reflow(text: str) -> str:
    paragraphs = text.split("\n\n")
    # A reflow moves line breaks between words; it never splits "Norwegian-made".
    wrapped = (textwrap.fill(p, width=47, break_on_hyphens=False) for p in paragraphs)
    return "\n\n".join(wrapped) + "\n"


def _curly(text: str) -> str:
    assert "'" in text
    return text.replace("'", "’")


def _nfd(text: str) -> str:
    changed = unicodedata.normalize("NFD", text)
    assert changed != text
    return changed


def _percent_sign(text: str) -> str:
    return replace_once(text, "12 per cent", "12%")


def _capital_heading(text: str) -> str:
    heading = text.split("\n", 1)[0]
    return replace_once(text, heading, heading.upper())


def _neutral_sentence(text: str) -> str:
    return replace_once(
        text,
        "open and practical.",
        "open and practical. Both delegations later visited a shipyard.",
    )


def _crlf(text: str) -> str:
    return re.sub(r"\n", "\r\n", text)


HARMLESS: dict[str, Callable[[str], str]] = {
    "reflow": _reflow,
    "curly apostrophes": _curly,
    "NFD": _nfd,
    "percent sign": _percent_sign,
    "heading in capitals": _capital_heading,
    "neutral sentence": _neutral_sentence,
    "CRLF": _crlf,
}


@pytest.mark.parametrize("edit", HARMLESS.values(), ids=HARMLESS.keys())
def test_harmless_edit_changes_nothing(
    tmp_path: Path, original: dict[str, object], edit: Callable[[str], str]
) -> None:
    assert found(check(tmp_path, edit(ARTICLE))) == found(original)
