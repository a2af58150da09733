"""Probe family s of the figures rules: relations planted into real BBC copy, in wording from drafts translated or written by other hands.

Written in full before it was first run, and run once on the code as it then stood (the
first run is printed in ``docs/evaluation-figures.md``). Each relation has five or more
templates; a template builds one or more paragraphs twice, once with the arithmetic right
(the control, which must stay quiet) and once with one figure wrong (the error, which must
draw a figures finding). They are planted, as in family r (``figures_probe_r.py``), after
the second paragraph of a report-half BBC article that draws no figures finding on its
own; a ``GAP`` puts two of the article's paragraphs between a template's parts. Nothing is
copied or written to disk.

Relations: parts listed after "comprise", "is made up of", "consists of", "is composed of"
("comprise"); shares of one whole listed with nouns of their own ("on standard tariffs",
"above average") (``share_lists``); a table column headed as one whole's shares
(``table_shares``); a duration told "exactly" or "precisely" against its clock times
(``exact_spans``); a share of its own level gained or lost beside the level's two values
(``own_share``); a thing's age counted from when it was put to use (``service_ages``);
parts of a total given before, tied by "of that total", "Of this amount," (``parts_back``); a
change between two levels below zero (``below_zero``).

Usage: ``python evaluation/figures_probe_s.py [--per 40] [--seed 11] [--show N] [--only RELATION] [--forms]``
"""

from __future__ import annotations

import collections
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Callable, Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from figures_probe import score  # noqa: E402
from figures_probe_r import FIGURES, GAP, MONTHS, PLACES, WEEKDAYS, _FORM, arguments, articles, cap, n, pick, plant, quiet_hosts  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402

Make = Callable[[bool], List[str]]
TOP = "\x00top"  # the items after it open the draft, above the article's paragraphs

GROUPS = [("staff", ["nurses", "porters", "cleaners"]), ("members", ["players", "coaches", "volunteers"]),
          ("vehicles", ["buses", "vans", "minibuses"]), ("pupils", ["infants", "juniors", "seniors"]),
          ("homes", ["flats", "terraces", "bungalows"]), ("stalls", ["food stalls", "craft stalls", "book stalls"])]
WHOLES = ["households", "customers", "farms", "passengers", "schools", "patients", "firms", "drivers"]
CRAFT = ["ferry", "tram", "lifeboat", "signal box", "crane", "pumping station", "dredger", "footbridge"]


def _clock(m: int) -> str:
    m %= 24 * 60
    return f"{m // 60:02d}:{m % 60:02d}"


def s_comprise(rng: random.Random) -> Make:
    whole, kinds = rng.choice(GROUPS)
    a, b, c = rng.randrange(120, 400), rng.randrange(40, 150), rng.randrange(10, 60)
    t = a + b + c
    d = rng.choice([-30, -20, 20, 30])
    place = rng.choice(PLACES)

    def tt(e: bool) -> str:
        return n(t + d if e else t)

    forms = [
        lambda e: [f"The {tt(e)} {whole} in {place} comprise {a} {kinds[0]}, {b} {kinds[1]} and {c} {kinds[2]}."],
        lambda e: [f"The council's {tt(e)} {whole} are made up of {a} {kinds[0]}, {b} {kinds[1]} and "
                   f"{c} {kinds[2]}."],
        lambda e: [f"In {place} the {tt(e)} {whole} consist of {a} {kinds[0]}, {b} {kinds[1]} and {c} {kinds[2]}."],
        lambda e: [f"A total of {tt(e)} {whole} is composed of {a} {kinds[0]}, {b} {kinds[1]} and {c} {kinds[2]}."],
        lambda e: [f"The {tt(e)} {whole} are comprised of {a} {kinds[0]}, {b} {kinds[1]} and {c} {kinds[2]}, "
                   "the report said."],
        lambda e: [f"Its {tt(e)} {whole} comprise {a} {kinds[0]}, {b} {kinds[1]} and {c} {kinds[2]}."],
    ]
    return pick(rng, forms)


