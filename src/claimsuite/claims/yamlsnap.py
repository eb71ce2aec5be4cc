"""Snapshots of read YAML files, so that a short run neither imports PyYAML nor composes.

A single-article check reads its claim file and the project's registries: importing PyYAML
(~12 ms) and composing and converting the files (~8 ms) are ~7% of a cold check, every run,
for documents that change only when their files do. A :class:`Document` that was read without
error is kept as plain data (:mod:`claimsuite.snapshot`) under a key of its text (after the
BOM and line-end handling), its path, its kind, and the source of the code that reads YAML
(``yamlsource.py`` and PyYAML's ``__init__.py``, which names its version); a file with any
problem is never kept, so every error is found and worded by the parser as before.

Bounded on disk and in writes: a path's snapshot is one of :data:`_SLOTS` names (a path whose
name another path took is read again, and takes it back), and a process writes at most
:data:`_WRITES`: a run over many articles gains nothing from them (the warm index serves its
next run) and would only pay for the writes.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimsuite import snapshot

if TYPE_CHECKING:
    from claimsuite.claims.yamlsource import Document

__all__ = ["recall", "remember"]

_SLOTS = 64
_WRITES = 16
_written = 0


def _name(name: str) -> str:
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest()
    return f"yaml-{int.from_bytes(digest[:4], 'little') % _SLOTS:02d}"


@cache
def _code_key() -> bytes:
    """The source of the code that turns YAML text into a Document."""
    from importlib.util import find_spec  # noqa: PLC0415

    parts = [Path(sys.modules[__name__].__file__ or "").with_name("yamlsource.py")]
    pyyaml = find_spec("yaml")
    if pyyaml is not None and pyyaml.origin:
        parts.append(Path(pyyaml.origin))
    out = []
    for part in parts:
        try:
            out.append(part.read_bytes())
        except OSError:
            out.append(b"?")  # nothing to read (a frozen build): the text and path decide
    return hashlib.sha256(b"\0".join(out)).digest()


def _key(name: str, what: str, text: str) -> bytes:
    parts = [b"yaml", _code_key(), name.encode("utf-8", "surrogatepass"), what.encode()]
    return snapshot.key_of([*parts, text.encode("utf-8", "surrogatepass")])


def recall(name: str, what: str, text: str) -> Document | None:
    """The Document read from ``text`` (the file ``name``, a ``what``) by an earlier run, or
    ``None``."""
    plain = snapshot.read(_name(name), _key(name, what, text))
    if not isinstance(plain, tuple) or len(plain) != 3:
        return None
    data, values, keys = plain
    if not isinstance(values, dict) or not isinstance(keys, dict):
        return None
    from claimsuite.claims.yamlsource import Document  # noqa: PLC0415 - a cycle otherwise

    return Document(name, data, values, keys)


def remember(document: Document, what: str, text: str) -> None:
    """Keep ``document``, read without error from ``text``, for the next run (within this
    process's budget of writes)."""
    global _written  # noqa: PLW0603 - the budget is per process
    if _written >= _WRITES:
        return
    _written += 1
    name = document.path
    plain = (document.data, document.values, document.keys)
    snapshot.write(_name(name), _key(name, what, text), plain)
