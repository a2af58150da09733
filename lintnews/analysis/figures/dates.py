"""Dates in prose: a weekday written with a day and month ("Monday, 3 March 2026",
"Monday (3 March)", "Monday, March 3", "3 March (Monday)"), and where a date without a
year gets its year.

Part of the figures extraction (see :mod:`lintnews.analysis.figures.extract` for the figures themselves);
:func:`weekday_dates` returns every :class:`DateMention` of a document, with exact spans.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Iterator, List, Optional, Tuple

from lintnews.records import FrozenRecord
from lintnews.matching import patterns as lazyre
from lintnews.engine.config import ConfigError, parse_date
from lintnews.text.document import Document, Region

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

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
_MONTH_WORDS = lazyre.compile(_MONTH_NAMES)
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
    d = rf"\b(?:{_DAY}\s+(?:of\s+)?{_MON}|{_MON}\s+{_DAY}){_YEAR}(?:\s*\(\s*(?:a\s+)?|,\s+(?:a|which\s+(?:is|was|will\s+be)\s+a)\s+|\s+[-\u2013\u2014]\s+a\s+)"
    d += rf"{_WD}\b\)?"
    d = d.replace("(?P<day>", "(?P<day2>", 1).replace("(?P<mon>", "(?P<mon2>", 1)
    return [lazyre.compile(p) for p in (a, b, c, d)]


PATTERNS = _compile()
#: Where a weekday may be written: every match of the first three patterns starts at one.
_DAY_STEMS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day_stems(text: str) -> List[int]:
    """The starts of the weekday stems in *text* (what ``Mon|Tue|Wed|Thu|Fri|Sat|Sun``
    finds), in order: a substring search for each stem (in C, several times faster than a
    scan for the class of their first letters). No two stems can overlap."""
    out = []
    for stem in _DAY_STEMS:
        at = text.find(stem)
        while at >= 0:
            out.append(at)
            at = text.find(stem, at + 3)
    out.sort()
    return out


#: What a match of the fourth pattern ("4 March (Tuesday)") must contain before its weekday.
_DAY_AFTER_DATE = lazyre.compile(r"(?:\(\s*(?:a\s+)?|,\s+(?:a|which\s+(?:is|was|will\s+be)\s+a)\s+"
                                 r"|\s[-\u2013\u2014]\s+a\s+)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")


class DateMention(FrozenRecord):
    """A weekday with its date, as written; ``year`` is None when the date gives none."""

    region: Region
    start: int
    end: int
    weekday: int  # Monday is 0
    day: int
    month: int
    year: Optional[int]

    __slots__ = ("region", "start", "end", "weekday", "day", "month", "year")

    def __init__(
        self,
        region: Region,
        start: int,
        end: int,
        weekday: int,
        day: int,
        month: int,
        year: Optional[int],
    ) -> None:
        _set(self, "region", region)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "weekday", weekday)
        _set(self, "day", day)
        _set(self, "month", month)
        _set(self, "year", year)

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end].strip()


def weekday_dates(doc: Document) -> List[DateMention]:
    """Every weekday-with-date of *doc* (found once per document:
    :meth:`~lintnews.text.document.Document.memo`)."""
    return doc.memo("figures.weekday-dates", _weekday_dates)


def _weekday_dates(doc: Document) -> List[DateMention]:
    found = []
    dated = None
    for region in doc.regions:
        text = region.text
        if not _may_hold_date(text):
            continue
        stems = _day_stems(text)
        if not stems:
            continue
        here = len(found)
        for m in _matches(text, stems):
            g = m.groupdict()
            day, mon = g.get("day2") or g.get("day"), g.get("mon2") or g.get("mon")
            found.append(DateMention(
                region, m.start(), m.end(), WEEKDAYS[m.group("wd").lower().rstrip(".")],
                int(day), MONTHS[mon.lower().rstrip(".")],
                int(m.group("year")) if m.group("year") else None,
            ))
        if any(_beside_number(text, at) for at in stems):
            if dated is None:
                dated = _dates_by_region(doc)
            found.extend(_any_style(region, text, found[here:], dated.get(id(region), ())))
    return found


def _dates_by_region(doc: Document) -> dict:
    """The dates the figure reader read, by region (read once per document)."""
    from lintnews.analysis.figures.reader import read_figures  # (the reader imports this module)

    out: dict = {}
    for f in read_figures(doc):
        if f.kind == "date" and f.mention is not None:
            out.setdefault(id(f.region), []).append(f.mention)
    return out


#: A weekday written right before a date ("Friday, ", "Fri ", "Friday the ") or right after
#: one ("(Friday)", ", a Friday", " - a Friday", ", which was a Friday").
_WD_BEFORE_DATE = lazyre.compile(rf"{_WD},?\s+(?:the\s+)?$")
_WD_AFTER_DATE = lazyre.compile(rf"(?:\s*\(\s*(?:a\s+)?|,\s+(?:a|which\s+(?:is|was|will\s+be)\s+a)\s+|\s+[-\u2013\u2014]\s+a\s+"
                                rf"|,?\s+(?:is|was|will\s+be|falls\s+on|fell\s+on)\s+a\s+)"
                                rf"{_WD}\b")
_NUMERIC = lazyre.compile(r"[0-3]?\d[/.-][01]?\d[/.-]\d{4}")
_WD_ONLY = _WD.replace("(?P<wd>", "(?:")
#: A weekday right before a number ("Fri 12/06", "Friday, the 12th") ...
_WD_THEN_NUMBER = lazyre.compile(rf"{_WD_ONLY},?\s+(?:the\s+)?\d")
#: ... or a number and the words that set a weekday after a date ("2025-06-23, a ", "(a ").
_NUMBER_THEN_WD = lazyre.compile(r"\d(?:\s*\(\s*(?:a\s+)?|,?\s+(?:a|is\s+a|was\s+a|will\s+be\s+a|falls\s+on\s+a|"
                                 r"fell\s+on\s+a|which\s+(?:is|was|will\s+be)\s+a)\s+|\s+[-\u2013\u2014]\s+a\s+)$")


def _beside_number(text: str, at: int) -> bool:
    """Whether the weekday stem at *at* stands right before a number or right after a
    number and the words that set a weekday after a date: the only places
    :func:`_any_style` looks (a bounded test at each weekday, not a scan of the text)."""
    return _WD_THEN_NUMBER.match(text, at) is not None \
        or _NUMBER_THEN_WD.search(text, max(0, at - 30), at) is not None


def _any_style(region: Region, text: str, known: List[DateMention], dates) -> List[DateMention]:
    """Weekdays beside a date in any style the calendar reader knows ("2025-06-23, a
    Tuesday", "Tue 23/06/2025"), besides the written-out dates found above. A date in
    figures whose day and month may be read either way ("05/09/2025") is taken only when
    neither reading gives the weekday's day."""
    out: List[DateMention] = []
    for c in dates:
        if c.kind != "date" or c.day is None or c.month is None or c.year is None:
            continue
        if any(k.start <= c.start < k.end or c.start <= k.start < c.end for k in known):
            continue
        m = _WD_BEFORE_DATE.search(text, max(0, c.start - 16), c.start)
        start, end = (m.start(), c.end) if m is not None else (c.start, 0)
        if m is None:
            m = _WD_AFTER_DATE.match(text, c.end)
            if m is None:
                continue
            end = m.end()
        weekday = WEEKDAYS[m.group("wd").lower().rstrip(".")]
        if _NUMERIC.fullmatch(c.text) and c.day <= 12:
            try:
                if dt.date(c.year, c.day, c.month).weekday() == weekday:
                    continue  # "05/09/2025" read month first
            except ValueError:
                pass
        out.append(DateMention(region, start, end, weekday, c.day, c.month, c.year))
    return out


def _may_hold_date(text: str) -> bool:
    """False when *text* holds no digit, which every pattern needs for the day. In ASCII
    text one substring test per digit (at memory speed) answers; half the paragraphs of
    news copy hold none."""
    if text.isascii():
        return _holds_ascii_digit(text)
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
    if any(_may_follow_date(text, at) for at in stems) and _DAY_AFTER_DATE.search(text):
        yield from PATTERNS[3].finditer(text)


def _may_follow_date(text: str, at: int) -> bool:
    """False only when no match of ``_DAY_AFTER_DATE`` ends with the weekday stem at *at*:
    before the stem and any white space there, every match ends in "(" or in the "a" of
    "a Monday". (The pattern opens with "(", "," or white space: a search of it stops at
    every space of the paragraph.)"""
    k = at
    while k and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in "(a"


def month_name(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


class YearContext:
    """Where a date without a year gets its year from."""

    def __init__(self, doc: Document, published: Optional[dt.date],
                 source: str = "the --date option or config 'date'") -> None:
        """*published*: the publication date from the configuration (``--date``, ``date:``),
        or one the draft gives (*source* says which)."""
        self.doc = doc
        self._configured = published
        self._source = source
        self._published: Optional[Tuple[dt.date, str]] = None
        self._draft_year: Optional[int] = None
        self._draft_months: Optional[Tuple[int, int]] = None
        self._resolved = False

    def _resolve(self) -> None:
        if self._resolved:
            return
        self._resolved = True
        if self._configured is not None:
            self._published = (self._configured, self._source)
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
        found = [(m.group(0), int(m.group(1) or m.group(2))) for m in _DATED.finditer(text)]
        years = {y for _, y in found}
        if len(years) == 1:
            self._draft_year = years.pop()
            months = [MONTHS[w.lower()] for text_, _ in found for w in _MONTH_WORDS.findall(text_)]
            self._draft_months = (min(months), max(months)) if months else None

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
            year = self._draft_year
            first, last = self._draft_months or (month, month)
            # a date early in the year in a draft dated late in it may be in the next
            # ("opened on 28 November 2026 ... until Sunday 10 January"), and the reverse
            other = [year + 1] if month <= 3 and last >= 10 else [year - 1] if month >= 10 and first <= 3 else []
            return [year] + other, f" (year {year} from the draft)"
        return [], ""


def draft_date(doc: Document, published: Optional[dt.date] = None) -> Optional[Tuple[dt.date, str]]:
    """The date a draft is written for, and where it came from: the publication date
    configured (*published*), else the front matter's ``date:``, else a dateline opening
    the body ("KENDAL, 4 March 2026 -", "March 4, 2026 -"); None without one."""
    if published is not None:
        return published, "the publication date"
    value = doc.front_matter_get("date")
    if value is not None:
        try:
            return parse_date(value if not isinstance(value, str) else value[:10], "front matter"), \
                "the front matter date"
        except ConfigError:
            pass
    for region in doc.regions[:4]:
        m = _DATELINE.match(region.text)
        if m is None:
            continue
        month = _month_number(m.group("m") or m.group("m2"))
        try:
            return dt.date(int(m.group("y")), month, int(m.group("d") or m.group("d2"))), "the dateline"
        except (TypeError, ValueError):
            return None
    return None


def _month_number(name: str) -> int:
    key = name.lower()[:3]
    return next(i for i, full in enumerate(_FULL_NAMES, 1) if full.startswith(key))


# --------------------------------------------------------------------------- calendar mentions

#: Month names as news copy writes them (capitalised; abbreviations with or without a stop).
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
#: The same with the full names in capitals, for a month written with its day or year
#: ("JANUARY 12th, 2016").
_FULL_NAMES = "january february march april may june july august september october november december".split()
_MONTH_WORD_DATED = r"(?:" + _MONTH_WORD + "|" + "|".join(m.upper() for m in _FULL_NAMES) + ")"
_YEAR_WORD = r"(?:1[5-9]\d\d|20\d\d)"
_ORD = r"(?:st|nd|rd|th)?"
#: One pass per region finds every calendar mention, longest reading first at each place:
#: "3 March 2025", "March 3, 2025", "3 March", "March 3", "March 2022", a month after a
#: preposition ("from June to September"), ISO dates, and times of day ("06:00",
#: "9.30am", "8pm", "noon").
_CALENDAR = lazyre.compile(
    rf"\b(?P<d1>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<m1>{_MONTH_WORD_DATED})(?:,?\s+(?P<y1>{_YEAR_WORD}))?(?![\w-])"
    rf"|\b(?P<m2>{_MONTH_WORD_DATED})\s+(?P<d2>[0-3]?\d){_ORD}(?!\s*(?:%|per\b|[-–]?\s*(?:year|month|week|day)s?\b))"
    rf"(?![\d:,.]\d)(?:,?\s+(?P<y2>{_YEAR_WORD}))?\b"
    rf"|\b(?P<m3>{_MONTH_WORD_DATED})\s+(?:of\s+)?(?P<y3>{_YEAR_WORD})\b"
    rf"|\b(?P<m4>{_MONTH_WORD})(?![\w-])"
    rf"|\b(?P<iy>(?:19|20)\d\d)[-/](?P<im>[01]?\d)[-/](?P<id>[0-3]?\d)\b(?![-/.]\d)"
    rf"|(?<![\w/.-])(?P<nd>[0-3]?\d)(?P<sep>[/.-])(?P<nm>[01]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d)\b(?![-/.]\d)"
    r"|(?<![\w.:£$€])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)(?::[0-5]\d)?|\.(?P<mi2>[0-5]\d)(?=\s?[ap]\.?m\b))"
    r"(?:\s?(?P<ap>[ap])\.?m\b\.?)?(?![\d:]|\.\d)(?:\s?(?:GMT|BST|UTC|CET|EST|local\s+time)\b)?"
    r"|(?<![\w.:£$€])(?P<h2>1[0-2]|0?[1-9])\s?(?P<ap2>[ap])\.?m\b\.?"
    r"|\b(?P<noon>noon|midday|midnight)\b"
)
#: Words before a month named alone: "from June", "in March", "mid-March", "last April".
_MONTH_LEAD = lazyre.compile(r"\b(?:in|from|to|until|till|since|between|and|through|by|of|last|next|this|early|"
                             r"late|end|start|before|after|or|during)\s+$|\bmid-$", re.I)
#: A dateline: "KENDAL, 4 March 2026 -", "4 March 2026:", "March 4, 2026 (Reuters) -".
_DATELINE = lazyre.compile(r"\s*(?:[A-Z][A-Z.'’ -]{1,30},\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                           r"(?:(?P<d>[0-3]?\d)\s+(?P<m>" + _MONTH_WORD + r")|(?P<m2>" + _MONTH_WORD + r")\s+"
                           r"(?P<d2>[0-3]?\d),?)\s+(?P<y>(?:19|20)\d\d)\s*(?:\([^)]{1,30}\)\s*)?[-–—:]")
#: A weekday written on its own ("on Saturday"), for the day of a time: what
#: ``\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`` matches, found by
#: :func:`_weekday_words` at the "day" they end with.
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")


def _weekday_words(text: str) -> Iterator[Tuple[int, int]]:
    """The spans of the weekdays written whole in *text* ("on Saturday"), in order: found
    at each "day" (a substring search, in C) that ends a word, by the stem before it. (A
    pattern that opens with a word boundary is tried at every character.)"""
    at = text.find("day")
    while at >= 0:
        end = at + 3
        if end == len(text) or not _is_word_char(text[end]):
            for stem in _WEEKDAY_STEMS:
                start = at - len(stem)
                if start >= 0 and text.startswith(stem, start, at) and (start == 0 or not _is_word_char(text[start - 1])):
                    yield start, end
                    break
        at = text.find("day", end)


def _is_word_char(c: str) -> bool:
    """What ``\\w`` matches (in a pattern of ``str``)."""
    return c.isalnum() or c == "_"


class CalendarMention(FrozenRecord):
    """A date, month or time of day as written, with region offsets.

    ``kind`` is ``date`` (a day of a month, with or without its year), ``month`` (a month,
    with or without its year: "March 2022", "from June"), ``time`` (a time of day, in
    ``minutes`` after midnight) or ``weekday`` (a weekday named alone: "on Saturday")."""

    region: Region
    start: int
    end: int
    kind: str
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]
    minutes: Optional[int]
    weekday: Optional[int]

    __slots__ = ("region", "start", "end", "kind", "year", "month", "day", "minutes", "weekday")

    def __init__(
        self,
        region: Region,
        start: int,
        end: int,
        kind: str,
        year: Optional[int] = None,
        month: Optional[int] = None,
        day: Optional[int] = None,
        minutes: Optional[int] = None,
        weekday: Optional[int] = None,
    ) -> None:
        _set(self, "region", region)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "kind", kind)
        _set(self, "year", year)
        _set(self, "month", month)
        _set(self, "day", day)
        _set(self, "minutes", minutes)
        _set(self, "weekday", weekday)

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end]


