"""The Python API: lintnews.lint_text, lint_file and fix_text."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import pickle
from pathlib import Path

import pytest

import lintnews
from lintnews.engine.config import Settings, settings_from_mapping
from lintnews.model import Finding, LintError

PACK = str(Path(__file__).resolve().parents[1] / "integration" / "data" / "fixpack.yaml")
CONFIG = {"packs": [PACK], "select": ["FXT"]}


def summary(findings):
    return [(f.code, f.line, f.column) for f in findings]


def test_lint_text_with_a_mapping_config():
    findings = lintnews.lint_text("We met in order to talk.\n", "story.md", CONFIG)
    assert summary(findings) == [("FXT001", 1, 8), ("FXT004", 1, 11)]
    first = findings[0]
    assert isinstance(first, Finding)
    assert (first.path, first.category, first.suggestion) == ("story.md", "style", "to")
    assert first.fix is not None and first.fix.safe


def test_path_picks_the_format_and_defaults_to_a_placeholder():
    text = "Use `in order to` here.\n"
    assert lintnews.lint_text(text, "story.md", CONFIG) == []  # code span: not prose
    assert [f.code for f in lintnews.lint_text(text, "story.txt", CONFIG)] == ["FXT001", "FXT004"]
    assert {f.path for f in lintnews.lint_text("in order to", config=CONFIG)} == {"<text>"}


def test_path_may_be_a_pathlike_and_is_never_read(tmp_path):
    findings = lintnews.lint_text("We utilise it.", tmp_path / "missing.md", CONFIG)
    assert summary(findings) == [("FXT001", 1, 4)]
    assert findings[0].path == str(tmp_path / "missing.md")


def test_config_file_is_found_from_the_path_and_reloaded_when_it_changes(tmp_path):
    config = tmp_path / ".lintnews.yaml"
    config.write_text(f"packs: [{PACK}]\nselect: [FXT001]\n", encoding="utf-8")
    draft = tmp_path / "news" / "story.md"
    text = "We met in order to talk. Irregardless."
    assert [f.code for f in lintnews.lint_text(text, draft)] == ["FXT001"]
    config.write_text(f"packs: [{PACK}]\nselect: [FXT002]\n", encoding="utf-8")
    st = config.stat()
    os.utime(config, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    assert [f.code for f in lintnews.lint_text(text, draft)] == ["FXT002"]
    # An explicit config file, as str or Path.
    assert [f.code for f in lintnews.lint_text(text, "elsewhere.md", str(config))] == ["FXT002"]
    assert [f.code for f in lintnews.lint_text(text, "elsewhere.md", config)] == ["FXT002"]


def test_a_pyproject_table_added_or_removed_is_seen_on_the_next_call(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[project]\nname = 'desk'\n", encoding="utf-8")
    draft = tmp_path / "story.md"
    text = "We met in order to talk. Irregardless."
    assert "FXT001" not in [f.code for f in lintnews.lint_text(text, draft)]
    pyproject.write_text(f"[tool.lintnews]\npacks = ['{PACK}']\nselect = ['FXT001']\n", encoding="utf-8")
    assert [f.code for f in lintnews.lint_text(text, draft)] == ["FXT001"]
    pyproject.write_text("[project]\nname = 'desk-2'\n", encoding="utf-8")
    assert "FXT001" not in [f.code for f in lintnews.lint_text(text, draft)]


def test_per_path_overrides_follow_the_path(tmp_path):
    config = dict(CONFIG, overrides=[{"paths": ["opinion/**"], "ignore": ["FXT001"]}])
    text = "We met in order to talk."
    assert [f.code for f in lintnews.lint_text(text, "news/a.md", config)] == ["FXT001", "FXT004"]
    assert [f.code for f in lintnews.lint_text(text, "opinion/a.md", config)] == ["FXT004"]


def test_settings_objects_are_accepted():
    settings = settings_from_mapping({"packs": [PACK], "select": ["FXT002"]}, "<test>", Path.cwd())
    assert isinstance(settings, Settings)
    assert [f.code for f in lintnews.lint_text("Irregardless.", "a.md", settings)] == ["FXT002"]


@pytest.mark.parametrize(
    "config, message",
    [
        ({"selectt": ["FXT"]}, "unknown key 'selectt'"),
        ({"packs": [PACK], "select": ["NOPE123"]}, "unknown rule"),
        ({"fail-on": "loud"}, "unknown severity"),
    ],
)
def test_bad_configuration_is_a_lint_error(config, message):
    with pytest.raises(LintError, match=message):
        lintnews.lint_text("text", "a.md", config)


def test_missing_config_file_is_a_lint_error(tmp_path):
    with pytest.raises(LintError):
        lintnews.lint_text("text", "a.md", tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    "args, message",
    [
        ((b"bytes",), "decode it first"),
        ((None,), "text must be str"),
        (("text", 42), "path must be"),
        (("text", "a.md", 3.5), "config must be"),
    ],
)
def test_wrong_argument_types_raise_type_error(args, message):
    with pytest.raises(TypeError, match=message):
        lintnews.lint_text(*args)


def test_lint_file_reads_utf8_and_drops_a_bom(tmp_path):
    path = tmp_path / "story.md"
    path.write_bytes(b"\xef\xbb\xbfWe utilise it.\n")
    findings = lintnews.lint_file(path, CONFIG)
    assert summary(findings) == [("FXT001", 1, 4)]
    assert findings[0].path == str(path)


@pytest.mark.parametrize("content", [None, b"\x00\x01binary", b"caf\xe9"])
def test_lint_file_refuses_missing_binary_and_non_utf8_files(tmp_path, content):
    path = tmp_path / "story.md"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LintError, match="story.md"):
        lintnews.lint_file(path, CONFIG)


def test_fix_text_applies_fixes_and_writes_nothing():
    outcome = lintnews.fix_text("We met in order to talk. Irregardless.", "a.md", CONFIG)
    assert outcome.text == "We met to talk. Irregardless."
    assert (outcome.applied, [f.code for f in outcome.remaining]) == (1, ["FXT002"])
    unsafe = lintnews.fix_text("We met in order to talk. Irregardless.", "a.md", CONFIG, unsafe=True)
    assert unsafe.text == "We met to talk. Regardless."


TEXTS = [f"Story {i}: we met in order to talk about item {i}. Irregardless." for i in range(12)]


def _lint(text):
    return lintnews.lint_text(text, "story.md", CONFIG)


def test_results_are_pure_and_picklable():
    first = [_lint(t) for t in TEXTS]
    assert first == [_lint(t) for t in TEXTS]
    restored = pickle.loads(pickle.dumps(first))
    assert restored == first
    assert [f.fix for fs in restored for f in fs] == [f.fix for fs in first for f in fs]


def test_threads_and_fresh_processes_give_the_serial_result():
    serial = [_lint(t) for t in TEXTS]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert list(pool.map(_lint, TEXTS)) == serial
    # A freshly spawned process, as on a Dask or Spark worker, builds its own linter.
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as pool:
        assert list(pool.map(_lint, TEXTS, chunksize=6)) == serial
