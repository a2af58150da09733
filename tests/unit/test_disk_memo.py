"""Values kept on disk between runs, one file per entry."""

from __future__ import annotations

import pytest

from lintnews.matching import tries as wordtrie
from lintnews.cache_memo import DiskMemo


def test_values_survive_the_process_and_damaged_entries_are_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    memo = DiskMemo("things")
    memo.put("a key", [1, "two", (3, None)])
    assert memo.get("a key") == [1, "two", (3, None)]
    memo.save()
    again = DiskMemo("things")  # a later run
    assert again.get("a key") == [1, "two", (3, None)] and again.get("other") is None
    (entry,) = (tmp_path / "things").glob("*.marshal")
    entry.write_bytes(b"garbage")
    assert DiskMemo("things").get("a key") is None


def test_a_memo_of_code_starts_afresh_when_the_code_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    code = tmp_path / "code.py"
    code.write_text("x = 1\n")
    first = DiskMemo.of_code("derived", str(code)).name
    code.write_text("x = 22\n")
    assert DiskMemo.of_code("derived", str(code)).name != first


def test_trie_sources_do_not_depend_on_the_order_of_the_words(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(wordtrie, "_TRIES", None)
    built = wordtrie._trie_source(["led", "lead", "le", "led"])
    assert wordtrie.trie_regex(["lead", "led", "le"]) == built
    wordtrie._TRIES.save()
    monkeypatch.setattr(wordtrie, "_TRIES", None)
    monkeypatch.setattr(wordtrie, "_trie_source", lambda strings: "not from the cache")
    assert wordtrie.trie_regex(["le", "led", "lead"]) == built


def test_a_full_folder_drops_the_entries_written_longest_ago(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    memo = DiskMemo("small", limit=8)
    for i in range(8):
        memo.put(f"old {i}", i)
    memo.save()
    for i, entry in enumerate(sorted((tmp_path / "small").glob("*.marshal"))):
        os.utime(entry, ns=(1_000_000_000 * i, 1_000_000_000 * i))  # written long ago
    memo.put("new", 99)
    memo.save()
    fresh = DiskMemo("small", limit=8)
    assert len(list((tmp_path / "small").glob("*.marshal"))) == 6 and fresh.get("new") == 99


def test_a_memo_of_changed_code_removes_what_the_old_code_computed(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    code = tmp_path / "code.py"
    code.write_text("x = 1\n")
    old = DiskMemo.of_code("derived", str(code))
    old.put("k", 1)
    old.save()
    code.write_text("x = 22\n")
    new = DiskMemo.of_code("derived", str(code))
    new.put("k", 2)
    new.save()
    assert [p.name for p in tmp_path.glob("derived-*")] == [new.name]


def _one_startup(memo_name, wanted):
    """A run's start-up: the values of *wanted* keys (computed as ``key * 2`` on a miss)."""
    from lintnews import cache_memo as disk_memo

    disk_memo.begin_startup("a program", 1)
    try:
        memo = DiskMemo(memo_name)
        values = []
        for key in wanted:
            value = memo.get(key)
            if value is None:
                value = key * 2
                memo.put(key, value)
            values.append(value)
        return values
    finally:
        disk_memo.end_startup()
        memo.save()


def test_a_startup_reads_its_entries_from_one_bundle(tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    assert _one_startup("things", ["a", "b"]) == ["aa", "bb"]
    (bundle,) = tmp_path.glob("startup-*.marshal")
    shutil.rmtree(tmp_path / "things")  # only the bundle is left
    written = bundle.stat().st_mtime_ns
    assert _one_startup("things", ["a", "b"]) == ["aa", "bb"]
    assert bundle.stat().st_mtime_ns == written  # nothing was missing: not rewritten
    # A start-up that needs more rewrites the bundle with it.
    assert _one_startup("things", ["a", "c"]) == ["aa", "cc"]
    shutil.rmtree(tmp_path / "things")
    monkeypatch.setattr(DiskMemo, "put", lambda *a: pytest.fail("computed again"))
    assert _one_startup("things", ["b", "c", "a"]) == ["bb", "cc", "aa"]


def test_outside_a_startup_the_bundle_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    _one_startup("things", ["a"])
    import shutil

    shutil.rmtree(tmp_path / "things")
    assert DiskMemo("things").get("a") is None


def test_offered_values_ride_along_but_never_force_a_rewrite(tmp_path, monkeypatch):
    from lintnews import cache_memo as disk_memo

    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    disk_memo.begin_startup("p")
    DiskMemo("m").offer("set-ordered", 1)
    disk_memo.end_startup()
    assert not list(tmp_path.glob("startup-*"))  # only offers: nothing written
    disk_memo.begin_startup("p")
    memo = DiskMemo("m")
    memo.offer("set-ordered", 1)
    memo.put("new", 2)
    disk_memo.end_startup()
    memo.save()
    assert len(list((tmp_path / "m").glob("*.marshal"))) == 1  # the offer has no file
    disk_memo.begin_startup("p")
    try:
        assert DiskMemo("m").get("set-ordered") == 1 and DiskMemo("m").get("new") == 2
    finally:
        disk_memo.end_startup()


def test_a_damaged_or_oversized_bundle_starts_afresh(tmp_path, monkeypatch):
    from lintnews import cache_memo as disk_memo

    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    _one_startup("things", ["a"])
    (bundle,) = tmp_path.glob("startup-*.marshal")
    bundle.write_bytes(b"\x00garbage")
    assert _one_startup("things", ["a", "b"]) == ["aa", "bb"]
    monkeypatch.setattr(disk_memo._Bundle, "LIMIT", 2)
    _one_startup("things", ["c"])  # three entries in all: only this start-up's are kept
    import marshal

    assert set(marshal.loads(bundle.read_bytes())) == {("things", "c")}
