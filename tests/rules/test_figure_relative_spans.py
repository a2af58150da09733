"""FIG008 on a date or year given as a period after an earlier one ("admitted on 2 March
and sent home nine days later, on 11 March"; "sold in 2011, 16 years after the 1995
float"), and on a duration that opens the sentence before its own span ("After 11 years
in charge, from 2008 to 2019, ...")."""

import pytest

PAIRS = [
    # (wrong, right)
    ("The trawler ran aground on 6 February and was refloated eight days later, on 19 February.",
     "The trawler ran aground on 6 February and was refloated 13 days later, on 19 February."),
    ("The bakery was burgled on 12 July.\n\nFive weeks later, on 2 August, a man was charged.",
     "The bakery was burgled on 12 July.\n\nThree weeks later, on 2 August, a man was charged."),
    ("The burst was reported on 3 November; a fortnight later, on 24 November, the road reopened.",
     "The burst was reported on 3 November; a fortnight later, on 17 November, the road reopened."),
    ("Wexford went down in 1987 and came back up in 1999, nine years later.",
     "Wexford went down in 1987 and came back up in 1999, 12 years later."),
    ("The lighthouse was first lit in 1862 and was automated 90 years later, in 1982.",
     "The lighthouse was first lit in 1862 and was automated 120 years later, in 1982."),
    ("In 2011, 12 years after the 1995 float, the group was taken private.",
     "In 2011, 16 years after the 1995 float, the group was taken private."),
    ("The foundry shut in 1979, 61 years after it was founded in 1908.",
     "The foundry shut in 1979, 71 years after it was founded in 1908."),
    ("After 14 years in charge, from 2008 to 2019, the head teacher retired.",
     "After 11 years in charge, from 2008 to 2019, the head teacher retired."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_relative_date_against_its_start(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_relative_message_names_both_dates(linter):
    (f,) = linter.lint("The trawler ran aground on 6 February and was refloated eight days later, on 19 February.",
                       select=["FIG008"])
    assert "eight days" in f.message and "6 February" in f.message and "19 February" in f.message


@pytest.mark.parametrize(
    "text",
    [
        # "later than": a comparison, not the period since the earlier date
        "The school opened in 1994 and the library in 2001, seven years later than planned.",
        # another period: a clause break between the earlier date and the duration
        "The bridge opened in 1961, but ten years later, in 1981, it was widened.",
        # two dates before: the nearest is the start (1 March to 11 March is ten days)
        "Bids opened on 20 February, the panel met on 1 March and ten days later, on 11 March, chose a winner.",
        # "a week later" with no date after it is not read as a duration
        "The fence went up on 4 May. A week later it came down again.",
        # the years of two sentences not next to each other
        "The works opened in 1950.\n\nThey were extended.\n\nIn 1999, 20 years later, the site closed.",
    ],
)
def test_relative_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


# -- years counted up to the draft's date --------------------------------------------------

DATED = "---\ndate: 2026-09-14\n---\n\n"

NOW_PAIRS = [
    (DATED + "The colliery closed in 1991, 30 years ago.", DATED + "The colliery closed in 1991, 35 years ago."),
    (DATED + "It is 25 years since the ferry service ended in 1996.",
     DATED + "It is 30 years since the ferry service ended in 1996."),
    (DATED + "Set up in 1976, the food bank celebrates 40 years this autumn.",
     DATED + "Set up in 1976, the food bank celebrates 50 years this autumn."),
    ("ASHFORD, 3 May 2026 - Sixty years ago, in 1976, the market hall burned down.",
     "ASHFORD, 3 May 2026 - Fifty years ago, in 1976, the market hall burned down."),
]


@pytest.mark.parametrize("wrong,right", NOW_PAIRS, ids=[p[0][-40:] for p in NOW_PAIRS])
def test_years_up_to_the_draft_date(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # no date of its own: nothing to count to
        "The colliery closed in 1991, 30 years ago.",
        # the year and the "ago" are two events
        DATED + "The mill, which closed in 1986, was sold ten years ago.",
        # years in something else than its existence
        DATED + "Founded in 1971, the choir marks 20 years on the festival circuit.",
    ],
)
def test_years_up_to_the_draft_date_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


def test_years_up_to_the_draft_date_message(linter):
    (f,) = linter.lint(DATED + "The colliery closed in 1991, 30 years ago.", select=["FIG008"])
    assert "30 years" in f.message and "1991" in f.message and "2026" in f.message


@pytest.mark.parametrize(
    "wrong,right",
    [
        # an anniversary falls in the draft's year: the years are the difference of the years
        (DATED + "The lifeboat station opened in 1866 and marks 150 years this autumn.",
         DATED + "The lifeboat station opened in 1866 and marks 160 years this autumn."),
        (DATED + "Founded in 2001, the charity celebrates 26 years this month.",
         DATED + "Founded in 2001, the charity celebrates 25 years this month."),
    ],
)
def test_anniversary_in_the_draft_year(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_an_event_first_held_may_count_editions(linter):
    # first held in 2002: 2026 is its 25th edition, and 24 years on
    for n in ("24", "25"):
        assert linter.codes(DATED + f"First held in 2002, the regatta celebrates {n} years this summer.",
                            select=["FIG"]) == []


def test_years_on_after_the_second_year(linter):
    wrong = "Her first novel came out in 1988, and her last in 2015, 17 years on."
    right = "Her first novel came out in 1988, and her last in 2015, 27 years on."
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
    # "on" before a noun phrase is not the period since the earlier year
    assert linter.codes("It opened in 1988 and closed in 2015, 17 years on the site.", select=["FIG"]) == []


def test_anniversary_beside_other_durations(linter):
    # hours a week in the same sentence do not hide the years
    wrong = DATED + "The baths, which opened in 1986 and mark 30 years this summer, will cut their hours from 80 to 64 hours a week."
    right = wrong.replace("30 years", "40 years")
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_duration_before_a_named_earlier_date(linter):
    wrong = "The plan takes effect on 6 April, two weeks after Tuesday's vote, on 10 March."
    right = "The plan takes effect on 6 April, four weeks after Tuesday's vote, on 10 March."
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
