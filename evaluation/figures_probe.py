"""A generator-style probe of the figures rules: relations x phrasings x error/control pairs.

Each relation has many templates, written for this probe (not taken from any test set),
that build a short draft twice: once with the arithmetic right (the control) and once
with one figure wrong (the error). A case is *found* when the error draft draws any
figures finding; a control *alarms* when its draft draws any. Numbers, names, nouns,
dates and the surrounding paragraphs are drawn from a seeded generator, so every run
with the same seed builds the same drafts (nothing is written to disk).

Usage: ``python evaluation/figures_probe.py [--per 40] [--seed 11] [--show N] [--only RELATION] [--family a|b]``
"""

from __future__ import annotations

import argparse
import calendar
import collections
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.engine.config import Settings  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402

FIGURES = Settings(select=("figures",))
Pair = Tuple[str, str]  # control draft, error draft

# --------------------------------------------------------------------------- vocabulary

FIRST = ["Adaeze", "Bronwen", "Ciaran", "Dominika", "Eamon", "Farida", "Gethin", "Halima", "Ivo", "Jolene", "Kofi",
         "Linnea", "Matteo", "Niamh", "Oskar", "Parveen", "Ruairi", "Sigrid", "Tobias", "Ulla", "Wanjiru", "Yusuf"]
LAST = ["Okafor", "Abernethy", "Castellano", "Dunmore", "Eriksson", "Fitzgerald", "Granger", "Hollis", "Iqbal",
        "Jankowski", "Kerrigan", "Lowther", "Moyo", "Northcott", "Ostrowski", "Penhaligon", "Quigley", "Rutherford"]
TOWNS = ["Barnstaple", "Cleethorpes", "Dumfries", "Ely", "Falmouth", "Grantham", "Hawick", "Ilkley", "Keswick",
         "Llandudno", "Morpeth", "Nairn", "Oswestry", "Pitlochry", "Retford", "Stroud", "Tiverton", "Wick"]
BODIES = ["the council", "the health board", "the trust", "the operator", "the college", "the society", "the port",
          "the museum", "the federation", "the water company"]
FILLER = [
    "Work on the scheme is expected to continue into the autumn, with a further update promised in the new year.",
    "Local residents have been invited to a drop-in session at the town hall to ask questions about the plans.",
    "The announcement follows months of talks between the two sides, which were described as constructive.",
    "A consultation on the proposals opens next week and will run for six weeks, officials confirmed.",
    "Campaigners welcomed the news but said they would keep a close eye on how the money is spent.",
]
ONES = "zero one two three four five six seven eight nine ten eleven twelve".split()


def n(x: float) -> str:
    return f"{int(round(x)):,}"


def word(k: int) -> str:
    return ONES[k] if 0 <= k < len(ONES) else n(k)


def name(rng: random.Random) -> Tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last


def draft(rng: random.Random, *paragraphs: str, date: str = "", title: str = "") -> str:
    """A short draft: optional front matter date and title, the paragraphs with a
    neutral paragraph before or after."""
    body = list(paragraphs)
    filler = rng.sample(FILLER, 2)
    body.insert(0, filler[0])
    body.append(filler[1])
    head = f"---\ndate: {date}\n---\n\n" if date else ""
    if title:
        head += f"# {title}\n\n"
    return head + "\n\n".join(body) + "\n"


def pair(rng: random.Random, make: Callable[[bool], List[str]], **kw) -> Pair:
    seed = rng.random()
    ok, bad = make(False), make(True)
    if len(ok) == 1 and ok[0].endswith(".") and not ok[0][:1].isupper() is False and rng.random() < 0.15:
        # in a source's words: quoted figures are checked too, and a right one stays quiet
        ok, bad = [_quoted(p) for p in ok], [_quoted(p) for p in bad]
    return (draft(random.Random(seed), *ok, **kw), draft(random.Random(seed), *bad, **kw))


def _quoted(paragraph: str) -> str:
    return f'"{paragraph[:-1]}," a spokeswoman said.' if paragraph[:1].isupper() and "\n" not in paragraph \
        and not paragraph[:2].isupper() else paragraph


_FORM = [0]  # the index of the last template picked


def pick(rng: random.Random, forms: list):
    i = rng.randrange(len(forms))
    _FORM[0] = i
    return forms[i]


def off(rng: random.Random, value: float, lo: float = 0.15, hi: float = 0.35) -> float:
    """A wrong value: *value* moved by lo..hi of itself, up or down."""
    return value * (1 + rng.choice([-1, 1]) * rng.uniform(lo, hi))


# --------------------------------------------------------------------------- shares


