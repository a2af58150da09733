"""The garbled lexicons find their triggers sentence by sentence in the words the token
layer shares (:func:`lintnews.text.tokens.sentence_words`), and by substring searches
over the whole paragraph where it has none: both ways give the same hits."""

from __future__ import annotations

from pathlib import Path

import pytest

from lintnews.analysis.garbled import lexicon
from lintnews.analysis.garbled.lexicon import BUILTIN_LEXICONS, load
from lintnews.text.document import parse

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "The quake destroyed 640 houses, 90 schools were damaged. Ministers assisted at the opening.",
    "He has went home since 2019. They has said that on 1985 it was fine. In 2020, 300 roads were damaged.",
    "Of the 640 houses, 90 were destroyed. The company, who's profits rose 5%, said it would of won.",
    "İstanbul’s mayor assisted at the opening — “they has gone”, he said. Café owners has complained.",
]


def _hits(region):
    return sorted((h.entry.id, h.start, h.end) for name in BUILTIN_LEXICONS for h in load(name).hits(region))


def _drafts():
    yield from TEXTS
    for path in sorted((ROOT / "examples").glob("*.md")):
        yield path.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", list(_drafts()))
def test_sentence_by_sentence_triggers_give_the_paragraph_wide_hits(text, monkeypatch):
    by_sentence = [_hits(region) for region in parse(text, "d.md").regions]
    # a fresh parse (hits are kept per region), its regions without words by sentence:
    # the lexicons then take the paragraph-wide path
    monkeypatch.setattr(lexicon, "sentence_words_of", lambda region: None)
    paragraph_wide = [_hits(region) for region in parse(text, "d.md").regions]
    for region_hits, wide in zip(by_sentence, paragraph_wide):
        assert region_hits == wide


def test_the_texts_reach_the_lexicons():
    found = [hit for text in TEXTS for region in parse(text, "d.md").regions for hit in _hits(region)]
    assert len(found) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "At 5pm the F-16s flew 3.5km; it's the_best 2nd-tier x_y unit.",
        "No digits here, only well-known words and it's fine!",
        "Café 5€ owners' 20-somethings said so?",
        "",
    ],
)
def test_needed_words_from_the_sentence_words_are_those_from_its_text(text):
    from lintnews.analysis.garbled.lexicon import needed_words_of, sentence_words
    from lintnews.text.tokens import spaced_words

    for region in parse(text + "\n", "d.txt").regions:
        spaced = spaced_words(region)[0]
        for sentence in region.sentences:
            own = spaced[sentence.start : sentence.end]
            split = own.split()
            words = sentence_words(own, sentence.text, split)
            assert words == sentence_words(own, sentence.text)
            assert needed_words_of(words, own, sentence.text, split) == needed_words_of(words, own, sentence.text)
