"""Every shell command and Python block in the docs (and the README) runs as written.

A block that cannot run here (it needs the CMS, the network, research-only data, or is one
module of a plugin package tested elsewhere) carries the explicit marker
``<!-- illustrative: why -->`` on the line before it. Runnable blocks run in a scratch
workspace holding a few drafts: shell lines and ``$`` commands with the lintnews of this
checkout on ``PATH`` (status 0 or 1, never a traceback; a console block's output lines must
appear), Python blocks as scripts (status 0).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNNABLE = ("sh", "bash", "console", "python")
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
_MARK = re.compile(r"<!-- illustrative: ([^>]*\S) -->\n$")


class Block(NamedTuple):
    file: str
    line: int
    lang: str
    code: str
    illustrative: str  # the reason, or "" for a block that runs

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def blocks() -> List[Block]:
    found = []
    files = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]
    for path in files:
        if path.name == "rules.md":  # generated from the rules' own docs (text blocks only)
            continue
        text = path.read_text(encoding="utf-8")
        for m in _FENCE.finditer(text):
            if m.group(1) not in RUNNABLE:
                continue
            before = text[: m.start()]
            mark = _MARK.search(before[-400:])
            found.append(
                Block(str(path.relative_to(ROOT)), before.count("\n") + 1, m.group(1), m.group(2), mark.group(1) if mark else "")
            )
    return found


ALL = blocks()
RUN = [b for b in ALL if not b.illustrative]


def test_every_block_runs_or_says_why_not():
    assert len(RUN) >= 8
    for block in ALL:
        if block.illustrative:
            assert len(block.illustrative.split()) >= 3, f"{block}: say why the block cannot run"
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    assert text.count("<!-- illustrative:") == sum(1 for b in ALL if b.illustrative and b.file.startswith("docs/"))


def test_the_publish_gate_in_the_docs_is_the_example_script():
    (block,) = [b for b in ALL if b.lang == "bash" and b.file == "docs/ci.md"]
    script = (ROOT / "examples" / "publishing" / "publish-gate.sh").read_text(encoding="utf-8").splitlines()
    body = [line for line in script if not line.startswith("#") or line.startswith("#!")]
    assert [line for line in block.code.splitlines() if not line.startswith("# ")] == body


# --------------------------------------------------------------------------- running them

COUNCIL = "# Council\n\nThe council cut the budget in one foul swoop.\n"
DRAFT = "# Budget\n\nThe drought **may partly** explain it. Prices will rise next year.\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A folder with what the docs' commands name: drafts, news, a story, an archive."""
    root = tmp_path_factory.mktemp("docs-workspace")
    shutil.copytree(ROOT / "examples", root / "examples", ignore=shutil.ignore_patterns("build", "*.egg-info"))
    shutil.copytree(ROOT / "docs", root / "docs")
    (root / "news").mkdir()
    (root / "news" / "council.md").write_text(COUNCIL, encoding="utf-8")
    (root / "drafts").mkdir()
    for name in ("a.md", "b.txt"):
        (root / "drafts" / name).write_text(DRAFT, encoding="utf-8")
    for name in ("draft.md", "story.md"):
        (root / name).write_text(DRAFT, encoding="utf-8")
    (root / "archive").mkdir()
    with open(root / "archive" / "part-0.jsonl", "w", encoding="utf-8") as fh:
        for i in range(6):
            fh.write(json.dumps({"id": i, "body": DRAFT}) + "\n")
    report = subprocess.run(_lintnews() + ["check", "--format", "json", "drafts"], cwd=root, capture_output=True, text=True)
    (root / "report.json").write_text(report.stdout, encoding="utf-8")
    return root


def _lintnews() -> List[str]:
    return [sys.executable, "-m", "lintnews"]


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    return env


def _commands(block: Block) -> List[str]:
    """The shell lines of a block (continuations joined, a trailing comment dropped)."""
    lines, current = [], ""
    for raw in block.code.splitlines():
        if block.lang == "console":
            if not raw.startswith("$ "):
                continue
            raw = raw[2:]
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        current += raw.rstrip("\\") + (" " if raw.endswith("\\") else "")
        if not raw.endswith("\\"):
            lines.append(re.sub(r"\s+#\s.*$", "", current))
            current = ""
    return lines


@pytest.mark.slow
@pytest.mark.parametrize("block", RUN, ids=str)
def test_docs_block_runs(block, workspace, tmp_path):
    if block.lang == "python":
        script = tmp_path / "block.py"
        script.write_text(block.code, encoding="utf-8")
        result = subprocess.run([sys.executable, str(script)], cwd=workspace, capture_output=True, text=True, env=_env(), timeout=600)
        assert result.returncode == 0, f"{block}: {result.stderr[-3000:]}"
        return
    for command in _commands(block):
        result = subprocess.run(["bash", "-c", command], cwd=workspace, capture_output=True, text=True, env=_env(), timeout=600)
        output = result.stdout + result.stderr
        assert result.returncode in (0, 1), f"{block}: {command!r} exited {result.returncode}:\n{output[-3000:]}"
        assert "Traceback" not in output, f"{block}: {command!r}:\n{output[-3000:]}"
        if block.lang == "console":
            shown = block.code.split("$ " + command, 1)[1].split("\n$ ", 1)[0]
            for line in shown.strip("\n").splitlines():
                if line and line != "...":
                    assert line in output.splitlines(), f"{block}: {command!r} no longer prints {line!r}"
        # a --fix in the docs rewrites the workspace's drafts: put them back for the next line
        (workspace / "news" / "council.md").write_text(COUNCIL, encoding="utf-8")
