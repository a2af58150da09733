"""FIG011: averages against their total and count, and unit price x payers against the sum
raised, in several phrasings."""

import pytest

PAIRS = [
    ("The 25 schools teach 15,000 pupils, an average of 800 pupils per school.",
     "The 25 schools teach 15,000 pupils, an average of 600 pupils per school."),
    ("A bonus pot of £3.2m was shared among 400 staff, or £9,000 each.",
     "A bonus pot of £3.2m was shared among 400 staff, or £8,000 each."),
    ("The 40 wards treated 12,000 patients, averaging 500 patients a ward.",
     "The 40 wards treated 12,000 patients, averaging 300 patients a ward."),
    ("The charity sold 3,000 raffle tickets at £5 each, raising £25,000.",
     "The charity sold 3,000 raffle tickets at £5 each, raising £15,000."),
    ("The £2 toll was paid by 600,000 drivers, bringing in £1.8m.",
     "The £2 toll was paid by 600,000 drivers, bringing in £1.2m."),
    ("The council raised £4.5m from its £30 garden waste charge.\n\nThe charge was paid by 90,000 households.\n",
     "The council raised £4.5m from its £30 garden waste charge.\n\nThe charge was paid by 150,000 households.\n"),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_rates(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG011"]) == ["FIG011"], wrong
    assert linter.codes(right, select=["FIG011"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost £40 each, and the club made a profit of £90,000 from 5,000 fans.",
        "The 25 schools have 15,000 pupils, and each school has about 30 teachers.",
        "Fans paid £25 each; 4,000 attended, the club said, and it raised £50,000 for charity.",
        "The 14 practices have 112,000 patients and see about 900 patients a day.",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text, select=["FIG011"]) == [], text
