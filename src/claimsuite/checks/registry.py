"""One registry for every check: built-ins first, then installed check packages (the
``claimsuite.checks`` entry-point group, each blockable by name), then the project's local
``checks/``.

Both sources go through ``Registry.register``, which enforces the check interface: a code
of the form ``CS123`` (built-in) or ``ABC123`` (local prefix), a kebab-case name, a
severity, a one-line summary, a scope and a status, and a docstring with the documentation
headings. A built-in check declares its scope and status itself; a local check that does
not (a class not derived from ``BaseCheck``) gets ``Scope.ARTICLE`` and ``Status.STABLE``.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import inspect
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import ModuleType

from claimsuite.checks import BUILTIN_MODULES
from claimsuite.checks.base import Check, Scope, Severity, Status
from claimsuite.errors import PluginError

CODE = re.compile(r"^[A-Z]{2,4}\d{3}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_HEADINGS = ("## What it does", "## Why is this bad?", "## Example")


class Registry:
    def __init__(self) -> None:
        self._checks: dict[str, Check] = {}
        self._origin: dict[str, str] = {}

    def __iter__(self) -> Iterator[Check]:
        return iter(self._checks[code] for code in sorted(self._checks))

    def __len__(self) -> int:
        return len(self._checks)

    def get(self, code: str) -> Check | None:
        return self._checks.get(code)

    def origin(self, code: str) -> str:
        return self._origin[code]

    def register(self, cls: type, origin: str) -> None:
        """Validate a check class and add one instance of it."""
        try:
            self._register(cls, origin)
        except PluginError as exc:
            if exc.line is None and not origin.startswith("claimsuite."):
                exc.line = _class_line(cls)  # point a local check's author at the class
            raise

    def _register(self, cls: type, origin: str) -> None:
        what = f"{cls.__name__}"
        code = getattr(cls, "code", None)
        if not isinstance(code, str) or not CODE.match(code):
            raise PluginError(origin, f"{what} has code {code!r}", "use a code like CS101/LOC001")
        if code.startswith("CS") and not origin.startswith("claimsuite."):
            raise PluginError(origin, f"{what} uses the built-in prefix CS", "use your own prefix")
        if code in self._checks:
            raise PluginError(
                origin,
                f"code {code} of {what} is already used by {self._origin[code]}",
                "give the check a code of its own",
            )
        name = getattr(cls, "name", None)
        if not isinstance(name, str) or not NAME.match(name):
            raise PluginError(origin, f"{what} has name {name!r}", "use a kebab-case name")
        if not isinstance(getattr(cls, "severity", None), Severity):
            raise PluginError(origin, f"{what} has no Severity", "set severity = Severity.X")
        self._metadata(cls, origin, what)
        summary = getattr(cls, "summary", None)
        if not isinstance(summary, str) or not summary or "\n" in summary:
            raise PluginError(origin, f"{what} has no one-line summary", "set summary = '...'")
        doc = inspect.getdoc(cls) or ""
        missing = [h for h in DOC_HEADINGS if h not in doc]
        if missing:
            raise PluginError(
                origin, f"{what}'s docstring lacks {', '.join(missing)}", "document the check"
            )
        if not callable(getattr(cls, "run", None)):
            raise PluginError(origin, f"{what} has no run(ctx) method", "add one")
        self._checks[code] = cls()
        self._origin[code] = origin

    @staticmethod
    def _metadata(check: type, origin: str, what: str) -> None:
        """Scope and status: declared by every built-in, defaulted for a local check."""
        builtin = origin.startswith("claimsuite.")
        for attr, kind, default in (
            ("scope", Scope, Scope.ARTICLE), ("status", Status, Status.STABLE)
        ):
            if not hasattr(check, attr):
                if builtin:
                    raise PluginError(origin, f"{what} declares no {attr}",
                                      f"set {attr} = {kind.__name__}.X")
                setattr(check, attr, default)
            elif builtin and attr not in vars(check):
                raise PluginError(origin, f"{what} declares no {attr} of its own",
                                  f"set {attr} = {kind.__name__}.X")
            value = getattr(check, attr)
            if not isinstance(value, kind):
                raise PluginError(origin, f"{what} has {attr} {value!r}",
                                  f"set {attr} = {kind.__name__}.X")

    def add_validated(self, cls: type, origin: str) -> None:
        """Add one instance of a check class that :meth:`register` accepted before."""
        self._checks[cls.code] = cls()  # type: ignore[attr-defined]
        self._origin[cls.code] = origin  # type: ignore[attr-defined]

    def register_module(self, module: ModuleType, origin: str) -> None:
        found = [
            obj
            for obj in vars(module).values()
            if inspect.isclass(obj)
            and obj.__module__ == module.__name__
            and isinstance(getattr(obj, "code", None), str)
        ]
        if not found:
            raise PluginError(origin, "defines no check class", "define a class with a 'code'")
        for cls in found:
            self.register(cls, origin)


def load_local(folder: Path) -> Iterable[tuple[ModuleType, str]]:
    """Import every ``*.py`` in ``folder`` (sorted) by path, never from an article's say-so."""
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        yield load_local_file(path), str(path)


