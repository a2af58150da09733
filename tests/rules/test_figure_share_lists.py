"""FIG003 on shares of one total listed with their destinations left parallel: "58% of
the cars went to Europe, 27% to Asia and 21% to Africa", "Of the loans, 44% went to
Wales, ..." (capitalised names after the later shares)."""

import pytest

PAIRS = [
    ("Of the grants, 46% went to Scotland, 31% to Northern Ireland and 29% to Wales.",
     "Of the grants, 46% went to Scotland, 31% to Northern Ireland and 23% to Wales."),
    ("62% of the parcels went to families, 24% to pensioners and 19% to students.",
     "62% of the parcels went to families, 24% to pensioners and 14% to students."),
    ("36% of households heat with gas, 41% with oil and 28% with wood.",
     "36% of households heat with gas, 41% with oil and 23% with wood."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_parallel_share_lists(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # three things said of one group, which may overlap
        "Of the staff, 40% work part-time, 30% are over 50 and 45% are women.",
        "41% of tenants are over 60, 38% live alone and 30% have a car.",
        # different prepositions: different questions
        "58% of the cars went to Europe, 27% in the spring and 21% by sea.",
    ],
)
def test_parallel_share_lists_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text


# Parts listed after "Of the <noun>," take the whole counted earlier for that noun.
BACK_PAIRS = [
    ("The hospice cared for 1,240 patients in 2024.\n\nOf the patients, 610 were treated at home, 420 on its wards "
     "and 140 in care homes.",
     "The hospice cared for 1,240 patients in 2024.\n\nOf the patients, 610 were treated at home, 420 on its wards "
     "and 210 in care homes."),
    ("The council planted 5,000 trees.\n\nAmong the trees, 3,100 were oaks, 1,400 were beeches and 900 were limes.",
     "The council planted 5,000 trees.\n\nAmong the trees, 3,100 were oaks, 1,400 were beeches and 500 were limes."),
]


@pytest.mark.parametrize("wrong,right", BACK_PAIRS, ids=[p[0][:40] for p in BACK_PAIRS])
def test_parts_of_a_whole_named_by_its_noun(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_parts_of_a_whole_named_by_its_noun_may_leave_some_out(linter):
    text = ("The hospice cared for 1,240 patients in 2024.\n\n"
            "Of the patients, 610 were treated at home and 220 on its wards.")
    assert linter.codes(text, select=["FIG"]) == []


@pytest.mark.parametrize("wrong,right", [
    ("The appeal raised £1.9m, of which £1.2m came from businesses.\n\nDonations from the public made up the other £0.9m.",
     "The appeal raised £1.9m, of which £1.2m came from businesses.\n\nDonations from the public made up the other £0.7m."),
    ("The budget is £640m, including £410m for schools. Roads get the remaining £260m.",
     "The budget is £640m, including £410m for schools. Roads get the remaining £230m."),
])
def test_the_rest_of_a_sum_given_in_the_sentence_before(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right
