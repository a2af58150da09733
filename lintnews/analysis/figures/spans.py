"""Time spans: two times or dates that bound a period, and the duration stated for it.

:func:`span_statements` finds

* in one sentence, a span and a duration: "from 06:00 on Saturday to 18:00 on Sunday,
  ... a period of 30 hours", "lasted five hours, from 09:10 to 12:40", "from 9 August to
  25 August, a closure of just over a week", "between June and September, a five-month
  spree", "on 4 March but not until 18 March, a delay of three weeks";
* in a table row, two times and a duration ("| 08:04 | 08:52 | 38 min |");
* across sentences, a span of an event and the duration given to the same event earlier:
  "a two-year refurbishment" ... "The refurbishment ran from March 2022 to March 2025".

:func:`span_range` gives the shortest and longest period (in seconds) the two ends allow:
a month or a day written without a time covers all of it, a day counted with both ends
or without, a time without a day before the start is on the next day.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Dict, List, Optional, Sequence, Tuple

from lintnews.analysis.figures.context import stem
from lintnews.analysis.figures.dates import draft_date
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Region, Sentence

__all__ = ["SpanStatement", "WeekdaySpan", "duration_range", "span_range", "span_statements", "weekday_spans"]

DAY = 86400.0
MONTH = 30.436875 * DAY
YEAR = 365.2425 * DAY


class SpanStatement:
    """A period from ``first`` to ``second`` and the ``duration`` stated for it."""

    first: Figure
    second: Figure
    duration: Figure
    how: str  # sentence | table | event

    __slots__ = ("first", "second", "duration", "how")

    def __init__(self, first: Figure, second: Figure, duration: Figure, how: str) -> None:
        self.first = first
        self.second = second
        self.duration = duration
        self.how = how

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"first={self.first!r}, "
            f"second={self.second!r}, "
            f"duration={self.duration!r}, "
            f"how={self.how!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.first, self.second, self.duration, self.how) == (
                other.first, other.second, other.duration, other.how
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value and mutable


def span_statements(doc: Document) -> List[SpanStatement]:
    figures = read_figures(doc)
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in figures:
        if f.sentence is None:
            continue
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    out: List[SpanStatement] = []
    events: List[Tuple[Figure, str]] = []  # compound durations and their nouns, for later spans
    spans: list = []  # spans given without a duration, and their sentence's words, for later durations
    heads: list = []  # a duration the headline gives alone, and its sentence
    previous: Optional[Tuple[Sentence, List[Figure]]] = None
    now: List[Optional[dt.date]] = []  # the draft's date, read once if needed
    done: List[Figure] = []  # dates something opened or was finished on, for a later "N months late"
    due: List[Figure] = []  # the last date something was due on ("was meant to open in May 2024")
    for sentence in order:
        found = by_sentence[id(sentence)]
        ends = _ends(sentence, found)
        durations = [f for f in found if f.kind == "duration" and f.quantity is not None]
        if durations and ("late" in sentence.text or "behind" in sentence.text or "overdue" in sentence.text):
            late = _late(sentence, found, durations, done, due)
            if late is not None:
                out.append(late)
        elif durations and done and ends is None and ("took" in sentence.text or "taken" in sentence.text):
            took = _took_since_start(sentence, found, durations, done)
            if took is not None:
                out.append(took)
        text = sentence.region.text
        for f in found:
            if f.kind == "date" and _DONE_BEFORE.search(text, max(sentence.start, f.qual_start - 45), f.qual_start):
                done.append(f)
            elif f.kind == "date" and _DUE_BEFORE.search(text, max(sentence.start, f.qual_start - 45), f.qual_start):
                due.append(f)
        done = done[-3:]
        due = due[-1:]
        if ends is None and durations:
            between = _between(sentence, found, durations)
            if between is not None:
                out.append(between)
        if ends is None and durations and previous is not None:
            later = _later_than_before(sentence, found, durations, previous)
            if later is not None:
                out.append(later)
        if ends is None and durations and previous is not None:
            started = _since_start_before(sentence, found, durations, previous)
            if started is not None:
                out.append(started)
        if ends is None and durations:
            relative = _relative(sentence, found, durations, previous)
            if relative is not None:
                out.append(relative)
            elif any((d.unit or "").startswith(("year", "decade")) for d in durations):
                if not now:
                    dated = draft_date(doc)
                    now.append(dated[0] if dated is not None else None)
                if now[0] is not None:
                    since = _since_now(sentence, found, durations, now[0])
                    if since is not None:
                        out.append(since)
        if ends is not None:
            first, second = ends
            stated = _stated_for(sentence, durations, first, second)
            if stated is None and not durations and previous is not None and first.kind != "year":
                stated = _stated_before(sentence, previous)
            if stated is not None:
                out.append(SpanStatement(first, second, stated, "sentence"))
            elif _resolved(first, second) or _clock_pair(first, second):
                event = _event_for(sentence, events) if _resolved(first, second) else None
                if event is None:
                    event = _event_next_to(sentence, events, first)
                if event is None and _resolved(first, second):
                    event = _headline_duration(sentence, heads)
                if event is not None:
                    out.append(SpanStatement(first, second, event, "event"))
                elif not durations:
                    spans.append((first, second, set(_WORDS.findall(sentence.text.lower()))))
        for d in durations:
            noun = _event_noun(d)
            if noun:
                events.append((d, noun))
                if ends is None:
                    # "The count began at 10pm and ended at 4am. ... the nine-hour count": the
                    # event named again after its span, in the next paragraph at most
                    for first, second, words in reversed(spans):
                        if (noun in words or stem(noun) in {stem(w) for w in words}) \
                                and d.region.index - first.region.index <= 2 \
                                and _unit_fits(d, first):
                            out.append(SpanStatement(first, second, d, "event"))
                            break
            if d.place in ("headline", "standfirst") and ends is None and len(durations) == 1:
                heads.append((d, sentence))
            if d.unit == "years" and ends is None:
                gap = _year_gap(sentence, found, d, previous)
                if gap is not None:
                    out.append(gap)
        events = events[-8:]
        spans = spans[-4:]
        previous = (sentence, found)
    out.extend(_table_rows(figures))
    return out


#: A delay counted from a due date: "19 months late", "a year behind schedule", "overdue".
_LATE_AFTER = lazyre.compile(r"(?:\s+(?:later\s+than\s+(?:planned|promised|scheduled|expected)|late|overdue|"
                             r"behind\s+(?:schedule|time)))\b", re.I)
#: The date a thing was due: "had been due to reopen in June 2025", "was meant to finish by May".
_DUE_BEFORE = lazyre.compile(r"\b(?:due|meant|supposed|scheduled|planned|expected|promised|set|originally)\b"
                             r"(?:\s+[a-z]+){0,3}?\s+(?:in|on|by|for)\s+$", re.I)
#: The date it happened: "reopened to visitors on Saturday 4 April", "was completed in".
_DONE_BEFORE = lazyre.compile(r"\b(?:opened|reopened|completed|finished|launched|delivered|arrived|unveiled|"
                              r"went\s+live|entered\s+service|came\s+into\s+force)\b(?:\s+[a-z]+){0,3}?\s+"
                              r"(?:in|on)\s+(?:[A-Z][a-z]+day\s+)?$")


def _late(sentence: Sentence, found: List[Figure], durations: List[Figure], done: List[Figure],
          due_before: List[Figure]) -> Optional[SpanStatement]:
    """ "The bridge had been due to reopen in March 2025 ... reopened in November 2025, eight
    months late": a delay from the date a thing was due to the date it happened, in the
    sentence or, for the date it happened, the last one an earlier sentence gives
    ("reopened to visitors on Saturday 4 April")."""
    text = sentence.region.text
    d = next((d for d in durations if _LATE_AFTER.match(text, d.end)), None)
    if d is None or d.approx or not (d.unit or "").startswith(("month", "year", "week", "day")):
        return None
    dates = [f for f in found if f.kind == "date" and f is not d]
    due = next((f for f in dates if _DUE_BEFORE.search(text, max(sentence.start, f.qual_start - 45), f.qual_start)), None)
    if due is None and due_before and sentence.region.index - due_before[-1].region.index <= 1:
        due = due_before[-1]  # "It was meant to open in May 2024. It finally opened in ..., 21 months late"
    if due is None:
        return None
    after = [f for f in dates if f is not due and f.date is not None and due.date is not None and f.date > due.date]
    if len(after) > 1:
        return None
    actual = after[0] if after else (done[-1] if done and done[-1].date is not None and due.date is not None
                                      and done[-1].date > due.date else None)
    if actual is None:
        return None
    return SpanStatement(due, actual, d, "sentence")


_TOOK_BEFORE = lazyre.compile(r"\b(?:took|has\s+taken|had\s+taken|have\s+taken)\s+(?:exactly\s+|just\s+|only\s+)?$", re.I)
_START_BEFORE = lazyre.compile(r"\b(?:began|begun|started|start|starting|got\s+under\s+way)\b(?:\s+[a-z]+){0,2}?\s+"
                               r"(?:in|on)\s+(?:[A-Z][a-z]+day\s+)?$")


def _took_since_start(sentence: Sentence, found: List[Figure], durations: List[Figure],
                      done: List[Figure]) -> Optional[SpanStatement]:
    """ "Work on the building began in May 2022, so the project took six years" after
    "opened to readers on Saturday 12 September 2026": the time from the start the sentence gives to the
    last date an earlier sentence says the thing was finished or opened."""
    text = sentence.region.text
    d = next((d for d in durations if _TOOK_BEFORE.search(text, max(sentence.start, d.qual_start - 20), d.qual_start)),
             None)
    if d is None or d.approx or not (d.unit or "").startswith(("month", "year", "week")):
        return None
    dates = [f for f in found if f.kind == "date"]
    if len(dates) != 1 or dates[0].date is None \
            or not _START_BEFORE.search(text, max(sentence.start, dates[0].qual_start - 45), dates[0].qual_start):
        return None
    end = done[-1]
    if end.date is None or end.date <= dates[0].date or sentence.region.index - end.region.index > 12:
        return None
    return SpanStatement(dates[0], end, d, "sentence")


#: A gap between two years: "after a gap of 14 years", "after nine years away", "14 years
#: later", "a 14-year absence".
_GAP_BEFORE = lazyre.compile(r"\b(?:after|following|ending)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:gap|break|absence|hiatus|"
                             r"pause|interval|wait|lay-off|layoff|exile)\s+of\s+(?:almost\s+|nearly\s+|more\s+than\s+|"
                             r"over\s+|just\s+over\s+|some\s+|about\s+)?$|\bafter\s+(?:almost\s+|nearly\s+|more\s+than\s+|"
                             r"over\s+|just\s+over\s+|some\s+|about\s+)?$", re.I)
_GAP_AFTER = lazyre.compile(r"\s+(?:later|on|away|out)\b|[\s-]+(?:gap|break|absence|hiatus|lay-?off)\b", re.I)


def _year_gap(sentence: Sentence, found: List[Figure], d: Figure,
              previous: Optional[Tuple[Sentence, List[Figure]]]) -> Optional[SpanStatement]:
    """ "She returned to the stage in 2001, after a gap of 14 years" after "surgery in
    1992": the years since the year the sentence before names (its only one)."""
    text = sentence.region.text
    if not (_GAP_BEFORE.search(text, max(sentence.start, d.qual_start - 40), d.qual_start)
            or _GAP_AFTER.match(text, d.end)):
        return None
    years = [f for f in found if f.kind == "year"]
    if len(years) != 1 or previous is None or not _next_to(previous[0], sentence):
        return None
    before = [f for f in previous[1] if f.kind == "year"]
    if len(before) != 1 or before[0].value >= years[0].value:
        return None
    y = years[0]
    lo, hi = (y.end, d.qual_start) if y.end <= d.qual_start else (d.end, y.qual_start)
    if hi - lo > 40 or _GAP_CLAUSE.search(text, lo, hi):
        return None  # "regained the seat two years later, and had to wait until 1970": another time
    return SpanStatement(before[0], y, d, "gap")


