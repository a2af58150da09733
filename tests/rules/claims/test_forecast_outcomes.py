"""CLM003 on forecasts whose outcome is a harm or trouble ("will end flooding", "will bring
more delays") and on forecasts that something will last ("will keep happening"); plans,
timetables, quotes and attributed forecasts stay quiet."""

import pytest

FIRES = [
    "The new barrier will end flooding in the lower town.",
    "The roadworks will cause months of delays for commuters.",
    "The cuts will mean more evictions across the borough.",
    "Break-ins like these will keep happening until the lighting is fixed.",
    "Waiting times will go on rising.",
    # certainty set between the future and its verb
    "Flood claims will without question grow over the coming decade.",
    "The scheme will beyond doubt fail without more money.",
]

QUIET = [
    "The choir will keep singing until the bells ring at midnight on Sunday.",  # a timetable
    "She will keep running the bakery with her son.",  # a plan, not a forecast
    "The barrier will be inspected on Tuesday.",
]


@pytest.mark.parametrize("sentence", FIRES)
def test_forecast_fires(linter, sentence):
    assert "CLM003" in linter.codes(sentence, select=["CLM003"]), sentence


@pytest.mark.parametrize("sentence", QUIET)
def test_forecast_look_alike_is_quiet(linter, sentence):
    assert linter.codes(sentence, select=["CLM003"]) == [], sentence


@pytest.mark.parametrize("sentence", FIRES[:3])
def test_forecast_is_quiet_when_sourced_or_quoted(linter, sentence):
    attributed = f"{sentence[:-1]}, the council said."
    quoted = f'"{sentence[:-1]}," the engineer said.'
    assert linter.codes(attributed, select=["CLM003"]) == [], attributed
    assert linter.codes(quoted, select=["CLM003"]) == [], quoted


def test_a_change_set_out_in_a_plan_or_a_tariff_is_no_forecast(linter):
    quiet = (
        "Allotment rents will go up from £40 to £55 next year.\n\n"
        "A coffee at the station will rise to £3.40 under the new contract.\n\n"
        "The library will lose its Sunday opening under the council's proposals.\n\n"
        "Ward 4 will close under the trust's latest plans.\n"
    )
    assert [f for f in linter.lint(quiet, select=["CLM003"])] == []


def test_an_impact_beside_a_plan_is_still_a_forecast(linter):
    text = (
        "Thousands of tenants will be worse off under the reforms.\n\n"
        "Rents will go up sharply as landlords leave the market.\n"
    )
    assert [f.line for f in linter.lint(text, select=["CLM003"])] == [1, 3]
