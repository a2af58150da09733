"""A command-line run's start-up: caches routed, collector paused, all undone at the end."""

from __future__ import annotations

import gc
import re

from lintnews import cache_memo as disk_memo
from lintnews import cache_startup as startup


def test_startup_pauses_the_collector_and_routes_compiles_until_it_ends(tmp_path, monkeypatch):
    from re import _compiler  # type: ignore[attr-defined]

    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    original = _compiler.compile
    assert gc.isenabled()
    startup.begin()
    try:
        assert not gc.isenabled()
        assert _compiler.compile is not original and disk_memo._startup is not None
        assert re.compile(r"start-?up (\w+)").match("startup over").group(1) == "over"
    finally:
        startup.end()
    assert gc.isenabled() and _compiler.compile is original and disk_memo._startup is None
    startup.end()  # a second end changes nothing
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    gc.disable()
    try:
        startup.begin()
        startup.end()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_with_caching_off_startup_only_pauses_the_collector(monkeypatch):
    monkeypatch.setenv("LINTNEWS_NO_CACHE", "1")
    startup.begin()
    try:
        assert disk_memo._startup is None and not gc.isenabled()
    finally:
        startup.end()
    assert gc.isenabled()
