"""The example draft examples/hedging-and-garbled.md shows both families at work, and
its quoted, attributed and code lines stay quiet."""

from __future__ import annotations

from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hedging-and-garbled.md"


def test_example_draft(linter):
    text = EXAMPLE.read_text(encoding="utf-8")
    findings = linter.lint(text, select=["hedging", "garbled"], path=EXAMPLE.name)
    codes = {f.code for f in findings}
    assert {"HDG001", "HDG003", "HDG004", "GRB005", "GRB006", "GRB012", "GRB013"} <= codes
    lines = text.split("\n")
    flagged = {lines[f.line - 1] for f in findings}
    assert not any(line.startswith(("\"We may", ">", "Quoted search")) for line in flagged)
    assert not any("Lloyd's market said" in line for line in flagged)
