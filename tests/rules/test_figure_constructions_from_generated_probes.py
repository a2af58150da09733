"""Constructions found missing by probe family p (its first run), each with firing and quiet
cases in our own words: what every one holds said before the count, an equal share after
its total, "averages £X a week", a lead "outscoring" a rival, "; it reopened N days later,
on <date>", two years and "lasted N years", a place left that names its own noun, and an
anniversary of something "first printed"."""

import pytest

DATED = "---\ndate: 2026-06-02\n---\n\n"

PAIRS = [
    # (wrong, right, code)
    ("Every minibus holds 16, so the 12 minibuses can carry 210 pupils.",
     "Every minibus holds 16, so the 12 minibuses can carry 192 pupils.", "FIG011"),
    ("Each of the 25 clubs will get an equal share of the £2m, or £100,000.",
     "Each of the 25 clubs will get an equal share of the £2m, or £80,000.", "FIG011"),
    ("Sales of £78,000 over 12 weeks mean the stall averages £7,500 a week.",
     "Sales of £78,000 over 12 weeks mean the stall averages £6,500 a week.", "FIG011"),
    ("Leinster led the try count 6-2, outscoring the visitors by three tries.",
     "Leinster led the try count 6-2, outscoring the visitors by four tries.", "FIG012"),
    ("A landslip shut the line on 22 December; it reopened 11 days later, on 6 January.",
     "A landslip shut the line on 22 December; it reopened 15 days later, on 6 January.", "FIG008"),
    ("Opened in 1905 and closed in 1968, the cinema lasted 53 years.",
     "Opened in 1905 and closed in 1968, the cinema lasted 63 years.", "FIG008"),
    ("The hostel can sleep 80 walkers. It has 62 walkers booked tonight, so 24 beds are free.",
     "The hostel can sleep 80 walkers. It has 62 walkers booked tonight, so 18 beds are free.", "FIG003"),
    (DATED + "The almanac, first printed in 1876, marks its 125th anniversary this spring.",
     DATED + "The almanac, first printed in 1876, marks its 150th anniversary this spring.", "FIG009"),
]


@pytest.mark.parametrize("wrong,right,code", PAIRS, ids=[p[0][-40:] for p in PAIRS])
def test_family_p_constructions(linter, wrong, right, code):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # every one of another noun than the count's
        "Every coach seats 50, and the 12 minibuses carried 200 pupils.",
        # an equal share of another sum than the one restated
        "Each of the 25 clubs will get an equal share of the £2m fund, while the league keeps £500,000.",
        # a semicolon and then another clause break: another period
        "The line shut on 22 December; but it was 15 days later, on 6 January, that trains ran again.",
        # "lasted" of something else than the span of the two years
        "Opened in 1905 and closed in 1968, the cinema's last film lasted three hours.",
    ],
)
def test_family_p_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


@pytest.mark.parametrize(
    "wrong,right",
    [
        ("Trust in the force is 39%, seven points lower than the 43% of 2022.",
         "Trust in the force is 39%, four points lower than the 43% of 2022."),
        ("Uptake is 71%, five points higher than the 68% last winter.",
         "Uptake is 71%, three points higher than the 68% last winter."),
    ],
)
def test_points_lower_than_a_share(linter, wrong, right):
    assert "FIG002" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "wrong,right,code",
    [
        ("With 22 rows of 30 seats, the theatre holds 700 people.",
         "With 22 rows of 30 seats, the theatre holds 660 people.", "FIG011"),
        ("The chapel was gutted on 9 May 1941 and rebuilt eight years later, in 1951.",
         "The chapel was gutted on 9 May 1941 and rebuilt ten years later, in 1951.", "FIG008"),
        ("The choir needed 40 singers.\n\nIt recruited 31, seven short of its target.",
         "The choir needed 40 singers.\n\nIt recruited 31, nine short of its target.", "FIG003"),
    ],
)
def test_family_q_constructions(linter, wrong, right, code):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
