"""FIG011: an average or a product that its own figures contradict ("112,000 patients in 14
practices, an average of 9,000 per practice")."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.figures.parts import sig_half
from lintnews.analysis.figures.messages import at, line_of, voice_note
from lintnews.analysis.figures.rates import period_restatements, rate_statements
from lintnews.model import Finding, Severity
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.text.document import Document

__all__ = ["RateMismatch"]

#: Slack on top of the figures' own rounding: averages and takings are rounded freely.
SLACK = 0.03


class RateMismatch(Rule):
    """What it flags: an average stated with the total and the count it divides ("14 practices
    covering 112,000 patients, an average of 9,000 patients per practice": 8,000), and a
    unit price, the number who paid it and the sum raised that do not multiply out ("€2.4m
    from its €5 fee ... paid by 385,000 visitors": €1.9m; "2,000 tickets at £45 each raised
    £120,000"). An average ("an average of 120 each", "about 900 per school", "450 a
    day", "18 per ward on average") finds its total and count in its sentence, its
    paragraph or the two before: the count by the noun it is per (a duration "over 40
    days" for "a day"), for "each" the group shared among; a bare average takes the
    total's unit ("24,000 hours ... 120 each"). A price and its total stand in one
    sentence or two adjacent ones. A sum given for one period and restated for another ("£2.1m a
    month, or £25.2m a year", "£180,000 a day, or £360,000 for the two days", "5,200
    operations a year, or about 150 a week": 100) must multiply out; a day may be a working
    day ("40 hours a week, eight hours a day"); after "or" a smaller yearly price may be a
    cheaper plan, so only a larger one is queried. A ratio of two counts of the sentence
    ("571,000 residents ... 61 practices, or one for every 7,000 people": 9,361) is
    checked as an average; its second term is no count of its own to restate.
    An average amount named by its noun after a count ("More than 12,000 people gave, with
    an average gift of £50") is held to a total raised or paid in one of the two sentences
    before ("The appeal raised £450,000"), two paragraphs back at most.
    A count, what each of them holds and the total, in one sentence, must multiply out ("14
    coaches, each carrying 52 fans - 728 in all"; "Each of the eight crews fitted 15
    boilers, 120 in total"; "14 teams of six volunteers - 84 people in all"), and so must an
    average over a count given right after it ("averaged £250 across 60 families, £15,000
    in total").

    The figures' rounding and 3% are allowed; "about" allows the rounding of the figure's
    last significant digit as written and 3% more ("about £10m": £9m to £11m, and 3%). A sum
    of one digit and a scale without "about" ("£2m") stands for 12% either way, not half its
    unit, when it is shared among a count of things: "£2m for 400 pupils, £4,000 a pupil" is
    queried, "about £2m" is not, nor "$1bn ... $250m a month over five months".

    Why: readers multiply and divide; an average or a total that does not follow from its
    figures makes all three doubtful.

    Instead: recompute the average or the total, or correct the count.

    Fix safety: no fix: any of the figures may be the wrong one.
    """

    code = "FIG011"
    name = "rate-mismatch"
    category = "figures"
    severity = Severity.WARNING
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "An average, or a price times the number who paid, does not match its total."
    examples = {
        "fail": ["The 12 branches serve 60,000 customers, an average of 8,000 customers per branch.",
                 "The club sold 2,000 tickets at £45 each, raising £120,000."],
        "pass": ["The 12 branches serve 60,000 customers, an average of 5,000 customers per branch.",
                 "The club sold 2,000 tickets at £45 each, raising £90,000."],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        for pr in period_restatements(doc):
            a, b = pr.first, pr.second
            if not self.applies_to(b.region):
                continue
            f_lo, f_hi = sorted((pr.factor, pr.working))
            lo, hi = _low(a) * f_lo, _high(a) * f_hi
            if lo * (1 - SLACK) <= _high(b) and _low(b) <= hi * (1 + SLACK):
                continue
            if pr.alternative and (_high(b) < lo if pr.factor > 1 else _low(b) > hi):
                continue  # "£4.99 a month or £50 a year": a cheaper yearly plan, not a sum
            line = line_of(doc, b.region, b.start)
            yield self.report(doc, b.region, b.qual_start, b.end,
                              f"{b.shown} here, but {at(doc, a, line)} comes to {_fmt(a.value * pr.factor, b)} "
                              f"{pr.span}: the sum and its rate disagree{voice_note((a, b))}")
        for st in rate_statements(doc):
            rate, count, total = st.rate, st.count, st.total
            if not self.applies_to(rate.region):
                continue
            lo = max(0.0, _low(rate)) * max(0.0, _low(count))
            hi = _high(rate) * _high(count)
            # a round sum shared among a count of things ("£2m for 400 pupils"), not over a time
            tight = count.kind == "count"
            t_lo, t_hi = _low(total, tight), _high(total, tight)
            if lo * (1 - SLACK) <= t_hi and t_lo <= hi * (1 + SLACK):
                continue
            spread = [f for f in (rate, count, total) if f.sentence is not st.rate.sentence]
            if spread and not (1 / 3 <= (rate.value * count.value) / max(total.value, 1e-9) <= 3):
                continue  # figures from other sentences that are this far apart are other quantities
            target = rate if st.kind == "average" else count if count.region is not total.region else total
            latest = max((rate, count, total), key=lambda f: (f.region.index, f.start))
            if latest.sentence is not target.sentence and (latest is rate or latest is total):
                target = latest  # a count or total given before: reported where the rate is stated
            line = line_of(doc, target.region, target.start)
            if st.kind == "average":
                actual = total.value / count.value
                message = (f"{rate.shown} here, but {at(doc, total, line)} over {at(doc, count, line, noun=True)} is "
                           f"{_fmt(actual, rate)} each: the average and its figures disagree"
                           f"{voice_note((rate, count, total))}")
            else:
                actual = rate.value * count.value
                message = (f"{at(doc, count, line, noun=True)} at {at(doc, rate, line)} make "
                           f"{_fmt(actual, total)}, but the total is {at(doc, total, line)}: the figures do not "
                           f"multiply out{voice_note((rate, count, total))}")
            yield self.report(doc, target.region, target.qual_start, target.end, message)


#: "about" on a figure in a product or an average: the rounding of its last significant
#: digit and this much more ("about 270,000 passengers" is 257,000 to 283,000), not the
#: 15% a bare comparison of two figures allows.
ABOUT = 0.03


def _low(f, tight: bool = False) -> float:
    if f.approx == "about":
        return f.value - _sig_half(f, f.value) - ABOUT * f.value
    if tight and _one_digit_sum(f):
        return f.value * (1 - ONE_DIGIT)
    return f.low


def _high(f, tight: bool = False) -> float:
    if f.approx == "about":
        top = f.upper if f.upper is not None else f.value
        return top + _sig_half(f, top) + ABOUT * top
    if tight and _one_digit_sum(f):
        return f.value * (1 + ONE_DIGIT)
    return f.high


#: A sum of money written with one digit and a scale ("£2m", "$3bn") and no "about": a
#: total a draft divides is given as it was budgeted, not rounded to the million, so it
#: stands for this much either way (rather than half its unit, "£2m" as £1.5m to £2.5m).
ONE_DIGIT = 0.12


def _one_digit_sum(f) -> bool:
    return f.kind == "currency" and not f.approx and f.upper is None and (f.scale or 1.0) >= 1e6 \
        and 1 <= f.value / f.scale < 10 and f.value / f.scale == int(f.value / f.scale)


def _sig_half(f, value: float) -> float:
    """Half the place of the last significant digit of *value* written like *f*."""
    if value == f.value:
        return sig_half(f)
    return sig_half(f) * (value / f.value) if f.value else 0.0


def _fmt(value: float, like) -> str:
    prefix = like.text[0] if like.text[:1] in "£$€¥" else ""
    if value >= 1e9:
        return f"{prefix}{value / 1e9:.3g}bn"
    if value >= 1e6:
        return f"{prefix}{value / 1e6:.3g}m"
    if value < 100 and value != round(value) and "." in like.text:
        return f"{prefix}{value:.3g}"  # "3.6 (metres) over the two years" beside "5.4 metres", not "4"
    return f"{prefix}{value:,.0f}"
