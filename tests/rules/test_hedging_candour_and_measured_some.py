"""Hedging widened by construction, with firing and quiet sentences of its own: candour
announced instead of shown (HDG003), a hedge stack behind a phrase set off by commas
before a participle (the participle is no one's speech), and "some" picking out cases
that a measured figure describes (HDG010 quiet)."""

import pytest

FIRE = [
    ("Truth be told, the ferry is no longer strictly needed.", "HDG003"),
    ("To be honest, the bypass has not really worked.", "HDG003"),
    ("In all honesty, the old cinema cannot be saved.", "HDG003"),
    ("Let's face it, the league has lost its way.", "HDG003"),
    ("It has to be said that the stadium is half empty.", "HDG003"),
    ("The verdict was, in a sense, perhaps somewhat predictable.", "HDG001"),
    ("The defeat was, perhaps, somewhat expected.", "HDG001"),
    ("Some residents oppose the new car park.", "HDG010"),
    ("Many crofters said in a survey that the ferry was too dear.", "HDG007"),
]

QUIET = [
    ("\"Truth be told, I never liked the place,\" she said.", "HDG003"),
    ("The film follows a boy who decides to tell the truth.", "HDG003"),
    ("The panel wanted to be fair to both sides.", "HDG003"),
    ("The rise in fares was, perhaps, not entirely unexpected, the regulator said.", "HDG001"),
    ("Some pupils on the island walk four miles to school.", "HDG010"),
    ("Some tenants pay £300 a month for a single room.", "HDG010"),
    ("Most crofters said in a referendum they wanted to keep the ferry.", "HDG007"),
    ("To be honest, I'm tired of the whole saga.", "HDG003"),
    ("Seven in ten voters do not trust councillors to tell the truth, a new poll suggests.", "HDG003"),
    ("Exporters sold twice as many cars as expected in March.", "HDG007"),
    ("The head of the academy St Brigid's, Aoife Byrne, said the film implied that the singer had studied there.", "HDG006"),
]


@pytest.mark.parametrize("sentence,code", FIRE)
def test_hedge_fires(linter, sentence, code):
    assert code in linter.codes(sentence, select=["hedging"]), sentence


@pytest.mark.parametrize("sentence,code", QUIET)
def test_look_alike_stays_quiet(linter, sentence, code):
    assert code not in linter.codes(sentence, select=["hedging"]), sentence
