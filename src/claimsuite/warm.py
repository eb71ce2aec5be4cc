"""The warm path of repository mode: one packed index of the last run per settings and format.

The cache (:mod:`claimsuite.cache`) keeps each article's outcome under a key made from the
bytes of everything it depends on. Answering a re-run of a large archive from those entries
still costs, per article, reading and hashing its two files, unpickling about a hundred
objects and rendering them again. The index written here at the end of a run lets the next
run skip all three for an article that nothing touched:

- per article: the key its outcome was stored under, the ``os.stat`` signature (size, mtime,
  ctime, inode, device) of its article and claim file when they were hashed, the small data
  the summary and the archive reduce need (open findings per severity, the CS006 findings
  merged into it, its facts), and where its output is in the blob;
- the blob: each article's piece of the output exactly as the run wrote it (a JSON Lines
  line, a concise block, a Markdown body), UTF-8;
- the run key and the known check codes, so a warm run neither imports the checks nor builds
  the pydantic models (the key of the index covers what they depend on: claimsuite's source,
  the settings, the record, vocabulary, local check files and installed check packages).

A file whose signature is unchanged is not read again. That is safe for the same reason it is
in git's index: a write changes the ctime (which no user call can set back), and a signature
is trusted only when the file's mtime and ctime were at least ``RACY_NS`` older than the
moment its bytes were hashed, so a write in the same clock tick as the hashing cannot hide
(otherwise the file is hashed again, and the index trusts it on the next run).

An article's stored piece is used only when its key is unchanged and the run merges into its
report exactly what the stored run merged (the same CS006 findings; no configuration
acceptance applies to it): otherwise its full outcome comes from the cache entry. The index
is named by the settings, the configuration file's bytes, the format and colour, so a
stored piece is never shown in another context. Index and blob are written to temporary
files and renamed; one that cannot be read is a miss (the rows are plain data read with the
cache's restricted loader).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimsuite import cache

# Formats whose repository output is each article's piece in turn (plus, for Markdown, a
# table built from the counts): the ones a stored piece can serve.
FORMATS = ("jsonl", "concise", "full", "github", "md")
# A file changed less than this before its bytes were hashed is hashed again next time
# (ctime and mtime come from a coarse clock; 2 s also covers filesystems that store seconds).
RACY_NS = 2_000_000_000
_READ_AHEAD = 1 << 20
_LAYOUT = 1


def signature(path: str) -> tuple[int, int, int, int, int] | None:
    """``(size, mtime_ns, ctime_ns, inode, device)`` of ``path``, None when it cannot be
    read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def _trusted(sig: tuple | None, hashed_at: int) -> bool:
    return sig is not None and max(sig[1], sig[2]) < hashed_at - RACY_NS


def _packages() -> tuple:
    """The installed check packages (entry points), as the registry would find them."""
    from claimsuite.checks.registry import (  # noqa: PLC0415
        ENTRY_POINT_GROUP,
        declared_on_path,
    )

    if not declared_on_path():
        return ()
    from importlib.metadata import entry_points  # noqa: PLC0415

    return tuple(sorted((ep.name, ep.value, getattr(ep.dist, "name", ""),
                         getattr(ep.dist, "version", ""))
                        for ep in entry_points(group=ENTRY_POINT_GROUP)))


def index_name(settings: object, fmt: str, color: bool, config: Path | None,
               accept: object) -> str:
    """The name of the index of a run: everything a stored piece depends on but an
    article's own key (see the module documentation)."""
    digest = cache.inputs_digest(
        settings, f"{_LAYOUT}\0{fmt}\0{color}\0{accept!r}\0{_packages()!r}",
        [config] if config else [])
    return digest.hexdigest()[:32]


def _stamps(checks: Iterable[object]) -> tuple:
    """(file, size, mtime) of the modules of checks that are not claimsuite's own (whose
    source the version key covers)."""
    import sys  # noqa: PLC0415

    out = set()
    for check in checks:
        module = type(check).__module__
        if module == "claimsuite" or module.startswith("claimsuite."):
            continue
        source = getattr(sys.modules.get(module), "__file__", None) or ""
        out.add((source, *(signature(source) or ())[:2]))
    return tuple(sorted(out))


