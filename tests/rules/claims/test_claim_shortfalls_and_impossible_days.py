"""A shortfall estimated for a whole place ("The county lacks about 300 midwives", CLM007), a
shortfall forecast by multiplying today's ("in five years it will need twice as many",
CLM003), and an outcome put off to an impossible day ("will reopen when pigs fly", CLM003).
A team's own count, a past shortfall of one bus, a named body's plan and a joke told by
someone stay quiet."""

import pytest

FIRES = [
    ("CLM007", "The province lacks about 400 midwives."),
    ("CLM007", "Cornwall is short of some 150 dentists."),
    ("CLM007", "The valley is missing nearly 2,000 farm workers."),
    ("CLM003", "By the end of the decade the county will need twice as many carers."),
    ("CLM003", "In ten years the islands will lack double the number of teachers."),
    ("CLM003", "Lower rents the tenants will see only when pigs fly."),
    ("CLM003", "The ferry will run on time when hell freezes over."),
]

QUIET = [
    ("CLM007", "The side lacks two fit centre-backs."),
    ("CLM007", "The coach was missing about 20 passengers when it left."),
    ("CLM007", "The warehouse is short of about 30 pallets."),
    ("CLM003", "The health board said it will need twice as many carers."),
    ("CLM003", "He joked that the ferry will run on time when pigs fly."),
]


@pytest.mark.parametrize("code,sentence", FIRES)
def test_fires(linter, code, sentence):
    assert code in linter.codes(sentence, select=[code]), sentence


@pytest.mark.parametrize("code,sentence", FIRES)
def test_attributed_or_quoted_is_quiet(linter, code, sentence):
    body = sentence[:-1]
    for text in (f"{body}, the health board said.", f'"{body}," said Ines Varga, who chairs the patients\' forum.'):
        assert linter.codes(text, select=[code]) == [], text


@pytest.mark.parametrize("code,sentence", QUIET)
def test_lookalike_is_quiet(linter, code, sentence):
    assert linter.codes(sentence, select=[code]) == [], sentence