def shares(rng: random.Random) -> Pair:
    total = rng.choice([400, 800, 1_250, 2_000, 640, 1_500, 3_200])
    town = rng.choice(TOWNS)
    # three shares of one whole that add to 99-101
    a = rng.randrange(25, 50)
    b = rng.randrange(15, 100 - a - 8)
    c = 100 - a - b + rng.choice([-1, 0, 0, 1])
    c_bad = c + rng.choice([7, 9, 12])
    x = rng.randrange(total // 10, total // 2)
    z = round(100 * x / total)
    z_bad = z + rng.choice([-1, 1]) * max(6, z // 3)
    body = rng.choice(BODIES)
    forms = [
        lambda e: [f"Of the {n(total)} members polled, {a} per cent backed the plan, {b} per cent opposed it "
                   f"and {c_bad if e else c} per cent were undecided."],
        lambda e: [f"In the survey of {town} residents, {a}% said the service had improved, {b}% said it had got "
                   f"worse and {c_bad if e else c}% saw no change."],
        lambda e: [f"Gas supplied {a}% of the town's electricity last year, wind {b}% and solar "
                   f"{c_bad if e else c}%, {body} said."],
        lambda e: [f"Of the {n(total)} flights, {n(x)} were delayed, or {z_bad if e else z}%."],
        lambda e: [f"{n(x)} of the {n(total)} applicants ({z_bad if e else z}%) were turned away."],
        lambda e: [f"Some {n(x)} of the {n(total)} households in {town}, roughly {z_bad if e else z} per cent, "
                   f"have no car."],
        lambda e: [f"A total of {n(total)} pupils sat the exam. {n(x)} of them, {z_bad if e else z}%, achieved "
                   f"the top grade."],
        lambda e: [f"Voters backed the independent candidate by {a}% to {b}%, with {c_bad if e else c}% spoiling "
                   f"their ballots or voting for others."],
        lambda e: [f"Asked about the plans, {a} per cent of those surveyed were in favour, {b} per cent against, "
                   f"and {c_bad if e else c} per cent had no view."],
        lambda e: [f"The inspectors visited {n(total)} homes and found damp in {n(x)}, or {z_bad if e else z}% "
                   f"of those checked."],
    ]
    return pair(rng, pick(rng, forms))


# --------------------------------------------------------------------------- parts


def parts(rng: random.Random) -> Pair:
    t = rng.choice([190, 240, 75, 460, 1_200, 88])
    a = round(t * rng.uniform(0.4, 0.6))
    b = t - a - rng.randrange(0, max(2, t // 10))
    b_all = t - a  # a complete list
    b_bad = t - a + max(5, round(t * rng.uniform(0.08, 0.2)))
    T = rng.choice([8_000, 12_500, 640, 2_400, 36_000])
    A = round(T * rng.uniform(0.5, 0.7) / 10) * 10
    B = T - A
    B_bad = B + max(50, round(T * rng.uniform(0.08, 0.15) / 10) * 10)
    club = rng.choice(["club", "theatre", "festival", "museum"])
    forms = [
        lambda e: [f"The budget is {t} million euros, of which {a} million goes to roads and "
                   f"{b_bad if e else b_all} million to rail."],
        lambda e: [f"The {club} sold {n(T)} tickets. Of those, {n(A)} went to members and "
                   f"{n(B_bad if e else B)} to the public."],
        lambda e: [f"There were {n(T)} entries this year: {n(A)} from schools and {n(B_bad if e else B)} "
                   f"from individuals."],
        lambda e: [f"Of the {n(T)} patients treated, {n(A)} were discharged the same day and "
                   f"{n(B_bad if e else B)} were admitted to a ward."],
        lambda e: [f"The charity raised £{t}m last year. Of that, £{a}m came from legacies and "
                   f"£{b_bad if e else b_all}m from shops."],
        lambda e: [f"Twelve people were arrested: five men and {'nine' if e else 'seven'} women."],
        lambda e: [f"The firm borrowed £{n(T)}, repaid £{n(A)} and still owes £{n(B_bad if e else B)}."],
        lambda e: [f"Some {n(T)} homes were surveyed, of which {n(A)} were in good repair and the rest, "
                   f"{n(B_bad if e else B)}, needed work."],
        lambda e: [f"The {n(T)} staff are split between {n(A)} on permanent contracts and "
                   f"{n(B_bad if e else B)} on temporary ones."],
        lambda e: [f"The grant of ${t} million will be divided: ${a} million for housing and "
                   f"${b_bad if e else b_all} million for transport."],
        lambda e: [f"A dozen schools took part, {'eight' if e else 'five'} of them primary and seven secondary."],
        lambda e: [f"Of the {n(T)} runners who started, {n(A)} finished. The other {n(B_bad if e else B)} "
                   f"dropped out."],
    ]
    return pair(rng, pick(rng, forms))


# --------------------------------------------------------------------------- changes


def changes(rng: random.Random) -> Pair:
    a = rng.choice([rng.randrange(12, 90) * 100, rng.randrange(200, 900) * 10])
    p = rng.choice([10, 15, 20, 25, 30, 40, 50])
    sign = rng.choice([1, -1])
    b = round(a * (1 + sign * p / 100))
    p_bad = p + rng.choice([8, 10, 15]) if p < 50 else 30
    thing = rng.choice(["visitors", "applications", "complaints", "bookings", "members", "referrals"])
    up, verb = ("rise", "rose") if sign > 0 else ("fall", "fell")
    more = "more" if sign > 0 else "fewer"
    d = abs(b - a)
    d_bad = d + max(100, round(d * 0.4 / 10) * 10)
    frac_word, frac = rng.choice([("a third", 1 / 3), ("a quarter", 0.25), ("a fifth", 0.2), ("half", 0.5)])
    fa = rng.randrange(30, 90) * 120
    fb = round(fa * (1 - frac))
    fb_bad = round(fa * (1 - frac * 0.55))
    forms = [
        lambda e: [f"{thing.capitalize()} {verb} from {n(a)} to {n(b)}, a {up} of {p_bad if e else p}%."],
        lambda e: [f"The number of {thing} reached {n(b)}, {'up' if sign > 0 else 'down'} from {n(a)} last year, "
                   f"a {up} of {p_bad if e else p} per cent."],
        lambda e: [f"{thing.capitalize()} fell by {frac_word} to {n(fb_bad if e else fb)}, compared with {n(fa)} "
                   f"a year earlier."],
        lambda e: [f"{thing.capitalize()} {verb} {p_bad if e else p}% to {n(b)}.", f"A year ago the figure stood "
                   f"at {n(a)}."],
        lambda e: [f"This year there were {n(b)} {thing}, {n(d_bad if e else d)} {more} than the {n(a)} recorded "
                   f"last year."],
        lambda e: [f"There were {n(b)} {thing} in 2025, {p_bad if e else p}% {more} than in 2024, when there were "
                   f"{n(a)}."],
        lambda e: [f"{thing.capitalize()} have {'doubled' if not e else 'tripled'} in two years, from {n(a)} to "
                   f"{n(2 * a)}."],
        lambda e: [f"In 2023 the service received {n(a)} {thing}. Last year that {'climbed' if sign > 0 else 'dropped'}"
                   f" to {n(b)}, a change of {p_bad if e else p}%."],
        lambda e: [f"The tally of {thing} was {n(b)}, against {n(a)} the year before - a {p_bad if e else p}% "
                   f"{'increase' if sign > 0 else 'decrease'}."],
        lambda e: [f"Prices {verb} by £{n(d_bad if e else d)} to £{n(b)}, from £{n(a)}."],
    ]
    return pair(rng, pick(rng, forms))


# --------------------------------------------------------------------------- conversions


def _temp(rng: random.Random, e: bool) -> str:
    c = rng.randrange(-10, 42)
    f = c * 9 / 5 + 32
    shown = round(f) + (rng.choice([-3, 3, 4]) if e else 0)
    return rng.choice([f"{c}C ({shown}F)", f"{c}°C ({shown}°F)", f"{c} degrees Celsius ({shown}F)"])


def conversions(rng: random.Random) -> Pair:
    t = rng.randrange(18, 40)
    miles = rng.choice([12, 25, 40, 60, 150, 300])
    km = round(miles * 1.609344)
    km_bad = round(miles * 2) if rng.random() < 0.5 else round(km * 1.15)
    feet, m = rng.choice([(5, "1.52"), (6, "1.83"), (10, "3.05"), (20, "6.1"), (100, "30.5")])
    m_bad = f"{float(m) * 1.12:.2f}"
    kg = rng.choice([5, 12, 40, 250, 800])
    lb = round(kg * 2.20462)
    lb_bad = round(kg * 2.0 * 1.2)
    ha = rng.choice([20, 60, 150, 400, 1_200])
    ac = round(ha * 2.47105)
    ac_bad = round(ha * 2.47105 * 1.25)
    mph = rng.choice([20, 30, 50, 70])
    kmh = round(mph * 1.609344)
    kmh_bad = round(kmh * 1.18)
    sq = rng.choice([4, 12, 30, 75])
    sqkm = round(sq * 2.58999)
    sqkm_bad = round(sq * 1.609)
    tseed = rng.random()
    temp_e = {key: _temp(random.Random(tseed), key) for key in (False, True)}
    forms = [
        lambda e: [f"Temperatures in the valley reached {temp_e[e]} on Tuesday."],
        lambda e: [f"The walkers set off on a {miles}-mile ({km_bad if e else km}km) route along the coast."],
        lambda e: [f"The wall is {feet} feet ({m_bad if e else m} m) high in places."],
        lambda e: [f"The stolen safe weighed {kg}kg ({lb_bad if e else lb}lb)."],
        lambda e: [f"The estate covers {ha} hectares ({ac_bad if e else ac} acres) of moorland."],
        lambda e: [f"The limit on the road will fall to {mph}mph ({kmh_bad if e else kmh}km/h)."],
        lambda e: [f"The reserve covers {sq} square miles ({sqkm_bad if e else sqkm} sq km)."],
        lambda e: [f"The bridge will be {miles} miles ({km_bad if e else km} km) long."],
        lambda e: [f"Water levels rose by {feet} feet ({m_bad if e else m}m) overnight."],
        lambda e: [f"The river was {round(km)} kilometres ({round(km_bad / 1.609) if e else miles} miles) from the "
                   f"town."],
    ]
    return pair(rng, pick(rng, forms))


# --------------------------------------------------------------------------- durations


def _clock(minutes: int, style: str) -> str:
    h, m = divmod(minutes % 1440, 60)
    if style == "24":
        return f"{h:02d}:{m:02d}"
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{suffix}" if m == 0 else f"{h12}.{m:02d}{suffix}"


HOURS_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
               10: "ten", 11: "eleven", 12: "twelve"}


def _hours_text(h2: int) -> str:
    """*h2* half hours as copy writes them: "ten and a half hours", "three hours"."""
    whole, half = divmod(h2, 2)
    if half:
        return f"{HOURS_WORDS[whole]} and a half hours" if whole else "half an hour"
    return f"{HOURS_WORDS[whole]} hours" if whole > 1 else "an hour"


def durations(rng: random.Random) -> Pair:
    start = rng.randrange(5 * 4, 10 * 4) * 15
    h2 = rng.randrange(4, 22)  # half hours
    end = start + h2 * 30
    h2_bad = h2 + rng.choice([-2, 2, 3])
    style = rng.choice(["24", "12"])
    t1, t2 = _clock(start, style), _clock(end, style)
    year = 2026
    month = rng.randrange(1, 12)
    d1 = rng.randrange(1, 15)
    days = rng.randrange(3, 12)
    d2 = d1 + days - 1  # inclusive
    mname = calendar.month_name[month]
    days_bad = days + rng.choice([3, 4, 5])
    m1 = rng.randrange(1, 6)
    months = rng.randrange(3, 7)
    m2 = m1 + months
    forms = [
        lambda e: [f"The outage lasted {_hours_text(h2_bad if e else h2)}, from {t1} to {t2}."],
        lambda e: [f"The meeting ran from {t1} to {t2}, {_hours_text(h2_bad if e else h2)} in all."],
        lambda e: [f"Staff worked from {t1} until {t2} - a shift of {_hours_text(h2_bad if e else h2)}."],
        lambda e: [f"The flight left at {t1} and landed at {t2}, {_hours_text(h2_bad if e else h2)} later."],
        lambda e: [f"The festival runs from {d1} {mname} to {d2} {mname} {year}, {word(days_bad if e else days)} "
                   f"days in all."],
        lambda e: [f"The road was closed for {_hours_text(h2_bad if e else h2)} on Sunday. It shut at {t1} and "
                   f"reopened at {t2}."],
        lambda e: [f"The exhibition, which opens in {calendar.month_name[m1]} and closes in "
                   f"{calendar.month_name[m2]}, will run for {word(months + 3 if e else months)} months."],
        lambda e: [f"Between {t1} and {t2}, a span of {_hours_text(h2_bad if e else h2)}, the line was shut."],
        lambda e: [f"Voting took {_hours_text(h2_bad if e else h2)}: polls opened at {t1} and closed at {t2}."],
    ]
    return pair(rng, pick(rng, forms))


# --------------------------------------------------------------------------- ages


def ages(rng: random.Random) -> Pair:
    today = dt.date(2026, rng.randrange(1, 13), rng.randrange(1, 28))
    born = rng.randrange(1940, 2005)
    age = today.year - born - rng.choice([0, 1])
    age_bad = age - rng.choice([3, 4, 5, 6])
    full, last = name(rng)
    died = rng.randrange(min(born + 50, 2020), 2025)
    at_death = died - born - rng.choice([0, 1])
    at_death_bad = at_death + rng.choice([-4, 3, 5])
    event = rng.randrange(born + 18, min(born + 40, 2025))
    at_event = event - born - rng.choice([0, 1])
    at_event_bad = at_event + rng.choice([-5, 4, 6])
    title = rng.choice(["Ms", "Mr", "Dr"])
    town = rng.choice(TOWNS)
    dateline = f"{rng.choice(TOWNS).upper()}, {today.day} {calendar.month_name[today.month]} {today.year} -"
    forms = [
        (lambda e: [f"{full}, born in {born}, is only {age_bad if e else age}."], True),
        (lambda e: [f"{full}, who was born in {born} and died aged {at_death_bad if e else at_death} in {died}, "
                    f"was a teacher for most of her life."], False),
        (lambda e: [f"{full} was born in {born}.", f"{title} {last} was {at_event_bad if e else at_event} when "
                    f"{'she' if title == 'Ms' else 'he'} won the title in {event}."], False),
        (lambda e: [f"Born in {born}, {full} is now {age_bad if e else age} and still runs the shop."], True),
        (lambda e: [f"{full} died in {died} at the age of {at_death_bad if e else at_death}.",
                    f"{'She' if title == 'Ms' else 'He'} had been born in {born} in {town}."], False),
        (lambda e: [f"{dateline} {full}, who was born in {born}, says that at {age_bad if e else age} "
                    f"{'she' if title == 'Ms' else 'he'} has no plans to retire."], False),
        (lambda e: [f"{full} ({born}-{died}) died aged {at_death_bad if e else at_death}."], False),
        (lambda e: [f"{full}, {age_bad if e else age}, was born in {born} and grew up in {town}."], True),
    ]
    make, dated = pick(rng, forms)
    return pair(rng, make, date=today.isoformat() if dated or rng.random() < 0.5 else "")


# --------------------------------------------------------------------------- averages


def averages(rng: random.Random) -> Pair:
    count = rng.choice([40, 120, 200, 25, 80, 350])
    each = rng.choice([12, 45, 120, 900, 60, 300])
    total = count * each
    each_bad = round(each * rng.choice([1.3, 1.5, 0.6, 0.7]))
    noun, per = rng.choice([("staff", "each"), ("schools", "per school"), ("branches", "per branch"),
                            ("volunteers", "each"), ("councils", "each"), ("wards", "per ward")])
    thing = rng.choice(["hours of overtime", "laptops", "calls", "visits", "books", "meals"])
    m = rng.choice([4, 6, 12, 20])
    fund = m * rng.choice([3, 5, 8])
    show = rng.choice(["fair", "show", "exhibition"])
    forms = [
        lambda e: [f"The {count} staff worked {n(total)} {thing}, an average of {each_bad if e else each} each."],
        lambda e: [f"The trust employs {count} staff.", f"Last year they logged {n(total)} hours of overtime, an "
                   f"average of {each_bad if e else each} each."],
        lambda e: [f"{n(total)} laptops were handed out, spread across {count} schools, or about "
                   f"{each_bad if e else each} per school."],
        lambda e: [f"The {count} {noun} handled {n(total)} {thing}, roughly {each_bad if e else each} {per}."],
        lambda e: [f"A £{fund}m fund will be shared among {m} councils, about £{fund // m if not e else fund // m + 2}m "
                   f"each."],
        lambda e: [f"There are {count} {noun} in the scheme.", f"Between them they received {n(total)} {thing} - "
                   f"{each_bad if e else each} {per} on average."],
        lambda e: [f"Over {count} days the {show} drew {n(total)} visitors, "
                   f"an average of {each_bad if e else each} a day."],
        lambda e: [f"{n(total)} {thing} were delivered to {count} {noun}, which works out at "
                   f"{each_bad if e else each} {per}."],
    ]
    return pair(rng, pick(rng, forms))


# --------------------------------------------------------------------------- restatements


def restatements(rng: random.Random) -> Pair:
    jobs = rng.choice([3_200, 450, 1_100, 780, 2_600])
    jobs_bad = jobs + rng.choice([200, 100, 300]) if jobs > 1000 else jobs + 50
    cost = rng.choice([45, 12, 230, 8])
    cost_bad = {45: 54, 12: 21, 230: 320, 8: 18}[cost]
    homes = rng.choice([600, 240, 1_500])
    homes_bad = homes + 50
    miles = rng.choice([12, 7, 30])
    town = rng.choice(TOWNS)
    firm = rng.choice(["Hallam Foods", "Corbett Engineering", "Tarrant Logistics", "Mereside Paper"])
    forms = [
        lambda e: [f"{firm} said {n(jobs)} jobs would go when the {town} plant closes next year.",
                   "Unions said they had not been consulted and would seek talks with managers.",
                   f"The {n(jobs_bad if e else jobs)} jobs at risk are mostly in packing and distribution."],
        lambda e: [f"The council approved a £{cost}m scheme to rebuild the seafront in {town}.",
                   "Work is due to start in the spring and last two years.",
                   f"Critics say the £{cost_bad if e else cost}m scheme does little for the town centre."],
        lambda e: [f"Developers want to build {n(homes)} homes on farmland north of {town}.",
                   f"Opponents say the {n(homes_bad if e else homes)} homes would overwhelm local roads."],
        lambda e: [f"The {miles}-mile bypass was first proposed in the 1990s.",
                   f"Ministers have now agreed to fund the {(miles + 2) if e else miles}-mile bypass in full."],
        lambda e: [f"Around {n(homes)} students were affected by the exam mix-up in {town}.",
                   "The board has apologised and promised a review.",
                   f"All {n(homes * 5 // 4 if e else homes)} affected students will be offered a resit."],
        lambda e: [f"The {cost}-month refurbishment of the library began in January.",
                   f"Staff say the {cost_bad if e else cost}-month refurbishment has been disruptive."],
        lambda e: [f"Police seized {n(homes)} cannabis plants from a farm near {town}.",
                   f"The {n(homes_bad if e else homes)} plants had a street value of about £{cost}m, officers said."],
    ]
    make = pick(rng, forms)
    other = rng.choice([t for t in TOWNS if t != town])
    distinct = [  # the same noun for different things: controls that must stay quiet
        [f"The council approved a £{cost}m scheme to rebuild the seafront in {town}.",
         f"Last year a £{cost_bad}m scheme for {other} was turned down."],
        [f"{firm} said {n(jobs)} jobs would go at its {town} plant.",
         f"In 2019 it cut {n(jobs_bad)} jobs at a factory in {other}."],
        [f"Developers want to build {n(homes)} homes north of {town}.",
         f"Another {n(homes_bad)} homes are planned for {other}."],
    ]
    if rng.random() < 0.3:
        # a control with the same noun for another thing, against the usual error draft
        seed = rng.random()
        return (draft(random.Random(seed), *rng.choice(distinct)), draft(random.Random(seed), *make(True)))
    if rng.random() < 0.25:
        # headline against body
        def make(e: bool) -> List[str]:  # noqa: F811
            return [f"{firm} said {n(jobs)} jobs would go when the {town} plant closes next year."]
        seed = rng.random()
        return (draft(random.Random(seed), *make(False), title=f"{n(jobs)} jobs to go at {town} plant"),
                draft(random.Random(seed), *make(False), title=f"{n(jobs_bad)} jobs to go at {town} plant"))
    return pair(rng, make)


# --------------------------------------------------------------------------- weekdays


def weekdays(rng: random.Random) -> Pair:
    year = 2026
    day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(20, 340))
    pub = day - dt.timedelta(days=rng.randrange(1, 25))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([1, 2, 3, 4, 5, 6])) % 7]
    d, mname = day.day, calendar.month_name[day.month]
    dateline = f"{rng.choice(TOWNS).upper()}, {pub.day} {calendar.month_name[pub.month]} {year} -"
    forms = [
        lambda e: [f"The vote will be held on {d} {mname}, a {wrong if e else right}."],
        lambda e: [f"The match will be played on {wrong if e else right} {d} {mname}."],
        lambda e: [f"The shop reopens on {wrong if e else right}, {d} {mname}, after a refit."],
        lambda e: [f"Talks are due to resume on {wrong if e else right} ({d} {mname})."],
        lambda e: [f"{dateline} The hearing, on {wrong if e else right} {d} {mname}, is expected to last a day."],
        lambda e: [f"The ferry will sail on the evening of {wrong if e else right} {d} {mname}."],
        lambda e: [f"Results are published on {d} {mname} ({wrong if e else right})."],
        lambda e: [f"On {wrong if e else right}, {mname} {d}, the council will decide."],
    ]
    make = pick(rng, forms)
    dated = "dateline" not in make.__code__.co_names and rng.random() < 0.85
    return pair(rng, make, date=pub.isoformat() if dated else "")


