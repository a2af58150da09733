"""A share of what a whole place produces or uses, or of a typical person's income, stated in
the present (CLM007, a sweeping statistic): its noun is an output or an income, not a plural
population, so the population-share cues did not see it. A body's own share ("its tickets",
"the fee"), a past figure that is attributed, and a forecast are not one."""

import pytest

FIRES = [
    "The delta grows around 60 per cent of the country's rice.",
    "The valley produces every year about a third of the cider of Normandy.",
    "The two quarries supply half of Ireland's limestone.",
    "Rent swallows nearly half of the wage of a care worker.",
    "Childcare eats up a third of an average family's budget.",
    "The port accounts for 70% of the island's exports.",
]

QUIET = [
    "The club sold 40% of its season tickets to members.",
    "The council takes 10% of the fee.",
    "The German arm accounts for about 80% of Halden's operating profit.",
    "The delta produced 60 per cent of the country's rice last year, the ministry said.",
    "The new mine could supply half of Ireland's limestone.",
    "According to the growers' federation, the valley produces a third of the cider of Normandy.",
]


@pytest.mark.parametrize("sentence", FIRES)
def test_share_of_output_or_income_fires(linter, sentence):
    assert "CLM007" in linter.codes(sentence, select=["CLM007"]), sentence


@pytest.mark.parametrize("sentence", FIRES)
def test_attributed_or_quoted_share_is_quiet(linter, sentence):
    body = sentence[:-1]
    for text in (f"{body}, the farmers' union said.", f'"{body}," said Dr Amara Osei, an agricultural economist.'):
        assert linter.codes(text, select=["CLM007"]) == [], text


@pytest.mark.parametrize("sentence", QUIET)
def test_own_past_or_forecast_share_is_quiet(linter, sentence):
    assert linter.codes(sentence, select=["CLM007"]) == [], sentence
