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


@pytest.mark.parametrize(
    "text",
    [
        # the first part is a clause's subject, not a whole set out before its parts
        "Officers made 131 arrests. Of those, 62 were for theft, 48 for assault and 21 for criminal damage.",
        "The court heard 90 cases over the weekend. Of the cases, 47 were for fraud, 30 for theft and 13 for assault.",
    ],
)
def test_a_part_that_opens_a_list_is_no_whole(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


PARTS_NEXT_SENTENCE = [
    ("The airline cancelled 140 flights on Monday. Some 61 were domestic and 95 international.",
     "The airline cancelled 140 flights on Monday. Some 45 were domestic and 95 international."),
    ("The hospital postponed 75 operations.\n\n48 operations were for hips and 39 for knees.",
     "The hospital postponed 75 operations.\n\n48 operations were for hips and 27 for knees."),
    ("Officers made 131 arrests. Of the arrests, 62 were for theft, 58 for assault and 21 for criminal damage.",
     "Officers made 131 arrests. Of the arrests, 62 were for theft, 48 for assault and 21 for criminal damage."),
]


@pytest.mark.parametrize("wrong,right", PARTS_NEXT_SENTENCE, ids=[p[1][:40] for p in PARTS_NEXT_SENTENCE])
def test_parts_in_the_next_sentence(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG"]) == ["FIG003"], wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # other things, another day, a list that may leave some out
        "The airline cancelled 140 flights on Monday. Some 41 were domestic and 120 buses were also cancelled.",
        "The airline cancelled 140 flights on Monday.\n\nOn Tuesday 90 were cancelled and 80 delayed.",
        "Police made 40 arrests. 30 people were charged and 25 released.",
        "The council received 79 complaints in March. 38 complaints were about bins and 21 about parking.",
    ],
)
def test_parts_in_the_next_sentence_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


@pytest.mark.parametrize(
    "wrong,right",
    [
        ("The count was held on the 9th of October 2025 - a Monday.",
         "The count was held on the 9th of October 2025 - a Thursday."),
        ("The shop first opened on 2 June 1987, which was a Friday.",
         "The shop first opened on 2 June 1987, which was a Tuesday."),
    ],
)
def test_weekday_after_an_ordinal_date(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG"]) == ["FIG005"], wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "The cafe reopens on 3 March 2026 - Monday to Friday only.",
        "The final is on 3 March 2026 – Sunday is a rest day.",
    ],
)
def test_weekday_after_a_dash_is_not_always_the_date(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


@pytest.mark.parametrize(
    "wrong,right",
    [
        ("The councillor held the seat by 2,310 votes to 2,187, a majority of 213.",
         "The councillor held the seat by 2,310 votes to 2,187, a majority of 123."),
        ("The amendment was carried by 318 votes to 290.\n\nThe majority of 38 surprised the whips.",
         "The amendment was carried by 318 votes to 290.\n\nThe majority of 28 surprised the whips."),
    ],
)
def test_a_majority_is_the_difference_of_the_votes(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG"]) == ["FIG003"], wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # another majority, an approximate one, a change that is no vote
        "The bill passed by 300 votes to 250. The government has a majority of 80 in the house.",
        "He won by 300 votes to 200, a majority of about 100.",
        "Membership fell by 200 to 150.\n\nThe majority of 150 members live in the town.",
    ],
)
def test_a_majority_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
