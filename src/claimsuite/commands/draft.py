"""``claimsuite draft``: propose a claim file for a new article (every claim ``draft: true``).

Thin: read the article and the record, call :mod:`claimsuite.draft`, write or print. It
never overwrites a claim file: ``--merge`` adds only the claims the file lacks and keeps
every line of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimsuite.commands.common import (
    config_option,
    output_option,
    project_settings,
    record_option,
    user_errors,
)

__all__ = ["draft"]

_DATE_HINT = (
    "give --published YYYY-MM-DD (or the range of days it appeared in, "
    "2025-04-28/2025-12-31)"
)


def published_in(text: str, language: str) -> str | None:
    """The publication day when the article says it on a line of its own near the top or
    at the end ("27 Kasım 2025", "Published November 5, 2025"); None otherwise."""
    from claimsuite.text import extract_mentions  # noqa: PLC0415
    from claimsuite.text.mentions import MentionKind  # noqa: PLC0415

    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in [*lines[:3], *lines[-2:]]:
        if len(line) > 80:
            continue
        for mention in extract_mentions(line, language):
            if mention.kind is MentionKind.DATE and mention.date is not None:
                return mention.date.isoformat()
    return None


@click.command("draft")
@click.argument("article", type=click.Path(path_type=Path))
@output_option("Write the claim file here (never over an existing one without --merge); "
               "default: print it.")
@click.option("--merge", is_flag=True,
              help="Add to the existing claim file (-o) only the claims it lacks, keeping its "
                   "comments and order.")
@click.option("--published", help="Publication day (YYYY-MM-DD) or range of days; default: "
                                  "the date the article gives, else asked.")
@click.option("--language", type=click.Choice(("tr", "en")),
              help="The article's language (default: detected).")
@record_option("to link people to officials")
@config_option
def draft(article: Path, output: Path | None, merge: bool, published: str | None,
          language: str | None, registries: Path | None) -> None:
    """Propose a claim file for ARTICLE: its figures, dates, periods, people, titles,
    organisations and places as typed claims with their quotes, each marked 'draft: true'
    for a person to confirm."""
    with user_errors():
        _draft(article, output, merge, published, language, registries)


def _draft(article_path: Path, output: Path | None, merge: bool, published: str | None,
           language: str | None, registries: Path | None) -> None:
    from claimsuite.claims.load import load_claims, load_registries  # noqa: PLC0415
    from claimsuite.claims.periods import Period  # noqa: PLC0415
    from claimsuite.draft import DraftOptions, draft_claims, render_merged, render_new  # noqa: PLC0415
    from claimsuite.draft.build import detect_language  # noqa: PLC0415
    from claimsuite.errors import InputError  # noqa: PLC0415
    from claimsuite.files import write_atomic  # noqa: PLC0415
    from claimsuite.text.article import Article  # noqa: PLC0415

    if merge and output is None:
        raise InputError("--merge", "needs the claim file to merge into",
                         "give it with -o FILE")
    if output is not None and output.exists() and not merge:
        raise InputError(str(output), "the claim file exists; draft never overwrites one",
                         "add --merge to add only what it lacks, or choose another -o FILE")
    probe = Article.read(article_path, language or "en")
    language = language or detect_language(probe.text)
    text = Article.read(article_path, language)
    if published is None:
        published = published_in(text.text, language)
    if published is None and output is not None and output.exists():
        published = str(load_claims(output).file.article.published)
    if published is None:
        if not sys.stdin.isatty():
            raise InputError(str(article_path), "the article does not say when it was published",
                             _DATE_HINT)
        published = click.prompt("Publication day (YYYY-MM-DD, or a range)")
    try:
        period = Period.parse(str(published))
    except ValueError as exc:
        raise InputError("--published", f"{published!r} is not a day or range: {exc}",
                         _DATE_HINT) from None
    project = project_settings()
    folder = registries or project.registries
    record = load_registries(folder) if folder is not None else None
    shown = str(article_path)
    options = DraftOptions(period, record, project.fiscal_year_start
                           if hasattr(project, "fiscal_year_start") else 1, shown)
    claims = draft_claims(text, options)
    if output is None:
        click.echo(render_new(text, claims, options), nl=False)
        return
    if merge and output.exists():
        new_text, added = render_merged(output, claims)
        _validated(new_text, output)
        if added:
            write_atomic(output, new_text)
        click.echo(f"{output}: {added} drafted claim(s) added", err=True)
        return
    new_text = render_new(text, claims, options)
    _validated(new_text, output)
    write_atomic(output, new_text)
    click.echo(f"{output}: {len(claims)} drafted claim(s) written", err=True)


def _validated(text: str, output: Path) -> None:
    """The claim file must load before it is written."""
    import tempfile  # noqa: PLC0415

    from claimsuite.claims.load import load_claims  # noqa: PLC0415
    from claimsuite.errors import ClaimFileError, InputError  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / output.name
        trial.write_text(text, encoding="utf-8")
        try:
            load_claims(trial)
        except ClaimFileError as exc:
            raise InputError(str(output), f"the drafted file would not load: {exc.problem}",
                             "report this as a bug in 'claimsuite draft'") from None
