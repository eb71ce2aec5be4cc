"""Built-in checks, one module each, named ``cs<code>_<slug>.py``, registered in code order.

Code families: CS0xx the engine itself, CS1xx quantities and arithmetic, CS2xx periods and
dates, CS3xx officials and the record, CS4xx the article text, CS5xx names and entities,
CS6xx questions for the editor.

A new built-in check is a new module here: the list below is found from the file names, so
adding a check never means editing a shared table.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

_MODULE = re.compile(r"^(cs\d{3}_[a-z0-9_]+)\.py$")


def _file_names() -> Iterable[str]:
    folder = os.path.dirname(__file__)
    if os.path.isdir(folder):  # installed as files: a listing, without importlib.resources,
        return os.listdir(folder)  # whose readers import zipfile (~5 ms of a cold start)
    from importlib import resources  # noqa: PLC0415 - a zip or another loader

    return [entry.name for entry in resources.files(__name__).iterdir()]


BUILTIN_MODULES: tuple[str, ...] = tuple(
    sorted(match[1] for name in _file_names() if (match := _MODULE.match(name)))
)
