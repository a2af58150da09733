"""Property-based tests: no input crashes the parser or the engine, and every plain-text
character of every region maps back to the source character it came from."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintnews.text.document import parse

_PIECES = st.sampled_from(
    [
        "word", "may", "partly", " ", "  ", "\t", "\n", "\r\n", "\n\n", "**", "*", "_", "__", "`", "```",
        "[", "]", "(", ")", "](http://x.org/a_(b))", "<", ">", "> ", "# ", "## ", "- ", "1. ", "|", "---",
        "&amp;", "&#8212;", "&nbsp;", "&bogus;", "\\", "\\*", "\"", "“", "”", "‘", "’", "!", "![", ".", "?",
        "U.S.", "Dr.", "3.5%", "🎉", "é", "e\u0301", "\0", "<!-- c -->", "<b>", "    ", "~~", "http://x.org",
        "<!-- lintnews-disable HDG001 -->", "<!-- lintnews-disable-next-line -->", "<!-- lintnews-enable -->",
    ]
)
markdownish = st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join)


def _consistent(doc) -> None:
    src = doc.source
    for region in doc.regions:
        assert len(region.offsets) == len(region.text)
        previous = -1
        for i, ch in enumerate(region.text):
            at = region.offsets.to_source(i)
            assert 0 <= at < len(src)
            assert at >= previous, "offsets must not run backwards"
            previous = at
            got = src[at]
            assert (
                got == ch
                or (ch == " " and got in "\r\n")
                or got == "&"  # an entity maps to its ampersand
                or (ch == "\ufffd" and got == "\0")
            ), (i, ch, got, region.text, src)
        for s in region.sentences:
            assert 0 <= s.start < s.end <= len(region.text)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish)
def test_markdown_offsets_map_back_to_the_source(text):
    _consistent(parse(text, "d.md"))


@settings(deadline=None)
@given(markdownish)
def test_plain_text_offsets_map_back_to_the_source(text):
    _consistent(parse(text, "d.txt"))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(markdownish)
def test_every_finding_names_a_real_source_span(linter, text):
    findings = linter.lint(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for f in findings:
        assert 0 <= f.offset <= f.end_offset <= len(text)
        assert 1 <= f.line <= len(lines) and 1 <= f.column <= len(lines[f.line - 1]) + 1
        assert (f.line, f.column) <= (f.end_line, f.end_column)
