"""Hedges of a hurried translation and of the commoner qualifiers (issue 14): "One can think
that", "It is to be supposed that", "in some way", "in some respects", "to a limited extent"
fire in the writer's voice; a named source's hedge, a quotation, code, and look-alikes ("in a
way that", a rule's "may", past ability) stay quiet."""

from __future__ import annotations

import pytest

FIRES = [
    ("HDG009", "One can think that the council misjudged the mood of the town."),
    ("HDG009", "One could imagine the ferry company walking away."),
    ("HDG004", "It is to be supposed that the fares will rise again."),
    ("HDG004", "It is to be feared that the pier will not reopen."),
    ("HDG009", "In some way, the festival has become a victim of its success."),
    ("HDG009", "The new rota is, in some respects, fairer to junior staff."),
    ("HDG009", "The reforms have worked to a limited extent."),
]

QUIET = [
    ("HDG009", "The boiler is designed in a way that saves power."),
    ("HDG009", "Visitors may park in the lower car park after 6pm."),
    ("HDG004", "As a child she could swim a mile."),
    ("HDG004", "The works are due to be finished in June."),
]


@pytest.mark.parametrize("code,sentence", FIRES)
def test_hedge_fires_in_writer_voice(linter, code, sentence):
    assert code in linter.codes(sentence, select=[code]), sentence


@pytest.mark.parametrize("code,sentence", QUIET)
def test_hedge_look_alike_is_quiet(linter, code, sentence):
    assert linter.codes(sentence, select=[code]) == [], sentence


@pytest.mark.parametrize("code,sentence", FIRES)
def test_hedge_of_a_source_quote_or_code_is_quiet(linter, code, sentence):
    body = sentence[:-1]
    for text in (
        f"{body}, the transport minister said.",
        f'"{body}," said Ana Ruiz, who runs the harbour trust.',
        f"```\n{sentence}\n```\n",
    ):
        assert linter.codes(text, select=[code]) == [], text
