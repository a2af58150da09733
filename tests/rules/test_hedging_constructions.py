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
]

QUIET = [
    ("HDG004", "It is not excluded from the scheme, the council said."),
    ("HDG008", "It is thought the mayor will stand down, the party said."),
    ("HDG008", "The lorry was supposed to arrive at noon."),
    ("HDG009", "\"In a sense, the club was a victim of its own success,\" the chairman said."),
    ("HDG006", "Swimmers may use the pool before 8am."),
]


@pytest.mark.parametrize("code, sentence", FIRES, ids=lambda x: x if x.startswith("HDG") else x[:40])
def test_hedge_fires(linter, code, sentence):
    assert code in [f.code for f in linter.lint(sentence, select=[code])]


@pytest.mark.parametrize("code, sentence", QUIET, ids=lambda x: x if x.startswith("HDG") else x[:40])
def test_look_alike_is_quiet(linter, code, sentence):
    assert code not in [f.code for f in linter.lint(sentence, select=[code])]