# --------------------------------------------------------------------------- family b
# A second family, written after the first was in use and run once before any change it
# prompted (its first-run numbers are reported as such): other wording for each relation.


def b_shares(rng: random.Random) -> Pair:
    total = rng.choice([500, 1_200, 2_400, 900])
    a = rng.randrange(30, 55)
    b = rng.randrange(10, 100 - a - 8)
    c = 100 - a - b
    c_bad = c + rng.choice([8, 11, 15])
    x = rng.randrange(total // 8, total // 2)
    z = round(100 * x / total)
    z_bad = z + rng.choice([-1, 1]) * max(7, z // 3)
    forms = [
        lambda e: [f"The ballot of {n(total)} nurses showed {a}% in favour of strike action, {b}% against and "
                   f"{c_bad if e else c}% who did not vote either way."],
        lambda e: [f"Among parents, {a} per cent rated the school good, {b} per cent rated it poor and the other "
                   f"{c_bad if e else c} per cent gave no rating."],
        lambda e: [f"In all, {n(x)} of the {n(total)} claims - {z_bad if e else z}% - were rejected."],
        lambda e: [f"Inspectors found faults on {n(x)} buses out of {n(total)} ({z_bad if e else z}%)."],
        lambda e: [f"Diesel cars made up {a}% of sales, petrol {b}% and electric {c_bad if e else c}%."],
    ]
    return pair(rng, pick(rng, forms))


def b_parts(rng: random.Random) -> Pair:
    t = rng.choice([120, 340, 58, 900])
    a = round(t * rng.uniform(0.4, 0.6))
    b = t - a
    b_bad = b + max(6, round(t * rng.uniform(0.1, 0.2)))
    forms = [
        lambda e: [f"The fund totals €{t} million; {a} million will go to hospitals and "
                   f"{b_bad if e else b} million to clinics."],
        lambda e: [f"Police recorded {t} offences. Of these, {a} were thefts and {b_bad if e else b} were "
                   f"assaults."],
        lambda e: [f"There are {t} beds in the unit - {a} for adults and {b_bad if e else b} for children."],
        lambda e: [f"The {t} volunteers are split into {a} drivers and {b_bad if e else b} walkers."],
        lambda e: [f"Of {t} planning applications, {a} were approved and the remaining {b_bad if e else b} "
                   f"refused."],
    ]
    return pair(rng, pick(rng, forms))


def b_changes(rng: random.Random) -> Pair:
    a = rng.randrange(20, 90) * 100
    p = rng.choice([10, 20, 25, 40, 50])
    b = round(a * (1 + p / 100))
    p_bad = p + rng.choice([10, 15])
    thing = rng.choice(["passengers", "burglaries", "donations", "students"])
    forms = [
        lambda e: [f"The number of {thing} went up by {p_bad if e else p}%, from {n(a)} to {n(b)}."],
        lambda e: [f"{thing.capitalize()} now number {n(b)}, a {p_bad if e else p}% increase on the {n(a)} "
                   f"counted in 2021."],
        lambda e: [f"{thing.capitalize()} totalled {n(a)} in 2022 and {n(b)} in 2024, an increase of "
                   f"{p_bad if e else p} per cent."],
        lambda e: [f"Compared with {n(a)} a year earlier, {thing} climbed {p_bad if e else p}% to {n(b)}."],
    ]
    return pair(rng, pick(rng, forms))


def b_conversions(rng: random.Random) -> Pair:
    c = rng.randrange(-5, 40)
    f = round(c * 9 / 5 + 32)
    miles = rng.choice([8, 15, 35, 90])
    km = round(miles * 1.609344)
    forms = [
        lambda e: [f"Forecasters expect highs of {c}C ({f + (5 if e else 0)}F) this weekend."],
        lambda e: [f"The trail runs for {miles} miles ({round(km * 1.25) if e else km} km) through the forest."],
        lambda e: [f"It lies {km}km ({round(miles * 1.3) if e else miles} miles) south of the border."],
        lambda e: [f"The boat is {miles * 3} feet ({(miles * 3 * 0.3048 * (1.15 if e else 1)):.1f}m) long."],
    ]
    return pair(rng, pick(rng, forms))


def b_durations(rng: random.Random) -> Pair:
    start = rng.randrange(6 * 2, 11 * 2) * 30
    h = rng.randrange(2, 9)
    end = start + h * 60
    h_bad = h + rng.choice([-1, 2]) if h > 2 else h + 2
    t1, t2 = _clock(start, "24"), _clock(end, "24")
    forms = [
        lambda e: [f"Power was cut at {t1} and restored at {t2}, leaving homes without electricity for "
                   f"{word(h_bad if e else h)} hours."],
        lambda e: [f"The {word(h_bad if e else h)}-hour operation began at {t1} and ended at {t2}."],
        lambda e: [f"From {t1} until {t2} - {word(h_bad if e else h)} hours in total - the motorway was shut."],
        lambda e: [f"The search, which lasted {word(h_bad if e else h)} hours, started at {t1} and was called "
                   f"off at {t2}."],
    ]
    return pair(rng, pick(rng, forms))


def b_ages(rng: random.Random) -> Pair:
    today = dt.date(2026, rng.randrange(1, 13), rng.randrange(1, 28))
    born = rng.randrange(1945, 2000)
    age = today.year - born - 1
    bad = age + rng.choice([-4, 5])
    full, last = name(rng)
    event = born + rng.randrange(20, 26)
    forms = [
        lambda e: [f"{full} ({bad if e else age}) was born in {born} and has lived in the town all her life."],
        lambda e: [f"{last}, now {bad if e else age}, was born in {born}."],
        lambda e: [f"{full} was born in {born}. At the age of {(event - born + 4) if e else event - born - 1} "
                   f"she moved to Canada, in {event}."],
    ]
    return pair(rng, pick(rng, forms), date=today.isoformat())


def b_averages(rng: random.Random) -> Pair:
    count = rng.choice([12, 30, 75, 160])
    each = rng.choice([15, 40, 250])
    total = count * each
    bad = round(each * rng.choice([1.4, 0.6]))
    forms = [
        lambda e: [f"The {count} clubs share {n(total)} tickets, so each gets {bad if e else each} on average."],
        lambda e: [f"Across its {count} branches the bank handled {n(total)} complaints, an average of "
                   f"{bad if e else each} per branch."],
        lambda e: [f"{n(total)} trees will be planted at {count} sites, roughly {bad if e else each} at each site."],
    ]
    return pair(rng, pick(rng, forms))


def b_restatements(rng: random.Random) -> Pair:
    x = rng.choice([250, 1_800, 640])
    bad = x + rng.choice([100, 150]) if x > 1000 else x + 60
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"{town} council will close {n(x)} streetlights overnight to save money.",
                   "Residents have until March to comment.",
                   f"Switching off the {n(bad if e else x)} streetlights would save about £90,000 a year."],
        lambda e: [f"A fire destroyed {n(x)} acres of heath near {town}.",
                   f"Crews spent two days bringing the blaze across the {n(bad if e else x)} acres under control."],
        lambda e: [f"The trust plans to recruit {n(x)} nurses from overseas.",
                   "It says the move is needed to cut waiting lists.",
                   f"The {n(bad if e else x)} overseas nurses will start in the autumn."],
    ]
    return pair(rng, pick(rng, forms))