def calendar_mentions(region: Region) -> List[CalendarMention]:
    """Dates, months, times of day and lone weekdays of *region*, in text order."""
    text = region.text
    out: List[CalendarMention] = []
    spoken = "clock" in text or "half past " in text or "quarter past " in text or "quarter to " in text
    if not spoken and not _may_hold_calendar(text):
        return out
    for m in (_calendar_matches(text) if not spoken or _may_hold_calendar(text) else ()):
        g = m.group
        if g("h") is not None or g("h2") is not None:
            out.append(_time(region, m))
            continue
        if g("noon"):
            minutes = 0 if g("noon").lower() == "midnight" else 12 * 60
            out.append(CalendarMention(region, m.start(), m.end(), "time", minutes=minutes))
            continue
        if g("iy") or g("ny"):
            # ISO order, or day first as British copy writes it ("21/04/2016"); a first
            # number above 12 before one of at most 12 is read the American way
            year = int(g("iy") or g("ny"))
            month, day = (int(g("im")), int(g("id"))) if g("iy") else (int(g("nm")), int(g("nd")))
            if month > 12 and day <= 12:
                month, day = day, month
            if 1 <= month <= 12 and 1 <= day <= 31:
                out.append(CalendarMention(region, m.start(), m.end(), "date", year, month, day))
            continue
        mon = g("m1") or g("m2") or g("m3") or g("m4")
        month = MONTHS[mon.lower().rstrip(".")]
        if g("m4") and not _MONTH_LEAD.search(text, max(0, m.start() - 12), m.start()):
            continue  # a month named alone counts only after a preposition: "from June", "mid-March"
        year = g("y1") or g("y2") or g("y3")
        day = g("d1") or g("d2")
        if day is not None and not 1 <= int(day) <= 31:
            continue
        kind = "date" if day is not None else "month"
        out.append(CalendarMention(region, m.start(), m.end(), kind, int(year) if year else None, month,
                                   int(day) if day else None))
    if spoken:
        out = _spoken_times(region, text, out)
    if out:
        out = _range_starts(region, text, out)
    if out and ("day" in text):
        starts = [c.start for c in out]
        for start, end in _weekday_words(text):
            k = bisect.bisect_right(starts, start) - 1
            if not (k >= 0 and out[k].start <= start < out[k].end):
                out.append(CalendarMention(region, start, end, "weekday", weekday=WEEKDAYS[text[start:end].lower()]))
        out.sort(key=lambda c: c.start)
    return out


