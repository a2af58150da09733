"""FIG008: a duration that the times or dates it spans contradict ("from 09:10 to 12:40,
five hours")."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.figures.messages import at, line_of, voice_note
from lintnews.analysis.figures.spans import DAY, YEAR, day_counts, describe_period, duration_range, span_range, \
    ordinal_counts, span_statements, weekday_spans, written_part
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
    is 17.5 to 24.5 days), "exactly" or "precisely" none ("exactly 11 hours" is not 07:15 to
    18:00); "just over a week" allows up to nine days, "more than a week" any longer. A time's weekday may carry its date ("from 07:00 on Monday 9 March until
    07:00 on Wednesday 11 March", 48 hours); a duration ending at a date ("for seven weeks
    until Saturday 12 December", "had been frozen for six days when ... on 8 October",
    "three years, finishing in autumn 2028") is measured from the one date of an earlier
    sentence, two paragraphs back at most, that says what began then ("opened on", "was
    frozen on", "started in", "were called to the plant at 02:15 on"), or else from the
    story's one start told anywhere before (in
    its first three paragraphs, or in a sentence naming the same thing; not for "A ...",
    "another", "a second" thing). "Work began in March 2019, so the construction took five
    years" is measured to the story's one completion ("was opened on 26 September 2026").
    "N years ago" and "N years since" count to the draft's own date, else to its dates when
    they lie within a year, one of them at its top, and no later year is named; so do "has
    run the pub for 30 years, since 1986" (a present perfect) and an ordinal counted from
    the one year of its sentence: "marked the 70th anniversary of the 1944 battle",
    "Founded in 1971, the choir celebrates its 50th anniversary", "now in its 80th year"
    after "first held in 1951" (the 75th or 76th), "the centenary of the 1921 lockout".
    "Reopened on 6 April after 16 weeks of repairs that began on 5 January", "eight months
    after the fire in March", "lasted 11 days, ending on 23 March after it began on 10
    March", "closed for a week from Monday 9 March, reopening on ...", "agreed on 2 May,
    held for three weeks until fighting resumed on 30 May" and "..., after a closure of
    five months" are measured between their two dates.

    Days: a whole number of days between two dates may count the days between or both
    ends ("from 5 June to 10 June, five days" or "six days" both pass: English allows
    either for a closure or a stay); days spent doing something count both ends ("five
    days of racing" for 5 to 10 June is flagged: six); from a clock time to a date only
    the days between count ("frozen at 09:00 on 9 October" to "14 October" is five days).
    Months and years may be narrowed by a part ("mid-August" the 11th to the 20th, "early
    May", "the end of September", "the spring of 2028" March to May, "late 2027"
    September to December). A duration in the headline is reported at the dates below it.

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
            counts = day_counts(st.first, st.second, d) if st.how != "now" else None
            if counts is not None:
                if int(d.value) in counts:
                    continue
                period = (counts[0] * DAY, counts[-1] * DAY)
            else:
                lo, hi = duration_range(st.duration)
                if lo <= period[1] * 1.0001 and period[0] <= hi * 1.0001:
                    continue
            if st.how == "now":
                line = line_of(doc, d.region, d.start)
                told = "the draft's date" if st.second.date_end is None else "the year of the draft's dates"
                message = (f"{at(doc, d, line, text=d.shown)} here, but {at(doc, st.first, line)} to {told} "
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
                       f"{'times' if st.first.kind == 'time' and st.second.kind == 'time' else 'dates'} disagree{voice_note((d, st.first, st.second))}")
            yield self.report(doc, region, start, end, message)
        for o in ordinal_counts(doc):
            if not self.applies_to(o.region) or o.n in o.allowed():
                continue
            line = line_of(doc, o.region, o.start)
            said = o.region.text[o.start : o.end]
            gap = o.year - int(o.since.value)
            which = " or ".join(_nth(k) for k in o.allowed())
            message = (f"{said} here, but {at(doc, o.since, line)} to the draft's year ({o.year}) is {gap} years, "
                       f"the {which}{' year' if o.what == 'year' else ''}: the ordinal and its year "
                       f"disagree{voice_note((o.since,))}")
            yield self.report(doc, o.region, o.start, o.end, message)


def _with_day(f) -> str:
    """A time with the day written after it ("07:00 on Monday 9 March"); a month or a year
    with the part of it written before it ("mid-August", "the spring of 2028")."""
    if f.kind in ("date", "year"):
        return written_part(f) + f.text
    day = f.day if f.kind == "time" else None
    if day is None or day.kind not in ("date", "weekday") or day.start < f.end or day.end - f.end > 40:
        # (a time read with the sentence's full stop: "12pm." is shown "12pm")
        return f.text[:-1] if f.text.endswith(("am.", "pm.")) else f.text
    return f.region.text[f.start : day.end]


def _nth(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"
