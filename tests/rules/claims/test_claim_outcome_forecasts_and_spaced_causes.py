"""Claims built by construction rather than by a listed word: a forecast
whose outcome is any verb phrase reaching a result (a displacement "off the roads" / "out of
business" however long its object, a harm done, an impact felt or borne, a quantity added to a
burden, a comparative state with a time adverbial); a cause with words between ("was caused
almost entirely by"), a cause after a reporting participle that modifies a noun ("the levy
announced in May"), "the reason" before a clause, an origin weighed ("comes mostly from"), a
habitual toll, a running cost, the cleft after its subject; a motive after a focus adverb on
any act ("only shut the pool to ..."); vague sources with a progressive or a time phrase
between group and verb; self-enrichment idioms; superlatives scoped to part of a named place.

Each is checked firing in the writer's voice and quiet when attributed, after "according
to", quoted or in a code block; and the look-alikes of each construction stay quiet
(scheduled events, announced plans, promises, conditionals, control verbs, natural causes,
narration). The sentences are written for these tests, in words of their own."""

import pytest

FIRES = [
    # forecasts: an outcome verb phrase the verb list lacked
    ("CLM003", "The toll bridge will do serious harm to trade on the island."),
    ("CLM003", "The low-emission zone will take hundreds of old taxis off the roads."),
    ("CLM003", "The out-of-town retail park will drive nearly every one of the family butchers in the district out of business."),
    ("CLM003", "The second-home surcharge will price most local families out of the housing market."),
    ("CLM003", "The new runway will knock thousands of pounds off the value of nearby homes."),
    ("CLM003", "The diversion will add twenty minutes to every journey into the city."),
    ("CLM003", "The outlet village will lure shoppers away from the high street."),
    ("CLM003", "The spending freeze will wreak havoc on school budgets."),
    ("CLM003", "Hill farmers will bear the brunt of the subsidy cuts."),
    ("CLM003", "The library service will feel the knock-on effects of the closures."),
    ("CLM003", "Droughts in the valley will be every summer more severe."),
    ("CLM003", "The rail strike will leave the operator with a gaping hole in its accounts."),
    # causes with words between, and the family of "the reason"
    ("CLM001", "The flooding of the underpass was caused almost entirely by blocked drains."),
    ("CLM001", "The overspend was caused by the parking levy announced in the spring budget."),
    ("CLM001", "The warehouse fire was caused by an overloaded extension lead."),
    ("CLM001", "The tram derailment was caused by a worn set of points."),
    ("CLM001", "Short staffing is the reason the wards were closed to visitors."),
    ("CLM001", "Cheap flights were the reason the resort lost its summer trade."),
    ("CLM001", "The smell comes largely from the sewage works by the river."),
    ("CLM001", "The junction causes dozens of crashes every winter."),
    ("CLM001", "The bin strike is costing restaurants thousands of pounds a week."),
    ("CLM001", "A cracked weld was what brought down the crane."),
    # motives after a focus adverb on an act, an aim at any cost, self-enrichment
    ("CLM002", "The trust only shut the pool to sell the land to a developer."),
    ("CLM002", "The mayor only opened the bridge early to claim the credit before the election."),
    ("CLM002", "The club only raised ticket prices to cover the owner's debts."),
    ("CLM002", "The board pushed the merger through to protect its bonuses at any cost."),
    ("CLM002", "The landlords have been lining their own pockets for years."),
    # vague sources with a gap or a progressive
    ("CLM008", "Economists are for years warning that the pension fund is too small."),
    ("CLM008", "Engineers have for decades argued that the sea wall is too low."),
    ("CLM008", "Critics have repeatedly warned that the scheme is unaffordable."),
    ("CLM008", "Experts are now saying that the reservoir is unsafe."),
    ("CLM008", "Old hands in the harbour say the new berths are too shallow."),
    # records scoped to part of a named place or a record's start in other words
    ("CLM005", "The castle is the finest ruin in northern Wales."),
    ("CLM005", "It was the wettest June since measurements began in 1890."),
]

