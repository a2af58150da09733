"""FIG001 on a group's size restated in other words: "a crowd of N" taken up as "the N
fans", "employs N people" as "its N-strong staff", "the N-strong workforce" as "its N
staff" after a sentence that opens with a plural noun of people ("Managers said"), which
names nobody."""

import pytest

PAD = "The news was announced at a briefing on Thursday afternoon."

PAIRS = [
    (f"A crowd of 6,200 saw the derby at Kingsmeadow.\n\n{PAD}\n\nThe 7,400 fans were kept in their seats after the match.",
     f"A crowd of 6,200 saw the derby at Kingsmeadow.\n\n{PAD}\n\nThe 6,200 fans were kept in their seats after the match."),
    (f"An audience of 850 attended the premiere.\n\n{PAD}\n\nThe 650 viewers gave the film a standing ovation.",
     f"An audience of 850 attended the premiere.\n\n{PAD}\n\nThe 850 viewers gave the film a standing ovation."),
    (f"The bakery employs 340 people.\n\n{PAD}\n\nBosses said the bakery's 420-strong staff would keep their jobs.",
     f"The bakery employs 340 people.\n\n{PAD}\n\nBosses said the bakery's 340-strong staff would keep their jobs."),
    (f"The 900-strong workforce at the Corby mill was briefed on Friday.\n\n{PAD}\n\n"
     "Directors said its 750 staff would all be retrained.",
     f"The 900-strong workforce at the Corby mill was briefed on Friday.\n\n{PAD}\n\n"
     "Directors said its 900 staff would all be retrained."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_group_size_restated(linter, wrong, right):
    assert "FIG001" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # another crowd, another day
        f"A crowd of 6,200 saw Saturday's derby.\n\n{PAD}\n\nOn Tuesday 4,100 fans watched the reserves.",
        # a part of the staff
        f"The bakery employs 340 people.\n\n{PAD}\n\nAbout 120 of the staff work nights.",
        # a crowd is not the staff
        f"The bakery employs 340 people.\n\n{PAD}\n\nA crowd of 120 gathered outside the gates.",
        # part of the crowd
        f"A crowd of 6,200 saw the derby.\n\n{PAD}\n\nSome 800 fans were delayed by roadworks.",
    ],
)
def test_group_size_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
