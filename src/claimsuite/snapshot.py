"""Snapshots of data claimsuite derives from what it ships, kept in the user's cache folder.

Building the language tables means parsing ``text/lang/<code>.toml``, validating it and
importing Babel for month names: about 40 ms of a 0.4 s cold check, every run, for a result
that changes only when claimsuite, Babel or Python do. A snapshot keeps that result as plain
data (tuples, dicts, sets, strings, numbers) written with :mod:`marshal`, so reading it runs
no code, under a key: the SHA-256 of everything the data was derived from (the shipped
files' bytes, the source of the code deriving it, the versions of Python and Babel). The
caller turns the plain data back into its own types.

A snapshot is only a shortcut: one whose key differs, that cannot be read or decoded, or that
is not a regular file of the current user writable by no one else, is ignored, and the data is
derived again (and written back when the folder allows). The folder is
``$CLAIMSUITE_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimsuite``, else ``~/.cache/claimsuite``
(``%LOCALAPPDATA%\\claimsuite`` on Windows): never a project folder, so a received
repository cannot plant one.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["cache_folder", "key_of", "read", "regex", "write"]

FORMAT = b"claimsuite-snapshot-1"
_MAX_BYTES = 5_000_000  # a snapshot is tens of kilobytes; anything far larger is not ours


def cache_folder() -> Path | None:
    """The folder snapshots live in, or ``None`` when no home or cache folder is known."""
    explicit = os.environ.get("CLAIMSUITE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "claimsuite" if base else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base and Path(base).is_absolute():
        return Path(base) / "claimsuite"
    home = os.environ.get("HOME")
    return Path(home) / ".cache" / "claimsuite" if home else None


def key_of(parts: Iterable[bytes]) -> bytes:
    """The key of data derived from ``parts`` (file contents, versions), with this format's
    and the interpreter's versions: a 32-byte SHA-256 digest."""
    digest = hashlib.sha256(FORMAT)
    for part in (sys.version.encode(), str(marshal.version).encode(), *parts):
        digest.update(len(part).to_bytes(8, "little"))  # lengths: parts cannot run together
        digest.update(part)
    return digest.digest()


def _path(name: str) -> Path | None:
    folder = cache_folder()
    return folder / f"{name}.snapshot" if folder is not None else None


def read(name: str, key: bytes) -> object | None:
    """The plain data stored as ``name`` under ``key``, or ``None`` (no snapshot, another key,
    a file that is not safe to read, or one that does not decode)."""
    path = _path(name)
    if path is None:
        return None
    try:
        info = path.lstat()
        if not _trusted(info) or info.st_size > _MAX_BYTES:
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    if not raw.startswith(key):
        return None
    try:
        return marshal.loads(raw[len(key):])
    except (EOFError, ValueError, TypeError):
        return None


def _trusted(info: os.stat_result) -> bool:
    """A regular file (not a link) of this user that no one else may write."""
    if not stat.S_ISREG(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def write(name: str, key: bytes, data: object) -> None:
    """Store plain ``data`` as ``name`` under ``key``; a folder that cannot be written, or data
    marshal cannot write, leaves things as they are (the next run derives the data again)."""
    path = _path(name)
    if path is None:
        return
    try:
        payload = marshal.dumps(data)
    except ValueError:
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(key + payload)
        os.replace(temporary, path)  # atomic: a reader sees the old snapshot or the new one
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def regex(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program kept as the snapshot ``name``.

    ``re`` parses and compiles in Python: a pattern of thousands of characters (the mention
    anchors' alternation) costs 10-25 ms in every cold process. The snapshot holds what
    ``re``'s compiler hands to ``_sre.compile`` (the program's integer codes and the group
    tables, made by the same steps as ``re``'s compiler) under a key of the pattern, the flags
    and the regex engine's version.
    A missing, stale or unusable snapshot, or an interpreter without this engine, falls back
    to ``re.compile``.
    """
    try:
        import _sre  # noqa: PLC0415 - CPython's regex engine; absent elsewhere

        engine = f"{_sre.MAGIC} {_sre.CODESIZE} {_sre.MAXREPEAT} {_sre.MAXGROUPS} {sys.maxsize}"
        key = key_of([b"regex", engine.encode(), str(int(flags)).encode(), pattern.encode()])
        program = read(name, key)
        if program is not None:
            return _sre.compile(pattern, *program)  # type: ignore[no-any-return, misc]
        # Compiled once, as re.compile would (compiling it again to compare would double the
        # cost of a first run; tests/text/test_regex_snapshot.py compares).
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
        write(name, key, program)
        return compiled  # type: ignore[no-any-return]
    # A program this engine refuses, or an engine without this interface: compile as usual.
    except Exception:
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> tuple[object, ...]:
    """The arguments after ``pattern`` that ``re._compiler.compile`` passes to ``_sre.compile``
    (the same steps, stopping short of the call)."""
    from re import _compiler, _parser  # noqa: PLC0415

    parsed = _parser.parse(pattern, flags)
    # Plain ints: the opcodes are an int subclass that marshal does not write.
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, number in groupindex.items():
        indexgroup[number] = group
    groups = parsed.state.groups - 1
    return (int(flags | parsed.state.flags), code, groups, groupindex, tuple(indexgroup))
