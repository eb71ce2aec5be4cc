"""The repository-mode cache: an article is not checked again while nothing it depends on changed.

A run of ``claimsuite check`` in repository mode looks each article up in
``.claimsuite_cache/`` at the project root (like ruff's ``.ruff_cache``). The key of an article
is a SHA-256 over everything its outcome depends on:

- the bytes of the article and of its claim file, and the paths they are shown under;
- every file of the record folder (names and bytes), the house vocabulary files, the local
  check modules and the run's settings (``select``, ``ignore``, per-path ignores, timeout...);
- the checks that run (code, class and the file that defines it, with its size and mtime);
- claimsuite's version and a fingerprint of its own source files (size and mtime of each),
  the Python version and the working directory.

Entries live under a folder named by the version fingerprint, so a cache is never trusted
across versions (or across edits of claimsuite itself); the first entry a version writes
removes the folders of other versions. Each entry is written to a temporary file in the
same folder and renamed into place, so a reader sees a whole entry or none, and two
workers writing one key (same inputs, same outcome) cannot corrupt it: ``--jobs`` is safe.
An entry that cannot be read (truncated, another format, refused by the loader) is a miss.

Entries are pickles read back with a loader that builds only claimsuite's own classes and
a few plain types (the one function it calls is this module's ``_rebuild``, which fills a
claimsuite data class; nothing else is importable), so a planted cache file cannot run code.
``--no-cache`` (or ``CLAIMSUITE_NO_CACHE=1``) checks every article and neither reads nor
writes the cache. Above the entries, :mod:`claimsuite.warm` keeps one packed index of the last
run, which answers unchanged articles without reading, unpickling or rendering them
(``docs/cache.md``).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

FOLDER = ".claimsuite_cache"
ENV_DISABLE = "CLAIMSUITE_NO_CACHE"
_PACKAGE = Path(__file__).resolve().parent
_TAG = (b"Signature: 8a477f597d28d172789f06886806bc55\n"
        b"# This file is a cache directory tag created by claimsuite.\n")


def enabled(flag: bool = True) -> bool:
    """The cache is on unless ``--no-cache`` or ``CLAIMSUITE_NO_CACHE`` (non-empty, not 0)."""
    return flag and os.environ.get(ENV_DISABLE, "") in ("", "0")


def _installed_version() -> str:
    """claimsuite's installed version: the first ``claimsuite-<version>.dist-info`` folder on
    ``sys.path``, as ``importlib.metadata.version`` would find it, without importing it (and
    the email parser it needs: about a tenth of a warm run); importlib.metadata otherwise."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, dot, kind = name.rpartition(".")
            if dot and kind in ("dist-info", "egg-info") and \
                    stem.partition("-")[0].lower().replace("_", "-") == "claimsuite":
                version = stem.partition("-")[2]
                if kind == "dist-info" and version:
                    return version
                return _metadata_version()
    return _metadata_version()


def _metadata_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("claimsuite")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "unknown"


@lru_cache(maxsize=1)
def version_key() -> str:
    """claimsuite's version, its source files (path, size, mtime) and the Python version."""
    own = _installed_version()
    digest = hashlib.sha256(f"{own}\0{sys.version}\0".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".toml", ".txt", ".yaml") and "__pycache__" not in path.parts:
            stat = path.stat()
            digest.update(f"{path.relative_to(_PACKAGE)}\0{stat.st_size}\0"
                          f"{stat.st_mtime_ns}\0".encode())
    return f"{own}-{digest.hexdigest()[:16]}"


def _file_digest(digest: hashlib._Hash, path: Path) -> None:
    digest.update(f"{path}\0".encode())
    try:
        digest.update(path.read_bytes())
    except OSError as exc:  # the run itself reports it; the key just differs
        digest.update(f"unreadable:{type(exc).__name__}".encode())
    digest.update(b"\0")


def _files_in(folder: Path | None, suffix: str) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob(f"*{suffix}") if p.is_file())


def inputs_digest(settings: object, head: str, extra: Iterable[Path] = ()) -> hashlib._Hash:
    """A SHA-256 over what every article of a run shares: ``head`` (the caller's own fields),
    claimsuite's version key, the working directory, the settings, and the bytes of the
    record files, the house vocabulary, the local check modules and ``extra`` files. The
    entries' run key and the warm index's name both start from it."""
    digest = hashlib.sha256(f"{head}\0{version_key()}\0{os.getcwd()}\0{settings!r}\0".encode())
    for path in (*_files_in(settings.registries, ".yaml"),  # type: ignore[attr-defined]
                 *settings.vocabulary,  # type: ignore[attr-defined]
                 *_files_in(settings.local_checks, ".py"),  # type: ignore[attr-defined]
                 *extra):
        _file_digest(digest, Path(path))
    return digest


def run_key(settings: object, checks: Iterable[object]) -> str:
    """What every article of one run shares: settings, record, vocabulary, local checks and
    the checks that run."""
    digest = inputs_digest(settings, "entries")
    for check in checks:
        cls = type(check)
        source = getattr(sys.modules.get(cls.__module__), "__file__", None) or ""
        try:
            stat = os.stat(source)
            stamp = f"{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            stamp = ""
        digest.update(f"{check.code}\0{cls.__module__}.{cls.__qualname__}\0"  # type: ignore[attr-defined]
                      f"{source}\0{stamp}\0".encode())
    return digest.hexdigest()


