"""Time limits for plugin code, so that a rule that hangs cannot hang the run.

On POSIX, in the main thread, :func:`time_limit` arms ``ITIMER_REAL`` and raises
:class:`RuleTimeout` inside the guarded code when the time is up (Python code is
interrupted between bytecodes). Elsewhere (Windows, worker threads of an editor
integration) it is a no-op: the run is then only as robust as the plugins are. Regular
expressions from rule packs never need it: patterns that could backtrack badly are
refused when the pack loads (see :mod:`lintnews.matching.safe_regex`).
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Optional

#: Default seconds one rule may spend on one document (the settings' ``rule-timeout``).
DEFAULT_RULE_TIMEOUT = 20.0
#: Environment variable that, when set, overrides ``rule-timeout`` for a whole run.
RULE_TIMEOUT_ENV = "LINTNEWS_RULE_TIMEOUT"


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


class RuleClock:
    """Per-rule time limits for a sequence of rules, with one timer for all of them.

    ``with RuleClock(seconds) as clock:`` arms one interval timer; ``clock.start()``
    and ``clock.stop()`` around each rule only note the time. When the timer fires, the
    handler raises :class:`RuleTimeout` if a rule is running and has run for *seconds*,
    and otherwise sets the timer again for the rest of that rule's time. Each rule gets the same limit as
    with :func:`time_limit` around it, for two ``setitimer`` calls per document instead
    of two per rule. Where limits cannot work (see :func:`alarms`) it does nothing.
    """

    def __init__(self, seconds: Optional[float]) -> None:
        self.seconds = seconds if seconds and seconds > 0 else None
        self.started = 0.0
        self.running = False
        self._previous = None
        self._armed = False

    def __enter__(self) -> "RuleClock":
        if self.seconds is not None and _can_interrupt():
            self._previous = signal.signal(signal.SIGALRM, self._fired)
            self._armed = True
            self.started = time.monotonic()
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def start(self) -> None:
        """A rule starts now: its time is counted from here."""
        self.started = time.monotonic()
        self.running = True

    def stop(self) -> None:
        """The rule has ended (between rules the timer never raises)."""
        self.running = False

    def _fired(self, signum, frame) -> None:  # pragma: no cover - timing dependent
        if not self.running:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            return
        left = self.seconds - (time.monotonic() - self.started)
        if left <= 0:
            self.running = False
            signal.setitimer(signal.ITIMER_REAL, self.seconds)  # for the rules after it
            raise RuleTimeout("ran out of time")
        signal.setitimer(signal.ITIMER_REAL, left)

    def __exit__(self, *exc) -> None:
        if self._armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
            self._armed = False
