"""FIG011 on one sum given for one period and restated for another: "£2.1m a month, or
£25.2m a year", "£180,000 a day, or £360,000 for the two days"."""

import pytest


@pytest.mark.parametrize("wrong,right", [
    ("The council spends £3.5m a month on temporary housing, or £48m a year.",
     "The council spends £3.5m a month on temporary housing, or £42m a year."),
    ("The closure costs the firm £75,000 a day, or £450,000 for the five days.",
     "The closure costs the firm £75,000 a day, or £375,000 for the five days."),
    ("The plant uses 1,200 tonnes of coal a week, the equivalent of 48,000 tonnes a year.",
     "The plant uses 1,200 tonnes of coal a week, the equivalent of 62,000 tonnes a year."),
])
def test_a_sum_restated_for_another_period(linter, wrong, right):
    assert "FIG011" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_a_cheaper_plan_for_the_year_is_an_alternative(linter):
    assert linter.codes("The app costs £6.99 a month or £60 a year.", select=["FIG"]) == []
