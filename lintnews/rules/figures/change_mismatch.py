"""FIG002: a stated change that its own numbers contradict ("up 12% from 50 to 60")."""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.figures.context import context
from lintnews.model import Finding, Severity
from lintnews.analysis.figures.extract import Quantity, in_scope, quantities
from lintnews.rule import DEFAULT_SCOPE, Rule

__all__ = ["ChangeMismatch"]

UP = frozenset(
    """up rose rise rises risen rising increased increase increases increasing grew grow grows growing
    jumped jump jumps climbed climb climbs gained gain gains soared soar soars surged surge surges
    leapt leaped higher more boosted raised lifted added expanded widened rallied advanced""".split()
)
DOWN = frozenset(
    """down fell fall falls fallen falling dropped drop drops declined decline declines decreased decrease
    decreases slumped slump slumps plunged plunge plunges slid slide slipped slip shrank shrink
    contracted lower less fewer cut cuts reduced lost loses shed tumbled dipped sank eased narrowed""".split()
)
#: Verbs that state a ratio: "doubled from 4 to 8".
MULTIPLES: Dict[str, float] = {
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0, "trebled": 3.0,
    "trebles": 3.0, "tripling": 3.0, "quadrupled": 4.0, "quadruples": 4.0, "halved": 0.5, "halves": 0.5,
    "halving": 0.5,
}
_MULTIPLE = lazyre.compile(
    r"\b(?P<q>(?:more|less)\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+|over\s+)?"
    r"(?P<verb>" + "|".join(MULTIPLES) + r"|(?P<n>\w+)[\s-]fold)\b",
    re.I,
)
#: Changes by a fraction: "fell by a third", "rose by half".
_FRACTION = lazyre.compile(
    r"\b(?P<verb>" + "|".join(sorted(UP | DOWN, key=lambda w: (-len(w), w))) + r")\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+)?"
    r"(?P<frac>(?:a|one)[\s-](?:third|quarter|fifth|tenth)|half|a\s+half|two[\s-]thirds|three[\s-]quarters)\b(?!\s+of\b)",
    re.I)
_FRACTIONS = {"third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "half": 0.5, "two-thirds": 2 / 3,
              "three-quarters": 0.75}
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_WORD = lazyre.compile(r"[A-Za-z]+")
#: Rounding a newsroom accepts on top of the digits as written: half a percentage point, or
#: a tenth of the stated change, whichever is larger.
SLACK_POINTS = 0.5
SLACK_SHARE = 0.1


