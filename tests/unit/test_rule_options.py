"""Configuration reaches rules as an argument: contexts, rule options, the rule time limit.

A rule that sets ``context = True`` is called ``check(doc, context)``; any other rule
(every plugin written before contexts) ``check(doc)``. Options are declared on the rule
and set under ``rules:`` in the config; a wrong one is one line and exit status 2.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import textwrap

import pytest

import lintnews
from lintnews.engine.linter import Linter
from lintnews.engine.plugins import Plugins
from lintnews.rule import Context, Option, Rule
from lintnews.text.document import parse

# Two hedges in one sentence: under HDG005's default of three, at its limit when set to two.
TWO_HEDGES = "The levy may fail, and it could cost the port its ferry.\n"


class LongSentence(Rule):
    """What it flags: a sentence longer than ``max-words`` words.

    Why: long sentences lose readers.

    Instead: split it.

    Fix safety: no fix.
    """

    code = "TST001"
    name = "long-sentence"
    category = "style"
    summary = "A sentence longer than the limit."
    context = True
    options = {
        "max-words": Option(8, "Words a sentence may have.", minimum=1),
        "skip-headings": Option(True, "Leave headings alone."),
        "allow": Option(["Meanwhile"], "Sentences that start with these words are left alone."),
    }
    seen: list = []

    def check(self, doc, context):
        LongSentence.seen.append(context)
        limit = context.options["max-words"]
        for sentence in self.sentences(doc):
            if sentence.region.kind == "heading" and context.options["skip-headings"]:
                continue
            if sentence.text.split()[0] in context.options["allow"]:
                continue
            if len(sentence.text.split()) > limit:
                yield self.report(doc, sentence.region, sentence.start, sentence.end, f"over {limit} words")


class Legacy(Rule):
    """A rule written before contexts: ``check(self, doc)`` only."""

    code = "TST002"
    name = "legacy-rule"
    category = "style"
    summary = "Flags the word 'legacy'."

    def check(self, doc):
        for sentence in self.sentences(doc):
            at = sentence.text.find("legacy")
            if at >= 0:
                yield self.report(doc, sentence.region, sentence.start + at, sentence.start + at + 6, "legacy")


class _Plugin:
    @lintnews.hookimpl
    def lintnews_rules(self):
        return [LongSentence(), Legacy()]


@pytest.fixture(scope="module")
def engine():
    return Linter(Plugins(autoload=False, extra=[("tests", _Plugin())]))


def lint(engine, text, **config):
    from pathlib import Path

    from lintnews.engine.config import settings_from_mapping

    settings = settings_from_mapping({"select": ["TST", "LN"], **config}, "<test>", Path.cwd())
    return [(f.code, f.line, f.message) for f in engine.lint_text(text, "d.md", settings)]


LONG = "One two three four five six seven eight nine ten.\n"


def test_a_context_rule_gets_its_options_settings_facts_and_dates(engine, tmp_path):
    LongSentence.seen.clear()
    facts = tmp_path / "facts.yaml"
    facts.write_text("entities: {}\n")
    lint(engine, LONG, date="2026-03-03", facts=str(facts), rules={"TST001": {"max-words": 20}})
    (context,) = LongSentence.seen
    assert isinstance(context, Context)
    assert dict(context.options) == {"max-words": 20, "skip-headings": True, "allow": ("Meanwhile",)}
    assert context.settings.date == context.date == dt.date(2026, 3, 3)
    assert context.facts_paths[0].name == "facts.yaml"
    assert context.today == dt.date.today()
    assert context.options_of("HDG005")["sentence-hedges"] == 3


def test_options_change_findings_and_default_when_unset(engine):
    assert lint(engine, LONG) == [("TST001", 1, "over 8 words")]
    assert lint(engine, LONG, rules={"TST001": {"max-words": 10}}) == []
    assert lint(engine, LONG, rules={"long-sentence": {"max-words": 9}}) == [("TST001", 1, "over 9 words")]
    assert lint(engine, "Meanwhile " + LONG, rules={"TST001": {"allow": "Meanwhile"}}) == []
    assert lint(engine, "Meanwhile " + LONG, rules={"TST001": {"allow": []}}) == [("TST001", 1, "over 8 words")]


def test_a_legacy_rule_is_called_with_the_document_alone(engine):
    assert lint(engine, "A legacy of the war.\n") == [("TST002", 1, "legacy")]


def test_the_engine_writes_nothing_on_the_document(engine):
    doc = parse("A legacy of the war, one two three four five six seven.\n", "d.md")
    before = set(vars(doc))
    findings = engine.lint_document(doc)
    assert findings
    assert not hasattr(doc, "settings") and not hasattr(doc, "facts_paths")
    assert "settings" not in vars(doc) and "facts_paths" not in vars(doc)
    assert not {k for k in set(vars(doc)) - before if "setting" in k or "fact" in k or "option" in k}


def test_a_rule_that_reads_doc_settings_is_told_where_they_went(engine):
    class Old(Rule):
        code, name, category, summary = "TST003", "reads-settings", "style", "reads doc.settings"

        def check(self, doc):
            return iter([doc.settings])

    class OldPlugin:
        @lintnews.hookimpl
        def lintnews_rules(self):
            return [Old()]

    old = Linter(Plugins(autoload=False, extra=[("old", OldPlugin())]))
    (finding,) = [f for f in old.lint_text("Text.\n", "d.md", None) if f.code == "LN002"]
    assert "rule TST003" in finding.message and "context = True" in finding.message


@pytest.mark.parametrize(
    "rules, expected",
    [
        ({"TST001": {"max-word": 3}}, "rules: TST001 (long-sentence): unknown option 'max-word' (options: max-words, skip-headings, allow)"),
        ({"TST001": {"max-words": "ten"}}, "rules: TST001 (long-sentence): option 'max-words': must be a whole number of at least 1, not 'ten'"),
        ({"TST001": {"max-words": 0}}, "option 'max-words': must be a whole number of at least 1, not 0"),
        ({"TST001": {"max-words": True}}, "option 'max-words': must be a whole number"),
        ({"TST001": {"skip-headings": "no"}}, "option 'skip-headings': must be true or false, not 'no'"),
        ({"TST001": {"allow": [3]}}, "option 'allow': must be a list of strings"),
        ({"TST099": {"max-words": 3}}, "rules: unknown rule 'TST099'"),
        ({"TST002": {"max-words": 3}}, "rules: TST002 (legacy-rule): the rule has no options"),
    ],
)
def test_a_wrong_option_is_an_error_naming_the_rule_and_the_option(engine, rules, expected):
    with pytest.raises(lintnews.LintError) as info:
        lint(engine, LONG, rules=rules)
    assert expected in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith("<test>")


def test_option_declarations_are_checked():
    assert Option(3).type is int and Option(0.5).type is float and Option(["a"]).default == ("a",)
    assert Option(1, type=float).parse(2) == 2.0
    assert Option("fast", choices=["fast", "slow"]).parse("slow") == "slow"
    with pytest.raises(ValueError, match="one of 'fast', 'slow'"):
        Option("fast", choices=["fast", "slow"]).parse("medium")
    with pytest.raises(TypeError):
        Option({"a": 1})


def test_rule_declarations_are_validated_when_a_plugin_hands_them_over():
    from lintnews.rule import validate_rule

    class Bad(Rule):
        code, name, category, summary = "TST004", "bad-declarations", "style", "bad"
        context = "yes"
        options = {"Max_Words": Option(3), "limit": 3}

    assert validate_rule(Bad()) == [
        "context 'yes' is not True or False",
        "option 'Max_Words' is not kebab-case",
        "option 'limit' is not a lintnews.Option",
    ]
    assert validate_rule(LongSentence()) == []


def test_options_are_documented_with_the_rule():
    shown = LongSentence().describe()
    assert "Options (in the config: rules: {TST001: {option: value}}):" in shown
    assert "  max-words: 8  (a whole number of at least 1)\n      Words a sentence may have." in shown
    assert "  skip-headings: true  (true or false)" in shown and "  allow: [Meanwhile]  (a list of strings)" in shown


# --------------------------------------------------------------------------- the command line


def test_hedge_density_options_from_a_yaml_config_change_findings(run_cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(TWO_HEDGES)
    assert "HDG005" not in run_cli("check", str(draft), "--select", "HDG005,HDG006", cwd=tmp_path).out
    (tmp_path / ".lintnews.yaml").write_text("rules:\n  HDG005:\n    sentence-hedges: 2\n")
    result = run_cli("check", str(draft), "--select", "HDG005,HDG006", cwd=tmp_path)
    assert result.status == 1
    assert [line.split(": ")[1].split()[1] for line in result.lines if ": " in line and "HDG" in line] == ["HDG005"]


def test_rule_options_per_path_and_from_pyproject(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.lintnews.rules.hedge-density]\nsentence-hedges = 2\n\n"
        "[[tool.lintnews.overrides]]\npaths = ['opinion/**']\nrules = {HDG005 = {sentence-hedges = 5}}\n"
    )
    (tmp_path / "opinion").mkdir()
    (tmp_path / "news.md").write_text(TWO_HEDGES)
    (tmp_path / "opinion" / "column.md").write_text(TWO_HEDGES)
    result = run_cli("check", "news.md", "opinion/column.md", "--select", "HDG005", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.lines if "HDG005" in line] == ["news.md"]


@pytest.mark.parametrize(
    "config, expected",
    [
        ("rules:\n  HDG005:\n    sentence-hedge: 2\n",
         ".lintnews.yaml:3: rules: HDG005 (hedge-density): unknown option 'sentence-hedge' "
         "(options: sentence-hedges, paragraph-hedges, words-per-hedge)"),
        ("rules:\n  hedge-density: {sentence-hedges: three}\n",
         ".lintnews.yaml:2: rules: HDG005 (hedge-density): option 'sentence-hedges': "
         "must be a whole number of at least 2, not 'three'"),
        ("rules:\n  HDG999: {sentence-hedges: 2}\n", ".lintnews.yaml:2: rules: unknown rule 'HDG999'"),
        ("rules: [HDG005]\n", ".lintnews.yaml: rules: must map rule codes or names to their options"),
        ("rules: {HDG005: 2}\n", ".lintnews.yaml: rules: HDG005: must map option names to values"),
        ("rule-timeout: soon\n", ".lintnews.yaml: rule-timeout: must be a number of seconds"),
    ],
)
def test_a_bad_option_in_a_config_file_is_one_line_and_exit_2(run_cli, tmp_path, config, expected):
    (tmp_path / ".lintnews.yaml").write_text(config)
    (tmp_path / "draft.md").write_text(TWO_HEDGES)
    result = run_cli("check", "draft.md", cwd=tmp_path)
    assert result.status == 2
    (line,) = result.err.splitlines()
    assert line.startswith(f"lintnews: error: {tmp_path}{os.sep}{expected}")


# --------------------------------------------------------------------------- the time limit


class _Hang(Rule):
    code, name, category, summary = "HNG002", "hangs", "style", "never returns"

    def check(self, doc):
        import time

        while True:
            time.sleep(0.01)
        yield  # pragma: no cover


class _HangPlugin:
    @lintnews.hookimpl
    def lintnews_rules(self):
        return [_Hang()]


@pytest.mark.skipif(sys.platform == "win32", reason="time limits need SIGALRM")
def test_the_rule_time_limit_is_a_setting_and_the_environment_wins(monkeypatch):
    from pathlib import Path

    from lintnews.engine.config import settings_from_mapping

    monkeypatch.delenv("LINTNEWS_RULE_TIMEOUT", raising=False)
    settings = settings_from_mapping({"select": ["HNG", "LN"], "rule-timeout": 0.2}, "<test>", Path.cwd())
    engine = Linter(Plugins(autoload=False, extra=[("hanger", _HangPlugin())]))
    (stopped,) = engine.lint_text("Text.\n", "d.md", settings)
    assert stopped.code == "LN002" and "more than 0.2 s" in stopped.message
    monkeypatch.setenv("LINTNEWS_RULE_TIMEOUT", "0.3")
    engine = Linter(Plugins(autoload=False, extra=[("hanger", _HangPlugin())]))
    (stopped,) = engine.lint_text("Text.\n", "d.md", settings)
    assert "more than 0.3 s" in stopped.message


def test_a_bad_rule_timeout_in_the_environment_is_one_line(run_cli, monkeypatch, tmp_path):
    monkeypatch.setenv("LINTNEWS_RULE_TIMEOUT", "soon")
    (tmp_path / "draft.md").write_text("Text.\n")
    result = run_cli("check", "draft.md", cwd=tmp_path)
    assert result.status == 2
    assert result.err == "lintnews: error: LINTNEWS_RULE_TIMEOUT='soon': must be a number of seconds (0: no limit)\n"


def test_import_lintnews_is_cheap_and_reexports_the_public_types():
    import subprocess

    code = textwrap.dedent(
        """
        import sys, lintnews
        loaded = sorted(m for m in sys.modules if m.startswith("lintnews."))
        from lintnews import Settings, Finding, Severity, Rule, Option, Context, LintError, FixOutcome, FactsError
        import lintnews.model, lintnews.rule, lintnews.engine.config, lintnews.output.fixes
        assert Finding is lintnews.model.Finding and Rule is lintnews.rule.Rule
        assert LintError is lintnews.model.LintError and Settings is lintnews.engine.config.Settings
        assert FixOutcome is lintnews.output.fixes.FixOutcome and issubclass(FactsError, LintError)
        print(loaded)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