_HOUR_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])"
#: A time of day in words: "nine o'clock", "half past one", "a quarter to six", "ten
#: o'clock in the evening".
_SPOKEN_TIME = lazyre.compile(
    rf"\b(?:(?P<h>{_HOUR})\s+o['’]clock|(?P<frac>half|(?:a\s+)?quarter)\s+(?P<dir>past|to)\s+(?P<h2>{_HOUR})\b)"
    r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+at\s+night\b)?", re.I)


def _spoken_times(region: Region, text: str, found: List[CalendarMention]) -> List[CalendarMention]:
    """Times of day in words, added to *found*. Without "in the morning/afternoon/evening"
    the hour is read on a twelve-hour clock after the time written just before it in the
    paragraph ("from nine o'clock until half past one": 13:30), else as written."""
    for m in _SPOKEN_TIME.finditer(text):
        if any(c.start <= m.start() < c.end for c in found):
            continue
        word = (m.group("h") or m.group("h2")).lower()
        hour = _HOUR_WORDS.get(word) or int(word)
        minute = 0
        if m.group("frac"):
            minute = 30 if m.group("frac").lower() == "half" else 15
            if m.group("dir").lower() == "to":
                hour, minute = hour - 1, 60 - minute
        part = (m.group("part") or "").lower() or ("evening" if m.group().lower().endswith("night") else "")
        if part in ("afternoon", "evening") and hour < 12:
            hour += 12
        elif not part:
            before = [c for c in found if c.kind == "time" and c.end <= m.start() and m.start() - c.end < 120]
            if before and before[-1].minutes is not None and hour * 60 + minute < before[-1].minutes and hour < 12:
                hour += 12
        found.append(CalendarMention(region, m.start(), m.end(), "time", minutes=(hour % 24) * 60 + minute))
        found.sort(key=lambda c: c.start)
    return found


