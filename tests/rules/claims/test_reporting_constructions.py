"""Reporting constructions the claims rules read as a source: a speaker's name before a colon,
a view put first ("To analyst Jo Reid, ..."), speech verbs of comparison and portrayal, a
claim reported as a noun ("the mayor's accusation that"), a question put by a source, a
reaction voiced, an infinitive after a verb of going on ("continued to insist that"). Each
has a look-alike that stays the writer's own claim."""

from __future__ import annotations

import pytest

SOURCED = [
    # a speaker's name and a colon: the headline and transcript convention
    "Okafor: The new road will ruin the town centre.",
    "Mayor Dana Reyes: The strike was caused by the pay freeze.",
    # a view put first, with the holder's role and name
    "To transport consultant Ian Moss, the scheme is a costly failure.",
    "For retail analyst Priya Nair, the closure was a grave mistake.",
    # speech verbs of comparison and portrayal
    "The union leader likened the closure to 1984, when the pits were shut to punish the miners.",
    "The minister portrayed the strike as a deliberate attempt to bring down the government.",
    # a claim reported as a noun
    "The mayor's accusation that the depot was closed to punish the drivers has angered the board.",
    # a question put by a source
    "The committee asked whether the closure was caused by the cuts.",
    # a reaction voiced
    "Parents expressed anger that the school was shut to punish the teachers.",
    # an infinitive after a verb of going on
    "Ms Hale continued to insist that the ferry will never make a profit.",
    # more speech verbs, and a reporting participle opening the sentence
    "Ms Reid bemoaned that the depot was shut to punish the drivers.",
    "Noting that the depot was shut to punish the drivers, the union took the case to a tribunal.",
    # what a person was told
    "The drivers were told that the depot will never reopen.",
    # a plural subject with a base-form reporting verb
    "The organisers acknowledge that the festival will be the biggest ever held.",
]

WRITERS = [
    # a label before a colon names no speaker
    "Update: The new road will ruin the town centre.",
    # a group before a colon is no named speaker
    "Locals: The new road will ruin the town centre.",
    # a view put first about, not by, a club
    "For Rovers, the defeat was a grave mistake.",
    # a verb of act, not speech
    "The ticket touts are to blame for the chaos.",
    # an infinitive after a verb of need, not of going on
    "Ms Hale needs to insist that the ferry will never make a profit.",
]


@pytest.mark.parametrize("text", SOURCED, ids=lambda s: s[:40])
def test_reported_claim_is_quiet(linter, text):
    assert not [f for f in linter.lint(text, select=["claims"]) if f.code != "CLM008"], text


@pytest.mark.parametrize("text", WRITERS, ids=lambda s: s[:40])
def test_writers_claim_still_fires(linter, text):
    assert [f for f in linter.lint(text, select=["claims"])], text


def test_a_speaker_label_does_not_carry_into_the_next_paragraph(linter):
    text = "Okafor: The new road will ruin the town centre.\n\nThe bypass will ruin the high street.\n"
    assert [f.line for f in linter.lint(text, select=["CLM003"])] == [3]
