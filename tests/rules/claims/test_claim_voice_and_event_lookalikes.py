"""Constructions the claims rules misread as the writer's claims, each kept quiet by the
analysis and checked against a firing neighbour:

- a directive with its reason ("The harbourmaster reminded skippers to ..., because ..."):
  the reason is the speaker's, whatever noun names the speaker;
- a translation's verb of thinking after the clause (", experts mean.": Danish "mene",
  German "meinen", Dutch "menen"): a vague source, and the clause is no longer the writer's;
- a purpose given with an announced request ("are being asked to ... so as not to"): the
  instruction's stated reason, not a motive read into an act;
- a count of zero for one event in the perfect ("Nobody has applied for the job"): a fact
  about that event, not a claim about everyone;
- a phase of a daily or yearly cycle as a time ("during the hottest hour of the day"), not a
  record;
- a subject put after "will" in a verb-second order ("Eventually will the staff be moved to
  ..."): the verb after the subject decides, not the subject read as the verb's object."""

import pytest

QUIET = [
    ("CLM001", "The harbourmaster reminded skippers to tie up early, because the swell is rising."),
    ("CLM001", "The parish nurse advised older residents to stay indoors, because the air is thick with smoke."),
    ("CLM001", "The lock keeper asked boaters not to moor by the weir, because the bank is crumbling."),
    ("CLM001", "The head teacher instructed parents to walk their children in, because the lane is narrow."),
    ("CLM002", "Spectators are being asked to leave by the east gate so as not to block the ambulances."),
    ("CLM002", "Anglers have been told to release their catch in order to protect the spawning stock."),
    ("CLM002", "Tenants were urged to keep their windows shut so as to keep the dust out."),
    ("CLM007", "Nobody has applied for the post of harbour pilot."),
    ("CLM007", "No one has come forward to claim the reward."),
    ("CLM007", "No one has yet been charged over the warehouse fire."),
    ("CLM007", "Not a single bidder has signed up for the ferry franchise."),
    ("CLM005", "The power cut struck during the busiest hour of the morning."),
    ("CLM005", "Most of the snow fell in the coldest weeks of the winter."),
    ("CLM005", "The march set off at the quietest time of the day."),
    ("CLM003", "Eventually will the drivers be moved to the depot in Hull."),
    ("CLM003", "Next spring will the tenants be given flats in the new block."),
    ("CLM003", "Then will all the pupils get a free lunch at the canteen."),
]

FIRES = [
    ("CLM001", "Skippers tie up early because the swell is rising."),
    ("CLM001", "The smell reminded him of summer, because the hay had been cut."),
    ("CLM001", "Boaters were asked to moor elsewhere because the bank is crumbling."),
    ("CLM001", "Cheap loans encouraged buyers to borrow more, because lenders stopped checking incomes."),
    ("CLM002", "The coach will be expected to rebuild the squad in order to win the league."),
    ("CLM008", "It is understood that the trustees asked the director to stay on."),
    ("CLM008", "Observers believe the union, which has asked members to vote, will back the deal."),
    ("CLM001", "The ferry company, which asked drivers to arrive early, cut sailings because fuel costs rose."),
    ("CLM002", "The landlord shut the laundry room so as to force the tenants out."),
    ("CLM002", "The club moved the match in order to punish the away fans."),
    ("CLM007", "Nobody has ever asked the tenants what they want."),
    ("CLM007", "Nobody has bothered to mend the stile."),
    ("CLM007", "No one has the courage to speak up."),
    ("CLM005", "Sunday was the hottest day the county has ever recorded."),
    ("CLM003", "Next year will the tenants lose their homes for good."),
    ("CLM003", "The new levy will hit the poorest households hardest."),
    ("CLM008", "Rents will keep rising for a decade, experts mean."),
    ("CLM008", "Most of the nurses will retire within five years, analysts mean."),
]


@pytest.mark.parametrize("code,sentence", QUIET)
def test_lookalike_is_quiet(linter, code, sentence):
    assert linter.codes(sentence, select=[code]) == [], sentence


@pytest.mark.parametrize("code,sentence", FIRES)
def test_neighbour_fires(linter, code, sentence):
    assert code in linter.codes(sentence, select=[code]), sentence


def test_a_clause_before_a_translated_verb_of_thinking_is_not_the_writers_quantity(linter):
    # the vague source is reported once (CLM008); the quantifier inside its clause is its words
    text = "Many of the fishermen will sell their boats within two years, experts mean."
    assert linter.codes(text, select=["HDG010"]) == []
    assert "HDG010" in linter.codes("Many of the fishermen will sell their boats within two years.", select=["HDG010"])


def test_a_plain_meaning_is_no_source(linter):
    # "means" with a subject that is a thing, inside the sentence, reports nobody
    assert "CLM001" in linter.codes("The levy means the ferry will close because fares cannot cover costs.",
                                    select=["CLM001"])
