"""The ``unless`` key of YAML rules: named sentence conditions that keep a rule quiet."""

from __future__ import annotations

import pytest

from lintnews.text.document import parse
from lintnews.kinds import ExistenceRule
from lintnews.kinds.base import SpecError
from lintnews.engine.pack_scanner import Scanner


def _rule(**extra):
    spec = {"code": "TST001", "name": "test-rule", "message": "found {match}", "tokens": ["may well"]}
    spec.update(extra)
    return ExistenceRule(spec, pack="test", category="hedging")


def _lint(rule, text):
    return [(f.code, f.line, f.column) for f in Scanner([rule]).run(parse(text, "d.md"))]


def test_unless_attributed_drops_hits_in_attributed_sentences():
    rule = _rule(unless=["attributed"])
    text = "The plan may well fail.\n\nThe plan may well fail, the minister said.\n"
    assert _lint(rule, text) == [("TST001", 1, 10)]


def test_without_unless_attributed_sentences_still_fire():
    text = "The plan may well fail, the minister said.\n"
    assert _lint(_rule(), text) == [("TST001", 1, 10)]


def test_unless_accepts_a_single_name():
    assert _rule(unless="attributed").unless == ("attributed",)


@pytest.mark.parametrize("value", [["nonsense"], [], 3])
def test_unless_rejects_unknown_or_malformed_conditions(value):
    with pytest.raises(SpecError) as err:
        _rule(unless=value)
    assert err.value.field == "unless"


def test_a_hit_inside_a_longer_hit_of_the_same_rule_is_dropped():
    spec = {"code": "TST003", "name": "test-nested", "message": "{match}",
            "tokens": ["time will tell", "only time will tell"]}
    rule = ExistenceRule(spec, pack="test", category="hedging")
    text = "Only time will tell. Time will tell.\n"
    assert _lint(rule, text) == [("TST003", 1, 1), ("TST003", 1, 22)]
