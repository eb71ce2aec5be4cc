"""Snapshots of validated claim and record files, so that a short run builds no validator.

The pydantic models are built lazily (``defer_build``): the first ``model_validate`` of a
claim file generates the validator of ~150 fields and their unions, ~27 ms of a ~280 ms cold
check, and the registries' ~7 ms more, every run, for files that did not change. A model
validated without error is kept, pickled, in the user's cache folder (:mod:`claimsuite.snapshot`:
a regular file of this user that no one else may write) under a key of the document it was
validated from (:attr:`Document.source`, its text and path), the model, and the code: the
size and time of every file of the claimsuite package and the pydantic versions. Unpickling
a model sets its fields without validating (pydantic's ``__setstate__``), so no validator is
built; a file with any problem is never kept, so every error is found and worded as before.

Only while pydantic's plugins are off (``PYDANTIC_DISABLE_PLUGINS``, which the CLI sets unless
the user does): a plugin the user turned on sees every validation, as before.

Bounded like :mod:`claimsuite.claims.yamlsnap`: one of :data:`_SLOTS` names per path and
model, at most :data:`_WRITES` writes per process.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from claimsuite import snapshot

if TYPE_CHECKING:
    from pydantic import BaseModel

    from claimsuite.claims.yamlsource import Document

__all__ = ["recall", "remember"]

_SLOTS = 64
_WRITES = 16
_written = 0

Model = TypeVar("Model", bound="BaseModel")


def _plugins_off() -> bool:
    # The values for which pydantic disables every plugin (claimsuite.cli reads the same).
    return os.environ.get("PYDANTIC_DISABLE_PLUGINS") in ("__all__", "1", "true")


@cache
def _code_key() -> bytes:
    """Every file of the claimsuite package by path, size and modification time (~1 ms for
    ~200 files; reading them all would be ~10x that), and the pydantic versions."""
    import pydantic  # noqa: PLC0415 - loaded already by the models
    import pydantic_core  # noqa: PLC0415

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    entries: list[str] = [pydantic.VERSION, pydantic_core.__version__]
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as found:
            for entry in found:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(entry.path)
                else:
                    info = entry.stat()
                    entries.append(f"{entry.path}\0{info.st_size}\0{info.st_mtime_ns}")
    entries.sort()
    return hashlib.sha256("\n".join(entries).encode("utf-8", "surrogatepass")).digest()


def _where(model: type[BaseModel], document: Document) -> tuple[str, bytes]:
    kind = f"{model.__module__}.{model.__qualname__}"
    name = f"{document.path}\0{kind}".encode("utf-8", "surrogatepass")
    slot = int.from_bytes(hashlib.sha256(name).digest()[:4], "little") % _SLOTS
    key = snapshot.key_of([b"model", document.source, kind.encode(), _code_key()])
    return f"model-{slot:02d}", key


def recall(model: type[Model], document: Document) -> Model | None:
    """``model`` validated from ``document`` by an earlier run, or ``None``."""
    if not document.source or not _plugins_off():
        return None
    try:
        pickled = snapshot.read(*_where(model, document))
        if not isinstance(pickled, bytes):
            return None
        import pickle  # noqa: PLC0415

        instance = pickle.loads(pickled)  # this user's own file, that no one else may write
    # Whatever is wrong with a snapshot, the document is validated again: it is a shortcut.
    except Exception:
        return None
    return instance if type(instance) is model else None


def remember(model: type[Model], document: Document, instance: Model) -> None:
    """Keep ``instance``, validated without error from ``document``, for the next run
    (within this process's budget of writes)."""
    global _written  # noqa: PLW0603 - the budget is per process
    if not document.source or _written >= _WRITES or not _plugins_off():
        return
    _written += 1
    import pickle  # noqa: PLC0415

    try:
        pickled = pickle.dumps(instance, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a value pickle cannot write: nothing is kept
        return
    snapshot.write(*_where(model, document), pickled)
