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
from lintnews.analysis.figures.reader import Figure, read_figures, sentence_figures
from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_hold
from lintnews.text.document import Document, Region, Sentence

__all__ = ["SpanStatement", "WeekdaySpan", "day_counts", "duration_range", "span_range", "ordinal_counts", "span_statements",
           "weekday_spans", "written_part", "year_bounds"]

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
    """Every period the draft gives with its two ends and a stated duration (a memo of the
    document)."""
    return doc.memo("figures.span-statements", _span_statements)


def _span_statements(doc: Document) -> List[SpanStatement]:
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
    now: list = []  # the draft's date (and the latest of its dates), read once if needed
    begun: List[Figure] = []  # dates and years told as a start ("began on", "will reopen on")
    finished: List[Figure] = []  # dates told as a completion ("was opened on", "was completed in")
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
            if f.kind != "date":
                continue
            lead = max(sentence.start, f.qual_start - 45)
            if may_hold(f.region, _DONE_STEMS, lead, f.qual_start) and _DONE_BEFORE.search(text, lead, f.qual_start):
                done.append(f)
            elif may_hold(f.region, _DUE_WORDS, lead, f.qual_start) and _DUE_BEFORE.search(text, lead, f.qual_start):
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
        if ends is None and durations:
            started = _since_start_before(sentence, found, durations, previous, begun, doc)
            if started is None:
                started = _took_from_start(sentence, found, durations, finished)
            if started is not None:
                out.append(started)
        if ends is None and durations:
            relative = _relative(sentence, found, durations, previous)
            if relative is not None:
                out.append(relative)
            elif any((d.unit or "").startswith(("year", "decade")) for d in durations):
                if not now:
                    now.append(_story_dates(doc, figures))
                if now[0] is not None:
                    since = _since_now(sentence, found, durations, *now[0])
                    if since is not None:
                        out.append(since)
        if ends is not None:
            first, second = ends
            stated = _stated_for(sentence, durations, first, second)
            if stated is None and not durations and previous is not None and first.kind != "year":
                stated = _stated_before(sentence, previous)
            if stated is not None:
                # (a duration the paragraph before gives, "Bridge to shut for 14 weeks" over
                # "It will close from 4 May until 31 July": told at the dates, the later line)
                out.append(SpanStatement(first, second, stated,
                                         "sentence" if stated.region is sentence.region else "event"))
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
        if sentence.region.kind != "heading":
            _starts_and_ends(sentence, found, begun, finished)
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
#: Words one of which every match of ``_DUE_BEFORE``, and of ``_DONE_BEFORE``, holds.
_DUE_WORDS = ("due", "meant", "supposed", "scheduled", "planned", "expected", "promised", "set", "originally")
_DONE_STEMS = ("open", "complet", "finish", "launch", "deliver", "arriv", "unveil", "went", "entered", "came")
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
    r"(?:on\s+|the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?"
    r"(?:(?:early|late|mid)[\s-]*|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?$", re.I)
#: A part of a month before its name: "in early February", "at the end of September", "in mid-October".
_MONTH_PART = r"(?:(?:early|late|mid)[\s-]*|(?:end|start|beginning|middle)\s+of\s+)?"
#: "left at 21:40 and landed at 06:10", "began on 3 March and ended on 28 April".
_START_VERB = lazyre.compile(r"\b(?:left|departed|began|begun|begins|started|starts|opened|opens|took\s+off|set\s+off|"
                             r"starting|beginning|opening|departing|leaving|closing|shutting|"
                             r"kicked\s+off|set\s+out|went\s+in|arrived|hit|struck|broke\s+out|broke\s+down|went\s+down|"
                             r"went\s+off|failed|crashed|shut|closed|stopped|halted|suspended|cut\s+off|erupted|"
                             r"disappeared|vanished|went\s+missing|collapsed|sailed|sailing|set\s+sail|setting\s+(?:off|out|sail)|"
                             r"lifted\s+off|lifting\s+off|taking\s+off|arriving|close|shut\s+down|"
                             r"leaving)\s+(?:(?:service|port|home|harbour|base|office|work)\s+|(?:their|its|his|her|the)\s+[a-z]+\s+)?"
                             r"(?:at|on|in)?\s*(?:the\s+)?"
                             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _MONTH_PART + "$", re.I)
_END_VERB = lazyre.compile(r"\b(?:landed|arrived\s+back|arriving\s+back|arrived|ended|ends|finished|finishes|closed|closes|"
                           r"stopped|came\s+out|returned|wrapping\s+up|"
                           r"ending|finishing|closing|concluding|returning|reopening|resuming|landing|arriving|"
                           r"completed|completing|wrapped\s+up|wrapping\s+up|"
                           r"concluded|left|got\s+back|restored|resumed|reopened|re-opened|lifted|fixed|resolved|"
                           r"cleared|came\s+back|back\s+up|back\s+online|back\s+on|released|freed|rescued|found|"
                           r"extinguished|recovered|reconnected|called\s+off|came\s+home|coming\s+home|got\s+home|"
                           r"getting\s+back|coming\s+back|went\s+home|docked|docking|touched\s+down|touching\s+down|leaving|reopen|"
                           r"re-open|resume)\s+"
                           r"(?:(?:service|port|home|harbour|base|office|work)\s+|(?:in|at)\s+[A-Z][\w'’-]+\s+)?"
                           r"(?:at|on|in|by)?\s*(?:the\s+)?"
                           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _MONTH_PART + "$", re.I)
