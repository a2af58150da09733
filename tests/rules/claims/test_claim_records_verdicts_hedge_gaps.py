"""Claims and hedges in constructions the cues lacked: records and superlatives
("the single biggest", "the first X ever to", "the first victims of" a policy), forecasts
of a price's effect on people and of an inspection outcome with a horizon, verdicts ("a
crushing verdict on"), a translation's verb of saying ("sustain that"), a stacked hedge
inside an unnamed group's clause, and hedges the cue lists lacked ("if anything,", "it is
widely felt among X that", a parenthetical "it is said").

Each fires in the writer's voice and stays quiet when attributed to a named source, after
"according to", quoted or in a code block; look-alikes (an owner's stake, an attack's
victims, a jury's verdict, injuries sustained, "if anything goes wrong", a court hearing)
stay quiet. The sentences were written for these tests, not taken from any draft."""

import pytest

FIRES = [
    ("CLM005", "Damp is the single biggest complaint from tenants on the estate."),
    ("CLM005", "Tourism is the island's single largest source of jobs."),
    ("CLM005", "She is the first harpist ever to win the young musician title."),
    ("CLM005", "The club became the first amateur side ever to reach the third round."),
    ("CLM005", "The flood was the worst to hit the valley since records began."),
    ("CLM005", "Loneliness is the biggest single problem facing pensioners in the town."),
    ("CLM005", "He was the first Welshman ever elected to the board."),
    ("CLM005", "She is the first woman to captain the lifeboat crew in its 150-year history."),
    ("CLM005", "The win made Patel the first bowler ever to take ten wickets at the ground."),
    ("CLM006", "Village pubs have become the first victims of the new licensing fees."),
    ("CLM006", "Part-time staff were the first casualties of the merger."),
    ("CLM006", "The by-election was a damning verdict on the council leader."),
    ("CLM006", "The vote was an emphatic verdict on the board's handling of the crisis."),
    ("CLM006", "The ruling is a bitter pill for the ferry operators."),
    ("CLM003", "The surgery will be rated outstanding within two years."),
    ("CLM003", "The new parking fees will drive visitors away from the seafront."),
    ("CLM003", "The higher tolls will force hauliers off the bridge altogether."),
    ("CLM003", "Summers like this will become more and more common."),
    ("CLM003", "The academy will be judged outstanding within three years."),
]

QUIET = [
    # an owner's stake, a named record-holder's ranking attributed, narration
    ("CLM005", "The pension fund is the club's single largest shareholder."),
    ("CLM005", "She was the first to leave the building."),
    ("CLM005", "Records began at the station in 1921."),
    ("CLM005", "The fund became the biggest single shareholder in the club."),
    ("CLM005", "The first train ever to cross the bridge arrived in 1890."),
    # an attack's or a disaster's victims, named
    ("CLM006", "The first victims of the blast were named on Tuesday."),
    ("CLM006", "The two men were among the first victims of the outbreak."),
    # a court's verdict, a jury's
    ("CLM006", "The jury delivered its verdict on Thursday afternoon."),
    ("CLM006", "The judge will give a verdict on the appeal next month."),
    # timetables and prices in their own change
    ("CLM003", "The surgery will reopen within two weeks."),
    ("CLM003", "The fares will rise to £3.20 in April."),
    ("CLM003", "The parking fees will be reviewed on 3 June."),
    ("CLM003", "The entries will be judged by a panel on Friday."),
]


@pytest.mark.parametrize("code,sentence", FIRES)
def test_claim_fires_in_writer_voice(linter, code, sentence):
    assert code in linter.codes(sentence, select=[code]), sentence


@pytest.mark.parametrize("code,sentence", QUIET)
def test_look_alike_is_quiet(linter, code, sentence):
    assert linter.codes(sentence, select=[code]) == [], sentence


