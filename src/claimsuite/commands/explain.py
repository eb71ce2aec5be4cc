"""``claimsuite explain CODE`` and ``claimsuite checks --format json``: a check's docs from its
docstring, as ``ruff rule`` prints them."""

from __future__ import annotations

import json

import click

from claimsuite.commands.common import (
    check_registry,
    config_option,
    packages_option,
    project_settings,
    user_errors,
)
from claimsuite.errors import InputError


def checks_json(registry: object) -> str:
    """Every check as an object: code, name, severity, summary, scope, status, origin."""
    rows = [
        {
            "code": c.code, "name": c.name, "severity": c.severity.value,
            "summary": c.summary, "scope": c.scope.value, "status": c.status.value,
            "origin": registry.origin(c.code),  # type: ignore[attr-defined]
        }
        for c in registry  # type: ignore[attr-defined]
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@click.command("explain")
@click.argument("code")
@config_option
@packages_option
def explain(code: str) -> None:
    """Print the documentation of check CODE: claimsuite explain CS301."""
    import difflib  # noqa: PLC0415

    from claimsuite.docs import page  # noqa: PLC0415

    with user_errors():
        project = project_settings()
        registry = check_registry(project.local_checks, project)
        wanted = code.strip().upper()
        check = registry.get(wanted)
        if check is None:
            known = [c.code for c in registry]
            close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]}?" if close else "see 'claimsuite checks'"
            raise InputError(code, "no check has this code", hint)
    click.echo(page(check), nl=False)
