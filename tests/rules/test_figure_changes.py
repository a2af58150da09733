"""FIG002 in every phrasing of a change: each wrong sentence fires, and the same sentence
with the arithmetic put right stays quiet."""

import pytest

# (wrong, right): the same sentence with a wrong and a correct stated change
PAIRS = [
    # from ... to ...
    ("Bus fares went up 10% from £2.00 to £2.50.", "Bus fares went up 25% from £2.00 to £2.50."),
    ("Enrolment fell from 640 to 520, a drop of 25%.", "Enrolment fell from 640 to 520, a drop of 19%."),
    ("The herd grew by a third, from 300 to 360.", "The herd grew by a fifth, from 300 to 360."),
    # to ... from ...
    ("Revenue rose 30% to £13m from £12m.", "Revenue rose 8% to £13m from £12m."),
    ("Arrests fell by 150 to 600 from 800.", "Arrests fell by 200 to 600 from 800."),
    # X, up/down from Y
    ("Members numbered 2,400, up from 2,000 in 2022, a rise of 30%.",
     "Members numbered 2,400, up from 2,000 in 2022, a rise of 20%."),
    ("The deficit stood at £48m, down from £60m, a cut of a third.",
     "The deficit stood at £48m, down from £60m, a cut of a fifth."),
    # X, compared with Y
    ("Applications fell 40% to 5,100, compared with 6,000 a year earlier.",
     "Applications fell 15% to 5,100, compared with 6,000 a year earlier."),
    ("Output was 7,200 tonnes against 8,000 tonnes last year, a fall of 20%.",
     "Output was 7,200 tonnes against 8,000 tonnes last year, a fall of 10%."),
    # on last year's
    ("Visitors dropped to 1,500, down 40% on last year's 2,000.",
     "Visitors dropped to 1,500, down 25% on last year's 2,000."),
    # fractions with qualifiers
    ("Staff numbers went from 1,000 to 850, a cut of almost a third.",
     "Staff numbers went from 1,000 to 700, a cut of almost a third."),
    ("Prices fell by more than half, from £80 to £50.", "Prices fell by more than half, from £80 to £35."),
    ("The backlog shrank by three-quarters to 900 from 2,000.", "The backlog shrank by three-quarters to 500 from 2,000."),
    # multiples
    ("Sales doubled from 4,000 to 6,000.", "Sales doubled from 4,000 to 8,100."),
    ("Profit nearly tripled to £50m from £30m.", "Profit nearly tripled to £85m from £30m."),
    ("Rents have halved from £900 to £600.", "Rents have halved from £900 to £460."),
    ("Output rose fourfold to 20 tonnes from 8 tonnes.", "Output rose fourfold to 32 tonnes from 8 tonnes."),
    # comparisons
    ("The 2,800 complaints were more than double the 1,500 received in 2023.",
     "The 3,200 complaints were more than double the 1,500 received in 2023."),
    ("Drivers logged 510 hours, three times the 200 hours of a year before.",
     "Drivers logged 610 hours, three times the 200 hours of a year before."),
    ("There were 44 burglaries in May, six fewer than the 52 reported in April.",
     "There were 44 burglaries in May, eight fewer than the 52 reported in April."),
    ("The club signed 75 players, 20 more than the 60 it signed last year.",
     "The club signed 75 players, 15 more than the 60 it signed last year."),
    # points
    ("Unemployment rose from 4.2% to 4.4%, a rise of 0.8 percentage points.",
     "Unemployment rose from 4.2% to 4.4%, a rise of 0.2 percentage points."),
    # direction
    ("Takings fell 10% from £300,000 to £330,000.", "Takings rose 10% from £300,000 to £330,000."),
    # two figures at two named times
    ("Last year the library lent 40,000 books; this year it lent 46,000, a rise of 25%.",
     "Last year the library lent 40,000 books; this year it lent 46,000, a rise of 15%."),
    ("In 2021 there were 300 complaints, and in 2023 there were 360, an increase of a third.",
     "In 2021 there were 300 complaints, and in 2023 there were 360, an increase of a fifth."),
    # a source's figures
    ("Waiting lists fell 12% from 5,000 to 4,000, the trust said.",
     "Waiting lists fell 20% from 5,000 to 4,000, the trust said."),
    ('"Orders are up 50%, from 200 to 260," the manager said.',
     '"Orders are up 30%, from 200 to 260," the manager said.'),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_wrong_change_fires_and_right_one_stays_quiet(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 4% to £50m, while costs rose from £20m to £30m.",
        "Prices climbed from 200 to 260 in five years; wages rose 12% over the period.",
        "The share of renters grew from 18% to 21%, up three points.",
        "Rates fell 0.25% from 4.5% to 4.25%.",
        "The 1,890 hours were half the 3,780 hours of 2022.",
        "About 300 people came, up from 250 last year, a rise of about a fifth.",
        "The index rose 2% to 1,020 from 1,000, compared with 980 in January.",
        "Fares are up 5% from next month, to £2.10 from £2.00.",
    ],
)
def test_right_arithmetic_in_other_phrasings_stays_quiet(linter, text):
    assert linter.codes(text, select=["FIG002"]) == [], text


