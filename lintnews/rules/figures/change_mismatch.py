"""FIG002: a stated change that its own numbers contradict ("up 12% from 50 to 60")."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.figures.changes import Change, changes, check, points_misfit, table_count_changes, table_point_changes
from lintnews.analysis.figures.messages import at, figure_line, line_of, voice_note, with_noun
from lintnews.analysis.figures.tables import describe, row_misfits
from lintnews.model import Finding, Severity
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.text.document import Document

__all__ = ["ChangeMismatch"]


class ChangeMismatch(Rule):
    """What it flags: a change stated together with the figures it comes from, when the two do
    not agree: "up 12% from 50 to 60" (that is +20%), "tripled from 4 to 9" (x2.25),
    "halved from 30 to 20", "fell 5% from £40m to £44m" (a rise), "up two points from 5% to
    8%", "24,000, up from 20,000, a rise of 30%", "fell by a third to 8,200, compared with
    9,600", "a cut of almost a quarter" (from 2,600 to 2,190 is 16%), "3,420 hours, more
    than double the 1,890", "31, nine fewer than the 38", "a third fewer buses: 48, down
    from 60", "Turnout was 29%, down nine points on the 36%". The end points may be written
    "from 50 to 60", "to 60 from 50", "60, up from 50", "60, compared with 50", "down 20% on
    last year's 500"; a sentence that opens "That compares with 50" ends at the figure
    before it, and "The increase takes it from 50 to 60" takes up the change stated earlier;
    a multiple of an earlier state is read with the state's figure in a "when" clause ("12,000
    copies, four times as many as in 2020, when it sold 4,000"), the later state given in the
    sentence before ("That is three times as many as last winter, when it housed 180").
    The two figures may stand in other sentences: the end here and the start before ("had
    shrunk to 29km, a fall of a third" after "reached 38km"), the same thing at two times
    ("grew 35% to 296,000 ... last year, 226,000"), "since then", a headline's change over
    the lead's first "from A to B" ("Museum visits up 25% to 50,000" over "50,000
    visitors, up from 42,000"; without a figure, about the same thing), or a table row the
    sentence names (a change in points against the two rates of the table row or column
    named: "Turnout rose by 5.5 percentage points" under a table giving 34.5% and 38.0%; a
    count's change, "Labour lost four seats", against the row's signed change cell, -3);
    and a table's change column is checked on every row against the two
    columns the other rows compute it from. A share of its own level gained or lost, told
    with the level's two values right after, is its change ("lost about a quarter of their
    weight, falling from 80kg to 60kg"); levels below zero are read with their sign
    ("fell by 20 metres, from minus 100 metres to minus 112 metres"). A level told in a
    year and one "last year" after it ("In 2018 ... 600; last year ... 450, a drop of 25%"),
    or "before the reform", "last winter" or "a year ago" and one now, are then and now when
    the figures go the way the change states.
    Figures a source gives are checked too (the message says so): the arithmetic as
    printed is the draft's.

    Rounding is allowed: the digits as written ("2.9%" may be 2.85% to 2.95%, "£3m" £2.5m
    to £3.5m) plus half a percentage point or a twentieth of the stated change, whichever
    is larger; between two percentages a change given in percent that is the change in
    points is flagged when the two rates are exact and the relative change is well apart
    ("from 8.5% to 9.5%, an increase of 1 percent": one point, a rise of 11.8%; loose
    figures, "lost around 10%, from half to under 40%", are left alone); "nearly doubled"
    and "more than tripled" are read as such. The change may be named with what changed or
    a time between ("an increase of the levy of 1%", "will fall this year of 30%").

    Why: a change and its end points are often taken from different releases or periods,
    or one of them is mistyped; readers who do the sum lose trust in the rest.

    Instead: recompute the change from the figures, or check which figure is wrong.

    Fix safety: no fix: the change or either end point may be the wrong figure.
    """

    code = "FIG002"
    name = "change-mismatch"
    category = "figures"
    severity = Severity.WARNING
    #: Figures in quotations are still figures: a quote that contradicts the body is worth a query.
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "A stated change does not match the figures it is computed from."
    examples = {
        "fail": [
            "Membership rose 12% from 50 to 60 last year.",
            "The number of stores tripled from 4 to 9.",
            "Profits fell 5% from £40m to £44m.",
        ],
        "pass": [
            "Membership rose 20% from 50 to 60 last year.",
            "Quarterly profits jumped 76% to $1.13bn, from $639m a year earlier.",
            "The number of stores more than doubled from 4 to 9.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        for change in changes(doc):
            st = change.stated
            if not self.applies_to(st.sentence.region) or not self.applies_to(change.second.region):
                continue
            actual = check(change)
            if not actual:
                continue
            yield self._finding(doc, change, actual)
        for m in row_misfits(doc):
            if m.how in ("change", "percent-change") and self.applies_to(m.cell.region):
                message = (f"{m.cell.text} here for {m.cell.row_label}, but {describe(m)}: the stated change and "
                           f"its figures disagree (the table's other rows keep this: {m.kept} rows)")
                yield self.report(doc, m.cell.region, m.cell.start, m.cell.end, message)
        for tp in table_point_changes(doc):
            f = tp.stated
            if not self.applies_to(f.region):
                continue
            actual = points_misfit(tp)
            if actual is None:
                continue
            line = line_of(doc, f.region, f.qual_start)
            message = (f"{f.shown} here, but the table's {tp.label} goes from {at(doc, tp.first, line)} to "
                       f"{at(doc, tp.second, line)}, {abs(actual):.1f} points: the stated change and its figures "
                       f"disagree{voice_note((f,))}")
            yield self.report(doc, f.region, f.qual_start, f.end, message)
        for tc in table_count_changes(doc):
            f = tc.stated
            if not self.applies_to(f.region):
                continue
            line = line_of(doc, f.region, f.qual_start)
            shown = f"{tc.signed:+.0f}".replace("-", "−")
            cell_line = figure_line(doc, tc.cell)
            message = (f"{tc.verb} {with_noun(f)} here, but the table gives {tc.cell.row_label.strip()} {shown} in its "
                       f"{tc.cell.column.strip()} column (line {cell_line}): the stated change and the table "
                       f"disagree{voice_note((f,))}")
            yield self.report(doc, f.region, f.qual_start, f.end, message)

    def _finding(self, doc: Document, change: Change, actual: str) -> Finding:
        st, first, second = change.stated, change.first, change.second
        lo, hi = sorted((first, second), key=lambda f: (f.region.index, f.start))
        if st.sentence is first.sentence is second.sentence:
            region, start, end = st.sentence.region, st.start, st.end
        elif (hi.region.index, hi.start) > (st.sentence.region.index, st.start) and hi.sentence is not st.sentence:
            # the change was stated earlier ("The increase takes ...", "Exports grew 35% to
            # 296,000. Last year they were 226,000"): reported at the later figures
            if lo.sentence is not hi.sentence:
                lo = hi
            region, start, end = lo.region, lo.qual_start, hi.end
        else:
            region, start, end = st.sentence.region, st.start, st.end
        line = line_of(doc, region, start)
        st_line = line_of(doc, st.sentence.region, st.start)
        stated = f"{st.text} here" if st_line == line else f"{st.text} on line {st_line}"
        message = (f"{stated}, but {at(doc, first, line)} to {at(doc, second, line)} is a change of {actual}: "
                   f"the stated change and its figures disagree{voice_note((first, second))}")
        return self.report(doc, region, start, end, message)
