"""Every claims rule's documented examples behave as documented, and each is documented."""

from __future__ import annotations

import pytest

from lintnews.rules import builtin_rules

CLAIM_RULES = [r for r in builtin_rules() if r.code.startswith("CLM")]


def test_the_family_is_complete():
    assert [r.code for r in sorted(CLAIM_RULES, key=lambda r: r.code)] == [f"CLM00{i}" for i in range(1, 10)] + ["CLM010"]
    assert all(r.category == "claims" for r in CLAIM_RULES)
    assert any("vague-source" in r.name for r in CLAIM_RULES)


@pytest.mark.parametrize("rule", CLAIM_RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    assert rule.summary and rule.doc
    for section in ("What it flags:", "Why:", "Instead:"):
        assert section in rule.doc
    assert rule.examples.get("fail") and rule.examples.get("pass")


@pytest.mark.parametrize(
    "rule, sentence",
    [(r, s) for r in CLAIM_RULES for s in r.examples["fail"]],
    ids=lambda x: getattr(x, "code", None) or x[:40],
)
def test_fail_examples_fire(linter, rule, sentence):
    assert [f.code for f in linter.lint(sentence, select=[rule.code])] == [rule.code]


@pytest.mark.parametrize(
    "rule, sentence",
    [(r, s) for r in CLAIM_RULES for s in r.examples["pass"]],
    ids=lambda x: getattr(x, "code", None) or x[:40],
)
def test_pass_examples_are_quiet(linter, rule, sentence):
    assert linter.lint(sentence, select=[rule.code]) == []
