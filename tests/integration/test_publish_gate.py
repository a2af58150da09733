"""examples/publishing/publish-gate.sh, the worked example in docs/ci.md: a draft read
from standard input is blocked on errors and let through otherwise."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "publishing" / "publish-gate.sh"
PACK = Path(__file__).parent / "data" / "fixpack.yaml"


@pytest.fixture
def gate(tmp_path):
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    shutil.copy(PACK, tmp_path / "house.yaml")
    (tmp_path / ".lintnews.yaml").write_text("packs: [house.yaml]\nselect: [FXT]\n", encoding="utf-8")
    # The lintnews and python3 of this test run come first on PATH.
    env = dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    env.pop("LINTNEWS_REPORT", None)

    def run(draft: str, *args: str, **extra_env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["bash", str(SCRIPT), *args], input=draft, cwd=tmp_path, env={**env, **extra_env},
            capture_output=True, text=True, timeout=120,
        )

    return run, tmp_path


def test_a_draft_with_an_error_is_blocked(gate):
    run, tmp = gate
    result = run("# Vote\n\nIrregardless of the rain, we met in order to vote.\n", "drafts/1234.md",
                 LINTNEWS_REPORT=str(tmp / "report.json"))
    assert result.returncode == 1
    assert "publication of drafts/1234.md blocked" in result.stderr
    assert "line 3, column 1: FXT002 'Irregardless' is nonstandard" in result.stderr
    assert "FXT001" not in result.stderr  # warnings do not block and are not listed
    report = json.loads((tmp / "report.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in report["findings"]} == {"drafts/1234.md"}


def test_a_draft_with_only_warnings_may_be_published(gate):
    run, _ = gate
    result = run("We met in order to vote.\n", "drafts/1235.md")
    assert result.returncode == 0, result.stderr
    assert "no errors; publication may go ahead" in result.stderr


def test_an_input_lintnews_cannot_read_blocks_with_status_2(gate):
    run, tmp = gate
    (tmp / ".lintnews.yaml").write_text("selectt: [FXT]\n", encoding="utf-8")
    result = run("Fine.\n", "drafts/1236.md")
    assert result.returncode == 2
    assert "could not check all of drafts/1236.md" in result.stderr
