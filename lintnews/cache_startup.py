"""A command-line run's start-up, made cheaper by the run before it.

Before its first finding, a run compiles a few hundred regular expressions (lintnews's
rules, markdown-it-py's and the standard library's module-level patterns), the methods of
a few dozen dataclasses, and reads the rules' word-list tables. :func:`begin` routes all
of that through the on-disk caches (:mod:`lintnews.cache_regex`,
:mod:`lintnews.cache_exec`, whose entries then come from one start-up bundle file of
:mod:`lintnews.cache_memo`); :func:`end`, called once the first files are linted, stops
routing and updates the bundle if this start-up needed more than it held.

The garbage collector is off in between: start-up allocates hundreds of thousands of
objects that live for the whole run (modules, classes, rule tables) and almost no
garbage, so its collections would only walk the same live objects again and again.
"""

from __future__ import annotations

import gc
import sys

from lintnews import __version__
from lintnews import cache_memo as disk_memo
from lintnews import cache_exec as exec_cache
from lintnews import cache_regex as regex_cache


_collecting = None  # whether the collector was on when start-up began


def begin() -> None:
    """Start-up begins: serve compiled patterns and tables from the start-up bundle."""
    global _collecting
    if _collecting is None:
        _collecting = gc.isenabled()
        gc.disable()
    disk_memo.begin_startup(__version__, sys.version, __file__)
    regex_cache.route_re_compiles(True)
    exec_cache.route_dataclass_exec(True)


def end() -> None:
    """Start-up is over (idempotent)."""
    global _collecting
    regex_cache.route_re_compiles(False)
    exec_cache.route_dataclass_exec(False)
    disk_memo.end_startup()
    if _collecting is not None:
        # What start-up loaded lives until the process exits: out of the collector's
        # sight for good, which also spares the full collection at interpreter exit.
        gc.freeze()
        if _collecting:
            gc.enable()
        _collecting = None
