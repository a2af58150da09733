"""The figures family's general mechanisms, each in several phrasings of its own: a
wrong figure fires, the right one (rounding, "about", different things with the same
noun) stays quiet."""

import pytest

# -- shares that partition one whole, and a share set off beside its count ------------------

SHARE_PAIRS = [
    ("Of the 300 tenants asked, 38 per cent wanted the rent freeze, 51 per cent opposed it and 19 per cent "
     "had no opinion.",
     "Of the 300 tenants asked, 38 per cent wanted the rent freeze, 51 per cent opposed it and 11 per cent "
     "had no opinion."),
    ("Asked whether the bus service had improved, 44% said yes, 39% said it was worse and 25% saw no change.",
     "Asked whether the bus service had improved, 44% said yes, 39% said it was worse and 17% saw no change."),
    ("Coal produced 47% of the island's power, diesel 28% and the remaining 31% came from wind.",
     "Coal produced 47% of the island's power, diesel 28% and the remaining 25% came from wind."),
    ("Of the 820 trains, 205 ran late, or 32%.", "Of the 820 trains, 205 ran late, or 25%."),
    ("The auditors checked 640 invoices and found errors in 96, or 21% of those checked.",
     "The auditors checked 640 invoices and found errors in 96, or 15% of those checked."),
    ("Some 412 of the 1,030 bridges in the region, roughly 31 per cent, need repairs.",
     "Some 412 of the 1,030 bridges in the region, roughly 40 per cent, need repairs."),
    ("The motion was carried by 61% to 33%, with 14% abstaining.",
     "The motion was carried by 61% to 33%, with 6% abstaining."),
]


@pytest.mark.parametrize("wrong,right", SHARE_PAIRS, ids=[p[1][:40] for p in SHARE_PAIRS])
def test_shares_of_one_whole(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # answers that may overlap: no remainder or opposite answer among them
        "In the poll, 84% own a car, 76% a bicycle and 40% a scooter, with the rest relying on buses.",
        "Some 62% said they were worried about prices and 58% said they were worried about crime.",
        # shares of different wholes or times
        "Labour won 41% of the vote in 2019, 35% in 2017 and 30% in 2015.",
        "Of the men, 61% backed the plan; of the women, 58% opposed it and 12% were undecided.",
        # a share that is a change, and a share in quotation marks that is right
        "Of the 820 trains, 205 ran late, or 31% more than last year.",
        '"Of the 820 trains, 205 ran late, or 25%," the operator said.',
        # a different whole: the share is of something else
        "The firm employs 1,250 people and cut 310 jobs, or 31% of its costs.",
    ],
)
def test_shares_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
