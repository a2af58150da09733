"""Which figures of a draft the draft works out from its other figures: the stated change
with its two end points, a share with its part and whole, parts listed with their whole.

The statistics rule (CLM004) asks this so a figure the story computes from its own data
("rose from 415,000 to 520,000, a jump of 21%"; "one in eight of its 2,750 staff") is read
as the story's arithmetic, which the figures rules check, rather than as a claim about the
world that needs a source.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

import re

from lintnews.analysis.figures.changes import changes
from lintnews.analysis.figures.reader import read_figures
from lintnews.analysis.figures.parts import part_groups
from lintnews.analysis.figures.shares import share_statements
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document

__all__ = ["own_arithmetic"]


def own_arithmetic(doc: Document) -> Dict[int, List[Tuple[int, int]]]:
    """Region spans (by ``id`` of the region) of every figure that takes part in a relation
    whose figures all stand in one sentence (a memo of the document)."""
    return doc.memo("figures.own_arithmetic", _own_arithmetic)


def _own_arithmetic(doc: Document) -> Dict[int, List[Tuple[int, int]]]:
    out: Dict[int, List[Tuple[int, int]]] = {}

    def add(region, start: int, end: int) -> None:
        out.setdefault(id(region), []).append((start, end))

    for c in changes(doc):
        st = c.stated
        if c.first.sentence is st.sentence and c.second.sentence is st.sentence:
            add(st.sentence.region, st.start, st.end)
            for f in (c.first, c.second):
                add(f.region, f.qual_start, f.end)
    for s in share_statements(doc):
        if s.part.sentence is s.sentence and s.whole.sentence is s.sentence:
            add(s.region, s.start, s.end)
            for f in (s.part, s.whole):
                add(f.region, f.qual_start, f.end)
    for g in part_groups(doc):
        if all(p.sentence is g.whole.sentence for p in g.parts):
            for f in (g.whole, *g.parts):
                add(f.region, f.qual_start, f.end)
    figures = read_figures(doc)
    for f, g in zip(figures, figures[1:]):
        # "one in eight of its 2,750 staff", "40% of the 600 homes": a share of a whole it states
        if f.kind == "percent" and g.region is f.region and g.kind in ("count", "currency") \
                and _OF_STATED_WHOLE.fullmatch(f.region.text, f.end, g.qual_start):
            add(f.region, f.qual_start, f.end)
            add(g.region, g.qual_start, g.end)
    return out


_OF_STATED_WHOLE = lazyre.compile(r"\s+of\s+(?:the|its|their|our|his|her|this|these|those|all)\s+(?:\w+\s+)?", re.I)