_AT_BEFORE = lazyre.compile(r"\b(?:at|on)\s+$")
#: "... and docked at", "... and the jury returned its verdict on": another verb of the same
#: thing, its own subject at most two words.
_AND_VERB_AT = lazyre.compile(r"(?:\s+\d{4})?,?\s+and\s+(?:the\s+[a-z]+\s+|it\s+|they\s+)?(?:then\s+)?[a-z]+"
                              r"(?:\s+[a-z'’]+){0,3}?\s+(?:at|on)\s+")
_AFTER_IT_BEGAN = lazyre.compile(r"\s*,?\s+(?:after|since)\s+(?:it|they|the\s+[a-z]+|work)\s+(?:had\s+)?(?:began|begun|started|"
                                 r"opened)\s+(?:on|in)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)
_FROM_LEAD = lazyre.compile(r"\bfrom\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?$", re.I)
_YEAR_LEAD = lazyre.compile(r"\b(?:from|between)\s+$", re.I)
_SPAN_LEAD = lazyre.compile(r"\b(?:from|between|since|starting|began\s+on|begins\s+on|on)\s+(?:the\s+)?"
                            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?"
                            r"(?:(?:early|late|mid)[\s-]*|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?$", re.I)


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
        if a.kind == "date" and _AFTER_IT_BEGAN.fullmatch(gap) \
                and _END_VERB.search(text, max(sentence.start, a.qual_start - 30), a.qual_start):
            return b, a  # "ending on 23 March after it began on 10 March": the start told second
        verbs = _START_VERB.search(text, max(sentence.start, a.qual_start - 30), a.qual_start) \
            and _END_VERB.search(gap) \
            or _AT_BEFORE.search(text, max(sentence.start, a.qual_start - 4), a.qual_start) \
            and _AND_VERB_AT.fullmatch(gap)  # "sailed at 7.15am and docked at 9.45am": any two verbs
        if not verbs and a.kind == "date" and _FROM_LEAD.search(text, max(sentence.start, a.qual_start - 20), a.qual_start) \
                and _END_VERB.search(gap):
            verbs = True  # "closed for a week from Monday 9 March, reopening on Wednesday 25 March"
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
        if a.kind == "date" and _AFTER_LEAD_COMMA.fullmatch(text, a.end, d.qual_start) \
                and _OF_WORK_BEGAN.fullmatch(text, d.end, b.qual_start):
            # "reopened on 6 April after 16 weeks of repairs that began on 5 January"
            return SpanStatement(b, a, d, "sentence")
        m = _AFTER_BEFORE.match(text, d.end, b.qual_start)
        if m is None or _CLAUSE_BREAK.search(text, a.end, d.qual_start):
            continue
        if m.group("w").lower() in ("after", "since"):
            return SpanStatement(b, a, d, "sentence")
        return SpanStatement(a, b, d, "sentence")
    return None


_AFTER_BEFORE = lazyre.compile(r"\s+(?:later\s*,?\s+)?(?P<w>after|since|before)\b(?:\s+[\w'’]+){0,6}?,?\s+(?:at|on|of|in)\s+"
                               r"(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)
_AFTER_LEAD_COMMA = lazyre.compile(r"\s*,?\s+after\s+(?:almost\s+|nearly\s+|more\s+than\s+|some\s+|just\s+over\s+)?", re.I)
#: "... of repairs that began on", "of work which started in": the start of the period just named.
_OF_WORK_BEGAN = lazyre.compile(r"\s+of\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started)\s+"
                                r"(?:on|in)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)


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
    r"|\s+until\s+(?:[a-z][\w'’-]*\s+){1,6}?(?:on|in)\s+(?:the\s+)?" + _WEEKDAY + "$"
    r"|\s+when\b(?:\s+(?!and\b|but\b)[\w'’-]+){1,8}?\s+(?:on|in)\s+(?:the\s+)?" + _WEEKDAY + "$"
    r"|\s*,\s*(?:finishing|ending|completing|closing|concluding|wrapping\s+up|to\s+(?:finish|end|be\s+completed))\s+"
    r"(?:on|in|by)\s+"
    r"(?:the\s+)?" + _WEEKDAY + _SEASON + r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?$", re.I)
#: The start of that period in an earlier sentence: "The fair opened on Saturday 24
#: October", "accounts were frozen on 2 October", "Work started in autumn 2025".
_START_WORDS = (
    r"\b(?:opened|began|started|launched|was\s+(?:frozen|seized|suspended|closed|shut|halted)|"
    r"were\s+(?:frozen|seized|suspended|closed|shut|halted)|went\s+on\s+strike|walked\s+out|broke\s+ground|"
    r"got\s+under\s+way|began\s+work|froze|reopened|(?:will|would|is\s+to|are\s+to)\s+(?:re)?open|opens|reopens|"
    r"begins|starts|commenced|halted|suspended|paused|closed|shut|open|(?:were|was)\s+called|stopped\s+work|"
    r"(?:was|were)\s+(?:agreed|signed|declared|imposed|introduced)|came\s+into\s+force|took\s+effect|"
    r"downed\s+tools|went\s+(?:offline|down|dark|missing|on\s+strike)|broke\s+out|caught\s+fire|broke\s+down|collapsed|"
    r"got\s+going|got\s+started|kicked\s+off|(?:was|were)\s+(?:cut\s+off|switched\s+off|turned\s+off|disconnected|"
    r"launched|grounded|evacuated)|ground\s+to\s+a\s+halt|shut\s+down|closed\s+down)")
_STARTED_ON = lazyre.compile(
    _START_WORDS +
    r"(?:\s+(?!and\b|but\b|until\b)(?:[A-Za-z][\w'’-]*|\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)){0,4}?"
    r"\s+(?:on|in)\s+(?:the\s+)?" + _WEEKDAY + _SEASON + "$", re.I)
#: The same verbs before a time of day written with its date: "Firefighters were called to
#: the Dunford recycling plant at 02:15 on Tuesday 8 September".
#: Words one of which every match of ``_START_WORDS`` holds: looked for first.
_START_STEMS = ("open", "began", "begin", "start", "launch", "froze", "seized", "suspended", "closed", "shut", "halted",
                "paused", "went", "walked", "broke", "got", "commenced", "called", "stopped", "agreed", "signed",
                "declared", "imposed", "introduced", "came", "took", "downed", "caught", "collapsed", "kicked", "cut",
                "switched", "turned", "disconnected", "grounded", "evacuated", "ground")
_STARTED_AT = lazyre.compile(_START_WORDS + r"(?:\s+(?!and\b|but\b|until\b|on\b)[A-Za-z][\w'’-]*){0,7}?\s+at\s+$", re.I)
_FOR_DURATION = lazyre.compile(r"\b(?:for|take|takes|took|last|lasts|lasted|run\s+for|runs\s+for|ran\s+for)\s+"
                               r"(?:about\s+|almost\s+|nearly\s+|some\s+|just\s+over\s+|just\s+under\s+)?$", re.I)


def _since_start_before(sentence: Sentence, found: List[Figure], durations: List[Figure],
                        previous: Optional[Tuple[Sentence, List[Figure]]],
                        begun: Sequence[Figure] = (), doc: Optional[Document] = None) -> Optional[SpanStatement]:
    """A period's duration and its end in this sentence, its start the one date of an
    earlier sentence (two paragraphs back at most) that says what began then: "The fair
    opened on Saturday 24 October. ... It will run for five weeks until Saturday 12
    December" (seven weeks). Failing that, the start the story tells: the one date (or
    year) told as a start anywhere before, in the first three paragraphs or in a sentence
    naming the same thing ("The firm froze withdrawals at 09:00 on Friday 9 October" ...
    "Withdrawals had been frozen for six days when ... on Wednesday 14 October")."""
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
    if b.kind == "year" and not (d.unit or "").startswith(("year", "decade", "month")):
        return None
    if previous is not None:
        before, found_before = previous
        if before.region is sentence.region or sentence.region.index - before.region.index <= 2:
            starts = [f for f in found_before if f.kind == b.kind]
            if len(starts) == 1:
                a = starts[0]
                if _STARTED_ON.search(a.region.text, max(before.start, a.qual_start - 50), a.qual_start):
                    clock = _clock_of(a, found_before) if b.kind == "date" else None
                    return SpanStatement(clock or a, b, d, "sentence")
                return None
    a = _story_start(sentence, begun, b, doc) if doc is not None else None
    return SpanStatement(a, b, d, "sentence") if a is not None else None


def _starts_and_ends(sentence: Sentence, found: Sequence[Figure], begun: List[Figure], finished: List[Figure]) -> None:
    """Note the dates (and years) this sentence tells as a start or as a completion; a date
    written with a time of day is noted as that time ("at 09:00 on Friday 9 October")."""
    text = sentence.region.text
    for f in found:
        if f.kind not in ("date", "year"):
            continue
        lead = max(sentence.start, f.qual_start - 50)
        clock = _clock_of(f, found) if f.kind == "date" else None
        if may_hold(f.region, _START_STEMS, lead, f.qual_start) and _STARTED_ON.search(text, lead, f.qual_start) \
                or _WHEN_BEGAN.match(text, f.end) \
                or clock is not None and _STARTED_AT.search(text, max(sentence.start, clock.qual_start - 70),
                                                            clock.qual_start):
            begun.append(clock or f)
        if f.kind == "date" and _DONE_ON.search(text, lead, f.qual_start):
            finished.append(f)


def _body_rank(doc: Document, region: Region) -> int:
    """How many body paragraphs come before *region* (headings and a plain-text headline,
    a first line without a full stop, left out)."""
    k = 0
    for r in doc.regions[: region.index]:
        if r.kind == "paragraph" and not (r.index == 0 and not r.text.rstrip().endswith((".", '"', "”", "?", "!"))):
            k += 1
    return k


#: "on Monday 1 June, when the dig began": the start named after its date.
_WHEN_BEGAN = lazyre.compile(r"\s*,?\s+when\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:began|started|opened|got\s+under\s+way)\b",
                             re.I)


def _clock_of(f: Figure, found: Sequence[Figure]) -> Optional[Figure]:
    """The time of day written with a date ("at 09:00 on Friday 9 October"), or None."""
    for t in found:
        if t.kind == "time" and t.day is not None and t.day.kind == "date" and t.day.start in (f.start, f.qual_start):
            return t
    return None


def _story_start(sentence: Sentence, begun: Sequence[Figure], b: Figure, doc: Document) -> Optional[Figure]:
    """The one start told before, for a period ending at *b*: a date for an end that is a
    date, a date or a year for a year; in the story's first three paragraphs, or in a
    sentence that names a thing this one names."""
    if _ANOTHER.search(sentence.text):
        return None  # "A touring show in the foyer runs for three weeks until ...": another thing
    kinds = ("date", "time") if b.kind == "date" else ("date", "time", "year")
    found = [f for f in begun if f.kind in kinds and f.sentence is not sentence]
    if len({(f.region.index, f.start) for f in found}) != 1:
        return None
    a = found[0]
    if a.kind == "time" and b.kind != "date":
        return None
    if _body_rank(doc, a.region) > 2 and a.sentence is not None:
        words = {stem(w) for w in _WORDS.findall(sentence.text.lower()) if len(w) > 4} - _COMMON
        if not words & {stem(w) for w in _WORDS.findall(a.sentence.text.lower()) if len(w) > 4}:
            return None
    return a


_COMMON = frozenset(stem(w) for w in "about after their there which would could first years months weeks since "
                    "until while where other these those being still".split())


def _took_from_start(sentence: Sentence, found: List[Figure], durations: List[Figure],
                     finished: Sequence[Figure]) -> Optional[SpanStatement]:
    """A start and what it took, its end the one completion the story tells before: "The
    line was opened on 26 September 2026" ... "Work began in March 2019, so the
    construction took five years" (seven and a half)."""
    points = [f for f in found if f.kind in ("date", "year")]
    if len(points) != 1 or len(durations) != 1 or len(finished) != 1:
        return None
    a, d = points[0], durations[0]
    if not (d.unit or "").startswith(("year", "decade", "month")) or d.qual_start < a.end:
        return None
    text = sentence.region.text
    if not _STARTED_ON.search(text, max(sentence.start, a.qual_start - 50), a.qual_start) \
            or not _THEN_TOOK.fullmatch(text, a.end, d.qual_start) or _NOT_THE_SPAN_AFTER.match(text, d.end):
        return None
    b = finished[0]
    if b.mention is None or b.mention.year is None or _ANOTHER.search(sentence.text):
        return None
    return SpanStatement(a, b, d, "sentence") if span_range(a, b) else None


#: A sentence about another thing than the story's own: "A touring show ...", "Work on a
#: second line ...", "a separate scheme", "the next phase".
_ANOTHER = lazyre.compile(r"^\s*(?:An?|Another)\s|\b(?:another|separate|second|next|other|further|earlier|previous|"
                          r"later)\b")


#: "began in March 2019, so the construction took five years", "started in 2019 and took".
_THEN_TOOK = lazyre.compile(r"\s*,?\s+(?:so|and)\s+(?:[\w'’-]+\s+){0,4}?(?:took|lasted|has\s+taken|had\s+taken)\s+"
                            r"(?:exactly\s+|almost\s+|nearly\s+|about\s+|just\s+over\s+|just\s+under\s+|"
                            r"more\s+than\s+|some\s+)?", re.I)
#: A completion: "was opened on", "was completed in", "were finished on".
_DONE_ON = lazyre.compile(r"\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|finally\s+|formally\s+)?"
                          r"(?:opened|reopened|re-opened|completed|finished|inaugurated|unveiled)|opened\s+to\s+(?:the\s+public|passengers|"
                          r"traffic|visitors))(?:\s+(?!and\b|but\b)[a-z][\w'’-]*){0,3}?\s+(?:on|in)\s+(?:the\s+)?"
                          + _WEEKDAY + "$", re.I)


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
                    # (or a full date's year: "reopened as a park on 3 May 2026, ten years after
                    # the pit closed in 2012")
                    a = [f if f.kind == "year" else Figure(f.region, f.start, f.end, "year", float(f.mention.year),
                                                           sentence=f.sentence)
                         for f in points if f.end <= d.qual_start and (f.kind == "year" or f.mention is not None
                                                                       and f.mention.year is not None)]
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


class Ordinal:
    """An anniversary or a year counted by its ordinal ("the 50th anniversary of the 1966
    final", "its 76th year"), the year it counts from, and the draft's year."""

    __slots__ = ("region", "start", "end", "n", "what", "since", "year")

    def __init__(self, region: Region, start: int, end: int, n: int, what: str, since: Figure, year: int) -> None:
        self.region, self.start, self.end, self.n, self.what, self.since, self.year = \
            region, start, end, n, what, since, year

    def allowed(self) -> Tuple[int, ...]:
        gap = self.year - int(self.since.value)
        return (gap, gap + 1) if self.what == "year" else (gap,)


def ordinal_counts(doc: Document) -> List[Ordinal]:
    """Ordinals counted from a year in their sentence, in a draft whose year is known (its
    own date, or its dates within one year): "marks the 50th anniversary of the 1966 World
    Cup win", "the centenary of the 1926 strike", "Founded in 1971, the choir celebrates its
    50th anniversary", "now in its 76th year" after "first held in 1951". Not with another
    year said ("next year", "in 2027") or a year of the sentence that is not the one."""
    if not any(_may_hold_ordinal(r.text) for r in doc.regions):
        return []
    figures = read_figures(doc)
    dates = _story_dates(doc, figures)
    if dates is None or dates[1] is not None and dates[1].year != dates[0].year:
        return []
    year = dates[0].year
    out: List[Ordinal] = []
    years_of: Dict[int, List[Figure]] = {}
    for f in figures:
        if f.sentence is not None and (f.kind == "year" or f.kind == "date" and f.mention is not None
                                       and f.mention.year is not None and f.mention.year != year):
            years_of.setdefault(id(f.sentence), []).append(f)
    for sentence in doc.sentences:
        text = sentence.region.text
        if not _ORDINAL_GATE.search(text, sentence.start, sentence.end):
            continue
        for m in _ORDINAL.finditer(text, sentence.start, sentence.end):
            if _OTHER_YEAR.search(text, sentence.start, sentence.end):
                break
            found = years_of.get(id(sentence), [])
            if len(found) != 1:
                break
            y = found[0]
            since = y if y.kind == "year" else Figure(y.region, y.start, y.end, "year", float(y.mention.year),
                                                      sentence=sentence)
            if since.value >= year:
                break
            after = y.qual_start >= m.end() and y.qual_start - m.end() <= 80 and m.group("what") != "year" \
                and _OF_AFTER.match(text, m.end()) is not None and not _ORDINAL_BREAK.search(text, m.end(), y.qual_start)
            before = y.end <= m.start() and _MADE_BEFORE.search(text, max(sentence.start, y.qual_start - 40),
                                                                y.qual_start) is not None \
                and not _ORDINAL_BREAK.search(text, y.end, m.start())
            if not (after or before):
                continue
            n = 100 if m.group("c") else int(m.group("n"))
            what = "year" if m.group("what") == "year" else "anniversary"
            out.append(Ordinal(sentence.region, m.start(), m.end(), n, what, since, year))
    return out


_ORDINAL_GATE = lazyre.compile(r"anniversar|birthday|centenar|centennial|\d(?:st|nd|rd|th)\s+year\b")


def _may_hold_ordinal(text: str) -> bool:
    """``_ORDINAL_GATE.search(text) is not None``, its words tested as substrings (in C,
    at memory speed): the pattern has no literal prefix, so the regex engine would try it
    at every character of every paragraph."""
    return ("anniversar" in text or "birthday" in text or "centenar" in text or "centennial" in text
            or "year" in text and _has_ordinal_year(text))


def _has_ordinal_year(text: str) -> bool:
    """``_ORDINAL_YEAR.search(text) is not None``, read back from each "year" that ends a
    word (a substring search, in C; the pattern opens with a digit class, which the regex
    engine tests at every character)."""
    at = text.find("year")
    while at >= 0:
        end = at + 4
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):  # the ``\b`` after "year"
            k = at
            while k and text[k - 1].isspace():
                k -= 1
            if k < at and k >= 3 and text[k - 2 : k] in _ORDINAL_ENDINGS and text[k - 3].isdecimal():
                return True
        at = text.find("year", end)
    return False


_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))


