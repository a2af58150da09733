"""Probe families h and i of the figures rules: every relation in wording the rules were not built from.

Family h was written at the start of the wording round, before any change to the rules,
and run once on the code as it stood (its first-run numbers are reported as such).
Family i was written at the end of the round, in different wording again, and run once on
the final code: its first run is the estimate of how the rules generalise.

Each relation has five or more templates that build a short draft twice, once with the
arithmetic right (the control, which must stay quiet) and once with one figure wrong
(which must draw a figures finding). Subjects, numbers (digits and words), positions in
the sentence and voice (the writer's, attributed, quoted) vary. Nothing is written to disk.

Usage: ``python evaluation/figures_probe.py --family h`` (or ``i``); the families are
registered there.
"""

from __future__ import annotations

import calendar
import collections
import datetime as dt
import random
from typing import Callable, Dict, List

from figures_probe import _FORM as FORM, BODIES, TOWNS, Pair, draft, n, name, pick  # noqa: F401

UNITS_W = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
          "sixteen seventeen eighteen nineteen".split()
TENS_W = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def say(k: int) -> str:
    """*k* (0-999) in words."""
    if k < 20:
        return UNITS_W[k]
    if k < 100:
        return TENS_W[k // 10] + ("" if k % 10 == 0 else "-" + UNITS_W[k % 10])
    rest = k % 100
    return UNITS_W[k // 100] + " hundred" + ("" if rest == 0 else " and " + say(rest))


def num(rng: random.Random, k: int, words_below: int = 100) -> str:
    """*k* in digits, or in words (half the time) when it is small."""
    return say(k) if k < words_below and rng.random() < 0.5 else n(k)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def voice(rng: random.Random, paragraphs: List[str], p: float = 0.3) -> List[str]:
    """The paragraphs as the writer's, or the first one attributed or quoted (p of the time)."""
    first = paragraphs[0]
    if rng.random() >= p or "\n" in first or not first.endswith("."):
        return paragraphs
    who = rng.choice(["a spokesman", "the chief executive", "a council spokeswoman", "the report",
                      "officials", "the organisers"])
    if rng.random() < 0.5:
        text = f"{first[:-1]}, {who} {'says' if who == 'the report' else 'said'}."
        if who in ("the report", "officials"):
            text = f"{first[:-1]}, according to {who}."
    else:
        verb = "says" if who == "the report" else "said"
        text = f'"{first[:-1]}," {who} {verb}.'
    return [text] + paragraphs[1:]


def hpair(rng: random.Random, make: Callable[[bool], List[str]], **kw) -> Pair:
    seed = rng.random()
    vs = random.Random(seed + 1)
    ok, bad = make(False), make(True)
    if rng.random() < 0.5:
        state = vs.getstate()
        ok = voice(vs, ok)
        vs.setstate(state)
        bad = voice(vs, bad)
    return draft(random.Random(seed), *ok, **kw), draft(random.Random(seed), *bad, **kw)


SUBJECTS = ["visitors", "complaints", "members", "applications", "patients", "passengers", "homes", "votes",
            "arrests", "staff", "pupils", "volunteers"]
MONTHS = list(calendar.month_name)[1:]


def _date(d: dt.date, style: int) -> str:
    m = calendar.month_name[d.month]
    if style == 0:
        return f"{d.day} {m} {d.year}"
    if style == 1:
        return f"{m} {d.day}, {d.year}"
    if style == 2:
        return f"{d.day} {m[:3]} {d.year}"
    return f"{d.day} {m}"


# =========================================================================== family h


def h_changes(rng: random.Random) -> Pair:
    a = rng.randrange(12, 95) * 100
    p = rng.choice([8, 12, 15, 20, 24, 30, 35, 40])
    up = rng.random() < 0.6
    b = round(a * (1 + p / 100)) if up else round(a * (1 - p / 100))
    bad = p + rng.choice([9, 12, 16])
    noun = rng.choice(SUBJECTS)
    year = rng.randrange(2019, 2025)
    rise, fall = rng.choice(["rise", "increase", "jump"]), rng.choice(["fall", "drop", "decline"])
    body = rng.choice(BODIES)

    def q(e: bool) -> int:
        return bad if e else p

    forms = [
        lambda e: [f"The tally of {noun} reached {n(b)} this year against {n(a)} twelve months before, "
                   f"a{'n' if (rise if up else fall)[0] in 'aeiou' else ''} {rise if up else fall} of {q(e)}%."],
        lambda e: [f"Last year's figure of {n(a)} {noun} has {'grown' if up else 'shrunk'} by {q(e)} per cent to "
                   f"{n(b)}, {body} said."],
        lambda e: [f"There were {n(b)} {noun} in {year + 1}, {q(e)}% {'more' if up else 'fewer'} than the {n(a)} "
                   f"recorded in {year}."],
        lambda e: [f"{cap(noun)} have gone {'up' if up else 'down'} {q(e)}% in a year: {n(a)} then, {n(b)} now."],
        lambda e: [f"In {year} the total stood at {n(a)}; by {year + 2} it was {n(b)}, "
                   f"{'up' if up else 'down'} {q(e)} per cent."],
        lambda e: [f"Set against {n(a)} in {year}, this year's {n(b)} {noun} mark a {q(e)}% "
                   f"{rise if up else fall}."],
        lambda e: [f"A {q(e)}% {rise if up else fall} took {noun} to {n(b)}, from a previous level of {n(a)}."],
    ]
    return hpair(rng, pick(rng, forms))


def h_multiples(rng: random.Random) -> Pair:
    a = rng.choice([12, 35, 140, 260, 1_800, 4_500])
    k, word_k = rng.choice([(2, "doubled"), (3, "tripled"), (4, "quadrupled")])
    f = rng.choice([0.7, 1.35])

    def wrong(m: float) -> int:
        return round(a * m * f)
    noun = rng.choice(["staff", "complaints", "cases", "applications", "sites"])
    year = rng.randrange(2010, 2020)
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"The {town} budget for road repairs has {word_k}, from £{a}m to £{wrong(k) if e else a * k}m."],
        lambda e: [f"{cap(noun)} {word_k} in three years, to {n(wrong(k) if e else a * k)} from {n(a)}."],
        lambda e: [f"Membership has halved since {year}, when it stood at {n(a * 2)}; it is now "
                   f"{n(wrong(1) if e else a)}."],
        lambda e: [f"At {n(wrong(5) if e else a * 5)}, the number of {noun} is five times what it was in {year}, "
                   f"when {n(a)} were recorded."],
        lambda e: [f"The trust now has {n(wrong(2) if e else a * 2)} {noun} - twice as many as the {n(a)} it had a "
                   f"decade ago."],
        lambda e: [f"Passenger numbers at {town} {word_k} over the decade, rising from {n(a)} a week to "
                   f"{n(wrong(k) if e else a * k)}."],
        lambda e: [f"{cap(noun)} fell by half, to {n(wrong(1) if e else a)}, from {n(a * 2)} in {year}."],
    ]
    return hpair(rng, pick(rng, forms))


