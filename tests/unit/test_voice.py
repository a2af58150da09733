"""The voice interface (lintnews.analysis.voice): whose words a span, a sentence or a
headline is, at clause, sentence and document level."""

from __future__ import annotations

import pytest

from lintnews.analysis.voice import (
    NAMED_SOURCE,
    QUOTATION,
    VAGUE_SOURCE,
    WRITER,
    headline_sourced,
    sentence_voice,
    voice_of,
)
from lintnews.text.document import parse


def _doc(text, path="d.md"):
    return parse(text, path)


def _at(text, word, path="d.md"):
    """The voice of the first occurrence of *word* in a one-paragraph draft."""
    doc = _doc(text, path)
    for region in doc.regions:
        i = region.text.find(word)
        if i >= 0:
            sentence = next(s for s in region.sentences if s.start <= i < s.end)
            return voice_of(sentence, i, i + len(word))
    raise AssertionError(word)


# -- clause level -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, speaker",
    [
        ("The ferry may perhaps resume in June.", "perhaps", WRITER),
        ("The ferry may perhaps resume in June, the operator said.", "perhaps", NAMED_SOURCE),
        ("Ms Adeyemi said the ferry may perhaps resume in June.", "perhaps", NAMED_SOURCE),
        ("The harbour master told reporters the ferry may perhaps resume.", "perhaps", NAMED_SOURCE),
        ("According to the operator, the ferry may perhaps resume.", "perhaps", NAMED_SOURCE),
        ("Some say the ferry may perhaps resume in June.", "perhaps", VAGUE_SOURCE),
        ("Observers believe the ferry may perhaps resume in June.", "perhaps", VAGUE_SOURCE),
        ('The skipper called it "a service that may perhaps never return".', "perhaps", QUOTATION),
        ('"It may perhaps resume in June," the skipper said.', "perhaps", QUOTATION),
        ("> The ferry may perhaps resume in June.", "perhaps", QUOTATION),
    ],
)
def test_clause_voice(text, word, speaker):
    assert _at(text, word).speaker == speaker


def test_the_writers_words_before_a_reporting_clause_stay_the_writers():
    text = "The vote could possibly slip, and the clerk said a delay was likely."
    assert _at(text, "possibly").writer
    assert _at(text, "likely").named


def test_a_link_governs_only_its_own_clause():
    text = "The scheme may possibly pay for itself, and see [the audit](https://example.org/a) for the costs."
    assert _at(text, "possibly").writer
    assert _at(text, "costs").named


@pytest.mark.parametrize(
    "text",
    [
        "Inflation may possibly ease next year, [the bank's forecast shows](https://example.org/f).",
        "Inflation may possibly ease next year ([forecast](https://example.org/f)).",
    ],
)
def test_a_link_as_a_citation_tag_governs_the_sentence(text):
    assert _at(text, "possibly").named


def test_a_quotation_does_not_lend_its_voice_to_the_words_around_it():
    text = 'Perhaps the phrase that stuck was "we will rebuild the pier".'
    assert _at(text, "Perhaps").writer
    assert _at(text, "rebuild").quoted


def test_voice_carries_its_attribution():
    v = _at("The pier may well reopen, the council said.", "well")
    assert v.attribution is not None and v.attribution.text == "said"
    assert v.sourced and not v.writer


# -- sentence level -----------------------------------------------------------------------


def _voices(text, path="d.md"):
    doc = _doc(text, path)
    return [sentence_voice(s, None, doc).speaker for s in doc.sentences]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The closure was down to falling orders.", WRITER),
        ("The closure was down to falling orders, the firm said.", NAMED_SOURCE),
        ("In a statement, the firm blamed falling orders.", NAMED_SOURCE),
        ("The closure was down to falling orders, according to the union.", NAMED_SOURCE),
        ("The closure was [down to falling orders](https://example.org/r).", NAMED_SOURCE),
        ('He called the closure "the end of an era for this valley" on Friday.', NAMED_SOURCE),
        ("Insiders say the closure was down to falling orders.", VAGUE_SOURCE),
        ('"The closure was down to falling orders."', QUOTATION),
    ],
)
def test_sentence_voice(text, speaker):
    assert _voices(text) == [speaker]


def test_a_source_does_not_carry_into_the_writers_next_comment():
    text = "Orders fell by a third, the firm said. The closure was down to poor management."
    assert _voices(text) == [NAMED_SOURCE, WRITER]


def test_explicit_continuations_of_reported_speech_are_sourced():
    text = (
        "The inspector said the crossing was unsafe. She added that repairs would take a year. "
        "The report also found that the railings were rusted."
    )
    assert _voices(text) == [NAMED_SOURCE, NAMED_SOURCE, NAMED_SOURCE]


def test_a_colon_introduction_carries_to_the_end_of_its_paragraph():
    text = "The coroner's report said: The crossing was unsafe. Repairs would take a year.\n\nThe pier is shut."
    assert _voices(text) == [NAMED_SOURCE, NAMED_SOURCE, WRITER]


def test_officials_after_a_named_body_are_that_bodys_officials():
    text = (
        "Two lorries collided on the bypass, the fire service said.\n\n"
        "Officials said three people were taken to hospital."
    )
    assert _voices(text) == [NAMED_SOURCE, NAMED_SOURCE]


def test_officials_with_no_body_named_before_are_vague():
    text = "Two lorries collided on the bypass.\n\nOfficials said three people were taken to hospital."
    assert _voices(text) == [WRITER, VAGUE_SOURCE]


def test_experts_after_a_named_body_are_still_vague():
    text = "The bypass reopened, the council said. Experts say the junction is unsafe."
    assert _voices(text) == [NAMED_SOURCE, VAGUE_SOURCE]


# -- document level -----------------------------------------------------------------------


def _headline(text):
    doc = _doc(text)
    head = doc.regions[0].sentences[0]
    return headline_sourced(doc, head, head.start, head.end)


def test_a_headline_figure_attributed_in_the_body_is_sourced():
    text = "# Smelter to cut 640 jobs\n\nThe owner of the smelter said 640 jobs would go by spring.\n"
    assert _headline(text)


def test_a_headline_claim_attributed_in_the_body_is_sourced():
    text = "# Floods blamed on blocked drains\n\nResidents blamed the floods on blocked drains, the parish council said.\n"
    assert _headline(text)


def test_a_headline_the_body_does_not_attribute_is_not_sourced():
    text = "# Smelter to cut 640 jobs\n\nThe smelter will cut 640 jobs by spring.\n"
    assert not _headline(text)