class ChangeMismatch(Rule):
    """What it flags: a change stated together with the figures it comes from, when the two do
    not agree: "up 12% from 50 to 60" (that is +20%), "tripled from 4 to 9" (x2.25),
    "halved from 30 to 20", "fell 5% from £40m to £44m" (a rise), "up two points from 5% to
    8%". The numbers are taken from one sentence: a percentage or multiple, a figure after
    "from" and a figure after "to".

    Rounding is allowed: the digits as written ("2.9%" may be 2.85% to 2.95%, "£3m" £2.5m
    to £3.5m) plus half a percentage point or a tenth of the stated change, whichever is
    larger; between two percentages a change may be meant in points; "nearly doubled" and
    "more than tripled" are read as such.

    Why: a change and its end points are often taken from different releases or periods,
    or one of them is mistyped; readers who do the sum lose trust in the rest.

    Instead: recompute the change from the figures, or check which figure is wrong.

    Fix safety: no fix: the change or either end point may be the wrong figure.
    """

    code = "FIG002"
    name = "change-mismatch"
    category = "figures"
    severity = Severity.WARNING
    #: Figures in quotations are still figures: a quote that contradicts the body is worth a query.
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "A stated change does not match the figures it is computed from."
    examples = {
        "fail": [
            "Membership rose 12% from 50 to 60 last year.",
            "The number of stores tripled from 4 to 9.",
            "Profits fell 5% from £40m to £44m.",
        ],
        "pass": [
            "Membership rose 20% from 50 to 60 last year.",
            "Quarterly profits jumped 76% to $1.13bn, from $639m a year earlier.",
            "The number of stores more than doubled from 4 to 9.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        by_sentence: Dict[int, List[Quantity]] = {}
        for q in in_scope(quantities(doc), self.applies_to):
            if q.sentence is not None and q.comparable:
                by_sentence.setdefault(id(q.sentence), []).append(q)
        for figures in by_sentence.values():
            if len(figures) < 2:
                continue
            for finding in self._sentence(doc, figures):
                yield finding

    def _sentence(self, doc: Document, figures: List[Quantity]) -> Iterator[Finding]:
        ends = _end_points(figures)
        if not ends:
            return
        used = {id(q) for pair in ends for q in pair}
        for p in figures:
            if id(p) in used:
                continue
            absolute = p.dim not in ("percent", "pp", "points")
            if absolute and not _BY.search(p.region.text, max(0, p.qual_start - 4), p.qual_start):
                continue  # an amount is a change only after "by": "grew by £8m to £40m"
            direction = _direction(p)
            if direction == 0:
                continue
            pair = _nearest(ends, p, used)
            if pair is None:
                continue
            start, end = pair
            if absolute and (start.key != p.key or start.unit != p.unit):
                continue
            lo, hi = sorted((p, start, end), key=lambda q: q.start)[::2]
            between = _PARENTHESES.sub("", p.region.text[lo.end : hi.start])
            if _CLAUSE_BREAK.search(between):
                continue  # "inflation fell from 3.2% to 2.9%, while wages rose 4%"
            ends.remove(pair)
            message = _check_change(p, start, end, direction)
            if message:
                yield self.report(doc, p.region, p.qual_start, p.extra.get("after", p.end), message)
        sentence = figures[0].sentence
        for m in _FRACTION.finditer(sentence.region.text, sentence.start, sentence.end):
            frac = _FRACTION_SPELLING.sub(lambda x: "-" if x.group().isspace() else "", m.group("frac").lower())
            frac = frac.replace("a-half", "half")
            share = _FRACTIONS.get(frac)
            pair = _after(ends, m.end())
            if share is None or pair is None:
                continue
            up = m.group("verb").lower() in UP
            start, end = pair
            if _check_multiple("", "", 1 + share if up else 1 - share, start, end):
                change = (end.value - start.value) / start.value * 100
                yield self.report(doc, sentence.region, m.start(), m.end(),
                                  f"{m.group()} here, but {start.text} to {end.text} is a change of {change:+.0f}%: "
                                  "the stated change and its figures disagree")
        for m in _MULTIPLE.finditer(sentence.region.text, sentence.start, sentence.end):
            factor = _factor(m)
            if factor is None:
                continue
            pair = _after(ends, m.end())
            if pair is None:
                continue
            message = _check_multiple(m.group("verb"), (m.group("q") or "").strip().lower(), factor, *pair)
            if message:
                region = sentence.region
                yield self.report(doc, region, m.start(), m.end(), message)


def _end_points(figures: List[Quantity]) -> List[Tuple[Quantity, Quantity]]:
    """Pairs (from, to) of figures of one kind in a sentence: "from 50 to 60", "to 60 from 50"."""
    froms = [q for q in figures if q.upper is None and (q.extra.get("lead") == "from" or _on_before(
        q.region.text, max(0, q.qual_start - 40), q.qual_start))]
    pairs = []
    for f in froms:
        best = None
        for t in figures:
            if t is f or t.upper is not None:
                continue
            # "from 1,500 to 1,800 points": a bare start takes the unit written after the end
            shares_unit = f.key == ("count", "") and f.region.text[f.end : t.start].strip() == "to"
            if t.key != f.key and not shares_unit:
                continue
            frame = context(t).frame
            if not frame or frame[0] != "to":
                continue
            if best is None or abs(t.start - f.start) < abs(best.start - f.start):
                best = t
        if best is not None and abs(best.start - f.start) < 160:
            lo, hi = sorted((f, best), key=lambda q: q.start)
            between = _PARENTHESES.sub("", f.region.text[lo.end : hi.start])
            if not _CLAUSE_BREAK.search(between):
                pairs.append((f, best))
    return pairs


_PARENTHESES = lazyre.compile(r"\([^()]*\)")
_FRACTION_SPELLING = lazyre.compile(r"^(?:a|one)[\s-]|\s+")
_NON_DIGITS = lazyre.compile(r"[^\d]*")
_SCALE_END = lazyre.compile(r"(?:bn|m|k|million|billion)$")
_BY = lazyre.compile(r"\bby\s+$", re.I)
_CLAUSE_BREAK = lazyre.compile(r";|\b(?:and|while|whereas|but|although)\b")
#: A starting point named by its time: "down 20% on last year's 500".
_ON_BEFORE = lazyre.compile(r"\b(?:up|down|\d%?)\s+(?:\S+\s+)?on\s+(?:last|the\s+previous|the\s+same\s+\w+\s+last)\s+"
                        r"(?:year|month|week|quarter|season)['’]s\s+$", re.I)


def _on_before(text: str, start: int, end: int) -> bool:
    """``_ON_BEFORE.search(text, start, end) is not None``. Every match holds an apostrophe
    ("last year's"), which most windows lack: two substring tests skip the search there."""
    if text.find("'", start, end) < 0 and text.find("’", start, end) < 0:
        return False
    return _ON_BEFORE.search(text, start, end) is not None


def _direction(p: Quantity) -> int:
    """+1 for a stated rise, -1 for a fall, 0 when the figure is not a change."""
    text = p.region.text
    before = [w.lower() for w in _WORD.findall(text[max(0, p.qual_start - 40) : p.qual_start])][-3:]
    after = [w.lower() for w in _WORD.findall(text[p.extra.get("after", p.end) : p.end + 25])][:2]
    if len(before) > 1 and before[-1] == "of" and before[-2] in _CHANGE_NOUNS:
        return _CHANGE_NOUNS[before[-2]]  # "an increase of 40%", "a fall of 2 points"
    if before and before[-1] in ("to", "from", "at", "of", "than", "with", "about", "around"):
        return 0  # "fell to 3%": a level, not a change
    if before and before[-1] == "by" and len(before) > 1:
        before = before[:-1]
    for w in reversed(before):
        if w in UP:
            return 1
        if w in DOWN:
            return -1
    if after:
        if after[0] in ("rise", "increase", "jump", "gain", "higher", "more", "up", "growth", "hike"):
            return 1
        if after[0] in ("fall", "drop", "decline", "cut", "lower", "less", "fewer", "down", "reduction", "slump"):
            return -1
    return 0


_CHANGE_NOUNS = {
    **dict.fromkeys("rise increase jump gain growth hike climb surge boost".split(), 1),
    **dict.fromkeys("fall drop decline cut reduction slump decrease loss".split(), -1),
}


def _nearest(ends: List[Tuple[Quantity, Quantity]], p: Quantity, used: set) -> Optional[Tuple[Quantity, Quantity]]:
    best = None
    for f, t in ends:
        d = min(abs(f.start - p.start), abs(t.start - p.start))
        if best is None or d < best[0]:
            best = (d, (f, t))
    return best[1] if best is not None and best[0] < 160 else None


def _after(ends: List[Tuple[Quantity, Quantity]], offset: int) -> Optional[Tuple[Quantity, Quantity]]:
    for f, t in ends:
        if 0 <= min(f.start, t.start) - offset < 40:
            return f, t
    return None


def _factor(m: "re.Match[str]") -> Optional[float]:
    verb = m.group("verb").lower()
    if verb in MULTIPLES:
        return MULTIPLES[verb]
    n = (m.group("n") or "").lower()
    if n.isdigit():
        return float(n)
    return float(_FOLD[n]) if n in _FOLD else None


def _changes(start: Quantity, end: Quantity, points: bool) -> Tuple[float, float]:
    """The smallest and largest change the two figures allow (percent, or points)."""
    s_lo, s_hi = start.value - start.half, start.value + start.half
    e_lo, e_hi = end.value - end.half, end.value + end.half
    if points:
        return e_lo - s_hi, e_hi - s_lo
    if s_lo <= 0:
        return float("-inf"), float("inf")
    cands = [(e - s) / s * 100 for s in (s_lo, s_hi) for e in (e_lo, e_hi)]
    return min(cands), max(cands)


def _check_change(p: Quantity, start: Quantity, end: Quantity, direction: int) -> str:
    if p.dim not in ("percent", "pp", "points"):
        return _check_amount(p, start, end, direction)
    points = p.dim in ("pp", "points")
    stated_lo, stated_hi = p.low, p.high
    # a change given in points is checked to its own digits; one in per cent gets the
    # newsroom's slack (it may also be meant in points)
    slack = max(0.05, SLACK_SHARE * p.value) if points else max(SLACK_POINTS, SLACK_SHARE * p.value)
    if direction < 0:
        stated_lo, stated_hi = -stated_hi, -stated_lo

    def agrees(as_points: bool) -> bool:
        lo, hi = _changes(start, end, as_points)
        return not (stated_hi + slack < lo or stated_lo - slack > hi)

    # between two percentages "fell 2%" is often meant as points: accept either reading
    if agrees(points) or (start.dim == end.dim == "percent" and not points and agrees(True)):
        return ""
    if True:
        actual = (end.value - start.value) if points else (end.value - start.value) / start.value * 100
        unit = " points" if points else "%"
        sign = "+" if actual >= 0 else ""
        return (f"{p.text} here, but {start.text} to {end.text} is a change of {sign}{actual:.1f}{unit}: "
                f"the stated change and its figures disagree")
    return ""


def _check_amount(p: Quantity, start: Quantity, end: Quantity, direction: int) -> str:
    """ "grew by £8m to £40m from £32m": the amount against the difference of the figures."""
    lo = (end.value - end.half) - (start.value + start.half)
    hi = (end.value + end.half) - (start.value - start.half)
    stated_lo, stated_hi = p.low * direction, p.high * direction
    if direction < 0:
        stated_lo, stated_hi = stated_hi, stated_lo
    slack = SLACK_SHARE * abs(p.value)
    if stated_hi + slack < lo or stated_lo - slack > hi:
        return (f"{p.text} here, but {start.text} to {end.text} is a change of {end.text if False else _amount(end, start)}: "
                f"the stated change and its figures disagree")
    return ""


def _amount(end: Quantity, start: Quantity) -> str:
    diff = end.value - start.value
    text = start.region.text[start.start : start.end]
    lead = _NON_DIGITS.match(text).group()
    scale = start.scale if start.scale > 1 else 1.0
    suffix = _SCALE_END.search(text)
    value = diff / scale
    shown = f"{value:+,.2f}".rstrip("0").rstrip(".")
    sign = shown[0]
    return f"{sign}{lead}{shown[1:]}{suffix.group() if suffix and scale > 1 else ''}"


def _check_multiple(verb: str, qualifier: str, factor: float, start: Quantity, end: Quantity) -> str:
    if start.value - start.half <= 0:
        return ""
    lo = (end.value - end.half) / (start.value + start.half)
    hi = (end.value + end.half) / (start.value - start.half)
    want_lo, want_hi = factor * 0.9, factor * 1.1
    if qualifier.startswith("more") or qualifier.startswith("over"):
        want_lo, want_hi = factor * 0.95, float("inf")
    elif qualifier.startswith("less"):
        want_lo, want_hi = 0.0, factor * 1.05
    elif qualifier in ("nearly", "almost"):
        want_lo, want_hi = (factor * 0.75, factor * 1.02) if factor >= 1 else (factor * 0.98, factor * 1.3)
    elif qualifier in ("roughly", "about"):
        want_lo, want_hi = factor * 0.8, factor * 1.2
    if hi < want_lo or lo > want_hi:
        ratio = end.value / start.value
        return (f"{(qualifier + ' ' if qualifier else '')}{verb} here, but {start.text} to {end.text} "
                f"is x{ratio:.2f}: the stated change and its figures disagree")
    return ""
