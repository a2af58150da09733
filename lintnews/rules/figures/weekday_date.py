"""FIG005: a weekday that does not fall on the date beside it ("Monday, 3 March 2026")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional

from lintnews.analysis.figures.dates import (DAY_NAMES, DateMention, YearContext, draft_date, month_name,
                                             weekday_dates)
from lintnews.text.document import Document
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule

__all__ = ["WeekdayDate"]

_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def _draft_years(doc: Document):
    return {int(m.group()) for r in doc.regions for m in _YEAR.finditer(r.text)}

class WeekdayDate(Rule):
    """What it flags: a weekday written next to a date it does not fall on: "Monday, 3 March
    2026" (3 March 2026 is a Tuesday), "Friday 14 February", "on Sunday (30 March)", and
    dates that do not exist ("Tuesday, 30 February"). Without a year in the date, the year is
    taken from the ``--date`` option or ``date:`` in the config (the publication date), then
    from the draft's front matter ``date:`` or a dateline ("FROME, 2 March 2026 -"), then
    from the draft itself (when every date it gives in full, "3 March 2026", is in one
    year); a date without a year is read as the one nearest the publication date. When no
    year can be found, and no year the draft names is more than a year from today, the
    weekday is reported only if it falls on the date in none of last year, this year and
    next year.

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
            years = YearContext(doc, dated[0])  # "KENDAL, 4 March 2026 - ... on Friday 13 March"
        for mention in mentions:
            finding = self._check(doc, mention, years)
            if finding is None and mention.year is None and dated is None and not years.years(mention.month,
                                                                                             mention.day)[0]:
                finding = self._check_near_today(doc, mention, context.today)
            if finding is not None:
                yield finding

    def _check_near_today(self, doc: Document, d: DateMention, today: Optional[dt.date]) -> Optional[Finding]:
        """A draft with no year of its own is read as written now: a weekday that falls on
        its date in none of last year, this year and next year is wrong whichever is meant."""
        if today is None or any(abs(y - today.year) > 1 for y in _draft_years(doc)):
            return None
        fits = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                fits.append(dt.date(year, d.month, d.day).weekday() == d.weekday)
            except ValueError:
                fits.append(False)
        if any(fits):
            return None
        message = (f"{d.text}: {d.day} {month_name(d.month)} is not a {DAY_NAMES[d.weekday]} in "
                   f"{today.year - 1}, {today.year} or {today.year + 1} (no year in the draft)")
        return self.report(doc, d.region, d.start, d.end, message, severity=Severity.WARNING)

    def _check(self, doc: Document, d: DateMention, context: YearContext) -> Optional[Finding]:
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
        shown = f"{d.day} {month_name(d.month)} {year}"
        message = f"{d.text}: {shown} is a {DAY_NAMES[date.weekday()]}, not a {DAY_NAMES[d.weekday]}{why}"
        return self.report(doc, d.region, d.start, d.end, message, severity=severity)
