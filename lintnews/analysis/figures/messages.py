"""How the figures rules name places and voices in their messages.

Every figures message names both places and both values, so the editor can decide which
is right: a figure on the line of the finding is shown as written; one on another line
is followed by "(line N)". When the figures are a source's or a quotation's, the
message says so: a source's arithmetic as printed is still the draft's responsibility.
"""

from __future__ import annotations

from typing import Iterable, Optional

from lintnews.analysis.figures.reader import Figure
from lintnews.text.document import Document, Region


def line_of(doc: Document, region: Region, offset: int) -> int:
    """The 1-based source line of a region offset."""
    return doc.position(region.source_span(offset, offset + 1)[0])[0]


def figure_line(doc: Document, f: Figure) -> int:
    return line_of(doc, f.region, f.start)


def at(doc: Document, f: Figure, line: int, text: Optional[str] = None, noun: bool = False) -> str:
    """*f* as written ("£1,850"; with *noun*, "410 staff"), followed by "(line N)" when
    it is not on *line*."""
    shown = (with_noun(f) if noun else f.shown if f.approx else f.text) if text is None else text
    other = figure_line(doc, f)
    return shown if other == line else f"{shown} (line {other})"


def with_noun(f: Figure) -> str:
    """The figure as written with the noun it counts when that follows it ("410 staff")."""
    shown = f.shown if f.approx else f.text
    thing = f.thing
    end = f.quantity.extra.get("after", f.end) if f.quantity is not None else f.end
    if thing and f.region.text[end : end + len(thing) + 1].lower() == " " + thing:
        return shown + f.region.text[end : end + len(thing) + 1]
    return shown


def voice_note(figures: Iterable[Figure]) -> str:
    """" (as the source gives them)" or " (in a quotation)" when any of *figures* is a
    source's; "" when they are all the writer's."""
    voices = {f.voice for f in figures}
    if "quote" in voices:
        return " (figures in a quotation)"
    if "source" in voices:
        return " (figures as a source gives them)"
    return ""
