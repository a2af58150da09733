"""Every rule, built-in or from a pack, documents itself and passes its own examples.

``fail`` examples must give at least one finding of the rule; ``pass`` examples none.
Each example is linted alone, with only its rule selected.
"""

from __future__ import annotations

import pytest

from lintnews.engine import Linter
from lintnews.engine_rules import EngineRule

_RULES = [r for r in Linter(autoload=False).ruleset().rules if not isinstance(r, EngineRule)]


def _cases():
    for rule in _RULES:
        for kind in ("fail", "pass"):
            for i, text in enumerate((rule.examples or {}).get(kind, [])):
                yield pytest.param(rule.code, kind, text, id=f"{rule.code}-{kind}-{i}")


@pytest.mark.parametrize("code, kind, text", list(_cases()))
def test_example(linter, code, kind, text):
    findings = [f for f in linter.lint(text, select=[code]) if f.code == code]
    if kind == "fail":
        assert findings, f"{code} should flag: {text}"
    else:
        assert not findings, f"{code} should not flag: {text}\n  got: {[f.message for f in findings]}"


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.code)
def test_rule_is_documented_with_examples(rule):
    assert rule.summary and "\n" not in rule.summary.strip()
    assert rule.doc.strip(), f"{rule.code} has no doc"
    assert (rule.examples or {}).get("fail"), f"{rule.code} has no failing example"
    assert (rule.examples or {}).get("pass"), f"{rule.code} has no passing example"
    assert rule.category in ("claims", "figures", "hedging", "garbled", "style")


def test_codes_and_names_are_unique():
    codes = [r.code for r in _RULES]
    names = [r.name for r in _RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))
