"""Probe family r of the figures rules: relations planted into real BBC copy, in wording no earlier family uses.

Written in full before it was first run, and run once on the code as it then stood: that
first run is the estimate for wording the rules were not built from. Each relation has
five or more templates. A template builds one or more paragraphs twice, once with the
arithmetic right (the control, which must stay quiet) and once with one figure wrong (the
error, which must draw a figures finding). The paragraphs are planted after the second
paragraph of a BBC article from the report half (odd-numbered files) that draws no figures
finding on its own; a template's ``GAP`` puts two of the article's paragraphs between its
parts. The articles are read in place from ``../shared/data/bbc-news`` (or
``$LINTNEWS_SHARED``); nothing is copied or written to disk.

Wording: changes as "climbed to X from Y", "X, against Y a year earlier", "a Z-fold
increase", "two-thirds fewer"; parts after their total in a list with colons, dashes or
bullets; shares and "one in N"; conversions in brackets (miles and km, acres and hectares,
stone and kg, Fahrenheit and Celsius, dollars and pounds given twice); durations "between
9.15pm and 1am", "a 14-hour shift from ..."; ages against years of birth; weekdays against
dates; one total restated later in other words ("the 1,200-strong workforce" ... "its
1,400 staff").

Usage: ``python evaluation/figures_probe_r.py [--per 40] [--seed 7] [--show N] [--only RELATION] [--forms]``
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
sys.path.insert(0, str(ROOT / "evaluation"))

from common import data_dir  # noqa: E402
from figures_probe import score  # noqa: E402
from lintnews.engine.config import Settings  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402

FIGURES = Settings(select=("figures",))
GAP = "\x00gap"
Make = Callable[[bool], List[str]]

THINGS = ["members", "callers", "bookings", "learners", "tenants", "riders", "claims", "patients", "recruits",
          "visitors", "drivers", "subscribers"]
PLACES = ["Kendal", "Arbroath", "Ludlow", "Penzance", "Ballymena", "Skegness", "Brecon", "Thurso", "Whitby",
          "Bicester", "Lanark", "Ripon"]
FIRST = ["Margit", "Desmond", "Olamide", "Fenella", "Ruben", "Ishbel", "Thaddeus", "Carys", "Anwar", "Petra"]
LAST = ["Achterberg", "Blundell", "Carmody", "Dalziel", "Esterhuizen", "Fothergill", "Gwilliam", "Hendry",
        "Imrie", "Jessop"]
MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)
_FORM = [0]


def n(x: float) -> str:
    return f"{int(round(x)):,}"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def pick(rng: random.Random, forms: List[Make]) -> Make:
    i = rng.randrange(len(forms))
    _FORM[0] = i
    return forms[i]


# =========================================================================== relations


def r_changes(rng: random.Random) -> Make:
    a = rng.randrange(24, 96) * 50
    p = rng.choice([10, 15, 20, 25, 30, 40])
    up = rng.random() < 0.6
    b = round(a * (1 + p / 100)) if up else round(a * (1 - p / 100))
    bad = p + rng.choice([8, 11, 15])
    thing, place = rng.choice(THINGS), rng.choice(PLACES)

    def q(e: bool) -> int:
        return bad if e else p

    forms = [
        lambda e: [f"The number of {thing} in {place} {'climbed' if up else 'slid'} to {n(b)} from {n(a)}, "
                   f"a {'rise' if up else 'fall'} of {q(e)}%."],
        lambda e: [f"There were {n(b)} {thing} last year, against {n(a)} a year earlier, "
                   f"{q(e)}% {'more' if up else 'fewer'}."],
        lambda e: [f"{cap(thing)} totalled {n(b)}, {'up' if up else 'down'} {q(e)} per cent on the {n(a)} "
                   "of twelve months before, figures showed."],
        lambda e: [f"Demand {'grew' if up else 'shrank'} by {q(e)}% over the year, with {n(b)} {thing} "
                   f"registered as opposed to {n(a)} previously."],
        lambda e: [f"The {place} branch counted {n(a)} {thing} in its first year.", GAP,
                   f"This year it counted {n(b)}, which is {q(e)}% {'higher' if up else 'lower'}."],
        lambda e: [f"In all, {n(b)} {thing} signed up - a {q(e)} per cent {'increase' if up else 'decrease'} "
                   f"when set beside last year's {n(a)}."],
    ]
    return pick(rng, forms)


def r_multiples(rng: random.Random) -> Make:
    a = rng.choice([120, 300, 450, 900, 1_500, 2_400])
    thing, year = rng.choice(THINGS), rng.randrange(2010, 2019)
    k = rng.choice([3, 4, 5])
    f = rng.choice([0.6, 1.5])

    def w(x: float, e: bool) -> str:
        return n(x * (f if e else 1))

    kw = {3: "threefold", 4: "fourfold", 5: "fivefold"}[k]
    forms = [
        lambda e: [f"There has been a {k}-fold increase in {thing} since {year}, from {n(a)} to {w(a * k, e)}."],
        lambda e: [f"The charity reported a {kw} rise in {thing}, to {w(a * k, e)} from {n(a)}."],
        lambda e: [f"There are two-thirds fewer {thing} than in {year}: {w(a / 3, e)} against {n(a)}."],
        lambda e: [f"The clinic now sees half as many {thing} as it did in {year} - {w(a / 2, e)} compared "
                   f"with {n(a)}."],
        lambda e: [f"{cap(thing)} have risen two and a half times, from {n(a)} in {year} to {w(a * 2.5, e)}."],
        lambda e: [f"Last year {w(a * 3 / 4, e)} {thing} were recorded, a quarter fewer than the {n(a)} of "
                   f"{year}."],
    ]
    return pick(rng, forms)


def r_parts(rng: random.Random) -> Make:
    a, b, c = rng.randrange(20, 70), rng.randrange(10, 45), rng.randrange(4, 25)
    t = a + b + c
    d = rng.choice([7, 10, 14])
    p1, p2, p3 = rng.sample(PLACES, 3)

    def tt(e: bool) -> str:
        return n(t + d if e else t)

    forms = [
        lambda e: [f"The {tt(e)} new posts break down as follows: {p1}, {a}; {p2}, {b}; and {p3}, {c}."],
        lambda e: [f"Some {tt(e)} homes were damaged - {a} in {p1}, {b} in {p2} and {c} in {p3}."],
        lambda e: [f"The {tt(e)} seats on the new council are split as follows:",
                   f"- Labour: {a}\n- Conservative: {b}\n- Independent: {c}"],
        lambda e: [f"In total {tt(e)} awards were handed out: gold - {a}, silver - {b}, bronze - {c}."],
        lambda e: [f"The haul came to {tt(e)} items: {a} phones, {b} laptops and {c} tablets, police said."],
        lambda e: [f"A further {tt(e)} staff will transfer across. By site: {p1} {a}, {p2} {b}, {p3} {c}."],
    ]
    return pick(rng, forms)


def r_shares(rng: random.Random) -> Make:
    k = rng.choice([4, 5, 8, 10])
    t = k * rng.randrange(30, 400)
    s = t // k
    thing = rng.choice(THINGS)
    p1 = rng.randrange(30, 55)
    p2 = rng.randrange(15, 100 - p1 - 8)
    p3 = 100 - p1 - p2
    pc = 100 / k

    forms = [
        lambda e: [f"One in {k} of the {n(t)} {thing} - {n(s * (1.4 if e else 1))} - had waited more than a year."],
        lambda e: [f"{n(s * (0.6 if e else 1))} of the {n(t)} {thing}, or one in {k}, lodged a complaint."],
        lambda e: [f"Asked about the plan, {p1}% said they backed it, {p2}% opposed it and "
                   f"{p3 + (14 if e else 0)}% did not know."],
        lambda e: [f"Of {n(t)} {thing} surveyed, {n(s)} - {pc + (9 if e else 0):g}% - said they felt unsafe."],
        lambda e: [f"Roughly one in {k} {thing}, {n(s * (1.5 if e else 1))} out of {n(t)}, were turned away."],
        lambda e: [f"The share who renewed was {pc + (12 if e else 0):g}%: {n(s)} out of {n(t)} {thing}."],
    ]
    return pick(rng, forms)


def r_conversions(rng: random.Random) -> Make:
    miles = rng.randrange(4, 90)
    km = round(miles * 1.609)
    acres = rng.randrange(5, 80) * 10
    ha = round(acres * 0.4047)
    stone = rng.randrange(9, 22)
    kg = round(stone * 6.35)
    c = rng.randrange(18, 38)
    f = round(c * 9 / 5 + 32)
    usd = rng.randrange(12, 90)
    gbp = round(usd / 1.9)
    usd2 = rng.randrange(100, 400)
    gbp2 = round(usd2 / 1.9)
    place = rng.choice(PLACES)

    forms = [
        lambda e: [f"The new cycle route runs for {miles} miles ({round(km * (1.35 if e else 1))}km) along "
                   "the old railway."],
        lambda e: [f"The estate covers {acres} acres ({round(ha * (1.4 if e else 1))} hectares) near {place}."],
        lambda e: [f"He lost {stone} stone ({round(kg * (1.3 if e else 1))}kg) in a year."],
        lambda e: [f"Temperatures hit {c}C ({f + (9 if e else 0)}F) in {place} on Tuesday."],
        lambda e: [f"The firm agreed a ${usd}m (£{gbp}m) deal in the spring.", GAP,
                   f"A second contract, worth ${usd2}m (£{round(gbp2 * (1.45 if e else 1))}m), followed "
                   "in the autumn."],
        lambda e: [f"The walk is {km}km ({round(miles * (1.35 if e else 1))} miles) from end to end."],
    ]
    return pick(rng, forms)


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{'' if m == 0 else '.%02d' % m}{suffix}"


_HOURS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
         "sixteen".split()


def r_durations(rng: random.Random) -> Make:
    start = rng.choice([19 * 60 + 15, 20 * 60 + 30, 21 * 60 + 15, 22 * 60, 23 * 60 + 30])
    hours = rng.randrange(3, 8)
    end = start + hours * 60
    shift = rng.randrange(9, 15)
    s2 = rng.choice([6 * 60, 7 * 60, 8 * 60 + 30])
    wrong = hours + rng.choice([2, 3])

    def hh(e: bool) -> str:
        return _HOURS[wrong if e else hours]

    forms = [
        lambda e: [f"The road was shut between {_clock(start)} and {_clock(end)}, some {hh(e)} hours, while "
                   "crews cleared debris."],
        lambda e: [f"Nurses worked a {(shift + 3) if e else shift}-hour shift from {_clock(s2)} to "
                   f"{_clock(s2 + shift * 60)}."],
        lambda e: [f"The {hh(e)}-hour operation ran from {_clock(start)} until {_clock(end)}."],
        lambda e: [f"Police remained at the scene for {hh(e)} hours, from {_clock(start)} to {_clock(end)}."],
        lambda e: [f"Voting stayed open from {_clock(s2)} until {_clock(s2 + shift * 60)}, a total of "
                   f"{(shift + 2) if e else shift} hours."],
        lambda e: [f"The siege began at {_clock(start)} and ended at {_clock(end)} - {hh(e)} hours later."],
    ]
    return pick(rng, forms)


def r_ages(rng: random.Random) -> Make:
    born = rng.randrange(1930, 1975)
    y = born + rng.randrange(25, 70)
    age = y - born - rng.choice([0, 1])
    bad = age + rng.choice([-5, -4, 4, 5])
    first, last = rng.choice(FIRST), rng.choice(LAST)
    month = rng.choice(MONTHS)

    def g(e: bool) -> int:
        return bad if e else age

    forms = [
        lambda e: [f"{first} {last} was born in {born} in {rng.choice(PLACES)}.", GAP,
                   f"{last} was aged {g(e)} when the company was sold in {y}."],
        lambda e: [f"Born in {born}, {last} was {g(e)} when she won the seat in {y}."],
        lambda e: [f"{first} {last}, who was {g(e)} at the time of the {y} inquiry, was born in {born}."],
        lambda e: [f"In {y}, at the age of {g(e)}, {first} {last} retired.", f"{last} had been born in {born}."],
        lambda e: [f"{first} {last} was born in {month} {born} and died in {y}, aged {g(e)}."],
        lambda e: [f"{first} {last} (born {born}) became chairman in {y} at {g(e)}."],
    ]
    return pick(rng, forms)


def r_weekdays(rng: random.Random) -> Make:
    d = dt.date(rng.randrange(2019, 2028), rng.randrange(1, 13), rng.randrange(1, 29))
    right = WEEKDAYS[d.weekday()]
    wrong = WEEKDAYS[(d.weekday() + rng.choice([1, 2, 4])) % 7]
    month = MONTHS[d.month - 1]

    def wd(e: bool) -> str:
        return wrong if e else right

    forms = [
        lambda e: [f"The inquest will open on {wd(e)}, {d.day} {month} {d.year}, the coroner said."],
        lambda e: [f"The vote was held on {month} {d.day}, {d.year}, a {wd(e)}."],
        lambda e: [f"Doors open at 10am on {d.day} {month} {d.year} (a {wd(e)})."],
        lambda e: [f"Work began on {wd(e)} {d.day} {month} {d.year} and is due to last a month."],
        lambda e: [f"It was a {wd(e)}, {d.day} {month} {d.year}, when the letter arrived."],
        lambda e: [f"The match has been moved to {wd(e)} the {d.day}{_th(d.day)} of {month} {d.year}."],
    ]
    return pick(rng, forms)


def _th(k: int) -> str:
    return "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")


def r_restatements(rng: random.Random) -> Make:
    t = rng.randrange(12, 90) * 50
    t2 = t + rng.choice([-1, 1]) * rng.choice([200, 350, 500])
    place = rng.choice(PLACES)

    def v(e: bool) -> str:
        return n(t2 if e else t)

    forms = [
        lambda e: [f"The {n(t)}-strong workforce at the {place} plant was told on Monday.", GAP,
                   f"Managers said all of its {v(e)} staff would be offered new roles."],
        lambda e: [f"The depot employs {n(t)} people.", GAP, f"Unions said the depot's {v(e)}-strong staff "
                                                             "had not been consulted."],
        lambda e: [f"A crowd of {n(t)} watched the final in {place}.", GAP,
                   f"The {v(e)} spectators were held back for 20 minutes after the whistle."],
        lambda e: [f"About {n(t)} homes in {place} were flooded.", GAP,
                   f"Insurers say claims from the {v(e)} flooded homes could take months."],
        lambda e: [f"The society has {n(t)} members across the county.", GAP,
                   f"Every one of its {v(e)} members will get a vote."],
        lambda e: [f"Some {n(t)} pupils attend the {place} academy.", GAP,
                   f"The school's {v(e)} pupils will move to the new building in September."],
    ]
    return pick(rng, forms)


FAMILY_R: Dict[str, Callable[[random.Random], Make]] = collections.OrderedDict(
    ages=r_ages, changes=r_changes, conversions=r_conversions, durations=r_durations, multiples=r_multiples,
    parts=r_parts, restatements=r_restatements, shares=r_shares, weekdays=r_weekdays)


# =========================================================================== planting


def articles() -> List[Tuple[str, List[str]]]:
    """Report-half BBC articles (odd-numbered files) with at least five paragraphs: title, paragraphs."""
    out = []
    for path in sorted((data_dir("bbc-news") / "bbc").glob("*/*.txt")):
        if int(path.stem) % 2 == 0:
            continue
        text = path.read_text(encoding="latin-1")
        if "(£" in text or "($" in text or "(€" in text:
            continue  # its own currency pairs would meet the planted ones
        lines = [p.strip() for p in text.split("\n\n") if p.strip()]
        if len(lines) < 6:
            continue
        out.append((lines[0].replace("\n", " "), lines[1:]))
    return out


def plant(title: str, paras: List[str], planted: List[str]) -> str:
    out = paras[:2]
    rest = paras[2:]
    for item in planted:
        if item == GAP:
            out += rest[:2]
            rest = rest[2:]
        else:
            out.append(item)
    return f"# {title}\n\n" + "\n\n".join(out + rest) + "\n"


def arguments(description: str, seed: int, late: str = "") -> argparse.Namespace:
    """The command line every probe family reads (*late*: the help of ``--late``, for a
    family with relations added later)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--per", type=int, default=40, help="cases per relation")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and alarms")
    ap.add_argument("--only", default="", help="one relation")
    ap.add_argument("--forms", action="store_true", help="also print recall and alarms per template")
    if late:
        ap.add_argument("--late", action="store_true", help=late)
    return ap.parse_args()


