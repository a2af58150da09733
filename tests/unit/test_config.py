"""Configuration discovery, validation and layering."""

from __future__ import annotations

from pathlib import Path

import pytest

from lintnews.engine.config import ConfigError, ConfigResolver, find_config_file, load_config_file
from lintnews.model import Severity


def test_discovery_walks_up_from_each_file(tmp_path):
    (tmp_path / ".lintnews.yaml").write_text("ignore: [hedging]\n")
    sub = tmp_path / "desk" / "politics"
    sub.mkdir(parents=True)
    assert find_config_file(sub) == tmp_path / ".lintnews.yaml"
    (sub / "pyproject.toml").write_text("[tool.lintnews]\nselect = ['HDG001']\n")
    assert find_config_file(sub) == sub / "pyproject.toml"
    (tmp_path / "desk" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config_file(tmp_path / "desk") == tmp_path / ".lintnews.yaml"
    resolver = ConfigResolver()
    assert resolver.settings_for(str(sub / "a.md")).select == ("HDG001",)
    assert resolver.settings_for(str(tmp_path / "desk" / "b.md")).ignore == ("hedging",)


def test_relative_paths_resolve_against_the_config_file(tmp_path):
    (tmp_path / ".lintnews.yaml").write_text("packs: [house.yaml]\nfacts: facts.yaml\nfail-on: error\ndate: 2026-03-03\n")
    s = load_config_file(tmp_path / ".lintnews.yaml")
    assert s.packs == (tmp_path / "house.yaml",)
    assert s.facts == tmp_path / "facts.yaml"
    assert s.fail_on is Severity.ERROR
    assert str(s.date) == "2026-03-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("selct: [HDG]\n", "unknown key 'selct'"),
        ("fail-on: fatal\n", "fail-on: unknown severity 'fatal'"),
        ("severity: {HDG001: loud}\n", "severity: HDG001: unknown severity 'loud'"),
        ("select: 3\n", "select: must be a list"),
        ("date: yesterday\n", "date: 'yesterday' is not a date"),
        ("overrides: [{paths: ['*.md'], colour: red}]\n", "overrides[1]: unknown key 'colour'"),
        ("overrides: [{ignore: [HDG]}]\n", "overrides[1]: 'paths' is required"),
        ("attribution: {people: [x]}\n", "attribution: must be a mapping"),
        ("- just\n- a list\n", "must be a mapping of keys"),
        ("select: [unclosed\n", "invalid YAML"),
    ],
)
def test_bad_config_is_one_line_naming_the_file(tmp_path, text, expected):
    path = tmp_path / ".lintnews.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert str(info.value).startswith(str(path))
    assert expected in str(info.value)
    assert "\n" not in str(info.value)


def test_per_path_overrides_apply_in_order(tmp_path):
    (tmp_path / ".lintnews.yaml").write_text(
        "ignore: [HDG005]\noverrides:\n"
        "  - paths: ['opinion/**']\n    ignore: [hedging]\n"
        "  - paths: ['*.txt']\n    severity: {HDG001: info}\n"
    )
    resolver = ConfigResolver()
    (tmp_path / "opinion").mkdir()
    op = resolver.settings_for(str(tmp_path / "opinion" / "col.md"))
    assert op.ignore == ("HDG005", "hedging")
    txt = resolver.settings_for(str(tmp_path / "note.txt"))
    assert txt.ignore == ("HDG005",) and txt.severity == {"HDG001": Severity.INFO}


def test_cli_options_win(tmp_path):
    (tmp_path / ".lintnews.yaml").write_text("select: [HDG001]\nignore: [HDG002]\nfail-on: error\n")
    s = ConfigResolver(cli={"select": ["hedging"], "ignore": ["HDG003"], "fail_on": Severity.INFO}).settings_for(
        str(tmp_path / "x.md")
    )
    assert s.select == ("hedging",)
    assert s.ignore == ("HDG002", "HDG003")
    assert s.fail_on is Severity.INFO


def test_isolated_ignores_config(tmp_path):
    (tmp_path / ".lintnews.yaml").write_text("select: [HDG001]\n")
    assert ConfigResolver(isolated=True).settings_for(str(tmp_path / "x.md")).select == ("ALL",)


def test_pyproject_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.lintnews]\nignore = ['claims']\nfail-on = 'info'\n")
    s = load_config_file(tmp_path / "pyproject.toml")
    assert s.ignore == ("claims",) and s.fail_on is Severity.INFO
    (tmp_path / "pyproject.toml").write_text("[tool.lintnews]\nnope = 1\n")
    with pytest.raises(ConfigError, match="unknown key 'nope'"):
        load_config_file(tmp_path / "pyproject.toml")
