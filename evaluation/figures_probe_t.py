"""Probe family t of the figures rules: wholes and parts, records, votes and then-and-now
changes in the wordings of copy translated or written by other hands, planted into real BBC copy.

Written in full before it was first run, and run once on the code as it then stood (the
first run is printed in ``docs/evaluation-figures.md``). Each relation has five templates;
a template builds a paragraph twice, once with the arithmetic right (the control, which
must stay quiet) and once with one figure wrong (the error, which must draw a figures
finding). They are planted, as in families r and s, after the second paragraph of a
report-half BBC article that draws no figures finding on its own. Nothing is copied or
written to disk.

Relations: parts that leave their verb and unit out after the first ("Of the N hectares, a
were ..., b ... and c ...") (``elided_parts``); parts after ", of them", ", of these", ", out
of which" (``of_them``); rounded parts in millions whose least sum reaches the whole's top
(``scaled_parts``); a playing record told in nouns before its games (``noun_records``); votes
against a body all there, its noun with a complement or "deputies" (``all_present``); a level
then and one now or "last year", the change stated after them (``then_now``); money written
with a short word before the number, "Rs", "Tk", "Rp", "KSh" (``word_currency``). Added later
(``--late``): the years since a year told again after it, or a thing's age from its
installing (``since_restated``); a multiple of a named price or rate (``price_multiple``); a
difference from a named level (``named_level_gap``); a share after "of whom" and the part it
comes to after ", or" (``of_whom_share``).

Usage: ``python evaluation/figures_probe_t.py [--per 40] [--seed 13] [--show N] [--only RELATION] [--forms]``
"""

from __future__ import annotations

import collections
import random
import sys
from pathlib import Path
from typing import Callable, Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from figures_probe import score  # noqa: E402
from figures_probe_r import FIGURES, PLACES, _FORM, arguments, articles, n, pick, plant, quiet_hosts  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402

Make = Callable[[bool], List[str]]

LAND = [("hectares", ["wheat", "barley", "maize"]), ("acres", ["orchards", "vineyards", "pasture"]),
        ("square kilometres", ["forest", "scrub", "grassland"]), ("tonnes", ["steel", "copper", "zinc"])]
PEOPLE = [("households", "pensioner households", "large families"), ("pupils", "primary pupils", "secondary pupils"),
          ("patients", "adults", "children"), ("workers", "full-time workers", "part-time workers"),
          ("farms", "dairy farms", "arable farms")]
GOODS = [("litres of milk", "shops", "cafes", "export"), ("passengers", "trains", "buses", "ferries"),
         ("visits", "museums", "galleries", "parks"), ("meals", "schools", "hospitals", "care homes")]
BODIES = [("members of the council", "council"), ("members of the assembly", "assembly"),
          ("deputies", "parliament"), ("members of the board", "board"), ("councillors", "council")]
ITEMS = ["a litre of cooking oil", "a kilo of rice", "a bus ticket", "a sack of flour", "a bag of cement",
         "a kilo of onions"]
MONEY = [("euros", ""), ("zloty", ""), ("pesos", "")]
WORD_CUR = ["Rs", "Tk", "Rp", "KSh"]


