"""FIG005: a weekday that does not fall on the date beside it ("Monday, 3 March 2026")."""

from __future__ import annotations

import datetime as dt
from typing import Iterator, List, Optional

from lintnews.analysis.figures.dates import (DAY_NAMES, DateMention, YearContext, draft_date, month_name,
                                             weekday_dates)
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule, sentence_of

__all__ = ["WeekdayDate"]

class WeekdayDate(Rule):
    """What it flags: a weekday written next to a date it does not fall on: "Monday, 3 March
    2026" (3 March 2026 is a Tuesday), "Friday 14 February", "on Sunday (30 March)", and
    dates that do not exist ("Tuesday, 30 February"). Without a year in the date, the year is
    taken from the ``--date`` option or ``date:`` in the config (the publication date), then
    from the draft's front matter ``date:`` or a dateline ("FROME, 2 March 2026 -"), then
    from the draft itself (when every date it gives in full, "3 March 2026", is in one
    year; a January to March date in a draft whose dates reach October to December may be
    in the next year, and the reverse: "opened on 28 November 2026 ... until Sunday 10
    January"); a date without a year is read as the one nearest the publication date, and
    one in a sentence that names its own year ("the 2026 race ... on Sunday 3 May") may be
    that year's. When no
    year can be found the date is not checked (archive copy is read years after it was
    written).

    An error when the year is written in the date; a warning when the year was inferred.

    Why: readers and sources plan around dates; a wrong weekday or date makes one of the
    two wrong, and the reader cannot tell which.

    Instead: check the calendar and correct the weekday or the date.

    Fix safety: no fix: the weekday or the date may be the wrong one.
    """

    code = "FIG005"
    name = "weekday-date-mismatch"
    category = "figures"
    severity = Severity.ERROR
    summary = "A weekday does not fall on the date it is given with."
    context = True
    examples = {
        "fail": ["The vote will be held on Monday, 3 March 2026.", "Talks resume on Friday 31 April 2026."],
        "pass": ["The vote will be held on Tuesday, 3 March 2026.", "The vote will be held on Monday."],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        mentions = [d for d in weekday_dates(doc) if self.applies_to(d.region)]
        if not mentions:
            return
        years = YearContext(doc, context.date)
        dated = draft_date(doc, context.date)
        if dated is not None and context.date is None and dated[1] == "the dateline":
            years = YearContext(doc, dated[0], dated[1])  # "KENDAL, 4 March 2026 - ... on Friday 13 March"
        for mention in mentions:
            finding = self._check(doc, mention, years)
            if finding is not None:
                yield finding

    def _check(self, doc: Document, d: DateMention, context: YearContext) -> Optional[Finding]:
        years: list = []
        if d.year is not None:
            year, why, severity = d.year, "", Severity.ERROR
        else:
            years, why = context.years(d.month, d.day)
            if not years:
                return None
            year, severity = years[0], Severity.WARNING
        try:
            date = dt.date(year, d.month, d.day)
        except ValueError:
            return self.report(doc, d.region, d.start, d.end, f"{d.text}: there is no {d.day} {month_name(d.month)}",
                               severity=severity)
        if date.weekday() == d.weekday:
            return None
        if d.year is None and any(_weekday(y, d.month, d.day) == d.weekday for y in years[1:]):
            return None  # ("until Sunday 10 January" after "28 November 2026": the next year's)
        if d.year is None and any(_weekday(y, d.month, d.day) == d.weekday for y in _sentence_years(d)):
            return None  # ("The 2026 race will be run on Sunday 3 May" in a 2025 story)
        shown = f"{d.day} {month_name(d.month)} {year}"
        message = f"{d.text}: {shown} is a {DAY_NAMES[date.weekday()]}, not a {DAY_NAMES[d.weekday]}{why}"
        return self.report(doc, d.region, d.start, d.end, message, severity=severity)


#: A year on its own ("the 2026 race", "in 2027"): not part of a longer number.
_YEAR = lazyre.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")


def _sentence_years(d: DateMention) -> List[int]:
    """The years the sentence of *d* names besides the date itself: a date without a
    year in a sentence about "the 2026 race" is that year's."""
    sentence = sentence_of(d.region, d.start)
    if sentence is None:
        return []
    return [int(m.group()) for m in _YEAR.finditer(d.region.text, sentence.start, sentence.end)]


def _weekday(year: int, month: int, day: int) -> Optional[int]:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None