def test_that_compares_with_ends_at_the_previous_sentence(linter):
    text = ("The average rent reached £1,240 in June.\n\n"
            "That compares with £1,100 a year ago, an annual rise of 5%.\n")
    findings = linter.lint(text, select=["FIG002"])
    assert [(f.line, f.code) for f in findings] == [(3, "FIG002")]
    assert "£1,240 (line 1)" in findings[0].message and "£1,100" in findings[0].message
    right = text.replace("5%", "13%")
    assert linter.codes(right, select=["FIG002"]) == []


def test_the_increase_takes_up_the_change_stated_before(linter):
    text = ("# Water bills to rise 6%\n\nThe regulator approved a 6% rise in bills.\n\n"
            "The increase takes the average bill from £480 to £540 a year.\n")
    findings = linter.lint(text, select=["FIG002"])
    assert [f.line for f in findings] == [5]
    assert "6% on line 3" in findings[0].message
    assert linter.codes(text.replace("£540", "£509"), select=["FIG002"]) == []


def test_message_names_both_values_and_the_source(linter):
    [f] = linter.lint("Entries fell 30% to 900 from 1,000, the board said.", select=["FIG002"])
    assert "30%" in f.message and "1,000" in f.message and "900" in f.message
    assert "source" in f.message


# A change whose two figures are not both in its sentence, and changes written as a
# translation or a hurried draft writes them.
ACROSS_PAIRS = [
    # the end here, the start in a sentence before
    ("The waiting list stood at 4,200 patients in January, the trust said.\n\n"
     "By June the waiting list had fallen to 3,500 patients, a drop of about a third.",
     "The waiting list stood at 4,200 patients in January, the trust said.\n\n"
     "By June the waiting list had fallen to 3,500 patients, a drop of about a sixth."),
    # two figures of one thing at two times, the change stated with the later one
    ("Ferry crossings rose 18% in the first half of this year to 9,400 sailings.\n\n"
     "In the same period last year there were 7,300 sailings.",
     "Ferry crossings rose 18% in the first half of this year to 9,400 sailings.\n\n"
     "In the same period last year there were 7,970 sailings."),
    # "since then": the start here, the end given before
    ("The valley has 410 farms, the survey found.\n\nIn 2010 there were 520 farms, so the number has fallen by "
     "almost a half since then.",
     "The valley has 410 farms, the survey found.\n\nIn 2010 there were 520 farms, so the number has fallen by "
     "a fifth since then."),
    # a table row named in the sentence
    ("| Route | Now | From May |\n|---|---|---|\n| Harbour line | £3.20 | £4.00 |\n| Hill line | £2.50 | £2.80 |\n\n"
     "On the Harbour line the single fare will go up by half.",
     "| Route | Now | From May |\n|---|---|---|\n| Harbour line | £3.20 | £4.00 |\n| Hill line | £2.50 | £2.80 |\n\n"
     "On the Harbour line the single fare will go up by a quarter."),
    # calques and elliptic forms
    ("Bookings have gone up a 30% this year, from 1,200 to 1,800.",
     "Bookings have gone up a 50% this year, from 1,200 to 1,800."),
    ("The price fell from 400 to 300 zloty per tonne, so by nearly a half.",
     "The price fell from 400 to 300 zloty per tonne, so by a quarter."),
    ("Visitor numbers decreased with almost a half, from 9,000 to 7,800.",
     "Visitor numbers decreased with 13%, from 9,000 to 7,800."),
    ("Retail sales showed year-on-year growth 12%, reaching 5,600 units, up from 5,200.",
     "Retail sales showed year-on-year growth 8%, reaching 5,600 units, up from 5,200."),
]


