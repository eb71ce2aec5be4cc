"""Reading and writing files safely.

Reads are bounded: only regular files are read (a FIFO, a device or ``/dev/zero`` is refused
at once, also through a symlink), and never more than the limit + 1 bytes. Writes are atomic:
a reader (or a killed run) sees the old file or the new one, never half. A character device
(``/dev/null``, a terminal) is written directly and never replaced; any other special file
or a directory is refused.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from claimsuite.errors import InputError, printable, shown_path

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


class NotRegularFileError(OSError):
    """``path`` is a FIFO, a device or a socket: reading it could hang or never end."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class TooBigError(OSError):
    """``path`` holds more than the limit; ``size`` is known when the file said so."""

    def __init__(self, size: int | None) -> None:
        super().__init__("too big")
        self.size = size


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Opens without blocking (a FIFO with no writer must not hang us), refuses anything but a
    regular file (``NotRegularFileError``), and reads at most ``limit + 1`` bytes, so a file
    that grows while we read, or lies about its size (``/proc``), costs no more than the
    limit (``TooBigError``). Other problems raise the usual ``OSError`` subclasses.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(kind_of(info.st_mode))
        if info.st_size > limit:  # known before reading: a huge file costs nothing
            raise TooBigError(info.st_size)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise TooBigError(None)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_bounded(
    path: Path,
    limit: int,
    *,
    what: str,
    name: str | None = None,
    error: type[InputError] = InputError,
) -> bytes:
    """``read_limited`` with every problem as one ``error`` line naming ``what``."""
    shown = name if name is not None else shown_path(path)
    try:
        return read_limited(path, limit)
    except FileNotFoundError:
        raise error(shown, f"{what} not found", "check the path") from None
    except IsADirectoryError:
        raise error(shown, f"is a directory, not a {what}", "pass the file itself") from None
    except NotRegularFileError as exc:
        raise error(
            shown, f"is {exc.kind}, not a regular file", f"pass the {what} itself as a file"
        ) from None
    except TooBigError as exc:
        size = f" {exc.size} bytes," if exc.size is not None else ""
        raise error(shown, f"{what} is{size} over the {limit} limit", "split it up") from None
    except OSError as exc:
        raise error(shown, f"cannot read: {exc.strerror}", "check permissions") from None


def check_regular(path: Path, *, what: str, error: type[InputError] = InputError) -> None:
    """Refuse ``path`` (through symlinks) unless it is a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # the reader reports a missing or unreadable file in its own words
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise error(
            shown_path(path), f"is {kind_of(mode)}, not a regular file",
            f"pass the {what} itself as a regular file",
        )


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: resolved paths (symlinks followed), or the same
    device and inode (a hard link)."""
    try:
        if a.resolve() == b.resolve():
            return True
        first, second = a.stat(), b.stat()
    except (OSError, RuntimeError):
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


class _Target:
    """``same_file(output, source)`` for many sources, with one ``stat`` per source: a source
    that exists is the output exactly when it has the output's device and inode (equal
    resolved paths name one file); one that does not is compared by resolved path. An
    archive's run has two inputs per article."""

    def __init__(self, output: Path) -> None:
        self.output = output
        try:
            info = output.stat()
            self.node: tuple[int, int] | None = (info.st_dev, info.st_ino)
        except (OSError, RuntimeError):
            self.node = None

    def same(self, source: Path) -> bool:
        try:
            info = os.stat(source)
        except (OSError, ValueError):
            return same_file(self.output, source)
        return self.node == (info.st_dev, info.st_ino)


