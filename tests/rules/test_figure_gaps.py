"""FIG012: a gap or margin stated beside the two figures it lies between ("beat him by 40
votes, 1,212 to 1,190"), and the quiet cases: right arithmetic, changes "from A to B",
gaps between other figures, a gap larger than both."""

import pytest

GAP_PAIRS = [
    # (wrong, right)
    ("Ms Adebayo beat the sitting councillor by 40 votes, 1,212 to 1,190.",
     "Ms Adebayo beat the sitting councillor by 22 votes, 1,212 to 1,190."),
    ("Carrick Academy won the final 56-41, a margin of 21 points.",
     "Carrick Academy won the final 56-41, a margin of 15 points."),
    ("The Liberal Democrats polled 9,640 votes to the SNP's 9,015, a majority of 925.",
     "The Liberal Democrats polled 9,640 votes to the SNP's 9,015, a majority of 625."),
    ("Dunfermline scored 27 points and Kirkcaldy 19, a five-point winning margin.",
     "Dunfermline scored 27 points and Kirkcaldy 19, an eight-point winning margin."),
    ("Full-time staff earn £612 a week and part-time staff £408, a gap of £240.",
     "Full-time staff earn £612 a week and part-time staff £408, a gap of £204."),
    ("The difference between the two offers, £3.6m and £2.9m, is £1.1m.",
     "The difference between the two offers, £3.6m and £2.9m, is £0.7m."),
    ("Okoro crossed the line in 58 minutes, nine minutes ahead of the next rider on 64.",
     "Okoro crossed the line in 58 minutes, six minutes ahead of the next rider on 64."),
    ("Rovers are on 44 points, three points clear of Stenhousemuir on 40.",
     "Rovers are on 44 points, four points clear of Stenhousemuir on 40."),
]


@pytest.mark.parametrize("wrong,right", GAP_PAIRS, ids=[p[0][:40] for p in GAP_PAIRS])
def test_gap_against_its_figures(linter, wrong, right):
    assert "FIG012" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_gap_message_names_both_figures(linter):
    (f,) = linter.lint("Carrick Academy won the final 56-41, a margin of 21 points.", select=["FIG012"])
    assert "21 points" in f.message and "56" in f.message and "41" in f.message and "15" in f.message


def test_gap_in_a_quote_is_checked(linter):
    text = '"We won by 40 votes, 1,212 to 1,190," her agent said.'
    assert "FIG012" in linter.codes(text, select=["FIG"])


@pytest.mark.parametrize(
    "text",
    [
        # a change, not two rivals
        "Her majority of 300 rose from 1,100 to 1,400.",
        # the gap lies between the two figures: another pair ("and a further five")
        "The result leaves them on 31 points - four points behind the leaders and a further five back from the top.",
        # a gap bigger than both figures: another quantity
        "They won 3-1, a margin that left them 12 points clear.",
        # a lead of a percentage: points or relative, unsaid
        "The party polled 42% to 38%, a lead of 10%.",
        # "about" widens the stated gap
        "Grenville took 5,230 votes to 4,108, a majority of about 1,100.",
        # three figures of the kind: which two is unsaid
        "The vote was 212 to 198 with 14 abstentions, a margin of 14.",
    ],
)
def test_gap_quiet(linter, text):
    assert "FIG012" not in linter.codes(text, select=["FIG"]), text


def test_gap_rival_needs_on(linter):
    # "ahead of" a rival whose figure is not given with "on" or "with": nothing to compare
    assert linter.codes("Rovers, on 44 points, are three points ahead of Stenhousemuir.", select=["FIG"]) == []


@pytest.mark.parametrize(
    "wrong,right",
    [
        ("The two cyclists from the three clubs finished on 164 and 139 points, 35 points apart.",
         "The two cyclists from the three clubs finished on 164 and 139 points, 25 points apart."),
        ("Hawick won 33-19, a 16-point victory.", "Hawick won 33-19, a 14-point victory."),
    ],
)
def test_gap_apart_and_victory(linter, wrong, right):
    assert "FIG012" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


# -- a fraction before a comparative with its noun between (FIG002) -----------------------

