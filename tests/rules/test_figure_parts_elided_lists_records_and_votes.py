"""FIG003 on four more ways a whole and its parts are told:

* parts listed with their verb left out after the first ("Of the 5,300 hectares, 2,400 were
  barley, 1,900 oats and 1,300 rye"): each bare part takes the whole's unit, as the first did;
* parts after ", of them", ", of these", ", out of which" (the calque of "iš jų", "из них",
  "od toga" in translated copy), like "of which", also after a place ("pupils in Bicester,");
* rounded parts whose least sum only touches the rounded whole's top ("52 million, of which
  30 million, 15 million and 9 million"): a value rounds to the nearest, so that is too much;
* a playing record told in nouns ("15 wins, three draws and eight losses from their 24
  matches"), and votes against a body all there whose noun has a complement ("all 16 members
  of the board were present") or is "deputies".

Each firing sentence has a control with the arithmetic right."""

import pytest

PAIRS = [
    # elided parts
    ("Of the 5,300 hectares, 2,400 were barley, 1,900 oats and 1,300 rye.",
     "Of the 5,600 hectares, 2,400 were barley, 1,900 oats and 1,300 rye."),
    ("Of the 740 square miles burned, 390 were forest, 260 heath and 150 farmland.",
     "Of the 800 square miles burned, 390 were forest, 260 heath and 150 farmland."),
    ("Of the €46m, 21m was for trams, 17m buses and 12m cycle lanes.",
     "Of the €50m, 21m was for trams, 17m buses and 12m cycle lanes."),
    # "of them", "of these", "out of which"
    ("Vouchers will receive about 8,800 pupils, of them 6,300 primary pupils and 3,400 secondary pupils.",
     "Vouchers will receive about 9,700 pupils, of them 6,300 primary pupils and 3,400 secondary pupils."),
    ("The region counted 2,150 migrants, of these 1,400 from Syria and 900 from Afghanistan.",
     "The region counted 2,300 migrants, of these 1,400 from Syria and 900 from Afghanistan."),
    ("The hospital treated 610 patients, out of which 380 were adults and 260 children.",
     "The hospital treated 640 patients, out of which 380 were adults and 260 children."),
    ("The scheme covers 5,347 pupils in Bicester, of these 4,026 primary pupils and 1,921 secondary pupils.",
     "The scheme covers 5,947 pupils in Bicester, of these 4,026 primary pupils and 1,921 secondary pupils."),
    # rounded parts at the whole's top
    ("The dairy sold 52 million litres, of which 30 million went to shops, 15 million to cafes and 9 million "
     "abroad.",
     "The dairy sold 54 million litres, of which 30 million went to shops, 15 million to cafes and 9 million "
     "abroad."),
    ("Visitors spent £17m, of which £9m in hotels, £6m in restaurants and £4m in shops.",
     "Visitors spent £19m, of which £9m in hotels, £6m in restaurants and £4m in shops."),
    # a record in nouns
    ("The club ended the year with 15 wins, three draws and eight losses from their 24 matches.",
     "The club ended the year with 15 wins, three draws and six losses from their 24 matches."),
    ("The driver had nine victories and four defeats in 12 races.",
     "The driver had nine victories and three defeats in 12 races."),
    ("They finished with 18 wins, 6 losses and 5 draws from 30 fixtures.",
     "They finished with 18 wins, 6 losses and 6 draws from 30 fixtures."),
    # votes against a body all there
    ("The board voted 9 to 4 in favour, with two abstentions; all 16 members of the board were present.",
     "The board voted 9 to 4 in favour, with two abstentions; all 15 members of the board were present."),
    ("Parliament voted 200 to 150, with 20 abstentions; all 386 deputies were present.",
     "Parliament voted 200 to 150, with 20 abstentions; all 370 deputies were present."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[
    "hectares", "square-miles", "euros", "of-them", "of-these", "out-of-which", "in-a-place", "litres", "pounds",
    "record", "victories", "record-order", "board", "deputies"])
def test_fires_and_control_quiet(linter, wrong, right):
    assert "FIG003" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # rounded parts that may well make up their whole
        "The port handled 12 million tonnes, of which 7 million tonnes were coal and 6 million tonnes grain.",
        "The budget is £5.4m, of which £2.7m goes to roads and £2.8m to schools.",
        # parts written in full are counted: no rounding, and they make it up
        "The dairy sold 52,000 litres, of which 30,000 went to shops and 22,000 to cafes.",
        # "about" allows the parts a little over
        "About 4,000 farms applied, of them 2,900 dairy farms and 1,300 sheep farms.",
        # a record with the games it left out
        "The boxer has 20 wins and one defeat in 21 fights.",
        # a count after a copula and a noun of its own, not a part of the acres
        "Of the 8,100 acres, 3,700 were sold to 2,900 buyers in 14 towns.",
        # "of them who": a relative clause, not a list
        "The club has 300 members, of them who pay, 120 are under 30.",
    ],
)
def test_quiet(linter, text):
    assert "FIG003" not in linter.codes(text, select=["FIG"]), text
