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
        self.folders: dict[str, Path] = {}

    def files(self, folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
        """``sorted(p for p in folder.rglob("*") if p.suffix in suffixes and p.is_file())``."""
        return self._list(folder, lambda e: suffix(e.name) in suffixes and e.is_file())

    def glob(self, folder: Path, ending: str) -> list[Path]:
        """``sorted(folder.rglob("*" + ending))``: every entry whose name ends so, files or
        not."""
        return self._list(folder, lambda e: e.name.endswith(ending))

    def is_file(self, path: Path) -> bool:
        """``path.is_file()``, without a system call for a file a listing saw."""
        return str(path) in self.plain or path.is_file()

    def _list(self, folder: Path, keep: Callable[[os.DirEntry], bool]) -> list[Path]:
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
        return [Path(p) for p in found]

    def resolve(self, path: Path) -> Path:
        """``path.resolve()``."""
        name = path.name
        if name in ("", ".", "..") or (str(path) not in self.plain and os.path.islink(path)):
            return path.resolve()
        parent = str(path.parent)
        folder = self.folders.get(parent)
        if folder is None:
            folder = self.folders[parent] = path.parent.resolve()
        return folder / name
