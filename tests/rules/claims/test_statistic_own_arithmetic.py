"""CLM004 leaves alone a figure the draft works out from its own figures in the same
sentence (the figures rules check that arithmetic); a statistic about the world with no
such working still fires."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Visitor numbers rose from 212,000 in 2022 to 265,000 last year, a jump of 25%.",
        "Its student intake is now 2,400, 20% lower than the 3,000 of two years ago.",
        "The cuts amount to about one in six of its 1,800 staff.",
        "About 45% of the 900 homes on the estate lack a garden.",
    ],
)
def test_the_drafts_own_arithmetic_is_not_an_unsourced_statistic(linter, text):
    assert "CLM004" not in linter.codes(text, select=["CLM004"]), text


@pytest.mark.parametrize(
    "text",
    [
        "About 45% of homes in rural Wales lack a garden.",
        "Nine out of ten young people feel anxious about money.",
    ],
)
def test_a_statistic_about_the_world_still_fires(linter, text):
    assert linter.codes(text, select=["CLM004"]) == ["CLM004"], text
