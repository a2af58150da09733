"""HDG002 and HDG008 on more agentless verbs: "is described as", "was hailed as", "are
understood to run to", "is reckoned to cost"; a description a named source gives, and
"described as such", stay quiet."""

import pytest


@pytest.mark.parametrize("sentence,code", [
    ("The atmosphere in the camp is described as tense.", "HDG002"),
    ("The new stand was hailed as a triumph.", "HDG002"),
    ("The club's debts are understood to run to £12m.", "HDG008"),
    ("The repairs are reckoned to cost about £2m.", "HDG008"),
])
def test_agentless_forms_fire(linter, sentence, code):
    assert code in linter.codes(sentence, select=["HDG"]), sentence


@pytest.mark.parametrize("sentence", [
    "The suspect is described as white and in his 30s, police said.",
    "The band would never be described as such.",
    "The stand was hailed as a triumph by the club's chairman, Ian Bell.",
    '"The atmosphere is described as tense," the report said.',
])
def test_agentless_look_alikes_are_quiet(linter, sentence):
    assert not [c for c in linter.codes(sentence, select=["HDG"]) if c in ("HDG002", "HDG008")], sentence
