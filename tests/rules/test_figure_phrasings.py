"""Relations the figures rules read in other phrasings: conversions without brackets,
restatements in other framings, weekdays beside ordinal dates, parts tied back by their
noun. Each pair is (wrong, right); quiet cases keep the arithmetic right or name other
things."""

import pytest

CONVERSION_PAIRS = [
    ("The reserve covers 60 hectares, or 250 acres, of marsh.",
     "The reserve covers 60 hectares, or 148 acres, of marsh."),
    ("The firm bought 300 hectares - the equivalent of 500 acres - near the coast.",
     "The firm bought 300 hectares - the equivalent of 741 acres - near the coast."),
    ("The pumpkin weighed 420 pounds. In metric terms, that is 260 kilograms.",
     "The pumpkin weighed 420 pounds. In metric terms, that is 191 kilograms."),
    ("The tunnel will run for 48 kilometres, roughly 45 miles.",
     "The tunnel will run for 48 kilometres, roughly 30 miles."),
    ("Walkers cover 26 miles, which is about 30 km, on the first day.",
     "Walkers cover 26 miles, which is about 42 km, on the first day."),
]


@pytest.mark.parametrize("wrong,right", CONVERSION_PAIRS, ids=[p[1][:40] for p in CONVERSION_PAIRS])
def test_conversions_in_words(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG"]) == ["FIG004"], wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # two measures of different things, not a conversion
        "The farm grows 40 hectares of wheat, or 200 acres of barley in a wet year.",
        "He ran 10 miles, or 5 km of it uphill.",
        # the same unit twice is a choice, not a conversion
        "Runners can pick 5 km or 10 km.",
        # money called pounds stays money
        "The ticket cost 40 pounds, or about 45 euros.",
    ],
)
def test_conversions_in_words_quiet(linter, text):
    assert linter.codes(text, select=["FIG004"]) == [], text