def _range_starts(region: Region, text: str, found: List[CalendarMention]) -> List[CalendarMention]:
    """The first day of a range that names its month once: "from 2 to 15 September",
    "between 3 and 28 March", "4-19 August 2025" (the 2, 3 and 4 are days of the month
    after them)."""
    extra = []
    for c in found:
        if c.kind != "date" or c.day is None or c.start < 2:
            continue
        gap = text[max(0, c.start - 9) : c.start]
        if "-" not in gap and "–" not in gap and "to" not in gap and "and" not in gap and "til" not in gap \
                and "through" not in text[max(0, c.start - 12) : c.start]:
            continue
        m = _DAY_BEFORE.search(text, max(0, c.start - 24), c.start)
        if m is None:
            continue
        day = int(m.group("d"))
        if not 1 <= day < c.day or m.group("sep") not in ("-", "–") and not m.group("lead"):
            continue
        extra.append(CalendarMention(region, m.start("d"), m.end("d"), "date", c.year, c.month, day))
    if not extra:
        return found
    return sorted(found + extra, key=lambda c: c.start)


_DAY_BEFORE = lazyre.compile(r"(?:(?P<lead>\b(?:from|between)\s+))?(?<![\w.,:£$€/-])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                             r"\s*(?P<sep>to|and|until|till|through|-|–)\s*$", re.I)


#: Where a calendar mention may start: a digit, the first letters of a month, or "noon",
#: "midday", "midnight"; _CALENDAR itself is then tried only at these places. The same
#: matches as ``[0-9]+|Jan|Feb|...|DEC``, written to open with one character class, which
#: ``re`` skips to in C (an alternation of a class and words it tries at every character):
#: the class takes the first character, and a look-behind at it chooses the rest.
_MONTH_RESTS = (
    r"(?<=J)(?:an|un|ul|AN|UN|UL)|(?<=F)(?:eb|EB)|(?<=M)(?:ar|ay|AR|AY)|(?<=A)(?:pr|ug|PR|UG)|(?<=S)(?:ep|EP)"
    r"|(?<=O)(?:ct|CT)|(?<=N)(?:ov|OV)|(?<=D)(?:ec|EC)"
)
_CANDIDATE = lazyre.compile(r"[0-9JFMASOND](?:(?<=[0-9])[0-9]*|" + _MONTH_RESTS + ")")
#: The same for texts that hold "noon", "midday" or "midnight" (a substring test decides).
_CANDIDATE_NOON = lazyre.compile(
    r"[0-9JFMASONDnm](?:(?<=[0-9])[0-9]*|" + _MONTH_RESTS + r"|(?<=n)oon|(?<=m)id(?:day|night))"
)


def _calendar_matches(text: str) -> Iterator["re.Match[str]"]:
    """What ``_CALENDAR.finditer(text)`` finds: every match starts at a digit that opens
    a number, at a month's name or at "noon", "midday" or "midnight", so the pattern is
    tried only there (a test holds the two to each other). A pattern that opens with a
    digit class or capital letters is scanned for in C; lower-case candidates ("noon")
    are added only to texts that hold them."""
    match = _CALENDAR.match
    end = 0
    candidates = _CANDIDATE_NOON if ("noon" in text or "midday" in text or "midnight" in text) else _CANDIDATE
    for c in candidates.finditer(text):
        at = c.start()
        if at < end:
            continue
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # inside a word or a number: no match starts here
        if text[at].isdigit() and not _may_follow_number(text, c.end()):
            continue  # a number that no time, day or date goes on from (most of them)
        m = match(text, at)
        if m is not None:
            end = m.end()
            yield m


def _may_follow_number(text: str, end: int) -> bool:
    """False only when no calendar match can start at the number ending at *end*: a time
    goes on with ":", "." or "am"/"pm"; a numeric date with "/", "-" or "."; a day with
    an optional ordinal, "of" and a month (which starts with a capital)."""
    c = text[end : end + 1]
    if c in (":", ".", "/", "-"):
        return True
    at = _SPACES.match(text, end).end()
    if text[at : at + 1] in ("a", "p", "A", "P"):
        return True
    if text[at : at + 2].lower() in ("st", "nd", "rd", "th"):
        at = _SPACES.match(text, at + 2).end()
    if text[at : at + 2] == "of":
        at = _SPACES.match(text, at + 2).end()
    return text[at : at + 1].isupper()


_SPACES = lazyre.compile(r"\s*")


def _time(region: Region, m: "re.Match[str]") -> CalendarMention:
    g = m.group
    hour = int(g("h") if g("h") is not None else g("h2"))
    minute = int(g("mi") or g("mi2") or 0)
    ap = (g("ap") or g("ap2") or "").lower()
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return CalendarMention(region, m.start(), m.end(), "time", minutes=hour * 60 + minute)


def _may_hold_calendar(text: str) -> bool:
    """False only when *text* can hold no calendar mention: every one holds a month's
    name (capitalised: "Jan" to "Dec", or in capitals), a colon or a time's "am"/"pm"
    after a digit, two separators of a numeric date, or "noon", "midday", "midnight".
    Most paragraphs hold none of these (substring tests, then two searches, in C)."""
    if ":" in text or "noon" in text or "midday" in text or "midnight" in text or _holds_month_start(text):
        return True
    # (a time or a numeric date opens with an ASCII digit: half the paragraphs hold none)
    if not _holds_ascii_digit(text):
        return False
    if text.isascii():
        # (the copy with every digit made "0": a pattern that opens with a literal, which the
        # regex engine skips to in C; a class is tested at every character)
        return _ZEROED_TIME_OR_NUMERIC_DATE.search(text.encode("ascii").translate(_DIGITS_AS_ZERO)) is not None
    return _TIME_OR_NUMERIC_DATE.search(text) is not None


def _holds_ascii_digit(text: str) -> bool:
    """Whether *text* holds one of "0" to "9" (substring tests, at memory speed)."""
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text
            or "6" in text or "7" in text or "8" in text or "9" in text)