#: The last alternative of ``_ORDINAL_GATE`` alone: it opens with a character class, which
#: the regex engine scans for in C.
_ORDINAL_YEAR = lazyre.compile(r"\d(?:st|nd|rd|th)\s+year\b")
_ORDINAL = lazyre.compile(r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?P<what>anniversary|birthday|year\b)|"
                          r"(?P<c>centenary|centennial))", re.I)
_OF_AFTER = lazyre.compile(r"\s+(?:of|since)\b", re.I)
_ORDINAL_BREAK = lazyre.compile(r"[;:]|\b(?:but|while|whereas|although|and\s+(?:the|a|an)\s+\d)\b", re.I)
_OTHER_YEAR = lazyre.compile(r"\b(?:next|last|previous|following)\s+year\b|\b(?:will|would)\s+(?:mark|celebrate|be)\b",
                             re.I)


def _story_dates(doc: Document, figures: Sequence[Figure]) -> Optional[Tuple[dt.date, Optional[dt.date]]]:
    """The days the draft is written in: its own date (front matter or dateline), else the
    earliest and latest full dates it gives when they lie within a year of each other, one
    of them in its first three paragraphs, and no year it names is later ("will reopen on
    Saturday 14 November 2026": 2026); with none at its top, the year of the latest full date
    it gives with a weekday, up to that day."""
    dated = draft_date(doc)
    if dated is not None:
        return dated[0], None
    dated_figures = [f for f in figures if f.kind == "date" and f.date is not None and f.mention is not None
                     and f.mention.day is not None and f.mention.year is not None and f.place == "body"]
    if not any(_body_rank(doc, f.region) <= 2 for f in dated_figures):
        # (the story's own date is told at its top); but a full date with its weekday
        # further down, in a sentence told in the present or future ("begins on Monday 8
        # December 2025", "will be paid on Friday ..."; not "opened on Monday 4 June 1962"),
        # is the story's week, so the story is of that year, up to that day
        weekdays = [f.date for f in dated_figures
                    if (f.mention.weekday is not None or _WEEKDAY_BEFORE.search(f.region.text, max(0, f.start - 12), f.start))
                    and f.sentence is not None and _NOW_OR_NEXT.search(f.sentence.text)]
        if not weekdays:
            return None
        last = max(weekdays)
        if (last - min(weekdays)).days > 366 or any(f.kind == "year" and f.value > last.year for f in figures):
            return None
        return dt.date(last.year, 1, 1), last
    days = [f.date for f in dated_figures]
    first, last = min(days), max(days)
    if (last - first).days > 366 or any(f.kind == "year" and f.value > last.year for f in figures):
        return None
    return first, last


