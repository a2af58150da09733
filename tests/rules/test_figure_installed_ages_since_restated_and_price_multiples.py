"""Three more ways to tell a figure that another one fixes:

* FIG009: a thing's age counted from when it was installed, fitted, laid or planted ("the
  cable, installed in 1985, is now 40 years old");
* FIG008: the years since a year told again right after it, in the order translated copy
  keeps ("since 1995, already 30 years", "since 1990 - that is, 35 years", "since 2001, now
  24 years");
* FIG002: a multiple of a named price, rate or fare ("twice the usual price of 60 cents",
  "half the normal rate of €80") and "the double of" (the calque of "el doble de", "ang
  doble ng").

Each firing sentence has a control with the arithmetic right. The draft's date is given by a
last paragraph of its own."""

import pytest

DATED = "\n\nThe report came out on 3 June 2025.\n"

PAIRS = [
    ("The city said the cable, installed in 1985, is now 50 years old.",
     "The city said the cable, installed in 1985, is now 40 years old.", "FIG009"),
    ("The oak, planted in 1890, is 150 years old, the trust says.",
     "The oak, planted in 1890, is 135 years old, the trust says.", "FIG009"),
    ("The main sewer was laid in 1901 and is already 140 years old.",
     "The main sewer was laid in 1901 and is already 124 years old.", "FIG009"),
    ("Among them is teacher Marko Horvat, who teaches in Osijek since 1995, already 40 years.",
     "Among them is teacher Marko Horvat, who teaches in Osijek since 1995, already 30 years.", "FIG008"),
    ("The shop has been open since 1990 - that is, 40 years.",
     "The shop has been open since 1990 - that is, 35 years.", "FIG008"),
    ("She has lived here since 2001, now 30 years.",
     "She has lived here since 2001, now 24 years.", "FIG008"),
    ("Tickets cost £90, twice the usual price of £60.",
     "Tickets cost £120, twice the usual price of £60.", "FIG002"),
    ("Drivers paid 90 cents per litre, the double of the usual price of 60 cents.",
     "Drivers paid 120 cents per litre, the double of the usual price of 60 cents.", "FIG002"),
    ("The room costs €45 a night, half the normal rate of €80.",
     "The room costs €40 a night, half the normal rate of €80.", "FIG002"),
]


@pytest.mark.parametrize("wrong,right,code", PAIRS, ids=[
    "installed", "planted", "laid", "since-already", "since-that-is", "since-now", "twice-price", "the-double-of",
    "half-rate"])
def test_fires_and_control_quiet(linter, wrong, right, code):
    assert code in linter.codes(wrong + DATED, select=["FIG"]), wrong
    assert linter.codes(right + DATED, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # "ago" after the years: another event, not the years since
        "The shop has been open since 1990, some 30 years ago it was a bank.",
        # a multiple of another measure, not of the price named
        "Tickets cost £90, twice what fans paid for the 60 minutes of the final.",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text + DATED, select=["FIG"]) == [], text


FILLER = "The council met to discuss the plan.\n\nResidents raised several concerns.\n\nA decision is expected soon.\n\n"


@pytest.mark.parametrize("wrong,right", [
    ("Among them is teacher Marko Horvat, who teaches in Osijek since 1995, already 40 years.",
     "Among them is teacher Marko Horvat, who teaches in Osijek since 1995, already 30 years."),
    ("The orchestra, founded in 1901, marked its 130th anniversary with a gala concert this year.",
     "The orchestra, founded in 1901, marked its 124th anniversary with a gala concert this year."),
], ids=["since", "anniversary"])
def test_a_late_date_with_its_weekday_dates_the_story(linter, wrong, right):
    """No date at the top, but "on Monday 8 December 2025" further down: the story is of
    that year, up to that day (FIG008)."""
    last = "The new ward opens on Monday 8 December 2025.\n"
    assert "FIG008" in linter.codes("# A ward\n\n" + FILLER + wrong + "\n\n" + FILLER + last, select=["FIG"])
    assert linter.codes("# A ward\n\n" + FILLER + right + "\n\n" + FILLER + last, select=["FIG"]) == []
    # a date without its weekday down the story does not date it; a historic one is no present
    assert linter.codes("# A ward\n\n" + FILLER + wrong + "\n\n" + FILLER + "The ward opened on 8 December 2025.\n",
                        select=["FIG"]) == []
    assert linter.codes("# A ward\n\n" + FILLER + wrong + "\n\n" + FILLER + "The ward opened on Monday 4 June 1962.\n",
                        select=["FIG"]) == []