def s_share_lists(rng: random.Random) -> Make:
    a = rng.randrange(40, 60)
    b = rng.randrange(15, 35)
    c = 100 - a - b
    d = rng.choice([4, 5, 7])
    whole = rng.choice(WHOLES)

    def cc(e: bool) -> int:
        return c + d if e else c

    forms = [
        lambda e: [f"Of the {whole} surveyed, {a}% were on standard tariffs, {b}% on fixed deals and {cc(e)}% "
                   "on prepaid plans."],
        lambda e: [f"Of the {whole} inspected, {a}% were rated good, {b}% average and {cc(e)}% poor."],
        lambda e: [f"Among the {whole}, {a}% paid on time, {b}% paid to the expected schedule and {cc(e)}% paid "
                   "late."],
        lambda e: [f"Of the {whole} in the study, {a}% scored above the benchmark, {b}% at the benchmark and "
                   f"{cc(e)}% below it."],
        lambda e: [f"Of all {whole}, {a}% were in the north, {b}% in the south and {cc(e)}% in the west."],
        lambda e: [f"Of the {whole} counted, {a} per cent were under the limit, {b} per cent near the limit and "
                   f"{cc(e)} per cent over it."],
    ]
    return pick(rng, forms)


def s_table_shares(rng: random.Random) -> Make:
    a = rng.randrange(35, 55)
    b = rng.randrange(15, 30)
    c = rng.randrange(5, 15)
    e4 = 100 - a - b - c
    d = rng.choice([3, 5, 6])
    whole = rng.choice(WHOLES)
    rows = ["Online", "By phone", "In person", "By post"]

    def last(e: bool) -> int:
        return e4 + d if e else e4

    def table(head: str, e: bool) -> str:
        cells = [a, b, c, last(e)]
        body = "\n".join(f"| {r} | {v}% |" for r, v in zip(rows, cells))
        return f"| Channel | {head} |\n|---|---|\n{body}"

    forms = [
        lambda e: [f"The regulator published how {whole} got in touch:", table(f"Share of {whole}", e)],
        lambda e: [table(f"% of {whole}", e)],
        lambda e: [f"How {whole} were reached last year:", table(f"Proportion of {whole}", e)],
        lambda e: [table(f"Percentage of {whole}", e), "The figures were published on Tuesday."],
        lambda e: [f"Contacts with {whole}, by channel:", table("Share", e)],
    ]
    return pick(rng, forms)


def s_exact_spans(rng: random.Random) -> Make:
    start = rng.choice([6 * 60 + 30, 7 * 60, 8 * 60 + 15, 9 * 60 + 45, 10 * 60])
    hours = rng.randrange(5, 12)
    end = start + hours * 60
    off = rng.choice([-30, 30])
    place = rng.choice(PLACES)

    def e_end(e: bool) -> str:
        return _clock(end + off if e else end)

    forms = [
        lambda e: [f"The {place} crossing is staffed from {_clock(start)} to {e_end(e)}, exactly {hours} hours "
                   "a day."],
        lambda e: [f"The ban on lorries applies from {_clock(start)} until {e_end(e)}, which is precisely "
                   f"{hours} hours."],
        lambda e: [f"Polling stations open at {_clock(start)} and close at {e_end(e)}, exactly {hours} hours "
                   "later."],
        lambda e: [f"The {place} pool is open from {_clock(start)} to {e_end(e)}, exactly {hours} hours."],
        lambda e: [f"Engineers will work from {_clock(start)} until {e_end(e)}, precisely {hours} hours, "
                   "the company said."],
    ]
    return pick(rng, forms)


def s_own_share(rng: random.Random) -> Make:
    frac, word = rng.choice([(1 / 4, "a quarter"), (1 / 3, "a third"), (1 / 2, "half"), (1 / 5, "a fifth")])
    a = rng.choice([60, 80, 120, 240, 300, 600])
    down = rng.random() < 0.6
    b = round(a * (1 - frac)) if down else round(a * (1 + frac))
    wrong = round(a * (1 - frac / 2.2)) if down else round(a * (1 + frac / 2.2))
    unit = rng.choice(["kg", "g", "cm", "km"])

    def bb(e: bool) -> str:
        return f"{wrong if e else b}{unit}"

    verb = "lost" if down else "gained"
    ing = "falling" if down else "rising"
    forms = [
        lambda e: [f"Over the winter the animals {verb} about {word} of their weight, {ing} from {a}{unit} to "
                   f"{bb(e)}."],
        lambda e: [f"The glacier has {verb} {word} of its length since the 1990s, {ing} from {a}{unit} to "
                   f"{bb(e)}."],
        lambda e: [f"In the trial the plants {verb} roughly {word} of their height in a month - from {a}{unit} "
                   f"to {bb(e)}."],
        lambda e: [f"The parcels {'shed' if down else 'gained'} almost {word} of their mass in transit, "
                   f"{'dropping' if down else 'climbing'} from {a}{unit} to {bb(e)}."],
        lambda e: [f"The calves {'lost' if down else 'gained'} {word} of their body weight, {ing} from "
                   f"{a}{unit} to {bb(e)} on average."],
    ]
    return pick(rng, forms)


