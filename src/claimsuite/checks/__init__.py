"""Built-in checks, one module each, named ``cs<code>_<slug>.py``, registered in code order.

Code families: CS0xx the engine itself, CS1xx quantities and arithmetic, CS2xx periods and
dates, CS3xx officials and the record, CS4xx the article text, CS5xx names and entities,
CS6xx questions for the editor.

A new built-in check is a new module here: the list below is found from the file names, so
adding a check never means editing a shared table.
"""

from __future__ import annotations

import re
from importlib import resources

_MODULE = re.compile(r"^(cs\d{3}_[a-z0-9_]+)\.py$")

BUILTIN_MODULES: tuple[str, ...] = tuple(
    sorted(
        match[1]
        for entry in resources.files(__name__).iterdir()
        if (match := _MODULE.match(entry.name))
    )
)
