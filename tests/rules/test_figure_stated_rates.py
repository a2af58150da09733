"""FIG004 on a conversion between two units the draft gives the rate of itself ("300 yuan
per mu (0.0667 hectare)", "2.20371 guilders to the euro", "one li is 500 metres"): a local
measure or a currency without configured rates, converted in brackets elsewhere in the
draft, must follow that rate (the figures' rounding and a tenth for "about" allowed)."""

import pytest

PAIRS = [
    ("The village has 2,400 mu (about 400 hectares) of tea gardens.\n\n"
     "Growers receive 300 yuan per mu (0.0667 hectare) in support.\n",
     "The village has 2,400 mu (about 160 hectares) of tea gardens.\n\n"
     "Growers receive 300 yuan per mu (0.0667 hectare) in support.\n"),
    ("Converted at the fixed rate of 2.20371 guilders to the euro, a ticket at 10 guilders (6.50 euros) is dearer.",
     "Converted at the fixed rate of 2.20371 guilders to the euro, a ticket at 10 guilders (4.54 euros) is dearer."),
    ("One dunam is 1,000 square metres, and the farm covers 350 dunams (about 80 hectares).",
     "One dunam is 1,000 square metres, and the farm covers 350 dunams (about 35 hectares)."),
    ("The trail is 12 li (about 9 km) long; one li is 500 metres.",
     "The trail is 12 li (about 6 km) long; one li is 500 metres."),
    ("The farm covers 350 dunams (about 80 hectares), at 0.1 hectares per dunam.",
     "The farm covers 350 dunams (about 35 hectares), at 0.1 hectares per dunam."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=["mu", "guilders", "dunam", "li", "per-dunam"])
def test_conversion_against_the_drafts_rate(linter, wrong, right):
    assert "FIG004" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # no rate stated: nothing to check a local measure against
        "The village has 2,400 mu (about 400 hectares) of tea gardens.",
        # a rate of something else ("per day", "to the north")
        "Buses run 12 times per day, and the depot is 3 miles to the north of 40 homes (about 90 people).",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
