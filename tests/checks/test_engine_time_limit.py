"""The per-check time limit of ``engine.run_checks``: one SIGALRM handler per article, every
check still stopped, and the handler a check replaces put back before the next one."""

from __future__ import annotations

import signal
import time
from types import SimpleNamespace

import pytest

from claimsuite import engine

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timers")


class _Check:
    def __init__(self, code: str, body) -> None:
        self.code, self.name, self.body = code, f"probe-{code.lower()}", body

    def run(self, ctx):
        self.body()
        return iter(())


def _spin() -> None:
    while True:
        pass


def _ignore_alarms() -> None:
    signal.signal(signal.SIGALRM, signal.SIG_IGN)


def _ctx() -> SimpleNamespace:
    return SimpleNamespace(article=SimpleNamespace(text="x"),
                           claims=SimpleNamespace(path="claims/x.yaml"))


def test_every_hanging_check_is_stopped_and_the_handler_restored():
    before = signal.getsignal(signal.SIGALRM)
    checks = [_Check("LOC001", _spin), _Check("LOC002", _ignore_alarms),
              _Check("LOC003", _spin), _Check("LOC004", lambda: None)]
    start = time.perf_counter()
    found = engine.run_checks(_ctx(), checks, timeout=0.2)
    assert time.perf_counter() - start < 10
    stopped = sorted(f.message.split(" ")[1] for f in found)
    assert stopped == ["LOC001", "LOC003"]  # LOC002 ignored alarms; LOC003 was still stopped
    assert all("ran past its 0.2 s limit" in f.message for f in found)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
