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


# The count or the total given in an earlier sentence, found by the thing counted ("a
# sheep" after "4,500 sheep", "per hectare" after "2,000 hectares"), by the subject's
# noun ("The closed libraries" after "12 libraries"), or by the period ("a year").
ACROSS = [
    ("The estate has 4,500 sheep.\n\nThe grant is paid at £12 a sheep, so the estate will receive about £70,000.",
     "The estate has 4,500 sheep.\n\nThe grant is paid at £12 a sheep, so the estate will receive about £54,000."),
    ("The scheme will replant 2,000 hectares of woodland.\n\n"
     "Planting is funded at 3,500 euros per hectare, a total budget of 9 million euros.",
     "The scheme will replant 2,000 hectares of woodland.\n\n"
     "Planting is funded at 3,500 euros per hectare, a total budget of 7 million euros."),
    ("Last season 210 buses ran on the island, carrying some 380,000 passengers in all.\n\n"
     "The 210 buses carried an average of 2,500 passengers each.",
     "Last season 210 buses ran on the island, carrying some 380,000 passengers in all.\n\n"
     "The 210 buses carried an average of 1,800 passengers each."),
    ("The council will close 12 libraries.\n\nThe closures will save £960,000 a year.\n\n"
     "The closed libraries cost an average of £110,000 a year each.",
     "The council will close 12 libraries.\n\nThe closures will save £960,000 a year.\n\n"
     "The closed libraries cost an average of £80,000 a year each."),
    ("All 9,000 seats for the 20 concerts were sold, an average of 600 a night.",
     "All 9,000 seats for the 20 concerts were sold, an average of 450 a night."),
]


@pytest.mark.parametrize("wrong,right", ACROSS, ids=[p[0][:40] for p in ACROSS])
def test_rates_across_sentences(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG011"]) == ["FIG011"], wrong
    assert linter.codes(right, select=["FIG011"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # a price per another thing
        "The farm keeps 4,500 sheep.\n\nWool sells at £2 a kilo, and the farm made £90,000 last year.",
        # no total given
        "The island has 210 buses.\n\nThe 210 buses carried an average of 2,500 passengers each on the busiest day.",
        # a total far off: another quantity
        "The firm has 300 vans.\n\nFuel costs £40 a van, and the firm's turnover reached £90m.",
    ],
)
def test_rates_across_sentences_quiet(linter, text):
    assert linter.codes(text, select=["FIG011"]) == [], text


@pytest.mark.parametrize("wrong,right", [
    ("The 14 depots handle 9,800 parcels between them, an average of 900 parcels each.",
     "The 14 depots handle 9,800 parcels between them, an average of 700 parcels each."),
    ("The 3,600 beds are shared between 24 hospitals, or 180 each.",
     "The 3,600 beds are shared between 24 hospitals, or 150 each."),
    ("Across 16 markets, the 2,400 stalls work out at 200 per market.",
     "Across 16 markets, the 2,400 stalls work out at 150 per market."),
])
def test_averages_in_other_words(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG011"]) == ["FIG011"], wrong
    assert linter.codes(right, select=["FIG011"]) == [], right


def test_a_sum_restated_for_a_shorter_period_must_divide_out(linter):
    wrong = (
        "The clinic sees 5,200 patients a year, or about 150 a week.\n\n"
        "The depot handles 2,600 parcels a week, some 900 a day.\n"
    )
    found = linter.lint(wrong, select=["FIG011"])
    assert [(f.line, f.code) for f in found] == [(1, "FIG011"), (3, "FIG011")]
    assert "5,200 comes to 100 a week" in found[0].message
    right = (
        "The line carries 2.1 million passengers a year, about 40,000 a week.\n\n"
        "Nurses work 37.5 hours a week, 7.5 hours a day.\n\n"
        "The mill turns out 3,000 loaves a week, 500 a day.\n\n"
        "Membership costs £60 a year, or £5.99 a month.\n"
    )
    assert linter.lint(right, select=["FIG011"]) == []


def test_one_for_every_is_a_ratio_of_the_sentences_counts(linter):
    wrong = "The county's 571,000 residents are served by 61 practices, or one for every 7,000 people.\n"
    [f] = linter.lint(wrong, select=["FIG011"])
    assert "571,000 over 61 practices is 9,361 each" in f.message
    right = (
        "The county's 571,000 residents are served by 61 practices, or one for every 9,400 people.\n\n"
        "The town has 12 GPs for its 48,000 people, one doctor for every 4,000 residents.\n"
    )
    assert linter.lint(right, select=["figures"]) == []
    # the ratio's second term is no count of people to restate
    text = "The valley has one GP for every 7,000 people.\n\nThe town has 12 GPs for its 30,000 people.\n"
    assert "FIG001" not in linter.codes(text, select=["figures"])


def test_a_length_a_year_restated_as_a_total_over_the_years(linter):
    wrong = "On average, the ice thinned by 1.8 metres a year, a total of 5.4 metres over the two years.\n"
    [f] = linter.lint(wrong, select=["FIG011"])
    assert "1.8 metres comes to 3.6 over the two years" in f.message
    right = "On average, the ice thinned by 1.8 metres a year, a total of 3.6 metres over the two years.\n"
    assert linter.lint(right, select=["FIG011"]) == []
