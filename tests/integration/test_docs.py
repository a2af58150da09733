"""The documentation tells the truth: docs/rules.md is what the rules say about
themselves, and the worked example of docs/plugins.md runs as the page says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import lintnews
from lintnews.engine.config import Settings, load_config_file
from lintnews.engine.linter import Linter
from lintnews.engine.plugins import Plugins
from lintnews.rule import validate_rule

ROOT = Path(__file__).resolve().parents[2]
REGENERATE = "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD=1 lintnews rules --format markdown > docs/rules.md"


def test_rules_page_is_generated_from_the_rules(run_cli, monkeypatch):
    monkeypatch.setenv("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = run_cli("rules", "--format", "markdown", cwd=ROOT)
    assert result.status == 0
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert REGENERATE in " ".join(page.split())  # the page says how to regenerate it
    assert result.out == page, f"docs/rules.md is out of date; regenerate it from the repository root: {REGENERATE}"


def _block(page: str, lang: str, holding: str) -> str:
    blocks = [b for b in re.findall(rf"```{lang}\n(.*?)```", page, re.S) if holding in b]
    assert len(blocks) == 1, f"expected one {lang} block holding {holding!r}"
    return blocks[0]


@pytest.fixture(scope="module")
def worked_example():
    page = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    namespace = {"__name__": "lintnews_acme.sentence_length"}
    exec(compile(_block(page, "python", "class LongSentence(Rule)"), "docs/plugins.md", "exec"), namespace)
    rule = namespace["LongSentence"]()

    class Plugin:
        @lintnews.hookimpl
        def lintnews_rules(self):
            return [rule]

    return page, rule, Linter(Plugins(autoload=False, extra=[("acme", Plugin())]))


def test_worked_example_rule_is_valid_and_documented(worked_example):
    _, rule, _ = worked_example
    assert validate_rule(rule) == []
    assert rule.context is True and rule.doc.startswith("What it flags:")
    shown = rule.describe()
    assert "Fix safety: no fix" in shown and "  max-words: 35  (a whole number of at least 1)" in shown


def test_worked_example_option_set_in_yaml_changes_findings(worked_example, tmp_path):
    page, rule, engine = worked_example
    config = tmp_path / ".lintnews.yaml"
    config.write_text(_block(page, "yaml", "long-sentence:"))
    select = ("ACH002",)
    house = Settings(select=select)
    desk = load_config_file(config).replace(select=select)
    thirty = " ".join(["word"] * 29) + " end."
    assert [f.code for f in engine.lint_text(thirty, "d.md", house)] == []
    (finding,) = engine.lint_text(thirty, "d.md", desk)
    assert finding.message == "30 words; the house limit is 25"
    for text in rule.examples["fail"]:
        assert [f.code for f in engine.lint_text(text, "d.md", house)] == ["ACH002"]
    for text in rule.examples["pass"]:
        assert engine.lint_text(text, "d.md", house) == []


def test_worked_example_error_line_is_the_one_lintnews_prints(worked_example, tmp_path, monkeypatch):
    page, _, engine = worked_example
    shown = re.search(r"lintnews: error: (\.lintnews\.yaml:.*)", page).group(1)
    (tmp_path / ".lintnews.yaml").write_text("rules:\n  ACH002:\n    max-words: twenty\n")
    monkeypatch.chdir(tmp_path)
    settings = load_config_file(Path(".lintnews.yaml"))
    with pytest.raises(lintnews.LintError) as info:
        engine.lint_text("Text.", "d.md", settings)
    assert str(info.value) == shown


def test_configuration_page_examples_are_accepted_and_its_error_line_is_real(run_cli, tmp_path):
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    section = page[page.index("## Rule options") :]
    yaml_block = _block(section, "yaml", "sentence-hedges: 4")
    (tmp_path / ".lintnews.yaml").write_text(yaml_block.replace("  acme-long-sentence: {max-words: 25}   # a plugin's rule, by name\n", ""))
    (tmp_path / "draft.md").write_text("The plan may fail.\n")
    assert run_cli("check", "draft.md", cwd=tmp_path).status in (0, 1)
    (tmp_path / ".lintnews.yaml").unlink()
    (tmp_path / "pyproject.toml").write_text(_block(section, "toml", "[tool.lintnews.rules.HDG005]"))
    assert run_cli("check", "draft.md", cwd=tmp_path).status in (0, 1)
    (tmp_path / "pyproject.toml").unlink()
    shown = re.search(r"lintnews: error: (\.lintnews\.yaml:.*)", section).group(1)
    (tmp_path / ".lintnews.yaml").write_text("rules:\n  HDG005:\n    sentence-hedge: 4\n")
    result = run_cli("check", "draft.md", cwd=tmp_path)
    assert result.status == 2 and result.err == f"lintnews: error: {tmp_path / shown}\n"
