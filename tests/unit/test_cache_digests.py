"""The digests of installed files found by their stat: a file changed just now is hashed
again next time, since a second write within the clock's granularity may keep its stat."""

import os
import time

from lintnews import cache


def test_a_file_changed_just_now_is_hashed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "rule.py"
    path.write_text("A = 1\n")
    st = os.stat(path)
    first = cache.file_digest(path, installed=True)
    # other contents with the very same stat (a second write in the same clock tick, the
    # inode reused): the stat alone cannot tell them apart
    path.write_text("A = 2\n")
    monkeypatch.setattr(cache.os, "stat", lambda p, *a, **k: st)
    assert cache.file_digest(path, installed=True) != first


def test_an_older_file_is_found_by_its_stat(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "rule.py"
    path.write_text("A = 1\n")
    old = time.time_ns() - 10 * cache.RACY_NS
    os.utime(path, ns=(old, old))
    assert cache.file_digest(path, installed=True) == cache.digest(b"A = 1\n")