_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "JAN", "FEB",
                 "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
#: Any of ``_MONTH_STARTS``: one scan for the capitals they open with (in C), several times
#: faster than a substring test of each in turn.
_MONTH_START = lazyre.compile("|".join(_MONTH_STARTS))
_MONTH_START_SET = frozenset(_MONTH_STARTS)
#: A byte table that makes the capitals a month's name opens with a "#" (and keeps every
#: other byte); and a month's first three letters as that copy holds them ("JAN" is "###"):
#: a pattern that opens with a literal, which the regex engine skips to in C.
_MONTH_CAPITALS = bytes.maketrans(b"ADFJMNOS", b"########")
_MONTH_MARKED = lazyre.compile(b"#(?:" + b"|".join(sorted({m.encode("ascii").translate(_MONTH_CAPITALS)[1:]
                                                             for m in _MONTH_STARTS})) + b")")


def _holds_month_start(text: str) -> bool:
    """``_MONTH_START.search(text) is not None``. In ASCII text the capitals a month opens
    with are made "#" in one translated copy, which is searched for a "#" and the rest of a
    month's start ("Man" is found there too: the three characters of the text decide)."""
    if not text.isascii():
        return _MONTH_START.search(text) is not None
    marked = text.encode("ascii").translate(_MONTH_CAPITALS)
    search = _MONTH_MARKED.search
    hit = search(marked)
    while hit is not None:
        at = hit.start()
        if text[at : at + 3] in _MONTH_START_SET:
            return True
        hit = search(marked, at + 1)
    return False


_TIME_OR_NUMERIC_DATE = lazyre.compile(r"[0-9]\s?[apAP]\.?[mM]|[0-9][/.-][0-9]{1,2}[/.-][0-9]")
#: ``_TIME_OR_NUMERIC_DATE`` for ASCII text with every digit made "0" (``\s`` written out as
#: what it matches in ASCII text).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_ZEROED_TIME_OR_NUMERIC_DATE = lazyre.compile(rb"0[\t-\r\x1c-\x1f ]?[apAP]\.?[mM]|0[/.-]0{1,2}[/.-]0")
