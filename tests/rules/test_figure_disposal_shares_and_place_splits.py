"""FIG003 on two constructions: shares of one total each followed by where that part
goes ("60% of the grain is milled, 30% is exported and 15% is stored"), with "about" on
one share widening only that share; and counts split by named place in a later sentence
than their total ("to shut 90 branches" ... "In Leeds 55 branches will close and in York
48"), which may leave places out but may not add up to more."""

import pytest

# -- shares with a verb of where each part goes -------------------------------------------

SHARE_PAIRS = [
    ("Roughly 60% of the grain is processed locally, 30% is exported by rail and 15% is stored for winter.",
     "Roughly 60% of the grain is processed locally, 30% is exported by rail and 10% is stored for winter."),
    ("About 55% of the town's waste is recycled, 35% is burned for power and 15% is sent to landfill.",
     "About 55% of the town's waste is recycled, 35% is burned for power and 10% is sent to landfill."),
    ("Some 45% of the fund goes to schools, 40% is spent on roads and 20% is kept in reserve.",
     "Some 45% of the fund goes to schools, 40% is spent on roads and 15% is kept in reserve."),
]


@pytest.mark.parametrize("wrong,right", SHARE_PAIRS, ids=[p[0][:40] for p in SHARE_PAIRS])
def test_disposal_shares_past_100(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # "about" on a share not a multiple of five: a point of slack as well as its digits
        "About 62% of the grain is milled locally, 30% is exported and 9% is stored.",
        # attributes of one group, not where its parts go: they may overlap
        "About 70% of the flats are fitted with gas boilers, 45% are linked to solar panels and 20% are let.",
        # two totals
        "About 70% of the crop goes to the mills, while 40% of the milk is sold abroad and 10% is kept.",
    ],
)
def test_disposal_shares_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


def test_disposal_shares_in_a_quote_are_checked(linter):
    # a source's own arithmetic is checked too (the rule's policy for quoted figures)
    text = '"Roughly 60% of the grain is processed here, 30% is exported and 15% is stored," the co-op said.'
    assert "FIG003" in linter.codes(text, select=["FIG"])


# -- counts split by place after their total ----------------------------------------------

PLACE_PAIRS = [
    ("The bank is to shut 90 branches next year.\n\nIn Leeds 55 branches will close and in York 48.",
     "The bank is to shut 90 branches next year.\n\nIn Leeds 55 branches will close and in York 28."),
    ("# Health board to cut 600 posts\n\nThe board confirmed the plan on Monday.\n\nManagers are most affected.\n\n"
     "At Northgate 420 posts will be lost, and at Riverside 260.",
     "# Health board to cut 600 posts\n\nThe board confirmed the plan on Monday.\n\nManagers are most affected.\n\n"
     "At Northgate 420 posts will be lost, and at Riverside 160."),
    ("The union says about 1,200 nurses will strike on Friday.\n\n"
     "In Perth 700 nurses will walk out, in Stirling 450 and in Falkirk 230.",
     "The union says about 1,200 nurses will strike on Friday.\n\n"
     "In Perth 600 nurses will walk out, in Stirling 350 and in Falkirk 230."),
    ("The chain will close 75 shops.\n\nThe firm said 40 shops would shut in Kent and 39 in Essex.",
     "The chain will close 75 shops.\n\nThe firm said 40 shops would shut in Kent and 29 in Essex."),
]


@pytest.mark.parametrize("wrong,right", PLACE_PAIRS, ids=[p[0][:40] for p in PLACE_PAIRS])
def test_place_split_exceeds_total(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # another time's figures
        "The bank is to shut 90 branches.\n\nLast year it closed 60 branches in Leeds and 48 in York.",
        # a place split that leaves places out is not short of its whole
        "# Health board to cut 600 posts\n\n420 posts will be lost at Northgate, and 160 at Riverside.",
        # the total given twice with different values: not a split's whole
        "The bank is to shut 90 branches.\n\nIt had planned 120 branches.\n\nIn Leeds 55 branches will close "
        "and in York 48.",
        # a one-digit number after a capitalised name stays a name
        "In Formula 1 drivers are paid well, and in Formula 2 drivers pay to race.",
    ],
)
def test_place_split_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


def test_place_split_reported_at_the_parts(linter):
    text = "The bank is to shut 90 branches next year.\n\nIn Leeds 55 branches will close and in York 48."
    found = [f for f in linter.lint(text, select=["FIG"]) if f.code == "FIG003"]
    assert [f.line for f in found] == [3]
    assert "55 + 48 = 103" in found[0].message


# -- FIG001: "the 5.7 million who watched", a count of people with no noun ---------------