@pytest.mark.parametrize("wrong,right", ACROSS_PAIRS, ids=[p[0][:40] for p in ACROSS_PAIRS])
def test_changes_across_sentences_and_in_loose_phrasing(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # parallel sentences about different companies
        "Northfield reported a 6% rise in profits to £280m.\n\nSouthgate reported a 19% rise in profits to £450m.",
        # a start far off the stated change is another quantity
        "Turnover was £250m in 2003.\n\nRevenue for the quarter was up 4.3% to £1.97bn.",
        # the figures go the other way: not the start of this change
        "The queue reached 20km in the morning.\n\nBy evening the queue had shrunk to 29km, a fall of a third.",
    ],
)
def test_changes_across_sentences_quiet(linter, text):
    assert linter.codes(text, select=["FIG002"]) == [], text


def test_a_change_across_sentences_is_reported_at_the_later_line(linter):
    text = ("Ferry crossings rose 18% in the first half of this year to 9,400 sailings.\n\n"
            "In the same period last year there were 7,300 sailings.\n")
    [f] = linter.lint(text, select=["FIG002"])
    assert f.line == 3 and "18% on line 1" in f.message and "7,300" in f.message


def test_a_difference_from_the_figure_the_story_opened_with(linter):
    lead = "Pupils in the county missed an average of 9 days of school last year, the report found.\n\n"
    wrong = lead + "Pupils in coastal towns missed an average of 14 days, 3 days more than the county figure."
    right = lead + "Pupils in coastal towns missed an average of 14 days, 5 days more than the county figure."
    far = lead + "Pupils in coastal towns missed an average of 40 days, 3 days more than the county figure."
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"]
    assert linter.codes(right, select=["FIG002"]) == []
    assert linter.codes(far, select=["FIG002"]) == []  # not the figure meant


# The start of a change given the ways copy gives it (what it stood at, a base, a figure
# in brackets with its year, "when" after an earlier time), a year against "now", a
# fraction before its direction, and a change told of "the figure" in the next sentence.
START_PAIRS = [
    ("Ticket sales reached 3,150, having stood at 2,900 the year before, a rise of 20%.",
     "Ticket sales reached 3,150, having stood at 2,900 the year before, a rise of 9%."),
    ("From a base of 480, enrolments climbed 40% to reach 550.",
     "From a base of 480, enrolments climbed 15% to reach 550."),
    ("Enrolments rose 30% on the year to 1,040 (870 in 2023).",
     "Enrolments rose 20% on the year to 1,040 (870 in 2023)."),
    ("At 2,150, arrivals were 40% higher than a year before, when 1,720 were recorded.",
     "At 2,150, arrivals were 25% higher than a year before, when 1,720 were recorded."),
    ("The harbour now has 310 moorings; in 2019 it had 250, so the increase is 40%.",
     "The harbour now has 310 moorings; in 2019 it had 250, so the increase is 24%."),
    ("In 2012 there were 900 market traders, and the town now has 610, a fall of almost half.",
     "In 2012 there were 900 market traders, and the town now has 610, a fall of about a third."),
    ("The 1,500 bookings this month are about a half up on the 1,200 of last March.",
     "The 1,500 bookings this month are about a quarter up on the 1,200 of last March."),
    ("Otters numbered 140 in 2010.\n\nThe figure has since doubled, to 420.",
     "Otters numbered 140 in 2010.\n\nThe figure has since tripled, to 420."),
]