def h_parts(rng: random.Random) -> Pair:
    a = rng.randrange(12, 80)
    b = rng.randrange(8, 60)
    c = rng.randrange(3, 30)
    t = a + b + c
    d = rng.choice([5, 7, 9, 11])
    town = rng.choice(TOWNS)
    who, _ = name(rng)
    forms = [
        lambda e: [f"The {t} {rng.choice(['flats', 'homes', 'houses'])} on the estate break down as follows: "
                   f"{a} are council-owned, {b} are rented privately and {c + d if e else c} are owner-occupied."],
        lambda e: [f"Of {a + b} staff at the depot, {a} are drivers and the rest, {b + d if e else b}, work in "
                   "the office."],
        lambda e: [f"All but {say(c)} of the {a + b + c} homes in {town} have had their power restored - "
                   f"{a + b + (d if e else 0)} in all."],
        lambda e: [f"{cap(say(a + b))} people were hurt: {say(a)} adults and {say(b + (3 if e else 0))} children."],
        lambda e: [f"Labour took {a} of the {t} seats and the Conservatives {b}; the remaining "
                   f"{c + d if e else c} went to independents."],
        lambda e: [f"{who} won {n(a * 100)} votes, her nearest rival {n(b * 100)} and the third candidate "
                   f"{n(c * 100)}, out of {n((t + (d if e else 0)) * 100)} cast."],
        lambda e: [f"We sold {t} season tickets - {a} to adults, {b} to children and {c + d if e else c} to "
                   "pensioners."],
    ]
    return hpair(rng, pick(rng, forms))


def h_shares(rng: random.Random) -> Pair:
    a = rng.randrange(30, 55)
    b = rng.randrange(12, 100 - a - 8)
    c = 100 - a - b
    cb = c + rng.choice([9, 12, 15])
    total = rng.choice([480, 1_200, 2_500, 640, 3_600])
    x = rng.randrange(total // 8, total * 2 // 3)
    z = round(100 * x / total)
    zb = z + rng.choice([-1, 1]) * max(7, z // 3)
    noun = rng.choice(["staff", "members", "households", "drivers", "tenants"])
    forms = [
        lambda e: [f"Cars account for {a}% of journeys in the city, buses for {b}% and bicycles for "
                   f"{cb if e else c}%."],
        lambda e: [f"{n(x)} of the {n(total)} {noun} - {zb if e else z}% - have signed the letter."],
        lambda e: [f"Turnout was {zb if e else z}%: {n(x)} of {n(total)} registered voters took part."],
        lambda e: [f"Some {zb if e else z} per cent of the {n(total)} {noun}, {n(x)} in all, failed the check."],
        lambda e: [f"Only {n(x)} of our {n(total)} {noun} voted, which is {zb if e else z} per cent."],
        lambda e: [f"Asked where they shop, {a}% named the supermarket, {b}% the market and {cb if e else c}% "
                   "the corner shop."],
    ]
    return hpair(rng, pick(rng, forms))


def h_fractions(rng: random.Random) -> Pair:
    total = rng.choice([300, 600, 1_200, 2_400, 960, 3_000])
    noun = rng.choice(["staff", "homes", "passengers", "pupils", "votes", "members"])
    forms = [
        lambda e: [f"Almost half of the {n(total)} {noun} - {n(total * (0.3 if e else 0.47))} - were affected."],
        lambda e: [f"One in three of the {n(total)} {noun} checked, {n(total * (0.2 if e else 1 / 3))}, "
                   "had a fault."],
        lambda e: [f"A quarter of the £{n(total)}m budget, £{n(total * (0.4 if e else 0.25))}m, goes on wages."],
        lambda e: [f"{n(total * (0.45 if e else 2 / 3))} of the {n(total)} {noun}, roughly two-thirds, backed "
                   "the change."],
        lambda e: [f"Nearly a third of the {n(total)} {noun} ({n(total * (0.5 if e else 0.32))}) were delayed."],
        lambda e: [f"{n(total * (0.35 if e else 0.55))} {noun}, more than half of the {n(total)} counted, "
                   "were from outside the county."],
        lambda e: [f"Three quarters of the {n(total)} {noun}, {n(total * (0.5 if e else 0.75))}, said yes."],
    ]
    return hpair(rng, pick(rng, forms))


def h_conversions(rng: random.Random) -> Pair:
    m = rng.choice([120, 300, 450, 800])
    ft = round(m * 3.28084)
    ac = rng.choice([50, 200, 640])
    ha = round(ac * 0.404686)
    mph = rng.choice([40, 60, 75, 90])
    kmh = round(mph * 1.609344)
    kg = rng.choice([5, 12, 40, 150])
    lb = round(kg * 2.20462)
    c = rng.randrange(-8, 38)
    f = round(c * 9 / 5 + 32)
    eur = rng.choice([40, 120, 250])
    rate = 0.85
    gbp = round(eur * rate)
    eur2 = rng.choice([60, 90, 300])
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"The new bridge at {town} spans {m} metres ({round(ft * (1.3 if e else 1)):,} feet)."],
        lambda e: [f"The farm covers {ac} acres ({round(ha * (1.4 if e else 1))} hectares)."],
        lambda e: [f"Gusts of {mph}mph ({round(kmh * (0.75 if e else 1))}km/h) were recorded on the coast."],
        lambda e: [f"The otter weighed {kg}kg ({round(lb * (1.4 if e else 1))}lb) when it was found."],
        lambda e: [f"Temperatures are forecast to reach {c}C ({f + (9 if e else 0)}F) in {town}."],
        lambda e: [f"The deal is worth €{eur}m (£{gbp}m) to the club.",
                   f"A second contract, worth €{eur2}m (£{round(eur2 * rate * (1.2 if e else 1))}m), was "
                   "signed in May."],
        lambda e: [f"The route is {say(mph // 5)} miles ({round(mph // 5 * 1.609 * (1.5 if e else 1))}km) long."],
    ]
    return hpair(rng, pick(rng, forms))


