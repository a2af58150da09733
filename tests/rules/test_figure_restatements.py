"""FIG001 on a count restated in other words: a relative clause that says again what the
first mention said, a noun of the same kind, a precise figure with "some" or "about"."""

import pytest

PAIRS = [
    # the clause restates the first sentence: the same group
    ("The premiere drew 5,400 viewers online.\n\nThe 4,900 viewers who watched the premiere rated it highly.",
     "The premiere drew 5,400 viewers online.\n\nThe 5,400 viewers who watched the premiere rated it highly."),
    # nouns a newsroom uses for the same people or things
    ("Around 18,400 spectators saw the match.\n\nThe 16,900 fans were kept in the ground for an hour.",
     "Around 18,400 spectators saw the match.\n\nThe 18,400 fans were kept in the ground for an hour."),
    ("The scheme built 640 flats last year.\n\nThe 720 apartments are all let at social rents.",
     "The scheme built 640 flats last year.\n\nThe 640 apartments are all let at social rents."),
    # "some" and "about" before three significant digits: a precise figure
    ("Some 31,700 runners set off.\n\nThe 34,200 runners raised money for charity.",
     "Some 31,700 runners set off.\n\nThe 31,500 runners raised money for charity."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_restatements(linter, wrong, right):
    assert "FIG001" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # a clause that narrows the group: a part, not the same group
        "The party won 30 seats.\n\nThe 14 seats that the party won in the north were all rural.",
        "Labour won 30 seats.\n\nThe 14 seats where it finished second were all rural.",
        # a clause about something else
        "The premiere drew 5,400 viewers.\n\nThe 900 viewers who complained were sent a reply.",
        # a round figure with "about" still allows its rounding
        "About 20,000 fans were expected.\n\nThe 17,500 fans who came saw a draw.",
    ],
)
def test_restatements_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


@pytest.mark.parametrize("wrong,right", [
    ("# Result\n\nAmir Khan won the seat with a majority of 412.\n\nTurnout was 31%.\n\n"
     "His 421-vote majority ends decades of Labour control.",
     "# Result\n\nAmir Khan won the seat with a majority of 412.\n\nTurnout was 31%.\n\n"
     "His 412-vote majority ends decades of Labour control."),
    ("# Result\n\nSue Park was elected by 1,020 votes.\n\nHer majority of 1,200 is the largest in the county.",
     "# Result\n\nSue Park was elected by 1,020 votes.\n\nHer majority of 1,020 is the largest in the county."),
])
def test_a_possessive_margin_takes_up_the_one_before(linter, wrong, right):
    assert "FIG001" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_a_possessive_margin_of_another_winner_is_quiet(linter):
    text = ("# Results\n\nAmir Khan won Ashby with a majority of 412.\n\n"
            "In Brent, Tom Lee held the seat. His majority of 980 was cut.")
    assert linter.codes(text, select=["FIG"]) == []


@pytest.mark.parametrize("wrong,right", [
    ("# Court\n\nNurse Ruth Adair, 44, admitted the thefts.\n\nAdair, who turned 47 in May, was jailed.",
     "# Court\n\nNurse Ruth Adair, 44, admitted the thefts.\n\nAdair, who turned 44 in May, was jailed."),
])
def test_an_age_restated_with_who_turned(linter, wrong, right):
    assert "FIG001" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize("text", [
    "# Court\n\nNurse Ruth Adair, 44, admitted the thefts.\n\nAdair, who turns 45 in May, was jailed.",
    "# Court\n\nNurse Ruth Adair, 44, admitted the thefts.\n\nAdair, who turned 40 in 2021, was jailed.",
])
def test_an_age_to_come_or_an_age_then_is_quiet(linter, text):
    assert "FIG001" not in linter.codes(text, select=["FIG"]), text
