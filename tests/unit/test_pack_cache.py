"""The on-disk cache of loaded packs: used when current, rebuilt when anything changes,
never an error."""

from __future__ import annotations

import os

from lintnews.kinds import BUILTIN_KINDS
from lintnews.engine.packs import load_packs

PACK = """\
pack: house
prefix: HSE
category: style
rules:
  - code: HSE001
    name: no-very-unique
    kind: existence
    message: "'{match}' is redundant"
    tokens: ["very unique"]
  - code: HSE002
    name: ly-hyphen
    kind: pattern
    message: "no hyphen: {match}"
    pattern: '\\b\\w+ly-\\w+'
"""


def test_cache_is_used_and_invalidated_by_an_edit(tmp_path, monkeypatch, linter):
    cache = tmp_path / "cache"
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(cache))
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK)
    first = load_packs([pack], BUILTIN_KINDS)
    files = list(cache.glob("packs-*.pickle"))
    assert len(files) == 1
    second = load_packs([pack], BUILTIN_KINDS)
    assert [r.code for r in second[0].rules] == [r.code for r in first[0].rules]
    assert second[0].rules[0] is not first[0].rules[0]  # came from the pickle
    # The cached rules still work, patterns compiling on first use.
    findings = linter.lint("A very unique, highly-paid job.", select=["HSE"], packs=[str(pack)])
    assert [f.code for f in findings] == ["HSE001", "HSE002"]
    before = len(list(cache.glob("packs-*.pickle")))
    pack.write_text(PACK.replace("very unique", "most unique"))
    os.utime(pack, ns=(1, 1))  # a different modification time, whatever the clock says
    third = load_packs([pack], BUILTIN_KINDS)
    assert third[0].rules[0].tokens == ["most unique"]
    assert len(list(cache.glob("packs-*.pickle"))) == before + 1


def test_cache_can_be_disabled_and_survives_bad_folders(tmp_path, monkeypatch):
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK)
    monkeypatch.setenv("LINTNEWS_NO_CACHE", "1")
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path / "cache"))
    load_packs([pack], BUILTIN_KINDS)
    assert not (tmp_path / "cache").exists()
    monkeypatch.delenv("LINTNEWS_NO_CACHE")
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(blocker / "cache"))
    assert [r.code for r in load_packs([pack], BUILTIN_KINDS)[0].rules] == ["HSE001", "HSE002"]


def test_corrupt_cache_file_is_rebuilt(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(cache))
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK)
    load_packs([pack], BUILTIN_KINDS)
    (path,) = cache.glob("packs-*.pickle")
    path.write_bytes(b"not a pickle")
    assert [r.code for r in load_packs([pack], BUILTIN_KINDS)[0].rules] == ["HSE001", "HSE002"]


def test_old_entries_of_one_kind_are_removed_beyond_a_few(tmp_path, monkeypatch):
    import os

    from lintnews import cache as pack_cache

    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    for i in range(pack_cache.KEEP_EACH + 3):
        pack_cache.cached_value(f"model-{i:032x}", lambda i=i: [i])
        os.utime(tmp_path / f"model-{i:032x}.pickle", ns=(i * 10**9, i * 10**9))
    pack_cache.cached_value(f"other-{0:032x}", lambda: ["other"])
    left = sorted(p.name for p in tmp_path.glob("*.pickle"))
    assert left == [f"model-{i:032x}.pickle" for i in range(3, pack_cache.KEEP_EACH + 3)] + [
        f"other-{0:032x}.pickle"
    ]
