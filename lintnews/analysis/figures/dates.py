"""Dates in prose: a weekday written with a day and month ("Monday, 3 March 2026",
"Monday (3 March)", "Monday, March 3", "3 March (Monday)"), and where a date without a
year gets its year.

Part of the figures extraction (see :mod:`lintnews.analysis.figures.extract` for the figures themselves);
:func:`weekday_dates` returns every :class:`DateMention` of a document, with exact spans.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.engine.config import ConfigError, parse_date
from lintnews.text.document import Document, Region

WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2, "thu": 3,
    "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6,
    "sunday": 6,
}
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WD = r"(?P<wd>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?"
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
#: A full date with its year: "3 March 2026", "March 3, 2026".
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATED = lazyre.compile(
    rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH_NAMES},?\s+((?:19|20)\d\d)\b"
    rf"|\b{_MONTH_NAMES}\s+[0-3]?\d(?:st|nd|rd|th)?,\s+((?:19|20)\d\d)\b"
)


def _compile() -> List["re.Pattern[str]"]:
    """"Monday, 3 March 2026", "Monday, March 3, 2026", "Monday (3 March)", "3 March
    (Monday)", "3 March, a Monday": one pattern each, since they share group names."""
    a = rf"\b{_WD},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}{_YEAR}\b"
    b = rf"\b{_WD},?\s+{_MON}\s+{_DAY}{_YEAR}\b"
    c = rf"\b{_WD}\s+\(\s*(?:{_DAY}\s+{_MON}|{_MON}\s+{_DAY}){_YEAR}\s*\)"
    c = c.replace("(?P<day>", "(?P<day2>", 1).replace("(?P<mon>", "(?P<mon2>", 1)
    # the weekday after the date: "4 March (Tuesday)", "March 4, a Tuesday"
    d = rf"\b(?:{_DAY}\s+(?:of\s+)?{_MON}|{_MON}\s+{_DAY}){_YEAR}(?:\s*\(\s*|,\s+(?:a|which\s+is\s+a)\s+){_WD}\b\)?"
    d = d.replace("(?P<day>", "(?P<day2>", 1).replace("(?P<mon>", "(?P<mon2>", 1)
    return [lazyre.compile(p) for p in (a, b, c, d)]


PATTERNS = _compile()
#: Where a weekday may be written: every match of the first three patterns starts at one.
_DAY_STEM = lazyre.compile("Mon|Tue|Wed|Thu|Fri|Sat|Sun")
#: What a match of the fourth pattern ("4 March (Tuesday)") must contain before its weekday.
_DAY_AFTER_DATE = lazyre.compile(r"(?:\(\s*|,\s+(?:a|which\s+is\s+a)\s+)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")


@dataclass(frozen=True)
class DateMention:
    """A weekday with its date, as written; ``year`` is None when the date gives none."""

    region: Region
    start: int
    end: int
    weekday: int  # Monday is 0
    day: int
    month: int
    year: Optional[int]

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end].strip()


def weekday_dates(doc: Document) -> List[DateMention]:
    """Every weekday-with-date of *doc* (found once per document:
    :meth:`~lintnews.text.document.Document.memo`)."""
    return doc.memo("figures.weekday-dates", _weekday_dates)


def _weekday_dates(doc: Document) -> List[DateMention]:
    found = []
    for region in doc.regions:
        text = region.text
        if not _may_hold_date(text):
            continue
        stems = [m.start() for m in _DAY_STEM.finditer(text)]
        if not stems:
            continue
        for m in _matches(text, stems):
            g = m.groupdict()
            day, mon = g.get("day2") or g.get("day"), g.get("mon2") or g.get("mon")
            found.append(DateMention(
                region, m.start(), m.end(), WEEKDAYS[m.group("wd").lower().rstrip(".")],
                int(day), MONTHS[mon.lower().rstrip(".")],
                int(m.group("year")) if m.group("year") else None,
            ))
    return found


def _may_hold_date(text: str) -> bool:
    """False when *text* holds no digit, which every pattern needs for the day. In ASCII
    text one substring test per digit (at memory speed) answers; half the paragraphs of
    news copy hold none."""
    if text.isascii():
        return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text
                or "6" in text or "7" in text or "8" in text or "9" in text)
    return _DIGIT.search(text) is not None


_DIGIT = lazyre.compile(r"\d")


def _matches(text: str, stems: List[int]) -> Iterator["re.Match[str]"]:
    """What ``pattern.finditer(text)`` finds for each of :data:`PATTERNS` in turn, given
    the starts of the weekday stems in *text*. The first three patterns start with the
    weekday, so they are tried only at those starts (skipping starts inside the last
    match, as ``finditer`` does); the fourth runs only when its weekday, after "(" or ", a",
    is there."""
    for pattern in PATTERNS[:3]:
        match = pattern.match
        end = 0
        for start in stems:
            if start >= end:
                m = match(text, start)
                if m is not None:
                    end = m.end()
                    yield m
    if _DAY_AFTER_DATE.search(text):
        yield from PATTERNS[3].finditer(text)


def month_name(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


class YearContext:
    """Where a date without a year gets its year from."""

    def __init__(self, doc: Document, published: Optional[dt.date]) -> None:
        """*published*: the publication date from the configuration (``--date``, ``date:``)."""
        self.doc = doc
        self._configured = published
        self._published: Optional[Tuple[dt.date, str]] = None
        self._draft_year: Optional[int] = None
        self._resolved = False

    def _resolve(self) -> None:
        if self._resolved:
            return
        self._resolved = True
        if self._configured is not None:
            self._published = (self._configured, "the --date option or config 'date'")
            return
        value = self.doc.front_matter_get("date")
        if value is not None:
            try:
                self._published = (parse_date(value if not isinstance(value, str) else value[:10], "front matter"),
                                   "the front matter date")
                return
            except ConfigError:
                pass
        text = "\n".join(r.text for r in self.doc.regions)
        years = {int(a or b) for a, b in _DATED.findall(text)}
        if len(years) == 1:
            self._draft_year = years.pop()

    def years(self, month: int, day: int) -> Tuple[List[int], str]:
        """Candidate years (best first) and a note saying where the year came from."""
        self._resolve()
        if self._published is not None:
            pub, source = self._published
            best = None
            for year in (pub.year - 1, pub.year, pub.year + 1):
                try:
                    d = dt.date(year, month, day)
                except ValueError:
                    continue
                gap = abs((d - pub).days)
                if best is None or gap < best[0]:
                    best = (gap, year)
            year = best[1] if best is not None else pub.year
            return [year], f" (year from {source}, {pub.isoformat()})"
        if self._draft_year is not None:
            return [self._draft_year], f" (year {self._draft_year} from the draft)"
        return [], ""
