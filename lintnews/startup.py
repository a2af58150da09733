"""A command-line run's start-up, made cheaper by the run before it.

Before its first finding, a run compiles a few hundred regular expressions (lintnews's
rules, markdown-it-py's and the standard library's module-level patterns) and reads the
rules' word-list tables. :func:`begin` routes all of that through the on-disk caches
(:mod:`lintnews.regex_cache`, whose programs then come from one start-up bundle file of
:mod:`lintnews.disk_memo`); :func:`end`, called once the first files are linted, stops
routing and updates the bundle if this start-up needed more than it held.
"""

from __future__ import annotations

import sys

from . import __version__, disk_memo, regex_cache


def begin() -> None:
    """Start-up begins: serve compiled patterns and tables from the start-up bundle."""
    disk_memo.begin_startup(__version__, sys.version, __file__)
    regex_cache.route_re_compiles(True)


def end() -> None:
    """Start-up is over (idempotent)."""
    regex_cache.route_re_compiles(False)
    disk_memo.end_startup()
