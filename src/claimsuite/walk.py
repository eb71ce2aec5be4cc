"""Listing and resolving the files of an archive with few system calls.

Repository mode pairs every article with its claim file by resolved path. ``Path.rglob``
and ``Path.resolve`` cost several system calls per file (``resolve`` one ``lstat`` per path
component and a final ``stat``): at 10,000 articles they were most of a warm run's
discovery. :class:`Resolver` gives the same answers from one ``os.scandir`` per folder and
one resolution per folder: a file the listing saw is not a symlink is its resolved folder
plus its name.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

# What pathlib's glob ignores too (pathlib._IGNORED_ERRNOS, Python 3.11).
_IGNORED = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def suffix(name: str) -> str:
    """``PurePath(name).suffix``: the last dot's part, not for ``.hidden`` or ``name.``."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


class Resolver:
    """``Path.resolve`` for the files of one listing, with each folder resolved once. Use it
    for one run only: it remembers what the file system looked like."""

    def __init__(self) -> None:
        self.plain: set[str] = set()  # regular files a listing saw (not symlinks)
        self.folders: dict[str, str] = {}  # folder -> resolved
        self.memo: dict[object, object] = {}  # for the caller: what it derives once a run

    def files(self, folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
        """``sorted(p for p in folder.rglob("*") if p.suffix in suffixes and p.is_file())``."""
        return [Path(p) for p in self._list(
            folder, lambda e: suffix(e.name) in suffixes and e.is_file())]

    def glob(self, folder: Path, ending: str) -> list[str]:
        """``sorted(folder.rglob("*" + ending))`` as text: every entry whose name ends so,
        files or not."""
        return self._list(folder, lambda e: e.name.endswith(ending))

    def is_file(self, path: Path) -> bool:
        """``path.is_file()``, without a system call for a file a listing saw."""
        return str(path) in self.plain or path.is_file()

    def _list(self, folder: Path, keep: Callable[[os.DirEntry], bool]) -> list[str]:
        # Symlinked folders are not entered, as rglob does not enter them.
        found: list[str] = []
        pending = [str(folder)]
        while pending:
            current = pending.pop()
            try:
                with os.scandir(current) as listing:
                    entries = list(listing)
            except OSError as exc:
                if isinstance(exc, PermissionError) or exc.errno in _IGNORED:
                    continue
                raise
            # str(folder / name): pathlib writes "." / name as name.
            prefix = "" if current == "." else current.rstrip(os.sep) + os.sep
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir and not entry.is_symlink():
                    pending.append(prefix + entry.name)
                if keep(entry):
                    path = prefix + entry.name
                    found.append(path)
                    if not entry.is_symlink() and entry.is_file():
                        self.plain.add(path)
        # Paths sort by their parts: as strings whose separator sorts before any character.
        found.sort(key=lambda p: p.replace(os.sep, "\0"))
        return found

    def resolve(self, path: Path) -> Path:
        """``path.resolve()``."""
        return Path(self.real(str(path)))

    def real(self, path: str) -> str:
        """``str(Path(path).resolve())`` for a path written as ``str(Path)`` writes it."""
        head, sep, name = path.rpartition(os.sep)
        if name in ("", ".", "..") or (path not in self.plain and os.path.islink(path)):
            return str(Path(path).resolve())
        parent = (head or os.sep) if sep else "."
        folder = self.folders.get(parent)
        if folder is None:
            folder = self.folders[parent] = str(Path(parent).resolve())
        return folder + name if folder.endswith(os.sep) else folder + os.sep + name

    def mirror(self, path: Path, folders: tuple[str, ...], target: Path,
               new_suffix: str) -> str | None:
        """``str(target / path.resolve().relative_to(folder).with_suffix(new_suffix))`` for
        the first of the resolved ``folders`` that holds ``path``; None when none does (or
        ``path`` is a folder itself)."""
        real = self.real(str(path))
        for folder in folders:
            prefix = folder if folder.endswith(os.sep) else folder + os.sep
            if real.startswith(prefix) and len(real) > len(prefix):
                rel = real[len(prefix):]
                old = suffix(rel.rpartition(os.sep)[2])
                rel = (rel[:-len(old)] if old else rel) + new_suffix
                top = str(target)
                if top == ".":
                    return rel
                return top + rel if top.endswith(os.sep) else top + os.sep + rel
        return None
