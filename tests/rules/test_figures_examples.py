"""Every figures rule's own examples: each "fail" example fires the rule, each "pass"
example does not (the rule documentation shows these to users)."""

import pytest

from lintnews.rules import builtin_rules

RULES = [r for r in builtin_rules() if r.category == "figures"]
CASES = [(r.code, kind, text) for r in RULES for kind in ("fail", "pass") for text in r.examples.get(kind, [])]


def test_every_figures_rule_has_examples():
    assert len(RULES) == 12
    for rule in RULES:
        assert rule.examples.get("fail") and rule.examples.get("pass"), rule.code


@pytest.mark.parametrize("code,kind,text", CASES, ids=[f"{c}-{k}-{i}" for i, (c, k, _) in enumerate(CASES)])
def test_example(linter, code, kind, text):
    codes = linter.codes(text, select=[code])
    if kind == "fail":
        assert code in codes, text
    else:
        assert codes == [], text
