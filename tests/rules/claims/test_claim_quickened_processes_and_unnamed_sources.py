"""Claim constructions found missing on drafts by other hands, each tested in fresh words:
a process quickened or worsened, a forecast of an end or of a sure trend, "the only
reason" before a clause and "the real reason of", a superlative said by denying any
rival, and unnamed sources ("it is understood that", "there is talk among", "plenty of
shoppers are convinced"). Each has look-alikes that stay quiet."""

from __future__ import annotations

import pytest

FIRES = [
    ("CLM001", "Salt from the gritters has sped up the pier's decline."),
    ("CLM001", "The cold snap hastened the closure of the ice rink."),
    ("CLM001", "The dry spring was the only reason the harvest failed."),
    ("CLM001", "The real reason of the strike is the unpaid overtime."),
    ("CLM003", "Within twenty years there will be no cod left in the firth."),
    ("CLM003", "Rents are climbing, so the queues at the food bank will only get longer."),
    ("CLM005", "No market town in Devon has a busier square than Totnes."),
    ("CLM005", "No other hospital in the region treats as many patients as St Mary's."),
    ("CLM008", "It is understood that the trust knew about the leak for months."),
    ("CLM008", "There is talk among traders of a second price war."),
    ("CLM008", "Plenty of commuters are convinced the timetable was written in a hurry."),
]

QUIET = [
    "The thaw sped up the clean-up, the harbour master said.",
    "The driver accelerated the lorry up the hill.",
    "There will be no ferries on Sunday.",
    "If nothing changes, there will be no cod left in the firth, the report warns.",
    "No new homes have been built in the village since 2019.",
    "He learned that the plan had been dropped.",
    "Plenty of tickets are still available for the final.",
    "There was talk of a merger last year, the chairman said.",
]


@pytest.mark.parametrize("code,text", FIRES, ids=lambda v: v[:40] if isinstance(v, str) else v)
def test_the_construction_is_reported(linter, code, text):
    assert code in linter.codes(text, select=["claims"]), text


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_the_look_alike_is_quiet(linter, text):
    found = [f.code for f in linter.lint(text, select=["claims"]) if f.code not in ("CLM008", "CLM010")]
    assert found == [], (text, found)


def test_attributed_and_quoted_versions_are_quiet(linter):
    text = (
        "Within twenty years there will be no cod left in the firth, marine scientists at Bangor said.\n\n"
        "\"The real reason of the strike is the unpaid overtime,\" the convenor told the rally.\n"
    )
    assert [f for f in linter.lint(text, select=["CLM001", "CLM003"])] == []