def quiet_hosts(linter: Linter, rng: random.Random, pool: List[Tuple[str, List[str]]]) -> Callable[[], Tuple[str, List[str]]]:
    """A picker of host articles from *pool* at random, only those on which the figures
    rules are quiet before anything is planted (each article linted once)."""
    quiet: Dict[int, bool] = {}

    def host() -> Tuple[str, List[str]]:
        while True:
            i = rng.randrange(len(pool))
            if i not in quiet:
                title, paras = pool[i]
                quiet[i] = not linter.lint_text(plant(title, paras, []), "draft.md", FIGURES)
            if quiet[i]:
                return pool[i]

    return host


def main() -> None:
    args = arguments(__doc__.splitlines()[0], seed=7)
    linter = Linter()
    rng = random.Random(args.seed)
    host = quiet_hosts(linter, rng, articles())

    print(f"Figures probe, family r (seed {args.seed}, {args.per} cases per relation, planted in BBC copy)")

    def draw(gen):
        make = gen(rng)
        template = _FORM[0]
        title, paras = host()
        ok, bad = make(False), make(True)
        return (template, plant(title, paras, ok), plant(title, paras, bad),
                " | ".join(p for p in ok if p != GAP), " | ".join(p for p in bad if p != GAP))

    score(linter, FAMILY_R, args, draw, lambda f: f"{f.code} line {f.line}: {f.message}")

if __name__ == "__main__":
    main()