_NOW_OR_NEXT = lazyre.compile(r"\b(?:will|shall|is|are|am|begins?|starts?|opens?|closes?|ends?|runs?|reopens?|"
                              r"takes\s+effect|comes\s+into|due|expected|scheduled|planned)\b", re.I)
_WEEKDAY_BEFORE = lazyre.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$")


def _since_now(sentence: Sentence, found: List[Figure], durations: List[Figure],
               today: dt.date, latest: Optional[dt.date] = None) -> Optional[SpanStatement]:
    """Years counted from a year up to the draft's date: "closed in 1986, 40 years ago";
    "It is 35 years since the pit closed in 1986"; "Founded in 1971, the choir marks 55
    years this month". The sentence's one year and one duration in years; the draft's date
    from its front matter or dateline."""
    years = [f for f in found if f.kind == "year"]
    durations = [d for d in durations if (d.unit or "").startswith(("year", "decade"))]
    if len(years) != 1 or len(durations) != 1:
        # (other durations, "opening hours cut from 90 to 72 hours", are no matter); but
        # "first lit 160 years ago in 1859, switched off in 1998": the year joined to "ago"
        pair = _ago_pair(sentence.region.text, years, durations)
        if pair is None:
            return None
        years, durations = [pair[0]], [pair[1]]
    y, d = years[0], durations[0]
    if y.value > (latest or today).year or d.approx in ("over", "under") and not d.approx_text.lower().startswith("just") \
            and not _AGO.match(sentence.region.text, d.end):
        return None  # (but "more than 70 years ago in 1962" is checked: at least 70)
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
    elif d.end <= y.qual_start and _SINCE_YEAR.fullmatch(text, d.end, y.qual_start) and _FOR_BEFORE.search(before) \
            and _PERFECT.search(text, sentence.start, d.qual_start):
        pass  # "The Bell family has run the inn for 30 years, since 1986": up to now
    elif y.end <= d.qual_start and _SINCE_BEFORE_YEAR.search(text, max(sentence.start, y.qual_start - 12), y.qual_start) \
            and _YEARS_RESTATED.fullmatch(text, y.end, d.qual_start) and not _AGO.match(text, d.end):
        pass  # "who has worked there since 1988, already 37 years", "since 1990 - that is, 35 years": up to now
    elif y.end <= d.qual_start and _MARKS_BEFORE.search(before) and _MARKS_AFTER.match(text, d.end) \
            and (made := _MADE_BEFORE.search(text, max(sentence.start, y.qual_start - 40), y.qual_start)):
        # "Founded in 1971, the choir marks 55 years this month": an anniversary falls in the
        # draft's year, so its years are the difference of the two years
        if latest is not None and latest.year != today.year:
            return None  # (a draft of two years: the anniversary's year unknown)
        here = Figure(y.region, y.start, y.end, "year", float(today.year), sentence=sentence)
        # (an event "first held in 2002" may count its editions: 2026 is its 25th)
        held = _FIRST_HELD.search(made.group())
        return SpanStatement(y, here, d, "edition" if held else "anniversary")
    else:
        return None
    here = Figure(y.region, y.start, y.end, "year", float((latest or today).year), sentence=sentence)
    here.date = today
    here.date_end = latest
    return SpanStatement(y, here, d, "now")


