"""Compiled regular expressions kept on disk between runs."""

from __future__ import annotations

import re

import pytest

from lintnews import regex_cache

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
