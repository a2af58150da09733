"""Plain prose parsed as Markdown without markdown-it gives the regions markdown-it's
tokens give (the fast path of :func:`lintnews.text.markdown.parse_markdown`)."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.text import markdown
from lintnews.text.document import Document


def through_markdown_it(source: str) -> Document:
    doc = Document("d.md", source, "markdown")
    markdown._Builder(doc, markdown._markdown().parse(source)).run()
    return doc


def shape(doc: Document):
    return [
        (r.kind, r.text, r.offsets._plain, r.offsets._src, len(r.offsets), r.level, r.blockquote, r.links, r.index)
        for r in doc.regions
    ], doc.pragmas, doc.front_matter_text


def check(source: str) -> bool:
    """Compare the two paths when *source* takes the fast one; True when it did."""
    fast = markdown._plain_prose(source)
    if fast:
        assert shape(markdown.parse_markdown(source)) == shape(through_markdown_it(source))
    return fast


PLAIN = [
    "",
    "One line.",
    "Title\n\nFirst paragraph. Second sentence.\n\nSecond paragraph.\n",
    "  Indented up to three.\n   And the next line.\nLazy line.\n\n\n\nAfter blank lines.",
    "Trailing spaces  \nhard break. Trailing one \nsoft break.   \n\n  \n \nEnd.   ",
    "Prices rose 3.5% (to $10) on Monday! Really? M&S and AT&T, a [note] in brackets.",
    "A URL: https://example.com/a?b=c then text. www.example.com is not linked.",
    "“Curly” ‘quotes’ — dashes – and … ellipses, 2005 and 1990s; naïve café.",
    "Line\n2004 was a year. And 3 people.\nA - dash line\nx + y = z\n! bang at start",
]
NOT_PLAIN = [
    "Some *emphasis*.", "A `code` span.", "# Heading", "- item", "+ item", "1. first", "2) second",
    "    indented code", "Text\n===", "Text\n---", "> quote", "<b>html</b>", "&amp; entity",
    "&#8212; dash", "[a](http://x.org)", "[ref]: http://x.org", "a | b", "tab\there",
    "cr\r\nlf", "nul\0", "\ufeffbom", "nb\u00a0sp", "back\\slash", "~~strike~~", "under_score",
    "---\ntitle: x\n---\nBody.",
]


class TestPlainProse:
    @pytest.mark.parametrize("source", PLAIN)
    def test_plain_prose_takes_the_fast_path_with_the_same_regions(self, source):
        assert check(source)

    @pytest.mark.parametrize("source", NOT_PLAIN)
    def test_markdown_takes_markdown_it(self, source):
        assert not markdown._plain_prose(source)

    def test_ruled_out_white_space_is_all_but_space_and_line_feed(self):
        every = "".join(map(chr, range(sys.maxunicode + 1)))
        spaces = {ch for ch in every if ch.isspace()} - {" ", "\n"}
        assert spaces <= set(markdown._NOT_PLAIN_CHAR.findall(every))

    @settings(max_examples=500, deadline=None)
    @given(
        st.lists(
            st.one_of(
                st.sampled_from(
                    [
                        "word", "Word.", " ", "  ", "   ", "    ", "\n", "\n\n", "\n \n", "-", "+", "=",
                        "1", "12.", "3)", "[", "]", "(", ")", "!", "&", ";", "amp", "#", "http://x.org/a",
                        ".", ",", "“", "é", "🎉", "\u00a0", "\t", "*", "_", "`", "<", ">", "|", "~", "\\",
                    ]
                ),
                st.text(max_size=3),
            ),
            max_size=30,
        ).map("".join)
    )
    def test_generated_sources(self, source):
        check(source)
