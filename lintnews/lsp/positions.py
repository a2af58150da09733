"""Positions: lintnews's 1-based character lines and columns to LSP's 0-based positions.

lintnews counts columns in characters (Unicode code points); LSP counts them in code
units of the negotiated encoding: UTF-16 by default (an emoji is two units), UTF-8
(bytes) or UTF-32 (code points) when client and server agree on it. Lines are split at
``\\r\\n``, ``\\r`` and ``\\n``, as both LSP and :class:`lintnews.text.document.Document` do.
"""

from __future__ import annotations

import bisect
import re
from typing import List, Tuple

_NEWLINE = re.compile(r"\r\n?|\n")

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def code_units(text: str, encoding: str = UTF16) -> int:
    """The length of *text* in code units of *encoding* (``utf-16``, ``utf-8``, ``utf-32``)."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class LineIndex:
    """Line starts of one text, for converting its positions to LSP positions."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding if encoding in (UTF8, UTF16, UTF32) else UTF16
        self.starts: List[int] = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        # End of each line's content (before its line break).
        ends = [m.start() for m in _NEWLINE.finditer(text)]
        self.ends: List[int] = ends + [len(text)]

    def from_line_column(self, line: int, column: int) -> Tuple[int, int]:
        """LSP ``(line, character)`` for a 1-based *line* and 1-based character *column*.

        Positions past the end of a line (or of the text) are clamped to it.
        """
        if line < 1:
            return 0, 0
        if line > len(self.starts):
            last = len(self.starts) - 1
            return last, code_units(self.text[self.starts[last] : self.ends[last]], self.encoding)
        start, end = self.starts[line - 1], self.ends[line - 1]
        stop = min(start + max(column, 1) - 1, end)
        return line - 1, code_units(self.text[start:stop], self.encoding)

    def from_offset(self, offset: int) -> Tuple[int, int]:
        """LSP ``(line, character)`` for a 0-based character *offset* into the text."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        stop = min(offset, self.ends[line])
        return line, code_units(self.text[start:stop], self.encoding)
