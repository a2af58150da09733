"""Claim constructions in more words: a vague group that agrees with a clause ("Most
critics agree the finale dragged"), a cause with a degree adverb ("due solely to"), a
loaded verb on an abstract object ("is destroying the character of"), a first of its kind."""

import pytest

FIRES = [
    ("CLM008", "Most reviewers agree the second act sagged."),
    ("CLM001", "The backlog is due solely to the new software."),
    ("CLM001", "The title win was thanks in large part to the academy."),
    ("CLM006", "The casino is destroying the character of the seafront."),
    ("CLM006", "Short lets are ruining the identity of the old quarter."),
    ("CLM005", "It is the first ruling of its kind in Wales."),
    ("CLM005", "The clinic, the first of its kind, opened last year."),
]

QUIET = [
    ("CLM008", "The two unions agreed the revised pay deal."),
    ("CLM001", "The final is due to start at 3pm."),
    ("CLM006", "The blaze is destroying the warehouse."),
    ("CLM005", "It is the first ruling of its kind in Wales, the court said."),
    ("CLM005", '"It is the first ruling of its kind," the judge said.'),
]


@pytest.mark.parametrize("code,sentence", FIRES)
def test_fires(linter, code, sentence):
    assert code in linter.codes(sentence, select=["claims"]), sentence


@pytest.mark.parametrize("code,sentence", QUIET)
def test_quiet(linter, code, sentence):
    assert code not in linter.codes(sentence, select=["claims"]), sentence


@pytest.mark.parametrize("code,sentence", [
    ("CLM008", "Local publicans say the smoking ban has emptied the bars."),
    ("CLM008", "Hill farmers report that the winters have grown wetter."),
    ("CLM001", "Cheap flights are the main reason young people leave the island."),
    ("CLM001", "Run-off from the farms is the chief source of the algae."),
    ("CLM005", "She wrote 90 songs, more than any other writer of her generation."),
    ("CLM005", "Opened in 1902, it is the oldest working cinema in Wales."),
])
def test_more_claim_classes_fire(linter, code, sentence):
    assert code in linter.codes(sentence, select=["claims"]), sentence


@pytest.mark.parametrize("code,sentence", [
    ("CLM008", "Microsoft has said it will release the update in May."),
    ("CLM008", "The residents said they were angry."),
    ("CLM001", "Run-off from the farms is the chief source of the algae, the agency said."),
    ("CLM005", "It is the highest mountain in Wales."),
    ("CLM005", "She wrote that the festival was the best she had seen, her diary shows."),
])
def test_more_claim_classes_quiet(linter, code, sentence):
    assert code not in linter.codes(sentence, select=["claims"]), sentence
