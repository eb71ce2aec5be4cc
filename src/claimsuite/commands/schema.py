"""``claimsuite schema NAME``: print the JSON Schema of a claim file, a record file, the
configuration or the JSON report, generated from the pydantic models (schemas/ holds the
committed copies)."""

from __future__ import annotations

import click

__all__ = ["schema_command"]


@click.command("schema")
@click.argument("name", type=click.Choice(("claims", "record", "config", "report")))
def schema_command(name: str) -> None:
    """Print the JSON Schema of NAME: claims, record, config or report."""
    from claimsuite.schemas import render  # noqa: PLC0415 - pydantic only when asked

    click.echo(render(name), nl=False)