def article_key(run: str, article: Path, claims: Path) -> str:
    """The key of one article: the run's key, the article's and claim file's paths and bytes."""
    digest = hashlib.sha256(run.encode())
    _file_digest(digest, article)
    _file_digest(digest, claims)
    return digest.hexdigest()


def dumps(value: object) -> bytes:
    """``value`` pickled as the cache stores it (slotted claimsuite data classes as their
    field values). Raises what pickling raises."""
    buffer = io.BytesIO()
    _Dumper(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def loads(data: bytes) -> object:
    """What :func:`dumps` wrote, through the loader that builds only claimsuite's classes and
    plain values. Raises ``pickle.UnpicklingError`` (or another error) on anything else."""
    return _Loader(io.BytesIO(data)).load()


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file in the same folder, renamed into
    place, so a reader (another worker, the next run) sees the old file or the new one.
    Raises ``OSError`` when the folder cannot be written; the temporary file is removed."""
    import tempfile  # noqa: PLC0415 - only a run that writes

    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class Cache:
    """The entries of one version under ``root/.claimsuite_cache``."""

    def __init__(self, root: Path) -> None:
        self.top = root / FOLDER
        self.folder = self.top / version_key()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> object | None:
        """The outcome stored under ``key``, or None (absent, unreadable or refused)."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        try:
            return loads(data)
        except Exception:
            return None

    def put(self, key: str, outcome: object) -> None:
        """Store ``outcome`` atomically; a cache that cannot be written is skipped silently
        (a read-only checkout still checks, it just does not remember)."""
        path = self._path(key)
        try:
            data = dumps(outcome)
            self._prepare(path.parent)
            write_bytes(path, data)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            return

    def _prepare(self, folder: Path) -> None:
        if folder.is_dir():
            return
        new_top = not self.top.exists()
        if not new_top and not self.folder.exists():
            self._forget_other_versions()
        folder.mkdir(parents=True, exist_ok=True)
        if new_top:  # like ruff: ignored by git and by backup tools
            (self.top / ".gitignore").write_text("# Automatically created by claimsuite.\n*\n",
                                                 "utf-8")
            (self.top / "CACHEDIR.TAG").write_bytes(_TAG)


    def _forget_other_versions(self) -> None:
        """Entries of other versions are never read again: remove them when this version
        writes its first entry, so a cache does not grow with every upgrade (or edit)."""
        import shutil  # noqa: PLC0415

        for old in self.top.iterdir():
            if old != self.folder and old.is_dir() and _VERSION_FOLDER.fullmatch(old.name):
                shutil.rmtree(old, ignore_errors=True)


_VERSION_FOLDER = re.compile(r"[\w.+!-]+-[0-9a-f]{16}")


# Slotted data classes (findings, locations...) are stored as (class, field values) and
# rebuilt without dataclasses' generic __setstate__, which looks the fields up again for
# every object: a warm run loads about a hundred per article.
_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields_of(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        import dataclasses  # noqa: PLC0415

        slotted = (dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__
                   and (cls.__module__ or "").startswith("claimsuite."))
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if slotted else ()
    return names


def _rebuild(cls: type, values: tuple) -> object:
    names = _fields_of(cls) if isinstance(cls, type) else ()
    if not names or len(names) != len(values):
        msg = f"{cls!r} is not a claimsuite data class"
        raise pickle.UnpicklingError(msg)
    obj = object.__new__(cls)
    for name, value in zip(names, values, strict=True):
        object.__setattr__(obj, name, value)
    return obj


class _Dumper(pickle.Pickler):
    def reducer_override(self, obj: object) -> object:
        cls = type(obj)
        names = _fields_of(cls) if not isinstance(obj, type) else ()
        if not names or hasattr(obj, "__dict__"):
            return NotImplemented
        return (_rebuild, (cls, tuple(getattr(obj, name) for name in names)))


# The loader: claimsuite's classes and plain data only.
_PLAIN = {
    ("builtins", name) for name in (
        "set", "frozenset", "tuple", "list", "dict", "int", "float", "str", "bytes",
        "bool", "complex", "slice", "range")
} | {
    ("decimal", "Decimal"), ("fractions", "Fraction"), ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"), ("pathlib", "PurePosixPath"), ("pathlib", "Path"),
    ("datetime", "date"), ("datetime", "datetime"), ("datetime", "timedelta"),
    ("collections", "OrderedDict"),
    ("builtins", "object"), ("claimsuite.cache", "_rebuild"),
}


class _Loader(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) in _PLAIN:
            return _rebuild if name == "_rebuild" else super().find_class(module, name)
        if module == "claimsuite" or module.startswith("claimsuite."):
            found = super().find_class(module, name)
            if isinstance(found, type) and not issubclass(found, BaseException):
                return found
        msg = f"{module}.{name} is not cache data"
        raise pickle.UnpicklingError(msg)
