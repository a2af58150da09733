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
