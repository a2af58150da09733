"""Perturbation test of the figures rules over real BBC copy, generated at run time.

For every relation the figures rules check, the generator writes a short passage in at
least five phrasings with random nouns, names and values: once with correct arithmetic
(the control) and once with one figure changed so that the relation breaks (the
perturbation). Each passage is set into a different real article (BBC 2004-05, research
use; read in place, nothing is written) as new paragraphs after a random paragraph, and
the article is linted with the figures rules.

* **recall** per relation: the perturbed article has a finding of the expected rule on
  one of the inserted lines;
* **false alarms on controls**: the control article has any figures finding on an
  inserted line;
* **false alarms on originals**: the unchanged articles have any figures finding.

A second part changes real figures in place: sentences of the articles that state a
change with its two figures ("rose 20% to £60m from £50m" in any order), whose
arithmetic the generator checks itself (with its own simple expressions, not the
rules'), get their stated percentage changed; and repeated figures of one quantity
(the same number and noun twice) get one copy changed (FIG001).

Nothing generated is kept: the cases exist only while the script runs.

Usage: ``python evaluation/figures_perturb.py [--seed 1] [--per 40] [--show N] [--split tune|report|all]``
(articles with an even file number are the tune half, odd the report half).
"""

from __future__ import annotations

import argparse
import calendar
import collections
import datetime as dt
import os
import random
import re
import sys
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.engine.config import Settings  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402

SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
BBC = SHARED / "data" / "bbc-news" / "bbc"
FIGURES = Settings(select=("figures",))

# --------------------------------------------------------------------------- vocabulary

THINGS = ["members", "visitors", "passengers", "applications", "complaints", "homes", "pupils", "patients", "tickets",
          "vehicles", "claims", "volunteers", "households", "students", "bookings", "drivers", "customers", "orders",
          "flats", "nurses", "teachers", "firms", "shops", "farms", "lorries", "offences", "calls", "donors"]
PLACES = ["Carlisle", "Dundee", "Wrexham", "Truro", "Ipswich", "Lincoln", "Bangor", "Newry", "Perth", "Hereford",
          "Stirling", "Exeter", "Durham", "Preston", "Swansea", "Norwich", "Derby", "Salford"]
BODIES = ["the council", "the trust", "the regulator", "the charity", "the authority", "the company", "the board",
          "the agency", "the operator", "the museum", "the club", "the union"]
FIRST = ["Maria", "Owen", "Grace", "Kwame", "Ines", "Callum", "Leah", "Tariq", "Nadia", "Rhys", "Hannah", "Joel",
         "Sunita", "Declan", "Esme", "Viktor", "Aisha", "Brendan"]
LAST = ["Fairley", "Okonjo", "Marchetti", "Lindqvist", "Pryce", "Haddad", "Kowalski", "Trevelyan", "Mbeki",
        "Duarte", "Ashworth", "Nakamura", "Gallagher", "Rosen", "Quarshie", "Whitlock", "Ferreira", "Brennan"]
MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)


def n(x: float) -> str:
    """A whole number as copy writes it."""
    return f"{int(round(x)):,}"


def money(x: float, sym: str = "£") -> str:
    if x >= 1e6:
        v = x / 1e6
        return f"{sym}{v:.1f}m" if abs(v - round(v)) > 1e-9 else f"{sym}{int(round(v))}m"
    return f"{sym}{n(x)}"


def pct(x: float) -> str:
    return f"{x:.0f}%" if abs(x - round(x)) < 0.05 else f"{x:.1f}%"


Case = Tuple[List[str], List[str], str]  # control paragraphs, perturbed paragraphs, expected code


# --------------------------------------------------------------------------- relations

def _change_values(rng: random.Random) -> Tuple[int, int, float]:
    a = rng.choice([rng.randrange(200, 900) * 10, rng.randrange(20, 99) * 100, rng.randrange(120, 980)])
    p = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 60])
    sign = rng.choice([1, -1])
    b = a * (1 + sign * p / 100)
    return a, int(round(b)), sign * p


def _wrong_pct(p: float, rng: random.Random) -> float:
    """A stated change clearly off the true one (a third to a half again, or the other way)."""
    mag = abs(p)
    wrong = mag * rng.choice([0.5, 1.6, 2.0]) if mag >= 5 else mag + 6
    return wrong


def rel_change_from_to(rng):
    a, b, p = _change_values(rng)
    t = rng.choice(THINGS)
    verb = "rose" if p > 0 else "fell"
    noun = "rise" if p > 0 else "fall"
    w = _wrong_pct(p, rng)
    forms = [
        lambda s: f"The number of {t} {verb} {s} from {n(a)} to {n(b)} over the year.",
        lambda s: f"Figures show {t} {verb} from {n(a)} to {n(b)}, a {noun} of {s}.",
        lambda s: f"{t.capitalize()} went from {n(a)} last year to {n(b)} this year, a {s} {noun}.",
        lambda s: f"Between 2022 and 2023 the total of {t} {verb} by {s}, from {n(a)} to {n(b)}.",
        lambda s: f"Registered {t} {verb} {s} to {n(b)} from {n(a)} a year earlier, {rng.choice(BODIES)} said.",
        lambda s: f"A {s} {noun} took the count of {t} from {n(a)} to {n(b)}.",
    ]
    f = rng.choice(forms)
    return [f(pct(abs(p)))], [f(pct(w))], "FIG002"


