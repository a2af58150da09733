"""FIG001 stays quiet on two figures that only look like one quantity: two sentences each
opening on an example of its own ("A bus ticket which cost ...", "A newspaper now ... the 6
zloty it cost"), and a duration given with its own start and end ("from 1980 to 2010, 30 years
in all"), which is the length of that span, not the headline's anniversary. The
same quantity given twice still fires."""

import pytest

QUIET = [
    "A bus ticket which cost 4 zloty in May now costs 1.10 euros.\n\n"
    "A newspaper now sells for 1.40 euros, against the 6 zloty it cost in May.\n",
    "A pint of milk that cost 80 cents last year now costs 95 cents.\n\n"
    "An hour of parking, the 70 cents it cost last year, is unchanged.\n",
    "# Hillside school celebrates 150 years\n\nHillside school opened in 1875.\n\n"
    "Ann Lee was head at Hillside from 1980 to 2010, 30 years in all.\n",
    "# Dock workers' union marks 60 years\n\nThe Tyneside dock union was founded in 1965.\n\n"
    "Its Tyneside secretary served from 1990 to 2014, 24 years in all.\n",
]


@pytest.mark.parametrize("text", QUIET, ids=["ticket", "milk", "school", "union"])
def test_quiet(linter, text):
    assert "FIG001" not in linter.codes(text, select=["FIG"]), text


FIRES = [
    "# Hillside school marks 150 years with a fete\n\nHillside school opened in 1875.\n\n"
    "The Hillside school has been open for 140 years.\n",
]


@pytest.mark.parametrize("text", FIRES, ids=["school"])
def test_fires(linter, text):
    assert "FIG001" in linter.codes(text, select=["FIG"]), text
