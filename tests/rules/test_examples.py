"""Every rule, built-in or from a pack, documents itself and passes its own examples.

``fail`` examples must give at least one finding of the rule; ``pass`` examples none.
Each example is linted alone, with only its rule selected. The packs shipped under
``examples/`` are held to the same standard as the built-in ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lintnews.engine.linter import Linter
from lintnews.engine.own_rules import EngineRule
from lintnews.kinds import BUILTIN_KINDS
from lintnews.engine.packs import load_pack, read_yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PACKS = sorted(
    p
    for p in (ROOT / "examples").rglob("*.y*ml")
    if "build" not in p.parts and isinstance(read_yaml(p), dict) and "pack" in read_yaml(p)
)

_RULES = [(r, None) for r in Linter(autoload=False).ruleset().rules if not isinstance(r, EngineRule)]
for _path in EXAMPLE_PACKS:
    _RULES += [(r, _path) for r in load_pack(_path, BUILTIN_KINDS).rules]


def _cases():
    for rule, pack in _RULES:
        for kind in ("fail", "pass"):
            for i, text in enumerate((rule.examples or {}).get(kind, [])):
                yield pytest.param(rule.code, pack, kind, text, id=f"{rule.code}-{kind}-{i}")


@pytest.mark.parametrize("code, pack, kind, text", list(_cases()))
def test_example(linter, code, pack, kind, text):
    extra = {"packs": [str(pack)]} if pack else {}
    findings = [f for f in linter.lint(text, select=[code], **extra) if f.code == code]
    if kind == "fail":
        assert findings, f"{code} should flag: {text}"
    else:
        assert not findings, f"{code} should not flag: {text}\n  got: {[f.message for f in findings]}"


@pytest.mark.parametrize("rule", [r for r, _ in _RULES], ids=lambda r: r.code)
def test_rule_is_documented_with_examples(rule):
    assert rule.summary and "\n" not in rule.summary.strip()
    assert rule.doc.strip(), f"{rule.code} has no doc"
    assert (rule.examples or {}).get("fail"), f"{rule.code} has no failing example"
    assert (rule.examples or {}).get("pass"), f"{rule.code} has no passing example"
    assert rule.category in ("claims", "figures", "hedging", "garbled", "style")


def test_codes_and_names_are_unique():
    codes = [r.code for r, _ in _RULES]
    names = [r.name for r, _ in _RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


def test_example_packs_are_found():
    assert {p.name for p in EXAMPLE_PACKS} >= {"house-style.yaml", "acme.yaml"}