def rel_up_down_from(rng):
    a, b, p = _change_values(rng)
    t = rng.choice(THINGS)
    up = "up" if p > 0 else "down"
    noun = "an increase" if p > 0 else "a drop"
    w = _wrong_pct(p, rng)
    forms = [
        lambda s: f"There were {n(b)} {t} in the spring, {up} from {n(a)} a year before, {noun} of {s}.",
        lambda s: f"The total reached {n(b)} {t}, {up} {s} from {n(a)}.",
        lambda s: f"{rng.choice(PLACES)} now has {n(b)} {t}, {up} {s} from {n(a)} in 2021.",
        lambda s: f"It handled {n(b)} {t} last month, {up} from {n(a)} - {noun} of {s}.",
        lambda s: f"In all {n(b)} {t} were recorded, {up} {s} from {n(a)} the previous season.",
    ]
    f = rng.choice(forms)
    return [f(pct(abs(p)))], [f(pct(w))], "FIG002"


def rel_compared_with(rng):
    a, b, p = _change_values(rng)
    t = rng.choice(THINGS)
    noun = "a rise" if p > 0 else "a fall"
    verb = "rose" if p > 0 else "fell"
    w = _wrong_pct(p, rng)
    forms = [
        lambda s: f"The agency counted {n(b)} {t}, compared with {n(a)} in 2020, {noun} of {s}.",
        lambda s: f"The figure of {n(b)} {t} compares with {n(a)} a year ago, {noun} of {s}.",
        lambda s: f"{t.capitalize()} {verb} {s} to {n(b)}, against {n(a)} a year earlier.",
        lambda s: f"Last year {n(b)} {t} were logged, compared to {n(a)} the year before - {noun} of {s}.",
        lambda s: f"There were {n(b)} {t} this winter.\n\nThat compares with {n(a)} last winter, {noun} of {s}.",
    ]
    f = rng.choice(forms)
    ok, bad = f(pct(abs(p))), f(pct(w))
    return ok.split("\n\n"), bad.split("\n\n"), "FIG002"


def rel_fraction(rng):
    frac, name = rng.choice([(1 / 3, "a third"), (0.25, "a quarter"), (0.5, "half"), (0.2, "a fifth"),
                             (2 / 3, "two-thirds")])
    a = rng.randrange(30, 300) * 30
    sign = rng.choice([1, -1]) if frac < 0.6 else -1
    b = a * (1 + sign * frac)
    t = rng.choice(THINGS)
    verb = "rose" if sign > 0 else "fell"
    noun = "a rise" if sign > 0 else "a cut"
    wrong_b = a * (1 + sign * frac * rng.choice([0.45, 1.7]))
    qual = rng.choice(["", "almost ", "nearly "])
    b_ok = a * (1 + sign * frac * (0.93 if qual else 1.0))
    forms = [
        lambda x: f"The number of {t} {verb} by {qual}{name}, from {n(a)} to {n(x)}.",
        lambda x: f"{t.capitalize()} went from {n(a)} to {n(x)}, {noun} of {qual}{name}.",
        lambda x: f"Over five years {t} {verb} by {qual}{name} to {n(x)}, from {n(a)}.",
        lambda x: f"The register now lists {n(x)} {t}, {'up' if sign > 0 else 'down'} by {qual}{name} on the {n(a)} of 2019.",
        lambda x: f"A {noun[2:]} of {qual}{name} brought {t} from {n(a)} to {n(x)}.",
    ]
    f = rng.choice(forms)
    del b
    return [f(b_ok)], [f(wrong_b)], "FIG002"


def rel_multiple(rng):
    a = rng.randrange(20, 400) * 10
    factor, verb = rng.choice([(2, "doubled"), (3, "tripled"), (0.5, "halved"), (3, "trebled"), (2, "more than doubled")])
    good = a * factor * (1.1 if verb.startswith("more") else 1.0)
    bad = a * factor * rng.choice([0.7, 1.35]) if not verb.startswith("more") else a * factor * 0.8
    t = rng.choice(THINGS)
    forms = [
        lambda x: f"The number of {t} {verb} from {n(a)} to {n(x)}.",
        lambda x: f"{t.capitalize()} have {verb} to {n(x)} from {n(a)} since 2018.",
        lambda x: f"In {rng.choice(PLACES)}, {t} {verb}, from {n(a)} to {n(x)}, {rng.choice(BODIES)} said.",
        lambda x: f"There are now {n(x)} {t}, which has {verb} from {n(a)}.",
        lambda x: (f"The {n(x)} {t} logged this year are {'twice' if factor == 2 else 'half' if factor == 0.5 else 'three times'} "
                   f"the {n(a)} {t} of 2019.") if not verb.startswith("more") else
                  f"The {n(x)} {t} logged this year are more than double the {n(a)} {t} of 2019.",
    ]
    f = rng.choice(forms)
    return [f(good)], [f(bad)], "FIG002"


