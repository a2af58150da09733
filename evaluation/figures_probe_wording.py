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
