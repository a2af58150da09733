"""Compiled regular expressions kept on disk between runs."""

from __future__ import annotations

import re

import pytest

from lintnews import cache_regex as regex_cache

PATTERNS = [
    (r"\b(?P<verb>rose|fell)\s+(\d+(?:\.\d+)?)\s?%", re.IGNORECASE),
    (r"(?-i:[A-Z])\w+\s+said\b", re.IGNORECASE),
    (r"^\s*#+\s*(.*)$", re.MULTILINE),
    (r"(?x) colou?r  # spelling", 0),
]
TEXT = "Sales ROSE 3.5% as\n## Heading line\nThe Minister said the colour was fine."


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty cache folder and an empty in-memory table."""
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINTNEWS_NO_CACHE", raising=False)
    monkeypatch.setattr(regex_cache, "_memo", None)
    return tmp_path


def _behaviour(rx):
    return (
        rx.pattern, rx.flags, rx.groups, rx.groupindex,
        [(m.span(), m.groups()) for m in rx.finditer(TEXT)],
    )


def test_programs_from_the_cache_behave_as_re_compile(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        assert _behaviour(regex_cache.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))
    regex_cache._programs().save()
    assert len(list(fresh.glob("regex-*/*.marshal"))) == len(PATTERNS)
    # a new run: the programs come from the files, nothing is compiled
    monkeypatch.setattr(regex_cache, "_memo", None)
    monkeypatch.setattr(regex_cache, "_program", lambda *a: pytest.fail("compiled again"))
    for pattern, flags in PATTERNS:
        assert _behaviour(regex_cache.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))


def test_a_damaged_cache_file_is_ignored(fresh):
    regex_cache.compile(r"a+b", 0)
    regex_cache._programs().save()
    (path,) = fresh.glob("regex-*/*.marshal")
    path.write_bytes(b"\x00not marshal")
    regex_cache._memo = None
    assert regex_cache.compile(r"a+b", 0).match("aab").group() == "aab"


def test_a_bad_pattern_raises_as_re_does(fresh):
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed", 0)


def test_no_cache_folder_means_plain_compiles(fresh, monkeypatch):
    monkeypatch.setenv("LINTNEWS_NO_CACHE", "1")
    assert regex_cache.compile(r"x\d", 0).search("ax1").group() == "x1"
    regex_cache._programs().save()
    assert not list(fresh.glob("regex-*"))


def test_routed_re_compiles_give_the_same_patterns_and_stop_when_asked(fresh, monkeypatch):
    from re import _compiler  # type: ignore[attr-defined]

    original = _compiler.compile
    regex_cache.route_re_compiles(True)
    try:
        assert _compiler.compile is not original
        for pattern, flags in PATTERNS:
            routed = _compiler.compile(pattern, flags)
            assert _behaviour(routed) == _behaviour(original(pattern, flags))
        assert re.compile(b"by+tes").match(b"byyytes")  # bytes patterns: re's own compiler
        with pytest.raises(re.error, match="missing \\)"):
            _compiler.compile("(unclosed", 0)
        # What re compiles while routed is only offered to the start-up bundle, never
        # stored on its own: such patterns may be built from sets, in hash order.
        regex_cache._programs().save()
        assert not list(fresh.glob("regex-*/*.marshal"))
    finally:
        regex_cache.route_re_compiles(False)
    assert _compiler.compile is original


def test_a_routed_startup_compiles_nothing_the_second_time(fresh, monkeypatch):
    from lintnews import cache_startup as startup

    def one_startup():
        re.purge()
        monkeypatch.setattr(regex_cache, "_memo", None)
        startup.begin()
        try:
            regex_cache.compile(r"a run's own (?:pattern)?", 0)
            return [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
        finally:
            startup.end()
            re.purge()

    first = one_startup()  # the run's own pattern is new: the bundle is written
    assert first == [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    monkeypatch.setattr(regex_cache, "_program", lambda *a: pytest.fail("compiled again"))
    assert one_startup() == first
