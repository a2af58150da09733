"""Views held by a named subject ("is confident the sale will", "suspects that", "accepts
the scheme will"), words given as someone's ("in the words of"), and posts online read as
sources; their look-alikes (an act with an object, "it is certain that", "is sure to", a
clause after "because") stay the writer's claims."""

from __future__ import annotations

import pytest

SOURCED = [
    "The harbour board is confident the new quay will double trade within five years.",
    "Dr Ellis was certain that the outbreak was caused by the cooling towers.",
    "The union's general secretary is worried that the sell-off will wreck the service.",
    "Mr Price suspects the fire was started deliberately to claim the insurance.",
    "The trust anticipates that the merger will be the biggest in the sector's history.",
    "Ms Kaur accepts the bypass will cost far more than planned.",
    "The governors recognise that the school's results fell because of staff turnover.",
    "The chief constable feels that the cuts will leave rural areas unprotected.",
    "The bishop posted online that the closures will tear the parish apart.",
    "It was, in the words of one trader, the worst Christmas the market has ever had.",
    "Teachers' leaders doubt that the reform will raise standards.",
]

WRITERS = [
    "It is certain that the new quay will double trade within five years.",
    "The board accepted the offer because it was the biggest in the firm's history.",
    "The council recognised the union after the strike was caused by low pay.",
    "The result is sure to be the worst in the club's history.",
    "Villagers felt the tremor, which was caused by the collapse of an old shaft.",
]


@pytest.mark.parametrize("text", SOURCED, ids=lambda s: s[:40])
def test_a_view_held_by_a_named_subject_is_theirs(linter, text):
    assert not [f for f in linter.lint(text, select=["claims"]) if f.code != "CLM008"], text


@pytest.mark.parametrize("text", WRITERS, ids=lambda s: s[:40])
def test_the_look_alikes_stay_the_writers(linter, text):
    assert [f for f in linter.lint(text, select=["claims"]) if f.code != "CLM008"], text


def test_doubts_and_worries_as_nouns_source_nothing(linter):
    text = "The outage may possibly raise doubts about the bank's systems.\n\nThe worries about the pier were caused by the council's silence.\n"
    assert [(f.code, f.line) for f in linter.lint(text, select=["HDG001", "CLM001"])] == [("HDG001", 1), ("CLM001", 3)]
