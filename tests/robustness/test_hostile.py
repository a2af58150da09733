"""Hostile input: every file ends with findings or one line naming it, never a traceback."""

from __future__ import annotations

import json

import pytest


def check(run_cli, *paths, fmt="json"):
    result = run_cli("check", "--isolated", "-f", fmt, *map(str, paths))
    assert "Traceback" not in result.err
    return result


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("latin1.md", "Prices rose to \xa3300.\n".encode("latin-1"), "not valid UTF-8 (byte 0xa3 at offset 15)"),
        ("nul.md", b"Text\x00with a NUL byte\n", "looks like a binary file"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    ],
)
def test_undecodable_files_are_one_line_errors(run_cli, tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    result = check(run_cli, path)
    assert result.status == 2
    assert result.err == f"lintnews: error: {path}: {problem}" + result.err.split(problem, 1)[1]
    assert result.err.count("\n") == 1
    assert json.loads(result.out)["errors"][0]["path"] == str(path)


def test_empty_and_blank_files(run_cli, tmp_path):
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "blank.txt").write_text("\n\n   \n")
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbf")
    result = check(run_cli, tmp_path)
    assert result.status == 0 and json.loads(result.out)["findings"] == []


# Each hostile shape is run at a size the fast tier affords and, in the slow tier, at the
# size the robustness page names: the same code paths, the big run only takes longer.
def _sizes(small, big):
    return pytest.mark.parametrize("size", [small, pytest.param(big, marks=pytest.mark.slow)])


@_sizes(250_000, 2_000_000)
def test_single_line_of_megabytes(run_cli, tmp_path, size):
    """One line far over the default size limit (lifted): findings all on line 1."""
    path = tmp_path / "line.md"
    path.write_text(("The plan may partly work, officials said. " * (size // 42 + 1))[:size])
    result = run_cli("check", "--isolated", "-f", "json", "--max-size", "0", str(path))
    assert "Traceback" not in result.err
    assert result.status in (0, 1)
    findings = json.loads(result.out)["findings"]
    assert findings and all(f["line"] == 1 for f in findings)


@_sizes(1, 10)
def test_deeply_nested_blockquotes_and_lists(run_cli, tmp_path, size):
    """Nesting too deep to read whole (past 100 levels) is refused, never read in part;
    brackets and emphasis runs are read as text."""
    (tmp_path / "quotes.md").write_text(">" * (200 * size) + " deep may partly\n" + "".join(">" * i + " x\n" for i in range(1, 50 * size + 1)))
    (tmp_path / "lists.md").write_text("".join("  " * i + "- item may partly\n" for i in range(150 + 15 * size)))
    (tmp_path / "brackets.md").write_text("[" * (2000 * size) + "x" + "]" * (2000 * size) + "(" * (2000 * size) + "\n")
    (tmp_path / "emphasis.md").write_text("*" * (5000 * size) + "a" + "_" * (5000 * size) + "\n")
    result = check(run_cli, tmp_path)
    assert result.status == 2, result.err
    errors = json.loads(result.out)["errors"]
    assert sorted(e["path"].rsplit("/", 1)[-1] for e in errors) == ["lists.md", "quotes.md"]
    assert all("nested too deeply to read" in e["message"] for e in errors)


@_sizes(300, 3000)
def test_huge_table(run_cli, tmp_path, size):
    path = tmp_path / "table.md"
    path.write_text("| a | b | c |\n|---|---|---|\n" + "| It may partly work | 3 | x |\n" * size)
    result = check(run_cli, path)
    findings = json.loads(result.out)["findings"]
    assert {f["line"] for f in findings if f["code"] == "HDG001"} == set(range(3, size + 3))


def test_crlf_tabs_emoji_and_combining_characters(run_cli, tmp_path):
    path = tmp_path / "mixed.md"
    path.write_bytes("Tab\there 🎉 e\u0301 it may partly work.\r\n\r\nNext\tmay partly.\r\n".encode("utf-8"))
    findings = json.loads(check(run_cli, path).out)["findings"]
    positions = {(f["line"], f["column"]) for f in findings if f["code"] == "HDG001"}
    assert positions == {(1, 18), (3, 6)}


@_sizes(10, 100)
def test_ten_thousand_small_files(run_cli, tmp_path, size):
    """A folder of many small files (100 sub-folders of 100 in the slow tier)."""
    folder = tmp_path / "archive"
    for i in range(size):
        sub = folder / f"{i:03}"
        sub.mkdir(parents=True)
        for j in range(100):
            (sub / f"{j:03}.md").write_text("Council approves budget.\n" if j % 50 else "It may partly work.\n")
    result = check(run_cli, folder, fmt="text")
    assert result.status == 1
    files = size * 100
    assert result.lines[-1].startswith(f"{2 * size} findings in {files} files") or f"in {files} files" in result.lines[-1]
