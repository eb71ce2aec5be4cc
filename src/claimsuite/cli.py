"""The command line. Thin: parse options, call the library, print, pick the exit code."""

from __future__ import annotations

import gc

# The CLI's own imports (click, the command modules) run without the cyclic garbage collector,
# and what they build, which lives as long as the process, is then frozen (``gc.freeze``):
# collected as it appears it costs young collections that free nothing (measured: ~3 ms of a
# cold check). The checks are imported the same way (checks/registry.py, _program_heap).
_COLLECTING = gc.isenabled()
gc.disable()

import importlib  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import types  # noqa: E402

import click  # noqa: E402

from claimsuite.commands.check import check_command_body, check_options  # noqa: E402
from claimsuite.commands.common import (  # noqa: E402
    check_registry,
    config_option,
    packages_option,
    project_settings,
    user_errors,
)

gc.freeze()
if _COLLECTING:
    gc.enable()

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


# The other commands' modules, imported only when one of them runs (or --help lists them):
# a check run does not pay for defining them. Name -> (module, attribute).
_LAZY_COMMANDS = {
    "draft": ("claimsuite.commands.draft", "draft"),
    "explain": ("claimsuite.commands.explain", "explain"),
    "mutate": ("claimsuite.commands.mutate", "mutate"),
    "record": ("claimsuite.commands.registry", "record"),
    "registry": ("claimsuite.commands.registry", "registry"),
    "report": ("claimsuite.commands.report", "report_command"),
    "schema": ("claimsuite.commands.schema", "schema_command"),
}


class _LazyGroup(click.Group):
    """A group whose commands of :data:`_LAZY_COMMANDS` are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        # An unknown name loads them all: click suggests close names from the loaded ones.
        wanted = [cmd_name] if cmd_name in _LAZY_COMMANDS else _LAZY_COMMANDS
        if cmd_name not in self.commands:
            for name in wanted:
                if name not in self.commands:
                    module, attribute = _LAZY_COMMANDS[name]
                    self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


if __name__ == "__main__":  # pragma: no cover
    main()