def b_weekdays(rng: random.Random) -> Pair:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(30, 330))
    pub = day - dt.timedelta(days=rng.randrange(2, 20))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([1, 3, 5])) % 7]
    d, mname = day.day, calendar.month_name[day.month]
    forms = [
        lambda e: [f"Polling stations open at 7am on {wrong if e else right} {d} {mname}."],
        lambda e: [f"The deadline is midnight on {mname} {d} ({wrong if e else right})."],
        lambda e: [f"Work begins on {wrong if e else right}, {d} {mname}, and will take a month."],
    ]
    return pair(rng, pick(rng, forms), date=pub.isoformat())


FAMILY_B: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    ages=b_ages, averages=b_averages, changes=b_changes, conversions=b_conversions, durations=b_durations,
    parts=b_parts, restatements=b_restatements, shares=b_shares, weekdays=b_weekdays)


# --------------------------------------------------------------------------- family c
# A third family, written after family b's changes and run once before any change it
# prompted: longer sentences, figures a paragraph apart, attribution in the middle.


def c_shares(rng: random.Random) -> Pair:
    a = rng.randrange(35, 60)
    b = rng.randrange(12, 100 - a - 6)
    c = 100 - a - b
    bad = c + rng.choice([9, 13])
    whole = rng.choice([600, 1_500, 3_000])
    x = rng.randrange(whole // 6, whole // 2)
    z = round(100 * x / whole)
    zb = z + rng.choice([-1, 1]) * max(8, z // 3)
    forms = [
        lambda e: [f"When the {n(whole)} tenants were asked about the new landlord, {a}% said they were satisfied, "
                   f"{b}% were dissatisfied, and {bad if e else c}% were unsure, the housing association said."],
        lambda e: [f"The referendum was decided {a}% to {b}%, and {bad if e else c}% of ballots were spoiled."],
        lambda e: [f"Out of {n(whole)} samples sent for testing, {n(x)} came back positive - about "
                   f"{zb if e else z} per cent."],
        lambda e: [f"The lab tested {n(whole)} samples.", f"Of those, {n(x)} - {zb if e else z}% - were positive."],
    ]
    return pair(rng, pick(rng, forms))


def c_parts(rng: random.Random) -> Pair:
    t = rng.choice([48, 130, 2_600, 75])
    a = round(t * rng.uniform(0.3, 0.5))
    b = round(t * rng.uniform(0.2, 0.3))
    c = t - a - b
    cb = c + max(5, round(t * 0.15))
    forms = [
        lambda e: [f"The hospital has {n(t)} consultants: {n(a)} surgeons, {n(b)} physicians and "
                   f"{n(cb if e else c)} anaesthetists."],
        lambda e: [f"A total of {n(t)} homes were flooded, including {n(a)} in the village and "
                   f"{n(a + b + cb if e else b)} on the estate."],
        lambda e: [f"Of the {n(t)} candidates, {n(a)} were women, {n(b)} were men under 40 and the remaining "
                   f"{n(cb if e else c)} were older men."],
        lambda e: [f"The airline cancelled {n(t)} flights on Monday.",
                   f"Some {n(a)} were domestic and {n(b + cb + a if e else b)} international, a spokesman said."],
    ]
    return pair(rng, pick(rng, forms))


def c_changes(rng: random.Random) -> Pair:
    a = rng.randrange(30, 95) * 100
    frac, word_ = rng.choice([(0.5, "half"), (0.25, "a quarter"), (1 / 3, "a third")])
    b = round(a * (1 - frac))
    bb = round(a * (1 - frac / 2.2))
    factor, fword = rng.choice([(2, "doubled"), (3, "tripled")])
    forms = [
        lambda e: [f"The waiting list has shrunk by {word_} since January, from {n(a)} to {n(bb if e else b)}."],
        lambda e: [f"Sales of the magazine {fword} over the decade, from {n(a)} copies to "
                   f"{n(a * factor * (0.7 if e else 1))} copies."],
        lambda e: [f"There were {n(a)} reports in 2020.", "Officials said the introduction of new rules had helped.",
                   f"By 2024 reports were down by {word_}, to {n(bb if e else b)}."],
    ]
    return pair(rng, pick(rng, forms))


def c_conversions(rng: random.Random) -> Pair:
    kg = rng.choice([3, 20, 150, 600])
    lb = round(kg * 2.20462)
    ft = rng.choice([12, 40, 300])
    m = round(ft * 0.3048, 1)
    c = rng.randrange(18, 35)
    forms = [
        lambda e: [f"Customs officers found {kg}kg ({round(lb * 1.2) if e else lb}lb) of cocaine in the lorry."],
        lambda e: [f"The {ft}ft ({round(m * 1.25, 1) if e else m}m) mast will be taken down next year."],
        lambda e: [f"Temperatures are expected to peak at {c}C ({round(c * 9 / 5 + 32) + (4 if e else 0)}F) "
                   f"on Wednesday."],
    ]
    return pair(rng, pick(rng, forms))


def c_durations(rng: random.Random) -> Pair:
    d1 = rng.randrange(1, 12)
    days = rng.randrange(5, 15)
    month = calendar.month_name[rng.randrange(3, 10)]
    start = rng.randrange(14, 20) * 60
    h = rng.randrange(2, 6)
    t1, t2 = _clock(start, "12"), _clock(start + h * 60 + 30, "12")
    forms = [
        lambda e: [f"The trial opened on {d1} {month} 2026 and the jury returned its verdict on {d1 + days} {month}, "
                   f"{word(days + 4 if e else days)} days later."],
        lambda e: [f"Fans queued for {HOURS_WORDS[h + 2 if e else h]} and a half hours, from {t1} until {t2}."],
        lambda e: [f"The blaze broke out at {t1}.", f"It was not brought under control until {t2}, "
                   f"{HOURS_WORDS[h + 2 if e else h]} and a half hours later."],
    ]
    return pair(rng, pick(rng, forms))


def c_ages(rng: random.Random) -> Pair:
    born = rng.randrange(1930, 1980)
    died = rng.randrange(born + 40, 2025)
    at = died - born - 1
    full, last = name(rng)
    forms = [
        lambda e: [f"{full} was born in {born} in Leeds.",
                   f"{last} died in {died}, aged {at + 5 if e else at}, after a short illness."],
        lambda e: [f"Born in {born}, {full} joined the company in {born + 22}, at {22 + 4 if e else 21}."],
        lambda e: [f"{full}, who has died at the age of {at + 6 if e else at}, was born in {born}.",
                   f"{last} died at home on 3 May {died}."],
    ]
    return pair(rng, pick(rng, forms))


def c_averages(rng: random.Random) -> Pair:
    count = rng.choice([8, 20, 45, 300])
    each = rng.choice([6, 35, 120])
    total = count * each
    bad = round(each * rng.choice([1.5, 0.6]))
    forms = [
        lambda e: [f"In all, {n(total)} fines were issued by the {count} wardens last month.",
                   f"That is about {bad if e else each} fines per warden."],
        lambda e: [f"The £{n(total)} raised will be divided equally between {count} charities, giving each "
                   f"£{n(bad if e else each)}."],
        lambda e: [f"Some {n(total)} pupils attend the {count} primary schools in the district, an average "
                   f"of {bad if e else each} pupils per school."],
    ]
    return pair(rng, pick(rng, forms))


def c_restatements(rng: random.Random) -> Pair:
    x = rng.choice([12, 48, 320])
    bad = {12: 15, 48: 84, 320: 230}[x]
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"# {x} wind turbines planned off {town}", f"Plans for {x} wind turbines off the coast of {town} "
                   f"have been submitted.", f"If approved, the {bad if e else x} turbines would power 90,000 homes."],
        lambda e: [f"The ministry ordered {x} new trains from a Spanish firm.",
                   f"Delivery of the {bad if e else x} trains is due to start in 2028, the ministry said."],
        lambda e: [f"A {x}-day strike by refuse collectors in {town} has ended.",
                   f"Rubbish piled up in the streets during the {bad if e else x}-day strike."],
    ]
    return pair(rng, pick(rng, forms))


