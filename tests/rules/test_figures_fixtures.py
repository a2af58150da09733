"""Fixture drafts of the figures rules: every line that must fire ends in {CODE}; every
other line (including the clean controls) must stay quiet."""

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "figures"
EXAMPLE_FACTS = Path(__file__).resolve().parents[2] / "examples" / "facts.yaml"


@pytest.mark.parametrize(
    "name",
    ["conflicts", "changes", "parts", "conversions", "dates", "changes-more", "parts-more", "conversions-more",
     "dates-more", "conflicts-more", "conflicts-story-steel", "conflicts-story-council"],
)
def test_fixture(linter, name):
    linter.assert_fixture(FIXTURES / f"{name}.md", select=["figures"])


@pytest.mark.parametrize("name", ["conflicts-clean", "conflicts-clean-more"])
def test_clean_controls_stay_quiet(linter, name):
    linter.assert_fixture(FIXTURES / f"{name}.md", select=["figures"])


@pytest.mark.parametrize("name", ["facts", "facts-more"])
def test_reference_facts_fixture(linter, name):
    linter.assert_fixture(FIXTURES / f"{name}.md", select=["figures"], facts=str(EXAMPLE_FACTS))