def h_durations(rng: random.Random) -> Pair:
    h1 = rng.randrange(8, 11)
    hours = rng.randrange(3, 6)
    start = dt.date(2025, rng.randrange(1, 9), rng.randrange(1, 20))
    weeks = rng.randrange(3, 9)
    end = start + dt.timedelta(weeks=weeks)
    m1, m2 = rng.randrange(1, 5), rng.randrange(7, 12)
    forms = [
        lambda e: [f"The meeting ran from {h1}:15 to {h1 + hours}:45 - {say(hours + (2 if e else 0))} and a half "
                   "hours in all."],
        lambda e: [f"The shop was shut from {say(h1)} o'clock until half past {say(h1 + hours - 12 if h1 + hours > 12 else h1 + hours)}"
                   f", a closure of {say(hours + (2 if e else 0))} and a half hours."],
        lambda e: [f"The trial began on {_date(start, 0)} and ended on {_date(end, 0)}, "
                   f"{say(weeks + (3 if e else 0))} weeks later."],
        lambda e: [f"Between {MONTHS[m1 - 1]} and {MONTHS[m2 - 1]} 2024, a {m2 - m1 + (3 if e else 0)}-month "
                   "period, the line was closed."],
        lambda e: [f"Staff walked out at {h1}am and returned at {h1 + hours - 12 if h1 + hours > 12 else h1 + hours}"
                   f"{'pm' if h1 + hours >= 12 else 'am'}, a {say(hours + (3 if e else 0))}-hour stoppage."],
        lambda e: [f"The road was shut for {(end - start).days + (9 if e else 0)} days, from {_date(start, 1)} "
                   f"to {_date(end, 1)}."],
    ]
    return hpair(rng, pick(rng, forms))


def h_ages(rng: random.Random) -> Pair:
    born = rng.randrange(1935, 1985)
    later = born + rng.randrange(25, 38)
    age = later - born
    bd = dt.date(born, rng.randrange(1, 12), rng.randrange(1, 28))
    who, last = name(rng)
    who2, last2 = name(rng)
    while last2 == last:
        who2, last2 = name(rng)
    ordinal = {20: "20th", 21: "21st", 22: "22nd", 23: "23rd"}
    decade = (age // 10) * 10
    forms = [
        lambda e: [f"{who} was born in {born}.", f"She turned {age + (6 if e else 0)} in {later}, the year the "
                   "shop opened."],
        lambda e: [f"{who}, who was born in {MONTHS[bd.month - 1]} {born}, died in December {later} aged "
                   f"{age + (5 if e else 0)}."],
        lambda e: [f"Born in {born}, {who} was in her {decade + (20 if e else 0)}s when she founded the firm in "
                   f"{later}."],
        lambda e: [f"{who}, who was born in {born}, was {say(age - (7 if e else 0))} when he won the title in "
                   f"{later}."],
        lambda e: [f"{who} celebrated her {ordinal.get(age, str(age) + 'th')} birthday on {_date(dt.date(later, bd.month, bd.day), 0)}.",
                   f"She was born on {_date(dt.date(born - (4 if e else 0), bd.month, bd.day), 0)} in {rng.choice(TOWNS)}."],
        lambda e: [f"{who}, {age}, and {who2}, {age + 6}, founded the band in {later}.",
                   f"{last} is {say(6 + (4 if e else 0))} years younger than {last2}."],
        lambda e: [f"Aged {age + (8 if e else 0)}, {who} left teaching in {later}; she had been born in "
                   f"{born}."],
    ]
    return hpair(rng, pick(rng, forms))


def h_weekdays(rng: random.Random) -> Pair:
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(30, 330))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([1, 2, 5])) % 7]
    m = calendar.month_name[day.month]
    forms = [
        lambda e: [f"The hearing opens on {wrong if e else right} {day.day} {m} {day.year} at the crown court."],
        lambda e: [f"Voting takes place on {wrong if e else right}, {m} {day.day}, {day.year}."],
        lambda e: [f"The market returns on {day.isoformat()}, a {wrong if e else right}."],
        lambda e: [f"Results are due out next {wrong if e else right} ({day.day} {m} {day.year})."],
        lambda e: [f"Doors open at 7pm on {(wrong if e else right)[:3]} {day.day} {m[:3]} {day.year}."],
        lambda e: [f"It was on {wrong if e else right} the {day.day}{'th' if 4 <= day.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day.day % 10, 'th')} of {m}, {day.year}, "
                   "that the bridge reopened."],
    ]
    return hpair(rng, pick(rng, forms))


