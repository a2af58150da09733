"""lintnews.lsp.positions: 1-based character columns to LSP positions (no pygls needed)."""

from __future__ import annotations

import pytest

from lintnews.lsp.positions import UTF8, UTF16, UTF32, LineIndex, code_units


@pytest.mark.parametrize(
    "text, utf16, utf8, utf32",
    [
        ("plain", 5, 5, 5),
        ("café", 4, 5, 4),
        ("🎉", 2, 4, 1),
        ("e\u0301", 2, 3, 2),  # e + combining acute: two code points
        ("日本", 2, 6, 2),
    ],
)
def test_code_units(text, utf16, utf8, utf32):
    assert (code_units(text, UTF16), code_units(text, UTF8), code_units(text, UTF32)) == (utf16, utf8, utf32)


def test_columns_after_emoji_and_accents_are_utf16_units():
    line = "Café 🎉 naïve: the claim"
    text = "# Title\n\n" + line + "\n"
    index = LineIndex(text)
    column = line.index("the") + 1  # 1-based, in characters, as in a Finding
    assert index.from_line_column(3, column) == (2, column - 1 + 1)  # the emoji is one extra unit
    assert index.from_offset(text.index("the")) == (2, column)
    assert LineIndex(text, UTF8).from_line_column(3, column) == (2, len(line[: column - 1].encode("utf-8")))
    assert LineIndex(text, UTF32).from_line_column(3, column) == (2, column - 1)


def test_crlf_and_cr_line_breaks_count_as_one():
    text = "ab\r\ncd\ref\ngh"
    index = LineIndex(text)
    assert [index.from_offset(text.index(c)) for c in "acegh"] == [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1)]
    assert index.from_offset(3) == (0, 2)  # between \r and \n: end of line 0


def test_positions_past_the_end_are_clamped():
    index = LineIndex("ab\ncd")
    assert index.from_line_column(1, 99) == (0, 2)
    assert index.from_line_column(9, 1) == (1, 2)
    assert index.from_line_column(0, 1) == (0, 0)
    assert index.from_offset(99) == (1, 2)
    assert index.from_offset(-1) == (0, 0)


def test_end_of_text_after_a_final_newline():
    index = LineIndex("ab\n")
    assert index.from_offset(3) == (1, 0)
    assert index.from_line_column(2, 1) == (1, 0)


def test_unknown_encoding_falls_back_to_utf16():
    assert LineIndex("🎉x", "utf-7").from_line_column(1, 2) == (0, 2)
