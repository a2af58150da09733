"""FIG012: a stated gap between two figures that their difference contradicts ("340 to 318,
a margin of 12 votes")."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.figures.gaps import gap_interval, gap_statements, ratio_statements
from lintnews.analysis.figures.messages import at, line_of, voice_note
from lintnews.model import Finding, Severity
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.text.document import Document

__all__ = ["GapMismatch"]

#: Slack on top of the figures' own rounding.
SLACK = 0.02


class GapMismatch(Rule):
    """What it flags: a gap stated beside the two figures it lies between when their
    difference is another: "beat her rival by 12 votes, 340 to 318" (22), "won 78-64, a
    margin of 18 points" (14), "took 4,210 votes to 3,880, a majority of 530" (330), "31
    points to 24, a nine-point margin" (7), "£15.20 and £13.70, a gap of £2.50" (£1.50),
    "the difference between the two bids, £8.4m and £7.1m, is £1.9m" (£1.3m), "eight
    minutes ahead of the runner-up on 47" after "41 minutes" (six), "won in 2:27:05, almost
    four minutes ahead of her rival, who finished in 2:31:50" (4 min 45 s; race times in
    hours, minutes and seconds, a gap in whole minutes rounded to the minute).

    The gap is known by its words ("a margin of", "a majority of", "a gap of", "the
    difference ... is", "a saving of", "a nine-point lead", "won by", "ahead of", "35 points
    apart", "550 votes of difference"), and its two figures are the only other two of its
    kind in the sentence, joined as rivals ("to", a dash, "and", "against", "compared
    with", "a lead of 2,440 over Mr Hale's 19,870"); a change "from A to B", a margin of
    error, a gap taken up with "the" ("double the 7-point lead she held last month"), a
    sentence with two gaps and a tally "by 318 votes to 290" (FIG003's) are left alone. A
    margin in the headline ("Greens take seat by 312 votes") is checked against the lead's
    two rivals, and a result's margin in a later sentence ("sealed a four-point victory")
    against the score the headline or lead gives ("24-21"). Each figure's rounding and 2% are
    allowed; "about" and "more than" widen the gap as written. A ratio to one beside the two
    counts it compares ("voted 18 to 7, a margin of more than three to one": 2.6) must
    be the counts' ratio: "more than" above it, "almost" a little under, a bare or "about"
    ratio within half a unit.

    Why: readers subtract; a margin that does not match the figures beside it makes all
    three doubtful.

    Instead: recompute the gap, or correct one of the two figures.

    Fix safety: no fix: any of the figures may be the wrong one.
    """

    code = "FIG012"
    name = "gap-mismatch"
    category = "figures"
    severity = Severity.WARNING
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "A stated gap or margin does not match the difference between its two figures."
    examples = {
        "fail": ["She beat her rival by 12 votes, 340 to 318.",
                 "Northfield won 78-64, a margin of 18 points."],
        "pass": ["She beat her rival by 22 votes, 340 to 318.",
                 "Northfield won 78-64, a margin of 14 points."],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        for rs in ratio_statements(doc):
            if not self.applies_to(rs.region) or rs.fits():
                continue
            line = line_of(doc, rs.region, rs.start)
            ratio = rs.larger.value / rs.smaller.value
            yield self.report(doc, rs.region, rs.start, rs.end,
                              f"{rs.text} here, but {at(doc, rs.larger, line)} to {at(doc, rs.smaller, line)} is "
                              f"{ratio:.1f} to one: the ratio and its figures disagree"
                              f"{voice_note((rs.larger, rs.smaller))}")
        for st in gap_statements(doc):
            g = st.gap
            if not self.applies_to(g.region):
                continue
            (lo, hi), (g_lo, g_hi) = gap_interval(st)
            if g_lo <= hi * (1 + SLACK) + 1e-9 and lo * (1 - SLACK) - 1e-9 <= g_hi:
                continue
            line = line_of(doc, g.region, g.start)
            a, b = st.larger, st.smaller
            diff = (a.value * st.mults[1] - b.value * st.mults[2]) / st.mults[0]
            shown = _fmt(diff, g) if a.kind != "time" else _clock_gap(diff * st.mults[0])
            yield self.report(doc, g.region, g.qual_start, g.end,
                              f"{g.shown} here, but {at(doc, a, line)} and {at(doc, b, line)} are {shown} "
                              f"apart: the gap and its figures disagree{voice_note((g, a, b))}")


def _clock_gap(seconds: float) -> str:
    m, sec = divmod(int(round(seconds)), 60)
    return f"{m} min {sec} s" if m else f"{sec} s"


def _fmt(value: float, like) -> str:
    prefix = like.text[0] if like.text[:1] in "£$€¥" else ""
    if value >= 1e9:
        return f"{prefix}{value / 1e9:.3g}bn"
    if value >= 1e6:
        return f"{prefix}{value / 1e6:.3g}m"
    if value != int(value) and value < 100:
        return f"{prefix}{value:,.2f}".rstrip("0").rstrip(".") if not prefix else f"{prefix}{value:,.2f}"
    return f"{prefix}{value:,.0f}"
