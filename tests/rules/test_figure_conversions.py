"""FIG004: conversions in parentheses, and currency conversions that must share one rate
within a draft."""

import pytest

PAIRS = [
    # pints are UK or US
    ("The cask holds 40 litres (30 pints).", "The cask holds 40 litres (70 pints)."),
    # a bound converts its number, not what lies beyond it
    ("Night temperatures will not drop below 18C (55F), forecasters said.",
     "Night temperatures will not drop below 18C (64F), forecasters said."),
    ("The river rose to more than 4 metres (9ft).", "The river rose to more than 4 metres (13ft)."),
    ("The club paid €40m (£35m) for him.\n\nA second bid of €40m (£31m) was rejected.\n",
     "The club paid €40m (£35m) for him.\n\nA second bid of €40m (£35m) was rejected.\n"),
    ("The grant is $120m (£95m).\n\nThe loan is $80m (£40m).\n", "The grant is $120m (£95m).\n\nThe loan is $80m (£63m).\n"),
    ("Fees of €12,000 (£10,300) apply.\n\nThe fine was €50,000 (£52,000).\n",
     "Fees of €12,000 (£10,300) apply.\n\nThe fine was €50,000 (£43,000).\n"),
    ("The tank holds 200 litres (60 gallons).\n", "The tank holds 200 litres (44 gallons).\n"),
    ("The plot is 5 hectares (20 acres).\n", "The plot is 5 hectares (12 acres).\n"),
    ("Highs of 25C (68F) are expected.\n", "Highs of 25C (77F) are expected.\n"),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_conversions(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG004"]) == ["FIG004"], wrong
    assert linter.codes(right, select=["FIG004"]) == [], right


def test_the_odd_rate_out_is_reported(linter):
    text = ("It cost €40m (£35m).\n\nThe fee was €20m (£14m).\n\nThe bonus was €10m (£8.8m).\n\n"
            "The levy was €30m (£26m).\n")
    assert [f.line for f in linter.lint(text, select=["FIG004"])] == [3]


def test_gallons_may_be_uk_or_us(linter):
    assert linter.codes("The tank holds 200 litres (44 gallons) or 200 litres (53 gallons).", select=["FIG004"]) == []