def t_elided_parts(rng: random.Random) -> Make:
    unit, kinds = rng.choice(LAND)
    a, b, c = rng.randrange(1500, 4000), rng.randrange(800, 2500), rng.randrange(300, 1200)
    a, b, c = 10 * (a // 10), 10 * (b // 10), 10 * (c // 10)
    t = a + b + c
    d = rng.choice([300, 400, 500])
    place = rng.choice(PLACES)

    def tt(e: bool) -> str:
        return n(t - d if e else t)

    k0, k1, k2 = kinds
    forms = [
        lambda e: [f"Of the {tt(e)} {unit}, {n(a)} were {k0}, {n(b)} {k1} and {n(c)} {k2}."],
        lambda e: [f"Of the {tt(e)} {unit} around {place}, {n(a)} were {k0}, {n(b)} {k1} and {n(c)} {k2}, the survey "
                   "found."],
        lambda e: [f"Of the {tt(e)} {unit} affected, {n(a)} are {k0}, {n(b)} {k1} and {n(c)} {k2}."],
        lambda e: [f"Of its {tt(e)} {unit}, {n(a)} was {k0}, {n(b)} {k1}, and {n(c)} {k2}."],
        lambda e: [f"Out of the {tt(e)} {unit}, {n(a)} were {k0}, {n(b)} {k1} and {n(c)} {k2}, officials said."],
    ]
    return pick(rng, forms)


def t_of_them(rng: random.Random) -> Make:
    whole, p1, p2 = rng.choice(PEOPLE)
    a, b = rng.randrange(3000, 9000), rng.randrange(1500, 5000)
    t = a + b
    d = rng.choice([600, 800, 1000])
    place = rng.choice(PLACES)

    def tt(e: bool) -> str:
        return n(t - d if e else t)

    forms = [
        lambda e: [f"Support will receive {tt(e)} {whole}, of them {n(a)} {p1} and {n(b)} {p2}."],
        lambda e: [f"The scheme covers {tt(e)} {whole} in {place}, of these {n(a)} {p1} and {n(b)} {p2}."],
        lambda e: [f"In {place} {tt(e)} {whole} were counted, out of which {n(a)} were {p1} and {n(b)} {p2}."],
        lambda e: [f"The agency registered {tt(e)} {whole}, of those {n(a)} {p1} and {n(b)} {p2}, its report said."],
        lambda e: [f"Help went to {tt(e)} {whole} last year, out of whom {n(a)} were {p1} and {n(b)} {p2}."],
    ]
    return pick(rng, forms)


def t_scaled_parts(rng: random.Random) -> Make:
    noun, k0, k1, k2 = rng.choice(GOODS)
    a, b, c = rng.randrange(15, 40), rng.randrange(8, 20), rng.randrange(3, 9)
    t = a + b + c

    def tt(e: bool) -> int:
        return t - 2 if e else t

    forms = [
        lambda e: [f"The company sold {tt(e)} million {noun} last year, of which {a} million went to {k0}, {b} million "
                   f"to {k1} and {c} million to {k2}."],
        lambda e: [f"Some {tt(e)} million {noun} were recorded, of which {a} million were in {k0}, {b} million in {k1} "
                   f"and {c} million in {k2}."],
        lambda e: [f"It handled {tt(e)} million {noun} in the year, of them {a} million in {k0}, {b} million in {k1} "
                   f"and {c} million in {k2}."],
        lambda e: [f"The operator counted {tt(e)} million {noun}: {a} million in {k0}, {b} million in {k1} and "
                   f"{c} million in {k2}."],
        lambda e: [f"Of the {tt(e)} million {noun}, {a} million were for {k0}, {b} million for {k1} and {c} million "
                   f"for {k2}."],
    ]
    return pick(rng, forms)


def t_noun_records(rng: random.Random) -> Make:
    w, d_, l_ = rng.randrange(8, 20), rng.randrange(1, 6), rng.randrange(2, 10)
    g = w + d_ + l_
    off = rng.choice([-2, -1, 1, 2])

    def gg(e: bool) -> int:
        return g + off if e else g

    forms = [
        lambda e: [f"The side finished with {w} wins, {d_} draws and {l_} defeats from their {gg(e)} games."],
        lambda e: [f"They ended the campaign with {w} victories, {d_} draws and {l_} losses in {gg(e)} matches."],
        lambda e: [f"Over the season the club managed {w} wins, {l_} defeats and {d_} draws from {gg(e)} fixtures."],
        lambda e: [f"Her record reads {w} wins, {d_} draws and {l_} losses from her {gg(e)} bouts."],
        lambda e: [f"The team posted {w} wins, {d_} draws and {l_} defeats out of {gg(e)} league matches, the "
                   "club said."],
    ]
    return pick(rng, forms)


def t_all_present(rng: random.Random) -> Make:
    members, body = rng.choice(BODIES)
    a, b, c = rng.randrange(20, 60), rng.randrange(5, 30), rng.randrange(1, 6)
    t = a + b + c
    off = rng.choice([1, 2, 3])

    def tt(e: bool) -> int:
        return t + off if e else t

    forms = [
        lambda e: [f"The {body} voted {a} to {b} in favour, with {c} abstentions; all {tt(e)} {members} were present."],
        lambda e: [f"The motion passed by {a} votes to {b}, with {c} abstentions, and all {tt(e)} {members} were "
                   "present."],
        lambda e: [f"The {body} voted {a} to {b}, with {c} abstentions; all {tt(e)} {members} attended."],
        lambda e: [f"In the end the {body} voted {a} to {b} for the plan, with {c} abstentions, at a meeting attended by "
                   f"all {tt(e)} {members}."],
        lambda e: [f"The {body} voted {a}-{b}, with {c} abstentions; all {tt(e)} {members} were there."],
    ]
    return pick(rng, forms)


def _pct(a: float, b: float) -> int:
    return int(round(100 * (b - a) / a))


def t_then_now(rng: random.Random) -> Make:
    item = rng.choice(ITEMS)
    cur, _ = rng.choice(MONEY)
    up = rng.random() < 0.5
    a = rng.randrange(20, 90)
    b = int(round(a * (1 + rng.choice([0.2, 0.25, 0.3, 0.4, 0.5])))) if up else int(round(a * rng.choice([0.6, 0.7, 0.8])))
    p = abs(_pct(a, b))
    off = rng.choice([10, 12, 15])
    word = "a rise" if up else "a fall"
    year = rng.randrange(2012, 2020)
    noun = rng.choice(["tonnes of grain", "passengers", "visitors", "tonnes of fish"])
    x, y = rng.randrange(20, 60) * 1000, 0
    y = int(round(x * (1 + rng.choice([0.2, 0.3, 0.4])))) if up else int(round(x * rng.choice([0.6, 0.7, 0.8])))
    q = abs(_pct(x, y))

    def pp(e: bool) -> int:
        return p + off if e else p

    def qq(e: bool) -> int:
        return q + off if e else q

    forms = [
        lambda e: [f"{item.capitalize()} cost {a} {cur} before the drought and now costs {b} {cur}, {word} of "
                   f"{pp(e)} percent, traders said."],
        lambda e: [f"{item.capitalize()} was {a} {cur} last winter and now it is {b} {cur}, {word} of {pp(e)}%."],
        lambda e: [f"{item.capitalize()} sold for {a} {cur} a year ago and sells for {b} {cur} now, "
                   f"{'up' if up else 'down'} {pp(e)}%."],
        lambda e: [f"In {year} the port handled {n(x)} {noun}; last year it handled {n(y)}, {word} of {qq(e)} per cent."],
        lambda e: [f"Back in {year} the region counted {n(x)} {noun}, and last year it was {n(y)} {noun}, {word} of "
                   f"{qq(e)}%."],
    ]
    return pick(rng, forms)


def t_word_currency(rng: random.Random) -> Make:
    cur = rng.choice(WORD_CUR)
    item = rng.choice(ITEMS)
    a = rng.randrange(20, 90) * 10
    b = int(round(a * rng.choice([1.2, 1.25, 1.3, 1.4, 1.5])))
    p = _pct(a, b)
    off = rng.choice([10, 12, 15])

    def pp(e: bool) -> int:
        return p + off if e else p

    forms = [
        lambda e: [f"The price of {item} rose from {cur} {n(a)} to {cur} {n(b)}, an increase of {pp(e)}%."],
        lambda e: [f"{item.capitalize()} cost {cur} {n(a)} before the floods and now costs {cur} {n(b)}, an increase "
                   f"of {pp(e)} percent, traders said."],
        lambda e: [f"Fares went up {pp(e)}%, from {cur} {n(a)} to {cur} {n(b)}."],
        lambda e: [f"{item.capitalize()} now sells for {cur} {n(b)}, up {pp(e)} per cent from {cur} {n(a)}."],
        lambda e: [f"Traders said {item} costs {cur} {n(b)}, compared with {cur} {n(a)} a month earlier, a rise of "
                   f"{pp(e)}%."],
    ]
    return pick(rng, forms)


# --------------------------------------------------------------------------- added later
# (written before their first run, like the seven above; ``--late`` runs them)

DATED = "The new timetable starts on Monday 1 December 2025."


def t_since_restated(rng: random.Random) -> Make:
    year = rng.randrange(1975, 2012)
    span = 2025 - year
    off = rng.choice([-6, -5, 4, 5, 6])
    who = rng.choice(["the baker", "the caretaker", "the ferryman", "the librarian", "the vet"])
    place = rng.choice(PLACES)

    def yy(e: bool) -> int:
        return span + off if e else span

    forms = [
        lambda e: [DATED, f"Among them is {who}, who works in {place} since {year}, already {yy(e)} years."],
        lambda e: [DATED, f"{who.capitalize()} has lived in {place} since {year} - that is, {yy(e)} years."],
        lambda e: [DATED, f"{who.capitalize()} has run the stall since {year}, now {yy(e)} years."],
        lambda e: [DATED, f"The cable, installed in {year}, is now {yy(e)} years old, engineers said."],
        lambda e: [DATED, f"The hall, set up in {year}, is already {yy(e)} years old."],
    ]
    return pick(rng, forms)


def t_price_multiple(rng: random.Random) -> Make:
    base = rng.randrange(20, 80)
    cur = rng.choice(["cents", "pesos", "euros"])
    k, word = rng.choice([(2, "twice"), (2, "the double of"), (3, "three times"), (0.5, "half")])
    right = int(round(base * k))
    wrong = int(round(base * k * rng.choice([0.75, 1.3])))
    item = rng.choice(["per litre", "a kilo", "a ticket", "a night"])

    def vv(e: bool) -> int:
        return wrong if e else right

    forms = [
        lambda e: [f"Buyers paid {vv(e)} {cur} {item}, {word} the usual price of {base} {cur}."],
        lambda e: [f"The charge is now {vv(e)} {cur} {item}, {word} the normal rate of {base} {cur}."],
        lambda e: [f"Shops asked {vv(e)} {cur} {item}, {word} the usual price of {base} {cur}, residents said."],
        lambda e: [f"Rooms went for {vv(e)} {cur} {item}, {word} the standard rate of {base} {cur}."],
        lambda e: [f"The fare rose to {vv(e)} {cur}, {word} the old fare of {base} {cur}."],
    ]
    return pick(rng, forms)


def t_named_level_gap(rng: random.Random) -> Make:
    avg = round(rng.uniform(10, 20), 1)
    gap = round(rng.uniform(0.8, 3.0), 1)
    up = rng.random() < 0.5
    val = round(avg + gap if up else avg - gap, 1)
    off = rng.choice([0.5, 0.6, 0.8])
    side = "above" if up else "below"
    n0, n1 = rng.randrange(3000, 9000), rng.randrange(200, 900)
    n2 = n0 + n1 if up else n0 - n1
    noff = rng.choice([150, 200, 250])

    def gg(e: bool) -> str:
        return f"{gap + off:.1f}" if e else f"{gap:.1f}"

    def nn(e: bool) -> str:
        return n(n1 + noff if e else n1)

    forms = [
        lambda e: [f"Sea temperatures averaged {val}C in July, {gg(e)}C {side} the long-term average of {avg}C."],
        lambda e: [f"The lake reached {val}C, {gg(e)}C {side} the seasonal average of {avg}C."],
        lambda e: [f"Rainfall came to {val}mm, {gg(e)}mm {side} the monthly average of {avg}mm."],
        lambda e: [f"Sales reached {n(n2)}, {nn(e)} {'over' if up else 'under'} the target of {n(n0)}."],
        lambda e: [f"Admissions were {n(n2)}, {nn(e)} {side} the forecast of {n(n0)}, the trust said."],
    ]
    return pick(rng, forms)


def t_of_whom_share(rng: random.Random) -> Make:
    whole = rng.randrange(20, 150) * 1000
    pct = rng.choice([10, 15, 20, 25, 30, 40])
    part = whole * pct // 100
    wrong = int(round(part * rng.choice([1.35, 0.7]) / 100)) * 100
    what, sub = rng.choice([("residents", "are over 65"), ("households", "rent their home"),
                            ("pupils", "speak another language at home"), ("workers", "are on night shifts")])

    def pp(e: bool) -> str:
        return n(wrong if e else part)

    forms = [
        lambda e: [f"The district has {n(whole)} {what}, of whom {pct} percent {sub}, or {pp(e)} people."],
        lambda e: [f"The county counts {n(whole)} {what}, of which {pct}% {sub}, or about {pp(e)}."],
        lambda e: [f"There are {n(whole)} {what}, of them {pct} per cent {sub}, or some {pp(e)} in all."],
        lambda e: [f"The town has {n(whole)} {what}, of whom {pct}% {sub}, or roughly {pp(e)}, the census shows."],
        lambda e: [f"Officials registered {n(whole)} {what}, of whom {pct} percent {sub}, or {pp(e)}."],
    ]
    return pick(rng, forms)


LATE_T: Dict[str, Callable[[random.Random], Make]] = collections.OrderedDict(
    since_restated=t_since_restated, price_multiple=t_price_multiple, named_level_gap=t_named_level_gap,
    of_whom_share=t_of_whom_share)


FAMILY_T: Dict[str, Callable[[random.Random], Make]] = collections.OrderedDict(
    elided_parts=t_elided_parts, of_them=t_of_them, scaled_parts=t_scaled_parts, noun_records=t_noun_records,
    all_present=t_all_present, then_now=t_then_now, word_currency=t_word_currency)


def main() -> None:
    args = arguments(__doc__.splitlines()[0], seed=13,
                     late="run the relations added later (since_restated, price_multiple, named_level_gap, of_whom_share) instead")
    linter = Linter()
    rng = random.Random(args.seed)
    host = quiet_hosts(linter, rng, articles())

    print(f"Figures probe, family t (seed {args.seed}, {args.per} cases per relation, planted in BBC copy)")

    def draw(gen):
        make = gen(rng)
        template = _FORM[0]
        title, paras = host()
        ok, bad = make(False), make(True)
        return (template, plant(title, paras, ok), plant(title, paras, bad), " | ".join(ok), " | ".join(bad))

    score(linter, LATE_T if args.late else FAMILY_T, args, draw, lambda f: f"{f.code} line {f.line}: {f.message}")


if __name__ == "__main__":
    main()
