"""Construction families of the claims rules: each member fires in the writer's voice, and
the look-alike that is narration, a schedule or a source stays quiet."""

from __future__ import annotations

import pytest

FIRES = [
    # causes: "because" and a clause after a logistic verb; blame as fault
    ("CLM001", "The bakery shut because the landlord had trebled the rent."),
    ("CLM001", "The collapse of the pier is the fault of the previous owners."),
    ("CLM001", "The mess is entirely the county council's fault."),
    # counterfactual dependence
    ("CLM001", "Without the harbour levy, the old quay would have fallen into the sea."),
    ("CLM001", "A theft on that scale would be impossible without a key-holder's help."),
    # vague sources of supposition
    ("CLM008", "Geologists assume that the seam runs under the whole valley."),
    ("CLM008", "Some teachers doubt the new syllabus will last."),
    # statistics: a multiplication over a period
    ("CLM004", "Bicycle thefts at the station have doubled in three years."),
    ("CLM004", "Stray dog reports have halved since 2018."),
    # forecasts: a contest's outcome, a first in a named scope
    ("CLM003", "The independents will sweep the council at the next election."),
    ("CLM003", "Tallinn will be the first city in Europe to run free trams on every route."),
    # motives of money and popularity
    ("CLM002", "The parking levy was brought in to plug a gap in the transport budget."),
    ("CLM002", "The tax cut was timed to win votes in the commuter towns."),
    # "If you look at ...": the speaker pointing at evidence, then asserting
    ("CLM005", "If you look at the league tables, our rail fares are the highest in Europe."),
    ("CLM004", "If you compare the figures, burglaries have doubled since 2015."),
    # self-serving goals of money: an act done to flatter its own figures or recoup its losses
    ("CLM002", "The chain closed the branch to boost its quarterly profits."),
    ("CLM002", "The landlord raised the service charge only to recoup his legal costs."),
    # verdicts: a gesture, bad timing, loaded verbs, concealment, destruction
    ("CLM006", "The new code of conduct is purely cosmetic."),
    ("CLM006", "The compensation came years too late for the families."),
    ("CLM006", "Payday lenders prey on nurses at the end of the month."),
    ("CLM006", "The water board has hidden the state of the pipes from residents for years."),
    ("CLM006", "Quarry lorries are destroying the county's country lanes."),
    # generalisations: prevalence, a group's refusals and feelings
    ("CLM007", "Ticket touting is rife among the festival's stewards."),
    ("CLM007", "The younger generation refuses to buy a car."),
    ("CLM007", "Most allotment holders are privately relieved that the sale fell through."),
    # records with a scope
    ("CLM005", "The library's loans are the highest for any branch in the county."),
    ("CLM005", "Ashby Town are the best-supported non-league club in the north-east."),
]

QUIET = [
    ("CLM001", "The match was called off because the pitch was frozen."),
    ("CLM001", "It was nobody's fault."),
    ("CLM001", "Without a doubt, the crowd would have been bigger in May, the organisers said."),
    ("CLM008", "Geologists at Durham University assume that the seam runs under the valley."),
    ("CLM004", "The company doubled its dividend on Tuesday."),
    ("CLM004", "Since May the bridge has been closed to lorries over 7.5 tonnes."),
    ("CLM004", "Cracks were found in 12 of the 60 houses, one in five."),
    ("CLM003", "From June, the annual permit fee will rise by a quarter."),
    ("CLM003", "The new stand will be the first part of the ground to open."),
    ("CLM002", "The team needs to win votes from the judges."),
    ("CLM002", "The rowers trained through the winter to boost their chances."),
    ("CLM005", "If the fare rises again, our rail fares will be the highest in Europe."),
    ("CLM002", "He ran for the last bus only to find it full."),
    ("CLM006", "He arrived too late to vote."),
    ("CLM006", "Owls prey on mice and voles."),
    ("CLM006", "The ban is purely symbolic, the opposition leader said."),
    ("CLM007", "Reyes refused to comment."),
    ("CLM001", "Two libraries are to close because of budget cuts, under plans published by the county council on Monday."),
]


@pytest.mark.parametrize("code, sentence", FIRES, ids=lambda x: x if x.startswith("CLM") else x[:40])
def test_construction_fires(linter, code, sentence):
    assert code in [f.code for f in linter.lint(sentence, select=[code])]


@pytest.mark.parametrize("code, sentence", QUIET, ids=lambda x: x if x.startswith("CLM") else x[:40])
def test_look_alike_is_quiet(linter, code, sentence):
    assert code not in [f.code for f in linter.lint(sentence, select=[code])]


@pytest.mark.parametrize("code, sentence", FIRES[::3], ids=lambda x: x if x.startswith("CLM") else x[:40])
def test_construction_is_quiet_when_sourced_or_quoted(linter, code, sentence):
    bare = sentence[:-1]
    for form in (f"{bare}, the harbour master said.", f"\u201c{bare},\u201d one trader said.", f"> {sentence}"):
        assert not [f for f in linter.lint(form, select=["claims"]) if f.code == code], form
