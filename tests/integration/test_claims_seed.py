"""The claims rules on the seed draft in ../shared (skipped where it is absent)."""

from __future__ import annotations

import re

from lintnews.text.document import parse


def circled_claims(shared):
    """(line, phrase) for each row of ANNOTATIONS.md whose category mentions claims."""
    out = []
    for row in (shared / "seed" / "ANNOTATIONS.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].isdigit() and "claims" in cells[2]:
            out += [(int(cells[0]), p.strip("…. ").split("…")[0].strip()) for p in re.findall(r'"([^"]+)"', cells[1])]
    return out


def test_seed_draft_claims(shared, linter):
    text = (shared / "seed" / "draft.txt").read_text(encoding="utf-8")
    doc = parse(text, "draft.txt")
    findings = linter.lint(text, select=["claims", "CLM004"], path="draft.txt")
    lines = text.split("\n")

    def sentence_of(line, phrase):
        offset = sum(len(x) + 1 for x in lines[: line - 1]) + lines[line - 1].index(phrase)
        for region in doc.regions:
            for s in region.sentences:
                a, b = region.source_span(s.start, s.end)
                if a <= offset < b:
                    return a, b
        raise AssertionError(phrase)

    spans = [sentence_of(line, phrase) for line, phrase in circled_claims(shared)]
    caught = sum(any(a <= f.offset < b for f in findings) for a, b in spans)
    outside = [f for f in findings if not any(a <= f.offset < b for a, b in spans)]
    assert len(spans) >= 10
    # One circled claim ("can be seen as") is the hedging rules' (agentless perception).
    assert caught >= len(spans) - 1
    assert len(outside) <= 3, [(f.line, f.code, f.message) for f in outside]
