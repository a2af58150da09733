"""FIG011 on a count of things, what each holds and the total in one sentence ("Six
minibuses, each carrying 14 pupils, took 84 children"), and FIG003 no longer reading such
a product as a list of parts ("Six + 14 = 20")."""

import pytest

PAIRS = [
    # (wrong, right)
    ("Six minibuses, each carrying 14 pupils, took 96 children to the match.",
     "Six minibuses, each carrying 14 pupils, took 84 children to the match."),
    ("The 25 stewards each worked six hours, 180 hours between them.",
     "The 25 stewards each worked six hours, 150 hours between them."),
    ("Eleven trawlers landing 30 tonnes apiece brought in 390 tonnes of cod.",
     "Eleven trawlers landing 30 tonnes apiece brought in 330 tonnes of cod."),
    ("There are 12 wards with 28 beds in each, making 366 beds.",
     "There are 12 wards with 28 beds in each, making 336 beds."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_count_product(linter, wrong, right):
    assert "FIG011" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # a range of holdings: no single amount each
        "Six minibuses carrying between 10 and 14 pupils took 70 children.",
        # the total is of another thing
        "Nine lorries carrying 24 tonnes apiece made 31 trips.",
        # "about" on the amount each holds
        "The 25 stewards each worked about six hours, 180 hours between them.",
        # a clause break before the total
        "The 25 stewards each worked six hours, but the 40 volunteers gave 300 hours.",
    ],
)
def test_count_product_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


def test_product_is_not_a_list_of_parts(linter):
    assert "FIG003" not in linter.codes("Six minibuses, each carrying 14 pupils, took 84 children - 84 in all.",
                                        select=["FIG"])


@pytest.mark.parametrize(
    "wrong,right",
    [
        ("Each of the nine teams planted 40 trees, 400 trees in total.",
         "Each of the nine teams planted 40 trees, 360 trees in total."),
        ("Every one of the 32 tenants paid £15, so the association raised £580.",
         "Every one of the 32 tenants paid £15, so the association raised £480."),
    ],
)
def test_count_product_each_of_the(linter, wrong, right):
    assert "FIG011" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


# -- an average over a count given right after it, and its total ---------------------------

@pytest.mark.parametrize(
    "wrong,right",
    [
        ("Grants averaged £1,200 across 45 clubs, £64,000 in total.",
         "Grants averaged £1,200 across 45 clubs, £54,000 in total."),
        ("An average of 85 visitors across 20 open days came to 2,100 visitors in all.",
         "An average of 85 visitors across 20 open days came to 1,700 visitors in all."),
    ],
)
def test_average_across_a_count(linter, wrong, right):
    assert "FIG011" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "Rents averaged £950 over 12 months, while the deposit was £1,900.",
        "Scores averaged 62 across 30 schools, with 18 schools above 70.",
    ],
)
def test_average_across_a_count_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


@pytest.mark.parametrize(
    "wrong,right",
    [
        ("The charity sent 12 crews of five medics - 66 people in all.",
         "The charity sent 12 crews of five medics - 60 people in all."),
        ("The 18 snowploughs, each clearing 42 miles of road, will cover 800 miles tonight.",
         "The 18 snowploughs, each clearing 42 miles of road, will cover 756 miles tonight."),
    ],
)
def test_product_groups_of_and_measures(linter, wrong, right):
    assert "FIG011" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


# -- a per-head rate against a one-digit sum ----------------------------------------------

@pytest.mark.parametrize(
    "wrong,right",
    [
        ("A £3m grant for 600 tenants works out at £4,000 a tenant.",
         "A £3m grant for 600 tenants works out at £5,000 a tenant."),
        ("The academy has £2m for 250 pupils, £6,000 a pupil.", "The academy has £2m for 250 pupils, £8,000 a pupil."),
    ],
)
def test_per_head_against_a_round_sum(linter, wrong, right):
    assert "FIG011" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_about_keeps_the_rounding(linter):
    # "about £2m" may be £1.6m
    assert linter.codes("A fund of about £2m for 400 pupils works out at £4,000 a pupil.", select=["FIG"]) == []


def test_average_after_comes_to(linter):
    wrong = "Spread over 12 months, the £42,000 contract comes to £4,200 a month."
    right = "Spread over 12 months, the £42,000 contract comes to £3,500 a month."
    assert "FIG011" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