@pytest.mark.parametrize("wrong,right", START_PAIRS, ids=[p[0][:40] for p in START_PAIRS])
def test_changes_whose_start_is_told_in_other_ways(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


def test_a_figure_far_off_the_stated_change_is_not_its_start(linter):
    text = "Some 1.9 million people visited the region.\n\nSince then the number has fallen by almost half, to 1,890."
    assert linter.codes(text, select=["FIG002"]) == []


# The ends of "from X to Y" share what only the second writes; every verb of change
# opens a stated change; a stated percentage is held to its digits, not to a tenth of it.
SHARED_END_PAIRS = [
    ("Turnover slid by a quarter, from 3.6 to 2.1 billion yuan.", "Turnover slid by a quarter, from 2.8 to 2.1 billion yuan."),
    ("The toll charge went up 10% from 4 to 5 euros.", "The toll charge went up 25% from 4 to 5 euros."),
    ("Backing for the scheme rose 8% from 31 to 46%.", "Backing for the scheme rose 15 points from 31 to 46%."),
    ("Water use dropped by a third, from 7.5 to 6.2 million litres a day.",
     "Water use dropped by a sixth, from 7.5 to 6.2 million litres a day."),
    ("The pond receded by 30% over the summer, from 900 to 780 square metres.",
     "The pond receded by 13% over the summer, from 900 to 780 square metres."),
    ("Attendance dwindled 25% to 2,600 from 3,100.", "Attendance dwindled 16% to 2,600 from 3,100."),
    ("The coastline has eroded by 40 metres since 2001, from 310 metres to 290 metres.",
     "The coastline has eroded by 20 metres since 2001, from 310 metres to 290 metres."),
    ("Bookings plummeted 60% to 1,400 from 2,200.", "Bookings plummeted 36% to 1,400 from 2,200."),
    ("Fees rocketed by 75%, from £480 to £720.", "Fees rocketed by 50%, from £480 to £720."),
    ("Hospital stays shortened by 25 per cent, from 6.8 days to 5.9 days.",
     "Hospital stays shortened by 13 per cent, from 6.8 days to 5.9 days."),
    ("Callers waited 41,300 minutes, down by 20 per cent from 48,700 minutes in March.",
     "Callers waited 41,300 minutes, down by 15 per cent from 48,700 minutes in March."),
]


@pytest.mark.parametrize("wrong,right", SHARED_END_PAIRS, ids=[p[0][:40] for p in SHARED_END_PAIRS])
def test_shared_ends_other_verbs_and_tight_percentages(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 50% from 800,000 to 1.2 million.",  # a start that writes its own size keeps it
        "The fund grew from 40 to 55 members, a rise of 38%.",
        "Readings recovered 12 bodies from the river.",
        "Prices rose about 15% from 2,000 to 2,260.",
    ],
)
def test_shared_ends_stay_quiet_where_they_should(linter, text):
    assert linter.codes(text, select=["FIG002"]) == [], text


