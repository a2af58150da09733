"""FIG002 on a difference told against a named level: "2.6C above the long-term average of
17.4C", "25mm below the monthly average of 95mm", "500 over the target of 3,900", "£30 below
the usual price of £250". The difference must be the gap between the two levels. Each firing
sentence has a control with the arithmetic right."""

import pytest

PAIRS = [
    ("River temperatures averaged 19.5C in August, 2.6C above the long-term average of 17.4C.",
     "River temperatures averaged 19.5C in August, 2.1C above the long-term average of 17.4C."),
    ("Rainfall reached 80mm, 25mm below the monthly average of 95mm.",
     "Rainfall reached 80mm, 15mm below the monthly average of 95mm."),
    ("Sales hit 4,200, 500 over the target of 3,900.",
     "Sales hit 4,200, 300 over the target of 3,900."),
    ("The fare is £210, £30 below the usual price of £250.",
     "The fare is £210, £40 below the usual price of £250."),
    ("Snowfall totalled 140cm, 45cm above this year's forecast of 105cm.",
     "Snowfall totalled 140cm, 35cm above this year's forecast of 105cm."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=["temperature", "rain", "sales", "fare", "snow"])
def test_fires_and_control_quiet(linter, wrong, right):
    assert "FIG002" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize("text", [
    # the level is not named with "of": another comparison
    "Temperatures reached 25C, 3C above normal, while the record of 31C stood.",
    "Shares closed at 410p, 12p above where they opened, and 30p below the 2019 peak.",
])
def test_quiet(linter, text):
    assert "FIG002" not in linter.codes(text, select=["FIG"]), text
