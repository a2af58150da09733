"""The pre-commit hooks (.pre-commit-hooks.yaml), run by the real ``pre-commit``.

A temporary newsroom repository gets a ``.pre-commit-config.yaml`` that points at a
snapshot of this repository (committed working tree), exactly as users write it
(``repos: - repo: ... hooks: - id: lintnews``). pre-commit clones the snapshot and
pip-installs lintnews into its own environment, once for the whole module; the rule
pack is the test pack, so the result does not depend on the built-in rules.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PACK = Path(__file__).parent / "data" / "fixpack.yaml"

BAD = "# Council\n\nThe council met in order to vote.\n\nIrregardless, the budget passed.\n"
CLEAN = "# Council\n\nThe council met to vote. The budget passed.\n"


def _git(*args: str, cwd: Path) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="lintnews tests", GIT_AUTHOR_EMAIL="tests@example.org",
               GIT_COMMITTER_NAME="lintnews tests", GIT_COMMITTER_EMAIL="tests@example.org")
    done = subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def _snapshot(dest: Path) -> str:
    """Copy this repository's working tree (tracked and untracked, not ignored) to *dest*
    and commit it there; returns the commit."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.decode("utf-8")
    for rel in filter(None, listing.split("\0")):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    _git("init", "-q", cwd=dest)
    _git("add", "-A", cwd=dest)
    _git("commit", "-q", "-m", "snapshot", cwd=dest)
    return _git("rev-parse", "HEAD", cwd=dest)


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    """A git repository of drafts whose pre-commit config uses both lintnews hooks."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if subprocess.run(["git", "rev-parse"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.skip("not running from a git checkout of lintnews")
    base = tmp_path_factory.mktemp("precommit")
    source = base / "lintnews-src"
    source.mkdir()
    rev = _snapshot(source)
    repo = base / "newsroom"
    repo.mkdir()
    shutil.copy(PACK, repo / "house.yaml")
    (repo / ".lintnews.yaml").write_text("packs: [house.yaml]\nselect: [FXT]\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {source.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: lintnews\n"
        "      - id: lintnews-fix\n"
        "        stages: [manual]\n",
        encoding="utf-8",
    )
    (repo / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "clean.md").write_text(CLEAN, encoding="utf-8")
    (repo / "notes.txt").write_text("We utilise the archive.\n", encoding="utf-8")
    (repo / "script.py").write_text("# in order to\n", encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "drafts", cwd=repo)
    env = dict(os.environ, PRE_COMMIT_HOME=str(base / "cache"), PRE_COMMIT_COLOR="never")
    env.pop("VIRTUAL_ENV", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env,
            capture_output=True, text=True, timeout=300,
        )

    return repo, run


def test_a_bad_draft_fails_the_hook_with_path_line_col(newsroom):
    repo, run = newsroom
    result = run("run", "lintnews", "--files", "bad.md", "clean.md")
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "lintnews" in out and "Failed" in out
    assert "bad.md:3:17: warning FXT001 [wordy-phrase]" in out
    assert "bad.md:5:1: error FXT002 [nonstandard-word]" in out
    assert "clean.md:" not in out


def test_a_clean_draft_passes(newsroom):
    repo, run = newsroom
    result = run("run", "lintnews", "--files", "clean.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_plain_text_is_linted_and_other_files_are_not(newsroom):
    repo, run = newsroom
    result = run("run", "lintnews", "--all-files")
    assert result.returncode == 1
    assert "notes.txt:1:4: warning FXT001" in result.stdout
    assert "script.py" not in result.stdout


def test_the_fix_hook_rewrites_drafts_and_then_passes(newsroom):
    repo, run = newsroom
    first = run("run", "--hook-stage", "manual", "lintnews-fix", "--files", "notes.txt")
    assert first.returncode == 1  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in first.stdout
    assert (repo / "notes.txt").read_text(encoding="utf-8") == "We use the archive.\n"
    second = run("run", "--hook-stage", "manual", "lintnews-fix", "--files", "notes.txt")
    assert second.returncode == 0, second.stdout



def test_a_passing_hook_shows_its_warnings_only_with_verbose(newsroom):
    """docs/pre-commit.md: with --fail-on error a draft with only warnings passes, and
    pre-commit prints a passing hook's output only when the hook says verbose: true."""
    repo, run = newsroom
    (repo / "warned.md").write_text("# Council\n\nThe council met in order to vote.\n", encoding="utf-8")
    _git("add", "warned.md", cwd=repo)
    _git("commit", "-q", "-m", "a draft with a warning", cwd=repo)
    config = (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    hook = "      - id: lintnews\n"
    for name, extra in (("quiet", ""), ("verbose", "        verbose: true\n")):
        (repo / f"{name}.yaml").write_text(
            config.replace(hook, hook + "        args: [--fail-on, error]\n" + extra), encoding="utf-8"
        )
    quiet = run("run", "-c", "quiet.yaml", "lintnews", "--files", "warned.md")
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
    assert "Passed" in quiet.stdout and "FXT001" not in quiet.stdout
    loud = run("run", "-c", "verbose.yaml", "lintnews", "--files", "warned.md")
    assert loud.returncode == 0, loud.stdout + loud.stderr
    assert "warned.md:3:17: warning FXT001 [wordy-phrase]" in loud.stdout