def _parts(rng, k: int, total: int) -> List[int]:
    cuts = sorted(rng.sample(range(1, total), k - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def rel_of_the(rng):
    total = rng.randrange(40, 900) * 10
    parts = _parts(rng, rng.choice([2, 3]), total)
    bad = list(parts)
    bad[-1] += max(10, int(total * rng.uniform(0.05, 0.2)))
    t = rng.choice(THINGS)
    def listing(ps):
        if len(ps) == 2:
            return f"{n(ps[0])} live in the city and {n(ps[1])} outside it"
        return f"{n(ps[0])} live in the city, {n(ps[1])} in nearby towns and {n(ps[2])} further away"
    forms = [
        lambda ps: f"Of the {n(total)} {t}, {listing(ps)}.",
        lambda ps: f"Of its {n(total)} {t}, {listing(ps)}, {rng.choice(BODIES)} said.",
        lambda ps: f"Out of the {n(total)} {t} registered, {listing(ps)}.",
        lambda ps: f"The scheme has {n(total)} {t}, of whom {listing(ps)}.",
        lambda ps: f"There are {n(total)} {t} in all: {listing(ps)}.",
    ]
    f = rng.choice(forms)
    return [f(parts)], [f(bad)], "FIG003"


def rel_made_up(rng):
    unit = rng.choice([1e6, 1e3])
    total = rng.randrange(12, 90) * unit
    parts = [rng.randrange(2, int(total / unit) - 2) * unit]
    parts.append(total - parts[0])
    bad = [parts[0], parts[1] + rng.randrange(3, 9) * unit]
    thing = rng.choice(["package", "budget", "deal", "fund", "settlement", "grant"])
    forms = [
        lambda ps: f"The {money(total)} {thing} is made up of {money(ps[0])} in loans and {money(ps[1])} in grants.",
        lambda ps: f"The {thing}, worth {money(total)}, consists of {money(ps[0])} from the government and {money(ps[1])} from councils.",
        lambda ps: f"Its {money(total)} {thing} comprises {money(ps[0])} for roads and {money(ps[1])} for rail.",
        lambda ps: f"The {money(total)} {thing} is split between {money(ps[0])} for schools and {money(ps[1])} for hospitals.",
        lambda ps: f"A {money(total)} {thing} was agreed, made up of an upfront {money(ps[0])} and {money(ps[1])} in later payments.",
    ]
    f = rng.choice(forms)
    return [f(parts)], [f(bad)], "FIG003"


def rel_accounted(rng):
    a = rng.randrange(30, 60)
    b = rng.randrange(10, 100 - a - 5)
    c = 100 - a - b - rng.randrange(0, 4)
    bad_c = c + rng.randrange(8, 20)
    names = rng.sample(["Exports", "Services", "Licensing", "Retail", "Online sales", "Rentals", "Advertising"], 3)
    forms = [
        lambda x: f"{names[0]} accounted for {a}% of income, {names[1].lower()} {b}% and {names[2].lower()} {x}%.",
        lambda x: f"{names[0]} made up {a}% of revenue, {names[1].lower()} {b}% and {names[2].lower()} {x}%.",
        lambda x: f"The largest shareholder owns {a}% of the firm, a pension fund {b}% and staff {x}%.",
        lambda x: f"Of all complaints, {a}% were about delays, {b}% about fares and {x}% about staff, the survey found.",
        lambda x: f"In the ballot {a}% voted yes, {b}% voted no and {x}% abstained.",
    ]
    f = rng.choice(forms)
    return [f(c)], [f(bad_c)], "FIG003"


def rel_remaining(rng):
    total = rng.randrange(20, 300)
    first = rng.randrange(5, total - 5)
    rest = total - first
    bad = rest + rng.choice([-1, 1]) * rng.randrange(3, 12)
    if bad <= 0:
        bad = rest + rng.randrange(3, 12)
    t = rng.choice(["turbines", "flats", "classrooms", "wards", "bridges", "stations", "kiosks"])
    forms = [
        lambda r: f"The first {first} of the {total} {t} are finished, with the remaining {r} due next year.",
        lambda r: f"Work on {first} of the {total} {t} is complete; the remaining {r} will follow in May.",
        lambda r: f"So far {first} of the {total} {t} have opened, and the other {r} are expected by spring.",
        lambda r: f"Builders have handed over {first} of the {total} {t}, and the remaining {r} will be ready in 2026.",
        lambda r: f"{first} of the {total} {t} passed inspection and the remaining {r} failed.",
    ]
    f = rng.choice(forms)
    return [f(rest)], [f(bad)], "FIG003"


def rel_split_by_kind(rng):
    total = rng.randrange(5, 40)
    a = rng.randrange(1, total)
    b = total - a
    bad_total = total + rng.choice([-2, -1, 1, 2, 3])
    who = rng.choice([("men", "women"), ("adults", "children"), ("boys", "girls"), ("officers", "civilians")])
    forms = [
        lambda T: f"{n(T)} people were arrested: {a} {who[0]} and {b} {who[1]}.",
        lambda T: f"Police detained {n(T)} people - {a} {who[0]} and {b} {who[1]} - after the match.",
        lambda T: f"The crash injured {n(T)} people, of whom {a} were {who[0]} and {b} {who[1]}.",
        lambda T: f"{a} {who[0]} and {b} {who[1]} were rescued, {n(T)} in all.",
        lambda T: f"A total of {n(T)} people were treated, including {a} {who[0]} and {b} {who[1]}.",
    ]
    f = rng.choice(forms)
    ok, bad = f(total), f(bad_total)
    if "including" in ok and bad_total > total:
        bad = f(total - 3 if total > 4 else total - 1)  # "including" may be incomplete: only a shortfall of the whole errs
    return [ok], [bad], "FIG003"


def rel_sum_in_all(rng):
    xs = [rng.randrange(5, 80) for _ in range(rng.choice([2, 3]))]
    total = sum(xs)
    bad = total + rng.choice([-4, -3, 3, 5, 7])
    t = rng.choice(["flood warnings", "road closures", "school closures", "power cuts", "rescues", "arrests"])
    def listing(ys):
        if len(ys) == 2:
            return f"{ys[0]} in the north and {ys[1]} in the south"
        return f"{ys[0]} in the north, {ys[1]} in the west and {ys[2]} in the south"
    forms = [
        lambda T: f"There were {listing(xs)}, {T} {t} in all.",
        lambda T: f"Officials reported {listing(xs)}, a total of {T} {t}.",
        lambda T: f"Crews dealt with {listing(xs)} - {T} {t} altogether.",
        lambda T: f"The count was {listing(xs)}, making {T} {t}.",
        lambda T: f"By Friday there had been {listing(xs)}, {T} {t} in total.",
    ]
    f = rng.choice(forms)
    return [f(total)], [f(bad)], "FIG003"


def rel_share_words(rng):
    whole = rng.randrange(40, 900) * 10
    frac, words = rng.choice([(0.5, "almost half"), (1 / 3, "more than a third"), (0.25, "about a quarter"),
                              (2 / 3, "nearly two-thirds"), (0.2, "a fifth")])
    if words.startswith(("almost", "nearly")):
        good = whole * frac * 0.94
    elif words.startswith("more"):
        good = whole * frac * 1.06
    else:
        good = whole * frac
    bad = whole * frac * rng.choice([0.55, 0.6]) if not words.startswith("more") else whole * frac * 0.65
    t = rng.choice(THINGS)
    forms = [
        lambda p: f"Of the {n(whole)} {t}, {n(p)} - {words} - were turned away.",
        lambda p: f"Some {n(p)} of the {n(whole)} {t}, {words}, came from abroad.",
        lambda p: f"Just {n(p)} out of {n(whole)} {t}, {words}, replied.",
        lambda p: f"{words.capitalize()} of the {n(whole)} {t}, {n(p)}, said they would return.",
        lambda p: f"Of {n(whole)} {t} asked, {n(p)}, {words}, backed the plan, {rng.choice(BODIES)} said.",
    ]
    f = rng.choice(forms)
    return [f(good)], [f(bad)], "FIG010"


def rel_share_pct(rng):
    whole = rng.randrange(100, 900) * 100
    part = int(whole * rng.uniform(0.2, 0.6))
    p = 100 * part / whole
    bad = p + rng.choice([-6, -4, 4, 6])
    forms = [
        lambda s: f"Turnout was {s}, with {n(part)} of the {n(whole)} voters casting a ballot.",
        lambda s: f"Take-up reached {s}: {n(part)} of {n(whole)} eligible households signed up.",
        lambda s: f"Some {n(part)} of the {n(whole)} tenants, or {s}, have moved.",
        lambda s: f"Only {n(part)} of the {n(whole)} applicants, {s}, were accepted.",
        lambda s: f"The response rate was {s}, with {n(part)} of the {n(whole)} forms returned.",
    ]
    f = rng.choice(forms)
    return [f(pct(p))], [f(pct(bad))], "FIG010"


_CONV = [  # (unit, other unit, factor to other, spelled)
    ("km", "miles", 0.621371), ("miles", "km", 1.609344), ("kg", "lb", 2.20462), ("hectares", "acres", 2.47105),
    ("metres", "ft", 3.28084), ("tonnes", "tons", 1.0), ("litres", "gallons", 0.219969), ("mph", "km/h", 1.609344),
]


def rel_conversion(rng):
    if rng.random() < 0.3:
        c = rng.randrange(-10, 40)
        f_ok = c * 9 / 5 + 32
        f_bad = f_ok + rng.choice([-12, -9, 9, 12])
        forms = [
            lambda x: f"Temperatures reached {c}C ({x:.0f}F) in {rng.choice(PLACES)} on Tuesday.",
            lambda x: f"Forecasters expect highs of {c}C ({x:.0f}F).",
            lambda x: f"The thermometer showed {c}C ({x:.0f}F) at dawn.",
            lambda x: f"It will be {c} degrees Celsius ({x:.0f} degrees Fahrenheit) by noon.",
            lambda x: f"Overnight the air fell to {c}C ({x:.0f}F), {rng.choice(BODIES)} said.",
        ]
        f = rng.choice(forms)
        return [f(f_ok)], [f(f_bad)], "FIG004"
    unit, other, factor = rng.choice([c for c in _CONV if c[1] != "tons"])
    v = rng.randrange(5, 400)
    ok = v * factor
    bad = ok * rng.choice([0.6, 1.5])
    fmt = (lambda x: f"{x:,.0f}") if ok >= 20 else (lambda x: f"{x:.1f}")
    forms = [
        lambda x: f"The route is {v} {unit} ({fmt(x)} {other}) long.",
        lambda x: f"The site covers {v} {unit} ({fmt(x)} {other}), the developer said.",
        lambda x: f"It weighs {v}{unit} ({fmt(x)}{other}).",
        lambda x: f"A stretch of {v} {unit} ({fmt(x)} {other}) was closed.",
        lambda x: f"Officials measured {v} {unit} ({fmt(x)} {other}) on Monday.",
    ]
    f = rng.choice(forms)
    return [f(ok)], [f(bad)], "FIG004"


def rel_currency_pair(rng):
    rate = rng.uniform(0.78, 0.9)
    a = rng.randrange(10, 90)
    b = rng.randrange(10, 90)
    ok_b = b * rate
    bad_b = b * rate * rng.choice([0.8, 1.22])
    forms = [
        (lambda x: f"The club paid €{a}m (£{a * rate:.0f}m) for the striker.", lambda x: f"A second bid of €{b}m (£{x:.0f}m) was rejected."),
        (lambda x: f"The grant of €{a}m (£{a * rate:.0f}m) was approved.", lambda x: f"Brussels later added €{b}m (£{x:.0f}m)."),
        (lambda x: f"Sales reached €{a}m (£{a * rate:.0f}m) in the quarter.", lambda x: f"Costs were €{b}m (£{x:.0f}m)."),
        (lambda x: f"The fine was €{a}m (£{a * rate:.0f}m), the court said.", lambda x: f"Legal costs of €{b}m (£{x:.0f}m) were added."),
        (lambda x: f"It will cost €{a}m (£{a * rate:.0f}m) to build.", lambda x: f"Running it costs €{b}m (£{x:.0f}m) a year."),
    ]
    f1, f2 = rng.choice(forms)
    return [f1(0), f2(ok_b)], [f1(0), f2(bad_b)], "FIG004"


def rel_duration_times(rng):
    h1, m1 = rng.randrange(5, 14), rng.choice([0, 10, 15, 20, 30, 40, 45])
    length = rng.randrange(2, 9)
    h2 = h1 + length
    bad = length + rng.choice([-2, 2, 3])
    forms = [
        lambda L: f"The closure lasted {L} hours, from {h1:02d}:{m1:02d} to {h2:02d}:{m1:02d}.",
        lambda L: f"The road was shut from {h1:02d}:{m1:02d} until {h2:02d}:{m1:02d}, a period of {L} hours.",
        lambda L: f"Between {h1:02d}:{m1:02d} and {h2:02d}:{m1:02d} the line was down, an outage of {L} hours.",
        lambda L: f"Voting ran from {h1:02d}:{m1:02d} to {h2:02d}:{m1:02d}, a {L}-hour window.",
        lambda L: f"The search went on for {L} hours, from {h1:02d}:{m1:02d} to {h2:02d}:{m1:02d}, {rng.choice(BODIES)} said.",
    ]
    f = rng.choice(forms)
    return [f(length)], [f(bad)], "FIG008"


def rel_duration_dates(rng):
    year = rng.randrange(2021, 2026)
    month = rng.randrange(1, 11)
    d1 = rng.randrange(1, 10)
    days = rng.choice([7, 14, 21, 28])
    start = dt.date(year, month, d1)
    end = start + dt.timedelta(days=days)
    weeks = days // 7
    bad = weeks + rng.choice([-1, 1, 2]) if weeks > 1 else weeks + 2
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
    s1 = f"{start.day} {MONTHS[start.month - 1]}"
    s2 = f"{end.day} {MONTHS[end.month - 1]} {end.year}"
    forms = [
        lambda w: f"The bridge will close from {s1} to {s2}, a closure of {words[w]} weeks.",
        lambda w: f"The festival runs from {s1} until {s2}, {words[w]} weeks in all.",
        lambda w: f"Between {s1} and {s2}, a period of {words[w]} weeks, the pool will be shut.",
        lambda w: f"Staff will strike from {s1} to {s2}, a {words[w]}-week stoppage.",
        lambda w: f"The inquiry sat from {s1} to {s2}, a hearing of {words[w]} weeks, {rng.choice(BODIES)} said.",
    ]
    f = rng.choice(forms)
    return [f(weeks)], [f(bad)], "FIG008"


def rel_age_birth(rng):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    born = rng.randrange(1930, 1990)
    month = rng.randrange(1, 12)
    event = born + rng.randrange(18, 60)
    age = event - born - (1 if rng.random() < 0.5 else 0)
    bad = age + rng.choice([-4, -3, 3, 5])
    forms = [
        (f"{first} {last} was born in {born}.", lambda a: f"{last} won her first award in {event}, at the age of {a}."),
        (f"{first} {last} was born in {MONTHS[month]} {born}.", lambda a: f"She opened the shop in {event}, when she was {a}."),
        (f"Born in {rng.choice(PLACES)} in {born}, {first} {last} trained as a nurse.", lambda a: f"In {event}, aged {a}, {last} became head of the ward."),
        (f"{first} {last} (born {born}) founded the firm.", lambda a: f"{last} sold it in {event}, aged {a}."),
        (f"{first} {last} was born on 2 {MONTHS[month]} {born}.", lambda a: f"{last} was elected in {event} at the age of {a}."),
    ]
    intro, later = rng.choice(forms)
    return [intro, later(age)], [intro, later(bad)], "FIG009"


def rel_age_twice(rng):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    age = rng.randrange(19, 80)
    bad = age + rng.choice([-3, -2, 2, 3])
    title = rng.choice(["Ms", "Mr", "Dr"])
    forms = [
        (f"{first} {last}, {age}, runs the bakery.", lambda a: f"{title} {last}, {a}, said trade was slow."),
        (f"{first} {last}, {age}, was elected in May.", lambda a: f"The {a}-year-old said the vote was a surprise."),
        (f"{first} {last}, aged {age}, led the bid.", lambda a: f"{last}, who is {a}, has run the club since 2019."),
        (f"{first} {last} ({age}) scored twice.", lambda a: f"{last}, {a}, now has nine goals this season."),
        (f"{first} {last}, {age}, was appointed in 2023.", lambda a: f"{last}, now {a}, will step down next year."),
    ]
    intro, later = rng.choice(forms)
    return [intro, later(age)], [intro, later(bad)], "FIG001"


def rel_weekday(rng):
    d = dt.date(rng.randrange(2021, 2027), rng.randrange(1, 13), rng.randrange(1, 28))
    good = WEEKDAYS[d.weekday()]
    bad = WEEKDAYS[(d.weekday() + rng.randrange(1, 7)) % 7]
    m = MONTHS[d.month - 1]
    forms = [
        lambda w: f"The hearing is set for {w} {d.day} {m} {d.year}.",
        lambda w: f"Polls open on {w}, {d.day} {m} {d.year}.",
        lambda w: f"The service resumes on {w} {m} {d.day}, {d.year}.",
        lambda w: f"The ballot closes on {d.day} {m} {d.year} (a {w}).",
        lambda w: f"{rng.choice(BODIES).capitalize()} will meet on {w} {d.day} {m} {d.year}, it said.",
    ]
    f = rng.choice(forms)
    return [f(good)], [f(bad)], "FIG005"


def rel_same_quantity(rng):
    t = rng.choice(THINGS)
    v = rng.randrange(12, 900) * 10
    bad = v + rng.choice([-1, 1]) * max(20, int(v * rng.uniform(0.12, 0.35)) // 10 * 10)
    place = rng.choice(PLACES)
    forms = [
        (f"The scheme in {place} has {n(v)} {t}.", lambda x: f"The {n(x)} {t} will each get a letter."),
        (f"{place} council said {n(v)} {t} were affected.", lambda x: f"All {n(x)} affected {t} will be contacted."),
        (f"A crowd of {n(v)} watched the match in {place}.", lambda x: f"The attendance of {n(x)} was the best this season."),
        (f"Inspectors visited {n(v)} {t} in {place}.", lambda x: f"Of the {n(x)} {t} visited, most passed."),
        (f"The charity supports {n(v)} {t} across {place}.", lambda x: f"Its {n(x)} {t} rely on donations."),
    ]
    intro, later = rng.choice(forms)
    return [intro, later(v)], [intro, later(bad)], "FIG001"


def rel_table_times(rng):
    rows = []
    h = rng.randrange(6, 10)
    for k in range(3):
        dep = (h + k) * 60 + rng.choice([0, 5, 10, 15])
        dur = rng.randrange(25, 80)
        rows.append((dep, dep + dur, dur))
    bad_row = rng.randrange(3)
    def table(mod):
        lines = ["| Departs | Arrives | Journey time |", "|---|---|---|"]
        for k, (a, b, d) in enumerate(rows):
            shown = d + (rng.choice([-10, 10]) if mod and k == bad_row else 0)
            lines.append(f"| {a // 60:02d}:{a % 60:02d} | {b // 60:02d}:{b % 60:02d} | {shown} min |")
        return "\n".join(lines)
    return [table(False)], [table(True)], "FIG008"


def rel_average(rng):
    count = rng.randrange(6, 60)
    avg = rng.randrange(20, 900) * 10
    total = count * avg
    bad = int(avg * rng.choice([0.7, 1.3, 1.5]) // 10 * 10)
    unit, thing = rng.choice([("school", "pupils"), ("ward", "patients"), ("branch", "customers"), ("depot", "drivers"),
                              ("club", "members"), ("site", "visitors")])
    units = unit + ("es" if unit.endswith("ch") else "s")
    forms = [
        lambda a: f"The {count} {units} have {n(total)} {thing}, an average of {n(a)} {thing} per {unit}.",
        lambda a: f"Across {count} {units}, {n(total)} {thing} were counted, averaging {n(a)} {thing} a {unit}.",
        lambda a: f"Some {n(total)} {thing} use the {count} {units} - an average of {n(a)} per {unit}.",
        lambda a: f"In all, {n(total)} {thing} are spread over {count} {units}, an average of {n(a)} {thing} for each {unit}.",
        lambda a: f"The network of {count} {units} serves {n(total)} {thing}, or an average of {n(a)} {thing} per {unit}.",
    ]
    f = rng.choice(forms)
    return [f(avg)], [f(bad)], "FIG011"


def rel_product(rng):
    price = rng.choice([3, 5, 8, 10, 12, 15, 20, 25, 40])
    count = rng.randrange(20, 900) * 100
    total = price * count
    bad = total * rng.choice([0.6, 1.4])
    forms = [
        lambda t: f"The {money(price)} fee was paid by {n(count)} visitors, raising {money(t)}.",
        lambda t: f"Organisers sold {n(count)} tickets at {money(price)} each, bringing in {money(t)}.",
        lambda t: f"The council collected {money(t)} from its {money(price)} permit charge.\n\nThe charge was paid by {n(count)} drivers.",
        lambda t: f"A {money(price)} levy on {n(count)} households will raise {money(t)} a year.",
        lambda t: f"With {n(count)} members paying {money(price)} each, the club took {money(t)}.",
    ]
    f = rng.choice(forms)
    return f(total).split("\n\n"), f(bad).split("\n\n"), "FIG011"


def rel_table_text(rng):
    names = rng.sample(LAST, 3)
    votes = sorted((rng.randrange(50, 700) * 100 for _ in range(3)), reverse=True)
    k = rng.randrange(3)
    bad = votes[k] + rng.choice([-1, 1]) * rng.randrange(15, 60) * 100
    table = "| Candidate | Votes |\n|---|---|\n" + "\n".join(f"| {rng.choice(FIRST)} {nm} | {n(v)} |"
                                                       for nm, v in zip(names, votes))
    forms = [
        lambda x: f"{names[k]} finished with {n(x)} votes, the count showed.",
        lambda x: f"With {n(x)} votes, {names[k]} said the result was a surprise.",
        lambda x: f"{names[k]} polled {n(x)} votes in all.",
        lambda x: f"The returning officer said {names[k]} received {n(x)} votes.",
        lambda x: f"{names[k]}'s {n(x)} votes were a record for the party.",
    ]
    f = rng.choice(forms)
    return [table, f(votes[k])], [table, f(bad)], "FIG001"


def rel_headline_body(rng):
    t = rng.choice(THINGS)
    v = rng.randrange(12, 900) * 10
    bad = v + rng.choice([-1, 1]) * max(20, int(v * rng.uniform(0.15, 0.4)) // 10 * 10)
    place = rng.choice(PLACES)
    forms = [
        (lambda x: f"# {place} to close {n(x)} {t}", f"{place} council said it would close {n(v)} {t} by March."),
        (lambda x: f"# {n(x)} {t} hit by {place} outage", f"The outage in {place} hit {n(v)} {t}, the operator said."),
        (lambda x: f"# {place} adds {n(x)} {t}", f"The scheme in {place} has added {n(v)} {t} this year."),
        (lambda x: f"# Strike affects {n(x)} {t} in {place}", f"About {n(v)} {t} in {place} were affected by the strike."),
        (lambda x: f"# {place} fines {n(x)} {t}", f"Officials in {place} have fined {n(v)} {t} since May."),
    ]
    head, body = rng.choice(forms)
    return [head(v), body], [head(bad), body], "FIG001"


RELATIONS: Dict[str, Callable] = {
    "change from/to": rel_change_from_to,
    "change up/down from": rel_up_down_from,
    "change compared with": rel_compared_with,
    "change by a fraction": rel_fraction,
    "change multiple/halving": rel_multiple,
    "parts of the / of whom": rel_of_the,
    "parts made up of": rel_made_up,
    "shares accounted for / past 100%": rel_accounted,
    "the remaining": rel_remaining,
    "counts split by kind": rel_split_by_kind,
    "sums of components (in all)": rel_sum_in_all,
    "share in words vs counts": rel_share_words,
    "share in digits vs counts": rel_share_pct,
    "conversion (units)": rel_conversion,
    "conversion (currency pairs)": rel_currency_pair,
    "duration vs times": rel_duration_times,
    "duration vs dates": rel_duration_dates,
    "table row times vs duration": rel_table_times,
    "age vs birth": rel_age_birth,
    "age given twice": rel_age_twice,
    "weekday vs date": rel_weekday,
    "same quantity two values": rel_same_quantity,
    # added after the first run (relations implemented later)
    "average vs total and count": rel_average,
    "price x payers vs total": rel_product,
    "table row vs text": rel_table_text,
    "headline vs body": rel_headline_body,
}


# --------------------------------------------------------------------------- running


def articles(split: str) -> List[Path]:
    files = sorted(BBC.glob("*/*.txt"))
    if split == "all":
        return files
    want = 0 if split == "tune" else 1
    return [f for f in files if int(f.stem) % 2 == want]


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")


def insert(text: str, paragraphs: List[str], rng: random.Random) -> Tuple[str, List[int]]:
    """*text* with *paragraphs* set in after a random body paragraph (as Markdown, each
    paragraph its own block), and the 1-based lines they occupy. A headline ("# ...")
    replaces the article's own, and the paragraph after it opens the body."""
    blocks = text.strip("\n").split("\n\n")
    if paragraphs and paragraphs[0].startswith("# "):
        blocks = paragraphs + blocks[1:]
        out = "\n\n".join(blocks) + "\n"
        return out, [1, 3]
    at = rng.randrange(1, max(2, len(blocks)))
    new_blocks = blocks[:at] + paragraphs + blocks[at:]
    out = "\n\n".join(new_blocks) + "\n"
    start_line = sum(b.count("\n") + 1 for b in blocks[:at]) + at  # lines before, with blank separators
    lines: List[int] = []
    line = start_line + 1
    for p in paragraphs:
        for k in range(p.count("\n") + 1):
            lines.append(line + k)
        line += p.count("\n") + 2
    return out, lines


def run(split: str, per: int, seed: int, show: int, relations: Optional[Dict[str, Callable]] = None,
        title: str = "Perturbation test over BBC copy") -> None:
    relations = RELATIONS if relations is None else relations
    linter = Linter()
    rng = random.Random(seed)
    files = articles(split)
    stats: Dict[str, List[int]] = collections.OrderedDict((k, [0, 0, 0]) for k in relations)  # cases, found, control alarms
    misses: List[str] = []
    alarms: List[str] = []
    originals = 0
    original_alarms = 0
    seen_originals = set()
    for name, make in relations.items():
        for _ in range(per):
            path = rng.choice(files)
            text = read(path)
            ok, bad, code = make(rng)
            prng = random.Random(rng.random())
            ok_text, ok_lines = insert(text, ok, random.Random(prng.random()))
            bad_text, bad_lines = insert(text, bad, random.Random(prng.random()))
            stats[name][0] += 1
            found = [f for f in linter.lint_text(bad_text, "article.md", FIGURES)
                     if f.code == code and f.line in bad_lines]
            if found:
                stats[name][1] += 1
            elif len(misses) < show:
                misses.append(f"  miss [{name}] {' / '.join(bad)}")
            wrong = [f for f in linter.lint_text(ok_text, "article.md", FIGURES) if f.line in ok_lines]
            if wrong:
                stats[name][2] += 1
                if len(alarms) < show:
                    alarms.append(f"  alarm [{name}] {' / '.join(ok)} -> {wrong[0].code} {wrong[0].message}")
            if path not in seen_originals:
                seen_originals.add(path)
                originals += 1
                if linter.lint_text(text.strip("\n") + "\n", "article.md", FIGURES):
                    original_alarms += 1
    print(f"{title} ({split} half, seed {seed}, {per} cases per relation)")
    print(f"  {'relation':<36} {'cases':>5} {'found':>6} {'recall':>7} {'control alarms':>15}")
    total = [0, 0, 0]
    for name, (cases, found, alarm) in stats.items():
        total = [total[0] + cases, total[1] + found, total[2] + alarm]
        print(f"  {name:<36} {cases:>5} {found:>6} {found / max(cases, 1):>7.2f} {alarm / max(cases, 1):>15.2f}")
    print(f"  {'all':<36} {total[0]:>5} {total[1]:>6} {total[1] / max(total[0], 1):>7.2f} "
          f"{total[2] / max(total[0], 1):>15.2f}")
    print(f"  unchanged originals with any figures finding: {original_alarms} of {originals} "
          f"({original_alarms / max(originals, 1):.3f})")
    for line in misses + alarms:
        print(line)


# --------------------------------------------------------------------------- real figures changed in place

_NUM = r"[£$€]?\d[\d,]*(?:\.\d+)?(?:bn|m|\s?million|\s?billion)?"
_CHANGE_REAL = re.compile(
    rf"(?P<verb>rose|fell|jumped|climbed|dropped|slipped|declined|increased|decreased|grew|slumped|surged)\s+"
    rf"(?:by\s+)?(?P<p>\d+(?:\.\d+)?)%\s+to\s+(?P<b>{_NUM})\s*,?\s+(?:from|up\s+from|down\s+from)\s+(?P<a>{_NUM})")


def _value(s: str) -> Optional[float]:
    m = re.match(r"[£$€]?(\d[\d,]*(?:\.\d+)?)\s?(bn|m|million|billion)?$", s.strip())
    if not m:
        return None
    v = float(m.group(1).replace(",", ""))
    return v * {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6}.get(m.group(2) or "", 1.0)


def real_changes(split: str, show: int, seed: int) -> None:
    """Changes stated in the articles themselves ("rose 20% to £60m from £50m"): where the
    stated percentage is right (within a point), replace it with a wrong one."""
    linter = Linter()
    rng = random.Random(seed)
    cases = found = alarms = 0
    examples = []
    for path in articles(split):
        text = read(path)
        for m in _CHANGE_REAL.finditer(text):
            a, b = _value(m.group("a")), _value(m.group("b"))
            if not a or not b:
                continue
            actual = abs(b - a) / a * 100
            p = float(m.group("p"))
            if abs(actual - p) > 1.0 or p < 2:
                continue
            wrong = p * rng.choice([1.8, 2.5]) if p < 40 else p / 2
            new = text[: m.start("p")] + pct(wrong).rstrip("%") + text[m.end("p") :]
            line = text.count("\n", 0, m.start("p")) + 1
            cases += 1
            if any(f.code == "FIG002" and f.line == line for f in linter.lint_text(new, "article.txt", FIGURES)):
                found += 1
            elif len(examples) < show:
                examples.append(f"  miss {path.parent.name}/{path.name}: {m.group()} -> {pct(wrong)}")
            if any(f.code == "FIG002" and f.line == line for f in linter.lint_text(text, "article.txt", FIGURES)):
                alarms += 1
    print(f"Real stated changes with the percentage changed ({split} half): {found} of {cases} found "
          f"({found / max(cases, 1):.2f}); the originals flagged: {alarms}")
    for e in examples:
        print(e)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--per", type=int, default=40, help="cases per relation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    run(args.split, args.per, args.seed, args.show)
    real_changes(args.split, args.show, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
