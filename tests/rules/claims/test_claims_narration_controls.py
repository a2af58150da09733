"""Narration that is not a claim: a documentary or counted source after "according to",
a noun's infinitive ("the ability to"), a court's routine delay, an arrangement for those
affected. Each beside the claim the same words make when they are one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Turnover fell to £40m, according to accounts filed at Companies House.",
        "The road carries 9,000 lorries a week, according to county traffic counts.",
        "The tern's capacity to fly non-stop for months astonished the researchers.",
        "The hearing was adjourned because the defendant failed to attend.",
        "The inquest was delayed because two witnesses failed to appear.",
        "Staff at the closing branches will be offered jobs elsewhere in the group.",
        "Families will be rehoused by the housing association.",
        "The album will be produced by a Nashville studio team.",
        "Drivers should check their tyres to avoid a dangerous blowout on the motorway.",
        "The white paper is designed to show how the new courts would work.",
        "According to pollsters YouGov, turnout will be high.",
    ],
)
def test_narration_is_not_a_claim(linter, text):
    assert linter.codes(text, select=["claims"]) == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("Turnover will collapse, according to analysts.", "CLM008"),
        ("The minister scrapped the levy to punish the unions.", "CLM002"),
        ("The branch closed because its managers mismanaged it.", "CLM001"),
        ("The ban will drive smokers across the border.", "CLM003"),
        ("The riots were produced by years of neglect.", "CLM001"),
        ("He sold the shares to avoid scrutiny.", "CLM002"),
        ("The raid was designed to intimidate the unions.", "CLM002"),
        ("According to pollsters, turnout will be high.", "CLM008"),
    ],
)
def test_the_claims_beside_them_still_fire(linter, text, code):
    assert code in linter.codes(text, select=["claims"])