def c_weekdays(rng: random.Random) -> Pair:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(40, 320))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([2, 4, 6])) % 7]
    d, mname = day.day, calendar.month_name[day.month]
    forms = [
        lambda e: [f"The inquiry resumes on {wrong if e else right} {d} {mname} {day.year}."],
        lambda e: [f"Nominations close at noon on {wrong if e else right}, {mname} {d}, {day.year}."],
    ]
    return pair(rng, pick(rng, forms))


FAMILY_C: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    ages=c_ages, averages=c_averages, changes=c_changes, conversions=c_conversions, durations=c_durations,
    parts=c_parts, restatements=c_restatements, shares=c_shares, weekdays=c_weekdays)


# --------------------------------------------------------------------------- family d
# A fourth family, written after family c's changes and run once before any change it
# prompted: the relation's figures in reported speech, in lists, in headlines and in
# longer clauses, units and nouns left to the reader.


def d_changes(rng: random.Random) -> Pair:
    a = rng.randrange(150, 950) * 10
    p = rng.choice([12, 18, 22, 35, 60])
    sign = rng.choice([1, -1])
    b = round(a * (1 + sign * p / 100))
    pb = p + rng.choice([9, 14])
    verb = "risen" if sign > 0 else "fallen"
    noun = rng.choice(["admissions", "enrolments", "arrests", "callouts"])
    forms = [
        lambda e: [f"The council said {noun} had {verb} by {pb if e else p}% in a year, to {n(b)} from {n(a)}."],
        lambda e: [f"Last year's {n(a)} {noun} became {n(b)} this year - {'up' if sign > 0 else 'down'} "
                   f"{pb if e else p}%."],
        lambda e: [f"{noun.capitalize()}: {n(b)} ({'+' if sign > 0 else '-'}{pb if e else p}% on {n(a)} a year ago)"],
        lambda e: [f"With {n(b)} {noun} this year against {n(a)} last year, the rise is "
                   f"{pb if e else p}%." if sign > 0 else f"With {n(b)} {noun} this year against {n(a)} last "
                   f"year, the fall is {pb if e else p}%."],
    ]
    return pair(rng, pick(rng, forms))