_GAP_CLAUSE = lazyre.compile(r"[;:]|\b(?:and|but|while|until|till|before|since)\b", re.I)


def _next_to(a: Sentence, b: Sentence) -> bool:
    if a.region is b.region:
        return b.index == a.index + 1
    return b.region.index == a.region.index + 1 and b.index == 0


# --------------------------------------------------------------------------- ends of a span


_SPAN_GAP = lazyre.compile(
    r"\s*(?:,\s*)?(?:(?:GMT|BST|local\s+time)\s+)?(?:on\s+(?:the\s+)?(?:\w+\s+)?)?"
    r"(?:to|until|till|through|and|-|–|but\s+(?:did|was|were|had)\s+not\s+(?:\w+\s+){0,4}?until"
    # "until police shut it down in June 2024", "until his death in 1995": the end's own clause
    r"|until\s+(?:[\w'’]+\s+){1,6}?(?:in|on))\s+"
    r"(?:on\s+|the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?$", re.I)
#: A part of a month before its name: "in early February", "at the end of September", "in mid-October".
_MONTH_PART = r"(?:(?:early|late|mid)[\s-]*|(?:end|start|beginning|middle)\s+of\s+)?"
#: "left at 21:40 and landed at 06:10", "began on 3 March and ended on 28 April".
_START_VERB = lazyre.compile(r"\b(?:left|departed|began|begun|begins|started|starts|opened|opens|took\s+off|set\s+off|"
                             r"starting|beginning|opening|departing|leaving|closing|shutting|"
                             r"kicked\s+off|set\s+out|went\s+in|arrived|hit|struck|broke\s+out|broke\s+down|went\s+down|"
                             r"went\s+off|failed|crashed|shut|closed|stopped|halted|suspended|cut\s+off|erupted|"
                             r"disappeared|vanished|went\s+missing|collapsed|sailed|sailing|set\s+sail|setting\s+(?:off|out|sail)|"
                             r"lifted\s+off|lifting\s+off|taking\s+off|"
                             r"leaving)\s+(?:(?:service|port|home|harbour|base|office|work)\s+)?(?:at|on|in)?\s*(?:the\s+)?"
                             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _MONTH_PART + "$", re.I)