@dataclass(slots=True)
class Light:
    """An article served from the index: what the summary, the exit code and the reduce need,
    and where its output is. It stands in the run's outcomes and reports for a full
    :class:`claimsuite.repository.Outcome` and its report."""

    article: str
    claims: str
    key: str
    error: str | None
    tally: tuple[int, int, int, int]  # open errors, warnings, questions; accepted
    extras: bytes  # the CS006 findings the stored run merged (pickled)
    facts_data: bytes
    offset: int
    length: int
    fixed: int = 0

    @property
    def facts(self) -> tuple:
        return cache.loads(self.facts_data)

    def extra_findings(self) -> list:
        """The CS006 findings (finding, fingerprint) the stored run merged into it."""
        return cache.loads(self.extras)  # type: ignore[return-value]

    def merges(self, extra: list) -> bool:
        """Whether the stored run merged exactly ``extra`` (CS006 findings) into it."""
        if not extra:
            return self.extras == _NOTHING
        return cache.loads(self.extras) == extra


_NOTHING = cache.dumps([])


class Session:
    """One cached repository run: the index it found, the keys it computed, the index it
    leaves. ``name`` is :func:`index_name`, or None when stored pieces cannot serve the run
    (another format, a baseline): then only the keys are looked up faster."""

    def __init__(self, root: Path, settings: object, name: str | None) -> None:
        self.store = cache.Cache(root)
        self.settings = settings
        self.name = name
        self.folder = self.store.folder
        self.index: dict = {}
        self.blob: int | None = None  # the stored blob, open for reading
        self.rows: dict[tuple[str, str], tuple] = {}  # this run's keys, signatures, time
        self._run: str | None = None
        self._codes: tuple[str, ...] | None = None
        self._stamps: tuple | None = None
        self._ahead, self._ahead_at = b"", 0  # what was read of the blob, and where
        self.whole = False  # the run checks the whole archive (its reduce can be reused)
        if name is not None:
            self._read(name)

    # ---- reading ---------------------------------------------------------------------

    def _path(self, name: str) -> Path:
        return self.folder / f"index-{name}.pickle"

    def _read(self, name: str) -> None:
        try:
            data = self._path(name).read_bytes()
            index = cache.loads(data)
        except Exception:  # absent, truncated, planted: a miss
            return
        if not isinstance(index, dict) or index.get("layout") != _LAYOUT:
            return
        if any(signature(source) is None or signature(source)[:2] != tuple(stamp)  # type: ignore[index]
               for source, *stamp in index.get("stamps", ())):
            return  # a check package's module changed: build the registry again
        blob = index.get("blob")
        if not isinstance(blob, str) or "/" in blob or not blob:
            return
        try:
            self.blob = os.open(self.folder / blob, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            size = os.fstat(self.blob).st_size
        except OSError:
            self.close()
            return
        if size != index.get("size") or not _well_formed(index, size):
            self.close()  # not the blob this index was written with, or not an index
            return
        self.index = index

    def close(self) -> None:
        if self.blob is not None:
            os.close(self.blob)
            self.blob = None

    def codes(self) -> tuple[str, ...]:
        """The codes of every check of the run, in registry order."""
        if self._codes is None:
            if self.index:
                self._codes = tuple(self.index["codes"])
            else:
                self._build()
        return self._codes  # type: ignore[return-value]

    def run_key(self) -> str:
        if self._run is None:
            if self.index:
                self._run = str(self.index["run"])
            else:
                self._build()
        return self._run  # type: ignore[return-value]

    def _build(self) -> None:
        from claimsuite.checks.registry import build_registry  # noqa: PLC0415

        registry = build_registry(self.settings.local_checks, packages=True,  # type: ignore[attr-defined]
                                  blocked=self.settings.blocked_packages)  # type: ignore[attr-defined]
        self._codes = tuple(c.code for c in registry)  # type: ignore[attr-defined]
        self._run = cache.run_key(self.settings, registry)  # type: ignore[arg-type]
        self._stamps = _stamps(registry)  # type: ignore[arg-type]

    def key(self, article: Path, claims: Path, started: int) -> tuple[str, tuple | None]:
        """The cache key of a pair, and its stored row when the index has one for that key.
        A pair whose two files have their stored, trusted signatures is not read."""
        names = (str(article), str(claims))
        row = self.index.get("rows", {}).get(names) if self.index else None
        sigs = (signature(names[0]), signature(names[1]))
        if row is not None and (row[1], row[2]) == sigs and _trusted(sigs[0], row[3]) \
                and _trusted(sigs[1], row[3]):
            self.rows[names] = (row[0], *sigs, row[3])
            return row[0], row
        key = cache.article_key(self.run_key(), article, claims)
        self.rows[names] = (key, *sigs, started)
        return key, row if row is not None and row[0] == key else None

    def light(self, article: Path, claims: Path, key: str, row: tuple) -> Light | None:
        """The stored article, when the index can serve it (it has a piece for it)."""
        if self.name is None or row[0] != key or (row[4] is None and row[8] < 0):
            return None
        return Light(str(article), str(claims), key, row[4], tuple(row[5]), row[6], row[7],
                     row[8], row[9])

    def piece(self, light: Light) -> bytes:
        """The stored output of ``light``. The blob is read ahead a megabyte at a time:
        articles come in the stored order, one read serves about seventy."""
        start = light.offset - self._ahead_at
        if start < 0 or start + light.length > len(self._ahead):
            assert self.blob is not None
            self._ahead = os.pread(self.blob, max(light.length, _READ_AHEAD), light.offset)
            self._ahead_at, start = light.offset, 0
            if len(self._ahead) < light.length:
                msg = "the index's blob is shorter than its rows"
                raise OSError(msg)
        return self._ahead[start:start + light.length]

    def unchanged(self, lights: Sequence[Light], pairs: int) -> str:
        """What of the stored index this run leaves as it is: "all" (every article served
        from it, in the stored order, no row to update), "blob" (the same, but a file was
        hashed again: new signatures to keep) or "" (a new blob)."""
        stored = self.index.get("rows", {}) if self.index else {}
        if len(lights) != pairs or len(stored) != pairs:
            return ""
        end = 0
        kept = "all"
        for light in lights:
            if light.offset >= 0:
                if light.offset != end:
                    return ""
                end += light.length
            row = stored.get((light.article, light.claims))
            if row is None or row[0] != light.key:
                return ""
            if (row[0], row[1], row[2], row[3]) != self.rows.get((light.article, light.claims)):
                kept = "blob"
        return kept

    def reduced(self, outcomes: Sequence[object]) -> bool:
        """Whether the stored run's archive reduce holds for this one: a whole-archive run
        over the same articles with the same keys, every one served from the index."""
        stored = self.index.get("reduce") if self.index else None
        return (stored is not None and all(isinstance(o, Light) for o in outcomes)
                and stored == _reduce_digest((o.article, o.claims, o.key) for o in outcomes))  # type: ignore[attr-defined]

    def full(self, light: Light) -> object:
        """The full outcome of an article the index holds, from its cache entry (checked
        again when the entry is gone)."""
        from claimsuite import repository  # noqa: PLC0415

        found = self.store.get(light.key)
        if isinstance(found, repository.Outcome) and found.article == light.article:
            return found
        outcome = repository.check_one(
            repository.Pair(Path(light.article), Path(light.claims)), self.settings)  # type: ignore[arg-type]
        self.store.put(light.key, outcome)
        return outcome

    # ---- writing ---------------------------------------------------------------------

    def save(self, entries: Sequence[tuple[object, bytes | None, object]], writer: Blob) -> None:
        """Write the index of this run. ``entries``: per outcome (in output order), its
        outcome (or :class:`Light`), its piece's (offset, length) in ``writer`` (None: none)
        and the CS006 findings merged into it."""
        if self.name is None:
            writer.abandon()
            return
        run, codes = self.run_key(), self.codes()
        rows = {}
        for outcome, place, extras in entries:
            names = (outcome.article, outcome.claims)  # type: ignore[attr-defined]
            known = self.rows.get(names)
            if known is None:
                continue
            if isinstance(outcome, Light):
                where = (outcome.offset, outcome.length) if writer.kept else place
                row = (*known, outcome.error, outcome.tally, outcome.extras,
                       outcome.facts_data, *(where or (-1, 0)))
            else:
                report = outcome.report  # type: ignore[attr-defined]
                if report is not None and any(f.code == "CS001" for f in report.findings):
                    continue  # a crash is not remembered (the entry was not written either)
                tally = report.tally if report is not None else (0, 0, 0, 0)
                row = (*known, outcome.error, tally, cache.dumps(list(extras or ())),  # type: ignore[attr-defined]
                       cache.dumps(outcome.facts), *(place or (-1, 0)))  # type: ignore[attr-defined]
            rows[names] = row
        stamps = self._stamps
        if stamps is None:
            stamps = tuple(self.index.get("stamps", ()))
        reduce = _reduce_digest((*names, self.rows[names][0]) for names in rows) \
            if self.whole and len(rows) == len(entries) else None
        index = {"layout": _LAYOUT, "run": run, "codes": codes, "stamps": stamps,
                 "blob": writer.name, "size": writer.size, "rows": rows, "reduce": reduce}
        try:
            blob = writer.finish()
            if blob is None:
                return
            self.store._prepare(self.folder)
            cache.write_bytes(self._path(self.name), cache.dumps(index))
        except OSError:
            writer.abandon()
            return
        self._forget_blobs(keep=writer.name)

    def _forget_blobs(self, keep: str) -> None:
        """The blobs of this index's earlier versions (a run still reading one keeps its
        open file)."""
        for old in self.folder.glob(f"blob-{self.name[:16]}-*.bin"):  # type: ignore[index]
            if old.name != keep:
                with contextlib.suppress(OSError):
                    old.unlink()


def _well_formed(index: dict, size: int) -> bool:
    rows = index.get("rows")
    if not (isinstance(rows, dict) and isinstance(index.get("run"), str)
            and isinstance(index.get("codes"), tuple)):
        return False
    for names, row in rows.items():
        if not (isinstance(names, tuple) and len(names) == 2 and isinstance(row, tuple)
                and len(row) == 10 and isinstance(row[0], str) and isinstance(row[3], int)
                and isinstance(row[5], tuple) and len(row[5]) == 4
                and isinstance(row[6], bytes) and isinstance(row[7], bytes)
                and isinstance(row[8], int) and isinstance(row[9], int)
                and (row[8] == -1 or 0 <= row[8] <= row[8] + row[9] <= size)):
            return False
    return True


def _reduce_digest(rows: Iterable[tuple[str, str, str]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\0".join(row).encode("utf-8", "surrogateescape") + b"\n")
    return digest.hexdigest()


class Blob:
    """The blob a run writes while it prints: each article's piece, appended."""

    def __init__(self, session: Session | None, *, keep: bool = False) -> None:
        """A new blob for ``session``'s index (none without a session); with ``keep``, the
        stored blob, which this run's pieces are (nothing is written)."""
        self.name = ""
        self.handle = None
        self.size = 0
        self.temp = ""
        self.kept = keep and session is not None
        if session is None or session.name is None:
            return
        if self.kept:
            self.name, self.size = str(session.index["blob"]), int(session.index["size"])
            return
        try:
            session.store._prepare(session.folder)
            import tempfile  # noqa: PLC0415 - only a run that writes

            fd, self.temp = tempfile.mkstemp(dir=session.folder, prefix=".", suffix=".tmp")
        except OSError:
            return
        self.handle = os.fdopen(fd, "wb")
        self.name = f"blob-{session.name[:16]}-{time.time_ns():x}-{os.getpid()}.bin"
        self.folder = session.folder

    def add(self, data: bytes) -> tuple[int, int] | None:
        """Append ``data``; its place, or None when nothing is written."""
        if self.handle is None:
            return None
        self.handle.write(data)
        self.size += len(data)
        return self.size - len(data), len(data)

    def finish(self) -> str | None:
        """The blob's name once it is in place; None when nothing was written."""
        if self.kept:
            return self.name
        if self.handle is None:
            return None
        self.handle.close()
        self.handle = None
        os.replace(self.temp, self.folder / self.name)
        return self.name

    def abandon(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
            Path(self.temp).unlink(missing_ok=True)


