"""The document model: prose regions, offset maps, sentences, quotes and links."""

from __future__ import annotations

import pytest

from lintnews.text.document import parse


def regions(src: str, path: str = "d.md"):
    return parse(src, path).regions


def source_of(doc, region, start, end):
    s, e = region.source_span(start, end)
    return doc.source[s:e]


class TestOffsets:
    @pytest.mark.parametrize(
        "src, word",
        [
            ("Plain may partly text.", "partly"),
            ("It **may partly** explain.", "partly"),
            ("It _may_ partly explain.", "partly"),
            ("See [the may partly link](https://x.org/a(b)) now.", "partly"),
            ("Code `x` then may partly.", "partly"),
            ("A &amp; B may partly.", "partly"),
            ("Escaped \\* star may partly.", "partly"),
            ("> Quoted line\n> may partly here.", "partly"),
            ("- item one\n- may partly two", "partly"),
            ("| a | b |\n|---|---|\n| x | may partly |", "partly"),
            ("Line one\r\nmay partly two.", "partly"),
            ("Emoji 🎉 and é then may partly.", "partly"),
            ("![alt partly](img.png) may partly.", "partly"),
            ("<span>html</span> may partly.", "partly"),
        ],
    )
    def test_every_plain_character_maps_back_to_its_source(self, src, word):
        doc = parse(src, "d.md")
        hits = [(r, r.text.index(word)) for r in doc.regions if word in r.text]
        assert hits, [r.text for r in doc.regions]
        region, at = hits[-1]
        assert source_of(doc, region, at, at + len(word)) == word
        line, col = doc.position(region.source_span(at, at + 1)[0])
        src_line = src.replace("\r\n", "\n").split("\n")[line - 1]
        assert src_line[col - 1 : col - 1 + len(word)] == word

    def test_markup_does_not_shift_columns(self):
        doc = parse("A **bold** claim and [a link](http://example.com) may partly hold.", "d.md")
        region = doc.regions[0]
        assert region.text == "A bold claim and a link may partly hold."
        at = region.text.index("may")
        assert doc.position(region.source_span(at, at + 3)[0]) == (1, 51)

    def test_entity_maps_to_its_ampersand(self):
        doc = parse("Fish &amp; chips.", "d.md")
        region = doc.regions[0]
        assert region.text == "Fish & chips."
        assert region.offsets.to_source(5) == 5
        assert source_of(doc, region, 7, 12) == "chips"


class TestProse:
    def test_code_html_comments_and_front_matter_are_not_prose(self):
        src = (
            "---\ntitle: It may partly work\ndate: 2026-03-03\n---\n"
            "# Heading\n\n```\nmay partly in code\n```\n\n    indented may partly\n\n"
            "<div>may partly in html</div>\n\n<!-- may partly in a comment -->\n\nBody `may partly` text.\n"
        )
        doc = parse(src, "d.md")
        texts = [r.text for r in doc.regions]
        assert texts == ["Heading", "Body  text."]
        assert doc.front_matter["title"] == "It may partly work"

    def test_region_kinds_and_blockquotes(self):
        src = "# Title\n\nPara.\n\n- item\n\n| h |\n|---|\n| cell |\n\n> quoted para\n"
        kinds = [(r.kind, r.blockquote) for r in regions(src)]
        assert kinds == [
            ("heading", False),
            ("paragraph", False),
            ("list-item", False),
            ("table-cell", False),
            ("table-cell", False),
            ("paragraph", True),
        ]

    def test_plain_text_is_paragraphs_split_by_blank_lines(self):
        src = "First para\nstill first.\n\n\nSecond **not markdown**.\n"
        doc = parse(src, "d.txt")
        assert [r.text for r in doc.regions] == ["First para still first.", "Second **not markdown**."]
        r = doc.regions[1]
        assert doc.position(r.source_span(0, 1)[0]) == (5, 1)

    def test_links_are_recorded_with_their_destination(self):
        doc = parse("The [report](https://ons.gov.uk/x) shows it. See https://bbc.co.uk/news too.", "d.md")
        links = doc.regions[0].links
        assert [link.href for link in links] == ["https://ons.gov.uk/x", "https://bbc.co.uk/news"]
        s1, s2 = doc.regions[0].sentences
        assert [link.href for link in s1.links] == ["https://ons.gov.uk/x"]
        assert [link.href for link in s2.links] == ["https://bbc.co.uk/news"]


class TestSentences:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("Mr. Smith went to Washington. He stayed.", ["Mr. Smith went to Washington.", "He stayed."]),
            ("The U.S. economy grew 3.5% last year. Prices rose.", ["The U.S. economy grew 3.5% last year.", "Prices rose."]),
            ("He lives at No. 10 Downing Street. It is big.", ["He lives at No. 10 Downing Street.", "It is big."]),
            ("Dr. J. K. Rowling spoke. Fans cheered.", ["Dr. J. K. Rowling spoke.", "Fans cheered."]),
            ("He moved to the U.S. The move was quick.", ["He moved to the U.S.", "The move was quick."]),
            ('"We will win," he said. "They will not."', ['"We will win," he said.', '"They will not."']),
            ("Is it true? Nobody knows! Really.", ["Is it true?", "Nobody knows!", "Really."]),
            ("It rose on Jan. 5 to 4.2 million, e.g. in Kent.", ["It rose on Jan. 5 to 4.2 million, e.g. in Kent."]),
        ],
    )
    def test_split(self, text, expected):
        assert [s.text for s in regions(text)[0].sentences] == expected

    def test_quoted_sentences_know_they_are_quoted(self):
        region = regions('"The missiles may partly help." The minister said so. He left.')[0]
        assert [s.quoted for s in region.sentences] == [True, False, False]

    def test_open_quote_runs_to_end_of_paragraph(self):
        region = regions('He said: "This will change everything. It is historic.')[0]
        assert region.in_quote(region.text.index("historic"), region.text.index("historic") + 8)

    def test_curly_single_quotes_and_apostrophes(self):
        region = regions("Moscow’s view was ‘this is war’, he said.")[0]
        assert region.quotes == [(region.text.index("‘"), region.text.index("’,") + 1)]

    def test_blockquote_sentences_are_quoted(self):
        region = regions("> It may partly explain it.")[0]
        assert all(s.quoted for s in region.sentences)


def test_front_matter_get_reads_keys_and_defaults_without_them():
    doc = parse("---\ntitle: Port strike\ndate: 2026-03-04\n---\n\nText.\n", "d.md")
    assert str(doc.front_matter_get("date")) == "2026-03-04"
    assert doc.front_matter_get("facts", {}) == {}
    escaped = parse('---\n"d\\x61te": 2026-03-05\n---\n\nText.\n', "d.md")
    assert str(escaped.front_matter_get("date")) == "2026-03-05"
    assert parse("No front matter.\n", "d.md").front_matter_get("date", "none") == "none"


def test_bare_urls_are_found_only_in_text_that_holds_them():
    from lintnews.text.document import bare_urls

    text = "See https://example.org/a-b?c=1, or http://x.test) now."
    assert [(u.start, u.end, u.href) for u in bare_urls(text)] == [
        (4, 32, "https://example.org/a-b?c=1,"),
        (36, 49, "http://x.test"),
    ]
    assert bare_urls("No address here: example.org") == []
