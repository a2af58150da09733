"""docs/json-output.schema.json describes what ``--format json`` really prints."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "json-output.schema.json").read_text(encoding="utf-8"))
PACK = str(ROOT / "tests" / "integration" / "data" / "fixpack.yaml")
RULES = ("--pack", PACK, "--select", "FXT", "--isolated")


def validate(report: dict) -> None:
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(report)


def test_the_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.fixture
def report(run_cli, tmp_path):
    (tmp_path / "bad.md").write_text(
        "# Notes\n\nWe met in order to talk. Irregardless, it was impactful.\n", encoding="utf-8"
    )
    (tmp_path / "clean.txt").write_text("Nothing to see.\n", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    result = run_cli("check", *RULES, "--format", "json", "bad.md", "clean.txt", "binary.md", cwd=tmp_path)
    assert result.status == 2
    return json.loads(result.out)


def test_real_output_validates(report):
    validate(report)
    # The run covers every shape: a safe fix, an unsafe fix, advice only, and an error.
    fixes = [f["fix"] for f in report["findings"]]
    assert None in fixes
    assert {fix["safe"] for fix in fixes if fix} == {True, False}
    assert [e["path"] for e in report["errors"]] == ["binary.md"]


def test_the_schema_lists_every_field_lintnews_writes(report):
    # Readers may ignore unknown fields, but lintnews must document every one it writes.
    finding_fields = set(SCHEMA["$defs"]["finding"]["properties"])
    for finding in report["findings"]:
        assert set(finding) == finding_fields
    assert set(report) == set(SCHEMA["properties"])
    assert set(report["errors"][0]) == set(SCHEMA["properties"]["errors"]["items"]["properties"])


def test_standard_input_output_validates(run_cli):
    result = run_cli(
        "check", *RULES, "--format", "json", "--stdin-filename", "story.md", stdin="We met in order to talk.\n"
    )
    report = json.loads(result.out)
    validate(report)
    assert [f["path"] for f in report["findings"]] == ["story.md", "story.md"]


def test_fix_offsets_point_at_the_flagged_text(run_cli, tmp_path):
    text = "Émoji 🎉 first, then: we met in order to talk.\n"
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    report = json.loads(run_cli("check", *RULES, "--format", "json", "d.md", cwd=tmp_path).out)
    validate(report)
    first = report["findings"][0]
    edit = first["fix"]["edits"][0]
    assert text[edit["start"] : edit["end"]] == "in order to"
    line = text.splitlines()[first["line"] - 1]
    assert line[first["column"] - 1 : first["end_column"] - 1] == "in order to"


def test_finding_offsets_are_character_offsets_of_the_flagged_text(run_cli, tmp_path):
    text = "Fans 🎉 cheered.\n\nThen: we met in order to talk.\n"
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    report = json.loads(run_cli("check", *RULES, "--format", "json", "d.md", cwd=tmp_path).out)
    (finding,) = [f for f in report["findings"] if f["code"] == "FXT001"]
    assert text[finding["offset"] : finding["end_offset"]] == "in order to"
    assert "offset" in SCHEMA["$defs"]["finding"]["properties"]


def test_invalid_output_is_rejected():
    bad = {"version": 1, "tool": {"name": "lintnews", "version": "0"}, "findings": [{"path": "x"}], "errors": []}
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)
