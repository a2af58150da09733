"""FIG003 on parts tied to a total of the sentence or two before by "of that total", "Of the
sum,", "Of this amount,": they may leave some out, but may not add up to more. A part given
"each" for a number of things counts that many times ("the three frigates cost £250m each").
FIG011 stays quiet on "€200,000 each and the library €450,000": the later amount has a
subject of its own."""

import pytest

PAIRS = [
    ("The co-op said it had sold 5,200 tonnes of apples so far this season.\n\n"
     "Kent orchards sent 3,100 tonnes of that total, with Sussex sending 2,400 tonnes.\n",
     "The co-op said it had sold 5,200 tonnes of apples so far this season.\n\n"
     "Kent orchards sent 3,100 tonnes of that total, with Sussex sending 2,100 tonnes.\n"),
    ("The appeal raised £48,000 last year.\n\nOf this amount, £30,000 went to the hospice and £21,000 to the "
     "food bank.\n",
     "The appeal raised £48,000 last year.\n\nOf this amount, £30,000 went to the hospice and £18,000 to the "
     "food bank.\n"),
    ("The contract is worth £820m, the ministry said.\n\nOf that amount, the three frigates cost £250m each and "
     "spare parts £95m.\n",
     "The contract is worth £850m, the ministry said.\n\nOf that amount, the three frigates cost £250m each and "
     "spare parts £95m.\n"),
    ("The co-op bought 2,600 tonnes this year, compared with 3,900 tonnes last year.\n\nThat is a fall of a "
     "third.\n\nGrowers in Fife provided 1,500 tonnes of that total; Angus growers provided 1,400 tonnes.\n",
     "The co-op bought 2,600 tonnes this year, compared with 3,900 tonnes last year.\n\nThat is a fall of a "
     "third.\n\nGrowers in Fife provided 1,500 tonnes of that total; Angus growers provided 1,100 tonnes.\n"),
    ("The grant totals €1.1m.\n\nOf that total, the four schools get €200,000 each and the library €450,000.\n",
     "The grant totals €1.3m.\n\nOf that total, the four schools get €200,000 each and the library €450,000.\n"),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=["apples", "appeal", "frigates", "compared", "grant"])
def test_parts_of_that_total(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # "the total of" gives its own total
        "The club raised £9,000.\n\nOf the total of £12,000 pledged, £8,000 came from members and £4,000 "
        "from the council.\n",
        # "each" with no number of things before it is left alone
        "The contract is worth £300m.\n\nOf this sum, the frigates cost £250m each and training £95m.\n",
    ],
)
def test_quiet(linter, text):
    assert "FIG003" not in linter.codes(text, select=["FIG"]), text


@pytest.mark.parametrize(
    "text",
    [
        "The four schools get €200,000 each and the library €450,000.",
        "The two parks get £8,000 each and the museum £20,000.",
    ],
)
def test_amount_of_another_subject_is_no_product(linter, text):
    assert "FIG011" not in linter.codes(text, select=["FIG"]), text


def test_product_still_checked(linter):
    assert "FIG011" in linter.codes("Nine lorries carrying 24 tonnes apiece delivered 200 tonnes.", select=["FIG"])