WHO_PAIRS = [
    ("# Final draws 6.1 million viewers\n\nThe cup final was watched by 6.1 million people on Saturday.\n\n"
     "The match went to penalties.\n\nRatings show the 5.7 million who watched made it the top game of the year.",
     "# Final draws 6.1 million viewers\n\nThe cup final was watched by 6.1 million people on Saturday.\n\n"
     "The match went to penalties.\n\nRatings show the 6.1 million who watched made it the top game of the year."),
    ("The petition was signed by 12,400 people in a week.\n\nOrganisers said the 11,900 who signed wanted the "
     "library kept open.",
     "The petition was signed by 12,400 people in a week.\n\nOrganisers said the 12,400 who signed wanted the "
     "library kept open."),
]


@pytest.mark.parametrize("wrong,right", WHO_PAIRS, ids=[p[0][:40] for p in WHO_PAIRS])
def test_bare_count_of_people_restated(linter, wrong, right):
    assert "FIG001" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # two counts of people before: which one is meant is not known
        "About 40,000 fans came on the first day and 35,000 people on the second.\n\n"
        "The 36,000 who came on Sunday saw the final.",
        # the sum of counts given before
        "The petition was signed by 12,400 people in a week, and by 3,000 more people a week later.\n\n"
        "Organisers said the 15,400 who signed wanted the library kept open.",
        # a speaker's round figure in a quote
        'The concert drew 30,000 fans.\n\n"The 28,000 who came were wonderful," the singer said.',
        # a group named by the sentence itself: "of the N who"
        "The clinic aims to treat 3,000 patients a year.\n\nIt saw 40% of the 2,900 who applied.",
    ],
)
def test_bare_count_of_people_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


# -- FIG008: a time in one sentence, "at 04:00 on Friday, after 30 hours" in the next -----

DURATION_PAIRS = [
    ("The water main burst at 21:00 on Monday.\n\nSupplies came back at 05:00 on Wednesday, after 40 hours.",
     "The water main burst at 21:00 on Monday.\n\nSupplies came back at 05:00 on Wednesday, after 32 hours."),
    ("The lift broke down at 09:15. Engineers freed the trapped workers at 14:15, after three hours.",
     "The lift broke down at 09:15. Engineers freed the trapped workers at 14:15, after five hours."),
    ("The stand-off began at 06:00 on Tuesday. Police went in at 18:00 the following day, after 20 hours.",
     "The stand-off began at 06:00 on Tuesday. Police went in at 18:00 the following day, after 36 hours."),
    ("The ferry left at 11:00. It docked at 17:30 on the same day, four hours later.",
     "The ferry left at 11:00. It docked at 17:30 on the same day, six and a half hours later."),
]


@pytest.mark.parametrize("wrong,right", DURATION_PAIRS, ids=[p[0][:40] for p in DURATION_PAIRS])
def test_duration_up_to_a_time_after_one_given_before(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # a duration of something else after the time
        "The lift broke down at 09:15. Engineers freed the workers at 14:15, after three hours of work each.",
        # two times in the sentence before: which one starts the period is not known
        "The lift broke down at 09:15 and again at 11:00. Engineers freed the workers at 14:15, after three hours.",
    ],
)
def test_duration_up_to_a_time_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


# -- FIG002: a multiple in the headline, "from A to B" in the lead; "will double" ---------

MULTIPLE_PAIRS = [
    ("# Bus operator to double fares in Kent\n\nThe operator will raise single fares from £1.50 to £2.40 in April.",
     "# Bus operator to double fares in Kent\n\nThe operator will raise single fares from £1.50 to £3.00 in April."),
    ("# City to halve library opening hours\n\nThe council will cut weekly opening hours at its libraries from 60 "
     "to 40 from June.",
     "# City to halve library opening hours\n\nThe council will cut weekly opening hours at its libraries from 60 "
     "to 30 from June."),
    # a plain multiple is not said of x1.85
    ("# Borough to double seafront parking fees\n\nThe borough will raise the daily fee at its seafront car parks "
     "from £4.20 to £7.60.",
     "# Borough to double seafront parking fees\n\nThe borough will raise the daily fee at its seafront car parks "
     "from £4.20 to £8.40."),
    ("Single fares will double from £1.50 to £2.40 in April.",
     "Single fares will double from £1.50 to £3 in April."),
]


@pytest.mark.parametrize("wrong,right", MULTIPLE_PAIRS, ids=[p[0][:40] for p in MULTIPLE_PAIRS])
def test_multiple_against_from_to(linter, wrong, right):
    assert "FIG002" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # the lead's change is of something else than what the headline doubles
        "# Bus operator to double fares in Kent\n\nThe operator said staff pay would rise from £11 to £12 an hour.",
        # "double" as an adjective
        "The hotel has a double room for £90, up from £80.",
        # "nearly doubled" allows x1.85
        "Single fares have nearly doubled, from £1.30 to £2.40.",
    ],
)
def test_multiple_against_from_to_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