def h_restatements(rng: random.Random) -> Pair:
    x = rng.choice([240, 1_350, 86, 4_700, 612])
    xb = round(x * rng.choice([0.75, 1.3]))
    town = rng.choice(TOWNS)
    who, last = name(rng)
    forms = [
        lambda e: [f"The company said {n(x)} posts would be cut at the {town} plant by the end of the year."],
        lambda e: [f"The fire destroyed {n(x)} homes on the edge of {town}.",
                   f"Owners of the {n(xb if e else x)} homes destroyed will be offered temporary housing."],
        lambda e: [f"The crowd was estimated at {n(x)}.", f"Police said the {n(xb if e else x)}-strong crowd had "
                   "been good-natured."],
        lambda e: [f"The scheme's budget is £{n(x)}m, the council confirmed.",
                   f"Critics said the £{n(xb if e else x)}m budget would not be enough."],
        lambda e: [f"{who} won {n(x)} votes in the by-election.",
                   f"{last}'s {n(xb if e else x)} votes were the most for any candidate since 1997."],
        lambda e: [f"| Town | Homes without power |\n|---|---|\n| {town} | {n(xb if e else x)} |\n| Elsewhere | 35 |",
                   f"In {town}, {n(x)} homes were without power on Sunday night."],
    ]
    make = pick(rng, forms)
    if make is forms[0]:  # the headline against the body
        seed = rng.random()
        return (draft(random.Random(seed), *make(False), title=f"{n(x)} jobs to go at {town} plant"),
                draft(random.Random(seed), *make(False), title=f"{n(xb)} jobs to go at {town} plant"))
    return hpair(rng, make)


def h_averages(rng: random.Random) -> Pair:
    k = rng.randrange(4, 15)
    per = rng.choice([35, 120, 480, 2_500])
    total = k * per
    forms = [
        lambda e: [f"{n(total)} people came over {say(k)} days, an average of {n(per * (1.4 if e else 1))} a day."],
        lambda e: [f"Each of the {k} schools will get £{n(per * (1.5 if e else 1))} from a total pot of "
                   f"£{n(total)}."],
        lambda e: [f"With {k} staff sharing a bonus pool of £{n(total)}, each will receive about "
                   f"£{n(per * (0.6 if e else 1))}."],
        lambda e: [f"The kitchen served {n(total)} meals over {say(k)} weeks, or about {n(per * (1.5 if e else 1))} "
                   "a week."],
        lambda e: [f"The trust spent £{n(total)},000 on {k} new ambulances, or £{n(per * (0.7 if e else 1))},000 "
                   "apiece."],
        lambda e: [f"Spread across {k} wards, the {n(total)} beds give {n(per * (1.3 if e else 1))} per ward."],
    ]
    return hpair(rng, pick(rng, forms))


FAMILY_H: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    ages=h_ages, averages=h_averages, changes=h_changes, conversions=h_conversions, durations=h_durations,
    fractions=h_fractions, multiples=h_multiples, parts=h_parts, restatements=h_restatements, shares=h_shares,
    weekdays=h_weekdays)


# =========================================================================== family i
# Written at the end of the wording round, after the changes family h prompted, in other
# wording again, and run once on the final code (its first run is the estimate).


def voice_i(rng: random.Random, paragraphs: List[str], p: float = 0.3) -> List[str]:
    """Other framings of a source than :func:`voice`: "a statement said", "told reporters",
    "figures published on Monday show"."""
    first = paragraphs[0]
    if rng.random() >= p or "\n" in first or not first.endswith(".") or first.startswith("#"):
        return paragraphs
    k = rng.randrange(3)
    if k == 0:
        text = f"{first[:-1]}, a statement from {rng.choice(BODIES)} said."
    elif k == 1:
        text = f'"{first[:-1]}," the minister told reporters.'
    else:
        text = f"Figures published on Monday show that {first[:1].lower() + first[1:]}" \
            if first.split()[0] in ("The", "A", "An", "Some", "In", "Of", "Out", "Only", "More", "Three", "Half") \
            else f"{first[:-1]}, figures published on Monday show."
    return [text] + paragraphs[1:]


def ipair(rng: random.Random, make: Callable[[bool], List[str]], **kw) -> Pair:
    seed = rng.random()
    vs = random.Random(seed + 2)
    ok, bad = make(False), make(True)
    if rng.random() < 0.5:
        state = vs.getstate()
        ok = voice_i(vs, ok)
        vs.setstate(state)
        bad = voice_i(vs, bad)
    return draft(random.Random(seed), *ok, **kw), draft(random.Random(seed), *bad, **kw)


def i_changes(rng: random.Random) -> Pair:
    a = rng.randrange(20, 90) * 50
    p = rng.choice([10, 15, 20, 25, 30, 40])
    up = rng.random() < 0.6
    b = round(a * (1 + p / 100)) if up else round(a * (1 - p / 100))
    bad = p + rng.choice([10, 14, 18])
    year = rng.randrange(2012, 2022)

    def q(e: bool) -> int:
        return bad if e else p

    forms = [
        lambda e: [f"Footfall in the high street is running at {n(b)} a week, against {n(a)} at the same point last "
                   f"year - {'growth' if up else 'a decline'} of {q(e)}%."],
        lambda e: [f"From a {'low' if up else 'high'} of {n(a)} in {year}, membership has "
                   f"{'recovered' if up else 'slipped'} to {n(b)}, a {q(e)}% {'improvement' if up else 'loss'}."],
        lambda e: [f"Waiting lists, which stood at {n(a)} when the plan was launched, are now {n(b)} - "
                   f"{q(e)}% {'longer' if up else 'shorter'}."],
        lambda e: [f"The {n(b)} calls logged this winter represent a {q(e)} per cent "
                   f"{'increase' if up else 'decrease'} on the previous winter's total of {n(a)}."],
        lambda e: [f"It was {n(a)} last spring.", f"Now, at {n(b)}, the figure has {'risen' if up else 'fallen'} by "
                   f"{q(e)}%."],
        lambda e: [f"Compared with the {n(a)} recorded in {year}, today's count of {n(b)} is "
                   f"{'up' if up else 'down'} by {q(e)} per cent."],
    ]
    return ipair(rng, pick(rng, forms))