_END_VERB = lazyre.compile(r"\b(?:landed|arrived|ended|ends|finished|finishes|closed|closes|stopped|came\s+out|returned|"
                           r"ending|finishing|closing|concluding|returning|reopening|resuming|landing|arriving|"
                           r"completed|completing|wrapped\s+up|wrapping\s+up|"
                           r"concluded|left|got\s+back|restored|resumed|reopened|re-opened|lifted|fixed|resolved|"
                           r"cleared|came\s+back|back\s+up|back\s+online|back\s+on|released|freed|rescued|found|"
                           r"extinguished|recovered|reconnected|called\s+off|came\s+home|coming\s+home|got\s+home|"
                           r"getting\s+back|coming\s+back|went\s+home|docked|docking|touched\s+down|touching\s+down)\s+"
                           r"(?:(?:service|port|home|harbour|base|office|work)\s+)?(?:at|on|in|by)?\s*(?:the\s+)?"
                           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _MONTH_PART + "$", re.I)
_AT_BEFORE = lazyre.compile(r"\b(?:at|on)\s+$")
#: "... and docked at", "... and the jury returned its verdict on": another verb of the same
#: thing, its own subject at most two words.
_AND_VERB_AT = lazyre.compile(r"(?:\s+\d{4})?,?\s+and\s+(?:the\s+[a-z]+\s+|it\s+|they\s+)?(?:then\s+)?[a-z]+"
                              r"(?:\s+[a-z'’]+){0,3}?\s+(?:at|on)\s+")
