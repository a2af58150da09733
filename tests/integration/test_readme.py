"""The README's example output is what lintnews prints for the shipped example draft."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_example_output_is_current(run_cli, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n\$ lintnews check (\S+)\n(.*?)```", readme, re.S)
    assert block, "README has no example output block"
    target, shown = block.group(1), block.group(2)
    expected = [line for line in shown.splitlines() if line and line != "..."]
    monkeypatch.chdir(ROOT)
    result = run_cli("check", target)
    assert result.status == 1
    for line in expected:
        assert line in result.lines, f"README shows a line lintnews no longer prints:\n{line}"


def test_quick_start_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = re.search(r"## Quick start\n\n(?:<!--[^\n]*-->\n)?```sh\n(.*?)```", readme, re.S).group(1)
    commands = [line for line in quick.splitlines() if line.strip()]
    assert len(commands) == 2
    assert "lintnews check examples/" in commands[0] and "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
