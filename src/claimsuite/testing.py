"""Helpers for testing checks: a context from strings, and the findings of a check on it.

For authors of local checks and check packages (see docs/writing-a-check.md)::

    from claimsuite.testing import claim_file, findings, make_context

    def test_flags_a_figure_without_a_source():
        ctx = make_context(
            "İhracat %72 arttı.",
            claim_file('''
                - id: growth
                  kind: change
                  metric: exports
                  period: 2025-Q1
                  rate: 72%
                  quote: "İhracat %72 arttı"
            '''),
        )
        assert [f.claims for f in findings(ctx, FigureSource)] == [("growth",)]

Everything is loaded the way ``claimsuite check`` loads it (the claim file is validated, and
``official:``/``remark:`` links are checked against the record), so a context that builds
here is one the CLI could give your check. Paths in findings are ``article.txt`` and
``claims.yaml`` (or the names you pass), never a temporary folder.
"""

from __future__ import annotations

import tempfile
import textwrap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from claimsuite.checks.base import Check, Context, Finding, Severity

__all__ = [
    "claim_file", "findings", "load_check", "load_checks", "make_context", "messages",
]


def claim_file(
    claims: str,
    *,
    language: str = "tr",
    published: str = "2025-05-01",
    publisher: str | None = None,
) -> str:
    """A whole claim file: an ``article:`` block and ``claims``, the YAML list of claims
    (written at any indentation; it is dedented and put under ``claims:``)."""
    header = f"article:\n  language: {language}\n  published: {published}\n"
    if publisher:
        header += f"  publisher: {publisher}\n"
    body = textwrap.indent(textwrap.dedent(claims).strip("\n") + "\n", "  ")
    return f"{header}claims:\n{body}"


def make_context(
    article: str,
    claims: str,
    *,
    record: str | Path | Mapping[str, str] | None = None,
    language: str | None = None,
    article_path: str = "article.txt",
    claims_path: str = "claims.yaml",
) -> Context:
    """The ``Context`` a check gets for ``article`` (its text) and ``claims`` (a claim file's
    text, see :func:`claim_file`).

    ``record``: the record (reference registries) as a folder (a ``Path``), as the text of one
    registry file (named ``record/record.yaml`` in findings), or as ``{file name: text}``
    (``record/<file name>``); none by default. ``language``: the article's language,
    by default the claim file's ``article.language``. Raises the same one-line
    ``ClaimsuiteError`` as the CLI for a claim file or record that does not load.
    """
    from claimsuite.claims.load import (  # noqa: PLC0415 - keep `import claimsuite` light
        Registries,
        check_official_links,
        check_remark_links,
        load_claims,
        load_registries,
    )
    from claimsuite.text.article import Article  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="claimsuite-test-") as folder:
        temp = Path(folder)
        shown = {str(temp / "claims.yaml"): claims_path}
        (temp / "claims.yaml").write_text(textwrap.dedent(claims), "utf-8")
        with _shown_as(shown):
            claim_set = load_claims(temp / "claims.yaml")
        claim_set = replace(
            claim_set, path=claims_path, document=replace(claim_set.document, path=claims_path)
        )
        if record is None:
            registries = Registries()
        elif isinstance(record, Path):
            if not record.is_dir():
                msg = f"record folder {record} not found"
                raise FileNotFoundError(msg)
            registries = load_registries(record)
        else:
            if isinstance(record, str) and "\n" not in record and Path(record).is_dir():
                msg = f"record={record!r} is a folder: pass Path({record!r}) (text is YAML)"
                raise TypeError(msg)
            files = {"record.yaml": record} if isinstance(record, str) else dict(record)
            (temp / "record").mkdir()
            for name, text in files.items():
                (temp / "record" / name).write_text(textwrap.dedent(text), "utf-8")
                shown[str(temp / "record" / name)] = f"record/{name}"
            with _shown_as(shown):
                loaded = load_registries(temp / "record")
            registries = Registries(tuple(
                (registry, replace(document, path=shown.get(document.path, document.path)))
                for registry, document in loaded.files
            ))
    check_official_links(claim_set, registries)
    check_remark_links(claim_set, registries)
    text = Article.from_text(article, language or claim_set.file.article.language, article_path)
    return Context(text, claim_set, registries)


@contextmanager
def _shown_as(names: dict[str, str]) -> Iterator[None]:
    """Errors name ``claims.yaml`` and ``record/<file>``, not the temporary folder."""
    from claimsuite.errors import InputError  # noqa: PLC0415

    try:
        yield
    except InputError as exc:
        for temp, shown in names.items():
            exc.path = exc.path.replace(temp, shown)
            exc.problem = exc.problem.replace(temp, shown)
        exc.args = (str(exc),)
        raise


def load_check(check: Check | type) -> Check:
    """An instance of ``check`` (a class or an instance), validated as the CLI would before
    running it: code, name, severity, summary, scope, status and docstring headings.

    Raises ``PluginError`` with the message ``claimsuite check`` would print.
    """
    from claimsuite.checks.registry import Registry  # noqa: PLC0415

    cls = check if isinstance(check, type) else type(check)
    registry = Registry()
    registry.register(cls, cls.__module__)
    return check if not isinstance(check, type) else next(iter(registry))


def load_checks(path: str | Path) -> dict[str, Check]:
    """The checks of a local check module, or of every module in a folder (``checks/``),
    imported and validated exactly as ``claimsuite check --local-checks`` does, by code::

        LONG_QUOTE = load_checks(Path(__file__).parents[1] / "checks")["DSK001"]

    Raises ``PluginError`` with the message ``claimsuite check`` would print.
    """
    from claimsuite.checks.registry import (  # noqa: PLC0415
        Registry,
        load_local,
        load_local_file,
    )

    path = Path(path)
    registry = Registry()
    if path.is_dir():
        for module, origin in load_local(path):
            registry.register_module(module, origin)
    else:
        registry.register_module(load_local_file(path), str(path))
    return {check.code: check for check in registry}


def findings(ctx: Context, *checks: Check | type) -> list[Finding]:
    """The findings of ``checks`` (classes or instances) on ``ctx``, in report order.

    Each check is validated first (:func:`load_check`). Unlike a ``claimsuite check`` run,
    an exception in a check is raised here, with its traceback, instead of becoming a CS001
    finding; and a yielded value the engine would refuse (not a ``Finding``, no
    ``Severity``, a place outside the article) fails with ``AssertionError``.
    """
    out: set[Finding] = set()
    for given in checks:
        check = load_check(given)
        for finding in check.run(ctx):
            _assert_valid(check, finding, ctx)
            out.add(finding)
    return sorted(out, key=lambda f: f.sort_key)


def messages(ctx: Context, *checks: Check | type) -> list[str]:
    """Just the messages of :func:`findings`, in report order."""
    return [finding.message for finding in findings(ctx, *checks)]


def _assert_valid(check: Check, finding: object, ctx: Context) -> None:
    who = f"check {check.code}"
    assert isinstance(finding, Finding), f"{who} yielded {type(finding).__name__}, not a Finding"
    assert isinstance(finding.severity, Severity), (
        f"{who} yielded a finding with severity {finding.severity!r}"
    )
    where = finding.article
    if where is not None:
        lines = ctx.article.position(len(ctx.article.text))[0]
        inside = 1 <= where.line <= lines and where.col >= 1
        assert inside, f"{who} yielded a finding at {where.line}:{where.col}, outside the article"
