"""Hedging constructions added for unseen drafts: each fires in the writer's voice and stays
quiet when a named source holds it or a look-alike means something else."""

from __future__ import annotations

import pytest

FIRES = [
    ("HDG004", "It is not excluded that the depot will close."),
    ("HDG004", "A second strike cannot be ruled out."),
    ("HDG004", "It could be that fares level off next year."),
    ("HDG008", "It is thought the mayor will stand down in May."),
    ("HDG008", "It is feared that the trawler sank in the night."),
    ("HDG008", "The abbey is reputed to hold a fragment of the cross."),
    ("HDG008", "The castle is traditionally said to have been built by a giant."),
    ("HDG008", "The striker is widely tipped to join a Spanish club."),
    ("HDG009", "The takeover has, to an extent, saved the brand."),
    ("HDG009", "In a sense, the club was a victim of its own success."),
    ("HDG009", "The new rota is, up to a point, fairer to junior staff."),
    ("HDG006", "Bus fares may level off next year."),
    # the look-alikes below, where they do hedge
    ("HDG006", "The figures appear to show a fall in burglaries."),
    ("HDG010", "Refugees, many of whom say they were turned back, are sleeping at the station."),
    ("HDG010", "Some residents opposed the new cycle lane."),
    ("HDG010", "Many residents oppose the plan."),
    ("HDG010", "In some villages the new tax will be hard to collect."),
    ("HDG010", "Rents in many suburbs are now out of reach."),
    ("HDG012", "He is the best-known chef in the city."),
    ("HDG006", "Ministers might of course decide otherwise."),
]

QUIET = [
    ("HDG004", "It is not excluded from the scheme, the council said."),
    ("HDG008", "It is thought the mayor will stand down, the party said."),
    ("HDG008", "The lorry was supposed to arrive at noon."),
    ("HDG009", "\"In a sense, the club was a victim of its own success,\" the chairman said."),
    ("HDG006", "Swimmers may use the pool before 8am."),
    # a hedge inside a named source's clause, a rule's 'may', a legal 'could face', a conditional
    ("HDG006", "The surveyor said the viaduct may need to close for repairs."),
    ("HDG006", "Tenants may apply for a rent review once a year."),
    ("HDG006", "Landlords who fail to register could face a fine of up to £30,000."),
    ("HDG006", "If approved, the tower would be the tallest in the city."),
    # a disguise described, not a doubt
    ("HDG006", "Members were told to ignore texts that appear to come from the union."),
    ("HDG006", "Watch out for calls which seem to be genuine but ask for a PIN."),
    # 'some' counting what an act touched; a share of a counted set or of a group just named
    ("HDG010", "Police closed some roads around the stadium."),
    ("HDG010", "The gale wrecked some of the beach huts."),
    ("HDG010", "Many of the 40 staff had worked at the mill for decades."),
    ("HDG010", "Of the 120 members, many voted against the motion."),
    ("HDG010", "Lorry drivers, some of whom have queued for two days, are sleeping in their cabs."),
    # a place or a part in narration; the base of a comparison
    ("HDG010", "In some wards the heating failed for two nights."),
    ("HDG010", "The fares of some ferries doubled over the summer."),
    ("HDG010", "The brewery coped with the shortage better than most rivals."),
    # 'might' as a noun
    ("HDG006", "The firm cannot match the spending might of its American rivals."),
    ("HDG006", "The rowers pulled with all their might."),
    # 'best known as/for' says what someone is known for
    ("HDG012", "Dame Alice Carr, best known as the voice of the late-night radio quiz, has died aged 88."),
    ("HDG012", "The singer, best known for her 1984 hit, will headline the festival."),
]


@pytest.mark.parametrize("code, sentence", FIRES, ids=lambda x: x if x.startswith("HDG") else x[:40])
def test_hedge_fires(linter, code, sentence):
    assert code in [f.code for f in linter.lint(sentence, select=[code])]


@pytest.mark.parametrize("code, sentence", QUIET, ids=lambda x: x if x.startswith("HDG") else x[:40])
def test_look_alike_is_quiet(linter, code, sentence):
    assert code not in [f.code for f in linter.lint(sentence, select=[code])]
