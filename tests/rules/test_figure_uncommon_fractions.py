"""FIG010 on a share that is no common fraction ("one in eight", "one in seven", "three in
eight"): it allows the shares near it, not every share from nothing up to the nearest
common fraction; nor does "one in ten", the smallest common one, allow every share below it.
A share that opens its sentence with the group's noun is read against the pair after it
("One in eight visitors, 92 out of 488, ...", "Almost half the staff - 60 of 300 -")."""

import pytest

PAIRS = [
    ("Some 95 of the 1,440 applicants, or one in eight, were offered a place.",
     "Some 180 of the 1,440 applicants, or one in eight, were offered a place."),
    ("Just 40 of the 490 flats - one in seven - have a lift.",
     "Just 70 of the 490 flats - one in seven - have a lift."),
    ("Only 55 of the 1,100 patients, or one in ten, missed an appointment.",
     "Only 110 of the 1,100 patients, or one in ten, missed an appointment."),
    ("One in six riders, 95 out of 342, missed the cut.",
     "One in six riders, 57 out of 342, missed the cut."),
    ("Nearly half the crew - 9 of 31 - were ill.",
     "Nearly half the crew - 14 of 31 - were ill."),
    ("Of the 800 trees planted, 190, or three in eight, died in the drought.",
     "Of the 800 trees planted, 300, or three in eight, died in the drought."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_uncommon_fraction_share(linter, wrong, right):
    assert "FIG010" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # copy rounds: 13% is one in eight, 15% one in seven
        "Some 190 of the 1,440 applicants, or one in eight, were offered a place.",
        "Only 72 of the 490 flats - one in seven - have a lift.",
        "Only 90 of the 1,100 patients, or one in ten, missed an appointment.",
        # a share after a bare comma that does not open the sentence is not the pair's
        "Turnout was a third, and 92 out of 488 voters were new.",
        # a change, not a share
        "Sales were a third higher, with 92 out of 488 shops reporting.",
        # a qualifier keeps its own bounds
        "About 160 of the 1,440 applicants, roughly one in eight, were offered a place.",
    ],
)
def test_uncommon_fraction_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