def refuse_as_output(
    output: Path, inputs: Iterable[Path], folders: Mapping[Path | None, str] | None = None
) -> None:
    """Refuse an output path that names a file this run reads (it would be overwritten),
    compared by resolved path (symlinks followed) and by inode (hard links); a file of
    claimsuite itself; or a new file the next run would read: a name ending in the suffix
    given for one of ``folders`` (``*.yaml`` in the record folder, ``*.py`` in the
    local-checks folder)."""
    target = _Target(output)
    for source in inputs:
        if target.same(source):
            named = _relative(source)
            also = "" if named == shown_path(output) else f" ({named})"
            raise InputError(
                shown_path(output), f"the output path is an input of this run{also}",
                "write the report to another file",
            )
    package = Path(__file__).resolve().parent
    try:
        resolved = output.resolve()
    except (OSError, RuntimeError):
        return
    if resolved.is_relative_to(package):
        raise InputError(
            shown_path(output), "the output path is inside claimsuite itself",
            "write the report to another file",
        )
    for folder, suffix in (folders or {}).items():
        if folder is None or not output.name.endswith(suffix) or output.name.startswith("_"):
            continue
        try:
            same = resolved.parent == folder.resolve()
        except (OSError, RuntimeError):
            same = False
        if same:
            raise InputError(
                shown_path(output), f"the output would be read as an input by the next run"
                f" (a '{suffix}' file in {shown_path(folder)})",
                "write the report to another folder",
            )


def _relative(path: Path) -> str:
    """``path`` relative to the working directory when it is absolute (for a message)."""
    if not path.is_absolute():
        return shown_path(path)
    try:
        return shown_path(os.path.relpath(path.resolve(), Path.cwd().resolve()))
    except ValueError:  # pragma: no cover - another drive (Windows)
        return shown_path(path)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 with ``\\n`` endings to ``path`` via a same-folder rename.

    A character device (``/dev/null``) is written directly instead: renaming over it would
    replace the device for the whole machine. Other special files are refused.
    """
    folder = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise InputError(shown_path(path), "is a directory", "give a file name for the output")
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        _write_special(path, text, mode)
        return
    for parent in [folder, *folder.parents]:
        if parent.exists() and not parent.is_dir():  # somefile/report.md
            raise InputError(
                shown_path(path), f"{shown_path(parent)} is a file, not a folder",
                "choose an output path in a folder",
            )
    if not folder.is_dir():
        raise InputError(
            shown_path(path), f"folder {shown_path(folder)} does not exist", "create it first"
        )
    try:  # encoded once: a 10 MB article's report is ~36 MB of text
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # an undecodable file name in the report
        data = printable(text).encode("utf-8")
    import tempfile  # noqa: PLC0415 - only a run that writes a file (~3 ms to import)

    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            shown_path(path), f"cannot write here: {exc.strerror}",
            "choose a writable output path",
        ) from None
    with _terminate_cleanly():
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
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
                shown_path(path), f"cannot write: {exc.strerror}", "choose a writable output path"
            ) from None
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


def _write_special(path: Path, text: str, mode: int) -> None:
    """Write to a character device or a FIFO that has a reader; refuse anything else."""
    shown = shown_path(path)
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise InputError(
            shown, f"is {kind_of(mode)}, not a regular file", "choose a file for the output"
        )
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if stat.S_ISFIFO(mode):
        flags |= os.O_NONBLOCK  # no reader: fail at once (ENXIO) instead of hanging
    try:
        fd = os.open(path, flags)  # no O_CREAT, no O_TRUNC, no rename: the node stays
    except OSError as exc:
        problem = "FIFO has no reader" if exc.errno == errno.ENXIO else exc.strerror
        raise InputError(
            shown, f"cannot write to {kind_of(mode)}: {problem}", "choose a file for the output"
        ) from None
    try:
        if stat.S_ISFIFO(mode):
            os.set_blocking(fd, True)
        view = memoryview(printable(text).encode("utf-8"))
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise InputError(
            shown, f"cannot write: {exc.strerror}", "choose a writable output path"
        ) from None
    finally:
        os.close(fd)


@contextmanager
def locked(path: Path, *, timeout: float = 30.0) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s folder while reading, modifying and writing it.

    The lock is ``flock`` on the folder itself (the file is replaced by a rename, so a lock on
    the file would be on the old inode). A second writer waits up to ``timeout`` seconds and
    is then refused with a one-line error; no entry is ever lost silently.
    """
    import fcntl  # noqa: PLC0415 - POSIX only, and only editing commands need it

    folder = path.parent if str(path.parent) else Path()
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise InputError(
            shown_path(path), f"cannot lock the folder: {exc.strerror}", "check the path"
        ) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise InputError(
                        shown_path(path),
                        f"another claimsuite run has been editing this folder for {timeout:g} s",
                        "wait for it to finish, then run the command again",
                    ) from None
                time.sleep(0.01)
        yield
    finally:
        os.close(fd)  # releases the lock


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