def load_local_file(path: Path) -> ModuleType:
    """Import one local check module by path, as ``claimsuite_local_checks.<stem>``."""
    _check_module_file(path)
    name = f"claimsuite_local_checks.{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise PluginError(str(path), "cannot be imported", "check the file name")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    # Any import failure is the plugin's fault: sys.exit(), KeyboardInterrupt and any
    # BaseException of its own too.
    except BaseException as exc:
        del sys.modules[name]
        raise PluginError(
            str(path), f"failed to import: {_one_line(exc)}", "fix the module",
            _failed_line(exc, path),
        ) from None
    return module


MAX_MODULE_BYTES = 1_000_000


def _check_module_file(path: Path) -> None:
    """Import only a regular file of sane size: a FIFO would hang the import."""
    import stat  # noqa: PLC0415

    try:
        info = path.stat()
    except OSError as exc:
        raise PluginError(str(path), f"cannot read: {exc.strerror}", "check the file") from None
    if not stat.S_ISREG(info.st_mode):
        raise PluginError(str(path), "is not a regular file", "keep only Python files in checks/")
    if info.st_size > MAX_MODULE_BYTES:
        raise PluginError(
            str(path), f"is {info.st_size} bytes, over the {MAX_MODULE_BYTES} limit",
            "split the module up",
        )


def _class_line(cls: type) -> int | None:
    try:
        return inspect.getsourcelines(cls)[1]
    except (OSError, TypeError):
        return None


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, SystemExit):
        return f"called sys.exit({exc.code!r})"
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg}"  # the file and line are in the location already
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def _failed_line(exc: BaseException, path: Path) -> int | None:
    """The line of ``path`` where the import failed: the syntax error, or the last frame."""
    if isinstance(exc, SyntaxError) and exc.lineno:
        return exc.lineno
    line = None
    import traceback  # noqa: PLC0415 - only a crash needs it

    for frame, number in traceback.walk_tb(exc.__traceback__):
        if Path(frame.f_code.co_filename).resolve() == path.resolve():
            line = number
    return line


ENTRY_POINT_GROUP = "claimsuite.checks"


def load_packages(blocked: Iterable[str] = ()) -> Iterator[tuple[str, object, str]]:
    """``(name, loaded object, origin)`` of every installed check package, sorted by name.

    A check package is a distribution with an entry point in the ``claimsuite.checks`` group
    (``acme = "acme_checks"`` in ``[project.entry-points."claimsuite.checks"]``) naming a
    module whose check classes are registered, a check class, or a list of them. Names in
    ``blocked`` are skipped before anything is imported (``--block-package NAME``,
    ``[tool.claimsuite] block-packages``); a blocked name that is not installed is ignored.
    """
    if not declared_on_path():
        return
    from importlib.metadata import entry_points  # noqa: PLC0415 - only when one is declared

    skip = set(blocked)
    found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name, ep.value))
    for point in found:
        if point.name in skip:
            continue
        origin = point.value.partition(":")[0].strip()
        hint = f"fix or update it, or block it: --block-package {point.name}"
        if origin == "claimsuite" or origin.startswith("claimsuite."):
            raise PluginError(f"check package '{point.name}'",
                              f"names {point.value}, in claimsuite's own namespace", hint)
        try:
            loaded = point.load()
        # Any import failure is the package's fault, sys.exit() and KeyboardInterrupt too.
        except BaseException as exc:
            raise PluginError(f"check package '{point.name}' ({point.value})",
                              f"failed to import: {_one_line(exc)}", hint) from None
        yield point.name, loaded, origin