def i_multiples(rng: random.Random) -> Pair:
    a = rng.choice([150, 240, 600, 1_200, 45])
    f = rng.choice([0.65, 1.4])
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"Rents in {town} have doubled over the decade: a flat that cost £{n(a)} a month in 2014 now "
                   f"costs £{n(a * 2 * (f if e else 1))}."],
        lambda e: [f"The waiting list is now three times as long as in 2019, at {n(a * 3 * (f if e else 1))} "
                   f"against {n(a)}."],
        lambda e: [f"Use of the food bank has grown fourfold since 2018, from {n(a)} families to "
                   f"{n(a * 4 * (f if e else 1))}."],
        lambda e: [f"Attendance halved between the two seasons, falling from {n(a * 2)} to {n(a * (f if e else 1))}."],
        lambda e: [f"Today there are {n(a * 10 * (f if e else 1))} electric buses on the road, ten times the {n(a)} "
                   "of five years ago."],
        lambda e: [f"Sales tripled, to {n(a * 3 * (f if e else 1))} from {n(a)}."],
    ]
    return ipair(rng, pick(rng, forms))


def i_parts(rng: random.Random) -> Pair:
    a, b, c = rng.randrange(20, 60), rng.randrange(10, 40), rng.randrange(5, 25)
    t = a + b + c
    d = rng.choice([6, 9, 13])
    forms = [
        lambda e: [f"The {t} complaints covered noise ({a}), litter ({b}) and parking ({c + d if e else c})."],
        lambda e: [f"Out of {t * 10} applications, {a * 10} were approved, {b * 10} rejected and "
                   f"{(c + d) * 10 if e else c * 10} are still pending."],
        lambda e: [f"The crash injured {say(a % 12 + 3)} people - {say(a % 12 + 3 - 2)} passengers and "
                   f"{say(2 + (3 if e else 0))} crew."],
        lambda e: [f"In all, {t} trees will be felled: {a} oaks, {b} beeches and the remainder, "
                   f"{c + d if e else c}, ash."],
        lambda e: [f"Of the {n(t * 20)} tickets, {n(a * 20)} have been sold, leaving {n((b + c) * 20 + (d * 20 if e else 0))}."],
        lambda e: [f"{cap(say(t))} councillors voted: {say(a)} in favour, {say(b)} against and "
                   f"{say(c + d if e else c)} abstained."],
    ]
    return ipair(rng, pick(rng, forms))


def i_shares(rng: random.Random) -> Pair:
    a = rng.randrange(30, 50)
    b = rng.randrange(15, 100 - a - 10)
    c = rng.randrange(3, 100 - a - b - 2)
    dd = 100 - a - b - c
    total = rng.choice([900, 1_600, 2_000, 4_800])
    x = rng.randrange(total // 6, total * 3 // 4)
    z = round(100 * x / total)
    zb = z + rng.choice([-1, 1]) * max(8, z // 3)
    forms = [
        lambda e: [f"Wind provided {a} per cent of the country's power last year, gas {b} per cent, nuclear {c} "
                   f"per cent and coal {dd + 11 if e else dd} per cent."],
        lambda e: [f"Roughly {zb if e else z}% of the {n(total)} councillors - {n(x)} - are women."],
        lambda e: [f"The plan was backed by {n(x)} of the {n(total)} residents who voted, a {zb if e else z}% share."],
        lambda e: [f"With {n(x)} of the {n(total)} ballots counted ({zb if e else z}%), the result is still open."],
        lambda e: [f"Women make up {a}% of the staff, men {100 - a - 3}% and the remaining {3 + (9 if e else 0)}% did "
                   "not say."],
    ]
    return ipair(rng, pick(rng, forms))


def i_fractions(rng: random.Random) -> Pair:
    total = rng.choice([600, 1_200, 1_500, 2_400, 3_000])
    noun = rng.choice(["workers", "patients", "homes", "members", "households"])
    forms = [
        lambda e: [f"Three in ten of the {n(total)} {noun}, about {n(total * (0.5 if e else 0.3))}, are affected."],
        lambda e: [f"Just over half of the {n(total)} {noun} - {n(total * (0.35 if e else 0.54))} of them - "
                   "signed the petition."],
        lambda e: [f"More than two-thirds of the {n(total)} {noun}, {n(total * (0.55 if e else 0.7))}, were over 65."],
        lambda e: [f"A fifth of the £{n(total // 10)}m budget - £{n(total // 10 * (0.35 if e else 0.2))}m - will go "
                   "on roads."],
        lambda e: [f"Of the {n(total)} {noun}, barely a quarter - {n(total * (0.4 if e else 0.24))} - took part."],
        lambda e: [f"Nine out of ten of the {n(total)} {noun} asked, {n(total * (0.7 if e else 0.9))}, said they "
                   "were satisfied."],
    ]
    return ipair(rng, pick(rng, forms))


def i_conversions(rng: random.Random) -> Pair:
    ft = rng.choice([600, 1_000, 1_250])
    m = round(ft * 0.3048)
    mm = rng.choice([25, 50, 75])
    inch = round(mm / 25.4)
    ac = rng.choice([1_000, 4_000, 2_500])
    ha = round(ac * 0.404686, -1)
    kmh = rng.choice([160, 200, 300])
    mph = round(kmh / 1.609344)
    c = rng.randrange(5, 35)
    f = round(c * 9 / 5 + 32)
    usd, rate = rng.choice([20, 30, 50]), 0.8
    forms = [
        lambda e: [f"The tower is {n(ft)} feet tall - about {n(m * (1.35 if e else 1))} metres."],
        lambda e: [f"Rainfall reached {mm}mm ({say(inch + (2 if e else 0))} "
                   f"inch{'' if inch + (2 if e else 0) == 1 else 'es'}) in places."],
        lambda e: [f"The {n(ac)}-acre ({n(ha * (1.5 if e else 1))}-hectare) estate is up for sale."],
        lambda e: [f"The train reaches {kmh}km/h ({round(mph * (1.3 if e else 1))}mph) on the new line."],
        lambda e: [f"At noon it was {c}C, or {f + (10 if e else 0)}F, in the shade."],
        lambda e: [f"The club paid ${usd}m (£{round(usd * rate)}m) for the striker.",
                   f"It later spent $10m (£{round(10 * rate * (0.7 if e else 1))}m) on a defender."],
    ]
    return ipair(rng, pick(rng, forms))


def _half_hours(k: int) -> str:
    """k and a half hours, in words ("half an hour" for none)."""
    return "half an hour" if k == 0 else f"{say(k)} and a half hours"


def i_durations(rng: random.Random) -> Pair:
    h = rng.randrange(1, 5)
    start = dt.date(2025, rng.randrange(3, 10), rng.randrange(1, 15))
    days = rng.randrange(3, 6)
    end = start + dt.timedelta(days=days - 1)
    span = rng.randrange(10, 16)
    forms = [
        lambda e: [f"Trains were halted between 4.40pm and {4 + h}.10pm - a disruption of "
                   f"{_half_hours(h - 1 + (3 if e else 0))}."],
        lambda e: [f"The festival, from {calendar.day_name[start.weekday()]} {start.day} "
                   f"{calendar.month_name[start.month]} to {calendar.day_name[end.weekday()]} {end.day} "
                   f"{calendar.month_name[end.month]} 2025, lasts {say(days + (3 if e else 0))} days."],
        lambda e: [f"Polls were open for {span + (3 if e else 0)} hours, from 7am to {7 + span - 12}pm."],
        lambda e: [f"The ferry left at 11:20 and docked at 12:50, a crossing of {50 if e else 90} minutes."],
        lambda e: [f"She was held from {start.day} {calendar.month_name[start.month]} until "
                   f"{(start + dt.timedelta(days=14)).day} {calendar.month_name[(start + dt.timedelta(days=14)).month]}, "
                   f"{'three' if e else 'two'} weeks in all."],
    ]
    return ipair(rng, pick(rng, forms))


def i_ages(rng: random.Random) -> Pair:
    born = rng.randrange(1925, 1975)
    gap = rng.randrange(22, 40)
    later = born + gap
    who, last = name(rng)
    w2, l2 = name(rng)
    while l2 == last:
        w2, l2 = name(rng)
    forms = [
        lambda e: [f"The actor, born in {born}, was {gap + (5 if e else 0)} when he won his first award in {later}."],
        lambda e: [f"Born on 6 June {born}, the poet died on 2 January {born + 80} at the age of "
                   f"{79 - (4 if e else 0)}."],
        lambda e: [f"{who}, {gap}, is {say(5 + (4 if e else 0))} years older than her teammate {w2}, {gap - 5}."],
        lambda e: [f"{who} was {gap - (4 if e else 0)} when she enlisted in {later}, having been born in {born}."],
        lambda e: [f"At {gap + (6 if e else 0)}, in {later}, {who} took over the business her father founded; she "
                   f"was born in {born}."],
        lambda e: [f"{who}, who turned {gap} in March {later}, was born in March {born - (3 if e else 0)}."],
    ]
    return ipair(rng, pick(rng, forms))


def i_weekdays(rng: random.Random) -> Pair:
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(20, 340))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([2, 3, 4])) % 7]
    m = calendar.month_name[day.month]
    suf = "th" if 4 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    forms = [
        lambda e: [f"The inquest opens on {wrong if e else right} {day.day} {m} {day.year}."],
        lambda e: [f"Tickets go on sale on {wrong if e else right} {day.day}{suf} {m} {day.year}."],
        lambda e: [f"The fire broke out on the evening of {wrong if e else right}, {m} {day.day}, {day.year}."],
        lambda e: [f"The deadline is {day.day:02d}/{day.month:02d}/{day.year}, a {wrong if e else right}."],
        lambda e: [f"Next match: {(wrong if e else right)[:3]} {day.day} {m[:3]} {day.year}, 3pm."],
        lambda e: [f"Polling day - {wrong if e else right}, {day.day} {m} {day.year} - is less than a month away."],
    ]
    return ipair(rng, pick(rng, forms))


