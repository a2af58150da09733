"""Per-pattern ``replace`` in ``kind: pattern`` rules."""

from __future__ import annotations

import pytest

from lintnews.text.document import parse
from lintnews.kinds import PatternRule
from lintnews.kinds.base import SpecError
from lintnews.engine.pack_scanner import Scanner


def _rule(patterns, **extra):
    spec = {"code": "TST002", "name": "test-pattern", "message": "{match}: say {replacement}"}
    spec["patterns"] = patterns
    spec.update(extra)
    return PatternRule(spec, pack="test", category="garbled")


def test_each_pattern_can_carry_its_own_replacement():
    rule = _rule(
        [
            {"pattern": r"\bthe\s+(?P<flag>actual)\s+president\b", "replace": "current"},
            {"pattern": r"\b(?P<flag>sensible)\s+data\b", "replace": "sensitive"},
            r"\bplain\b",
        ],
        replace="default",
    )
    doc = parse("The actual president saw sensible data. A plain case.", "d.md")
    got = [(f.column, f.suggestion, f.message) for f in Scanner([rule]).run(doc)]
    assert got == [
        (5, "current", "actual: say current"),
        (26, "sensitive", "sensible: say sensitive"),
        (43, "default", "plain: say default"),
    ]


@pytest.mark.parametrize(
    "entry", [{"pattern": "x", "other": 1}, {"replace": "y"}, {"pattern": "x", "replace": 3}]
)
def test_malformed_pattern_entries_are_spec_errors(entry):
    with pytest.raises(SpecError) as err:
        _rule([entry])
    assert err.value.field == "patterns"
