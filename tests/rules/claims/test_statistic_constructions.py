"""CLM004 by construction: the writer's own statistic about the world fires; the story's own
figures (an event's counts, an actor's act on its own prices or budget, a stake, what one body
does in a year, a share of the story's own set) stay quiet, and so does a statistic that is
quoted, attributed or in a code block."""

from __future__ import annotations

import pytest

STATISTICS = [
    # a population in a present state, counted as the subject of its clause
    "Around 12,000 tenants in the borough are behind on their rent.",
    # a public cost borne by a population
    "Potholes cost cyclists in the county £3m a year.",
    # a rate against a norm
    "Truancy in the district is twice the national average.",
    "A starter flat in the village now costs eleven times the average wage.",
    # a population losing something, as an ongoing trend
    "Young farmers are losing their jobs.",
    # a share of a population in a present state
    "Nearly half of the county's bus shelters are now unlit.",
    # jobs counted in millions: an economy's, not one employer's
    "The recession has cost 1.5 million jobs.",
    # a population's pay
    "Care workers in the county earn £19,000 a year on average.",
    "The average care worker in the county earns £19,000 a year.",
]

STORY_FIGURES = [
    # an actor's act on its own quantity
    "The ferry company raised its fares twice over the summer.",
    "The theatre cut ticket prices for the opening week.",
    "The library service cut its opening hours to save money.",
    # an event's count of people losing something
    "About 140 packers will lose their jobs when the depot closes in June.",
    "Roughly 300 posts are at risk under the merger.",
    # a stake or a deal
    "The council owns 30% of the airport.",
    "The lender agreed to write off up to 80% of the loans.",
    # what one body does in a year
    "The food bank supplies about 2,500 parcels a year.",
    "The lifeboat station answered 90 calls last year.",
    # a share of the story's own set, with what happened to it
    "Most of the sailings were cancelled on Friday.",
    "The walkout left only 45% of buses running.",
    # a small count that is not a population
    "There are now four candidates standing for the seat.",
    # one person's pay
    "The councillor earns up to £12,000 a year from the consultancy.",
    # a plan over the years ahead
    "The museum is spending £3m over the next five years on repairs.",
    # a price on a timetable
    "A rise in the hourly parking rate to £4.50 is scheduled for June.",
    # a figure sourced by evidence in the perfect
    "Inflation stood at 4.1% in March, official figures have shown.",
]


@pytest.mark.parametrize("sentence", STATISTICS, ids=lambda s: s[:40])
def test_writers_statistic_fires(linter, sentence):
    assert "CLM004" in [f.code for f in linter.lint(sentence, select=["CLM004"])]


@pytest.mark.parametrize("sentence", STORY_FIGURES, ids=lambda s: s[:40])
def test_story_figure_is_quiet(linter, sentence):
    assert "CLM004" not in [f.code for f in linter.lint(sentence, select=["CLM004"])]


@pytest.mark.parametrize("sentence", STATISTICS[::2], ids=lambda s: s[:40])
def test_statistic_is_quiet_when_sourced_quoted_or_code(linter, sentence):
    bare = sentence[:-1]
    forms = (
        f"{bare}, the housing charity Shelter said.",
        f"{bare}, according to council figures.",
        f"\u201c{bare},\u201d the councillor said.",
        f"```\n{sentence}\n```",
    )
    for form in forms:
        assert "CLM004" not in [f.code for f in linter.lint(form, select=["CLM004"])], form


def test_findings_give_line_and_column(linter):
    text = "# Buses\n\nThe depot reopened on Monday.\n\nTruancy in the district is twice the national average.\n"
    findings = [f for f in linter.lint(text, select=["CLM004"])]
    assert [(f.code, f.line) for f in findings] == [("CLM004", 5)]
    assert findings[0].column > 1