def i_restatements(rng: random.Random) -> Pair:
    x = rng.choice([450, 1_200, 86, 2_400, 310])
    xb = round(x * rng.choice([0.7, 1.35]))
    town = rng.choice(TOWNS)
    pts = x % 90 + 10
    pts_b = xb % 90 + 10 if xb % 90 + 10 != pts else pts + 7
    turn = x % 40 + 20
    turn_b = xb % 40 + 20 if xb % 40 + 20 != turn else turn + 6
    forms = [
        lambda e: [f"The trust said {n(x)} jobs would go over the next two years."],
        lambda e: [f"A fleet of {n(x)} buses serves {town}.", f"All {n(xb if e else x)} buses will be electric by "
                   "2030, the operator said."],
        lambda e: [f"The appeal has raised £{n(x * 100)} so far.", f"The £{n((xb if e else x) * 100)} raised will pay "
                   "for a new roof."],
        lambda e: [f"| Team | Points |\n|---|---|\n| {town} Rovers | {pts} |\n| Athletic | 41 |",
                   f"{town} Rovers finished the season on {pts_b if e else pts} points."],
        lambda e: [f"Turnout in the by-election was {turn}%.", f"The {turn_b if e else turn}% turnout was "
                   "the lowest in a decade."],
    ]
    make = pick(rng, forms)
    if make is forms[0]:  # the headline against the body
        seed = rng.random()
        return (draft(random.Random(seed), *make(False), title=f"Hospital trust to shed {n(x)} posts"),
                draft(random.Random(seed), *make(False), title=f"Hospital trust to shed {n(xb)} posts"))
    return ipair(rng, make)


def i_averages(rng: random.Random) -> Pair:
    k = rng.randrange(6, 30)
    per = rng.choice([40, 300, 2_000, 60])
    total = k * per
    f = rng.choice([0.6, 1.5])
    forms = [
        lambda e: [f"The {k} food banks handed out {n(total)} parcels last year - {n(per * (f if e else 1))} each on "
                   "average."],
        lambda e: [f"The bill of £{n(total)} comes to £{n(per * (f if e else 1))} for each of the {k} households."],
        lambda e: [f"Spending on the {k} libraries totals £{n(total)}, or £{n(per * (f if e else 1))} per library."],
        lambda e: [f"That is {per} arrests a night over the {k}-night operation, {n(total * (f if e else 1))} in total."],
        lambda e: [f"The charity's {k} volunteers gave {n(total)} hours, or {n(per * (f if e else 1))} hours per "
                   "volunteer."],
    ]
    return ipair(rng, pick(rng, forms))


