"""Look-alikes found by reading findings on published copy: each quiet sentence narrates what
happened, and its firing neighbour states the same kind of thing as the writer's claim."""

from __future__ import annotations

import pytest

QUIET = [
    # the size of the speaker's own body, not a statistic
    ("CLM004", "We will fight this through our 40,000 volunteers across the country."),
    # what one body needs to run: a budget
    ("CLM004", "The trust needed about 2 million euros a year from donors to stay open."),
    # a mechanism's function, not a motive
    ("CLM002", "The botnet floods the servers with requests in an attempt to overwhelm them."),
    # a public reaction, reported as what happened
    ("CLM001", "The firm caused an outcry when it closed the depot without notice."),
    # a quantifier counting what an act touched
    ("HDG010", "The new release closed many loopholes in the booking system."),
    ("HDG010", "She was cleared of most of the charges on Friday."),
    ("HDG010", "The gallery loaned some of its paintings, which are rarely seen in public."),
    # the perfect narrates an act as the past does
    ("HDG010", "The appeal has also attracted some criticism from local traders."),
    ("HDG010", "The scanner has been tested in several hospitals abroad."),
    # "the many": a definite set the story refers to
    ("HDG010", "In the many villages cut off by the snow, schools stayed shut."),
    # a title: "Some" capitalised inside a sentence
    ("HDG010", "The band topped the chart with its fourth album, Some Kind of Weather."),
    # the members named right after the quantifier
    ("HDG010", "Several ports, including Dover and Hull, now charge for parking."),
    # a title a body gives
    ("HDG012", "The society named Ruth Amos its most celebrated engineer."),
    # legal caution about a charge
    ("HDG008", "Three officials face charges for allegedly rigging the tender."),
]

FIRES = [
    ("CLM004", "We have lost 40,000 jobs in this county since 2010."),
    ("CLM004", "Flooding costs farmers in the valley about 2 million euros a year."),
    ("CLM001", "The firm's closure of the depot caused misery for hundreds of families."),
    ("CLM002", "The gang floods the servers with requests in an attempt to overwhelm them."),
    ("CLM002", "Computer firms rigged the tender to punish their rivals."),
    ("CLM002", "With almost any phishing attack, criminals plant fake pages to deceive their victims."),
    ("HDG010", "Many passengers now avoid the booking system."),
    ("HDG010", "Some traders have lost faith in the appeal."),
    # people an act touched are an unnamed body: their number is the claim
    ("HDG010", "The new logo has confused and annoyed many fans."),
    # "that" before the quantifier is no act
    ("HDG010", "The upshot was that many patients waited too long."),
    ("HDG012", "The renowned engineer designed the footbridge."),
    ("HDG008", "The official allegedly rigged the tender."),
]


@pytest.mark.parametrize("code, sentence", QUIET, ids=lambda x: x if len(x) < 8 else x[:40])
def test_narration_is_quiet(linter, code, sentence):
    assert code not in [f.code for f in linter.lint(sentence, select=[code])]


@pytest.mark.parametrize("code, sentence", FIRES, ids=lambda x: x if len(x) < 8 else x[:40])
def test_writers_claim_fires(linter, code, sentence):
    assert code in [f.code for f in linter.lint(sentence, select=[code])]
