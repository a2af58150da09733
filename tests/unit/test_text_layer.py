"""What the document layer shares between rules: named memos, a region's text in the
forms the quick scans read, and word tokens that map back to the source."""

from __future__ import annotations

import gc
import re
import weakref

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lintnews.text.document import Document, parse
from lintnews.text.tokens import Token, lemma, normalise

# -- memo ------------------------------------------------------------------------------


def test_a_memo_is_built_once_per_object_and_name():
    doc = parse("First paragraph. Two sentences.\n\nSecond one.\n", "d.md")
    calls = []

    def count_words(owner):
        calls.append(owner)
        return len(owner.regions)

    assert doc.memo("test.regions", count_words) == 2
    assert doc.memo("test.regions", lambda d: pytest.fail("built again")) == 2
    assert calls == [doc]
    # another name, another object: built again
    assert doc.memo(("test.regions", "x"), lambda d: "other") == "other"
    other = parse("Another draft.\n", "e.md")
    assert other.memo("test.regions", count_words) == 1 and calls == [doc, other]


def test_regions_and_sentences_have_memos_of_their_own():
    doc = parse("One. Two.\n\nThree.\n", "d.md")
    first, second = doc.regions
    assert first.memo("test.n", lambda r: len(r.sentences)) == 2
    assert second.memo("test.n", lambda r: len(r.sentences)) == 1
    a, b = first.sentences
    assert a.memo("test.text", lambda s: s.text) == "One."
    assert b.memo("test.text", lambda s: s.text) == "Two."
    assert a.memo("test.text", lambda s: "never") == "One."


def test_a_falsy_value_is_remembered_too():
    doc = parse("Text.\n", "d.md")
    calls = []
    for _ in range(3):
        assert doc.memo("test.none", lambda d: calls.append(1)) is None
    assert calls == [1]


def test_memos_die_with_their_document():
    doc = parse("Some text here. And more.\n", "d.md")

    class Value:
        pass

    value = doc.memo("test.value", lambda d: Value())
    doc.regions[0].memo("test.value", lambda r: value)
    ref = weakref.ref(value)
    del doc, value
    gc.collect()
    assert ref() is None


def test_analyses_keep_their_caches_in_the_memo_not_in_globals():
    # Linting fills memos on the document the rules read; nothing of it is kept
    # anywhere else (see also tests/robustness/test_memory.py).
    from lintnews import lint_text

    text = "Critics say the plan may fail, perhaps. Sales rose 5% to 300 units.\n"
    assert lint_text(text, "d.md")  # the analyses ran
    gc.collect()
    assert [o for o in gc.get_objects() if isinstance(o, Document)] == []


# -- the region text cache -------------------------------------------------------------

_SAMPLES = [
    "Plain ASCII (text), with it's and well-known words.",
    "İstanbul’s ‘Mayor’ said ſo; ıt ıs done.",
    "Café au lait – naïve “quotes” and ÉTÉ.",
]


@pytest.mark.parametrize("text", _SAMPLES)
def test_region_forms_are_computed_once_and_keep_every_offset(text):
    from lintnews.matching.folding import fold, fold_safe, spaced

    region = parse(text + "\n", "d.txt").regions[0]
    assert region.folded == fold(region.text) and len(region.folded) == len(region.text)
    assert region.folded is region.folded  # kept, not made again
    assert region.fold_safe == fold_safe(region.text)
    assert region.spaced == spaced(region.text)
    assert region.folded_spaced == spaced(fold(region.text))
    for sentence in region.sentences:
        assert sentence.folded == fold(sentence.text)


def test_folded_forms_in_examples():
    region = parse("İt’s WELL-known (really).\n", "d.txt").regions[0]
    assert region.folded == "it's well-known (really)."
    assert region.folded_spaced == "it's well-known  really  "
    assert region.spaced is None  # "İ" and "’" are not ASCII
    assert region.fold_safe
    assert not parse("ıt ıs\n", "d.txt").regions[0].fold_safe


def test_sentence_starts_are_those_of_the_sentences():
    region = parse("One here. Two there. Three.\n", "d.txt").regions[0]
    assert region.sentence_starts == [s.start for s in region.sentences] == [0, 10, 21]


# -- tokens ----------------------------------------------------------------------------

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _source_text(doc, token):
    s, e = token.source_span
    return doc.source[s:e]


def test_tokens_are_words_with_region_and_source_offsets():
    doc = parse("It **may** partly rain in İstanbul’s north.\n", "d.md")
    region = doc.regions[0]
    assert [t.text for t in region.tokens] == ["It", "may", "partly", "rain", "in", "İstanbul’s", "north"]
    for token in region.tokens:
        assert region.text[token.start : token.end] == token.text
        assert _source_text(doc, token) == token.text
    istanbul = region.tokens[5]
    assert istanbul.lower == "i̇stanbul’s"  # str.lower: "İ" grows
    assert istanbul.norm == "istanbul's"  # the fold: same length, straight apostrophe
    assert istanbul.lemma == istanbul.norm  # until a lemmatiser plugs in
    assert doc.source[istanbul.source_span[0]] == "İ"


