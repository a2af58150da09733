"""FIG009: an age that the person's birth date contradicts ("born in 1938 ... his debut in
1961, at the age of 19")."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.figures.ages import Now, age_gaps, ages_at, possible_ages, spoken_age_words, turns
from lintnews.analysis.figures.messages import at, line_of, voice_note
from lintnews.analysis.figures.reader import read_figures
from lintnews.model import Finding, Severity
from lintnews.rule import DEFAULT_SCOPE, Context, Rule
from lintnews.text.document import Document

__all__ = ["AgeMismatch"]


class AgeMismatch(Rule):
    """What it flags: an age given together with a date or year when the draft also gives the
    person's birth and the two disagree: "born on 12 March 1938 ... died on 3 February 2025,
    aged 87" (86), "born in 1938 ... his debut in 1961, at the age of 19" (22 or 23), "born
    in March 1950 ... her first book came out in 1975, when she was 30" (24 or 25). The age
    belongs to the person born when it names the same surname, or when the draft gives one
    birth and the age names nobody else.

    An age given for the present ("who is 51", "is only 21", "now 36", "who turns 46 next
    month", an age beside a name: "Ann Lee, 34,", "at 67 she has no plans") is checked
    against the draft's date: the ``--date`` option or config ``date:``, the front
    matter's ``date:``, or a dateline ("KENDAL, 4 March 2026 -"); failing those, the dates
    the draft gives (from its earliest to its latest full date; for an age told now, only
    those within a year of the latest: "first held on 3 May 1901" is history, not the
    present); failing those, today, when
    no year the draft names is more than a year away. An age at death is checked against
    the date of death told in another sentence or the life years "(1931-2012)"; a thing's
    age against the year it was built, opened or founded, or put to use ("entered service
    in 1984", "was commissioned in", "were taken into use in"; "The old ferries Alma and
    Berit ..." name the things, not people). With the draft's own date (front
    matter or dateline) and one birth, an age may be given in any later paragraph when it
    opens its sentence ("Now 72, she ...", "At 41, he is ...") or stands alone as "The
    79-year-old said ...". Without a date of the draft's own, "The 27-year-old said ..."
    (or "joined", "told", ...) is checked against the dates the draft gives when the
    sentence before names the person born and nobody else, and the draft's dates lie
    within a year. A year after "since" that follows the age ("The 58-year-old has run it
    every year since 1990") is not the age's moment.

    Only a year known on both sides allows a year either way (a birthday may fall before or
    after the event); day and month narrow it to one age.

    Why: ages and dates in profiles and obituaries are checked by readers who knew the
    person; one wrong makes both doubtful.

    Instead: recompute the age from the birth date, or correct the date.

    Fix safety: no fix: any of the figures may be the wrong one.
    """

    code = "FIG009"
    name = "age-mismatch"
    category = "figures"
    severity = Severity.WARNING
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "An age given at a date does not fit the person's birth date."
    context = True
    examples = {
        "fail": ["Ann Lee was born in 1950. She published her first novel in 1975, when she was 30.",
                 "Edith Marr (1931-2012) died aged 76."],
        "pass": ["Ann Lee was born in 1950. She published her first novel in 1975, when she was 25.",
                 "Edith Marr (1931-2012) died aged 80."],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        figures = read_figures(doc)
        if not any(f.kind in ("age", "count") for f in figures) and not spoken_age_words(doc):
            return
        for item in ages_at(doc, figures, today=context.today, published=context.date):
            age, when, birth = item
            if not self.applies_to(age.region):
                continue
            span = possible_ages(birth, when)
            if span is None:
                continue
            lo, hi = span
            a_lo, a_hi = age.low, age.high
            if not age.approx and age.value == int(age.value):
                # an age is given in whole years, never rounded ("70" is not "about 70")
                a_lo, a_hi = age.value, age.upper if age.upper is not None else age.value
            if turns(age):
                a_lo = a_hi = age.value - 1  # "turns 46 next month": 45 now
            if a_lo <= hi + 0.5 and lo - 0.5 <= a_hi:
                continue
            line = line_of(doc, age.region, age.start)
            shown = f"{lo}" if lo == hi else f"{lo} or {hi}" if hi == lo + 1 else f"{lo} to {hi}"
            origin = "dating from" if birth.who.startswith("~") else "born"
            if isinstance(when, Now):
                moment = f"by the dates this draft gives ({_day(when.first)} to {_day(when.last)})" \
                    if when.first != when.last else f"on {_day(when.first)}, the latest date this draft gives" \
                    if when.kind == "now" else f"on {_day(when.first)} ({when.kind})"
                message = (f"{age.shown} here, but {origin} {at(doc, birth.figure, line)}, {moment} the age "
                           f"is {shown}: the age and the dates disagree{voice_note((age,))}")
            else:
                message = (f"{age.shown} here, but {origin} {at(doc, birth.figure, line)}, at {at(doc, when, line)} "
                           f"the age is {shown}: the age and the dates disagree{voice_note((age, when))}")
            yield self.report(doc, age.region, age.qual_start, age.end, message)
            born = birth.figure
            if born.region.index > age.region.index:
                # the birth told after the age: noted at its own line too (as a restated figure
                # is reported where it is restated), naming the age it contradicts
                bline = line_of(doc, born.region, born.start)
                yield self.report(doc, born.region, born.qual_start, born.end,
                                  f"{origin} {born.shown} here makes the age {shown}, not {at(doc, age, bline)}: "
                                  f"the age and the dates disagree", severity=Severity.INFO)
        named = [f for f in figures if f.kind == "age" and f.quantity is not None and f.quantity.person]
        for g in age_gaps(doc, figures) if len(named) >= 2 else ():
            if not self.applies_to(g.region):
                continue
            actual = g.first.value - g.second.value
            if abs(actual - g.sign * g.gap) <= 1:
                continue  # (birthdays may fall between: a year either way)
            line = line_of(doc, g.region, g.start)
            said = g.region.text[g.start : g.end]
            message = (f"{said} here, but {at(doc, g.first, line)} and {at(doc, g.second, line)} are "
                       f"{abs(actual):.0f} years apart: the ages and the gap disagree{voice_note((g.first, g.second))}")
            yield self.report(doc, g.region, g.start, g.end, message)


def _day(d) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"
