"""FIG001 stays quiet on two figures that only look like one quantity: two sentences each
opening on an example of its own ("A bus ticket which cost ...", "A newspaper at ... the 6
zloty it cost"), and a duration given with its own start and end ("from 1980 until 2010, a
total of 30 years"), which is the length of that span, not the headline's anniversary. The
same quantity given twice still fires."""

import pytest

QUIET = [
    "A bus ticket which cost 4 zloty in May now costs 1.10 euros.\n\n"
    "A newspaper at 1.40 euros costs the same as the 6 zloty it cost in May.\n",
    "A pint of milk that cost 80 cents last year now costs 95 cents.\n\n"
    "An hour of parking costs the same as the 70 cents it cost last year.\n",
    "# Hillside school marks 150 years with a fete\n\nHillside school opened in 1875.\n\n"
    "Ann Lee taught at Hillside from 1980 until 2010, a total of 30 years.\n",
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