@pytest.mark.parametrize("wrong,right", [
    ("Milk output fell to 8.2 million litres, down 25% on 2022, when it came to 9.6 million.",
     "Milk output fell to 8.2 million litres, down 15% on 2022, when it came to 9.6 million."),
    ("Arrests rose to 1,150, up 40% on 2021, when they numbered 920.",
     "Arrests rose to 1,150, up 25% on 2021, when they numbered 920."),
])
def test_a_start_told_after_when(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


def test_a_change_is_read_from_its_figures_nearly_as_printed(linter):
    # "2.1 million" may stand for 2.05-2.15 million, but a change printed beside it is
    # read from the figures as printed, within half their rounding
    wrong = "Visitors numbered 2.4 million this year, an increase of 9% on last year's 2.1 million."
    right = "Visitors numbered 2.4 million this year, an increase of 13% on last year's 2.1 million."
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"]
    assert linter.codes(right, select=["FIG002"]) == []


@pytest.mark.parametrize("wrong,right", [
    ("Landfill tonnage fell from 820 to 560 last year. That is a cut of 45%.",
     "Landfill tonnage fell from 820 to 560 last year. That is a cut of 32%."),
    ("Turnout fell from 62% to 55%. In relative terms, this represents a 20% drop.",
     "Turnout fell from 62% to 55%. In relative terms, this represents an 11% drop."),
    ("Orders went from 1,200 to 1,500 in a year.\n\nThat was a rise of 30%.",
     "Orders went from 1,200 to 1,500 in a year.\n\nThat was a rise of 25%."),
])
def test_a_change_named_in_the_next_sentence(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


def test_a_next_sentence_about_something_else_is_quiet(linter):
    text = "Fares rose from £2.00 to £2.40. That is the first rise for 12 years."
    assert linter.codes(text, select=["FIG"]) == []


@pytest.mark.parametrize("wrong,right", [
    ("Season tickets will be £310, rising to £350 next year, an increase of 16%.",
     "Season tickets will be £310, rising to £350 next year, an increase of 13%."),
    ("Landings fell from 48.2 million kilos to 41.9 million kilos, a drop of 6.3 million kilos or 15%.",
     "Landings fell from 48.2 million kilos to 41.9 million kilos, a drop of 6.3 million kilos or 13%."),
])
def test_a_level_going_to_another_and_a_change_said_twice(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


def test_a_level_going_to_another_with_no_change_stated_is_quiet(linter):
    assert linter.codes("The fee is £40, rising to £45 for late entries.", select=["FIG"]) == []


@pytest.mark.parametrize("wrong,right", [
    ("The hospital added 40 beds, taking its total from 310 to 360.",
     "The hospital added 50 beds, taking its total from 310 to 360."),
    ("The line gains three stations, bringing the network from 21 stations to 25.",
     "The line gains four stations, bringing the network from 21 stations to 25."),
])
def test_an_amount_a_verb_adds_before_taking_the_total(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


@pytest.mark.parametrize("wrong,right", [
    ("Okafor has taken 52 wickets, twice last season's tally of 31.",
     "Okafor has taken 62 wickets, twice last season's tally of 31."),
    ("The fair drew 9,000 visitors, three times the previous record of 2,400.",
     "The fair drew 7,200 visitors, three times the previous record of 2,400."),
])
def test_a_multiple_of_a_named_earlier_figure(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"], wrong
    assert linter.codes(right, select=["FIG002"]) == [], right


def test_a_next_sentence_giving_the_change_and_its_earlier_figure(linter):
    wrong = ("Nitrogen dioxide averaged 24 micrograms last year. "
             "That is 30% less than in 2016, when the average was 41 micrograms.")
    assert linter.codes(wrong, select=["FIG002"]) == ["FIG002"]
    assert linter.codes(wrong.replace("30%", "41%"), select=["FIG002"]) == []


def test_a_change_by_an_amount_to_a_level_implies_its_start(linter):
    wrong = (
        "Bookings dropped by 50 to 450, a fall of 15%.\n\n"
        "Sales rose by £500,000 to £2.5m, a rise of 40%.\n"
    )
    found = linter.lint(wrong, select=["FIG002"])
    assert [(f.line, f.code) for f in found] == [(1, "FIG002"), (3, "FIG002")]
    assert "500 (450 plus 50) to 450 is a change of -10.0%" in found[0].message
    assert "£2,000,000 (£2.5m less £500,000)" in found[1].message
    right = (
        "Visits fell by 300 to 1,200, a drop of 20%.\n\n"
        "Revenue was up by £2m to £12m, an increase of a fifth.\n\n"
        "The roll grew by 40 to 240, or 20%.\n\n"
        "The team won by 3 goals to 1, their biggest win of the season.\n\n"
        "Rents went up by 5% to £1,050 a month, a rise of £50.\n"
    )
    assert linter.lint(right, select=["FIG002"]) == []


def test_a_headline_change_is_held_to_the_leads_end_points(linter):
    for head in ("# Ferry bookings up 30% to 13,000", "# Ferry bookings up by a third"):
        text = f"{head}\n\nThe operator took 13,000 ferry bookings in May, up from 11,000 a year earlier.\n"
        [f] = linter.lint(text, select=["FIG002"])
        assert f.line == 3 and "on line 1, but 11,000 to 13,000 is a change of +18.2%" in f.message
    quiet = [
        "# Ferry bookings up 18% to 13,000\n\nThe operator took 13,000 ferry bookings in May, up from 11,000 a year earlier.\n",
        # another quantity in the lead: the headline's change is not about it
        "# Ferry fares to rise 10% in June\n\nThe harbour's budget will grow from £4m to £4.8m, the trust said.\n",
    ]
    for text in quiet:
        assert linter.lint(text, select=["FIG002"]) == []
