"""Whose voice a sentence is in, for the hedging rules (lintnews.analysis.voice.speaker)."""

from __future__ import annotations

import pytest

from lintnews.engine.config import Settings
from lintnews.text.document import parse
from lintnews.analysis.voice.speaker import in_source_voice, reported_by, source_span


def _sentence(text):
    return parse(text, "d.md").sentences[0]


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
        "Inflation may rise, [the bank's forecast shows](https://example.org/f).",
    ],
)
def test_named_sources_are_the_sources_voice(text):
    assert in_source_voice(_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "Some say the plan may fail.",
        "Many believe the plan may fail.",
        "Experts say the plan may fail.",
        "According to some, the plan may fail.",
        "The plan may fail, some analysts said.",
        "Some critics have alleged the plan may fail.",
        "Others close to the minister have said the plan may fail.",
    ],
)
def test_unnamed_crowds_are_vague_sources(text):
    found = reported_by(_sentence(text))
    assert found is not None and found.vague
    assert not in_source_voice(_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "The plan may fail.",
        "The mayor has promised to build 5,000 homes.",  # a commitment sources only itself
        "Tests on the label suggest that it dates from 1610.",  # the writer's reading
        "Prices rose, suggesting that demand may recover.",
        "It is said that the plan may fail.",  # agentless: a hedge, nobody presented as a source
    ],
)
def test_writers_voice(text):
    assert reported_by(_sentence(text)) is None


def test_a_quotation_alone_is_not_a_source_for_the_words_around_it():
    text = 'Perhaps the line most quoted was "we will never give up the port".'
    assert reported_by(_sentence(text)) is None


def test_configured_sources_and_phrases_attribute():
    s = Settings(attribution_sources=("Ofgem",), attribution_phrases=("the regulator's data show",))
    assert in_source_voice(_sentence("Bills may rise by Ofgem's reckoning."), s)
    assert not in_source_voice(_sentence("Bills may rise by autumn."), s)


def _span_text(text):
    sentence = _sentence(text)
    span = source_span(sentence)
    return None if span is None else sentence.region.text[span[0] : span[1]]


@pytest.mark.parametrize(
    "text",
    [
        "The plan may fail, the minister said.",
        "The plan may fail, said Ms Okafor on Monday.",
        "The plan, he said, may fail.",
        "Mr Ruiz said the plan may fail.",
        "Ms Lee, who chairs the committee, has warned that costs may rise.",
        "Several members said a cut was unlikely, citing rising prices.",
    ],
)
def test_the_whole_sentence_reports_its_source(text):
    assert _span_text(text) == text


def test_the_writers_words_before_a_reporting_clause_stay_the_writers():
    text = "Many saw it as a retreat, and it disappointed some who had hoped the plan would pass."
    assert _span_text(text) == "who had hoped the plan would pass."
    assert not in_source_voice(_sentence(text), None, 0)
