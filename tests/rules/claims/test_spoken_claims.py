"""Claims that fact-checkers check in political speech: records, changes, comparisons.

Each form fires in the writer's (or speaker's) own voice at information level, and stays
quiet when it is a promise, a plan, a conditional, a question or attributed.
"""

from __future__ import annotations

import pytest

from lintnews.model import Severity


@pytest.mark.parametrize(
    "text, code",
    [
        # CLM009 track-record
        ("In the 1990s you supported the trade agreement.", "CLM009"),
        ("But you opposed it when you ran for the presidency.", "CLM009"),
        ("He even supported shutting the government down.", "CLM009"),
        ("Senator Ruiz voted for that, and it passed.", "CLM009"),
        ("I was against the war in Iraq.", "CLM009"),
        ("She is very much against the new levy.", "CLM009"),
        ("The governor did call the scheme a failure.", "CLM009"),
        ("She lied when she described the deal.", "CLM009"),
        ("Secretary Ortiz championed the bypass.", "CLM009"),
        ("He gave $100,000 to the campaign.", "CLM009"),
        # CLM004: changes, flows and comparisons with no figure
        ("She is raising your taxes, folks.", "CLM004"),
        ("The agreement stripped us of manufacturing jobs.", "CLM004"),
        ("Workers are working longer hours for lower wages.", "CLM004"),
        ("Jobs are pouring out of the region.", "CLM004"),
        ("Premiums nationwide have increased again.", "CLM004"),
        ("The border is a pipeline for vast quantities of drugs.", "CLM004"),
        ("Next year they are going to go up over 100 percent.", "CLM003"),
        # CLM005: uniqueness and records
        ("I'm the only candidate in this race who has run a business.", "CLM005"),
        ("It was the biggest win since Ronald Reagan.", "CLM005"),
        ("Confidence is the highest it has been in many decades.", "CLM005"),
        ("Inflation fell below 10% for the first time in 30 years.", "CLM005"),
        ("The office has never been treated so badly in its long history.", "CLM005"),
        # CLM007: universal claims
        ("Nobody mentions that the questions were leaked.", "CLM007"),
        ("They are having riots in every city.", "CLM007"),
        # CLM006: verdicts on how something works
        ("The insurance scheme is collapsing.", "CLM006"),
        ("It's a total catastrophe.", "CLM006"),
        ("It's been very effective.", "CLM006"),
        # CLM003: a measurable outcome forecast as fact
        ("The region will be safer with the new barrier.", "CLM003"),
        # CLM002: what someone else knows or wants
        ("She doesn't want the inquiry.", "CLM002"),
    ],
)
def test_spoken_claim_fires_at_info(linter, text, code):
    findings = [f for f in linter.lint(text, select=["claims", "CLM004"]) if f.code == code]
    assert [f.severity for f in findings] == [Severity.INFO], text


@pytest.mark.parametrize(
    "text",
    [
        # promises, plans and the speaker's own position
        "We will cut taxes for small businesses.",
        "I have a plan to create new jobs in the north.",
        "I support the ban.",
        "I'm running because I believe the town deserves better.",
        # conditionals, hedges and questions
        "If you voted for it, you should say so.",
        "He may have backed the plan.",
        "Did you support the agreement?",
        # attributed, quoted and noun readings
        "Senator Ruiz voted against the budget twice, according to the Senate roll call.",
        "\u201cShe is raising your taxes,\u201d the mayor said.",
        "Metrovias has offered an increase in wages.",
        "Phil Vickery's broken arm kept him out.",
        "The firm destroyed all tax records from before 2004.",
        "Microsoft did not want to comment.",
        "Never open attachments from people they do not know.",
        "It will have 5GB of memory on board.",
        "Users can catalogue huge amounts of data on their desktops.",
        "No one should be left out of the scheme.",
        # an organisation's own count is what the story reports, not a statistic
        "The firm has opened a minimum of eight plants.",
    ],
)
def test_promises_conditionals_and_attributed_forms_are_quiet(linter, text):
    assert [(f.code, f.message) for f in linter.lint(text, select=["claims"])] == [], text


def test_a_claim_about_what_someone_said_is_not_sourced_by_its_own_verb(linter):
    (f,) = linter.lint("She did call it the gold standard.", select=["claims"])
    assert f.code == "CLM009" and "'She did call'" in f.message
    # an ordinary report stays attributed
    assert linter.lint("She called the deal a disaster, the minister said.", select=["CLM009"]) == []


def test_the_speakers_own_reasons_are_not_causal_claims(linter):
    assert linter.lint("I care about this because my mother was a nurse.", select=["CLM001"]) == []
    (f,) = linter.lint("The talks collapsed because the two sides could not agree.", select=["CLM001"])
    assert f.severity == Severity.INFO


def test_track_record_can_be_selected_or_ignored_by_name(linter):
    text = "You supported the agreement in 1994."
    assert [f.code for f in linter.lint(text, select=["track-record"])] == ["CLM009"]
    assert linter.lint(text, select=["claims"], ignore=["CLM009"]) == []
