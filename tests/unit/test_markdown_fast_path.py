"""Plain prose parsed as Markdown without markdown-it gives the regions markdown-it's
tokens give (the fast path of :func:`lintnews.text.markdown.parse_markdown`).

The reference is the same prose followed by an HTML comment in a block of its own:
markup, so markdown-it reads it, and a block that adds no region and changes none."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.text.document import Document, parse


def shape(doc: Document):
    return [
        (r.kind, r.text, [r.offsets.to_source(i) for i in range(len(r.text))], r.level, r.blockquote, r.links, r.index)
        for r in doc.regions
    ], doc.pragmas, doc.front_matter_text


def through_markdown_it(source: str) -> Document:
    return parse(source + "\n\n<!-- markup -->\n", "d.md")


def check(source: str) -> None:
    assert shape(parse(source, "d.md")) == shape(through_markdown_it(source))


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
    @pytest.mark.parametrize("source", PLAIN + NOT_PLAIN)
    def test_prose_gives_the_regions_markdown_it_gives(self, source):
        check(source)

    @pytest.mark.parametrize(
        "space", sorted({ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace()} - {" ", "\n"})
    )
    def test_white_space_other_than_space_and_line_feed(self, space):
        check(f"Word{space}word. Two{space}\nlines{space}")

    @settings(deadline=None)
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