def d_parts(rng: random.Random) -> Pair:
    t = rng.choice([36, 140, 480, 3_600])
    a = round(t * 0.5)
    b = round(t * 0.3)
    c = t - a - b
    cb = c + max(4, round(t * 0.12))
    forms = [
        lambda e: [f"Among the {n(t)} staff are {n(a)} teachers, {n(b)} teaching assistants and "
                   f"{n(cb if e else c)} office workers.", "The school is the largest employer in the village."],
        lambda e: [f"Firefighters rescued {n(t)} people - {n(a)} adults, {n(b)} children and "
                   f"{n(cb if e else c)} pensioners."],
        lambda e: [f"The {n(t)} homes will be a mix of {n(a)} for sale, {n(b)} for rent and {n(cb if e else c)} "
                   f"for shared ownership."],
    ]
    return pair(rng, pick(rng, forms))


def d_averages(rng: random.Random) -> Pair:
    count = rng.choice([14, 60, 220])
    each = rng.choice([25, 80, 400])
    total = count * each
    bad = round(each * rng.choice([1.5, 0.6]))
    forms = [
        lambda e: [f"The {count} food banks handed out {n(total)} parcels, or {bad if e else each} per food bank."],
        lambda e: [f"On average each of the {count} lifeboat stations answered {bad if e else each} calls, "
                   f"{n(total)} in total."],
        lambda e: [f"The festival's {count} stalls took {n(total)} orders between them, {bad if e else each} "
                   f"a stall on average."],
    ]
    return pair(rng, pick(rng, forms))


def d_durations(rng: random.Random) -> Pair:
    start = rng.randrange(7, 12) * 60
    h = rng.randrange(2, 7)
    t1, t2 = _clock(start, "12"), _clock(start + h * 60, "12")
    forms = [
        lambda e: [f"The {word(h + 3 if e else h)}-hour walkout started at {t1} and finished at {t2}."],
        lambda e: [f"Doors open at {t1} and close at {t2}, {word(h + 2 if e else h)} hours later."],
        lambda e: [f"It took {word(h + 2 if e else h)} hours - from {t1} to {t2} - to clear the wreckage."],
    ]
    return pair(rng, pick(rng, forms))


def d_shares(rng: random.Random) -> Pair:
    t = rng.choice([400, 1_000, 2_500])
    x = rng.randrange(t // 6, t // 2)
    z = round(100 * x / t)
    zb = z + rng.choice([-1, 1]) * max(8, z // 3)
    a = rng.randrange(40, 60)
    b = 100 - a - rng.randrange(5, 15)
    c = 100 - a - b
    forms = [
        lambda e: [f"Just {n(x)} of the {n(t)} firms that responded ({zb if e else z}%) said they would hire."],
        lambda e: [f"{n(x)} people, or {zb if e else z}% of the {n(t)} who applied, were offered a place."],
        lambda e: [f"Asked if the bypass should be built, {a}% said yes and {b}% said no; "
                   f"{c + 12 if e else c}% were not sure."],
    ]
    return pair(rng, pick(rng, forms))


FAMILY_D: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    averages=d_averages, changes=d_changes, durations=d_durations, parts=d_parts, shares=d_shares)


# --------------------------------------------------------------------------- family e
# A fifth family, written last and run once before any change it prompted: figures with
# units and nouns of other trades (tonnes, megawatts, hectares, beds, seats), percentages
# spelled "per cent", sums in dollars and euros, and a relation spread over a paragraph.


def e_parts(rng: random.Random) -> Pair:
    t = rng.choice([420, 96, 1_800])
    a = round(t * 0.55)
    b = t - a
    bb = b + max(8, round(t * 0.15))
    forms = [
        lambda e: [f"The wind farm will generate {t} megawatts, with {a} megawatts from turbines at sea and "
                   f"{bb if e else b} megawatts from those on land."],
        lambda e: [f"The ward has {t} beds. Some {a} are for adults; the other {bb if e else b} are for children."],
        lambda e: [f"Parliament's {t} seats are shared between the governing coalition, with {a}, and the opposition, "
                   f"with {bb if e else b}."],
    ]
    return pair(rng, pick(rng, forms))


def e_changes(rng: random.Random) -> Pair:
    a = rng.choice([240, 1_500, 36_000])
    p = rng.choice([15, 20, 40])
    b = round(a * (1 + p / 100))
    pb = p + 12
    forms = [
        lambda e: [f"Exports reached {n(b)} tonnes, {pb if e else p} per cent more than the {n(a)} tonnes "
                   f"shipped a year earlier."],
        lambda e: [f"The harbour handled {n(a)} tonnes of cargo in 2023.",
                   f"In 2024 the tonnage grew by {pb if e else p} per cent, to {n(b)} tonnes, the port authority said."],
        lambda e: [f"Output is now {n(b)} tonnes a year, up {pb if e else p}% on {n(a)} tonnes."],
    ]
    return pair(rng, pick(rng, forms))


def e_shares(rng: random.Random) -> Pair:
    t = rng.choice([80, 250, 1_200])
    x = round(t * rng.uniform(0.2, 0.5))
    z = round(100 * x / t)
    zb = z + rng.choice([-1, 1]) * max(8, z // 3)
    forms = [
        lambda e: [f"Of the {t} hectares, {x} - about {zb if e else z} per cent - are woodland."],
        lambda e: [f"A fifth of the {t} seats, or {round(t / 5) + (round(t / 10) if e else 0)}, are reserved for "
                   f"women."],
        lambda e: [f"The {t} beds include {x} in intensive care, {zb if e else z}% of the total."],
    ]
    return pair(rng, pick(rng, forms))


def e_averages(rng: random.Random) -> Pair:
    count = rng.choice([8, 25, 60])
    each = rng.choice([3, 12, 40])
    total = count * each
    bad = round(each * rng.choice([1.5, 0.5])) or 1
    forms = [
        lambda e: [f"The ${n(total * 1000)} grant works out at ${n((bad if e else each) * 1000)} for each of the "
                   f"{count} villages."],
        lambda e: [f"The {count} farms together produce {n(total)} tonnes of cheese a year, about "
                   f"{bad if e else each} tonnes per farm."],
        lambda e: [f"{n(total)} hectares were replanted across {count} estates - {bad if e else each} hectares "
                   f"an estate on average."],
    ]
    return pair(rng, pick(rng, forms))


def e_restatements(rng: random.Random) -> Pair:
    x = rng.choice([40, 250, 1_200])
    bad = x + (10 if x < 100 else 100)
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"The new hospital in {town} will have {x} beds.", "Building work starts in the summer.",
                   f"All {bad if e else x} beds will be in single rooms, the trust said."],
        lambda e: [f"A {x}-tonne crane collapsed at the docks on Tuesday.",
                   f"Engineers are still working out why the {bad if e else x}-tonne crane fell."],
        lambda e: [f"The airline has ordered {x} aircraft worth ${x * 3}m.",
                   f"The first of the {bad if e else x} aircraft will arrive in 2028."],
    ]
    return pair(rng, pick(rng, forms))


