"""Time limits for plugin code, so that a rule that hangs cannot hang the run.

On POSIX, in the main thread, :func:`time_limit` arms ``ITIMER_REAL`` and raises
:class:`RuleTimeout` inside the guarded code when the time is up (Python code is
interrupted between bytecodes). Elsewhere (Windows, worker threads of an editor
integration) it is a no-op: the run is then only as robust as the plugins are. Regular
expressions from rule packs never need it: patterns that could backtrack badly are
refused when the pack loads (see :mod:`lintnews.safe_regex`).
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator, Optional

#: Default seconds one rule may spend on one document.
DEFAULT_RULE_TIMEOUT = 20.0


class RuleTimeout(Exception):
    """Raised inside a rule that ran out of time."""


def _can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _expired(signum, frame):  # pragma: no cover - timing dependent
    raise RuleTimeout("ran out of time")


@contextmanager
def alarms() -> Iterator[bool]:
    """Install the time-limit handler for a block (yields whether limits can work).

    Installing it once around a whole document, rather than around every rule, keeps
    the cost of :func:`time_limit` to two ``setitimer`` calls.
    """
    if not _can_interrupt():
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def time_limit(seconds: Optional[float], armed: Optional[bool] = None) -> Iterator[None]:
    """Raise :class:`RuleTimeout` in the body if it runs longer than *seconds*.

    Inside :func:`alarms`, pass what it yielded as *armed*; on its own (``armed=None``)
    it installs and restores the handler itself.
    """
    if not seconds or seconds <= 0 or armed is False:
        yield
        return
    if armed is None:
        with alarms() as ok:
            with time_limit(seconds, ok):
                yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
