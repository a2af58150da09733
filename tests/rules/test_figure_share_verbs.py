"""FIG010 on a part said to be a share of its whole by a verb of making up."""

import pytest

PAIRS = [
    ("The 420 nurses on strike make up 40% of the 700 nurses at the trust.",
     "The 420 nurses on strike make up 60% of the 700 nurses at the trust."),
    ("Its 96 electric buses represent a quarter of the fleet's 640 buses.",
     "Its 96 electric buses represent 15% of the fleet's 640 buses."),
    ("The 2,100 late trains accounted for a third of the 4,200 services.",
     "The 2,100 late trains accounted for half of the 4,200 services."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_share_by_verb(linter, wrong, right):
    assert "FIG010" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize("text", [
    # the share is of another whole than the figure after it
    "The 420 nurses make up 40% of the staff; the trust has 700 beds.",
    # a quoted share that is right
    '"Our 96 electric buses represent 15% of the 640 in the fleet," the manager said.',
])
def test_share_by_verb_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


@pytest.mark.parametrize("wrong,right", [
    ("Only 12% of the 3,100 reports led to an arrest, or about 520.",
     "Only 12% of the 3,100 reports led to an arrest, or about 370."),
    ("Some 25% of the 1,600 pupils walk to school, or 560.",
     "Some 25% of the 1,600 pupils walk to school, or 400."),
])
def test_a_share_of_a_whole_then_the_part_it_comes_to(linter, wrong, right):
    assert "FIG010" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
