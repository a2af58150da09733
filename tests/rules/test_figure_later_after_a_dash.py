"""FIG008 on a duration "later" set off after its end time by a dash or in brackets:
"began at 10pm and ended at 2am - four hours later", "(four hours later)"; but "two hours later than planned" is a delay."""

import pytest

PAIRS = [
    ("The vigil started at 7pm and broke up at 11.30pm - three hours later.",
     "The vigil started at 7pm and broke up at 11.30pm - four and a half hours later."),
    ("Power went off at 06:15 and came back at 09:15 (five hours later).",
     "Power went off at 06:15 and came back at 09:15 (three hours later)."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_later_after_a_dash(linter, wrong, right):
    assert "FIG008" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # a delay, not the time between the two clocks
        "The march left at 10am and arrived at 2pm - two hours later than planned.",
        "The train left at 10am and arrived at 2pm (an hour later than timetabled).",
        "The shop opened at 9am - two hours later than usual.",
    ],
)
def test_later_after_a_dash_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
