"""New or standing: each finding compared by fingerprint with a baseline.

The baseline is what the base branch reports: a JSON report (``--format json`` of one
article or of a repository run), a JSONL file of per-article reports (``--format jsonl``),
or, with ``--new-since REF``, the base versions of the files themselves, read with
``git show REF:path`` into a temporary folder and checked there. Fingerprints do not depend
on paths, lines or message wording (``reports.assemble.fingerprint``), so a finding that
only moved stays "standing".
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

from claimsuite.errors import InputError

Known = Mapping[str, frozenset[str]]  # article path -> fingerprints found there


def load(path: Path) -> dict[str, frozenset[str]]:
    """The fingerprints per article of a JSON or JSONL report."""
    from claimsuite.files import read_bounded  # noqa: PLC0415

    name = str(path)
    if not path.is_file():
        raise InputError(name, "baseline file not found",
                         "give a report written with --format json or jsonl")
    try:
        text = read_bounded(path, 200_000_000, what="baseline", name=name).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8", "give a JSON report") from None
    documents: list[object] = []
    try:
        documents = [json.loads(text)]
    except json.JSONDecodeError:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                documents.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(name, f"not JSON or JSONL: {exc.msg}",
                                 "give a report written with --format json or jsonl",
                                 number, exc.colno) from None
    out: dict[str, set[str]] = {}
    for document in documents:
        for article in _articles(document):
            found = out.setdefault(str(article.get("article", "")), set())
            for finding in article.get("findings", ()):
                if isinstance(finding, dict) and isinstance(finding.get("fingerprint"), str):
                    found.add(finding["fingerprint"])
    if not out:
        raise InputError(name, "holds no claimsuite report",
                         "give a report written with --format json or jsonl")
    return {article: frozenset(prints) for article, prints in out.items()}


def _articles(document: object) -> list[dict]:
    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        return [a for a in document["articles"] if isinstance(a, dict)]
    if isinstance(document, dict) and "findings" in document:
        return [document]
    return []


def mark(report: object, known: Known) -> object:
    """``report`` with each finding marked "new" or "standing"."""
    before = known.get(report.article, frozenset())  # type: ignore[attr-defined]
    marks = tuple(
        "standing" if report.fingerprint(i) in before else "new"  # type: ignore[attr-defined]
        for i in range(len(report.findings))  # type: ignore[attr-defined]
    )
    return dataclasses.replace(report, baseline=marks)  # type: ignore[type-var]


def fixed(report: object, known: Known) -> int:
    """How many baseline findings of this article are gone."""
    now = set(report.fingerprints)  # type: ignore[attr-defined]
    return len(known.get(report.article, frozenset()) - now)  # type: ignore[attr-defined]


def git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], capture_output=True, check=False)


def changed_since(ref: str) -> set[str]:
    """Paths (relative to the working directory) that differ from ``ref``, including new
    files not yet committed."""
    verify = git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if verify.returncode != 0:
        raise InputError(ref, "not a git commit here",
                         "give a branch, tag or commit, e.g. --new-since origin/main")
    out = git("diff", "--name-only", "--relative", ref, "--", ".")
    untracked = git("ls-files", "--others", "--exclude-standard")
    names = out.stdout.decode("utf-8", "replace").splitlines()
    names += untracked.stdout.decode("utf-8", "replace").splitlines()
    return {str(Path(n)) for n in names if n}


def show(ref: str, path: str, into: Path) -> Path | None:
    """Write ``ref``'s version of ``path`` under ``into``; None when it did not exist."""
    result = git("show", f"{ref}:./{path}")
    if result.returncode != 0:
        return None
    target = into / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(result.stdout)
    return target


def base_folder(ref: str, folder: Path | None, into: Path) -> Path | None:
    """``ref``'s version of a folder of ``*.yaml`` files (the record), under ``into``."""
    if folder is None:
        return None
    listing = git("ls-tree", "-r", "--name-only", ref, "--", f"./{folder}")
    target = into / folder
    target.mkdir(parents=True, exist_ok=True)
    for name in listing.stdout.decode("utf-8", "replace").splitlines():
        rel = _relative_to_cwd(name)
        if rel is not None and rel.endswith(".yaml"):
            show(ref, rel, into)
    return target


def _relative_to_cwd(repo_path: str) -> str | None:
    top = git("rev-parse", "--show-prefix").stdout.decode().strip()
    if top and not repo_path.startswith(top):
        return None
    return repo_path[len(top):]


def unchanged(paths: Iterable[str], changed: set[str]) -> bool:
    return not any(str(Path(p)) in changed for p in paths)
