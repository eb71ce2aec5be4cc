"""The command line. Thin: parse options, call the library, print, pick the exit code."""

from __future__ import annotations

import importlib
import os
import sys
import types

import click

from claimsuite.commands.check import check_command_body, check_options
from claimsuite.commands.common import (
    check_registry,
    config_option,
    packages_option,
    project_settings,
    user_errors,
)
from claimsuite.commands.draft import draft
from claimsuite.commands.explain import explain
from claimsuite.commands.mutate import mutate
from claimsuite.commands.registry import record, registry
from claimsuite.commands.report import report_command
from claimsuite.commands.schema import schema_command

# pydantic looks for plugins through package entry points when the first model is built,
# which costs more at start-up than loading the claim file; claimsuite uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


class _NoPydanticPlugins(types.ModuleType):
    """Stands in for ``pydantic.plugin._loader`` while its documented switch,
    ``PYDANTIC_DISABLE_PLUGINS``, disables every plugin: its ``get_plugins()`` then returns
    nothing, which is what this one returns, without the module's import of
    ``importlib.metadata`` (~10 ms of a cold check, with ``zipfile`` and ``email``), which
    the switch cannot skip. Any other name loads the real module."""

    def get_plugins(self) -> tuple[()]:
        return ()

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _skip_plugin_lookup() -> None:
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in ("__all__", "1", "true") and (
        name not in sys.modules
    ):
        sys.modules[name] = _NoPydanticPlugins(name)


_skip_plugin_lookup()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimsuite")
def main() -> None:
    """Check a news article against its claim file."""


@main.command("check")
@check_options
def check_command(**options: object) -> None:
    """Check articles against their claim files and print a report.

    One ARTICLE file checks that article (claim file: --claims, else its mirror under the
    claims folder). No path, a folder, a glob or several files checks every article found,
    each against its mirrored claim file (repository mode), with a summary line per article
    and totals on stderr.
    """
    check_command_body(**options)


@main.command("checks")
@config_option
@packages_option
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="text: one line per check; json: a list of objects.")
def checks_command(fmt: str) -> None:
    """List every check: code, severity, name and summary."""
    with user_errors():
        project = project_settings()
        registry = check_registry(project.local_checks, project)
    if fmt == "json":
        from claimsuite.commands.explain import checks_json  # noqa: PLC0415

        click.echo(checks_json(registry), nl=False)
        return
    for check in registry:
        click.echo(f"{check.code}  {check.severity.value:<7}  {check.name}: {check.summary}")


main.add_command(record)
main.add_command(registry)
main.add_command(mutate)
main.add_command(explain)
main.add_command(report_command)
main.add_command(draft)
main.add_command(schema_command)

if __name__ == "__main__":  # pragma: no cover
    main()