@pytest.mark.parametrize("code,sentence", FIRES)
def test_attributed_quoted_and_code_stay_quiet(linter, code, sentence):
    body = sentence[:-1]
    attributed = f"{body}, the county's chief planner said."
    according = f"According to the Met Office, {body[0].lower()}{body[1:]}."
    quoted = f'"{body}," said Rhian Powell, who runs the harbour trust.'
    code_block = f"```\n{sentence}\n```\n"
    for text in (attributed, according, quoted, code_block):
        assert linter.codes(text, select=[code]) == [], text


@pytest.mark.parametrize("sentence", [
    "Some economists sustain that the housing market has bottomed out.",
    "Observers sustained that the election had been rigged.",
    "Experts pointed out that the pier is unsafe.",
    "Analysts estimate that the strike cost the port millions.",
])
def test_an_unnamed_group_with_a_verb_of_saying_is_a_vague_source(linter, sentence):
    assert "CLM008" in linter.codes(sentence, select=["CLM008"]), sentence


@pytest.mark.parametrize("sentence", [
    "Professor Lena Vos sustains that the housing market has bottomed out.",
    "Three climbers sustained serious injuries in the fall.",
    "Residents sustained heavy losses in the flood.",
])
def test_a_named_source_or_injuries_sustained_are_no_vague_source(linter, sentence):
    assert linter.codes(sentence, select=["CLM008"]) == [], sentence


def test_a_named_source_sustaining_a_claim_sources_it(linter):
    assert linter.codes("Professor Lena Vos sustains that the bridge will collapse within a decade.", select=["claims"]) == []


@pytest.mark.parametrize("sentence", [
    "Experts estimate that the barrage could perhaps lower flood levels by possibly a metre.",
    "Engineers pointed out that the roof is maybe possibly unsound.",
    "Some planners believe the bypass could possibly ease congestion.",
])
def test_a_stacked_hedge_in_an_unnamed_groups_clause_is_reported_with_the_source(linter, sentence):
    codes = linter.codes(sentence, select=["hedging", "CLM008"])
    assert "CLM008" in codes and "HDG001" in codes, (sentence, codes)


@pytest.mark.parametrize("sentence", [
    "Dr Omar Haddad estimated that the barrage could perhaps lower flood levels by possibly a metre.",
    "The barrage could perhaps lower flood levels by possibly a metre, the Environment Agency said.",
    '"The roof is maybe possibly unsound," said the surveyor.',
])
def test_a_named_sources_stacked_hedge_stays_quiet(linter, sentence):
    assert "HDG001" not in linter.codes(sentence, select=["hedging"]), sentence


@pytest.mark.parametrize("code,sentence", [
    ("HDG001", "The crowds were, if anything, arguably thinner than last summer."),
    ("HDG001", "Turnout was, if anything, arguably lower than expected."),
    ("HDG006", "If anything, the new timetable has made the delays worse."),
    ("HDG008", "It is widely felt among fishermen that the quota was set too low."),
    ("HDG008", "It is generally accepted in the trade that the brand has lost its lustre."),
    ("HDG008", "The landlord is, it is said, keen to sell the building."),
    ("HDG008", "The treasurer was, it is claimed, unaware of the loan."),
])
def test_hedges_the_cue_lists_lacked(linter, code, sentence):
    assert code in linter.codes(sentence, select=["hedging"]), sentence


@pytest.mark.parametrize("sentence", [
    "If anything goes wrong, call the harbour master.",
    "It was said in court that the driver had been drinking.",
    "The landlord is, it is said by his neighbours, keen to sell.",
    "The crowds were thinner than expected, the organisers said.",
    "It is widely felt among fishermen that the quota was set too low, the federation said.",
])
def test_hedge_look_alikes_and_sourced_hedges_are_quiet(linter, sentence):
    codes = linter.codes(sentence, select=["hedging"])
    assert not {"HDG001", "HDG006", "HDG008"} & set(codes), (sentence, codes)


def test_than_expected_is_a_comparison_not_a_source(linter):
    # "than expected" names nobody: the hedges before it are the writer's
    assert "HDG006" in linter.codes("Sales were arguably better than forecast.", select=["hedging"])
    assert linter.codes("Sales were arguably better than forecast, the retailer said.", select=["hedging"]) == []
