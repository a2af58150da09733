"""Output formats: text, JSON, SARIF 2.1.0 (validated against its schema), GitHub annotations."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
DRAFT = "# Title\n\nThe drought **may partly** explain it.\n\nNeedless to say, prices rose.\n"


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_text_format(run_cli, draft):
    result = run_cli("check", str(draft), "--select", "HDG001,HDG003")
    assert result.status == 1
    assert result.lines[:2] == [
        f"{draft}:3:15: warning HDG001 [stacked-hedge] Stacked hedge 'may partly': keep one qualifier, or none if the fact is established",
        f"{draft}:5:1: warning HDG003 [throat-clearing] Throat-clearing: 'Needless to say' adds nothing; make the point directly",
    ]
    assert result.lines[2] == "2 findings in 1 file (2 warning)"


def test_json_format(run_cli, draft):
    result = run_cli("check", str(draft), "--select", "HDG001", "--format", "json")
    data = json.loads(result.out)
    assert data["version"] == 1 and data["errors"] == []
    (f,) = data["findings"]
    assert {k: f[k] for k in ("line", "column", "end_line", "end_column", "code", "name", "category", "severity")} == {
        "line": 3, "column": 15, "end_line": 3, "end_column": 25, "code": "HDG001",
        "name": "stacked-hedge", "category": "hedging", "severity": "warning",
    }
    assert f["path"] == str(draft) and "suggestion" in f


def test_sarif_is_valid_against_the_schema(run_cli, draft, tmp_path):
    missing = tmp_path / "missing.md"
    result = run_cli("check", str(draft), str(missing), "--format", "sarif", "--select", "hedging")
    assert result.status == 2
    log = json.loads(result.out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft7Validator(schema).validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"HDG001", "HDG003"}
    assert rules["HDG001"]["shortDescription"]["text"]
    assert all(r["properties"]["category"] == "hedging" for r in run["results"])
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 15)
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert "no such file" in notes[0]["message"]["text"]


def test_github_annotations(run_cli, draft):
    result = run_cli("check", str(draft), "--select", "HDG001", "--format", "github")
    assert result.lines == [
        f"::warning file={draft},line=3,col=15,endLine=3,endColumn=25,title=HDG001 stacked-hedge::"
        "Stacked hedge 'may partly': keep one qualifier, or none if the fact is established"
    ]


def test_every_format_reports_the_same_positions(run_cli, draft):
    text = run_cli("check", str(draft), "--select", "hedging").lines[:-1]
    data = json.loads(run_cli("check", str(draft), "--select", "hedging", "-f", "json").out)["findings"]
    assert [line.split(": ")[0] for line in text] == [f"{draft}:{f['line']}:{f['column']}" for f in data]