QUIET = [
    # scheduled events, announced plans, promises, conditionals
    ("CLM003", "The low-emission zone will take effect on 1 June."),
    ("CLM003", "The mayor will take questions from residents on Thursday."),
    ("CLM003", "The ferry will take about forty minutes to cross."),
    ("CLM003", "The new pier will take three years to build."),
    ("CLM003", "The club will take on Hull in the semi-final."),
    ("CLM003", "We will take every old bus off the road, the operator promised."),
    ("CLM003", "If the toll goes ahead, it will drive the butchers out of business."),
    ("CLM003", "Unless the grant arrives, the closures will do real damage to the bus network."),
    ("CLM003", "Season tickets will go up from £300 to £340 next season."),
    ("CLM003", "Affordable flats will make up more than a third of the scheme."),
    ("CLM003", "Volunteers will do the shopping for housebound residents."),
    ("CLM003", "Staff will do their best to help stranded passengers."),
    ("CLM003", "The skip lorry will take the rubble away from the site."),
    ("CLM003", "Stewards will keep supporters away from the pitch."),
    # the same removal or addition as a body's plan: a named or institutional agent does it
    ("CLM003", "The bus operator will take its diesel fleet off the road."),
    ("CLM003", "Harbourside Ferries will take the older boat off the route."),
    ("CLM003", "The council will add two extra days to the food festival."),
    # natural causes, narration and routine reasons
    ("CLM001", "The flooding was caused by a week of heavy rain."),
    ("CLM001", "The power cut was caused by a storm."),
    ("CLM001", "The blaze was fanned by strong winds."),
    ("CLM001", "Snow was the reason for the delay."),
    ("CLM001", "That is the reason for the meeting on Friday."),
    ("CLM001", "Fog is the reason the match was called off."),
    ("CLM001", "Most of the players came from Leeds."),
    ("CLM001", "Sales growth came mainly from overseas markets."),
    ("CLM001", "The parking levy announced in the spring took effect in July."),
    # control verbs, "to" before a noun, narration
    ("CLM002", "The side only needed a draw to stay up."),
    ("CLM002", "She only learned to swim at the age of fifty."),
    ("CLM002", "It only took the ambulance six minutes to arrive."),
    ("CLM002", "The gallery only opened its doors to the public in 1990."),
    ("CLM002", "He only agreed to stay for one more season."),
    ("CLM002", "The council only allowed the traders to park on Sundays."),
    ("CLM002", "Only registered carers were obliged to attend the course."),
    ("CLM002", "Visitors should avoid the cliff path at all costs."),
    # advice, not a source
    ("CLM008", "Police are warning drivers to avoid the ring road."),
    ("CLM008", "Doctors are warning parents about the measles outbreak."),
]


@pytest.mark.parametrize("code,sentence", FIRES)
def test_construction_fires_in_writer_voice(linter, code, sentence):
    assert code in linter.codes(sentence, select=[code]), sentence


@pytest.mark.parametrize("code,sentence", QUIET)
def test_look_alike_is_quiet(linter, code, sentence):
    assert linter.codes(sentence, select=[code]) == [], sentence


@pytest.mark.parametrize("code,sentence", [f for f in FIRES if f[0] != "CLM008"])
def test_attributed_quoted_and_code_stay_quiet(linter, code, sentence):
    body = sentence[:-1]
    attributed = f"{body}, the county's chief engineer said."
    according = f"According to the harbour board, {body[0].lower()}{body[1:]}."
    quoted = f'"{body}," said Tomasz Nowak, who runs the residents\' group.'
    code_block = f"```\n{sentence}\n```\n"
    for text in (attributed, according, quoted, code_block):
        assert linter.codes(text, select=[code]) == [], text


def test_a_reporting_participle_after_a_noun_does_not_source_the_sentence(linter):
    # "announced in the spring" modifies the levy; "the board announced" reports the claim
    modifier = "The overspend was caused by the parking levy announced in the spring."
    relative = "The overspend was caused by the parking levy that councillors announced in March."
    reported = "The overspend was caused by the parking levy, the board announced in March."
    reported_first = "The board announced in March that the overspend was caused by the parking levy."
    assert "CLM001" in linter.codes(modifier, select=["CLM001"])
    assert "CLM001" in linter.codes(relative, select=["CLM001"])
    assert linter.codes(reported, select=["CLM001"]) == []
    assert linter.codes(reported_first, select=["CLM001"]) == []


def test_a_vague_group_is_reported_not_its_claim(linter):
    # the group with a gap is a vague source (CLM008), so the claim it carries is not flagged again
    codes = linter.codes("Economists have for years warned that the fund will run out of money.", select=["claims"])
    assert "CLM008" in codes and "CLM003" not in codes
