"""FIG008: a duration that the times or dates it spans contradict ("from 09:10 to 12:40,
five hours")."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.figures.messages import at, line_of, voice_note
from lintnews.analysis.figures.spans import YEAR, describe_period, duration_range, span_range, span_statements, weekday_spans
from lintnews.model import Finding, Severity
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.text.document import Document

__all__ = ["DurationMismatch"]


class DurationMismatch(Rule):
    """What it flags: a period given with its start and end when the two disagree: "lasted
    five hours, from 09:10 to 12:40" (3 h 30 min), "from 06:00 on Saturday to 18:00 on
    Sunday, a period of 30 hours" (36), "from 9 August to 25 August, a closure of just over
    a week" (16 days), "between June and September, a five-month spree" (at most four), "on
    4 March but not until 18 March, a delay of three weeks" (two); a table row whose times
    and journey time disagree ("| 08:04 | 08:52 | 38 min |"); and an event given a duration
    in one sentence and its dates in another ("a two-year refurbishment" ... "The
    refurbishment ran from March 2022 to March 2025"; "The count began at 10pm and ended at
    4am" ... "the nine-hour count"; "the 14-hour rescue" before "Crews left at 22:30 and
    returned at 10:30 the following morning"; a headline's "Pool shut for 15 weeks" over the
    lead's "closed on Monday 2 March and reopened on Monday 25 May"; months given by their
    part, "leaving in mid-August and returning in early May"). A date or year given as a period after
    an earlier one is checked the same way ("admitted on 2 March and discharged ten days
    later, on 12 March"; "Three weeks later, on 14 May" after the sentence's one date; "in
    1994, 12 years later"; "In 2009, 14 years after the 1995 merger"), and so are years
    counted to the draft's date (its front matter or dateline): "in 1986, 40 years ago", "It
    is 35 years since the pit closed in 1986", and an anniversary in the draft's year,
    which counts whole years ("Founded in 1971, the choir marks 55 years this month"; an
    event "first held" may count its editions, one more).

    A month or a day written without a time covers all of it (June to September is 63 to
    121 days), a span of days may count both ends, a time before the start falls on the next
    day, and weekdays or dates written with the times are counted ("on Saturday", "the
    following day"). A whole number of units allows half a unit either way ("three weeks"
    is 17.5 to 24.5 days); "just over a week" allows up to nine days, "more than a week"
    any longer. A time's weekday may carry its date ("from 07:00 on Monday 9 March until
    07:00 on Wednesday 11 March", 48 hours); a duration ending at a date ("for seven weeks
    until Saturday 12 December", "had been frozen for six days when ... on 8 October",
    "three years, finishing in autumn 2028") is measured from the one date of an earlier
    sentence, two paragraphs back at most, that says what began then ("opened on", "was
    frozen on", "started in").

    Why: readers check periods against the dates beside them; a wrong one makes the dates
    look wrong too.

    Instead: recount the period, or correct the date or time.

    Fix safety: no fix: any of the figures may be the wrong one.
    """

    code = "FIG008"
    name = "duration-mismatch"
    category = "figures"
    severity = Severity.WARNING
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "A stated duration does not fit the times or dates it runs between."
    examples = {
        "fail": ["The outage lasted five hours, from 09:10 to 12:40.",
                 "The road will close from 3 June to 24 June, a closure of two weeks."],
        "pass": ["The outage lasted three and a half hours, from 09:10 to 12:40.",
                 "The road will close from 3 June to 24 June, a closure of three weeks."],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        for ws in weekday_spans(doc):
            d = ws.duration
            if not self.applies_to(d.region):
                continue
            lo, hi = duration_range(d)
            if lo <= ws.hi * 1.0001 and ws.lo <= hi * 1.0001:
                continue
            line = line_of(doc, d.region, d.start)
            message = (f"{at(doc, d, line, text=d.shown)} here, but {ws.text.split(' ', 1)[1]} is "
                       f"{describe_period((ws.lo, ws.hi), d)}: the duration and its days disagree{voice_note((d,))}")
            yield self.report(doc, d.region, d.qual_start, d.end, message)
        for st in span_statements(doc):
            if not self.applies_to(st.duration.region) or not self.applies_to(st.first.region):
                continue
            d = st.duration
            if st.how in ("anniversary", "edition"):
                years = st.second.value - st.first.value
                allowed = (years, years + 1) if st.how == "edition" else (years,)
                lo, hi = duration_range(d)
                if d.approx or d.unit != "years" and lo <= years * YEAR * 1.0001 <= hi * 1.0001 \
                        or d.unit == "years" and d.value in allowed:
                    continue
                line = line_of(doc, d.region, d.start)
                message = (f"{at(doc, d, line, text=d.shown)} here, but {at(doc, st.first, line)} to the draft's year "
                           f"({int(st.second.value)}) is {years:.0f} years: the anniversary and its year "
                           f"disagree{voice_note((d, st.first))}")
                yield self.report(doc, d.region, d.qual_start, d.end, message)
                continue
            period = span_range(st.first, st.second)
            if period is None:
                continue
            lo, hi = duration_range(st.duration)
            if lo <= period[1] * 1.0001 and period[0] <= hi * 1.0001:
                continue
            if st.how == "now":
                line = line_of(doc, d.region, d.start)
                message = (f"{at(doc, d, line, text=d.shown)} here, but {at(doc, st.first, line)} to the draft's date "
                           f"({int(st.second.value)}) is {describe_period(period, d)}: the duration and its year "
                           f"disagree{voice_note((d, st.first))}")
                yield self.report(doc, d.region, d.qual_start, d.end, message)
                continue
            if st.how == "event":
                region, start, end = st.first.region, st.first.qual_start, st.second.end
            else:
                region, start, end = d.region, d.qual_start, d.end
            line = line_of(doc, region, start)
            if st.how == "event":
                message = (f"{at(doc, st.first, line)} to {at(doc, st.second, line)} here is "
                           f"{describe_period(period, d)}, but line {line_of(doc, d.region, d.start)} gives it as "
                           f"{d.shown}: the duration and its dates disagree{voice_note((d, st.first, st.second))}")
                yield self.report(doc, region, start, end, message)
                continue
            message = (f"{at(doc, d, line, text=d.shown)} here, but {at(doc, st.first, line, _with_day(st.first))} to "
                       f"{at(doc, st.second, line, _with_day(st.second))} is {describe_period(period, d)}: the duration and its "
                       f"{'times' if st.first.kind == 'time' else 'dates'} disagree{voice_note((d, st.first, st.second))}")
            yield self.report(doc, region, start, end, message)


def _with_day(f) -> str:
    """A time with the day written after it ("07:00 on Monday 9 March")."""
    day = f.day if f.kind == "time" else None
    if day is None or day.kind not in ("date", "weekday") or day.start < f.end or day.end - f.end > 40:
        return f.text
    return f.region.text[f.start : day.end]
