from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimsuite.config import load_project
from claimsuite.errors import ClaimFileError, InputError
from claimsuite.vocabulary import default_vocabulary, load_vocabulary

GOOD = """\
language: tr
entries:
  - prefer: Ziraat Bankası
    reject: [Ziraat Bankasi]
    reason: The bank's own name.
    source: https://www.ziraatbank.com.tr
"""


def write(tmp_path: Path, text: str, name: str = "vocabulary.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_the_shipped_lists_load_and_every_entry_cites_a_source() -> None:
    vocabulary = default_vocabulary()
    assert {t.language for t in vocabulary.terms} == {"tr", "en"}
    assert all(t.entry.source and t.entry.source.startswith("http") for t in vocabulary.terms)
    assert all(t.entry.reason for t in vocabulary.terms)


def test_a_desk_file_extends_the_shipped_list(tmp_path: Path) -> None:
    vocabulary = load_vocabulary([write(tmp_path, GOOD)])
    assert vocabulary.of("tr")[-1].entry.prefer == "Ziraat Bankası"
    assert len(vocabulary.of("tr")) == len(default_vocabulary().of("tr")) + 1
    only = load_vocabulary([write(tmp_path, GOOD)], defaults=False)
    assert [t.entry.prefer for t in only.terms] == ["Ziraat Bankası"]


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        (GOOD.replace("    reason: The bank's own name.\n", ""), ":3:5:", "'reason'"),
        (GOOD.replace("reject:", "rejct:"), ":4:5:", "rejct"),
        (GOOD.replace("language: tr", "language: de"), ":1:11:", "language"),
        (GOOD.replace("[Ziraat Bankasi]", "[Ziraat Bankası]"), ":4:14:", "both rejected and"),
        (GOOD.replace("    reject: [Ziraat Bankasi]\n", ""), ":3:5:",
         "rejects and accepts nothing"),
        ("- prefer: x\n", ":1:1:", "not a mapping"),
        (GOOD + "  - prefer: Ziraat\n    reject: [Ziraat Bankasi]\n    reason: x\n",
         ":8:14:", "in favour of both"),
        ("language: tr\nentries: [\n", ":", "invalid YAML"),
    ],
)
def test_mistakes_are_reported_at_their_place(
    tmp_path: Path, text: str, where: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ClaimFileError) as caught:
        load_vocabulary([path])
    message = str(caught.value)
    assert message.startswith(str(path) + where), message
    assert problem in message
    assert " — " in message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ClaimFileError, match="vocabulary file not found"):
        load_vocabulary([tmp_path / "nope.yaml"])


def test_config_keys(tmp_path: Path) -> None:
    config = write(
        tmp_path,
        '[tool.claimsuite]\nvocabulary = ["style/v.yaml"]\ndefault-vocabulary = false\n',
        "pyproject.toml",
    )
    project = load_project(config)
    assert [p.name for p in project.vocabulary] == ["v.yaml"]
    assert project.default_vocabulary is False
    write(tmp_path, '[tool.claimsuite]\ndefault-vocabulary = "no"\n', "pyproject.toml")
    with pytest.raises(InputError, match=r":2:1: \[tool.claimsuite\] default-vocabulary is text"):
        load_project(config)
    write(tmp_path, "[tool.claimsuite]\nvocabulary = 3\n", "pyproject.toml")
    with pytest.raises(InputError, match="not a list of vocabulary files"):
        load_project(config)


ROOT = Path(__file__).parents[2]


def test_a_bad_desk_file_stops_the_cli_with_exit_2(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("reject:", "rejct:"), "v.yaml")
    config = write(
        tmp_path, '[tool.claimsuite]\nvocabulary = "v.yaml"\nregistries = ""\n', "pyproject.toml"
    )
    done = subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", "seeds/tr-us-defense-2025.txt",
         "--claims", "claims/tr-us-defense-2025.yaml", "--record", "claims/registries",
         "--config", str(config)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "v.yaml:4:5: " in done.stderr


def test_repository_mode_reads_the_desks_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds" / "bank.txt").write_text(
        "Ziraat Bankasi'nın kârı arttı. Savunma sanayi ihracatı.\n", "utf-8")
    (tmp_path / "claims" / "bank.yaml").write_text(
        "article:\n  language: tr\n  published: 2025-05-01\nclaims:\n  - id: ankara\n"
        "    kind: entity\n    type: place\n    name: Ankara\n", "utf-8")
    write(tmp_path, GOOD, "v.yaml")
    write(tmp_path, '[tool.claimsuite]\nvocabulary = ["v.yaml"]\ndefault-vocabulary = false\n',
          "pyproject.toml")
    done = subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", "--select", "CS503", "--format",
         "concise", "-j", "1"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "CS503 'Ziraat Bankasi'nın'" in done.stdout
    assert "savunma sanayi" not in done.stdout.lower()  # the shipped list is off
