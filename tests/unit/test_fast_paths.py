"""The quick paths of the pack scanner, the hedging scan and the garbled rules give the
findings the plain ones give, seen through ``lintnews.lint_text``.

Which path a paragraph takes depends on its content, so the same sentence is linted in
paragraphs that send it down each path, and its findings must not change:

- an ASCII paragraph is scanned in its spaced form, one with a non-ASCII word is not;
- a fold-safe paragraph is searched in its folded form only where a pattern's literals
  stand, one holding "ı" or "ſ" runs the case-insensitive patterns the plain way;
- a paragraph is gated as a whole (checks none of whose strings it holds are skipped),
  a sentence alone is gated by its own words.

The garbled rules are also held to plain references written here.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings, strategies as st

from lintnews import lint_text
from lintnews.engine.config import Settings
from lintnews.engine.linter import Linter
from lintnews.text.document import parse

# Rules whose findings in a sentence depend on that sentence alone (and on the ones
# before it): the pack rules, the garbled rules, the hedging rules but the two that
# count hedges per paragraph. (The claims family's cue sets are held to their plain
# reading in test_cue_fast_paths.py.)
SENTENCE_LOCAL = {"select": ["GRB", "HDG"], "ignore": ["HDG005", "HDG006"]}

# Prose that exercises the built-in patterns: hits, near misses, case variants, sentence
# ends, hyphens, curly apostrophes and the characters that fold badly.
TEXTS = [
    "It is widely believed that prices will rise. It should be noted that the plan failed.",
    "IT IS WIDELY BELIEVED THAT prices fell. it Must Be Noted that the the plan failed.",
    "The claims were reported. There is a good chance that rates rise; it seems that they will.",
    "The two first days were hard. The three last games, the four first and the 10 last.",
    "He has been widely criticised. They had also been accused. Has been called a liar.",
    "This is, of course, considered normal; it was often seen as odd. Are not regarded as safe.",
    "First come, first served. A.m. in the morning and p.m. at night, p.m. in the evening.",
    "Identity control and roadside controls, the actual president, an eventual attack.",
    "Since 2019 the rally was banned; protesters joined the manifestation against the law.",
    "İt is wıdely believed that ſaid İt is İS. It’s ‘widely’ said that the—then it is.",
    "it is\nwidely believed\nthat. It is-widely believed. xit is widely believed that y.",
    "According to legend, as we all know, needless to say, let's not forget that it is key.",
    "The question mark is whether the different parties involved will agree. I would argue that.",
    "The plan fell apart in one foul swoop-style move. It went in one foul swoop, one’s view.",
    "Experts say the dam may possibly fail, which led to anger; some critics have alleged it.",
    "The market has emerged new variables. Rescuers shared experience and experience.",
    "There are many buyers believe that it works. The pressure is not small. It can is done.",
    "Continue to strengthen the ties. Sales rose 58% to $4bn, the biggest rise in history.",
    "The report was cited in a the study of the market. Ways of to keep prices in in check.",
]

ENDINGS = {
    "ascii": " Then it rained.",
    "not ascii": " Then it rained in Orléans.",
    "not fold-safe": " Then it rained in Bıtola.",
}


def _findings(text: str, path: str = "d.txt", config=SENTENCE_LOCAL):
    return [(f.code, f.offset, f.end_offset, f.message) for f in lint_text(text, path, config)]


def _within(findings, start: int, end: int):
    return [f for f in findings if start <= f[1] and f[2] <= end]


@pytest.mark.parametrize("text", TEXTS)
def test_a_paragraph_gives_its_sentences_the_findings_they_have_alone(text):
    alone = _findings(text + "\n")
    shown = alone or None
    for ending in ENDINGS.values():
        paragraph = _findings(text + ending + "\n")
        assert _within(paragraph, 0, len(text)) == alone, (ending, shown)


def test_the_texts_exercise_the_rules():
    codes = {f[0] for text in TEXTS for f in _findings(text + "\n")}
    assert {"GRB001", "GRB004", "GRB015", "GRB016", "HDG002", "HDG007"} <= codes


# Sentences put together from the words of the patterns and their neighbours: case,
# apostrophes, hyphens and punctuation next to them.
_WORDS = (
    "it is widely believed that thought said noted of course the a number lot some many critics "
    "may might possibly perhaps partly likely seems one foul swoop in on to all intents purposes "
    "has emerged new there are buyers believe and experience not small will can be done famous "
    "most influential studies show experts say led rise caused by because"
).split()
_PIECE = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_WORDS).map(str.capitalize),
    st.sampled_from(["it’s", "one’s", "x-", "-style", "day-to-day", "3", "12%", ","]),
)
_SENTENCE = st.lists(st.tuples(_PIECE, st.sampled_from([" ", " ", "  ", ", ", "\n", "-"])), min_size=1, max_size=14).map(
    lambda pieces: "".join(w + sep for w, sep in pieces).strip().capitalize() + " end."
)


@settings(max_examples=40, deadline=None)
@given(_SENTENCE, st.sampled_from(sorted(ENDINGS)))
def test_generated_sentences_have_the_same_findings_on_every_path(sentence, ending):
    alone = _findings(sentence + "\n")
    paragraph = _findings(sentence + ENDINGS[ending] + "\n")
    assert _within(paragraph, 0, len(sentence)) == alone


# -- the garbled rules against plain references ----------------------------------------


def _spans(text: str, code: str):
    return [(f[1], f[2]) for f in _findings(text, "d.txt", {"select": [code]})]


def _sentences(text: str):
    """Every unquoted sentence of *text* read as plain text, with its region."""
    for region in parse(text, "d.txt").regions:
        for sentence in region.sentences:
            if not sentence.quoted:
                yield region, sentence


# GRB004: the same word twice in a row, not inside a hyphenated word (words English
# doubles on purpose, numbers and capitals, which the rule judges, are left out of the
# vocabulary).
_DOUBLE = re.compile(r"(?<![\w-])(\w+(?:['’]\w+)?)([ \t]+|[ \t]*\n[ \t]*)(\1)(?![\w-])", re.IGNORECASE)
_DOUBLE_PIECES = ["the", "a", "of", "in", "it's", "it’s", "'s", "x", "-", "'", "_", " ", "  ", "\n", "\t",
                  ",", ". ", "(", "é", "ſ"]


def _doubles(text: str):
    out = []
    for region, sentence in _sentences(text):
        for m in _DOUBLE.finditer(sentence.text):
            start, end = sentence.start + m.start(2), sentence.start + m.end(3)
            if not sentence.in_quote(start, end):
                out.append(region.source_span(start, end))
    return out


@settings(deadline=None)
@given(st.lists(st.sampled_from(_DOUBLE_PIECES), max_size=14).map("".join))
@example("'the the")
@example("x'the the")
@example("the the's")
@example("it’s it's and it's it's")
@example("o'clock clock")
def test_doubled_words_are_those_of_the_plain_expression(text):
    assert _spans(text + "\n", "GRB004") == _doubles(text + "\n")


# GRB015: a noun on both sides of "and" (words the rule allows are left out).
_COORD = re.compile(r"\b([a-z]{4,})\s+and\s+(\1)\b")
_COORD_PIECES = ["and", "sand", "band", "care", "careful", "abcd", "andand", "anda", "x", "ab", "é", "_",
                 "-", ",", ".", " ", "  ", "\t", "\n", "\u00a0", "İ", "ı"]


def _coordinations(text: str):
    out = []
    for region, sentence in _sentences(text):
        for m in _COORD.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if not sentence.in_quote(start, end):
                out.append(region.source_span(start, end))
    return out


@settings(deadline=None)
@given(st.lists(st.sampled_from(_COORD_PIECES), max_size=25), st.lists(st.booleans(), max_size=25))
@example(["and", "and", "and", "and", "sand", "and", "\t", "sand"], [False, False, False, True, True])
def test_repeated_coordinations_are_those_of_the_plain_expression(pieces, spaces):
    text = "".join(p + (" " if i < len(spaces) and spaces[i] else "") for i, p in enumerate(pieces)) + "\n"
    assert _spans(text, "GRB015") == _coordinations(text)


def test_repeated_coordinations_on_prose():
    for text in [
        "Rescuers shared experience and experience, care and care  and care and careful.\n",
        "Experience and experience\tand\nexperience and experiences and experience.\n",
        "land and sand and sand, band and band.\n",
    ]:
        assert _spans(text, "GRB015") == _coordinations(text) != []


# GRB016: two frequent words one space apart whose pair the counts flag (articles,
# which the rule leaves to another, are left out of the vocabulary).
def _flagged_pairs(text: str, pairs):
    out = []
    pair = re.compile(r"(?<![\w'’-])(\w+) (?=(\w+)(?![\w'’-]))")
    for region, sentence in _sentences(text):
        for m in pair.finditer(sentence.text):
            first, second = m.group(1), m.group(2)
            if first == second or (first, second) not in pairs:
                continue
            start = sentence.start + m.start(1)
            end = sentence.start + m.start(2) + len(second)
            if not sentence.in_quote(start, end):
                out.append(region.source_span(start, end))
    return out


@pytest.fixture(scope="module")
def improbable_pairs():
    from lintnews.analysis.garbled import word_pairs
    from lintnews.rules.garbled.improbable_pair import THRESHOLD

    if word_pairs.model() is None:
        pytest.skip("needs the 'stats' extra")
    return frozenset(word_pairs.improbable_pairs(THRESHOLD))


_PAIR_PIECES = ["of", "to", "in", "this", "for", "on", "Of", "it's", "’", "'", "-", "_", " ", "  ", "\n",
                ",", ". ", "(", "x", "é", "ı", "1"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_PAIR_PIECES), max_size=16).map("".join))
def test_improbable_pairs_are_those_of_the_plain_search(improbable_pairs, text):
    assert _spans(text + "\n", "GRB016") == _flagged_pairs(text + "\n", improbable_pairs)


def test_improbable_pairs_on_prose(improbable_pairs):
    found = 0
    for text in [
        "Chile is analysing ways of to keep prices. Of to keep? It\tof to of\n",
        "ways of to keep (of to keep) \"of to\" of to-keep of to's x-of to\nof to\n",
        "The series follows a family in of Leeds; in of,in of. In of? on of to this\n",
    ]:
        spans = _spans(text, "GRB016")
        assert spans == _flagged_pairs(text, improbable_pairs)
        found += len(spans)
    assert found


# -- pack phrases: a phrase ends where a word ends -------------------------------------


@pytest.mark.parametrize("text, columns", [
    ("The plan fell apart in one foul swoop-style move. It went in one foul swoop.", [(62, 76)]),
    ("One foul swoop’s echo. In one foul swoop, at the end of the day-to-day work.", [(27, 41)]),
])
def test_pack_phrases_end_where_a_word_ends(text, columns):
    import lintnews

    found = [(f.column, f.end_column) for f in lintnews.lint_text(text + "\n", "d.md") if f.code == "GRB001"]
    assert found == columns


def test_article_before_a_sign_opens_with_the_article():
    # GRB020's pattern for "an 35-year-old", "a IT firm" tests the character before the
    # article after it (re then skips to an "a"); the plain form tests it first.
    from hypothesis import given, settings, strategies as st

    from lintnews.rules.garbled import article_sound

    plain = re.compile(r"(?<![\w'’.-])" + article_sound._PAIR_SIGN.pattern.replace(r"([aA])(?<![\w'’.-].)", r"([aA])", 1))
    parts = ["a 8", "an 35", "a 11-day", "a IT", "an BBC", "A 18", "an 2", "a ONE", "an 7.5", "x", "'", ".", "-", " ", "\n", "é"]

    @given(st.lists(st.sampled_from(parts), max_size=6).map("".join))
    @settings(deadline=None)
    def same(text):
        got = [(m.span(), m.groups()) for m in article_sound._PAIR_SIGN.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]

    same()
