"""YAML rule packs: loading, validation errors that name file/line/rule/field, and kinds."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from lintnews.kinds import BUILTIN_KINDS
from lintnews.engine.packs import PackError, builtin_pack_paths, load_pack, load_packs

GOOD = """\
pack: house
prefix: HSE
category: style
source: written for the tests
rules:
  - code: HSE001
    name: f16-style
    kind: substitution
    message: "House style: '{replacement}', not '{match}'"
    swap: {F16s: F-16s, F16: F-16}
    ignorecase: false
    safe: true
    examples: {fail: ["It bought F16s."], pass: ["It bought F-16s."]}
  - code: HSE002
    name: no-very-unique
    kind: existence
    message: "'{match}' is redundant"
    tokens: ["very unique", "most unique"]
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_good_pack_loads(tmp_path):
    pack = load_pack(write(tmp_path, GOOD), BUILTIN_KINDS)
    assert (pack.name, pack.prefix, pack.category) == ("house", "HSE", "style")
    assert [r.code for r in pack.rules] == ["HSE001", "HSE002"]
    assert pack.rules[0].category == "style" and pack.rules[0].pack == "house"


def test_opt_in_pack_rule_runs_only_when_named(tmp_path, linter):
    path = write(tmp_path, GOOD.replace("    tokens:", "    opt-in: true\n    tokens:", 1))
    pack = load_pack(path, BUILTIN_KINDS)
    assert [r.opt_in for r in pack.rules] == [False, True]
    text = "It bought F16s. The idea is very unique."
    assert linter.codes(text, select=["house"], packs=[str(path)]) == ["HSE001"]
    assert linter.codes(text, select=["house", "HSE002"], packs=[str(path)]) == ["HSE001", "HSE002"]
    assert linter.codes(text, select=["no-very-unique"], packs=[str(path)]) == ["HSE002"]


def test_builtin_packs_load():
    packs = load_packs(builtin_pack_paths(), BUILTIN_KINDS)
    assert "hedging" in [p.name for p in packs]


@pytest.mark.parametrize(
    "mutation, expected",
    [
        (("kind: substitution", "kind: substitute"), ":6: rule HSE001: field 'kind': 'substitute' is not one of"),
        (("swap: {F16s: F-16s, F16: F-16}", "swap: []"), ":6: rule HSE001: field 'swap': must be a non-empty mapping"),
        (("code: HSE002", "code: XYZ002"), "rule XYZ002: field 'code': must start with the pack prefix 'HSE'"),
        (("code: HSE002", "code: HSE2"), "rule HSE2: field 'code': 'HSE2' must be 2-4 capitals and 3 digits"),
        (("name: no-very-unique", "name: No Very"), "field 'name': 'No Very' must be kebab-case"),
        (("    safe: true\n", "    safe: true\n    colour: red\n"), "rule HSE001: field 'colour': unknown key"),
        (("message: \"'{match}' is redundant\"", "message: \"'{matched}' is redundant\""), "field 'message': unknown placeholder {matched}"),
        (("code: HSE002", "code: HSE001"), "rule HSE001: 'HSE001' is already used on line 6"),
        (("category: style", "category: grammar"), "'category' 'grammar' is not one of"),
        (("prefix: HSE", "prefix: hse"), "'prefix' 'hse' must be 2-4 capital letters"),
        (("source: written", "sauce: written"), "unknown key 'sauce'"),
        (("tokens: [\"very unique\", \"most unique\"]", "tokens: [\"very unique\", 3]"), "field 'tokens': entry 3 is not a non-empty string"),
        (("    safe: true\n", "    severity: fatal\n"), "field 'severity': unknown severity 'fatal'"),
        (("    safe: true\n", "    opt-in: sometimes\n"), "rule HSE001: field 'opt-in': must be true or false, not 'sometimes'"),
    ],
)
def test_malformed_pack_names_file_line_rule_and_field(tmp_path, mutation, expected):
    old, new = mutation
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(PackError) as info:
        load_pack(path, BUILTIN_KINDS)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert expected in message
    assert "\n" not in message


