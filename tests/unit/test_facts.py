"""The reference-facts file: format, validation, caching and where facts come from."""

import os
import textwrap

import pytest

from lintnews import hookimpl
from lintnews.engine.config import Settings
from lintnews.engine.linter import Linter
from lintnews.analysis.figures.facts import FactsError, load_file, parse_facts
from lintnews.engine.plugins import Plugins

GOOD = """\
entities:
  ATACMS:
    aliases: ["Army Tactical Missile System"]
    is-a: missile
    facts:
      range: {value: 300, unit: km, tolerance: 0.1}
exchange-rates:
  base: USD
  rates: {GBP: 1.25}
"""


def write(tmp_path, text, name="facts.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_parses_entities_facts_and_rates(tmp_path):
    facts = load_file(write(tmp_path, GOOD))
    atacms = facts.entities["ATACMS"]
    fact = atacms.facts["range"]
    assert (fact.value, fact.unit.key, fact.tolerance, fact.dim) == (300, "km", 0.1, "length")
    assert fact.interval() == pytest.approx((270000, 330000))
    assert "range" in fact.words and "reach" in fact.words
    assert facts.rates.convert(10, "GBP", "USD") == pytest.approx(12.5)
    assert [e.name for _, _, e in facts.mentions("The Army Tactical Missile System and ATACMS")] == ["ATACMS"] * 2


@pytest.mark.parametrize(
    "text,message",
    [
        ("entities:\n  ATACMS:\n    facts:\n      range: {value: 300, unit: kmz}\n",
         "facts.yaml:4: entity 'ATACMS': field 'facts.range.unit': unknown unit 'kmz'"),
        ("entities:\n  ATACMS:\n    facts:\n      range: {value: three hundred, unit: km}\n",
         "entity 'ATACMS': field 'facts.range.value': must be a number, not 'three hundred'"),
        ("entities:\n  ATACMS:\n    facts:\n      range: {value: 300, unit: km, tolerance: 10}\n",
         "entity 'ATACMS': field 'facts.range.tolerance': must be a fraction between 0 and 1"),
        ("entities:\n  ATACMS:\n    range: 300\n", "entity 'ATACMS': unknown field 'range'"),
        ("entities:\n  HIMARS:\n    not-a: [missile]\n", "entity 'HIMARS': field 'not-a' needs 'is-a'"),
        ("entity:\n  ATACMS: {}\n", "unknown key 'entity'"),
        ("exchange-rates:\n  base: USD\n  rates: {GBP: -1}\n", "field 'rates.GBP': must be a positive number"),
        ("entities: [ATACMS]\n", "'entities' must map entity names to their facts"),
        ("entities:\n  ATACMS:\n    facts:\n      range: {value: 300\n", "invalid YAML"),
    ],
)
def test_bad_files_are_one_line_errors_naming_file_entity_and_field(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(FactsError) as err:
        load_file(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(FactsError, match="cannot read facts file"):
        load_file(tmp_path / "nope.yaml")


def test_parsed_once_per_path_and_modification_time(tmp_path):
    path = write(tmp_path, GOOD)
    first = load_file(path)
    assert load_file(path) is first
    path.write_text(GOOD.replace("300", "310"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    second = load_file(path)
    assert second is not first
    assert second.entities["ATACMS"].facts["range"].value == 310


def test_bad_facts_file_stops_linting_with_exit_2(tmp_path, run_cli):
    facts = write(tmp_path, "entities:\n  ATACMS:\n    facts:\n      range: {value: 300, unit: kmz}\n")
    draft = tmp_path / "draft.md"
    draft.write_text("ATACMS missiles have a range of 100 km.\n", encoding="utf-8")
    result = run_cli("check", str(draft), "--facts", str(facts), "--select", "figures")
    assert result.status == 2
    assert "field 'facts.range.unit': unknown unit 'kmz'" in result.err


def test_plugins_add_facts_files_and_the_config_file_wins(tmp_path):
    plugin_file = write(tmp_path, GOOD.replace("300", "500"), "plugin.yaml")
    config_file = write(tmp_path, GOOD, "config.yaml")

    class Plugin:
        @staticmethod
        @hookimpl
        def lintnews_reference_facts():
            return [plugin_file]

    linter = Linter(plugins=Plugins(autoload=False, extra=[("acme", Plugin)]))
    text = "ATACMS missiles have a range of 520 km.\n"
    only_plugin = linter.lint_text(text, "d.md", Settings(select=("FIG006",)))
    assert only_plugin == []  # within the plugin's 500 km ±10%
    beyond = linter.lint_text(text.replace("520", "700"), "d.md", Settings(select=("FIG006",)))
    assert [f.code for f in beyond] == ["FIG006"] and "plugin.yaml" in beyond[0].message
    both = linter.lint_text(text, "d.md", Settings(select=("FIG006",), facts=config_file))
    assert [f.code for f in both] == ["FIG006"]
    assert "300 km" in both[0].message


def test_front_matter_facts_apply_to_that_draft_only():
    data = {"entities": {"Skyreach": {"facts": {"range": {"value": 300, "unit": "km"}}}}}
    assert parse_facts(data, "front matter").entities["Skyreach"].facts["range"].value == 300
