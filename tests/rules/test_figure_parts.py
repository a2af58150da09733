"""FIG003 in every phrasing of a whole and its parts: each wrong sentence fires, and the
same sentence with parts that fit stays quiet."""

import pytest

PAIRS = [
    # Of the T, a ..., b ... and c ...
    ("Of the 600 pupils, 350 walk to school, 200 take the bus and 80 are driven.",
     "Of the 600 pupils, 350 walk to school, 170 take the bus and 80 are driven."),
    ("Of the £2.5m raised, £1.8m came from members and £900,000 from grants.",
     "Of the £2.5m raised, £1.6m came from members and £900,000 from grants."),
    # of whom / of which / including / among them
    ("The hospital treated 1,300 patients, of whom 900 were adults and 500 children.",
     "The hospital treated 1,300 patients, of whom 900 were adults and 400 children."),
    ("The charity spent £4.1m last year, of which £2.5m went on grants and £1.9m on staff.",
     "The charity spent £4.1m last year, of which £2.5m went on grants and £1.6m on staff."),
    ("The airline flew 52,000 passengers, including 30,000 on domestic routes and 25,000 abroad.",
     "The airline flew 52,000 passengers, including 30,000 on domestic routes and 20,000 abroad."),
    ("The fire destroyed 75 homes, among them 50 terraced houses and 30 flats.",
     "The fire destroyed 75 homes, among them 40 terraced houses and 30 flats."),
    # a list after a colon or a dash: the parts are the whole
    ("Eleven candidates stood: six men and four women.", "Ten candidates stood: six men and four women."),
    ("Seven people - three adults and five children - were rescued.",
     "Eight people - three adults and five children - were rescued."),
    # made up of / consists of / split into
    ("The £90m package is made up of £60m in loans and £40m in grants.",
     "The £90m package is made up of £50m in loans and £40m in grants."),
    ("The 24-strong squad consists of 14 forwards and 12 backs.",
     "The 24-strong squad consists of 13 forwards and 11 backs."),
    ("The 120 seats are split between 70 for the council and 40 for residents.",
     "The 120 seats are split between 80 for the council and 40 for residents."),
    ("The school has 800 pupils: 420 girls and 390 boys.", "The school has 800 pupils: 420 girls and 380 boys."),
    # the sum after the parts
    ("Police made 12 arrests on Friday and 9 on Saturday, 23 in all.",
     "Police made 12 arrests on Friday and 9 on Saturday, 21 in all."),
    ("The school has 310 girls and 290 boys, a total of 640 pupils.",
     "The school has 310 girls and 290 boys, a total of 600 pupils."),
    # the remaining / leaving
    ("Twenty of the 65 flats are finished, and the remaining 40 will be ready in June.",
     "Twenty of the 65 flats are finished, and the remaining 45 will be ready in June."),
    ("He spent £3,000 of the £10,000 grant, leaving £8,000 for next year.",
     "He spent £3,000 of the £10,000 grant, leaving £7,000 for next year."),
    # shares of one total
    ("The family owns 48% of the club, a local trust 37% and fans 20%.",
     "The family owns 48% of the club, a local trust 37% and fans 15%."),
    ("Members backed 61% of the motions, rejected 30% and deferred 14%.",
     "Members backed 61% of the motions, rejected 30% and deferred 9%."),
    # a source's figures
    ("Of the 90 staff, 60 are nurses and 40 are doctors, the trust said.",
     "Of the 90 staff, 60 are nurses and 30 are doctors, the trust said."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_parts_that_do_not_fit_fire_and_parts_that_fit_stay_quiet(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG003"]) == ["FIG003"], wrong
    assert linter.codes(right, select=["FIG003"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # a list that need not be complete: fewer parts than the whole is fine
        "Of the 600 pupils, 350 walk to school and 100 take the bus.",
        "The firm employs 4,000 people, including 900 in Wales.",
        # nested parts are not summed with their parent
        "Of the 500 staff, 300 are women, 120 of them part-time, and 200 are men.",
        # different times are different totals
        "Labour won 41% of the vote in 2019, 38% in 2017 and 30% in 2015.",
        # shares that need not be exclusive
        "Three in five homes have a car, and 85% have a bicycle.",
        "About 70% of adults own a phone, 60% a laptop and 40% a tablet, the survey found.",
        # different totals named
        "Some 52% of men and 61% of women said yes.",
        # another amount is no part
        "Of the 90 staff, 60 are nurses; another 50 work for agencies.",
        "Fares rose by 5% in 2023 and 4% in 2024, and 3% this year.",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text, select=["FIG003"]) == [], text


def test_message_names_the_parts_their_sum_and_the_whole(linter):
    [f] = linter.lint("The council has 48 seats: 30 held by Labour and 20 by others.", select=["FIG003"])
    assert "30 + 20 = 50" in f.message and "48 seats" in f.message


def test_parts_of_an_amount_given_before(linter):
    text = ("A former treasurer took £90,000 from the club, the court heard.\n\n"
            "He spent £50,000 on a car, £30,000 on holidays and £20,000 on bets, all of it club money.\n")
    findings = linter.lint(text, select=["FIG003"])
    assert [f.line for f in findings] == [3] and "£90,000 (line 1)" in findings[0].message
    assert linter.codes(text.replace("£20,000", "£10,000"), select=["FIG003"]) == []
    assert linter.codes(text.replace(", all of it club money", ""), select=["FIG003"]) == []


# Wholes and parts written less tidily: a number or a possessive in the whole's noun
# phrase, a measure inside a part, "of which" after a long clause, a list that comes close
# to its whole but falls short, a whole counted in an earlier sentence, "the remaining"
# after a part taken in an earlier paragraph, votes with everyone present.
LOOSE_PAIRS = [
    ("Of the 4,800 grade 3 applications, 2,100 were decided within eight weeks, 1,900 within 13 weeks and "
     "950 took longer.",
     "Of the 4,800 grade 3 applications, 2,100 were decided within eight weeks, 1,900 within 13 weeks and "
     "800 took longer."),
    ("Of the club's 1,200 members, 700 are adults and 560 juniors.",
     "Of the club's 1,200 members, 700 are adults and 500 juniors."),
    ("The trust raised £3.4m in grants and gifts over two years, of which £2.1m came from the lottery and "
     "£0.9m from private donors.",
     "The trust raised £3.4m in grants and gifts over two years, of which £2.1m came from the lottery and "
     "£1.3m from private donors."),
    ("Of those 2,400 households, 1,500 will be rehoused and 800 given grants, the housing association said.",
     "Of those 2,400 households, 1,500 will be rehoused and 900 given grants, the housing association said."),
    ("The festival budget is £6.5m, of which the state covers £3.2m, sponsors give £1.4m and fans £1.1m.",
     "The festival budget is £6.5m, of which the state covers £3.2m, sponsors give £1.4m and fans £1.9m."),
    ("The concert was seen by 48,000 fans.\n\nStreaming made up 19,000 of the fans, with 31,000 in the stadium.",
     "The concert was seen by 48,000 fans.\n\nStreaming made up 19,000 of the fans, with 29,000 in the stadium."),
    ("Rescuers pulled 26 people from the river.\n\nNine of them were children and 19 adults.",
     "Rescuers pulled 26 people from the river.\n\nNine of them were children and 17 adults."),
    ("Eleven climbers were caught by the avalanche.\n\nBy nightfall six of the stranded climbers had been "
     "reached.\n\nThe cause is not known.\n\nThe remaining four climbers will be flown out on Sunday.",
     "Eleven climbers were caught by the avalanche.\n\nBy nightfall six of the stranded climbers had been "
     "reached.\n\nThe cause is not known.\n\nThe remaining five climbers will be flown out on Sunday."),
    ("The board backed the merger by 11 votes to 3, with no abstentions, at a meeting attended by all 16 "
     "directors.",
     "The board backed the merger by 13 votes to 3, with no abstentions, at a meeting attended by all 16 "
     "directors."),
]


@pytest.mark.parametrize("wrong,right", LOOSE_PAIRS, ids=[p[0][:40] for p in LOOSE_PAIRS])
def test_loosely_written_parts(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG003"]) == ["FIG003"], wrong
    assert linter.codes(right, select=["FIG003"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # a list far short of its whole is a selection, not a sum gone wrong
        "Of the 900 staff, 300 are nurses and 150 are porters.",
        "The charity spent £4m, of which £1m went on research and £0.5m on advice.",
        # an aside inside the list is not a part of it
        "He won 11 titles in 2004 - three of them majors - and 13 finals in a row.",
        # votes with absentees not said to be none
        "The board backed the merger by 11 votes to 3 at a meeting of its 16 directors.",
        # "the remaining" of another group
        "Six of the stranded climbers were reached.\n\nThe remaining 40 tents were cleared on Monday.",
    ],
)
def test_loose_quiet(linter, text):
    assert linter.codes(text, select=["FIG003"]) == [], text


@pytest.mark.parametrize("wrong,right", [
    ("The trust will build 860 flats in the city.\n\nThe two sites, at Elm Park and Riverside, will have 470 and "
     "430 flats.",
     "The trust will build 860 flats in the city.\n\nThe two sites, at Elm Park and Riverside, will have 470 and "
     "390 flats."),
    ("Anglers caught 2,300 fish over the weekend.\n\nThe three lakes yielded 900, 800 and 750 fish.",
     "Anglers caught 2,300 fish over the weekend.\n\nThe three lakes yielded 900, 800 and 600 fish."),
])
def test_a_group_named_with_its_size_and_a_figure_for_each_member(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG003"]) == ["FIG003"], wrong
    assert linter.codes(right, select=["FIG003"]) == [], right


def test_a_named_group_that_is_a_selection_stays_quiet(linter):
    text = ("The council approved 1,500 homes this year.\n\n"
            "The three largest schemes were for 520, 380 and 290 homes.")
    assert linter.codes(text, select=["FIG003"]) == []


# Breakdowns in other shapes: after a verb and a colon, beside the whole with a place for
# each part, "Of those," in the next sentence, "is funded by", "of it", the parts before
# "are sharing the ... bill", and a list written to one precision ("£3.8m and £2m").
BREAKDOWNS = [
    ("The 480 complaints break down as follows: 210 about noise, 160 about parking and 140 about litter.",
     "The 480 complaints break down as follows: 210 about noise, 160 about parking and 110 about litter."),
    ("Ravenglass has 1,260 moorings, 700 on the river, 400 in the harbour and 210 elsewhere.",
     "Ravenglass has 1,260 moorings, 700 on the river, 400 in the harbour and 160 elsewhere."),
    ("The survey counted 930 nests.\n\nOf those, 610 were in the reed beds and 390 on the cliffs.",
     "The survey counted 930 nests.\n\nOf those, 610 were in the reed beds and 320 on the cliffs."),
    ("The £4.6m scheme is funded by the council, which pays £1.9m, and the lottery, which gives £3m.",
     "The £4.6m scheme is funded by the council, which pays £1.9m, and the lottery, which gives £2.7m."),
    ("The pier repairs will cost £2.4m.\n\nThe town has pledged £800,000 of it, with £1.9m from a heritage fund.",
     "The pier repairs will cost £2.4m.\n\nThe town has pledged £800,000 of it, with £1.6m from a heritage fund."),
    ("The port (£3.4m) and the county (£1.5m) are sharing the £4.6m bill.",
     "The port (£3.4m) and the county (£1.2m) are sharing the £4.6m bill."),
    ("At the meeting, 48% backed the merger, 30% voted against it and 27% abstained.",
     "At the meeting, 48% backed the merger, 30% voted against it and 22% abstained."),
    ("Of the £5.3m cost, the state is paying £3.8m and a trust £2m.",
     "Of the £5.3m cost, the state is paying £3.8m and a trust £1.5m."),
]


@pytest.mark.parametrize("wrong,right", BREAKDOWNS, ids=[p[0][:40] for p in BREAKDOWNS])
def test_breakdowns_in_other_shapes(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG003"]) == ["FIG003"], wrong
    assert linter.codes(right, select=["FIG003"]) == [], right


@pytest.mark.parametrize("text", [
    "The firm sold 5,000 cars, 500 vans and 300 lorries last year.",
    "Kendal has 2,000 homes, 300 more than in 2010.",
    "The £4.6m scheme will save £1.9m a year and bring £3m in trade.",
])
def test_lists_that_are_no_breakdown_stay_quiet(linter, text):
    assert linter.codes(text, select=["FIG003"]) == []
