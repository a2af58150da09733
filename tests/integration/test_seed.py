"""The seed draft (../shared/seed): hedging findings on the right lines and columns, in
every output format. Skips where ../shared is absent."""

from __future__ import annotations

import json


def test_seed_hedging_findings_in_every_format(shared, run_cli):
    draft = shared / "seed" / "draft.txt"
    lines = draft.read_text(encoding="utf-8").split("\n")
    data = json.loads(run_cli("check", str(draft), "--select", "hedging", "-f", "json", "--isolated").out)
    got = {(f["line"], f["code"]) for f in data["findings"]}
    assert {(3, "HDG001"), (5, "HDG003"), (5, "HDG002"), (5, "HDG004"), (7, "HDG002"), (9, "HDG003")} <= got
    for f in data["findings"]:
        line = lines[f["line"] - 1]
        assert f["end_line"] == f["line"]
        span = line[f["column"] - 1 : f["end_column"] - 1]
        assert span.lower() in f["message"].lower(), (span, f["message"])
    text = run_cli("check", str(draft), "--select", "hedging", "--isolated").lines[:-1]
    assert [t.split(": ")[0] for t in text] == [f"{draft}:{f['line']}:{f['column']}" for f in data["findings"]]
    sarif = json.loads(run_cli("check", str(draft), "--select", "hedging", "-f", "sarif", "--isolated").out)
    regions = [
        (r["locations"][0]["physicalLocation"]["region"]["startLine"], r["locations"][0]["physicalLocation"]["region"]["startColumn"])
        for r in sarif["runs"][0]["results"]
    ]
    assert regions == [(f["line"], f["column"]) for f in data["findings"]]
    github = run_cli("check", str(draft), "--select", "hedging", "-f", "github", "--isolated").lines
    assert len(github) == len(data["findings"])
