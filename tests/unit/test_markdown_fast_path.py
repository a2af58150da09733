"""Plain prose, and Markdown with only the everyday markup of news copy, parsed without
markdown-it give the regions markdown-it's tokens give (the fast paths of
:func:`lintnews.text.markdown.parse_markdown`).

The reference is the same source followed by an HTML block of its own (``<div></div>``):
markup neither fast path reads, so markdown-it reads the draft, and a block that adds no
region and changes none."""

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
    return parse(source + "\n\n<div></div>\n", "d.md")


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


# Markdown the simple path reads (and near misses, which go to markdown-it: the check
# holds either way).
SIMPLE = [
    "# Heading\n\nA paragraph with **bold**, *emphasis* and [a link](https://example.org/a-b).",
    "---\ntitle: x\n---\n\n# Port strike\n\nBody on **Monday**, and\nmore text  \nafter a hard break.",
    "> \"A quote,\" she said,\n> on Tuesday.\n>\n> Second paragraph.\n\nAfter.",
    "Intro.\n- one item\n- two items\n  continued\nlazy line\n\n- loose item\n\nAfter the list.",
    "<!-- lintnews-disable-next-line CLM003 -->\nA long strike will devastate the economy.\n",
    "Text\n<!-- lintnews-disable CLM001 -->\nMore\n<!-- a\nb -->\nEnd",
    "## Heading ##\n\n###### Six\n\n####### Seven",
    "Para\n# Heading\n> quote\nlazy",
    "A *b* c **d** e *f*, (*g*) \"**h**\" **i**.",
    "2 * 3 and a*b and *a and a* and ***x*** and **x*",
    "[x](https://a.org) [y](https://A.org) [z](https://a.org:80/) [w](https://a.org/%20) [v](https://a.org/?a=b#c)",
    "[a] and [b](c) and ]",
    "Para\n---\n\nPara\n===\n\n- - -\n\n* item\n\n1. one\n\n12.5% rise",
    "- # heading item\n- > quote item\n- - nested\n-  two spaces",
    "> lazy\ncontinuation",
    "    code\n\n  - indented item\n\n   # indented heading",
    "- item\n\n  more of the item",
]


class TestSimpleMarkdown:
    @pytest.mark.parametrize("source", SIMPLE)
    def test_gives_the_regions_markdown_it_gives(self, source):
        check(source)

    def test_the_examples(self):
        from pathlib import Path

        drafts = sorted(Path(__file__).parents[2].joinpath("examples").glob("*.md"))
        assert drafts
        for draft in drafts:
            check(draft.read_text(encoding="utf-8"))

    @settings(deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["", "", "", "# ", "## ", "#", "> ", ">", ">  ", "- ", "-  ", " ", "   ", "    ",
                                 "<!-- x -->", "<!-- lintnews-disable-next-line FIG001 -->", "<!-- a", "-->",
                                 "* ", "1. ", "---", "===", "> - ", "- > ", "  - "]),
                st.lists(
                    st.sampled_from(["word", "Word", " ", "  ", ",", ".", "(", ")", '"', "“", "’", "#", ">", "**",
                                     "*", "**a**", "*b*", "[x](https://a.org/b)", "https://q.org/x", "[a]", "]",
                                     "é", "²", "12.5", "3.", "a*b"]),
                    max_size=8,
                ).map("".join),
                st.sampled_from(["", " ", "  "]),
                st.sampled_from(["\n", "\n", "\n\n", "\n \n", "\n>\n"]),
            ).map("".join),
            max_size=8,
        ).map("".join)
    )
    def test_generated_sources(self, source):
        check(source)


def test_an_everyday_markdown_draft_is_read_without_markdown_it():
    """The short example draft (headings, emphasis, a link, a quote, a list, a
    suppression comment) takes the simple path: markdown-it is never imported."""
    import subprocess
    from pathlib import Path

    draft = Path(__file__).parents[2] / "examples" / "analysis-draft.md"
    code = (
        "import sys\nfrom lintnews.text.document import parse\n"
        f"doc = parse(open({str(draft)!r}, encoding='utf-8').read(), 'd.md')\n"
        "assert doc.regions and doc.pragmas\nprint('markdown_it' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