FAMILY_E: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    averages=e_averages, changes=e_changes, parts=e_parts, restatements=e_restatements, shares=e_shares)


# --------------------------------------------------------------------------- family f
# A sixth family, written at the end of the round and run once, for the relations d and e
# left out: ages, conversions, durations, restatements, weekdays.


def f_ages(rng: random.Random) -> Pair:
    today = dt.date(2026, rng.randrange(2, 12), 15)
    born = rng.randrange(1950, 2000)
    age = today.year - born - rng.choice([0, 1])
    full, last = name(rng)
    forms = [
        lambda e: [f"{full} turned {age + 4 if e else age} this year, having been born in {born}."],
        lambda e: [f"{last}, {age + 6 if e else age}, a mother of two who was born in {born}, runs the bakery."],
        lambda e: [f"{full} was born in {born} and was only {(25 - 4) if e else 25} when she opened her first "
                   f"restaurant in {born + 26}."],
    ]
    return pair(rng, pick(rng, forms), date=today.isoformat())


def f_conversions(rng: random.Random) -> Pair:
    litres = rng.choice([20, 150, 4_000])
    gal = round(litres / 4.546)
    acres = rng.choice([50, 300, 1_200])
    ha = round(acres / 2.47105)
    forms = [
        lambda e: [f"The tank holds {n(litres)} litres ({n(gal * 2 if e else gal)} gallons)."],
        lambda e: [f"The farm extends to {n(acres)} acres ({n(round(ha * 1.4) if e else ha)} hectares)."],
        lambda e: [f"On Friday the mercury hit {rng.choice([30, 33]) if False else 33}C "
                   f"({95 if e else 91}F) in the capital."],
    ]
    return pair(rng, pick(rng, forms))


def f_durations(rng: random.Random) -> Pair:
    d1 = rng.randrange(1, 10)
    length = rng.randrange(4, 12)
    month = calendar.month_name[rng.randrange(4, 9)]
    h1 = rng.randrange(6, 10)
    forms = [
        lambda e: [f"The festival ran for {word(length + 3 if e else length)} days, from {d1} to {d1 + length - 1} "
                   f"{month} 2026."],
        lambda e: [f"Polls were open from {h1}am until {h1 + 6 - 12 if h1 + 6 > 12 else h1 + 6}"
                   f"{'pm' if h1 + 6 >= 12 else 'am'}, a {word(9 if e else 6)}-hour window."],
        lambda e: [f"The pilot spent {word(length + 4 if e else length)} days at sea, setting out on {d1} {month} 2026 "
                   f"and returning on {d1 + length} {month}."],
    ]
    return pair(rng, pick(rng, forms))


def f_restatements(rng: random.Random) -> Pair:
    x = rng.choice([75, 1_400, 230])
    bad = {75: 57, 1_400: 1_700, 230: 320}[x]
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"# {town} to lose {n(x)} bus routes", f"The county council is to axe {n(bad if e else x)} bus "
                   f"routes in {town} to save money."],
        lambda e: [f"A {x}-metre tower is planned for {town}'s station quarter.",
                   f"Objectors say the {bad if e else x}-metre tower would dwarf the cathedral."],
        lambda e: [f"The trust wants to close {n(x)} beds at {town} hospital.",
                   "A public meeting is planned for next month.",
                   f"Campaigners say losing the {n(bad if e else x)} beds would put lives at risk."],
    ]
    return pair(rng, pick(rng, forms))


def f_weekdays(rng: random.Random) -> Pair:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(60, 300))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([1, 2, 5])) % 7]
    pub = day - dt.timedelta(days=10)
    d, mname = day.day, calendar.month_name[day.month]
    forms = [
        lambda e: [f"The count will take place on {wrong if e else right} the {d}{'th' if d not in (1, 2, 3, 21, 22, 23, 31) else {1: 'st', 21: 'st', 31: 'st', 2: 'nd', 22: 'nd', 3: 'rd', 23: 'rd'}[d]} of {mname}."],
        lambda e: [f"It opens {wrong if e else right} {mname} {d} and closes the following week."],
    ]
    return pair(rng, pick(rng, forms), date=pub.isoformat())


FAMILY_F: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    ages=f_ages, conversions=f_conversions, durations=f_durations, restatements=f_restatements, weekdays=f_weekdays)


# --------------------------------------------------------------------------- family g
# A seventh family, written at the start of the next round and run once before any change it
# prompted: conversions without brackets, restatements in other framings, averages with two
# candidate totals, weekdays beside ordinal dates and possessives, spans between dates and
# clock times, parts in a later sentence tied only by their noun.


def g_conversions(rng: random.Random) -> Pair:
    ha = rng.choice([40, 120, 650])
    acres = round(ha * 2.47105)
    kg = rng.choice([25, 80, 300])
    lb = round(kg * 2.20462)
    km = rng.choice([30, 160, 420])
    mi = round(km / 1.609)
    forms = [
        lambda e: [f"The estate covers {n(ha)} hectares, or {n(round(acres * 1.5) if e else acres)} acres, "
                   "of moor and forest."],
        lambda e: [f"Developers bought {n(ha)} hectares - the equivalent of {n(round(acres * 0.6) if e else acres)} "
                   "acres - on the edge of the village."],
        lambda e: [f"The catch weighed {n(lb)} pounds. In metric terms, that is {n(round(kg * 1.4) if e else kg)} "
                   "kilograms."],
        lambda e: [f"The new line will run for {n(km)} kilometres, roughly {n(round(mi * 1.5) if e else mi)} miles."],
        lambda e: [f"Riders cover {n(mi)} miles, which is about {n(round(km * 0.6) if e else km)} km, in a day."],
    ]
    return pair(rng, pick(rng, forms))


def g_restatements(rng: random.Random) -> Pair:
    x = rng.choice([1_240, 86, 37_500, 412])
    bad = round(x * rng.choice([0.7, 1.3]))
    a = rng.randrange(900, 5_000)
    b = a - rng.randrange(20, 300)
    town = rng.choice(TOWNS)
    forms = [
        lambda e: [f"The final was watched by {n(x)} viewers on the streaming service.",
                   f"Organisers said the audience of {n(bad if e else x)} was a record for the event."],
        lambda e: [f"{n(x)} people died in the earthquake near {town}, officials said.",
                   f"Relatives of the {n(bad if e else x)} victims gathered at the square on Sunday."],
        lambda e: [f"A crowd of {n(x)} packed into the ground at {town} for the derby.",
                   f"The club thanked the crowd of {n(bad if e else x)} for their patience after the delay."],
        lambda e: [f"The motion passed by {n(a)} votes to {n(b)}.",
                   f"The majority of {n(a - b + 37 if e else a - b)} was smaller than expected."],
        lambda e: [f"Volunteers planted {n(x)} trees in the first week and none in the second.",
                   f"In all, {n(bad if e else x)} trees went in before the frost."],
    ]
    return pair(rng, pick(rng, forms))


