"""FIG010 on a share given "about", "around" or "roughly" beside the amounts it is of: its
digits allow a tenth of it either way, and at least 1.2 points ("around 9%" is not £1.5m of
£20m, 7.5%; "about 12%" is 130 of 1,000). The message gives the worked share to a decimal
when it is near a half point. Each firing sentence has a control with the arithmetic right."""

import pytest

PAIRS = [
    ("The plan will save £1.5m a year, around 9% of its £20m budget.",
     "The plan will save £1.5m a year, around 8% of its £20m budget."),
    ("The cuts remove 45 posts, roughly 11% of the 520 staff.",
     "The cuts remove 45 posts, roughly 9% of the 520 staff."),
    ("The scheme costs €2.6m, about 17% of its €20m fund.",
     "The scheme costs €2.6m, about 13% of its €20m fund."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=["budget", "staff", "fund"])
def test_fires_and_control_quiet(linter, wrong, right):
    assert "FIG010" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize("text", [
    "Some 130 of the 1,000 staff, about 12%, work nights.",
    "Some 130 of the 1,000 staff, about 14%, work nights.",
    "The plan will save £1.5m a year, roughly 7% of its £20m budget.",
])
def test_quiet(linter, text):
    assert "FIG010" not in linter.codes(text, select=["FIG"]), text


def test_message_gives_the_half_point(linter):
    found = [f for f in linter.lint("The plan will save £1.5m a year, around 9% of its £20m budget.")
             if f.code == "FIG010"]
    assert found and "7.5%" in found[0].message


@pytest.mark.parametrize("wrong,right", [
    ("The town has 60,000 residents, of whom 20 percent are under 16, or about 15,000 children.",
     "The town has 60,000 residents, of whom 20 percent are under 16, or about 12,000 children."),
    ("The district has 9,000 homes, of them 40% built before 1950, or around 4,500 houses.",
     "The district has 9,000 homes, of them 40% built before 1950, or around 3,600 houses."),
    ("The port employs 2,400 people, of which 15 per cent work nights, or some 500 staff.",
     "The port employs 2,400 people, of which 15 per cent work nights, or some 360 staff."),
], ids=["of-whom", "of-them", "of-which"])
def test_share_after_of_whom_then_its_part(linter, wrong, right):
    """A share of a whole given right after it by "of whom", then the part it comes to
    after ", or about" (the words between may hold a number: "under 16")."""
    assert "FIG010" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
