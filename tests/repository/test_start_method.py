"""How repository mode starts its workers: forked only from a single-threaded parent on
Linux (``repository._pool_context``), since fork copies one thread and whatever locks the
others held."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from claimsuite import repository

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="fork is used on Linux only")


@linux_only
def test_a_single_threaded_parent_forks_its_workers() -> None:
    code = ("from claimsuite.repository import _pool_context; "
            "print(_pool_context().get_start_method())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "fork"


def test_a_parent_with_another_thread_uses_forkserver() -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert repository._pool_context().get_start_method() == "forkserver"  # type: ignore[attr-defined]
    finally:
        release.set()
        thread.join()


@linux_only
def test_a_thread_python_does_not_know_of_still_counts() -> None:
    # A thread started outside the threading module, as a C extension would start one: not
    # in threading.active_count(), still in the kernel's count. In a fresh process, where
    # that thread is the only other one.
    code = """
import _thread, threading
from claimsuite import repository
alone = repository._one_thread()
release, started = _thread.allocate_lock(), _thread.allocate_lock()
release.acquire(); started.acquire()
def wait():
    started.release(); release.acquire()
_thread.start_new_thread(wait, ())
started.acquire()
print(alone, threading.active_count(), repository._one_thread(),
      repository._pool_context().get_start_method())
release.release()
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["True", "1", "False", "forkserver"]


def test_without_a_forkserver_workers_are_spawned(monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows offers only spawn; asking it for forkserver would raise.
    import multiprocessing  # noqa: PLC0415

    monkeypatch.setattr(repository, "_one_thread", lambda: False)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert repository._pool_context().get_start_method() == "spawn"  # type: ignore[attr-defined]
