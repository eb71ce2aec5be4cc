"""What a cold start of the CLI imports: pydantic's plugin lookup is skipped while its own switch
disables plugins, and comes back whole when the user turns plugins on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click

from claimsuite.cli import _LAZY_COMMANDS, _NoPydanticPlugins, main

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, sys
import claimsuite.cli
from pathlib import Path
from claimsuite.claims.load import load_claims
load_claims(Path("claims/tr-us-defense-2025.yaml"))
loader = sys.modules["pydantic.plugin._loader"]
print(json.dumps({
    "metadata": "importlib.metadata" in sys.modules,
    "stand_in": type(loader).__name__,
    "plugins": list(loader.get_plugins()),
}))
"""


def _probe(**env: str) -> dict:
    environment = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    environment.update(env)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=environment, capture_output=True,
        text=True, check=True,
    )
    return json.loads(done.stdout)


def test_plugins_off_skips_importlib_metadata():
    found = _probe()
    assert found == {"metadata": False, "stand_in": "_NoPydanticPlugins", "plugins": []}


def test_plugins_on_leaves_pydantic_alone():
    found = _probe(PYDANTIC_DISABLE_PLUGINS="")
    assert found["stand_in"] == "module"
    assert found["metadata"] is True


def test_any_other_name_loads_the_real_module():
    name = "pydantic.plugin._loader"
    saved = sys.modules.get(name)
    stand_in = _NoPydanticPlugins(name)
    sys.modules[name] = stand_in
    try:
        assert stand_in.PYDANTIC_ENTRY_POINT_GROUP == "pydantic"
        assert sys.modules[name] is not stand_in
    finally:
        if saved is not None:
            sys.modules[name] = saved


def test_lazy_commands_are_the_commands_they_name():
    ctx = click.Context(main)
    for name in _LAZY_COMMANDS:
        command = main.get_command(ctx, name)
        assert command is not None
        assert command.name == name
    assert set(main.list_commands(ctx)) == {"check", "checks", *_LAZY_COMMANDS}


def test_importing_the_cli_imports_no_other_command():
    code = ("import sys, claimsuite.cli\n"
            "print(' '.join(m for m in sys.modules if m.startswith('claimsuite.commands.')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    lazy = {module for module, _ in _LAZY_COMMANDS.values()}
    assert "claimsuite.commands.check" in done.stdout.split()
    assert not lazy & set(done.stdout.split())