def test_invalid_yaml_reports_line(tmp_path):
    path = write(tmp_path, "pack: x\nprefix: [unclosed\n")
    with pytest.raises(PackError) as info:
        load_pack(path, BUILTIN_KINDS)
    assert f"{path}:" in str(info.value) and "invalid YAML" in str(info.value)


def test_duplicate_yaml_keys_are_errors(tmp_path):
    path = write(tmp_path, GOOD.replace("pack: house\n", "pack: house\npack: again\n"))
    with pytest.raises(Exception, match="duplicate key 'pack'"):
        load_pack(path, BUILTIN_KINDS)


def test_bad_regex_and_catastrophic_regex_are_rejected(tmp_path):
    bad = GOOD.replace(
        "  - code: HSE002",
        "  - code: HSE003\n    name: bad-rx\n    kind: pattern\n    message: x\n    pattern: '(unclosed'\n  - code: HSE002",
    )
    with pytest.raises(PackError, match="field 'pattern': invalid regular expression"):
        load_pack(write(tmp_path, bad), BUILTIN_KINDS)
    slow = bad.replace("'(unclosed'", "'(a+)+$'")
    with pytest.raises(PackError, match="nests unbounded repetition"):
        load_pack(write(tmp_path, slow, "slow.yaml"), BUILTIN_KINDS)


def test_two_packs_with_one_prefix_is_an_error(tmp_path):
    a = write(tmp_path, GOOD, "a.yaml")
    b = write(tmp_path, GOOD.replace("pack: house", "pack: other"), "b.yaml")
    with pytest.raises(PackError, match="prefix 'HSE' is already used"):
        load_packs([a, b], BUILTIN_KINDS)


def test_reserved_prefix(tmp_path):
    with pytest.raises(PackError, match="reserved"):
        load_pack(write(tmp_path, GOOD.replace("prefix: HSE", "prefix: LN").replace("HSE0", "LN0")), BUILTIN_KINDS)


class TestKinds:
    def test_substitution_suggests_and_keeps_case(self, tmp_path, linter):
        pack = write(tmp_path, GOOD)
        findings = linter.lint("Ukraine asked for F16s and Abrams tanks.", select=["HSE001"], packs=[str(pack)])
        assert [(f.code, f.column, f.suggestion, f.fix.safe) for f in findings] == [("HSE001", 19, "F-16s", True)]
        assert findings[0].message == "House style: 'F-16s', not 'F16s'"

    def test_existence_matches_across_line_breaks_and_case(self, tmp_path, linter):
        pack = write(tmp_path, GOOD)
        findings = linter.lint("A Very\nUnique plan.", select=["HSE002"], packs=[str(pack)])
        assert [(f.line, f.column, f.end_line, f.end_column) for f in findings] == [(1, 3, 2, 7)]

    def test_pack_rules_stay_quiet_in_quotes_and_code(self, tmp_path, linter):
        pack = write(tmp_path, GOOD)
        text = 'He called it "very unique". `very unique` is code.\n\n```\nvery unique\n```\n'
        assert linter.lint(text, select=["HSE002"], packs=[str(pack)]) == []

    def test_quote_scope_opts_in(self, tmp_path, linter):
        pack = write(tmp_path, GOOD.replace("    tokens:", "    scope: [text, quote]\n    tokens:"))
        codes = linter.codes('He called it "very unique".', select=["HSE002"], packs=[str(pack)])
        assert codes == ["HSE002"]

    def test_exceptions_drop_overlapping_matches(self, tmp_path, linter):
        pack = write(tmp_path, GOOD.replace("    tokens:", "    exceptions: ['very unique selling']\n    tokens:"))
        assert linter.codes("A very unique selling point. A very unique plan.", select=["HSE002"], packs=[str(pack)]) == ["HSE002"]

    def test_density_counts_per_sentence(self, linter):
        text = "It may perhaps work and could possibly help. It may work."
        findings = linter.lint(text, select=["HDG005"])
        assert [(f.code, f.column) for f in findings] == [("HDG005", 4)]
        assert findings[0].message.startswith("4 hedges in one sentence")

    def test_pattern_flag_group_narrows_the_span(self, linter):
        findings = linter.lint("The move can be seen as a provocation.", select=["HDG002"])
        assert [(f.column, f.end_column) for f in findings] == [(10, 24)]
