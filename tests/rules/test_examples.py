"""Every rule, built-in or from a pack, documents itself and passes its own examples.

``fail`` examples must give at least one finding of the rule; ``pass`` examples none.
Each example is linted alone, with only its rule selected (lintnews's own ``LN`` rules,
which report on other rules' findings, with every rule selected). The packs shipped
under ``examples/`` are held to the same standard as the built-in ones. A Python rule's
documentation is its class docstring, in the sections of ``lintnews.rule.DOC_SECTIONS``.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from lintnews.engine.linter import Linter
from lintnews.engine.own_rules import EngineRule
from lintnews.kinds import BUILTIN_KINDS
from lintnews.kinds.base import PackRule
from lintnews.engine.packs import load_pack, read_yaml
from lintnews.rule import DOC_SECTIONS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PACKS = sorted(
    p
    for p in (ROOT / "examples").rglob("*.y*ml")
    if "build" not in p.parts and isinstance(read_yaml(p), dict) and "pack" in read_yaml(p)
)

_BUILTIN = Linter(autoload=False).ruleset().rules
_RULES = [(r, None) for r in _BUILTIN if not isinstance(r, EngineRule) or r.examples]
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
    select = ["ALL"] if code.startswith("LN") else [code]
    findings = [f for f in linter.lint(text, select=select, **extra) if f.code == code]
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
    assert rule.category in ("claims", "figures", "hedging", "garbled", "style", "engine")


PYTHON_RULES = [r for r in _BUILTIN if not isinstance(r, PackRule)]


@pytest.mark.parametrize("rule", PYTHON_RULES, ids=lambda r: r.code)
def test_python_rule_is_documented_by_its_docstring_in_every_section(rule):
    assert rule.doc == inspect.cleandoc(type(rule).__doc__ or ""), f"{rule.code}: doc is not the class docstring"
    titles = [t for t in DOC_SECTIONS if t != "Example"]
    at = [re.search(rf"^{t}:", rule.doc, re.M) for t in titles]
    missing = [t for t, m in zip(titles, at) if m is None]
    assert not missing, f"{rule.code}'s docstring has no section {missing}"
    assert [m.start() for m in at] == sorted(m.start() for m in at), f"{rule.code}: sections out of order"
    shown = rule.describe()
    order = [shown.index(f"\n{t}:") for t in DOC_SECTIONS if t != "Example" or rule.examples]
    assert order == sorted(order), f"{rule.code}: lintnews rule shows the sections out of order"


@pytest.mark.parametrize("rule", _BUILTIN, ids=lambda r: r.code)
def test_every_builtin_rule_shows_every_section_in_order(rule):
    shown = rule.describe()
    titles = [t for t in DOC_SECTIONS if t != "Example" or rule.code != "LN002"]
    at = [shown.find(f"\n{t}:") for t in titles]
    assert -1 not in at, f"{rule.code} shows no {titles[at.index(-1)]} section"
    assert at == sorted(at), f"{rule.code}: sections out of order"


@pytest.mark.parametrize("rule", PYTHON_RULES, ids=lambda r: r.code)
def test_python_rule_has_firing_and_quiet_examples(rule):
    if rule.code == "LN002":
        pytest.skip("LN002 reports a plugin that failed: no draft text makes it fire")
    assert rule.examples.get("fail") and rule.examples.get("pass"), rule.code


def test_codes_and_names_are_unique():
    codes = [r.code for r, _ in _RULES]
    names = [r.name for r, _ in _RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


def test_example_packs_are_found():
    assert {p.name for p in EXAMPLE_PACKS} >= {"house-style.yaml", "acme.yaml"}