_YEAR_LEAD = lazyre.compile(r"\b(?:from|between)\s+$", re.I)
_SPAN_LEAD = lazyre.compile(r"\b(?:from|between|since|starting|began\s+on|begins\s+on|on)\s+(?:the\s+)?"
                            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?$", re.I)


def _ends(sentence: Sentence, found: List[Figure]) -> Optional[Tuple[Figure, Figure]]:
    """The two ends of a span in the sentence: "from A to B", "between A and B", "A-B",
    "on A ... until B"."""
    text = sentence.region.text
    points = [f for f in found if f.kind in ("time", "date", "year")]
    if len(points) > 2:
        # "07:00 on Monday 9 March": the date is the time's own day, not a point of the span
        owned = {f.day.start for f in points if f.kind == "time" and f.day is not None and f.day.kind == "date"}
        if owned:
            points = [f for f in points if not (f.kind == "date" and f.qual_start in owned or f.start in owned)]
    for i, a in enumerate(points[:-1]):
        b = points[i + 1]
        if a.kind != b.kind:
            continue
        if a.kind == "year":
            # two bare years are a span only as "from 1970 to 1995", "between 2003 and 2011"
            # (the reader keeps "from" as the year's own lead word)
            if _YEAR_LEAD.search(text, max(sentence.start, a.start - 10), a.start) \
                    and _SPAN_GAP.search(text, a.end, b.start) and b.value > a.value:
                return a, b
            continue
        gap_start = a.day.end if a.kind == "time" and a.day is not None and a.day.end > a.end and \
            a.day.start < b.start else a.end
        gap = text[gap_start : b.qual_start]
        if len(gap) > 70:
            continue
        if b.kind == "time" and b.day is not None and b.day.end <= b.start and b.day.start > gap_start:
            gap = text[gap_start : b.day.start]
        verbs = _START_VERB.search(text, max(sentence.start, a.qual_start - 30), a.qual_start) \
            and _END_VERB.search(gap) \
            or _AT_BEFORE.search(text, max(sentence.start, a.qual_start - 4), a.qual_start) \
            and _AND_VERB_AT.fullmatch(gap)  # "sailed at 7.15am and docked at 9.45am": any two verbs
        if not verbs and not _SPAN_GAP.search(gap) and not gap.strip() in ("-", "–"):
            continue
        lead = _SPAN_LEAD.search(text, max(sentence.start, a.qual_start - 20), a.qual_start)
        if lead is None and not verbs and "until" not in gap and gap.strip() not in ("-", "–"):
            continue
        return a, b
    return None


def _between(sentence: Sentence, found: List[Figure], durations: List[Figure]) -> Optional[SpanStatement]:
    """A duration between two times or dates that says which came first: "The line
    reopened at 10:05, five hours after it was shut at 06:35"; "It was shut on 3 May,
    three weeks before it reopened on 24 May"."""
    text = sentence.region.text
    points = [f for f in found if f.kind in ("time", "date")]
    if len(points) != 2 or points[0].kind != points[1].kind:
        return None
    a, b = points
    for d in durations:
        if not (a.end <= d.qual_start and d.end <= b.qual_start):
            continue
        m = _AFTER_BEFORE.match(text, d.end, b.qual_start)
        if m is None or _CLAUSE_BREAK.search(text, a.end, d.qual_start):
            continue
        if m.group("w").lower() in ("after", "since"):
            return SpanStatement(b, a, d, "sentence")
        return SpanStatement(a, b, d, "sentence")
    return None


_AFTER_BEFORE = lazyre.compile(r"\s+(?:later\s*,?\s+)?(?P<w>after|since|before)\b(?:\s+[\w'’]+){0,6}?,?\s+(?:at|on|of)\s+"
                               r"(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)


def _later_than_before(sentence: Sentence, found: List[Figure], durations: List[Figure],
                       previous: Tuple[Sentence, List[Figure]]) -> Optional[SpanStatement]:
    """ "The blaze broke out at 2pm. It was not under control until 4.30pm, two and a half
    hours later": the one time of this sentence, the duration right after it with "later",
    and the one time of the sentence just before."""
    before, found_before = previous
    if not _next_to(before, sentence):
        return None
    times = [f for f in found if f.kind == "time"]
    earlier = [f for f in found_before if f.kind == "time"]
    if len(times) != 1 or len(earlier) != 1 or len(durations) != 1:
        return None
    t, d = times[0], durations[0]
    text = sentence.region.text
    if _ZONE.search(text, sentence.start, sentence.end) or _ZONE.search(before.region.text, before.start, before.end):
        return None  # "landed in Rome at 11am local time": clocks of two places
    if d.qual_start < t.end:
        return None
    day = _DAY_AFTER_TIME.match(text, t.end, d.qual_start)
    gap = day.end() if day else t.end
    if not (_LATER_RIGHT_AFTER.fullmatch(text, gap, d.qual_start) and _LATER.match(text, d.end)
            or _AFTER_RIGHT_AFTER.fullmatch(text, gap, d.qual_start)
            and not _NOT_THE_SPAN_AFTER.match(text, d.end) and not _EACH_AFTER.match(text, d.end)):
        return None
    return SpanStatement(earlier[0], t, d, "sentence")


_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_SEASON = r"(?:(?:early|late|mid)[\s-]*)?(?:(?:the\s+)?(?:spring|summer|autumn|winter|fall)\s+(?:of\s+)?)?"
#: The end of a period given after its duration: "for seven weeks until Saturday 12
#: December", "had been frozen for six days when a judge lifted the order on Thursday 8
#: October", "will take three years, finishing in autumn 2028".
_DURATION_TO_END = lazyre.compile(
    r"(?:\s+(?!and\b|but\b|while\b|after\b|before\b|since\b)[a-z][\w'’-]*){0,3}?\s*,?\s+(?:until|till|through|to)\s+"
    r"(?:the\s+)?" + _WEEKDAY + "$"
    r"|\s+when\b(?:\s+(?!and\b|but\b)[\w'’-]+){1,8}?\s+(?:on|in)\s+(?:the\s+)?" + _WEEKDAY + "$"
    r"|\s*,\s*(?:finishing|ending|completing|closing|concluding|to\s+(?:finish|end|be\s+completed))\s+(?:on|in|by)\s+"
    r"(?:the\s+)?" + _WEEKDAY + _SEASON + "$", re.I)
#: The start of that period in an earlier sentence: "The fair opened on Saturday 24
#: October", "accounts were frozen on 2 October", "Work started in autumn 2025".
_STARTED_ON = lazyre.compile(
    r"\b(?:opened|began|started|launched|was\s+(?:frozen|seized|suspended|closed|shut|halted)|"
    r"were\s+(?:frozen|seized|suspended|closed|shut|halted)|went\s+on\s+strike|walked\s+out|broke\s+ground|"
    r"got\s+under\s+way|began\s+work)(?:\s+(?!and\b|but\b|until\b)[a-z][\w'’-]*){0,3}?\s+(?:on|in)\s+(?:the\s+)?"
    + _WEEKDAY + _SEASON + "$", re.I)
_FOR_DURATION = lazyre.compile(r"\b(?:for|take|takes|took|last|lasts|lasted|run\s+for|runs\s+for|ran\s+for)\s+"
                               r"(?:about\s+|almost\s+|nearly\s+|some\s+|just\s+over\s+|just\s+under\s+)?$", re.I)


def _since_start_before(sentence: Sentence, found: List[Figure], durations: List[Figure],
                        previous: Tuple[Sentence, List[Figure]]) -> Optional[SpanStatement]:
    """A period's duration and its end in this sentence, its start the one date of an
    earlier sentence (two paragraphs back at most) that says what began then: "The fair
    opened on Saturday 24 October. ... It will run for five weeks until Saturday 12
    December" (seven weeks)."""
    before, found_before = previous
    if before.region is not sentence.region and sentence.region.index - before.region.index > 2:
        return None
    points = [f for f in found if f.kind in ("date", "year")]
    if len(durations) != 1 or len(points) != 1:
        return None
    d, b = durations[0], points[0]
    if b.qual_start < d.end or b.qual_start - d.end > 90:
        return None
    text = sentence.region.text
    if not _FOR_DURATION.search(text, max(sentence.start, d.qual_start - 14), d.qual_start) \
            or not _DURATION_TO_END.search(text, d.end, b.qual_start):
        return None
    if b.kind == "year" and not (d.unit or "").startswith(("year", "decade")):
        return None
    starts = [f for f in found_before if f.kind == b.kind]
    if len(starts) != 1:
        return None
    a = starts[0]
    if not _STARTED_ON.search(a.region.text, max(before.start, a.qual_start - 50), a.qual_start):
        return None
    return SpanStatement(a, b, d, "sentence")


def _relative(sentence: Sentence, found: List[Figure], durations: List[Figure],
              previous: Optional[Tuple[Sentence, List[Figure]]]) -> Optional[SpanStatement]:
    """A date or year given as a period after an earlier one: "admitted on 2 March and
    discharged ten days later, on 12 March"; "raided on 23 April. Three weeks later, on 14
    May, ..." (the one date of the sentence before); "relegated in 1982 and promoted in
    1994, 12 years later"; "Built in 1870, it was rebuilt 55 years later, in 1925"; "In
    2009, 14 years after the 1995 merger"; "closed in 1958, 57 years after it opened in
    1901". The start is the nearest date (or year) before, in the sentence or else the one
    of the sentence just before."""
    text = sentence.region.text
    points = [f for f in found if f.kind in ("date", "year")]
    if not points or len(durations) != 1:
        return None
    d = durations[0]
    unit = d.unit or ""
    for b in points:
        if b.kind == "year" and not unit.startswith(("year", "decade")) or \
                b.kind == "date" and not unit.startswith(("day", "week", "fortnight", "month")):
            continue
        if b.qual_start >= d.end:
            m = _LATER_THEN.fullmatch(text, d.end, b.qual_start)
            if m is None:
                if b.kind == "year" and _AFTER_YEAR.fullmatch(text, d.end, b.qual_start):
                    # "In 2009, 14 years after the 1995 merger": the later year before the duration
                    a = [f for f in points if f.kind == "year" and f.end <= d.qual_start]
                    if len(a) == 1 and len(points) == 2 and a[0].value > b.value \
                            and not _CLAUSE_BREAK.search(text, a[0].end, d.qual_start) \
                            and d.qual_start - a[0].end < 40:
                        return SpanStatement(b, a[0], d, "relative")
                continue
            lead = d.qual_start
        elif b.end <= d.qual_start and _LATER_AFTER_POINT.fullmatch(text, b.end, d.qual_start) \
                and _LATER_WORD.match(text, d.end):
            lead = b.qual_start
        elif b.kind == "year" and b.end <= d.qual_start and _AFTER_YEARS.fullmatch(text, b.end, d.qual_start) \
                and _OF_ACTIVITY.match(text, d.end):
            lead = b.qual_start  # "founded in 1962 and closed in 2009, after 47 years of activity"
        elif b.kind == "year" and b.end <= d.qual_start and d.qual_start - b.end < 40 \
                and _LASTED_YEARS.search(text, max(sentence.start, d.qual_start - 25), d.qual_start) \
                and not _CLAUSE_BREAK_STRONG.search(text, b.end, d.qual_start) \
                and len([f for f in points if f.kind == "year"]) == 2 and b is points[-1]:
            lead = b.qual_start  # "Built in 1899 and demolished in 1971, the stand lasted 72 years"
        else:
            continue
        before = [f for f in points if f.kind == b.kind and f.end <= lead and f is not b]
        if b.kind == "year" and not before:
            # "burned down on 3 August 1887 and was rebuilt five years later, in 1890": the
            # year of a full date before
            dated = [f for f in points if f.kind == "date" and f.end <= lead and f.mention is not None
                     and f.mention.year is not None]
            if dated:
                f = dated[-1]
                before = [Figure(f.region, f.start, f.end, "year", float(f.mention.year), sentence=f.sentence)]
        if before:
            a = before[-1]
            brk = _CLAUSE_BREAK_STRONG.search(text, a.end, lead)
            if brk is not None and not (brk.group() == ";" and not _CLAUSE_BREAK_STRONG.search(text, brk.end(), lead)):
                return None  # (but "found on 9 January; ten days later, on 19 January", "; it reopened ... later")
        elif previous is not None and _next_to(previous[0], sentence) and lead - sentence.start < 40:
            earlier = [f for f in previous[1] if f.kind == b.kind]
            if len(earlier) != 1:
                return None
            a = earlier[0]
        else:
            return None
        if a.kind == "year" and a.value >= b.value:
            return None
        return SpanStatement(a, b, d, "relative")
    return None


#: "ten days later, on 12 March", "three weeks on, on 14 May", "55 years later, in 1925".
_LATER_THEN = lazyre.compile(r"\s+(?:(?:later|on|afterwards|after\s+that)\s*,?|after\s*,)\s+(?:on\s+|in\s+)?(?:the\s+)?",
                             re.I)
#: "in 1994, 12 years later": the point, a comma and the duration.
_LATER_AFTER_POINT = lazyre.compile(r"\s*,\s*(?:some\s+|about\s+|almost\s+|nearly\s+|just\s+over\s+|just\s+under\s+|"
                                    r"exactly\s+|only\s+)?")
_AFTER_YEARS = lazyre.compile(r"\s*,\s*after\s+(?:almost\s+|nearly\s+|more\s+than\s+|some\s+|just\s+over\s+)?", re.I)
_OF_ACTIVITY = lazyre.compile(r"\s+(?:of|in)\s+(?:activity|operation|service|existence|business|production|office|"
                              r"power|charge|the\s+job|the\s+post|the\s+role)\b", re.I)
_LASTED_YEARS = lazyre.compile(r"\b(?:lasted|lasting|stood\s+for|survived|spanned|spanning|ran\s+for|was\s+open\s+for|"
                               r"served\s+for)\s+(?:almost\s+|nearly\s+|just\s+over\s+|more\s+than\s+|some\s+)?$", re.I)
_LATER_WORD = lazyre.compile(r"\s+(?:later\b(?!\s+than)|on\b(?!\s+(?:the|a|an|its|his|her|their|this|that|[A-Z\d])))")
#: "14 years after the 1995 merger", "57 years after it opened in 1901".
_AFTER_YEAR = lazyre.compile(r"\s+after\s+(?:the|its|his|her|their|it|he|she|they|we)\b(?:\s+[\w'’-]+){0,4}?"
                             r"\s+(?:in\s+)?", re.I)
_SEMICOLON_ONLY = lazyre.compile(r"\s*;\s*")
_CLAUSE_BREAK_STRONG = lazyre.compile(r"[;:]|\b(?:but|while|whereas|although|though|until|before|since)\b", re.I)


def _since_now(sentence: Sentence, found: List[Figure], durations: List[Figure],
               today: dt.date) -> Optional[SpanStatement]:
    """Years counted from a year up to the draft's date: "closed in 1986, 40 years ago";
    "It is 35 years since the pit closed in 1986"; "Founded in 1971, the choir marks 55
    years this month". The sentence's one year and one duration in years; the draft's date
    from its front matter or dateline."""
    years = [f for f in found if f.kind == "year"]
    durations = [d for d in durations if (d.unit or "").startswith(("year", "decade"))]
    if len(years) != 1 or len(durations) != 1:
        return None  # (other durations, "opening hours cut from 90 to 72 hours", are no matter)
    y, d = years[0], durations[0]
    if y.value > today.year or d.approx in ("over", "under") and not d.approx_text.lower().startswith("just"):
        return None
    text = sentence.region.text
    lo, hi = (y.end, d.qual_start) if y.end <= d.qual_start else (d.end, y.qual_start)
    if hi - lo > 60 or any(f.kind == "date" and lo <= f.start < hi for f in found):
        return None
    brk = _NOW_BREAK.search(text, lo, hi)
    if brk is not None and not (brk.group().lower() == "and" and _AND_MARKS.match(text, brk.end())):
        return None  # (but "opened in 1854 and marks 170 years": the same subject)
    before = text[max(sentence.start, d.qual_start - 40) : d.qual_start]
    if _AGO.match(text, d.end):
        # "40 years ago, in 1986"; "in 1986, 40 years ago" (not "closed in 1986 and was sold
        # ten years ago": another event)
        ago = _AGO.match(text, d.end).end()
        if not (y.end <= d.qual_start and _LATER_AFTER_POINT.fullmatch(text, y.end, d.qual_start)
                or y.qual_start >= ago and _AGO_IN.fullmatch(text, ago, y.qual_start)):
            return None
    elif d.end <= y.qual_start and _SINCE_AFTER.match(text, d.end) and _NOW_BEFORE.search(before):
        pass  # "It is 35 years since the pit closed in 1986"
    elif y.end <= d.qual_start and _MARKS_BEFORE.search(before) and _MARKS_AFTER.match(text, d.end) \
            and (made := _MADE_BEFORE.search(text, max(sentence.start, y.qual_start - 40), y.qual_start)):
        # "Founded in 1971, the choir marks 55 years this month": an anniversary falls in the
        # draft's year, so its years are the difference of the two years
        here = Figure(y.region, y.start, y.end, "year", float(today.year), sentence=sentence)
        # (an event "first held in 2002" may count its editions: 2026 is its 25th)
        held = _FIRST_HELD.search(made.group())
        return SpanStatement(y, here, d, "edition" if held else "anniversary")
    else:
        return None
    here = Figure(y.region, y.start, y.end, "year", float(today.year), sentence=sentence)
    here.date = today
    return SpanStatement(y, here, d, "now")


_NOW_BREAK = lazyre.compile(r"[;:]|\b(?:but|while|whereas|although|though|until|before|and)\b", re.I)
_AGO = lazyre.compile(r"\s+ago\b", re.I)
_FIRST_HELD = lazyre.compile(r"\b(?:first\s+held|first\s+staged|started|began|launched)\b", re.I)
_AND_MARKS = lazyre.compile(r"\s+(?:now\s+|this\s+year\s+)?(?:marks?|celebrates?|(?:is|are)\s+celebrating|commemorates?)\b",
                            re.I)
_AGO_IN = lazyre.compile(r"\s*,?\s*(?:in|this\s+(?:month|week)\s+in)\s+", re.I)
#: "marks 55 years this month", "celebrates 40 years in business": the years of the thing itself.
_MARKS_AFTER = lazyre.compile(r"\s+(?:this\s+(?:year|month|week|summer|spring|autumn|winter|weekend)|since)\b|\s*[.,;]|"
                              r"\s+(?:of|in)\s+(?:existence|business|operation|service)\b", re.I)
_SINCE_AFTER = lazyre.compile(r"\s+(?:since|that)\b", re.I)  # ("It makes 40 years that ...": a calque)
_NOW_BEFORE = lazyre.compile(r"\b(?:it\s+is|it's|it’s|it\s+has\s+been|it\s+makes|marks|marking|now|this\s+year\s+marks)\s+"
                             r"(?:exactly\s+|nearly\s+|almost\s+|some\s+|just\s+over\s+|more\s+than\s+)?$", re.I)
_MARKS_BEFORE = lazyre.compile(r"\b(?:marks?|marking|celebrates?|celebrating|(?:is|are)\s+celebrating|commemorates?)\s+"
                               r"(?:this\s+(?:year|month|week|summer|spring|autumn|winter|weekend)\s+)?"
                               r"(?:its\s+|exactly\s+|nearly\s+|almost\s+)?$", re.I)
_MADE_BEFORE = lazyre.compile(r"\b(?:built|opened|founded|established|formed|set\s+up|launched|created|started|began|"
                              r"completed|first\s+held|first\s+staged)\s+(?:in\s+)?$", re.I)


def _stated_before(sentence: Sentence, previous: Tuple[Sentence, List[Figure]]) -> Optional[Figure]:
    """The one duration of the sentence just before, when that sentence gives no times or
    dates of its own and this one goes on about the same thing ("The road was closed for
    five hours on Sunday. It shut at 07:15 and reopened at 10:45")."""
    before, found = previous
    if not _next_to(before, sentence) or not _GOES_ON.match(sentence.region.text, sentence.start):
        return None
    if any(f.kind in ("time", "date") for f in found):
        return None
    durations = [f for f in found if f.kind == "duration" and f.quantity is not None]
    if len(durations) != 1:
        return None
    d = durations[0]
    text = d.region.text
    lead = text[max(before.start, d.qual_start - 30) : d.qual_start].lower()
    if _NOT_THE_SPAN.search(lead) and not _FOR_BEFORE.search(lead) or _NOT_THE_SPAN_AFTER.match(text, d.end):
        return None
    return d if _LASTED_BEFORE.search(lead) else None


#: A sentence that goes on about the one before: "It shut at ...", "The line reopened ...".
_GOES_ON = lazyre.compile(r"\s*(?:It|They|This|The\s+\w+|Services|Trains|Flights|Voting|Polls)\b")
_FOR_BEFORE = lazyre.compile(r"\bfor\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?$")
#: A duration of something that happened: "closed for", "lasted", "took", "a delay of".
_LASTED_BEFORE = lazyre.compile(r"\b(?:for|lasted|lasting|took|taking|ran|running|of)\s+(?:about\s+|almost\s+|nearly\s+|"
                                r"some\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$")


def _resolved(first: Figure, second: Figure) -> bool:
    return first.kind == "date" and second.kind == "date"


# --------------------------------------------------------------------------- the stated duration


def _stated_for(sentence: Sentence, durations: List[Figure], first: Figure, second: Figure) -> Optional[Figure]:
    """The duration stated for the span: the nearest duration figure in the sentence that
    measures a period ("a delay of three weeks", "lasted five hours", "a five-month
    spree"), not a recurrence ("every two hours") nor a different period ("for a year")."""
    text = sentence.region.text
    best = None
    for d in durations:
        if first.kind == "year" and not (d.unit or "").startswith(("year", "decade")):
            continue  # two bare years measure years ("seven years and 43 days between 1908 and 1915")
        before = text[max(sentence.start, d.qual_start - 30) : d.qual_start].lower()
        if d.qual_start >= first.qual_start and d.end <= second.end:
            if not _LASTED_INSIDE.search(before):
                continue  # inside the span (but "began at 11.15am and lasted 90 minutes, ending at")
            best = (0, d)
            break
        later = d.qual_start >= second.end and _LATER_RIGHT_AFTER.fullmatch(text, second.end, d.qual_start) \
            and _LATER.match(text, d.end)
        if d.end <= first.qual_start and _AFTER_IN_OFFICE.fullmatch(text, d.end, first.qual_start) \
                and _AFTER_LEAD.search(before):
            best = (0, d)  # "After 15 years in office, from 2004 to 2019, ...": the span's own years
            break
        if _NOT_THE_SPAN.search(before) or _NOT_THE_SPAN_AFTER.match(text, d.end) and not later:
            continue  # (but "landed at 12:30, seven hours later" is the span)
        lo, hi = (second.end, d.qual_start) if d.qual_start >= second.end else (d.end, first.qual_start)
        if _CLAUSE_BREAK.search(text, lo, hi):
            continue
        gap = hi - lo
        if best is None or gap < best[0]:
            best = (gap, d)
    return best[1] if best is not None and best[0] < 120 else None


#: "After 15 years in office, from 2004 to 2019": the duration, a few words of what it was
#: spent on and a comma, right before the span.
_AFTER_LEAD = lazyre.compile(r"\b(?:after|following)\s+(?:almost\s+|nearly\s+|more\s+than\s+|some\s+)?$", re.I)
_AFTER_IN_OFFICE = lazyre.compile(r"(?:\s+(?:in|at|as|of|on)(?:\s+[\w'’-]+){1,3})?\s*,\s*(?:from\s+|between\s+)?", re.I)
#: A duration its event's verb states between the two ends: "and lasted 90 minutes, ending at".
_LASTED_INSIDE = lazyre.compile(r"\b(?:and|,)\s+(?:lasted|lasting|ran\s+for|running\s+for|went\s+on\s+for|took)\s+"
                                r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$")
_LATER_RIGHT_AFTER = lazyre.compile(r"(?:\s*(?:GMT|BST|UTC|local\s+time))?\s*,?\s*(?:some\s+|about\s+|almost\s+|nearly\s+|"
                                    r"just\s+over\s+|just\s+under\s+)?")
#: The day written after a time: "at 04:00 on Saturday", "at 9pm the next day".
_DAY_AFTER_TIME = lazyre.compile(r"\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+(?:next|following|same)\s+"
                                 r"(?:day|morning|evening|night))\b")
#: A duration that counts up to the time just given: "at 04:00 on Saturday, after 30 hours".
_AFTER_RIGHT_AFTER = lazyre.compile(r"\s*,\s*(?:some\s+|only\s+|just\s+)?after\s+(?:some\s+|about\s+|almost\s+|"
                                    r"nearly\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?")
_EACH_AFTER = lazyre.compile(r"(?:\s+[a-z]+){0,3}\s+(?:each|apiece|a\s+day|a\s+week|per\b)", re.I)
_ZONE = lazyre.compile(r"\blocal\s+time\b|\b(?:GMT|BST|UTC|CET|EST|PST|[A-Z]{2}T)\b")
_LATER = lazyre.compile(r"\s+later\b", re.I)
_NOT_THE_SPAN = lazyre.compile(r"\b(?:every|each|per|for\s+up\s+to|within|in|after|before|over\s+the\s+(?:past|last|next)|"
                               r"past|(?<!will\s)(?<!would\s)(?<!shall\s)(?<!\bto\s)last|next|than|another|extra|further|"
                               r"up\s+to)\s+(?:a\s+|an\s+|the\s+)?$")
#: A clause break between a span and a duration: the duration is another period.
_CLAUSE_BREAK = lazyre.compile(r";|,\s+(?:and|but|while|whereas|with|after|before|when|although)\b|"
                               r"\b(?:but|while|whereas|although|though)\s+(?!(?:did|was|were|had)\s+not\b)")
_NOT_THE_SPAN_AFTER = lazyre.compile(r"\s+(?:ago|earlier|later|before|after|old|each|a\s+(?:day|week|year)|"
                                     r"per|of\s+(?:the|its|their))\b|-old\b|\s+or\s+more\b", re.I)


def _event_noun(d: Figure) -> str:
    """The event a compound duration names: "a two-year, £18m refurbishment" ->
    "refurbishment", "a five-month spree" -> "spree"."""
    if "-" not in d.text or d.quantity is None:
        return ""
    m = _EVENT_AFTER.match(d.region.text, d.end)
    return m.group(1).lower() if m else ""


_EVENT_AFTER = lazyre.compile(r"(?:,?\s+(?:[£$€][\d.,]+\w*|\d[\d.,]*\w*|[a-z]+[\w-]*)){0,2}?\s+([a-z][a-z-]{3,})\b"
                              r"(?=[\s,.;)]|$)")


def _event_for(sentence: Sentence, events: Sequence[Tuple[Figure, str]]) -> Optional[Figure]:
    """The earlier duration of the event this span's sentence names ("The refurbishment ran
    from ..."), within three paragraphs."""
    words = set(_WORDS.findall(sentence.text.lower()))
    for d, noun in reversed(events):
        if sentence.region.index - d.region.index > 3:
            continue
        if noun in words:
            return d
    return None


def _clock_pair(first: Figure, second: Figure) -> bool:
    """Two clock times ("set off at 21:15 and got back at 09:15 the following morning")."""
    return first.kind == "time" and second.kind == "time"


def _unit_fits(d: Figure, first: Figure) -> bool:
    """A duration measured in the units a span between *first* and its end is told in:
    hours or minutes between clock times, days to years between dates."""
    unit = d.unit or ""
    if first.kind == "time":
        return unit.startswith(("hour", "minute"))
    return first.kind == "date" and unit.startswith(("day", "week", "fortnight", "month"))


def _event_next_to(sentence: Sentence, events: Sequence[Tuple[Figure, str]], first: Figure) -> Optional[Figure]:
    """The event duration of the sentence right before this span's ("The 14-hour rescue
    ended at dawn. Crews had left at 22:30 and returned at 12:30."), when the span names no
    event of its own and it is the only one there."""
    text = sentence.region.text
    if not _AGENT_VERB.search(text, sentence.start, first.qual_start):
        return None  # "Talks began at 09:00 and ended at 11:30": an event of its own
    near = [d for d, _ in events if d.sentence is not None and d.region.index >= sentence.region.index - 1
            and (d.region is not sentence.region or d.sentence.index < sentence.index)]
    if len(near) != 1 or not _unit_fits(near[0], first):
        return None
    return near[0]


#: What people do at a span's start: "Crews left at 22:30", "Divers went in at 19:00".
_AGENT_VERB = lazyre.compile(r"\b(?:left|departed|set\s+(?:off|out|sail)|went\s+(?:in|out|down|up)|took\s+off|sailed|"
                             r"launched|headed\s+out|were\s+(?:called|scrambled|sent)|was\s+(?:called|scrambled))\b", re.I)


def _headline_duration(sentence: Sentence, heads: Sequence[Tuple[Figure, Sentence]]) -> Optional[Figure]:
    """A duration the headline gives alone ("Pool shut for 15 weeks") for the span the top
    of the body gives ("The pool closed on 2 March and reopened on 25 May"): the span's
    sentence is in the first two body paragraphs and shares a word with the headline."""
    if len(heads) != 1:
        return None
    d, head = heads[0]
    if sentence.region.index - d.region.index > 3:
        return None
    if _SENTENCE_TERM.search(head.text):
        return None  # "Man jailed for 12 weeks": a term served, not the period the body dates
    words = {w for w in _WORDS.findall(head.text.lower()) if len(w) > 3} - _HEAD_STOP
    if not words & set(_WORDS.findall(sentence.text.lower())):
        return None
    return d if (d.unit or "").startswith(("day", "week", "fortnight", "month")) else None


_SENTENCE_TERM = lazyre.compile(r"\b(?:jail|jailed|sentenced|sentence|banned|ban|disqualified|imprisoned|suspended|"
                                r"prison|detained|remanded|given|awarded|contract|deal|extension|extended)\b", re.I)
_HEAD_STOP = frozenset("after with from more than over under about their this that will have been were".split())


# --------------------------------------------------------------------------- tables


def _table_rows(figures: Sequence[Figure]) -> List[SpanStatement]:
    """A table row with two times and a duration: "| 08:04 | 08:52 | 38 min |"."""
    rows: Dict[Tuple[int, int], List[Figure]] = {}
    for f in figures:
        if f.place == "table" and f.row and f.table is not None:
            rows.setdefault((f.table, f.row), []).append(f)
    out = []
    for cells in rows.values():
        times = [f for f in cells if f.kind == "time"]
        durations = [f for f in cells if f.kind == "duration"]
        if len(times) == 2 and len(durations) == 1:
            out.append(SpanStatement(times[0], times[1], durations[0], "table"))
    return out


# --------------------------------------------------------------------------- arithmetic


def _year_of(f: Figure, other: Figure) -> Optional[int]:
    c = f.mention
    if c is not None and c.year is not None:
        return c.year
    o = other.mention
    return o.year if o is not None and o.year is not None else None


def _bounds(f: Figure, year: int) -> Optional[Tuple[dt.date, dt.date]]:
    c = f.mention
    if c is None or c.month is None:
        return None
    import calendar

    if c.day is not None:
        try:
            d = dt.date(year, c.month, c.day)
        except ValueError:
            return None
        return d, d
    last = calendar.monthrange(year, c.month)[1]
    return dt.date(year, c.month, 1), dt.date(year, c.month, last)


def span_range(first: Figure, second: Figure) -> Optional[Tuple[float, float]]:
    """The shortest and longest period (seconds) from *first* to *second* (a year up to
    the draft's date, *second* carrying that date: from its start to that date)."""
    if first.kind == "year" and second.kind == "year" and second.date is not None:
        today = second.date
        start = dt.date(int(first.value), 1, 1)
        lo = max(0.0, ((today - dt.date(int(first.value), 12, 31)).days)) * DAY
        return lo, (today - start).days * DAY
    if first.kind == "time" and second.kind == "time":
        return _time_range(first, second)
    if first.kind == "year" and second.kind == "year":
        years = second.value - first.value  # two years: a year less or more, by the months unsaid
        return max(0.0, years - 1) * YEAR, (years + 1) * YEAR
    if first.kind != "date" or second.kind != "date":
        return None
    y1, y2 = _year_of(first, second), _year_of(second, first)
    if y1 is None or y2 is None:
        y1 = y2 = 2001  # no year at all: a span within one (non-leap) year
    a, b = _bounds(first, y1), _bounds(second, y2)
    if a is None or b is None:
        return None
    if b[1] < a[0] and (first.mention.year is None or second.mention.year is None):
        b = _bounds(second, y2 + 1) if second.mention.year is None else b
        if b is None:
            return None
    lo = (b[0] - a[1]).days
    hi = (b[1] - a[0]).days
    if lo < 0:
        return None
    day_precise = first.mention.day is not None and second.mention.day is not None
    return lo * DAY, (hi + (1 if day_precise else 0)) * DAY


def _time_range(first: Figure, second: Figure) -> Optional[Tuple[float, float]]:
    minutes = (second.minutes or 0) - (first.minutes or 0)
    offset = _day_offset(first, second)
    if offset is None:
        offset = 0 if minutes > 0 else 1
    total = (minutes + offset * 1440) * 60.0
    if total <= 0:
        return None
    return total, total


def _day_offset(first: Figure, second: Figure) -> Optional[int]:
    a, b = first.day, second.day
    if b is not None and b.kind == "next-day":
        return 1
    if a is None or b is None:
        return None
    if a.kind == "date" and b.kind == "date" and a.month and b.month and a.day and b.day:
        year = a.year or b.year or 2001
        try:
            return (dt.date(b.year or year, b.month, b.day) - dt.date(year, a.month, a.day)).days
        except ValueError:
            return None
    wa = a.weekday if a.kind == "weekday" else _weekday(a)
    wb = b.weekday if b.kind == "weekday" else _weekday(b)
    if wa is None or wb is None:
        return None
    return (wb - wa) % 7


def _weekday(c) -> Optional[int]:
    if c.kind != "date" or c.year is None or c.month is None or c.day is None:
        return None
    try:
        return dt.date(c.year, c.month, c.day).weekday()
    except ValueError:
        return None


def duration_range(d: Figure) -> Tuple[float, float]:
    """The periods (seconds) a stated duration allows: its rounding (half a unit for a
    whole number of units, "three weeks" is 17.5 to 24.5 days) and its qualifier ("just
    over a week" up to a quarter more, "more than a week" any longer, "almost three weeks"
    a quarter less)."""
    unit = d.base / d.value if d.value else 1.0
    value = d.value
    top = d.upper if d.upper is not None else value
    if value == int(value) and value >= 1:
        half = 0.2 if value == 1 else 0.5
    elif value * 2 == int(value * 2):
        half = 0.25  # "eight and a half hours", "1.5 hours": to the half unit
    else:
        half = d.half or 0.25 * value
    words = " ".join(d.approx_text.lower().split())
    if words.startswith("just over") or words in ("a little over", "slightly over", "slightly more than"):
        return value * unit, top * 1.3 * unit
    if words.startswith("just under") or words in ("almost", "nearly", "a little under", "slightly less than"):
        return value * 0.75 * unit, value * unit
    if d.approx == "over":
        return value * unit, math.inf
    if d.approx == "under":
        return 0.0, top * unit
    if d.approx == "about":
        return value * 0.8 * unit, top * 1.2 * unit
    return (value - half) * unit, (top + half) * unit


def describe_period(seconds: Tuple[float, float], like: Figure) -> str:
    """A period in the stated duration's unit: "14 days", "36 hours", "2.1 to 4 months"."""
    unit_seconds = like.base / like.value if like.value else 1.0
    name = like.unit or "units"
    if name.endswith("s") is False:
        name += "s"
    lo, hi = seconds[0] / unit_seconds, seconds[1] / unit_seconds
    if name in ("weeks", "fortnights") and hi < 10:
        lo, hi, name = seconds[0] / DAY, seconds[1] / DAY, "days"

    def fmt(x: float) -> str:
        return f"{x:.0f}" if abs(x - round(x)) < 0.05 else f"{x:.1f}"
    return f"{fmt(lo)} {name}" if fmt(lo) == fmt(hi) else f"{fmt(lo)} to {fmt(hi)} {name}"


_WORDS = lazyre.compile(r"[a-z][a-z-]*")


# --------------------------------------------------------------------------- weekdays and parts of days

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|lunchtime|midday|noon|midnight)"
#: "from Sunday evening until Wednesday morning", "from the afternoon of Friday to the
#: morning of Tuesday", "between Sunday evening and Wednesday".
_WEEKDAY_SPAN = lazyre.compile(
    rf"\b(?:from|between)\s+(?:the\s+)?(?:(?P<p1>{_PART})\s+of\s+)?(?:(?:last|this|next)\s+)?(?P<d1>{_DAY})"
    rf"(?:\s+(?P<q1>{_PART}))?\s+(?:until|till|to|and|through\s+to|through\s+until)\s+(?:the\s+)?"
    rf"(?:(?P<p2>{_PART})\s+of\s+)?(?:the\s+following\s+)?(?P<d2>{_DAY})(?:\s+(?P<q2>{_PART}))?\b(?!\s+\d)")
#: The hours a part of a day may mean (from its earliest start to its latest end).
_PART_HOURS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 23), "night": (20, 30),
               "lunchtime": (11.5, 14.5), "midday": (11.5, 12.5), "noon": (11.5, 12.5), "midnight": (23.5, 24.5)}


