"""One first-word scan per paragraph for the hedging rules (lintnews.analysis.hedging.first_words).

Each expression's matches from the paragraph scan must be what it found sentence by
sentence before: matches_from with all of its first words (no look-aheads that only
narrow them), or finditer for the vague quantifiers.
"""

from __future__ import annotations

import pytest

from lintnews.analysis.hedging import cues as hedging
from lintnews.text.document import parse
from lintnews.rules.hedging import peacock_term
from lintnews.rules.hedging import vague_quantifier
from lintnews.rules.hedging import weasel_group
from lintnews.matching.tries import matches_from

EXPRESSIONS = {
    "hedge": (hedging.FIRST_WORDS, hedging._CUE_RE),
    "weasel": (weasel_group.FIRST_WORDS, weasel_group._RX),
    "peacock": (peacock_term.FIRST_WORDS, peacock_term._RX),
    "quantifier": (vague_quantifier.FIRST_WORDS, vague_quantifier._RX),
}

PARAGRAPHS = [
    # plain prose: cues, crowds, praise and quantities in several sentences
    "The drought may partly explain the rise. In some quarters, it is considered by many to be "
    "a famous failure. Some critics say a number of studies show otherwise. Most economists "
    "would possibly agree, to some extent.",
    # first words at the very start and end of the paragraph and of its sentences
    "Perhaps. Many. Could it be one of the most celebrated? Renowned",
    # sentence boundaries that are no word boundaries: the sentence is scanned on its own
    "It may rain.Could it snow?Many think so.",
    "The plan,may fail'perhaps so.",
    # common first words that must not reach the expression, and ones that must
    "He went to a shop in a sense and to some degree, in a way, to a certain extent.",
    "There is growing evidence that new studies show it; other reports suggest it.",
    "It was said by many and seen by some critics, and regarded by several other reviewers.",
    "A lot of people think so, and a  number of them (a number of them) say so.",
    # first words only inside words with a hyphen or an apostrophe, and none at all
    "An in-house study, a far-off maybe-plan and the many-sided critics' view: it's one-off.",
    "Perhaps's-end? Most-favoured partly-built hotels, ex-critics.",
    "Tuesday sales rose sharply there.",
    # curly apostrophes and hyphens
    "Prices mightn’t fall; the world-renowned, much-loved chef is well known.",
    # a letter whose lower case is longer: folding changes the length of the text
    "İstanbul may host it. Some say it could possibly be one of the finest.",
    # letters that IGNORECASE matches to ASCII but lower() keeps: an unusual paragraph
    "The ſome critics may poſſibly agree. In ſome quarters it is likely.",
    "Sıx of them may ınfluence it, perhaps. Most people think it is certain.",
]


def _reference(name, sentence):
    family, rx = EXPRESSIONS[name]
    text = sentence.text
    if name == "quantifier":
        return list(rx.finditer(text))
    found = list(matches_from(rx, family.wide, text))
    if name == "peacock" and "most" in text.lower():
        return list(rx.finditer(text))
    return found


@pytest.mark.parametrize("name", sorted(EXPRESSIONS))
@pytest.mark.parametrize("text", PARAGRAPHS)
def test_paragraph_scan_finds_what_each_sentence_finds_alone(name, text):
    family, rx = EXPRESSIONS[name]
    for region in parse(text, "a.txt").regions:
        per = peacock_term.region_matches(region) if name == "peacock" else family.matches(rx, region)
        for sentence in region.sentences:
            got = per[sentence.index] if per else []
            expected = _reference(name, sentence)
            assert [(m.start(), m.group(), m.lastgroup) for m in got] == [
                (m.start(), m.group(), m.lastgroup) for m in expected
            ], sentence.text


def test_narrowed_first_words_are_still_found_where_the_expression_matches():
    region = parse("Critics generally favour it, in some quarters, to some extent.", "a.txt").regions[0]
    hedges = hedging.region_hedge_cues(region)
    assert [c.text for c in hedges[0]] == ["to some extent"]
    spans = weasel_group.region_weasel_spans(region)
    assert [region.text[s:e] for s, e, _ in spans[0]] == ["in some quarters"]


def test_regions_without_first_words_are_skipped():
    doc = parse("The council met on Monday.\n\nPrices may rise.\n\nIt rained.", "a.txt")
    assert [r.text for r in hedging.FIRST_WORDS.regions_with(doc)] == ["Prices may rise."]
    assert hedging.region_hedge_cues(doc.regions[0]) == ()
    assert hedging.hedge_cues(doc.regions[0].sentences[0]) == []