FAMILY_I: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    ages=i_ages, averages=i_averages, changes=i_changes, conversions=i_conversions, durations=i_durations,
    fractions=i_fractions, multiples=i_multiples, parts=i_parts, restatements=i_restatements, shares=i_shares,
    weekdays=i_weekdays)


# =========================================================================== family j
# Written after the changes family i's first run prompted (those are reported after its first
# run), in wording unlike h and i, and run once on the code as it then stood: the estimate
# for the round's last code.


def jpair(rng: random.Random, make: Callable[[bool], List[str]], **kw) -> Pair:
    seed = rng.random()
    ok, bad = make(False), make(True)
    if rng.random() < 0.3 and len(ok) == 1 and not ok[0].startswith(("#", "|")):
        # a source's words: "..., it said in a statement." / the sentence in quotation marks
        if rng.random() < 0.5:
            ok, bad = [f"{ok[0][:-1]}, it said in a statement."], [f"{bad[0][:-1]}, it said in a statement."]
        else:
            ok, bad = [f"\u201c{ok[0]}\u201d"], [f"\u201c{bad[0]}\u201d"]
    return draft(random.Random(seed), *ok, **kw), draft(random.Random(seed), *bad, **kw)


def j_changes(rng: random.Random) -> Pair:
    a = rng.randrange(16, 80) * 250
    p = rng.choice([10, 15, 20, 25, 30])
    b_up, b_down = round(a * (1 + p / 100)), round(a * (1 - p / 100))
    bad = p + rng.choice([9, 13, 17])

    def q(e: bool) -> int:
        return bad if e else p

    forms = [
        lambda e: [f"Library loans slipped to {n(b_down)} this year.", f"The year before they had been {n(a)}, so the "
                   f"drop is {q(e)}%."],
        lambda e: [f"Ferry passengers: {n(a)} in 2023, {n(b_up)} in 2024 - up {q(e)} per cent."],
        lambda e: [f"Hospital beds have been cut from {n(a // 100)} to {n(round(a // 100 * (1 - p / 100)))}, a "
                   f"reduction of {q(e)}%."],
        lambda e: [f"Fines issued climbed {q(e)} per cent year on year, reaching {n(b_up)} against {n(a)}."],
        lambda e: [f"At £{n(b_down)}, the grant is {q(e)}% smaller than last year's £{n(a)}."],
        lambda e: [f"Taxi licences now number {n(b_up)}, having stood at {n(a)} in 2021: a {q(e)}% increase."],
    ]
    return jpair(rng, pick(rng, forms))


def j_multiples(rng: random.Random) -> Pair:
    a = rng.choice([30, 90, 400, 5_000, 45])
    f = rng.choice([0.6, 1.45])
    forms = [
        lambda e: [f"The number of wind turbines off the coast has trebled since 2015, from {n(a)} to "
                   f"{n(a * 3 * (f if e else 1))}."],
        lambda e: [f"Concert ticket prices have almost doubled - from £{a} to £{round(a * (2.7 if e else 1.9))} - in "
                   "five years."],
        lambda e: [f"There are twice as many food stalls this year: {n(a * 2 * (f if e else 1))}, up from {n(a)}."],
        lambda e: [f"Since 2010 the deficit has shrunk to half its size, from £{n(a * 2)}m to "
                   f"£{n(a * (f if e else 1))}m."],
        lambda e: [f"Visits rose five-fold to {n(a * 5 * (f if e else 1))}, from {n(a)}."],
    ]
    return jpair(rng, pick(rng, forms))


def j_parts(rng: random.Random) -> Pair:
    a, b, c = rng.randrange(100, 200), rng.randrange(20, 60), rng.randrange(10, 40)
    d = rng.choice([15, 20, 25])
    forms = [
        lambda e: [f"Of the {a + b} runners who started, {a} finished and {b + d if e else b} dropped out."],
        lambda e: [f"The budget of £{n((a + b) * 1000)} is made up of £{n(a * 1000)} from the council and "
                   f"£{n((b - d if e else b) * 1000)} from the lottery."],
        lambda e: [f"There were {b + c} candidates in total - {b} from parties and {c + d if e else c} independents."],
        lambda e: [f"{n(a + b + c)} people took part: {n(a)} women, {n(b)} men and {n(c + d if e else c)} children."],
        lambda e: [f"{cap(say(b + c))} homes were inspected; {say(b)} passed and the other "
                   f"{say(c + (7 if e else 0))} failed."],
    ]
    return jpair(rng, pick(rng, forms))