def s_service_ages(rng: random.Random) -> Make:
    year = rng.randrange(2024, 2028)
    start = year - rng.randrange(30, 60)
    age = year - start
    bad = age + rng.choice([-7, -6, 6, 7])
    craft = rng.choice(CRAFT)
    month = rng.choice(MONTHS)
    day = rng.randrange(1, 28)
    wd = WEEKDAYS[dt.date(year, MONTHS.index(month) + 1, day).weekday()]
    dated = f"Its replacement will be unveiled on {wd} {day} {month} {year}."

    def g(e: bool) -> int:
        return bad if e else age - 1

    forms = [
        lambda e: [dated, GAP, f"The old {craft} entered service in {start} and is now {g(e)} years old."],
        lambda e: [dated, f"The old {craft} was commissioned in {start}, so it is already more than {g(e) - 1} "
                          "years old."],
        lambda e: [dated, GAP, f"The {craft} went into service in {start} and is now {g(e)} years old."],
        lambda e: [dated, f"The {craft} was put into service in {start} and is {g(e)} years old."],
        lambda e: [dated, GAP, f"The old {craft}, which was taken into use in {start}, is now {g(e)} years old."],
    ]
    return pick(rng, forms)


def s_parts_back(rng: random.Random) -> Make:
    t = rng.randrange(30, 90) * 100
    a = round(t * rng.uniform(0.45, 0.6) / 10) * 10
    b = rng.randrange(5, 20) * 10
    rest = t - a - b
    over = rng.choice([300, 500, 700])
    place1, place2 = rng.sample(PLACES, 2)

    def bb(e: bool) -> str:
        return n(rest + over if e else rest - 100)

    k = rng.choice([2, 3, 4])
    each = rng.randrange(5, 15) * 100
    t2 = k * each + rng.randrange(2, 9) * 100

    def tt2(e: bool) -> str:
        return n(t2 - 300 if e else t2)

    forms = [
        lambda e: [f"The co-operative bought {n(t)} tonnes of grain this season.",
                   f"{place1} farms supplied {n(a)} tonnes of that total, {place2} {n(b)} tonnes and the "
                   f"hill farms {bb(e)} tonnes."],
        lambda e: [f"The appeal raised £{n(t)} in the year, the charity said.",
                   f"Of this amount, £{n(a)} went to the shelter, £{n(b)} to the clinic and £{bb(e)} to the "
                   "food bank."],
        lambda e: [f"The regional grant is worth £{tt2(e)},000.",
                   f"Of that amount, the {['two', 'three', 'four'][k - 2]} libraries get £{each},000 each and the "
                   f"archive £{t2 - k * each},000."],
        lambda e: [f"The port handled {n(t)} containers in March.",
                   f"Of that total, {n(a)} came from Asia, {n(b)} from Africa and {bb(e)} from the Americas."],
        lambda e: [f"Donors gave {n(t)} books to the scheme last year.",
                   f"Of the total, {n(a)} went to schools, {n(b)} to prisons and {bb(e)} to hospitals."],
    ]
    return pick(rng, forms)


def s_below_zero(rng: random.Random) -> Make:
    a = rng.randrange(10, 90) * 5
    d = rng.randrange(4, 30)
    down = rng.random() < 0.6
    b = a + d if down else a - d
    wrong = d + rng.choice([8, 10, 15])
    what = rng.choice(["the lake's surface", "the water table", "the mine's lowest gallery", "the basin floor",
                       "the aquifer"])

    def dd(e: bool) -> int:
        return wrong if e else d

    forms = [
        lambda e: [f"In ten years {what} {'fell' if down else 'rose'} by {dd(e)} metres, from minus {a} metres "
                   f"to minus {b} metres."],
        lambda e: [f"{cap(what)} {'dropped' if down else 'climbed'} {dd(e)} metres, from -{a} metres to "
                   f"-{b} metres."],
        lambda e: [f"Surveyors say {what} went {'down' if down else 'up'} {dd(e)}m, from minus {a}m to "
                   f"minus {b}m."],
        lambda e: [f"{cap(what)} is now at minus {b} metres, {'down' if down else 'up'} {dd(e)} metres from "
                   f"minus {a} metres in 2015."],
        lambda e: [f"A {'fall' if down else 'rise'} of {dd(e)} metres took {what} from minus {a} metres to "
                   f"minus {b} metres."],
    ]
    return pick(rng, forms)


