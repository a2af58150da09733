"""Figures that continue a data source named earlier in the story (CLM004, CLM010)."""

from __future__ import annotations

import pytest

SOURCED_LEAD = (
    "# Bus use falls again\n\n"
    "Bus journeys in the county fell to 14.2 million last year, according to figures published by the "
    "transport authority on Friday.\n\n"
    "The mayor said the service would be reviewed.\n\n"
    "{figure}\n"
)

CONTINUES = [
    "Nearly a third of bus passengers are over 65.",
    "Bus journeys have halved since 2010.",
]
CHANGES_TOPIC = [
    "Four in ten households in the county do not own a car.",
    "Cycling to work has doubled in a decade.",
]


def _clm004(linter, text):
    return [f for f in linter.lint(text, select=["CLM004"])]


@pytest.mark.parametrize("figure", CONTINUES)
def test_figure_on_the_source_topic_continues_it(linter, figure):
    assert not _clm004(linter, SOURCED_LEAD.format(figure=figure))


@pytest.mark.parametrize("figure", CHANGES_TOPIC)
def test_figure_on_another_topic_is_reported(linter, figure):
    findings = _clm004(linter, SOURCED_LEAD.format(figure=figure))
    assert [f.line for f in findings] == [7]


@pytest.mark.parametrize("figure", CONTINUES)
def test_figure_with_no_source_anywhere_is_reported(linter, figure):
    text = "# Bus use falls again\n\nThe mayor visited the depot on Friday.\n\n" + figure + "\n"
    assert [f.line for f in _clm004(linter, text)] == [5]


def test_a_vague_source_is_no_data_source(linter):
    text = (
        "Bus journeys in the county fell to 14.2 million last year, some experts say.\n\n"
        "Nearly a third of bus passengers are over 65.\n"
    )
    assert [f.line for f in _clm004(linter, text)] == [3]


def test_figures_before_the_source_are_reported(linter):
    text = (
        "Nearly a third of bus passengers are over 65.\n\n"
        "Bus journeys in the county fell to 14.2 million last year, the transport authority said.\n"
    )
    assert [f.line for f in _clm004(linter, text)] == [1]


def test_a_new_section_ends_the_scope(linter):
    text = (
        "# Buses\n\n"
        "Bus journeys in the county fell to 14.2 million last year, the transport authority said.\n\n"
        "## Elsewhere\n\n"
        "Nearly a third of bus passengers are over 65.\n"
    )
    assert [f.line for f in _clm004(linter, text)] == [7]


def test_a_figure_that_widens_the_scope_is_reported(linter):
    text = SOURCED_LEAD.format(figure="Nearly a third of bus passengers across Britain are over 65.")
    assert [f.line for f in _clm004(linter, text)] == [7]


def test_a_speakers_own_figure_is_theirs(linter):
    text = SOURCED_LEAD.format(figure="We have cut bus journeys by half since 2010.")
    assert [f.line for f in _clm004(linter, text)] == [7]


def test_data_a_body_owns_is_a_data_source(linter):
    text = (
        "The transport authority's annual report shows bus journeys in the county fell to 14.2 million.\n\n"
        "The mayor visited the depot.\n\n"
        "Nearly a third of bus passengers are over 65.\n"
    )
    assert not _clm004(linter, text)


def test_unnamed_reports_are_no_data_source(linter):
    text = (
        "Reports show bus journeys in the county fell to 14.2 million.\n\n"
        "Nearly a third of bus passengers are over 65.\n"
    )
    assert [f.line for f in _clm004(linter, text)] == [3]


@pytest.mark.parametrize("claim", [
    "Bus journeys are now a luxury most families cannot afford.",
    "Bus journeys now cost more than the train.",
])
def test_a_general_claim_on_the_source_topic_is_the_writers(linter, claim):
    """Sharing the source's topic word is not enough: a sentence with no figure in it is a
    claim of the writer's own (CLM010 reads it, here at the model's training threshold), not
    the source's figure."""
    text = SOURCED_LEAD.format(figure=claim)
    findings = [f for f in linter.lint(text, select=["CLM010"], rules={"CLM010": {"threshold": 0.0}})]
    assert [f.line for f in findings] == [7]
