"""``lintnews check --fix / --unsafe-fixes / --diff`` on real files, with a test pack
(tests/integration/data/fixpack.yaml) so the tests do not depend on the built-in rules."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

PACK = str(Path(__file__).parent / "data" / "fixpack.yaml")
RULES = ("--pack", PACK, "--select", "FXT", "--isolated")

DRAFT = (
    "# Budget\n"
    "\n"
    "The council met in order to vote. Irregardless, the plan was impactful.\n"
    "\n"
    "> They utilise the fund, the mayor said.\n"
    "\n"
    "```\n"
    "utilise in order to\n"
    "```\n"
    "\n"
    "Officials utilise *one foul swoop* of cuts.\n"
)


def write(tmp_path: Path, name: str, text: str, mode: int = 0o644) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    os.chmod(path, mode)
    return path


def fingerprint(path: Path):
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, path.read_bytes()


def test_fix_applies_safe_fixes_only_and_reports_what_is_left(run_cli, tmp_path):
    draft = write(tmp_path, "draft.md", DRAFT, 0o640)
    result = run_cli("check", *RULES, "--fix", str(draft))
    fixed = draft.read_text(encoding="utf-8")
    assert fixed == (
        "# Budget\n\n"
        "The council met to vote. Irregardless, the plan was impactful.\n\n"
        "> They utilise the fund, the mayor said.\n\n"
        "```\nutilise in order to\n```\n\n"
        "Officials use *one fell swoop* of cuts.\n"
    )
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    # What is left: the unsafe fix and the advice-only suggestion, at their new columns.
    assert [(line.split(": ")[0], line.split()[2]) for line in result.lines[:-1]] == [
        (f"{draft}:3:26", "FXT002"),
        (f"{draft}:3:53", "FXT003"),
    ]
    assert result.status == 1  # FXT002 is an error
    assert "fixed 3 findings in 1 file; 1 more with --unsafe-fixes" in result.err


def test_second_run_finds_nothing_and_does_not_rewrite(run_cli, tmp_path):
    draft = write(tmp_path, "draft.md", DRAFT)
    run_cli("check", *RULES, "--fix", "--unsafe-fixes", str(draft))
    before = fingerprint(draft)
    again = run_cli("check", *RULES, "--fix", "--unsafe-fixes", str(draft))
    assert "nothing to fix" in again.err
    assert fingerprint(draft) == before
    assert [line.split()[2] for line in again.lines[:-1]] == ["FXT003"]
    assert again.status == 0  # FXT003 is info, below the default fail-on (warning)


def test_unsafe_fixes_apply_the_others_too(run_cli, tmp_path):
    draft = write(tmp_path, "draft.md", DRAFT)
    run_cli("check", *RULES, "--fix", "--unsafe-fixes", str(draft))
    assert "met to vote. Regardless, the plan" in draft.read_text(encoding="utf-8")


def test_files_without_fixes_are_never_rewritten(run_cli, tmp_path):
    clean = write(tmp_path, "clean.md", "Nothing to see here.\n")
    advice = write(tmp_path, "advice.md", "An impactful speech.\n")
    dirty = write(tmp_path, "dirty.md", "We met in order to talk.\n")
    before = {p: fingerprint(p) for p in (clean, advice)}
    result = run_cli("check", *RULES, "--fix", str(tmp_path))
    assert {p: fingerprint(p) for p in (clean, advice)} == before
    assert dirty.read_text(encoding="utf-8") == "We met to talk.\n"
    assert "fixed 1 finding in 1 file" in result.err
    assert sorted(os.listdir(tmp_path)) == ["advice.md", "clean.md", "dirty.md"]  # no temp files left


def test_line_endings_bom_and_plain_text_are_kept(run_cli, tmp_path):
    crlf = tmp_path / "notes.txt"
    crlf.write_bytes(b"\xef\xbb\xbfWe met in order to talk.\r\n\r\nThey utilise it.\r\n")
    run_cli("check", *RULES, "--fix", str(crlf))
    assert crlf.read_bytes() == b"\xef\xbb\xbfWe met to talk.\r\n\r\nThey use it.\r\n"


def test_overlapping_fixes_resolve_deterministically(run_cli, tmp_path):
    # FXT001 ('in order to' -> 'to') and FXT004 ('order to' -> 'so as to') overlap;
    # the fix that starts first wins, and FXT004 no longer matches afterwards.
    a = write(tmp_path, "a.md", "We met in order to talk.\n")
    result = run_cli("check", *RULES, "--fix", str(a))
    assert a.read_text(encoding="utf-8") == "We met to talk.\n"
    assert result.lines == []
    assert result.status == 0


def test_diff_prints_a_patch_that_git_applies_and_writes_nothing(run_cli, tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    draft = write(tmp_path, "draft.md", DRAFT)
    before = fingerprint(draft)
    result = run_cli("check", *RULES, "--diff", "draft.md", cwd=tmp_path)
    assert fingerprint(draft) == before
    assert result.status == 1
    assert result.lines[:2] == ["--- a/draft.md", "+++ b/draft.md"]
    assert "-The council met in order to vote. Irregardless, the plan was impactful." in result.lines
    assert "+The council met to vote. Irregardless, the plan was impactful." in result.lines
    assert "would fix 3 findings in 1 file" in result.err
    # The diff is exactly what --fix writes.
    expected = tmp_path / "expected"
    expected.mkdir()
    shutil.copy(draft, expected / "draft.md")
    run_cli("check", *RULES, "--fix", str(expected / "draft.md"))
    (tmp_path / "fix.patch").write_text(result.out, encoding="utf-8")
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert draft.read_bytes() == (expected / "draft.md").read_bytes()


def test_diff_with_nothing_to_fix_exits_zero(run_cli, tmp_path):
    draft = write(tmp_path, "draft.md", "An impactful speech.\n")
    result = run_cli("check", *RULES, "--diff", "--unsafe-fixes", str(draft))
    assert (result.status, result.out) == (0, "")
    assert "nothing to fix" in result.err


def test_fix_on_standard_input_prints_the_fixed_draft(run_cli):
    result = run_cli(
        "check", *RULES, "--fix", "--stdin-filename", "draft.md", "-", stdin="We met in order to talk.\n"
    )
    assert result.out == "We met to talk.\n"
    assert "fixed 1 finding" in result.err


def test_diff_on_standard_input(run_cli):
    result = run_cli(
        "check", *RULES, "--diff", "--stdin-filename", "drafts/1.md", "-", stdin="We met in order to talk.\n"
    )
    assert result.status == 1
    assert result.lines == [
        "--- a/drafts/1.md", "+++ b/drafts/1.md", "@@ -1 +1 @@", "-We met in order to talk.", "+We met to talk."
    ]


def test_fix_reports_remaining_findings_as_json(run_cli, tmp_path):
    draft = write(tmp_path, "draft.md", DRAFT)
    result = run_cli("check", *RULES, "--fix", "--format", "json", str(draft))
    report = json.loads(result.out)
    assert [f["code"] for f in report["findings"]] == ["FXT002", "FXT003"]
    assert report["findings"][0]["fix"]["safe"] is False


def test_fix_in_parallel_processes(run_cli, tmp_path):
    paths = [write(tmp_path, f"d{i}.md", "We met in order to talk.\n") for i in range(4)]
    result = run_cli("check", *RULES, "--fix", "--jobs", "2", str(tmp_path))
    assert all(p.read_text(encoding="utf-8") == "We met to talk.\n" for p in paths)
    assert "fixed 4 findings in 4 files" in result.err


@pytest.mark.parametrize("mode", ["--fix", "--diff"])
def test_a_fix_run_gives_the_process_its_termination_handler_back(run_cli, tmp_path, mode):
    # A fix run lets SIGTERM unwind (no draft half-written); a process that calls the
    # command again (an editor's server, a test run) gets its own handler back, so that a
    # later run's worker pool still stops its workers with SIGTERM.
    import signal

    before = signal.getsignal(signal.SIGTERM)
    write(tmp_path, "d.md", "We met in order to talk.\n")
    run_cli("check", *RULES, mode, str(tmp_path))
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_parallel_fix_run_lets_its_workers_finish_instead_of_killing_them(run_cli, tmp_path, monkeypatch):
    # The workers of a fix run inherit its SIGTERM handler; a pool stopped with SIGTERM
    # while they waited for work could hang on the lock of its task queue. A run whose
    # results are all in closes the pool; SIGTERM is kept for a run stopped early.
    from multiprocessing.pool import Pool

    terminated = []
    real = Pool.terminate
    monkeypatch.setattr(Pool, "terminate", lambda pool: (terminated.append(pool), real(pool))[1])
    paths = [write(tmp_path, f"d{i}.md", "We met in order to talk.\n") for i in range(6)]
    result = run_cli("check", *RULES, "--fix", "--jobs", "2", str(tmp_path))
    assert all(p.read_text(encoding="utf-8") == "We met to talk.\n" for p in paths)
    assert "fixed 6 findings in 6 files" in result.err
    assert terminated == []


def test_a_parallel_run_stopped_early_stops_its_workers(tmp_path):
    from lintnews.engine.runner import Worker, results

    paths = [str(write(tmp_path, f"d{i}.md", "We met in order to talk.\n")) for i in range(6)]
    worker = Worker(None, True, {"packs": [PACK], "select": ["FXT"]}, "check", False)
    run = results(worker, paths, jobs=2)
    assert next(run)[0] == paths[0]
    pool_children = __import__("multiprocessing").active_children()
    assert pool_children
    run.close()  # the caller stops reading: the pool is terminated and joined
    assert not any(child.is_alive() for child in pool_children)


def test_unsafe_fixes_alone_is_a_usage_error(run_cli, tmp_path):
    draft = write(tmp_path, "draft.md", DRAFT)
    result = run_cli("check", *RULES, "--unsafe-fixes", str(draft))
    assert result.status == 2
    assert "--unsafe-fixes needs --fix" in result.err


def test_unwritable_file_is_an_error_not_a_crash(run_cli, tmp_path, monkeypatch):
    import errno

    import lintnews.text.reading

    def refuse(path, text, *rest):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(lintnews.text.reading, "write_atomic", refuse)
    draft = write(tmp_path, "draft.md", "We met in order to talk.\n")
    other = write(tmp_path, "other.md", "We met in order to talk.\n")
    result = run_cli("check", *RULES, "--fix", str(draft), str(other))
    assert result.status == 2
    assert result.err.count("cannot write the fixes: Read-only file system") == 2
    assert draft.read_text(encoding="utf-8") == "We met in order to talk.\n"