# Written after the first run of the eight relations above, before their own first run:
# relations added later in the round (the ``--late`` flag runs only these).


def s_two_days(rng: random.Random) -> Make:
    days = WEEKDAYS[:]
    rng.shuffle(days)
    late, early = days[0], days[1]
    a = rng.randrange(2, 10) * 20
    p = rng.choice([10, 20, 25, 40, 50])
    up = rng.random() < 0.6
    b = round(a * (1 + p / 100)) if up else round(a * (1 - p / 100))
    bad = p + rng.choice([12, 15, 20])
    what = rng.choice(["pollen count", "noise index", "queue length", "smog index", "river gauge reading"])
    noun = what.split()[-1]

    def q(e: bool) -> int:
        return bad if e else p

    word = "rise" if up else "fall"
    forms = [
        lambda e: [f"The {what} reached {b} on {late}.", f"On {early} the {noun} was {a}, a {word} of {q(e)} percent "
                   "in a few days."],
        lambda e: [f"On {late} the {what} stood at {b}, officials said.", f"Whereas on {early} the {noun} had stood "
                   f"at {a}, meaning a {word} of {q(e)} percent in a few days."],
        lambda e: [f"The {what} was {b} on {late}.", f"On {early} the {noun} had been {a}, so it saw a {word} of "
                   f"{q(e)}% over the period."],
        lambda e: [f"By {late} the {what} had reached {b}.", f"On {early} the {noun} was {a}, a {q(e)}% "
                   f"{'increase' if up else 'decrease'} in a few days."],
        lambda e: [f"The {what} hit {b} on {late}.", f"On {early} the {noun} was only {a} - a {word} of "
                   f"{q(e)} per cent within days."],
    ]
    return pick(rng, forms)


def s_lead_change(rng: random.Random) -> Make:
    a = rng.randrange(20, 90) * 1000
    p = rng.choice([10, 15, 20, 25, 30])
    up = rng.random() < 0.5
    b = round(a * (1 + p / 100) / 100) * 100 if up else round(a * (1 - p / 100) / 100) * 100
    real = round(100 * abs(b - a) / a)
    bad = real + rng.choice([8, 10, 14])
    goods = rng.choice(["timber", "wool", "cheese", "cider", "tea", "coffee", "marble"])
    place = rng.choice(PLACES)
    verb = ("rose", "grew", "increased", "went up", "increase") if up else ("fell", "dropped", "decreased",
                                                                           "went down", "decrease")

    def q(e: bool) -> int:
        return bad if e else real

    tail = f"from {n(a)} tonnes last year to {n(b)} tonnes this year."
    forms = [  # (the draft's lead: planted above the article, TOP)
        lambda e: [f"{cap(goods)} exports from {place} {verb[0]} {q(e)} percent in the first half of the year, "
                   "the trade body said.", "Growers say the year has been unusual.", GAP,
                   f"Export volume {verb[3]} {tail}"],
        lambda e: [f"Exports of {goods} {verb[1]} {q(e)}% this year, according to customs figures.",
                   "Traders blame the weather.", f"The volume of {goods} exports {verb[3]} {tail}"],
        lambda e: [f"{cap(goods)} sale of {place} abroad in first six month {verb[4]} {q(e)} percent, the ministry "
                   "said.", GAP, f"Quantity sold abroad {verb[3]} {tail}"],
        lambda e: [f"{cap(goods)} exports {verb[2]} by {q(e)} per cent in the first six months, officials said.",
                   GAP, f"Exported {goods} {verb[3]} {tail}"],
        lambda e: [f"Shipments of {place} {goods} abroad {verb[0]} {q(e)}% in the half-year, the port said.",
                   "The season started late.", f"{cap(goods)} shipments {verb[3]} {tail}"],
    ]
    chosen = pick(rng, forms)
    return lambda e: [TOP] + chosen(e)


