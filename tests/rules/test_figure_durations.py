"""FIG008: a duration against the times or dates it runs between, in several phrasings."""

import pytest

PAIRS = [
    ("The power cut lasted four hours, from 13:15 to 15:45.", "The power cut lasted two and a half hours, from 13:15 to 15:45."),
    ("The search ran from 9pm to 3am, an operation that lasted eight hours.",
     "The search ran from 9pm to 5am, an operation that lasted eight hours."),
    ("The alert runs from 18:00 on Friday until 06:00 on Sunday, a period of 24 hours.",
     "The alert runs from 18:00 on Friday until 06:00 on Sunday, a period of 36 hours."),
    ("The ban is in force from 20:00 until 08:00 the next day, a 10-hour window.",
     "The ban is in force from 20:00 until 08:00 the next day, a 12-hour window."),
    ("The bridge will close from 2 May to 30 May, a closure of two weeks.",
     "The bridge will close from 2 May to 30 May, a closure of four weeks."),
    ("Voting runs from Monday 6 October to Friday 10 October 2025, a period of a week.",
     "Voting runs from Monday 6 October to Friday 10 October 2025, a period of five days."),
    ("The exhibition runs between April and June, a six-month season.",
     "The exhibition runs between April and June, a three-month season."),
    ("The survey ran from November 2023 to January 2024, a period of five months.",
     "The survey ran from November 2023 to January 2024, a period of three months."),
    ("The firm found the fault on 2 June 2025 but did not report it until 30 June, a delay of six weeks.",
     "The firm found the fault on 2 June 2025 but did not report it until 30 June, a delay of four weeks."),
    ("The trial, which ran from 3 March to 4 April, lasted just over a week, the court said.",
     "The trial, which ran from 3 March to 10 March, lasted just over a week, the court said."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_duration_against_its_span(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG008"]) == ["FIG008"], wrong
    assert linter.codes(right, select=["FIG008"]) == [], right


def test_table_row(linter):
    table = ("| Leaves | Arrives | Journey |\n|---|---|---|\n| 09:10 | 10:05 | 55 min |\n"
             "| 10:10 | 11:20 | 55 min |\n| 11:10 | 12:00 | 50 min |\n")
    assert [f.line for f in linter.lint(table, select=["FIG008"])] == [4]


def test_event_given_a_duration_earlier(linter):
    text = ("The museum reopened after a three-year, £9m restoration.\n\n"
            "The restoration ran from May 2023 to June 2024, the trust said.\n")
    findings = linter.lint(text, select=["FIG008"])
    assert [f.line for f in findings] == [3] and "three-year" in findings[0].message
    assert linter.codes(text.replace("June 2024", "June 2026"), select=["FIG008"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trains run every two hours from 06:00 to 22:00.",
        "The shop is open from 9am to 5pm, and deliveries take three days.",
        "The festival runs from 4 July to 6 July, with a two-day camping pass for £90.",
        "He was jailed for six years from June 2019 to June 2025 but released after three years.",
        "The strike will run from 1 March to 5 March, after a two-week ballot.",
        "Fares go up from 2 January, a year after the last rise.",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text, select=["FIG008"]) == [], text


# A range of days that names its month once, times bounded by what happened at each, and
# a gap in years since the year the sentence before names.
LOOSE = [
    ("The exhibition ran for ten days, from 4 to 21 June.", "The exhibition ran for 17 days, from 4 to 21 June."),
    ("The strike lasted a week, between 3 and 19 May.", "The strike lasted a fortnight, between 3 and 19 May."),
    ("The festival runs 8-30 July, a period of two weeks.", "The festival runs 8-30 July, a period of three weeks."),
    ("The fire broke out at 22:15 and was extinguished at 03:40, a blaze of more than seven hours.",
     "The fire broke out at 22:15 and was extinguished at 03:40, a blaze of more than five hours."),
    ("Power was cut off at 14:05 and reconnected at 19:50, the operator said, an outage of four hours.",
     "Power was cut off at 14:05 and reconnected at 19:50, the operator said, an outage of almost six hours."),
    ("The mill closed in 1987.\n\nIt reopened in 2012, after a gap of 30 years.",
     "The mill closed in 1987.\n\nIt reopened in 2012, after a gap of 25 years."),
    ("He left the band in 1994.\n\nHe rejoined in 2003, six years later.",
     "He left the band in 1994.\n\nHe rejoined in 2003, nine years later."),
]


@pytest.mark.parametrize("wrong,right", LOOSE, ids=[p[0][:40] for p in LOOSE])
def test_loosely_written_spans(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG008"]) == ["FIG008"], wrong
    assert linter.codes(right, select=["FIG008"]) == [], right


def test_a_later_time_in_another_clause_is_no_gap(linter):
    text = "The seat was lost in 1964.\n\nLabour regained it two years later, and he waited until 1970 to return."
    assert linter.codes(text, select=["FIG008"]) == []


@pytest.mark.parametrize("wrong,right", [
    ("The road reopened at 17:20, three hours after it was closed at 11:50.",
     "The road reopened at 17:20, five and a half hours after it was closed at 11:50."),
    ("The gallery was closed from 2 to 23 March, a week in all.",
     "The gallery was closed from 2 to 23 March, three weeks in all."),
])
def test_durations_told_after_or_in_all(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG008"]) == ["FIG008"], wrong
    assert linter.codes(right, select=["FIG008"]) == [], right