def _ago_pair(text: str, years: Sequence[Figure], durations: Sequence[Figure]) -> Optional[Tuple[Figure, Figure]]:
    """The year and the years "ago" written together: "160 years ago in 1859", "50 years
    ago, in 1981", "in 1990, 30 years ago"."""
    for d in durations:
        m = _AGO.match(text, d.end)
        if m is None:
            continue
        for y in years:
            if y.qual_start >= m.end() and _AGO_IN.fullmatch(text, m.end(), y.qual_start) \
                    or y.end <= d.qual_start and _LATER_AFTER_POINT.fullmatch(text, y.end, d.qual_start):
                return y, d
    return None


_SINCE_BEFORE_YEAR = lazyre.compile(r"\bsince\s+(?:in\s+)?$", re.I)
#: The years since a year told again right after it: ", already 37 years", ", now 20 years",
#: " - that is, 35 years", ", or 12 years", ", for 30 years now".
_YEARS_RESTATED = lazyre.compile(r"\s*(?:,|[-–—])\s*(?:(?:already|now|that\s+is|or|so|for|all\s+of|some)\s*,?\s+){1,2}")
_SINCE_YEAR = lazyre.compile(r"\s*,?\s*(?:ever\s+)?since\s+(?:in\s+)?", re.I)
#: A present perfect before the duration: "has run", "have been", "has been open".
_PERFECT = lazyre.compile(r"\b(?:has|have)\s+(?:(?:now|already|since|also)\s+)?(?:been|[a-z]+(?:ed|un|wn|ld|pt|ne))\b", re.I)
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
_NOW_BEFORE = lazyre.compile(r"\b(?:it\s+is|it's|it’s|it\s+has\s+been|it\s+makes|marks?|marked|marking|now|this\s+year\s+marks)\s+"
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
        daily = first.kind == "time" and _A_DAY_AFTER.match(text, d.end) is not None \
            and not _WORKED_BEFORE.search(before)  # ("start at 08:00 and leave at 17:00, working
        # eight hours a day": the hours worked leave out the breaks)
        if _NOT_THE_SPAN.search(before) or _NOT_THE_SPAN_AFTER.match(text, d.end) and not later and not daily:
            continue  # (but "landed at 12:30, seven hours later" is the span, and so is "open at
            # 10:00 and close at 16:30, seven hours a day": the hours of each day)
        lo, hi = (second.end, d.qual_start) if d.qual_start >= second.end else (d.end, first.qual_start)
        if _CLAUSE_BREAK.search(text, lo, hi) and not _AFTER_A_NOUN_OF.fullmatch(text, lo, hi) \
                and not _AFTER_DOING_FOR.fullmatch(text, lo, hi):
            continue  # (but "..., after a closure of five months" is the span's own length, and
            # so is "..., after deliberating for three hours")
        gap = hi - lo
        if best is None or gap < best[0]:
            best = (gap, d)
    return best[1] if best is not None and best[0] < 120 else None


#: "After 15 years in office, from 2004 to 2019": the duration, a few words of what it was
#: spent on and a comma, right before the span.
_AFTER_LEAD = lazyre.compile(r"\b(?:after|following)\s+(?:almost\s+|nearly\s+|more\s+than\s+|some\s+)?$", re.I)
_AFTER_IN_OFFICE = lazyre.compile(r"(?:\s+(?:in|at|as|of|on)(?:\s+[\w'’-]+){1,3})?\s*,\s*(?:from\s+|between\s+)?", re.I)
#: A duration its event's verb states between the two ends: "and lasted 90 minutes, ending at".
_LASTED_INSIDE = lazyre.compile(r"\b(?:and|,)\s+(?:lasted|lasting|ran\s+for|running\s+for|went\s+on\s+for|took|held\s+for|"
                                r"(?:was|were|stayed|remained)\s+(?:[a-z]+\s+)?for)\s+"
                                r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$")
_AFTER_A_NOUN_OF = lazyre.compile(r"\s*,\s+after\s+(?:a|an)\s+(?:[a-z-]+\s+)?[a-z-]+\s+of\s+(?:about\s+|some\s+|nearly\s+|"
                                   r"almost\s+|just\s+over\s+|just\s+under\s+|more\s+than\s+)?", re.I)
#: ", after deliberating for", ", after waiting for": the span's own activity, told after it.
_AFTER_DOING_FOR = lazyre.compile(r"\s*,\s+after\s+[a-z]+ing\s+(?:[a-z]+\s+)?for\s+(?:about\s+|some\s+|nearly\s+|"
                                  r"almost\s+|just\s+over\s+|just\s+under\s+|more\s+than\s+)?", re.I)
#: Hours worked or paid, which leave out the breaks of a day's span.
_WORKED_BEFORE = lazyre.compile(r"\b(?:work|works|worked|working|paid|shifts?|teaching|driving|sleep|sleeps|slept)\b")
#: "seven hours a day" after a span of clock times: the span of each day.
_A_DAY_AFTER = lazyre.compile(r"\s+(?:a|each|every|per)\s+day\b", re.I)
_LATER_RIGHT_AFTER = lazyre.compile(r"(?:\s*(?:GMT|BST|UTC|local\s+time))?\s*(?:,|\s[-–—]|\()?\s*(?:some\s+|about\s+|almost\s+|nearly\s+|"
                                    r"just\s+over\s+|just\s+under\s+)?")
#: The day written after a time: "at 04:00 on Saturday", "at 9pm the next day".
_DAY_AFTER_TIME = lazyre.compile(r"\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+(?:next|following|same)\s+"
                                 r"(?:day|morning|evening|night))\b")
#: A duration that counts up to the time just given: "at 04:00 on Saturday, after 30 hours".
_AFTER_RIGHT_AFTER = lazyre.compile(r"\s*,\s*(?:some\s+|only\s+|just\s+)?after\s+(?:some\s+|about\s+|almost\s+|"
                                    r"nearly\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?")
_EACH_AFTER = lazyre.compile(r"(?:\s+[a-z]+){0,3}\s+(?:each|apiece|a\s+day|a\s+week|per\b)", re.I)
_ZONE = lazyre.compile(r"\blocal\s+time\b|\b(?:GMT|BST|UTC|CET|EST|PST|[A-Z]{2}T)\b")
_LATER = lazyre.compile(r"\s+later\b(?!\s+than\b)", re.I)  # (not "two hours later than planned": a delay)
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


def _month_days(year: int, month: int) -> int:
    import calendar  # only for a month, or a part of a year, named without its day

    return calendar.monthrange(year, month)[1]


def _bounds(f: Figure, year: int) -> Optional[Tuple[dt.date, dt.date]]:
    c = f.mention
    if c is None or c.month is None:
        return None
    if c.day is not None:
        try:
            d = dt.date(year, c.month, c.day)
        except ValueError:
            return None
        return d, d
    last = _month_days(year, c.month)
    part = _PART_BEFORE.search(f.region.text, max(0, f.qual_start - 24), f.qual_start)
    if part is not None:
        # "in mid-August", "in early May", "at the end of September": a third of the month
        word = (part.group("p") or part.group("q")).lower()
        lo, hi = _MONTH_THIRDS[word]
        return dt.date(year, c.month, lo), dt.date(year, c.month, min(hi, last))
    return dt.date(year, c.month, 1), dt.date(year, c.month, last)


#: A part of a month or a year written before it: "mid-August", "early May", "the end of
#: September", "the spring of 2028", "late 2027".
_PART_BEFORE = lazyre.compile(r"\b(?:(?P<p>early|mid|late)[\s-]*|(?:the\s+)?(?P<q>start|beginning|middle|end)\s+of\s+)$",
                              re.I)
_MONTH_THIRDS = {"early": (1, 10), "start": (1, 10), "beginning": (1, 10), "mid": (11, 20), "middle": (11, 20),
                 "late": (21, 31), "end": (21, 31)}
_SEASON_BEFORE = lazyre.compile(r"\b(?:(?P<p>early|mid|late)[\s-]*)?(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)"
                                r"\s+(?:of\s+)?$", re.I)
#: The months of a season (northern), and of a part of a year.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
_YEAR_PARTS = {"early": (1, 4), "start": (1, 3), "beginning": (1, 3), "mid": (5, 8), "middle": (5, 8),
               "late": (9, 12), "end": (10, 12)}


def written_part(f: Figure) -> str:
    """The part of a month or year written before it, as written ("mid-", "the spring of "), or ""."""
    text = f.region.text
    lo = max(0, f.qual_start - 30)
    m = _SEASON_BEFORE.search(text, lo, f.qual_start) if f.kind == "year" else None
    if m is None:
        m = _PART_BEFORE.search(text, lo, f.qual_start)
    return text[m.start() : f.qual_start] if m is not None else ""


def year_bounds(f: Figure) -> Tuple[dt.date, dt.date]:
    """The days a year figure may stand for: the whole year, or the season or part of it
    written before it ("in the spring of 2028": March to May; "late 2027": September to
    December; "winter 2028" from its December before to its February after)."""
    year = int(f.value)
    text = f.region.text
    m = _SEASON_BEFORE.search(text, max(0, f.qual_start - 30), f.qual_start)
    if m is not None:
        lo, hi = _SEASONS[m.group("s").lower()]
        if hi > 12:
            return dt.date(year - 1, 12, 1), dt.date(year + 1, 2, 28)
        return dt.date(year, lo, 1), dt.date(year, hi, _month_days(year, hi))
    m = _PART_BEFORE.search(text, max(0, f.qual_start - 24), f.qual_start)
    if m is not None:
        lo, hi = _YEAR_PARTS[(m.group("p") or m.group("q")).lower()]
        return dt.date(year, lo, 1), dt.date(year, hi, _month_days(year, hi))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def span_range(first: Figure, second: Figure) -> Optional[Tuple[float, float]]:
    """The shortest and longest period (seconds) from *first* to *second* (a year up to
    the draft's date, *second* carrying that date: from its start to that date)."""
    if first.kind == "year" and second.kind == "year" and second.date is not None:
        today = second.date
        latest = second.date_end or today  # (the draft's dates from its earliest to its latest)
        start = dt.date(int(first.value), 1, 1)
        lo = max(0.0, ((today - dt.date(int(first.value), 12, 31)).days)) * DAY
        return lo, (latest - start).days * DAY
    if first.kind == "time" and second.kind == "time":
        return _time_range(first, second)
    if first.kind == "time" and second.kind == "date":
        # "froze withdrawals at 09:00 on Friday 9 October" ... "on Wednesday 14 October":
        # from the time to any time of the later day
        day = _full_day(first.day)
        end = _full_day(second.mention) if second.mention is not None else None
        if day is None or end is None or first.minutes is None:
            return None
        lo = ((end - day).days * 1440 - first.minutes) * 60.0
        return (lo, lo + DAY) if lo >= 0 else None
    if {first.kind, second.kind} == {"date", "year"}:
        # "began on 13 April 2026" ... "finishing in the spring of 2028"
        a = year_bounds(first) if first.kind == "year" else \
            _bounds(first, first.mention.year) if first.mention is not None and first.mention.year else None
        b = year_bounds(second) if second.kind == "year" else \
            _bounds(second, second.mention.year) if second.mention is not None and second.mention.year else None
        if a is None or b is None or b[1] < a[0]:
            return None
        return max(0, (b[0] - a[1]).days) * DAY, (b[1] - a[0]).days * DAY
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


def _full_day(c) -> Optional[dt.date]:
    if c is None or c.kind != "date" or c.year is None or c.month is None or c.day is None:
        return None
    try:
        return dt.date(c.year, c.month, c.day)
    except ValueError:
        return None


def day_counts(first: Figure, second: Figure, d: Figure) -> Optional[Tuple[int, ...]]:
    """The whole numbers of days an editor counts between two days of the calendar, for a
    duration given as an exact whole number of days ("five days", not "about five days"):
    the days between them (5 to 10 June is five days) or both ends counted (six); only both
    ends for days spent doing something ("a total of six days of racing", "three days of
    talks"); only the days between from a time of day ("at 09:00 on 9 October" to "14
    October" is five days). None when the rounding of :func:`duration_range` applies."""
    if d.approx or d.value != int(d.value) or d.upper is not None or not (d.unit or "").startswith("day"):
        return None
    if second.kind != "date" or second.mention is None or second.mention.day is None:
        return None
    if first.kind == "time":
        a = _full_day(first.day)
        b = _full_day(second.mention)
        if a is None or b is None:
            return None
        return ((b - a).days,)
    if first.kind != "date" or first.mention is None or first.mention.day is None:
        return None
    y1, y2 = _year_of(first, second), _year_of(second, first)
    if y1 is None or y2 is None:
        y1 = y2 = 2001
    try:
        a, b = dt.date(y1, first.mention.month, first.mention.day), dt.date(y2, second.mention.month, second.mention.day)
    except ValueError:
        return None
    if b < a and second.mention.year is None:
        try:
            b = dt.date(y2 + 1, b.month, b.day)
        except ValueError:
            return None
    days = (b - a).days
    if days < 0:
        return None
    if _DAYS_OF.match(d.region.text, d.end):
        return (days + 1,)
    return (days, days + 1)


#: "six days of racing", "three days of talks": days on which something is done, counted
#: with both ends (not "six days of the closure", "days of age").
_DAYS_OF = lazyre.compile(r"\s+of\s+(?!the\b|its\b|their\b|his\b|her\b|this\b|that\b|age\b)[a-z]+(?:ing|s)?\b")


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
    if not words and d.qual_start < d.start \
            and d.region.text[d.qual_start : d.start].strip().lower() in ("exactly", "precisely"):
        half = 0.0  # "exactly 11 hours": no rounding (the span's own minutes must make it)
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
    by_sentence = sentence_figures(doc)
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
