"""When two garbled lexicons match one span, one rule reports it: the first in the order
false friends (GRB008), constructions (GRB017), eggcorns (GRB018), machine-translation
grammar (GRB019); GRB030 and GRB031 report only what none of them does. A rule left off
by the configuration does not silence the next one."""

from __future__ import annotations

import pytest

SLIPS = [
    "Police proceeded to the arrest of three men.",
    "The minister renounced to her post in March.",
    "The avalanche made three victims on Sunday.",
    "Fans got a sneak peak of the squad.",
    "The players said there own futures were uncertain.",
]


def _overlapping(findings):
    return [(a.code, b.code) for a in findings for b in findings
            if a is not b and a.code < b.code and a.offset < b.end_offset and b.offset < a.end_offset]


@pytest.mark.parametrize("text", SLIPS)
def test_one_span_one_finding(linter, text):
    findings = [f for f in linter.lint(text, select=["garbled"]) if f.code != "GRB001"]
    assert findings and _overlapping(findings) == []


def test_a_rule_left_off_does_not_silence_the_next():
    import lintnews

    text = "Police proceeded to the arrest of three men.\n"
    assert [f.code for f in lintnews.lint_text(text, "d.md", {"select": ["garbled"]})] == ["GRB008"]
    assert [f.code for f in lintnews.lint_text(text, "d.md", {"select": ["garbled"], "ignore": ["GRB008"]})] == ["GRB017"]
