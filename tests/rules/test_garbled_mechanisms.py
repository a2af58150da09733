"""Garbled mechanisms that generalise past a list: a preposition the word before it does
not take (counted from web English), by behaviour on sentences written for these tests."""

from __future__ import annotations

import pytest


def _codes(linter, text, select=("garbled",)):
    return sorted({f.code for f in linter.lint(text + "\n", select=list(select))})


@pytest.mark.parametrize(
    "text, column",
    [
        ("The ferry service relies heavily of the tides.", 19),
        ("The jury consisted from nine women and three men.", 10),
        ("Tenants are not interested for the new flats.", 17),
        ("The two firms were satisfied of the ruling.", 20),
        ("The committee is composed from six members.", 18),
    ],
)
def test_a_preposition_the_word_does_not_take_is_flagged(linter, text, column):
    found = [(f.line, f.column) for f in linter.lint(text + "\n", select=["GRB021"])]
    assert found == [(1, column)]


def test_the_message_names_the_preposition_the_word_takes(linter):
    [f] = linter.lint("The jury consisted from nine women.\n", select=["GRB021"])
    assert "'consisted' takes 'of', not 'from'" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "The ferry service depends on the tides in winter.",
        "The ferry service depends in part on the tides.",
        "The jury consisted of nine women and three men.",
        "Tenants were interested in the new flats.",
        "A 5% rise is not suitable at the moment, she said.",
        "Four men were convicted at the Old Bailey.",
        "Flights were affected for an hour on Monday.",
        "Residents were worried by the noise.",
        "The engine was refined to be quieter.",
        "One of the main focuses of the plan is housing.",
        "He is responsible for the delays.",
        '"The jury consisted from nine women," the clerk wrote in his notes.',
    ],
)
def test_idiomatic_and_adverbial_prepositions_and_quotes_stay_quiet(linter, text):
    assert _codes(linter, text, ("GRB021",)) == []


# Word-class entries of the lexicons: each line uses class members no entry example names.
@pytest.mark.parametrize(
    "text, code",
    [
        ("Several bridge were closed after the storm.", "GRB019"),  # count word + singular
        ("The rescuers said 12 passenger were missing.", "GRB019"),  # number + singular
        ("Officials said the new tariffs was a mistake.", "GRB019"),  # plural subject, singular verb
        ("One of the nurses were suspended.", "GRB019"),  # one of the ... were
        ("Analysts said the poverty has grown in the north.", "GRB019"),  # article before a general idea
        ("The cabinet approved new strategy on Monday.", "GRB019"),  # bare singular object
        ("The value of exports have fallen.", "GRB019"),  # verb agreeing inside the 'of' phrase
        ("In spite the protests, the mine opened.", "GRB017"),
        ("The agency will actualize its data in May.", "GRB008"),
        ("The island's hospital hired a 11-person crew.", "GRB020"),
    ],
)
def test_word_class_entries_reach_members_no_example_names(linter, text, code):
    assert code in _codes(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Several bridges were closed after the storm.",
        "Several bridge repairs were delayed.",
        "Officials said the new tariffs were a mistake.",
        "She is one of the nurses who were suspended.",
        "Analysts said poverty has grown in the north.",
        "The cabinet approved new spending on Monday.",
        "The value of exports that were sold abroad has fallen.",
        "In spite of the protests, the mine opened.",
        "The campaign helps people actualise their potential.",
        "An 11-person crew and a 180-strong team flew in.",
        '"Muchos estudiante protestaron", said the sign, or in English "many student protested".',
        '"Several bridge were closed," the mayor said in broken English.',
    ],
)
def test_word_class_entries_stay_quiet_on_english_and_quotes(linter, text):
    assert _codes(linter, text) == []
