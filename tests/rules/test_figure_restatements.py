"""FIG001: the same quantity given two values, in phrasings beyond back-references: one
measure per story (crowd, attendance, turnout, toll, a winning margin), a headline count
taken up later as a whole, ages of one person in several forms."""

import pytest

PAIRS = [
    ("The final was watched by a crowd of 8,400.\n\nThe attendance of 8,900 was a record for the ground.\n",
     "The final was watched by a crowd of 8,400.\n\nThe attendance of 8,400 was a record for the ground.\n"),
    ("Turnout was 42% across the district.\n\nThe turnout of 46% was the highest since 2010.\n",
     "Turnout was 42% across the district.\n\nThe turnout of 42% was the highest since 2010.\n"),
    ("# Okafor wins by 3,200 votes\n\nAda Okafor won the seat by 3,200 votes.\n\nOkafor said her 2,300-vote win was historic.\n",
     "# Okafor wins by 3,200 votes\n\nAda Okafor won the seat by 3,200 votes.\n\nOkafor said her 3,200-vote win was historic.\n"),
    ("# Bank fined for 40,000 mis-sold loans\n\nThe bank mis-sold 40,000 loans, the regulator said.\n\n"
     "All 45,000 affected loans will be refunded.\n",
     "# Bank fined for 40,000 mis-sold loans\n\nThe bank mis-sold 40,000 loans, the regulator said.\n\n"
     "All 40,000 affected loans will be refunded.\n"),
    ("Priya Nair, 38, chairs the board.\n\nNair, who is 39, was appointed in May.\n",
     "Priya Nair, 38, chairs the board.\n\nNair, who is 38, was appointed in May.\n"),
    ("Priya Nair, 38, chairs the board.\n\nNair (36) was appointed in May.\n",
     "Priya Nair, 38, chairs the board.\n\nNair (38) was appointed in May.\n"),
    ("Priya Nair, 38, chairs the board.\n\nA spokesman, Tom Webb, said the 40-year-old was well liked.\n",
     "Priya Nair, 38, chairs the board.\n\nA spokesman, Tom Webb, said the 38-year-old was well liked.\n"),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_same_quantity_two_values(linter, wrong, right):
    assert "FIG001" in linter.codes(wrong, select=["FIG001"]), wrong
    assert linter.codes(right, select=["FIG001"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of 8,400 watched the final.\n\nThe attendance of 12,000 at last year's final was a record.\n",
        "Labour won Leeds by 3,200 votes.\n\nIn York, Ken Moss won by 2,100 votes.\n",
        "# Bank to refund 40,000 loans\n\nThe bank will refund 40,000 loans.\n\nThe 2,000 Welsh loans will be paid first.\n",
        "Three men and two women were charged.\n\nThe five were released on bail.\n",
        "# Bank to refund 40,000 loans\n\nThe bank will refund 40,000 loans, 5,000 of them in Wales.\n\n"
        "The 5,000 loans will be paid first.\n",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text, select=["FIG001"]) == [], text


TABLE = ("| Site | Region | Jobs | Share |\n|---|---|---|---|\n| Ashby Works | Midlands | 1,200 | 40% |\n"
         "| Calder Mill | North | 900 | 30% |\n\n")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Ashby Works employs 1,500 staff, the firm said.\n", True),
        ("Ashby Works employs 1,200 staff, while Calder Mill has 900.\n", False),
        ("Calder Mill accounts for 35% of the total.\n", True),
        ("Ashby Works has 1,200 jobs and Calder Mill 900.\n", False),
        ("Jobs at Ashby Works rose by 300 this year.\n", False),
        ("Calder Mill's 950 jobs are safe, the firm said.\n", True),
    ],
)
def test_table_row_against_the_text(linter, text, fires):
    codes = linter.codes(TABLE + text, select=["FIG001"])
    assert (codes == ["FIG001"]) is fires, codes


def test_another_quantity_of_a_table_row_is_no_restatement(linter):
    table = ("| Pool | Now | From May |\n|---|---|---|\n| Eastgate | £6.00 | £7.50 |\n| Millbank | £4.50 | £5.40 |\n\n")
    quiet = table + "A one-hour swim at Eastgate will rise from £2.40 to £3.00."
    assert linter.codes(quiet, select=["FIG001"]) == []
    slip = table + "A day ticket at Eastgate will rise from £6.50 to £7.50."
    assert linter.codes(slip, select=["FIG001"]) == ["FIG001"]


FILLER = "\n\nThe council met on Tuesday.\n\nResidents were invited to comment.\n\nA decision is due in spring.\n\n"


@pytest.mark.parametrize("wrong,right", [
    # a measure restated with a comparison after it: the comparison's year is not the figure's
    ("# By-election result\n\nMs Ward won the seat with a majority of 1,210." + FILLER +
     "Ms Ward's majority of 1,120 compares with the Conservatives' majority of 2,300 in 2019.",
     "# By-election result\n\nMs Ward won the seat with a majority of 1,210." + FILLER +
     "Ms Ward's majority of 1,210 compares with the Conservatives' majority of 2,300 in 2019."),
    # a back-reference far from its figure, tied by what is said of the noun
    ("The city has 3,200 student flats registered, the register shows." + FILLER + "Another meeting follows.\n\n"
     "The new rules do not cover the 3,800 flats already registered.",
     "The city has 3,200 student flats registered, the register shows." + FILLER + "Another meeting follows.\n\n"
     "The new rules do not cover the 3,200 flats already registered."),
])
def test_restatements_far_apart(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG001"]) == ["FIG001"], wrong
    assert linter.codes(right, select=["FIG001"]) == [], right


def test_a_verb_after_a_figure_is_no_counted_noun(linter):
    text = "Turnout was 41%.\n\nThe 392 compares with 540 votes last time."
    assert linter.codes(text, select=["FIG001"]) == []