def s_calques(rng: random.Random) -> Make:
    a = rng.randrange(20, 90) * 10
    d = rng.randrange(3, 20) * 10
    up = rng.random() < 0.5
    b = a + d if up else a - d
    bad = d + rng.choice([30, 50, 70])
    unit = rng.choice([("metres", "metres"), ("tonnes", "tonnes"), ("kilometres", "kilometres"), ("litres", "litres")])
    what = rng.choice(["the level", "the catch", "the stock", "the depth", "the volume"])
    verb = rng.choice(["rose", "grew", "increased"]) if up else rng.choice(["fell", "dropped", "decreased"])
    word = "up" if up else "down"

    def dd(e: bool) -> int:
        return bad if e else d

    forms = [
        lambda e: [f"In five years {what} {verb} in {dd(e)} {unit[0]}, from {a} {unit[0]} to {b} {unit[1]}."],
        lambda e: [f"Last year {what} went {word} in {dd(e)} {unit[0]}, from {a} {unit[0]} to {b} {unit[1]}."],
        lambda e: [f"{cap(what)} {verb} on {dd(e)} {unit[0]}, from {a} to {b} {unit[1]}, the agency said."],
        lambda e: [f"Since 2015 {what} has {verb} in more than {dd(e) - 1} {unit[0]}, from {a} {unit[0]} to {b} "
                   f"{unit[1]}."],
        lambda e: [f"{cap(what)} went {word} on {dd(e)} {unit[0]} in a decade - from {a} {unit[0]} to {b} "
                   f"{unit[1]}."],
    ]
    return pick(rng, forms)


def s_stated_rates(rng: random.Random) -> Make:
    # (written after the three relations above had run, before its own first run)
    unit, per, dim = rng.choice([("mu", 0.0667, "hectares"), ("dunams", 0.1, "hectares"), ("li", 0.5, "km"),
                                 ("feddans", 0.42, "hectares"), ("versts", 1.067, "km")])
    one = unit[:-1] if unit.endswith("s") else unit
    a = rng.randrange(12, 90) * 10
    right = a * per
    wrong = right * rng.choice([0.5, 0.6, 1.6, 2.0])

    def b(e: bool) -> str:
        x = wrong if e else right
        return f"{x:,.0f}" if x >= 20 else f"{x:.1f}"

    forms = [
        lambda e: [f"The estate covers {a} {unit} (about {b(e)} {dim}).", GAP,
                   f"Owners are paid 300 dollars per {one} ({per:g} {dim[:-1] if dim == 'hectares' else dim}) a year."],
        lambda e: [f"One {one} is {per:g} {dim}, officials said.", f"The new park takes {a} {unit} (some {b(e)} {dim})."],
        lambda e: [f"The scheme covers {a} {unit} (roughly {b(e)} {dim}), at {per:g} {dim} to the {one}."],
        lambda e: [f"At {per:g} {dim} per {one}, the {a} {unit} (about {b(e)} {dim}) will be replanted."],
        lambda e: [f"Farmers hold {a} {unit} (around {b(e)} {dim}) in the valley.", GAP,
                   f"Each {one} equals {per:g} {dim}, the survey noted."],
    ]
    return pick(rng, forms)


LATE: Dict[str, Callable[[random.Random], Make]] = collections.OrderedDict(
    two_days=s_two_days, lead_change=s_lead_change, calques=s_calques, stated_rates=s_stated_rates)


FAMILY_S: Dict[str, Callable[[random.Random], Make]] = collections.OrderedDict(
    comprise=s_comprise, share_lists=s_share_lists, table_shares=s_table_shares, exact_spans=s_exact_spans,
    own_share=s_own_share, service_ages=s_service_ages, parts_back=s_parts_back, below_zero=s_below_zero)


def main() -> None:
    args = arguments(__doc__.splitlines()[0], seed=11,
                     late="run the relations added later (two_days, lead_change, calques, stated_rates) instead")
    linter = Linter()
    rng = random.Random(args.seed)
    host = quiet_hosts(linter, rng, articles())

    print(f"Figures probe, family s (seed {args.seed}, {args.per} cases per relation, planted in BBC copy)")

    def put(title: str, paras: List[str], items: List[str]) -> str:
        if items and items[0] == TOP:
            # the lead first, then the article, with GAP taking two of its paragraphs
            out, rest = [], list(paras)
            for item in items[1:]:
                if item == GAP:
                    out += rest[:2]
                    rest = rest[2:]
                else:
                    out.append(item)
            return f"# {title}\n\n" + "\n\n".join(out + rest) + "\n"
        return plant(title, paras, items)

    def draw(gen):
        make = gen(rng)
        template = _FORM[0]
        title, paras = host()
        ok, bad = make(False), make(True)
        return (template, put(title, paras, ok), put(title, paras, bad),
                " | ".join(p for p in ok if p not in (GAP, TOP)), " | ".join(p for p in bad if p not in (GAP, TOP)))

    score(linter, LATE if args.late else FAMILY_S, args, draw, lambda f: f"{f.code} line {f.line}: {f.message}")


if __name__ == "__main__":
    main()
