"""Translation grammar by kind (issue 16, item 3): prepositions a source language lends
('wait' + object, 'said to the paper', 'on the briefing', 'on/in N years', 'once in the
week', 'had the size of'), tense carried over ('have no water since Monday'), word order
(verb-second after an adverb, a passive subject after its verb, a reporting verb before
its organisation, a phrase between 'be' and its complement), a resumptive pronoun after
a named subject, and dropped articles or 'of' ('paying fine', 'was sharpest since',
'10 kg flour'). Each kind fires in wordings of its own and stays quiet on native English
built from the same words, on quotes and on headlines."""

from __future__ import annotations

import pytest


FIRES = {
    "present tense with since": [
        "Dozens of farms on the island have no fresh water since Thursday.",
        "The old ferry terminal is shut since March 2024.",
        "Three fishermen are missing since last week.",
    ],
    "verb second after a fronted adverb": [
        "Eventually will the harbour authority sell the old cranes.",
        "This winter can many pensioners claim a heating grant.",
    ],
    "subject after a passive verb": [
        "Near the border were detained 35 migrants on Friday.",
        "Next spring will be opened three new pharmacies in the suburbs.",
    ],
    "reporting verb before the organisation": [
        "Water will be cut in the northern districts on Sunday, announced the city utility.",
        "Two wards will reopen next month, confirmed the regional hospital board.",
    ],
    "say to a media outlet": [
        "The coach said to the sports daily that he would stay.",
    ],
    "on for at an event": [
        "The prosecutor explained on the press conference that the case was closed.",
        "The rector stated on a session of the senate that fees would rise.",
    ],
    "in for for a lasting state": [
        "The bakery has been in business in 80 years.",
        "The old mayor had been in office in 18 years when he lost.",
    ],
    "on for in a period of change": [
        "Ferry fares have tripled on ten years.",
    ],
    "wait + object": [
        "Passengers waited the bus for over an hour in the snow.",
        "Families are still waiting the results of the tests.",
    ],
    "once in the week": [
        "The market opens three times in the month.",
    ],
    "have the size of": [
        "The hailstones have the size of an egg.",
    ],
    "superlative without the": [
        "The jump in rents is biggest since the crisis.",
    ],
    "unit without of": [
        "Each pupil will get 2 litres milk a week.",
    ],
    "bare payment noun": [
        "Most of the fishermen took loan from a local trader.",
    ],
    "partitive without the": [
        "The insurer paid half of repairs after the storm.",
        "Many of pensioners in the district live alone.",
    ],
    "present for a forecast": [
        "Under the plan, the number of charging points triples within four years.",
        "Rail freight grows by a third over the next five years, the operator expects.",
    ],
    "action to a person": [
        "The league vowed to take tough steps to those who abuse referees.",
    ],
    "phrase between be and complement": [
        "The port is after the airport the largest employer on the coast.",
        "The wine harvest will be this year the smallest since 1957.",
    ],
    "resumptive pronoun after a named subject": [
        "The head teacher, Mirela Kos, she said the school would stay open.",
    ],
}

QUIET = [
    "Dozens of farms on the island have had no fresh water since Thursday.",
    "The old ferry terminal has been shut since March 2024.",
    "Eventually the harbour authority will sell the old cranes.",
    "Only then will the ferry resume.",
    "Thirty-five migrants were detained near the border on Friday.",
    "The pharmacy was opened 20 years ago.",
    "The bridge was built three times in a century.",
    "Water will be cut in the northern districts on Sunday, the city utility announced.",
    "The council cut 80 jobs, announced the sale of its offices and raised rents.",
    "The coach told the sports daily that he would stay.",
    "He is said to have sold the newspaper.",
    "The prosecutor explained at the press conference that the case was closed.",
    "The lawyer commented on the meeting with the judge.",
    "She said on the conference call that profits had fallen.",
    "The bakery has been in business for 80 years.",
    "The old mayor had not been in office in 18 years.",
    "Ferry fares have tripled in ten years.",
    "Profits rose 4% on 12 months earlier.",
    "Passengers waited for the bus for over an hour.",
    "Students waited tables all summer.",
    "The market opens three times a month.",
    "The hailstones were the size of an egg.",
    "The jump in rents is the biggest since the crisis.",
    "Rents are highest in the city centre.",
    "Each pupil will get 2 litres of milk a week.",
    "A 2 litres milk carton costs more now.",
    "Most of the fishermen took loans from a local trader.",
    "The insurer paid half of the repairs after the storm.",
    "Half of workers in the survey said they were tired.",
    "The cuts are part of plans to save money.",
    "Under the plan, the number of charging points will triple within four years.",
    "A colony of these bacteria doubles in twenty minutes when it is warm.",
    "Tax increases over the next two years will hit pensioners.",
    "The league vowed to take tough steps against those who abuse referees.",
    "The port is the largest employer on the coast after the airport.",
    "The wine harvest will be the smallest this year since 1957.",
    "The head teacher, Mirela Kos, said the school would stay open.",
    "Harbour Rovers beat Leith with 4-1 win in the final",
]


@pytest.mark.parametrize("label", list(FIRES))
def test_each_kind_fires_in_fresh_words(garbled, label):
    missed = [t for t in FIRES[label] if not garbled.codes(t)]
    assert not missed, missed


@pytest.mark.parametrize("text", QUIET)
def test_native_english_stays_quiet(garbled, text):
    assert garbled.codes(text) == []


def test_a_change_since_a_date_is_not_this_rules_finding(garbled):
    # 'up 9% since January' is English; the tense rule of this lexicon leaves it alone
    assert "GRB019" not in garbled.codes("Rents are up 9% since January.")
    assert "GRB019" not in garbled.codes("It is the worst harvest since 1946.")


def test_quotes_and_code_stay_quiet(linter):
    text = (
        '"The pass is shut since March," the driver said.\n\n'
        "```\nwaited the bus; once in the week\n```\n\n"
        "Passengers waited the bus for an hour.\n"
    )
    found = [(f.code, f.line) for f in linter.lint(text, select=["garbled"])]
    assert found == [("GRB019", 7)]