def declared_on_path() -> bool:
    """Whether some distribution on ``sys.path`` may declare a ``claimsuite.checks`` entry
    point: a look at each ``*.dist-info``/``*.egg-info`` ``entry_points.txt`` (about 1 ms),
    so that a run with no check package installed skips ``importlib.metadata``'s parse of
    every distribution. A ``sys.path`` entry that is not a folder (a zip) is left to it."""
    for entry in sys.path:
        folder = Path(entry or ".")
        try:
            names = [p.name for p in folder.iterdir() if p.suffix in {".dist-info", ".egg-info"}]
        except NotADirectoryError:
            return True
        except OSError:
            continue
        for name in names:
            try:
                text = (folder / name / "entry_points.txt").read_text("utf-8", errors="replace")
            except OSError:
                continue
            if ENTRY_POINT_GROUP in text:
                return True
    return False


def register_package(registry: Registry, name: str, loaded: object, origin: str) -> None:
    """Register what a check package's entry point names: a module, a class or a list."""
    try:
        if isinstance(loaded, ModuleType):
            registry.register_module(loaded, origin)
        elif inspect.isclass(loaded):
            registry.register(loaded, origin)
        elif isinstance(loaded, list | tuple) and all(inspect.isclass(c) for c in loaded):
            for cls in loaded:
                registry.register(cls, origin)
        else:
            raise PluginError(origin, f"names {type(loaded).__name__}, not checks",
                              "point the entry point at a module or a check class")
    except PluginError as exc:
        exc.problem = f"(check package '{name}') {exc.problem}"
        exc.hint = f"{exc.hint}; or block the package: --block-package {name}"
        raise


@cache
def _builtin_checks() -> tuple[tuple[type, str], ...]:
    """Every built-in check class and its module, imported and validated once per process: a
    check run builds the registry twice (to validate ``--select``, then to run)."""
    accepted = Registry()
    with _program_heap():
        for module_name in BUILTIN_MODULES:
            module = importlib.import_module(f"claimsuite.checks.{module_name}")
            accepted.register_module(module, module.__name__)
    return tuple((type(check), accepted.origin(check.code)) for check in accepted)


@contextmanager
def _program_heap() -> Iterator[None]:
    """Import the checks, and through them nearly all of claimsuite, without the cyclic
    garbage collector, then freeze what was built (``gc.freeze``).

    Those imports leave ~50,000 objects the collector tracks (classes, functions, dicts,
    pydantic schemas) that live as long as the process. Collected as they appear, they cost
    dozens of young collections, and the first full collection of a run traverses all of
    them again, to free nothing: time in the collector during a cold check of the seed went
    from ~60 to ~20 ms. Frozen, they are never traversed; objects made later are collected as
    usual. Runs once per process (see :func:`_builtin_checks`), so a host process's objects
    alive at that moment are frozen with them only once."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def build_registry(
    local_folder: Path | None = None, *, packages: bool = False, blocked: Iterable[str] = ()
) -> Registry:
    """The built-in checks; then, with ``packages``, the installed check packages not in
    ``blocked``; then the checks of ``local_folder``."""
    registry = Registry()
    for cls, origin in _builtin_checks():
        registry.add_validated(cls, origin)
    if packages:
        for name, loaded, origin in load_packages(blocked):
            register_package(registry, name, loaded, origin)
    if local_folder is not None and local_folder.is_dir():
        for module, origin in load_local(local_folder):
            registry.register_module(module, origin)
    return registry