@pytest.mark.parametrize(
    "source, path, words",
    [
        ("A [well-known](http://x.org/a) *dotless* ıt and ſo.\n", "d.md", ["well-known", "dotless", "ıt", "ſo"]),
        ("> Quoted: she didn’t ‘go’.\n", "d.md", ["didn’t", "go"]),
        ("| a | İzmir’s b |\n|---|---|\n| c-d | e |\n", "d.md", ["İzmir’s", "c-d"]),
        ("Line one\r\nline ſecond ‘quoted’ donʼt.\n", "d.txt", ["ſecond", "quoted", "donʼt"]),
        ("# Title *with* `code` words\n", "d.md", ["Title", "with", "words"]),
    ],
)
def test_tokens_map_back_through_markup_and_unusual_letters(source, path, words):
    doc = parse(source, path)
    tokens = [t for r in doc.regions for t in r.tokens]
    texts = [t.text for t in tokens]
    for word in words:
        assert word in texts
    for token in tokens:
        assert _source_text(doc, token) == token.text, token


def test_a_token_split_by_markup_maps_to_the_span_around_it():
    doc = parse("An **un**usual word.\n", "d.md")
    token = next(t for t in doc.regions[0].tokens if t.text == "unusual")
    assert _source_text(doc, token) == "un**usual"


def test_normalised_forms_and_hyphen_parts():
    doc = parse("Well-Known İzmir’s donʼt O’Neill\n", "d.txt")
    tokens = doc.regions[0].tokens
    assert [t.norm for t in tokens] == ["well-known", "izmir's", "don't", "o'neill"]
    assert tokens[0].parts == ("well", "known") and tokens[1].parts == ("izmir's",)
    assert normalise("ÉTÉ’s") == "été's"
    assert lemma(tokens[0]) == "well-known"
    assert isinstance(tokens[0], Token) and "Well-Known" in repr(tokens[0])


def test_sentence_tokens_are_the_region_tokens_within_the_sentence():
    region = parse("Mr. Smith left. He said “no” twice! Then 3.5% more.\n", "d.txt").regions[0]
    assert [[t.text for t in s.tokens] for s in region.sentences] == [
        ["Mr", "Smith", "left"], ["He", "said", "no", "twice"], ["Then", "3", "5", "more"],
    ]
    assert [t for s in region.sentences for t in s.tokens] == region.tokens
    assert all(t.sentence is s for s in region.sentences for t in s.tokens)
    assert region.sentences[0].words == [(0, 2, "Mr"), (4, 9, "Smith"), (10, 14, "left")]
    assert region.tokens is region.tokens


_PIECES = st.sampled_from(
    [
        "word", "İt", "ıs", "ſo", "it’s", "‘q’", "don't", "x-y", "**", "*", "_", "`c`", "[", "](http://x.org)",
        " ", "  ", "\n", "\n\n", "> ", "- ", "# ", "|", ".", ". ", "! ", "?", "“", "”", "é", "&amp;", "\\*", "3.5",
    ]
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30).map("".join), st.sampled_from(["d.md", "d.txt"]))
def test_every_token_maps_back_to_the_source(source, path):
    doc = parse(source, path)
    for region in doc.regions:
        assert [t.text for t in region.tokens] == WORD.findall(region.text)
        assert [t for s in region.sentences for t in s.tokens] == region.tokens
        for sentence in region.sentences:
            assert [t.text for t in sentence.tokens] == WORD.findall(sentence.text)
        for token in region.tokens:
            # each character of the token is the source character its offset names
            # (an entity maps to its ampersand, a line break read as a space to "\n")
            for i, ch in enumerate(token.text):
                got = doc.source[region.offsets.to_source(token.start + i)]
                assert got == ch or got == "&", (token, got)
            s, e = token.source_span
            assert 0 <= s < e <= len(doc.source)


# -- the words the quick scans share ---------------------------------------------------

_PIECES = ["word", "Two", "it's", "well-known", "3.5", "İt’s", "naïve", "(x)", ".", ". ", "! ", "? ", " ", "\n", "—", "“", "”", "U.S.", "e.g.", ",", "5pm", "_"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_shared_words_are_the_spaced_text_split_and_cut_at_sentences(text):
    from lintnews.text.tokens import sentence_words, spaced_words

    for region in parse(text + "\n", "d.txt").regions:
        spaced, words = spaced_words(region)
        assert len(spaced) == len(region.text)
        assert spaced == (region.folded_spaced if region.folded_spaced is not None else re.sub(r"[^\w'\-]", " ", region.folded))
        assert words == spaced.split()
        assert spaced_words(region)[1] is words  # made once, the same strings for every scan
        per = sentence_words(region)
        if per is not None:
            assert [w for mine in per for w in mine] == words
            for sentence, mine in zip(region.sentences, per):
                assert mine == spaced[sentence.start : sentence.end].split()


def test_shared_words_of_a_paragraph():
    from lintnews.text.tokens import sentence_words, spaced_words

    region = parse("It’s WELL-known (really). Then: 3.5%!\n", "d.txt").regions[0]
    assert spaced_words(region)[1] == ["it's", "well-known", "really", "then", "3", "5"]
    assert sentence_words(region) == [["it's", "well-known", "really"], ["then", "3", "5"]]
