"""FIG003 on a playing record and on a turnout said by its verb."""

import pytest


@pytest.mark.parametrize("wrong,right", [
    ("United have won nine of their 15 games, drawn four and lost three.",
     "United have won nine of their 16 games, drawn four and lost three."),
    ("The champion won 21 of her 24 bouts and lost four.",
     "The champion won 21 of her 24 bouts and lost three."),
])
def test_playing_record(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_a_record_with_only_defeats_may_leave_draws_out(linter):
    assert linter.codes("City have won 10 of their 16 matches and lost four.", select=["FIG"]) == []


def test_turnout_by_its_verb(linter):
    wrong = "The 3,100 ballots returned represent a turnout of 52% of the 5,400 members."
    assert "FIG010" in linter.codes(wrong, select=["FIG"])
    assert linter.codes(wrong.replace("52%", "57%"), select=["FIG"]) == []