_EACH_DAY_AFTER = lazyre.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|night|shift)\b|\s+(?:daily|weekly|a\s+day)\b", re.I)


class WeekdaySpan:
    """A duration stated beside a span between two weekdays, with parts of days ("for 36
    hours, from Friday afternoon until Monday morning"): ``lo``/``hi`` the period (in
    seconds) the span allows."""

    __slots__ = ("duration", "lo", "hi", "region", "start", "end")

    def __init__(self, duration: Figure, lo: float, hi: float, region: Region, start: int, end: int) -> None:
        self.duration, self.lo, self.hi = duration, lo, hi
        self.region, self.start, self.end = region, start, end

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end]


def weekday_spans(doc: Document) -> List[WeekdaySpan]:
    """Every duration in hours or days stated in the sentence of a span between two weekdays
    written without dates (a memo of the document). The later weekday is the first one on or
    after the earlier; a part of a day bounds the hours ("morning" 05:00-12:00), a bare
    weekday covers the whole day."""
    return doc.memo("figures.weekday-spans", _weekday_spans)


def _part(word: Optional[str]) -> Optional[Tuple[float, float]]:
    if not word:
        return None
    return _PART_HOURS.get(word.split()[-1].lower())


def _weekday_spans(doc: Document) -> List[WeekdaySpan]:
    out: List[WeekdaySpan] = []
    by_sentence: List[List[Figure]] = []
    for f in read_figures(doc):
        if f.sentence is None:
            continue
        if by_sentence and by_sentence[-1][0].sentence is f.sentence:
            by_sentence[-1].append(f)
        else:
            by_sentence.append([f])
    for found in by_sentence:
        durations = [f for f in found if f.kind == "duration" and f.quantity is not None
                     and (f.unit or "").startswith(("hour", "day"))]
        if len(durations) != 1 or any(g.kind in ("date", "time") for g in found):
            continue  # (dates or clock times of its own: the span reader's)
        f = durations[0]
        sentence = f.sentence
        text = sentence.region.text
        m = _WEEKDAY_SPAN.search(text, sentence.start, sentence.end)
        if m is None or (abs(m.start() - f.end) > 40 and abs(f.qual_start - m.end()) > 40):
            continue
        parts = m.group("p1") or m.group("q1") or m.group("p2") or m.group("q2")
        if (f.unit or "").startswith("hour") and not parts or _EACH_DAY_AFTER.match(text, f.quantity.extra.get("after",
                                                                                                          f.end)):
            continue  # "open ten hours a day, from Monday to Friday": hours of each day, not the span
        d1, d2 = _DAYS.index(m.group("d1").lower()), _DAYS.index(m.group("d2").lower())
        days = (d2 - d1) % 7 or 7
        a = _part(m.group("p1") or m.group("q1")) or (0, 24)
        b = _part(m.group("p2") or m.group("q2")) or (0, 24)
        lo = max(0.0, days * 24 + b[0] - a[1]) * 3600
        hi = (days * 24 + b[1] - a[0]) * 3600
        out.append(WeekdaySpan(f, lo, hi, sentence.region, m.start(), m.end()))
    return out
