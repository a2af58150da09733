"""Garbled, eggcorns and confused words by class (GRB018): a set phrase with a sound-alike
swapped in, in any inflection and with a pronoun or determiner between; a real word
that only its frame shows to be the wrong one; a verb or noun built on the wrong stem.
The quiet cases come first: the right word, the look-alike in its own sense, and
quotations. Sentences written for these tests (other topics, names and numbers than
the lexicon's own examples)."""

from __future__ import annotations

import pytest

EGG = "GRB018"

QUIET = [
    # the right word in the set phrase
    "The ferry company is biding its time before raising fares.",
    "Her speech elicited boos from the back of the hall.",
    "Engineers warned that a landslide was imminent.",
    # the look-alike in its own sense
    "The two airlines are bidding for the route this time.",
    "Customs officers seized illicit tobacco at the port.",
    "The retired judge was eminent in maritime law.",
    "The chair of the strike committee was eminent and well liked.",
    "Ferries waved through by the harbour master left on time.",
    "The opposition was weary of another recount.",
    "Interest rates peaked at 6% in the autumn.",
    "The squad was taught by a former champion.",
    "Pupils were taught the rules of the road.",
    "The later stages of the inquiry were held in private.",
    "Bats, which hunt at dusk, roost in the barn.",
    "The hotel suite overlooked the bay.",
    "Nurses spoke respectfully of the surgeon.",
    "Guests stood respectfully as the coffin passed.",
    "Minorities in the region were persecuted for decades.",
    "The vocal tracks were recorded in Berlin.",
    "Seeds are dispersed by birds.",
    "He was interned as an enemy alien in 1940.",
    "The bakery will forgo its profits for a week.",
    "Fourth-seeded players met in the semi-final.",
    "The plaintiff sought damages from the council.",
    "The painting was hung in the foyer.",
    "Few records from the abbey are extant.",
    "The town councillor chaired the meeting.",
    "An artic lorry blocked the junction.",
    "The lecturer was taught to read at home.",
    # quoted speech stays quiet
    '"We are just bidding our time," the striker said.',
]

FIRES = [
    # set phrases, with the possessive that varies
    ("The ferry operators are bidding their time before raising fares.", "bidding their time"),
    ("Both parties bid their time until the budget.", "bid their time"),
    # a verb made of an adjective
    ("Her speech illicited boos from the back of the hall.", "illicited"),
    ("Such offers rarely illicit a reply from the bank.", "illicit"),
    # the frame decides: a copula after the noun of an event
    ("Engineers warn that a landslide is eminent.", "eminent"),
    ("A settlement now looks eminent, lawyers for both sides said.", "eminent"),
    ("Observers believe an imminent economist will chair the panel.", "imminent"),
    # real words in frames only the other fits
    ("The library fine will be waved for children under ten.", "waved"),
    ("Staff moral has slumped since the merger.", "moral"),
    ("Dealers were caught with heroine and cocaine worth £40,000.", "heroine"),
    ("The veteran defender is on a role this winter.", "on a role"),
    ("The ambulance was proceeded by two police cars.", "proceeded by"),
    ("Bus fairs in the valley will rise by 5p.", "fairs"),
    ("The rivals signed a secret packed before the vote.", "packed"),
    ("The coach hurdled down the hill after its brakes failed.", "hurdled"),
    ("The bank dispersed the final tranche of the loan in May.", "dispersed"),
    ("Prices rose by 2% and 4% respectfully in the two regions.", "respectfully"),
    ("The club's finances slid into the read after the move.", "the read"),
    ("Fans of the band were under no allusions about the tour.", "allusions"),
    # morphology malapropisms
    ("The airline's reply was undoubtably late.", "undoubtably"),
    ("The council adviced tenants to keep windows shut.", "adviced"),
    ("The mayor prophesized a record summer.", "prophesized"),
    # later classes: set phrases, frames and stems
    ("The loan helped the charity starve off closure.", "starve off"),
    ("The tenants have wracked up debts of £900.", "wracked up"),
    ("Members of the press corpse gathered at the gate.", "corpse"),
    ("The ferry operator preformed badly in the survey.", "preformed"),
    ("The quarry seeded territory to the rebels.", "seeded"),
    ("The verdict has no baring on the inquiry.", "baring"),
    ("Judges squashed the sentence on appeal.", "squashed"),
    ("The docks were ravished by fire in 1941.", "ravished"),
    ("The bakery will forego its profits for a week.", "forego"),
    ("Many drivers loath the new speed cameras.", "loath"),
    ("The harbour is heavily dependant on fishing.", "dependant"),
    ("It was the forth closure of the road this year.", "forth"),
    ("The hospital hired a bereavement councillor.", "councillor"),
]


@pytest.mark.parametrize("text", QUIET)
def test_right_word_and_look_alike_stay_quiet(garbled, text):
    assert [f for f in garbled(text) if f.code == EGG] == []


@pytest.mark.parametrize("text, span", FIRES)
def test_confused_word_in_its_frame_fires(garbled, text, span):
    found = [f for f in garbled(text) if f.code == EGG]
    assert found, text
    start = text.index(span)
    assert any(f.offset <= start < f.end_offset for f in found), [(f.offset, f.end_offset) for f in found]


def test_one_finding_per_slip_with_the_pack(garbled):
    # An entry written for an inflected form does not double the pack's literal one.
    text = "The grocer fell fowl of the hygiene rules."
    assert [f.code for f in garbled(text)] == [EGG]
