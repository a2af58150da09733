"""Figures rules on constructions of copy written by other hands: a change's start given
after "as opposed to" or "set beside"; a fraction "fewer than the N" or "more than
the N"; "signed up" before a stated fall (no rise); "risen
three times" (a multiple, not an amount of three); parts after a colon each following its
label ("gold - 12, silver - 9, bronze - 4"); and a whole in a paragraph ending with a
colon, set out in the list below it, one part an item."""

import pytest

# -- a change against its start, in other comparison words ---------------------------------

CHANGE_PAIRS = [
    ("Footfall rose by 30% over the summer, with 5,200 shoppers counted as opposed to 4,800 previously.",
     "Footfall rose by 30% over the summer, with 6,240 shoppers counted as opposed to 4,800 previously."),
    ("Membership was 450 this year as opposed to 600 last year, a 35% fall.",
     "Membership was 450 this year as opposed to 600 last year, a 25% fall."),
    ("Entries came to 1,150, a 15% fall when set alongside the 1,500 of 2023.",
     "Entries came to 1,150, a 23% fall when set alongside the 1,500 of 2023."),
    ("The new pool holds 640 swimmers, a quarter more than the 400 of the old one.",
     "The new pool holds 500 swimmers, a quarter more than the 400 of the old one."),
    ("In 2024 the shelter took in 260 dogs, a third fewer than the 300 it took in a year earlier.",
     "In 2024 the shelter took in 200 dogs, a third fewer than the 300 it took in a year earlier."),
    ("In total 1,800 apprentices signed up - a 35% drop on last year's 2,400.",
     "In total 1,800 apprentices signed up - a 25% drop on last year's 2,400."),
]


@pytest.mark.parametrize("wrong,right", CHANGE_PAIRS, ids=[p[0][:40] for p in CHANGE_PAIRS])
def test_change_in_other_comparison_words(linter, wrong, right):
    assert "FIG002" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # "N times" after a verb of change is a multiple (or how often), never an amount of N
        "Bus fares have risen three times since 2015, from £1.20 to £3.60.",
        "Interest rates rose four times last year, from 0.5% to 1.75%.",
        "Visitor numbers have grown 2.5 times, from 3,200 to 8,000.",
        # a level set beside another with no change stated
        "The club has 450 members as opposed to 380 at its rival.",
    ],
)
def test_comparison_words_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


# -- parts after a colon, each after its label -----------------------------------------------

LABELLED_PAIRS = [
    ("The squad brought home 31 medals: gold - 12, silver - 9, bronze - 4.",
     "The squad brought home 25 medals: gold - 12, silver - 9, bronze - 4."),
    ("In all 64 complaints were logged: noise - 30, parking - 21 and litter - 8.",
     "In all 59 complaints were logged: noise - 30, parking - 21 and litter - 8."),
]


@pytest.mark.parametrize("wrong,right", LABELLED_PAIRS, ids=[p[0][:40] for p in LABELLED_PAIRS])
def test_labelled_parts_after_a_colon(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


# -- a whole set out in the list below it -------------------------------------------------------

BULLET_PAIRS = [
    ("The 48 new homes will be shared out as follows:\n\n- Riverside: 20\n- Old Town: 15\n- Harbour: 9\n",
     "The 44 new homes will be shared out as follows:\n\n- Riverside: 20\n- Old Town: 15\n- Harbour: 9\n"),
    ("The trust's 312 beds are split between three sites:\n\n- 150 at the General\n- 102 at St Anne's\n"
     "- 80 at the Royal\n",
     "The trust's 332 beds are split between three sites:\n\n- 150 at the General\n- 102 at St Anne's\n"
     "- 80 at the Royal\n"),
]


@pytest.mark.parametrize("wrong,right", BULLET_PAIRS, ids=[p[0][:40] for p in BULLET_PAIRS])
def test_whole_set_out_in_the_list_below(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # the list names some of the whole, after a comma: not set out in full
        "Of the 90 stalls, these were the busiest:\n\n- Cheese: 12 sales an hour\n- Bread: 9 sales an hour\n",
        # items with two figures of the kind, or none
        "The 40 teams are these:\n\n- Under-12s: 10 boys and 6 girls\n- Under-14s\n- Seniors: 12\n",
        # an approximate whole
        "About 120 people were moved:\n\n- 70 to the school\n- 41 to the hotel\n",
    ],
)
def test_lists_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
