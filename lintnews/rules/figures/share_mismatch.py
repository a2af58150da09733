"""FIG010: a share in words or digits that the counts beside it contradict ("2,900 of
11,200 - almost half")."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.figures.messages import at, line_of, voice_note
from lintnews.analysis.figures.shares import share_statements, split_shares
from lintnews.analysis.figures.tables import describe, row_misfits
from lintnews.model import Finding, Severity
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.text.document import Document

__all__ = ["ShareMismatch"]


class ShareMismatch(Rule):
    """What it flags: a share stated for a part of a whole when the two counts give another
    share: "2,900 of the 11,200 students - almost half -" (26%), "41,000 of 172,000
    approvals, more than a third," (24%), "Turnout was 31%, with 152,600 of the 540,000
    voters casting a ballot" (28%), "almost half of the 300 staff, 90," (30%), "A of B, one
    in four,". The part and whole may be written "A of the B", "A out of B" or "Of the B
    ..., A"; the share beside the part, after the whole, or before the pair ("31%, with A of
    B"); the whole may be counted in an earlier sentence ("checked 330 buildings ... damage
    in 41 of them, about one in five"; "The firm employs 1,150 people ... Almost half the
    workforce, 390 staff," with a collective noun for the group: workforce, membership; "The
    appeal raised £3.1m. Almost half of that, £900,000,"; "One in four pupils now cycles to
    school, about 420 children" after "1,180 pupils"; "9,000 fans, 90% of capacity. The
    stadium holds 12,000."; "Nurses make up about a third of those on strike" after "720
    nurses, 280 porters and 200 cleaners", the list being the whole). In a table, a share column that the other rows
    compute from two columns ("| 96 | 220 | 44% |") or as a share of a column's total (an
    election's votes and shares) is checked on every row. Two shares of one group on either
    side of thresholds that cannot overlap ("Nearly 60% of savers held less than £1,000, while
    45% held more than £5,000") may not add up to more than 100%. A rate named after the two counts it comes from ("The
    hostel has 80 beds, 72 of them taken, an occupancy rate of 96%"; not "all but two of 17
    cases", nor two counts of two things) is a share of them, and a count worked out from a
    share of a count ("2,150 voted, and 64% of them backed the deal. That means about 1,520
    ...", ", so about 4,100 people voted") must be that share, within its rounding and three
    hundredths more for "about" or "just over" (reported at the count, the later claim).

    Fractions in words are read loosely ("a third" is 29-38%) and bounded by their
    qualifier ("almost half" 40-50%, "more than a third" above 33%); percentages hold to
    their digits and half a point. A source's figures are checked too.

    Why: a reader can do this division, and a share that does not fit its counts makes both
    look doubtful.

    Instead: recompute the share from the counts, or correct the count.

    Fix safety: no fix: any of the figures may be the wrong one.
    """

    code = "FIG010"
    name = "share-mismatch"
    category = "figures"
    severity = Severity.WARNING
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "A share (\"almost half\", \"a third\", \"31%\") does not match the counts it describes."
    examples = {
        "fail": [
            "Of the 800 members who voted, 210 - almost half - backed the plan.",
            "Turnout was 42%, with 30,000 of the 90,000 residents casting a ballot.",
        ],
        "pass": [
            "Of the 800 members who voted, 380 - almost half - backed the plan.",
            "Turnout was 33%, with 30,000 of the 90,000 residents casting a ballot.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        for st in share_statements(doc):
            if not self.applies_to(st.region):
                continue
            actual = st.actual
            if st.reported is not None:
                if _count_fits(st):
                    continue
                # "... 64% of them backed it. That means about 1,520 ...": the count is the claim
                f = st.reported
                line = line_of(doc, f.region, f.qual_start)
                share_line = line_of(doc, st.region, st.start)
                expected = st.whole.value * (st.lo + st.hi) / 2
                where = "" if share_line == line else f" (line {share_line})"
                message = (f"{f.shown} here, but {st.text}{where} of {at(doc, st.whole, line, noun=True)} "
                           f"is about {expected:,.0f}: the count and its share disagree{voice_note((st.part, st.whole))}")
                yield self.report(doc, f.region, f.qual_start, f.end, message)
                continue
            if st.lo - 1e-9 <= actual <= st.hi + 1e-9 or _rounding_fits(st):
                continue
            line = line_of(doc, st.region, st.start)
            message = (f"{st.text} here, but {at(doc, st.part, line)} of {at(doc, st.whole, line, noun=True)} "
                       f"is {_pct(actual)}%: the share and its counts disagree{voice_note((st.part, st.whole))}")
            yield self.report(doc, st.region, st.start, st.end, message)
        yield from _table_shares(self, doc)
        for sp in split_shares(doc):
            region = sp.first.region
            if not self.applies_to(region):
                continue
            line = line_of(doc, region, sp.start)
            message = (f"{at(doc, sp.first, line, sp.first.shown)} ({sp.bounds[0]}) and "
                       f"{at(doc, sp.second, line, sp.second.shown)} ({sp.bounds[1]}) are shares of one group "
                       f"that cannot overlap, but they add up to more than 100%{voice_note((sp.first, sp.second))}")
            yield self.report(doc, region, sp.start, sp.end, message)


def _table_shares(rule: Rule, doc: Document) -> Iterator[Finding]:
    for m in row_misfits(doc):
        if m.how not in ("ratio", "share-of-total") or not rule.applies_to(m.cell.region):
            continue
        cell = m.cell
        message = (f"{cell.text} here for {cell.row_label}, but {describe(m)}: the share and its counts disagree "
                   f"(the table's other rows keep this: {m.kept} rows)")
        yield rule.report(doc, cell.region, cell.start, cell.end, message)


def _count_fits(st) -> bool:
    """A count worked out from a share of a whole ("64% of them. That means about 1,380"):
    the share's own rounding, the count's last digit when it is exact, and three hundredths
    more when it is approximate ("about", "just over": a writer who worked it out rounds
    it, not by a tenth)."""
    whole, part = st.whole, st.part
    # (a whole given as "some 3,600" is taken at its value: the share was worked on it)
    lo, hi = (st.lo * whole.value, st.hi * whole.value) if whole.approx else (st.lo * whole.low, st.hi * whole.high)
    if part.approx:
        slack = 0.03 * (lo + hi) / 2
    else:
        digits = f"{part.value:.0f}".rstrip("0")
        slack = 0.5 * 10 ** (len(f"{part.value:.0f}") - len(digits)) if part.value >= 1 else 0.5
    return lo - slack <= part.value <= hi + slack


def _rounding_fits(st) -> bool:
    """The counts' own rounding ("some 41,000") may reach the stated share."""
    part, whole = st.part, st.whole
    if whole.high <= 0:
        return False
    lo = part.low / whole.high if whole.high else 0.0
    hi = part.high / max(whole.low, 1e-9)
    return lo <= st.hi and st.lo <= hi and (part.approx or whole.approx)


def _pct(actual: float) -> str:
    """A share as the message gives it: whole points, or one decimal when it is near a
    half point ("7.5%", not "8%", against "around 9%")."""
    v = 100 * actual
    return f"{v:.0f}" if abs(v - round(v)) < 0.25 or v >= 20 else f"{v:.1f}"
