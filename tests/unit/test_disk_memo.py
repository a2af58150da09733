"""Values kept on disk between runs, one file per entry."""

from __future__ import annotations

from lintnews import wordtrie
from lintnews.disk_memo import DiskMemo


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
