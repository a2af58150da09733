"""Whose voice a sentence is in (lintnews.voice.is_attributed)."""

from __future__ import annotations

import pytest

from lintnews.config import Settings
from lintnews.document import parse
from lintnews.voice import is_attributed


def _sentence(text, settings=None):
    doc = parse(text, "d.md")
    return doc.sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "The plan may fail, the minister said.",
        "The plan may fail, said Ms Okafor.",
        "Mr Ruiz said the plan may fail.",
        "She told reporters the plan may fail.",
        "According to the central bank, inflation may rise.",
        "A study by the university found that the drug may cut deaths.",
        "Ms Lee, who chairs the committee, has warned that costs may rise.",
        "The company believes demand may recover.",
        "The rules may delay the vote, the clerk said.",
        "Bills may rise, its owner told the BBC on Monday.",
        "Inflation may rise, [the bank's forecast shows](https://example.org/f).",
    ],
)
def test_named_sources_are_attributed(text):
    assert is_attributed(_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "The plan may fail.",
        "Some say the plan may fail.",
        "Many believe the plan may fail.",
        "Critics argue the plan may fail.",
        "Many Britons believe the gap is closing.",
        "Most Democrats think the plan may fail.",
        "Some analysts said the plan may fail.",
        "According to some, the plan may fail.",
        "It is said that the plan may fail.",
        "The house is haunted, it is said.",
        "The plan may fail, some analysts said.",
    ],
)
def test_writer_voice_and_unnamed_crowds_are_not_attributed(text):
    assert not is_attributed(_sentence(text))


def test_configured_sources_and_phrases_attribute():
    s = Settings(attribution_sources=("Ofgem",), attribution_phrases=("the regulator's data show",))
    assert is_attributed(_sentence("Bills may rise by Ofgem's reckoning."), s)
    assert not is_attributed(_sentence("Bills may rise by autumn."), s)
