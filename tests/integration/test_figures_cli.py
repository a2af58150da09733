"""The figures rules end to end: the command line, the example files and the seed draft."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def test_seed_draft_range_is_flagged_against_the_example_facts(shared, run_cli):
    draft = shared / "seed" / "draft.txt"
    result = run_cli("check", str(draft), "--select", "figures", "--facts", str(EXAMPLES / "facts.yaml"))
    assert result.status == 1
    lines = [line for line in result.lines if "FIG" in line]
    assert any(":3:" in line and "FIG006" in line and "up to 100 km" in line and "300 km" in line for line in lines)
    assert any(":2:" in line and "FIG007" in line and "HIMARS missiles" in line for line in lines)
    assert len(lines) == 2


def test_example_draft_uses_the_example_config_and_facts(run_cli):
    result = run_cli("check", str(EXAMPLES / "inconsistent-figures.md"), "--select", "figures", "-f", "json")
    assert result.status == 1
    findings = json.loads(result.out)["findings"]
    assert sorted({f["code"] for f in findings}) == ["FIG001", "FIG002", "FIG003", "FIG004", "FIG005", "FIG006"]
    assert {f["category"] for f in findings} == {"figures"}