@pytest.mark.parametrize(
    "wrong,right",
    [
        ("The surgery now has a quarter fewer doctors: 12, down from 14.",
         "The surgery now has a quarter fewer doctors: 12, down from 16."),
        ("The bakery sold a third more loaves - 900 compared with 750 last year.",
         "The bakery sold a third more loaves - 1,000 compared with 750 last year."),
    ],
)
def test_fraction_comparative_with_noun(linter, wrong, right):
    assert "FIG002" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "wrong,right",
    [
        # a title before the rival's name, its verb left out
        ("Mrs Achebe polled 8,410 votes and Mr Lund 7,902, a majority of 608.",
         "Mrs Achebe polled 8,410 votes and Mr Lund 7,902, a majority of 508."),
        # "margin of the season at"
        ("Rovers won 5-2 at home, their widest margin of the season at four goals.",
         "Rovers won 5-2 at home, their widest margin of the season at three goals."),
        # the rival set off by commas before "by"
        ("The top offer of £2.35m beat the runner-up, £2.1m, by £350,000.",
         "The top offer of £2.35m beat the runner-up, £2.1m, by £250,000."),
        # "compared with" between the two
        ("Rents here average £840, compared with £1,020 in the city - a gap of £280.",
         "Rents here average £840, compared with £1,020 in the city - a gap of £180."),
    ],
)
def test_gap_other_wording(linter, wrong, right):
    assert "FIG012" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


# -- a share with its change in points after it (FIG002) ----------------------------------

@pytest.mark.parametrize(
    "wrong,right",
    [
        ("Support for the plan was 46%, down eight points on the 52% of last spring.",
         "Support for the plan was 46%, down six points on the 52% of last spring."),
        ("The rate is 7.5%, up from 6.1%, a rise of 2.4 percentage points.",
         "The rate is 7.5%, up from 6.1%, a rise of 1.4 percentage points."),
    ],
)
def test_share_then_its_change_in_points(linter, wrong, right):
    assert "FIG002" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


# -- a margin in the headline against the lead's two rivals --------------------------------

def test_headline_margin_against_the_lead(linter):
    wrong = ("# Independents hold Moorside ward by 140 votes\n\n"
             "Independent Sara Quill held Moorside on Thursday with 1,906 votes to the Conservatives' 1,826.\n")
    right = wrong.replace("by 140 votes", "by 80 votes")
    assert "FIG012" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_headline_margin_is_not_a_vote_count(linter):
    # "by 80 votes" is a margin, not one of the candidates' totals (no FIG001)
    text = ("# Independents hold Moorside ward by 80 votes\n\n"
            "Independent Sara Quill held Moorside on Thursday with 1,906 votes to the Conservatives' 1,826.\n")
    assert "FIG001" not in linter.codes(text, select=["FIG"])


def test_whole_of_listed_parts_is_no_restatement(linter):
    # "Of the 4,100 votes cast, 1,906 went to ..." is the whole, not "1,906 votes" again
    text = ("Sara Quill won with 1,906 votes.\n\n"
            "Of the 4,100 votes cast, 1,906 went to Ms Quill, 1,826 to the Conservatives and 368 to Labour.\n")
    assert "FIG001" not in linter.codes(text, select=["FIG"])


def test_a_saving_between_two_prices(linter):
    wrong = "A return costs £11.80 by train, against £15.10 by coach - a saving of £2.80."
    right = "A return costs £11.80 by train, against £15.10 by coach - a saving of £3.30."
    assert "FIG012" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_lead_over_a_rival_named_after_it(linter):
    wrong = "Mr Osei's 9,870 votes gave him a lead of 1,560 over Ms Rowe's 8,410."
    right = "Mr Osei's 9,870 votes gave him a lead of 1,460 over Ms Rowe's 8,410."
    assert "FIG012" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_shares_compared_are_not_summed(linter):
    # two hospitals' shares with the gap between them: not one total's parts (no FIG003)
    text = "Hospital A saw 91% of patients within four hours and Hospital B 84%, a gap of seven points."
    assert linter.codes(text, select=["FIG"]) == []


# -- a result's margin in a later sentence against the score in the headline or lead -------

def test_result_margin_against_the_lead_score(linter):
    wrong = ("# Ayr hold off Irvine 19-15\n\nAyr beat Irvine 19-15 at Millbrae on Saturday.\n\n"
             "A late try from winger Sam Reid, 20, sealed a six-point victory, Ayr's fifth win in eight games.\n")
    right = wrong.replace("a six-point victory", "a four-point victory")
    assert "FIG012" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_result_margin_quiet_with_its_own_score(linter):
    # the margin of another match, with its own score
    text = ("# Ayr hold off Irvine 19-15\n\nAyr beat Irvine 19-15 at Millbrae on Saturday.\n\n"
            "Last month they lost 30-12 at Gala, an 18-point defeat.\n")
    assert linter.codes(text, select=["FIG"]) == []


# -- a change said again as a fraction after its amount (FIG002) --------------------------

@pytest.mark.parametrize(
    "wrong,right",
    [
        ("The trust had 2,400 nurses in 2019 and has 1,800 now, a fall of 600, or a third.",
         "The trust had 2,400 nurses in 2019 and has 1,800 now, a fall of 600, or a quarter."),
        ("Visits rose from 600 to 900, an increase of 300, or a third.",
         "Visits rose from 600 to 900, an increase of 300, or a half."),
    ],
)
def test_change_said_again_as_a_fraction(linter, wrong, right):
    assert "FIG002" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
