"""The fast paths of parsing and sentence splitting give what the plain code they replace
gave: sentence spans, line starts and paragraph bounds (the plain versions are written
here; the splitter's word lists are its data)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.text import document
from lintnews.text import sentences
from lintnews.text.document import Document

# ----------------------------------------------------------------- the plain versions

_PLAIN_CANDIDATE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_PLAIN_NEXT_WORD = re.compile(r"\s+[\"“‘(\[]?([\w'’-]+)")
_PLAIN_WORD_BEFORE_CHARS = frozenset("._'’-")


def _plain_is_boundary(text: str, dot: int, after: int) -> bool:
    if text[dot] != ".":
        return True
    i = dot
    lo = max(0, dot - 64)
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in _PLAIN_WORD_BEFORE_CHARS):
        i -= 1
    if i == dot:
        return True
    word = text[i:dot]
    nxt = _PLAIN_NEXT_WORD.match(text, after)
    next_word = nxt.group(1) if nxt else ""
    bare = word.strip(".'’-").lower()
    if "." in word.strip("."):
        if bare.replace(".", "") in ("eg", "ie", "cf"):
            return False
        return next_word.lower() in sentences._SENTENCE_STARTERS
    if bare in sentences._ABBREVIATIONS:
        return False
    if bare in sentences._BEFORE_NUMBER and next_word[:1].isdigit():
        return False
    if len(word) == 1 and word.isupper():
        return False
    return True


def plain_split(text: str):
    spans = []
    start = 0
    for m in _PLAIN_CANDIDATE.finditer(text):
        if _plain_is_boundary(text, m.start(), m.end()):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def plain_line_starts(source: str):
    return [0] + [m.end() for m in re.finditer(r"\r\n?|\n", source)]


# ----------------------------------------------------------------- inputs

TEXTS = [
    "Mr. Smith went to Washington. He said no. The U.S. Army came. In the U.S. they did.",
    "No. 10 said so. Jan. 5 was cold. See p. 5 and P. 5. Vol. II followed. It is No. One.",
    "J. K. Rowling wrote it. A. It was e.g. Fine. The a.m. Show began. Etc. Then more.",
    "  Leading space. Trailing space.  ",
    "\u00a0Odd\u2009spaces.\u3000Next one.\x1c Then.\n",
    "Prices rose 3.5%. Then fell! Really? Yes… “Quoted.” ‘Single.’ (Bracket.) [Square.] Next.",
    "He said: \"It's over.\" Then left. 'Done.' 2005 was good. 1990s too.",
    "Mid-sentence.Dots without space. Ends with dot.",
    "Dr.. Double dots.. Then. St. Paul's. Co. Ltd. Inc. Next.",
    "x" * 70 + ". Long word before the stop. " + "a.b" * 30 + ". The end.",
    "...",
    ". . . A",
    "",
    "   ",
    "Ünïcödé wörds. Ça va. Ωmega. 東京. Done.",
]
_PIECES = st.sampled_from(
    [
        "word", "Mr", "mr", "No", "p", "P", "U.S", "e.g", "a.m", "The", "the", "In", "5", "10",
        "J", "x", "St", "'", "’", "-", "_", ".", "..", "!", "?", "…", " ", "  ", "\n", "\t",
        "\u00a0", '"', "“", "”", "‘", ")", "(", "[", "]", "A", "Z", "é", "3.5",
    ]
)
prose = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=40).map("".join)


class TestSentenceSplit:
    @pytest.mark.parametrize("text", TEXTS)
    def test_same_as_plain_splitter(self, text):
        assert sentences.split_sentences(text) == plain_split(text)

    @settings(deadline=None)
    @given(prose)
    def test_same_as_plain_splitter_on_generated_prose(self, text):
        assert sentences.split_sentences(text) == plain_split(text)

    def test_a_word_says_the_same_each_time_it_ends_a_sentence(self):
        # what a word before a full stop says is remembered within one text only
        text = "See p. 5 now. See p. Then. Mr. X. Mr. Y. See p. 5 now. Mr. X. Mr. Y."
        for _ in range(2):
            assert sentences.split_sentences(text) == plain_split(text)

    def test_reversed_word_class_is_the_walk_back_character_test(self):
        every = "".join(map(chr, range(sys.maxunicode + 1)))
        expected = [ch for ch in every if ch.isalnum() or ch in _PLAIN_WORD_BEFORE_CHARS]
        # the class of the reversed-word expression, applied to every character at once
        cls = sentences._WORD_BEFORE_REVERSED.pattern[:-1]
        assert re.findall(cls, every) == expected


_PLAIN_QUOTE = re.compile("[\"“‘]")


def plain_quotes(text: str):
    """Quotation spans as the splitter finds them, the next mark always found by the class."""
    spans = []
    n = len(text)
    pos = 0
    while True:
        m = _PLAIN_QUOTE.search(text, pos)
        if m is None:
            return spans
        i = m.start()
        ch = text[i]
        if ch == "‘" and not (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-"):
            pos = i + 1
            continue
        if ch == '"' and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            pos = i + 1
            continue
        close = {"“": "”", '"': '"', "‘": "’"}[ch]
        j = text.find(close, i + 1)
        while close == "’" and j != -1 and j + 1 < n and text[j + 1].isalpha():
            j = text.find(close, j + 1)
        if j == -1:
            spans.append((i, n))
            return spans
        if ch == '"' and sentences._reopens(text, j):
            k = j
            while k > i and text[k - 1].isspace():
                k -= 1
            spans.append((i, k))
            pos = j
            continue
        spans.append((i, j + 1))
        pos = j + 1


class TestQuotes:
    @pytest.mark.parametrize("text", TEXTS)
    def test_same_as_plain_quotes(self, text):
        assert sentences.find_quotes(text) == plain_quotes(text)

    @settings(deadline=None)
    @given(prose)
    def test_same_as_plain_quotes_on_generated_prose(self, text):
        # one kind of mark (found by str.find), several, or none
        assert sentences.find_quotes(text) == plain_quotes(text)


class TestLinesAndParagraphs:
    @pytest.mark.parametrize(
        "source",
        ["", "a", "a\n", "\n\n", "a\nb\r\nc\rd\n", "a\r\rb", "one\n\n  \ntwo\n", "x\n" * 50],
    )
    def test_line_starts(self, source):
        assert Document("d", source, "text").line_starts == plain_line_starts(source)

    @settings(deadline=None)
    @given(st.lists(st.sampled_from(["a", "bc ", "\n", "\r", "\r\n", " ", "\t", "\n\n", "é"]), max_size=30).map("".join))
    def test_line_starts_and_paragraphs_on_generated_text(self, source):
        assert Document("d", source, "text").line_starts == plain_line_starts(source)
        # plain text: paragraphs between blank lines, trimmed, line breaks read as spaces
        paragraphs = []
        for m in re.finditer(r"(?:[^\r\n]|(?:\r\n?|\n)(?![ \t]*(?:\r\n?|\n)))+", source):
            s, e = m.span()
            while s < e and source[s].isspace():
                s += 1
            while e > s and source[e - 1].isspace():
                e -= 1
            if s < e:
                paragraphs.append((s, source[s:e].replace("\r", " ").replace("\n", " ")))
        regions = document.parse_text(source).regions
        assert [(r.offsets.to_source(0), r.text) for r in regions] == paragraphs