def g_averages(rng: random.Random) -> Pair:
    k = rng.randrange(4, 12)
    per = rng.choice([120, 45, 2_500])
    total = k * per
    other = total + rng.randrange(50, 400)
    forms = [
        lambda e: [f"The charity raised £{n(other)} last year. This year it gave £{n(total)} to {word(k)} schools, "
                   f"an average of £{n(per * 1.4 if e else per)} each."],
        lambda e: [f"{word(k).capitalize()} teams collected {n(total)} bags of litter, about "
                   f"{n(per * 1.5 if e else per)} per team."],
        lambda e: [f"The {n(total)} new homes will be split between {word(k)} villages - "
                   f"{n(per * 0.6 if e else per)} homes per village on average.",
                   f"A further {n(other)} homes are planned for the towns."],
    ]
    return pair(rng, pick(rng, forms))


def g_weekdays(rng: random.Random) -> Pair:
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(60, 300))
    right = calendar.day_name[day.weekday()]
    wrong = calendar.day_name[(day.weekday() + rng.choice([1, 3, 4])) % 7]
    d, mname = day.day, calendar.month_name[day.month]
    suf = "th" if d in (11, 12, 13) or d % 10 > 3 or d % 10 == 0 else {1: "st", 2: "nd", 3: "rd"}[d % 10]
    town = rng.choice(TOWNS).upper()
    forms = [
        lambda e: [f"The vote was held on the {d}{suf} of {mname} {day.year} - a {wrong if e else right}."],
        lambda e: [f"{town}, {mname} {d + 3 if d < 25 else d}, {day.year} - The shop shut last {wrong if e else right} "
                   f"({d} {mname}) after 40 years."],
        lambda e: [f"The festival ends on {d} {mname} {day.year}. {wrong if e else right}'s closing concert is sold "
                   "out."],
    ]
    return pair(rng, pick(rng, forms))


def g_durations(rng: random.Random) -> Pair:
    d1 = rng.randrange(1, 10)
    weeks = rng.randrange(3, 8)
    start = dt.date(2025, 3, d1)
    end = start + dt.timedelta(weeks=weeks)
    h1 = rng.randrange(7, 11)
    forms = [
        lambda e: [f"The strike ran from {start.day} {calendar.month_name[start.month]} to {end.day} "
                   f"{calendar.month_name[end.month]}, a period of {word(weeks + 2 if e else weeks)} weeks."],
        lambda e: [f"Nurses worked a {(14 + 3) if e else 14}-hour shift that began at {min(h1, 9)}am and ended at "
                   f"{min(h1, 9) + 14 - 12}pm."],  # (first run: 10am + 14 hours was written "12pm", a wrong control)
        lambda e: [f"The road was closed overnight, from 10pm until {(h1 - 4) if h1 > 4 else h1}am, "
                   f"for {word(h1 - 4 + 2 + (3 if e else 0))} hours of repairs."],
        lambda e: [f"The exhibition opened on {start.day} {calendar.month_name[start.month]} 2025 and ran for a "
                   f"{'month' if e else 'fortnight'}, closing on "
                   f"{(start + dt.timedelta(days=13)).day} {calendar.month_name[(start + dt.timedelta(days=13)).month]}."],
    ]
    return pair(rng, pick(rng, forms))


def g_parts(rng: random.Random) -> Pair:
    a = rng.randrange(20, 90)
    b = rng.randrange(30, 120)
    c = rng.randrange(5, 30)
    noun = rng.choice(["flights", "trains", "operations", "events"])
    forms = [
        lambda e: [f"The strike forced the operator to cancel {n(a + b)} {noun} on Monday.",
                   f"Some {n(a)} were local and {n(b + 40 if e else b)} long-distance."],
        lambda e: [f"Police made {n(a + b + c)} arrests over the weekend. Of the arrests, {n(a)} were for theft, "
                   f"{n(b)} for assault and {n(c + 25 if e else c)} for criminal damage."],
        lambda e: [f"The council received {n(a + b)} complaints in March.",
                   f"{n(a)} complaints were about bins and {n(b - 20 if e else b)} about parking."],
    ]
    return pair(rng, pick(rng, forms))


FAMILY_G: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    averages=g_averages, conversions=g_conversions, durations=g_durations, parts=g_parts,
    restatements=g_restatements, weekdays=g_weekdays)


RELATIONS: Dict[str, Callable[[random.Random], Pair]] = collections.OrderedDict(
    ages=ages, averages=averages, changes=changes, conversions=conversions, durations=durations, parts=parts,
    restatements=restatements, shares=shares, weekdays=weekdays)


def _core(text: str) -> str:
    """The draft without its neutral paragraphs, on one line."""
    head = ""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        head, text = f"[{text[4:end].strip()}] ", text[end + 5 :]
    return head + " | ".join(p for p in text.strip().split("\n\n") if p not in FILLER)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per", type=int, default=40, help="cases per relation")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and alarms")
    ap.add_argument("--only", default="", help="one relation")
    ap.add_argument("--forms", action="store_true", help="also print recall and alarms per template")
    ap.add_argument("--family", choices=("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), default="a",
                    help="which template family (h, i and j: evaluation/figures_probe_wording.py)")
    args = ap.parse_args()
    linter = Linter()
    rng = random.Random(args.seed)
    print(f"Figures probe, family {args.family} (seed {args.seed}, {args.per} cases per relation)")
    families = {"a": RELATIONS, "b": FAMILY_B, "c": FAMILY_C, "d": FAMILY_D, "e": FAMILY_E, "f": FAMILY_F,
                "g": FAMILY_G}
    if args.family in ("h", "i", "j"):
        sys.path.insert(0, str(ROOT / "evaluation"))
        import figures_probe_wording as wording

        families[args.family] = getattr(wording, f"FAMILY_{args.family.upper()}")
        form_box = wording.FORM  # the module's own copy of this one's template index
    else:
        form_box = _FORM

    def draw(make):
        form_box[0] = 0
        ok, bad = make(rng)
        return form_box[0], ok, bad, _core(ok), _core(bad)

    score(linter, families[args.family], args, draw, lambda f: f"{f.code} {f.message}")


Draw = Callable[[object], Tuple[int, str, str, str, str]]


def score(linter: Linter, relations: Dict[str, object], args: argparse.Namespace, draw: Draw,
          note: Callable[[object], str]) -> None:
    """Print, per relation of *relations*, its cases, how many errors are found (recall) and
    how many controls draw a finding (with ``args.forms``, per template too), then up to
    ``args.show`` misses and alarms. ``draw(make)`` makes one case of a relation's *make*:
    ``(template, control text, error text, control shown, error shown)``; *note* says
    what a control's first finding is."""
    print(f"  {'relation':<14} {'cases':>5} {'found':>6} {'recall':>7} {'control alarms':>15}")
    totals = [0, 0, 0]
    misses: List[str] = []
    alarms: List[str] = []
    for rel, make in relations.items():
        if args.only and rel != args.only:
            continue
        cases = found = alarm = 0
        by_form: Dict[int, List[int]] = collections.defaultdict(lambda: [0, 0, 0])
        for _ in range(args.per):
            template, ok, bad, ok_shown, bad_shown = draw(make)
            form = by_form[template]
            cases += 1
            form[0] += 1
            if linter.lint_text(bad, "draft.md", FIGURES):
                found += 1
                form[1] += 1
            elif len(misses) < args.show:
                misses.append(f"miss [{rel}/{template}] {bad_shown}")
            wrong = linter.lint_text(ok, "draft.md", FIGURES)
            if wrong:
                alarm += 1
                form[2] += 1
                if len(alarms) < args.show:
                    alarms.append(f"alarm [{rel}/{template}] {ok_shown}\n   -> {note(wrong[0])}")
        totals = [totals[0] + cases, totals[1] + found, totals[2] + alarm]
        print(f"  {rel:<14} {cases:>5} {found:>6} {found / cases:>7.2f} {alarm / cases:>15.3f}")
        if args.forms:
            for i, (c, f, a) in sorted(by_form.items()):
                print(f"      template {i:<3} {c:>5} {f:>6} {f / c:>7.2f} {a / c:>15.3f}")
    print(f"  {'all':<14} {totals[0]:>5} {totals[1]:>6} {totals[1] / totals[0]:>7.2f} {totals[2] / totals[0]:>15.3f}")
    for line in misses + alarms:
        print(line)

if __name__ == "__main__":
    main()
