"""Hedge cues in context (lintnews.analysis.hedging.cues)."""

from __future__ import annotations

import pytest

from lintnews.text.document import parse
from lintnews.analysis.hedging.cues import hedge_cues, stacks, writer_cues


def _cues(text):
    sentence = parse(text, "d.md").sentences[0]
    return [(c.text, c.kind) for c in hedge_cues(sentence)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices may rise.", [("may", "modal")]),
        ("The fire may have started in the kitchen.", [("may", "modal")]),
        ("The deal might collapse.", [("might", "modal")]),
        ("The strike could cost millions.", [("could", "modal")]),
        ("The minister apparently changed her mind.", [("apparently", "adverb")]),
        ("The talks are likely to resume.", [("likely", "adjective")]),
        ("The data suggests that prices peaked.", [("suggests that", "verb")]),
        ("The rally seems to have stalled.", [("seems to", "verb")]),
    ],
)
def test_cues_are_found_with_their_type(text, expected):
    assert _cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote is on 5 May.",  # the month
        "Theresa May spoke first.",  # a name
        "Residents may apply for a grant.",  # permission
        "Symptoms may include a fever.",  # generic possibility
        "She could not attend the hearing.",  # past ability
        "He ran as fast as he could.",
        "The likely winner is Ms Ruiz.",  # adjective before a noun
        "Ms Ruiz suggested that the vote be delayed.",  # a named source proposing
        "The man was alleged to have fled.",  # attribution verbs are not cues
        "Analysts estimated the cost at £2m.",
    ],
)
def test_non_hedges_are_not_cues(text):
    assert _cues(text) == []


def test_stack_needs_one_clause():
    doc = parse("The drought may partly explain the rise, but costs could fall.", "d.md")
    sentence = doc.sentences[0]
    groups = stacks(sentence, hedge_cues(sentence))
    assert [[c.text for c in g] for g in groups] == [["may", "partly"]]


def test_writer_cues_drop_attributed_and_quoted_sentences():
    text = 'Prices may rise, the bank said.\n\n"Prices may rise," she said.\n\nPrices may rise.\n'
    doc = parse(text, "d.md")
    assert [len(writer_cues(s)) for s in doc.sentences] == [0, 0, 1]
