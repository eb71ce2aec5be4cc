"""Atomic writes: a reader (or a killed run) sees the old file or the new one, never half."""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimsuite.errors import InputError


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 with ``\\n`` endings to ``path`` via a same-folder rename."""
    folder = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise InputError(str(path), "is a directory", "give a file name for the output")
    for parent in [folder, *folder.parents]:
        if parent.exists() and not parent.is_dir():  # somefile/report.md
            raise InputError(
                str(path), f"{parent} is a file, not a folder", "choose an output path in a folder"
            )
    if not folder.is_dir():
        raise InputError(str(path), f"folder {folder} does not exist", "create it first")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            str(path), f"cannot write here: {exc.strerror}", "choose a writable output path"
        ) from None
    with _terminate_cleanly():
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if path.exists():
                os.chmod(temp, path.stat().st_mode & 0o777)
            else:
                os.chmod(temp, 0o666 & ~_umask())
            os.replace(temp, path)
        except OSError as exc:
            Path(temp).unlink(missing_ok=True)
            raise InputError(
                str(path), f"cannot write: {exc.strerror}", "choose a writable output path"
            ) from None
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Let SIGTERM (a cancelled CI job) unwind through our cleanup instead of killing us
    with a temp file left behind. SIGKILL cannot be caught: the old file is still intact."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