def j_shares(rng: random.Random) -> Pair:
    a = rng.randrange(30, 46)
    b = rng.randrange(20, 100 - a - 10)
    c = 100 - a - b
    total = rng.choice([3_500, 5_000, 30_000, 1_600])
    x = rng.randrange(total // 5, total * 4 // 5)
    z = round(100 * x / total)
    zb = z + rng.choice([-1, 1]) * max(9, z // 3)
    forms = [
        lambda e: [f"{cap(say(a))} per cent of voters chose Labour, {b} per cent the Conservatives and "
                   f"{c + 8 if e else c} per cent the Liberal Democrats."],
        lambda e: [f"Of the {n(total)} trees planted, {n(x)} - or {zb if e else z} per cent - survived."],
        lambda e: [f"Some {n(x)} of {n(total)} respondents ({zb if e else z}%) said they had been affected."],
        lambda e: [f"Turnout stood at {zb if e else z} per cent, with {n(x)} of the {n(total)} electors voting."],
    ]
    return jpair(rng, pick(rng, forms))


def j_fractions(rng: random.Random) -> Pair:
    t = rng.choice([900, 2_700, 1_500, 3_000, 6_000])
    forms = [
        lambda e: [f"Around a third of the {n(t)} delegates, {n(t * (0.52 if e else 1 / 3))}, were from overseas."],
        lambda e: [f"Two in five of the {n(t)} shops - {n(t * (0.6 if e else 0.4))} - have closed."],
        lambda e: [f"Just under half the {n(t)} seats, {n(t * (0.3 if e else 0.48))}, were empty."],
        lambda e: [f"Seven in ten of the {n(t)} respondents, {n(t * (0.45 if e else 0.7))}, backed the idea."],
        lambda e: [f"A tenth of the {n(t)} tonnes, {n(t * (0.2 if e else 0.1))} tonnes, was recycled."],
    ]
    return jpair(rng, pick(rng, forms))


def j_conversions(rng: random.Random) -> Pair:
    forms = [
        lambda e: [f"Speeds were capped at 20mph ({40 if e else 32}km/h)."],
        lambda e: [f"The lorry weighed 44 tonnes ({'140,000' if e else '97,000'}lb)."],
        lambda e: [f"Water temperatures hit 24C ({84 if e else 75}F)."],
        lambda e: [f"The pier stretches for 2,000ft ({900 if e else 610}m)."],
        lambda e: [f"The deal is worth £10m ($13m).", f"A second tranche of £5m (${9 if e else 6.5}m) follows in June."],
        lambda e: [f"The reservoir covers 300 acres ({200 if e else 121} hectares)."],
    ]
    return jpair(rng, pick(rng, forms))


def j_durations(rng: random.Random) -> Pair:
    forms = [
        lambda e: [f"Talks lasted from 9.30am until 2am the following morning - more than {20 if e else 16} hours."],
        lambda e: [f"The exhibition runs from 1 May to 31 August, {'six' if e else 'four'} months in all."],
        lambda e: [f"Between 14:00 and 17:45 the line was closed for almost {'six' if e else 'four'} hours."],
        lambda e: [f"The survey was carried out over {'five' if e else 'three'} weeks, from 3 to 24 March."],
        lambda e: [f"Doors open at 6pm and the show ends at 11pm, {'three' if e else 'five'} hours later."],
    ]
    return jpair(rng, pick(rng, forms))


def j_ages(rng: random.Random) -> Pair:
    born = rng.randrange(1940, 1985)
    k = rng.randrange(20, 40)
    forms = [
        lambda e: [f"Hassan became head teacher in {born + k}, aged {k + (6 if e else 0)}.", f"He was born in {born}."],
        lambda e: [f"When she won gold in {born + k} she was {k + (6 if e else 0)}; she had been born in {born}."],
        lambda e: [f"The oak, planted in {born - 100}, was {100 + k - (20 if e else 0)} years old when it fell in "
                   f"{born + k}."],
        lambda e: [f"Tom Reid (born {born}) captained the side in {born + k}, at the age of {k + (4 if e else 0)}."],
        lambda e: [f"Ana Ruiz, 31, and Ben Ruddock, 38, share the prize.",
                   f"Ruiz is {'nine' if e else 'seven'} years younger than Ruddock."],
    ]
    return jpair(rng, pick(rng, forms))


def j_weekdays(rng: random.Random) -> Pair:
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(10, 350))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([1, 3, 5])) % 7]
    m = calendar.month_name[day.month]
    o = "th" if 4 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    forms = [
        lambda e: [f"The strike is planned for {wrong if e else right} {day.day} {m} {day.year}."],
        lambda e: [f"It happened in the early hours of {wrong if e else right} {day.day} {m} {day.year}."],
        lambda e: [f"The trial starts on {(wrong if e else right)[:3]}, {day.day} {m[:3]} {day.year}."],
        lambda e: [f"{day.day} {m} {day.year} falls on a {wrong if e else right}."],
        lambda e: [f"Payment is due on {day.isoformat()} ({wrong if e else right})."],
        lambda e: [f"We meet again on {wrong if e else right} the {day.day}{o} of {m} {day.year}."],
    ]
    return jpair(rng, pick(rng, forms))


def j_restatements(rng: random.Random) -> Pair:
    x = rng.choice([2_300, 450, 48_000, 120, 9_600])
    xb = round(x * rng.choice([0.72, 1.4]))
    forms = [
        lambda e: [f"Some {n(x)} runners took part in the race.", f"The {n(xb if e else x)} runners raised money for "
                   "charity."],
        lambda e: [f"The fine was £{n(x * 10)}.", f"Paying the £{n((xb if e else x) * 10)} fine, the firm apologised."],
        lambda e: [f"| Year | Visitors |\n|---|---|\n| 2023 | 41,000 |\n| 2024 | {n(x + 50_000)} |",
                   f"In 2024 the museum drew {n((xb if e else x) + 50_000)} visitors."],
        lambda e: [f"The company is cutting {n(x)} posts this year."],
    ]
    make = pick(rng, forms)
    if make is forms[3]:  # the headline against the body
        seed = rng.random()
        return (draft(random.Random(seed), *make(False), title=f"Firm to cut {n(x)} posts"),
                draft(random.Random(seed), *make(False), title=f"Firm to cut {n(xb)} posts"))
    return jpair(rng, make)


def j_averages(rng: random.Random) -> Pair:
    k = rng.randrange(8, 200)
    per = rng.choice([300, 25, 2_500, 15])
    f = rng.choice([0.6, 1.5])
    forms = [
        lambda e: [f"The {k} taxis made {n(k * per)} trips last month, an average of {n(per * (f if e else 1))} per "
                   "taxi."],
        lambda e: [f"Each of the {k} wards has an average of {per} beds, {n(k * per * (f if e else 1))} in all."],
        lambda e: [f"With {n(k * 10)} tickets sold at £{per} each, takings were £{n(k * 10 * per * (f if e else 1))}."],
        lambda e: [f"The fund gives £{n(per)} to each of its {k} grantees, £{n(k * per * (f if e else 1))} in total."],
    ]
    return jpair(rng, pick(rng, forms))


FAMILY_J: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    ages=j_ages, averages=j_averages, changes=j_changes, conversions=j_conversions, durations=j_durations,
    fractions=j_fractions, multiples=j_multiples, parts=j_parts, restatements=j_restatements, shares=j_shares,
    weekdays=j_weekdays)