@pytest.mark.parametrize("name", sorted(EXPRESSIONS))
def test_sentences_that_split_a_word_are_scanned_on_their_own(name):
    # The splitter never does this; the scan must still not lose or invent a word.
    from lintnews.text.document import Sentence

    family, rx = EXPRESSIONS[name]
    text = "Xmay rise, asome critics say; xfamous, xmany agree, and perhapsx in some quarters."
    region = parse(text, "a.txt").regions[0]
    # each cut splits a word: "X|may", "a|some", "x|famous", "x|many", "perhaps|x"
    cuts = [0, 1, 12, 31, 40, 63, len(text)]
    region.sentences = [Sentence(region, s, e, i) for i, (s, e) in enumerate(zip(cuts, cuts[1:]))]
    per = family.matches(rx, region)
    for sentence in region.sentences:
        got = per[sentence.index] if per else []
        expected = _reference(name, sentence)
        assert [(m.start(), m.group()) for m in got] == [(m.start(), m.group()) for m in expected], sentence.text


# -- the first words of an ASCII paragraph, found from the spaced text -----------------

from hypothesis import given, settings, strategies as st  # noqa: E402

# Pieces that make first words, their look-aheads and what breaks them: punctuation,
# hyphens and apostrophes next to words, runs of white space, and "by" within reach.
_PIECES = [
    "a", "number", "lot", "in", "some", "to", "a certain", "can", "possibly", "very", "likely",
    "unlikely", "there", "is", "said", "seen", "by", "well-known", "long-time", "much-loved",
    "critics", "new", "studies", "show", "experts", "say", "mightn't", "mightn", "t", "perhaps",
    "famous", "most", "many", "x", "it's", "'", "-", ",", ".", "(", ")", '"', " ", "  ",
    "\t", "_", "1", "a_b", "if", "anything",
]
# A sentence that makes its paragraph non-ASCII: the first words are then found with the
# finder itself instead of in the spaced text.
_NOT_ASCII = " Then it rained in Orléans."


def _matches_by_region(text):
    return [
        {name: [[(m.start(), m.group()) for m in found] for found in (family.matches(rx, region) or [])]
         for name, (family, rx) in EXPRESSIONS.items()}
        for region in parse(text, "a.txt").regions
    ]


def _same_without_spaced_text(text):
    """The first-word matches of every expression in the paragraphs of *text* (ASCII)
    are those found when the last paragraph is not ASCII."""
    assert text.isascii()
    plain = _matches_by_region(text + "\n")
    other = _matches_by_region(text.rstrip() + _NOT_ASCII + "\n")
    assert len(plain) == len(other)
    for mine, theirs in zip(plain, other):
        for name in EXPRESSIONS:
            # the sentence added to the last paragraph has no first words of its own
            a = [found for found in mine[name] if found]
            b = [found for found in theirs[name] if found]
            assert a == b, name


@settings(deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.lists(st.sampled_from(["", " "]), max_size=30))
def test_spaced_first_word_scan_is_the_plain_one(pieces, gaps):
    low = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))
    _same_without_spaced_text("Here " + low + " end.")


@pytest.mark.parametrize("text", [p for p in PARAGRAPHS if p.isascii()] + [
    "It was said by the much-loved, long-serving and well-known critics that it failed.",
    "It was said - by critics - that it was seen\tby few; 'perhaps', \"mightn't\" (a number) ...",
    "A-number, a lot, in\tsome-way, to a  certain extent, there  is, can probably.",
    "Prices were, if anything , lower; if anything, they fell. If anything it rose, if-anything.",
])
def test_spaced_first_word_scan_is_the_plain_one_on_prose(text):
    _same_without_spaced_text(text)


def test_ascii_paragraphs_are_scanned_in_the_spaced_text():
    # every look-ahead of the first words can be read in the spaced text (cut where it
    # holds a comma, as "if anything,")
    from lintnews.analysis.hedging import first_words

    parse("Some may say so.", "a.txt")
    assert first_words._union()["spaced"] is not None
    assert first_words._cut_at_unsafe(r"(?:\s+anything\s*,)") == r"(?:\s+anything\s*)"
    assert first_words._cut_at_unsafe(r"(?:a\(x|y)") == r"(?:a\(x|y)"  # an alternative
    assert first_words._cut_at_unsafe(r"(?:a,b)?") == r"(?:a,b)?"  # may be left out
