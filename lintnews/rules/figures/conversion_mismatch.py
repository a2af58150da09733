"""FIG004: a conversion in parentheses that does not match ("5 km (5 miles)")."""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.figures.facts import Rates, for_document
from lintnews.model import Finding, Severity
from lintnews.analysis.figures.extract import Quantity, as_metres, fresh_extra, in_scope, quantities
from lintnews.rule import Context, Rule
from lintnews.analysis.figures.units import from_base, lookup, to_base

__all__ = ["ConversionMismatch"]

#: Dimensions converted between units (currencies only with configured exchange rates).
CONVERTED = frozenset("length mass area volume speed temperature energy power data".split())
#: Relative slack on top of the digits as written: converted figures are rounded freely.
SLACK = 0.05
#: How far the rates of two conversions between one pair of currencies may differ, beyond
#: the rounding of their figures: rates move, and copy rounds.
RATE_SLACK = 0.06
_OPEN = lazyre.compile(r"\s*[(\[]\s*$")


_LIST_GAP = lazyre.compile(r"\s*[;,/]\s*(?:or\s+)?")
_CLOSE_NEXT = lazyre.compile(r"\s*[)\]]")


class ConversionMismatch(Rule):
    """What it flags: a figure followed by its conversion in parentheses when the two do not
    agree: "5 km (5 miles)" (5 km is 3.1 miles), "30C (96F)", "2 hectares (12 acres)".
    The tolerance follows the digits as written: a conversion written to three figures or
    more was worked out from the figure as given ("5 feet (1.52 m)" is right, "10 feet
    (3.42 m)" is not); a rounder one allows the rounding of both figures, a figure ending
    in zeros rounded to at most a twentieth of itself ("60 miles (100km)" passes, "a
    40-mile (80km) route" does not). Temperatures take the digits of both and a fifth of a
    degree ("36C (99F)" is off, since 36C is 96.8F); "degrees" with no scale is the scale
    its conversion is not ("minus 30 degrees (minus 16F)": minus 30C is minus 22F).
    A conversion given in words is read the same way: "40 hectares, or 99 acres", "- the
    equivalent of 99 acres", ", roughly 25 miles", "which is about 42 km", and across a
    full stop "In metric terms, that is 80 kilograms"; a part of the first figure ("10
    miles, or 5 km of it uphill") is not a conversion.
    Currencies ("£10 ($30)") are checked against the facts file's exchange rates when it
    gives them (``exchange-rates:``, see docs/facts.md), within the tolerance given there;
    without them, every conversion between one pair of currencies in a draft must use about
    the same rate: "€40m (£35m)" in one paragraph and "€40m (£31m)" in another cannot both
    be right (the figures' rounding and 6% are allowed); of several, the odd one out is
    reported. A rate the draft states itself ("300 yuan per mu (0.0667 hectare)", "a fixed
    rate of 2.20371 guilders to the euro", "one li is 500 metres") checks the conversions
    between those two units elsewhere in it ("2,400 mu (about 400 hectares)": 160), also
    through the units table (a rate in square metres for a conversion in hectares).

    Why: a botched conversion is a figure error in its own right, and it makes readers
    doubt the original figure too.

    Instead: redo the conversion (or drop it if it adds nothing).

    Fix safety: no fix: the original figure may be the wrong one, not its conversion.
    """

    code = "FIG004"
    name = "conversion-mismatch"
    category = "figures"
    severity = Severity.WARNING
    summary = "A conversion in parentheses does not match the figure it converts."
    context = True
    examples = {
        "fail": ["The trail is 5 km (5 miles) long.", "The temperature reached 30C (96F) on Monday."],
        "pass": [
            "The missile can travel 300 km (190 miles).",
            "The temperature reached 30C (86F) on Monday.",
            "Profits rose to $1.13bn (£600m).",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        figures = in_scope(quantities(doc), self.applies_to)
        rates: Optional[Rates] = None
        rates_loaded = False
        skip = -1
        brackets: Dict[int, bool] = {}  # paragraphs with a parenthesis, the only place a conversion is read
        pairs: List[Tuple[Quantity, Quantity]] = []  # currency conversions, to compare their rates
        for i, q in enumerate(figures):
            if i == skip:
                continue  # the "2in" of "6ft 2in"
            q, j = _with_sub_unit(figures, i)
            skip = j if j != i else -1
            region = figures[j].region
            has = brackets.get(id(region))
            if has is None:
                has = brackets[id(region)] = "(" in region.text or "[" in region.text
            inside = _inside_parentheses(figures, j) if has else []
            if not inside:
                inside = _said_again(figures, j)
            for r in inside:
                if q.dim == "length" and r.dim == "count":
                    r = as_metres(r)  # "6ft (2m)": metres, not millions, beside a length
                elif r.dim == "length" and q.dim == "count":
                    q = as_metres(q)
                if q.dim == "currency" and r.dim == "mass" and q.currency == "GBP" \
                        and q.text.lower().endswith(("pounds", "pound")):
                    message = _compare(q.replace(dim="mass", unit=lookup("lb"), extra=fresh_extra(q)), r, r.unit)
                elif q.dim == "currency" or r.dim == "currency":
                    if q.dim == "mass" and r.currency == "GBP" and r.text.lower().endswith(("pounds", "pound")):
                        message = _compare(q, r, lookup("lb"))
                    elif q.dim == r.dim == "currency" and q.currency != r.currency:
                        if not rates_loaded:
                            rates, rates_loaded = for_document(doc, context.facts_paths).rates, True
                        message = _compare_money(q, r, rates) if rates is not None else ""
                    else:
                        message = ""
                elif q.dim == r.dim and q.dim in CONVERTED and q.unit and r.unit and q.unit.key != r.unit.key:
                    message = _compare(q, r, r.unit)
                else:
                    message = ""
                if message:
                    yield self.report(doc, r.region, r.qual_start, r.extra.get("after", r.end), message)
                elif q.dim == r.dim == "currency" and q.currency != r.currency and rates is None:
                    pairs.append((q, r))
        yield from self._currency_pairs(doc, pairs)
        yield from self._stated_rate_pairs(doc, figures)

    def _stated_rate_pairs(self, doc: Document, figures: List[Quantity]) -> Iterator[Finding]:
        """A conversion between two units the draft gives the rate of itself: "300 yuan
        per mu (0.0667 hectare)" or "0.0667 hectares to the mu", then "2,400 mu (about
        400 hectares)" (160); "a fixed rate of 2.20371 guilders to the euro", then "10
        guilders (6.50 euros)" (4.54). Read for a unit the reader does not convert (a local measure,
        a currency without configured rates); the rounding of both figures and a tenth for
        "about" are allowed."""
        found = []
        region = None
        has = False
        for i, q in enumerate(figures[:-1]):
            if q.region is not region:
                region = q.region
                has = "(" in region.text
            if not has:
                continue
            r = figures[i + 1]
            if r.region is not region:
                continue
            text = region.text
            if text.find("(", q.end, r.qual_start) < 0:
                continue
            gap = _RATE_PAIR_GAP.fullmatch(text, q.extra.get("after", q.end), r.qual_start)
            if gap is None:
                continue
            u1 = _unit_name(q, gap.group("w"))
            tail = _WORD_AFTER.match(text, r.end) if r.dim == "count" and r.unit is None else None
            u2 = _unit_name(r, tail.group("w") if tail else None)
            if not u1 or not u2 or u1 == u2:
                continue
            if q.unit is not None and r.unit is not None and q.dim == r.dim and q.dim in CONVERTED:
                continue  # converted by the units table
            found.append((q, u1, r, u2, gap.group("w") or u1, tail.group("w") if tail else u2))
        if not found:
            return
        rates = _stated_rates(doc)
        for q, u1, r, u2, said1, said2 in found:
            rate = _rate_between(rates, u1, u2)
            if rate is None:
                continue
            n, where = rate
            expected = q.value * n
            lo_q, hi_q = q.value - _half(q), q.value + _half(q)
            lo, hi = lo_q * n, hi_q * n
            slack = 0.1 if r.qualifier or q.qualifier else 0.03
            b_lo, b_hi = r.value - _half(r), r.value + _half(r)
            if b_hi * (1 + slack) >= lo and b_lo * (1 - slack) <= hi:
                continue
            line = doc.position(where.source_span(0, 1)[0])[0] if where is not None else 0
            shown = r.region.text[r.qual_start : r.extra.get("after", r.end)]
            w1 = "" if q.unit is not None or q.dim == "currency" else " " + said1
            w2 = r.unit.key if r.unit is not None else (r.currency if r.dim == "currency" else said2)
            message = (f"{q.text}{w1} ({shown}{'' if r.unit is not None or r.dim == 'currency' else ' ' + said2}) here, "
                       f"but at the rate the draft gives on line {line}, {q.text}{w1} is about {_num(expected)} {w2}: "
                       "the conversion and the draft's own rate disagree")
            yield self.report(doc, r.region, r.qual_start, r.extra.get("after", r.end), message)

    def _currency_pairs(self, doc: Document, pairs: List[Tuple[Quantity, Quantity]]) -> Iterator[Finding]:
        """Conversions between one pair of currencies must use one rate within a draft:
        "€40m (£35m)" and, later, "€60m (£43m)" cannot both be right. A conversion whose
        rate disagrees with another is reported, unless more of the draft's conversions
        agree with it than with the other (the odd one out is the one to check)."""
        by_key: Dict[Tuple[str, str], List[Tuple[Quantity, Quantity, float, float]]] = {}
        for q, r in pairs:
            lo_q, hi_q = _interval(q)
            lo_r, hi_r = _interval(r)
            if lo_q <= 0 or lo_r <= 0 or q.qualifier or r.qualifier:
                continue
            by_key.setdefault((q.currency, r.currency), []).append((q, r, lo_r / hi_q, hi_r / lo_q))
        for items in by_key.values():
            if len(items) < 2:
                continue
            agree = [sum(1 for k, other in enumerate(items) if k != i and _same_rate(item, other))
                     for i, item in enumerate(items)]
            best = max(agree)
            for i, (q, r, lo, hi) in enumerate(items):
                against = [k for k, other in enumerate(items) if k != i and not _same_rate(items[i], other)]
                if not against:
                    continue
                if agree[i] == best and not any(k < i and agree[k] == best for k in against):
                    continue  # in a tie the later conversion is the one reported
                fq, fr = items[against[0]][0], items[against[0]][1]
                line = doc.position(r.region.source_span(r.start, r.end)[0])[0]
                other = doc.position(fr.region.source_span(fr.start, fr.end)[0])[0]
                where = "on this line" if other == line else f"on line {other}"
                message = (f"{q.text} ({r.text}) here is {_rate(r.value / q.value)} {r.currency} per {q.currency}, "
                           f"but {fq.text} ({fr.text}) {where} is {_rate(fr.value / fq.value)}: one draft, two "
                           f"exchange rates")
                yield self.report(doc, r.region, r.qual_start, r.extra.get("after", r.end), message)


#: A count, its unit word and an opening parenthesis before its conversion: "2,400 mu (about".
_RATE_PAIR_GAP = lazyre.compile(r"(?:\s+(?P<w>[a-z]{2,}))?\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|"
                                r"approximately\s+|nearly\s+|almost\s+)?")
_WORD_AFTER = lazyre.compile(r"\s+(?P<w>[a-z]{2,})")
#: A rate the draft states between two units, one of the second worth N of the first:
#: "2.20371 guilders to the euro", "15 kroner to one pound", "0.1 hectare per dunam",
#: "one li is 500 metres", "per mu (0.0667 hectare)".
_RATE_N_PER = lazyre.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?P<u>[a-z]{2,}(?:\s+(?!per\b|to\b|for\b)[a-z]{2,})?)\s+"
                             r"(?:to\s+(?:the|one|a|an|each|every)|"
                             r"per|for\s+(?:one|each|every|a|an))\s+(?P<w>[a-z]{2,})\b", re.I)
_RATE_ONE_IS = lazyre.compile(r"\b(?:one|1|each)\s+(?P<w>[a-z]{2,})\s+(?:is|equals|=|is\s+equal\s+to|is\s+worth|"
                              r"makes)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?P<n>\d[\d,]*(?:\.\d+)?)\s+"
                              r"(?P<u>[a-z]{2,}(?:\s+[a-z]{2,})?)\b", re.I)
_RATE_PER_PAREN = lazyre.compile(r"\bper\s+(?P<w>[a-z]{2,})\s*\(\s*(?:about\s+|around\s+|roughly\s+)?"
                                 r"(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?P<u>[a-z]{2,}(?:\s+[a-z]{2,})?)\s*\)", re.I)
_RATE_CUES = (" to the ", " to one ", " for every ", " for each ", " for one ")
_ONE_IS_CUES = (" is ", " equals ", "=", " makes ")
_ONE_CUES = ("one ", "One ", "1 ", "each ", "Each ")


def _norm_word(word: str) -> str:
    """A unit word as one name: the units table's key, an ISO currency code, or the word
    without a plural "s"."""
    from lintnews.analysis.figures.units import CURRENCY_WORDS
    w = word.lower()
    unit = lookup(w)
    if unit is not None:
        return unit.key
    if w in CURRENCY_WORDS:
        return CURRENCY_WORDS[w][0]
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _rate_between(rates: Dict[Tuple[str, str], Tuple[float, object]], a: str, b: str):
    """How many *b* one *a* is, by a rate the draft states, directly or through a unit of
    the units table ("One dunam is 1,000 square metres" gives dunams in hectares)."""
    if (a, b) in rates:
        return rates[(a, b)]
    target = lookup(b)
    if target is None or target.dim == "temperature":
        return None
    for (x, y), (n, where) in rates.items():
        if x != a:
            continue
        via = lookup(y)
        if via is not None and via.dim == target.dim and via.dim != "temperature":
            return n * via.factor / target.factor, where
    return None


def _norm_phrase(words: str) -> str:
    """A unit of one or two words ("square metres"; "hectares in" is "hectares")."""
    unit = lookup(words.lower())
    return unit.key if unit is not None else _norm_word(words.split()[0])


def _unit_name(q: Quantity, word: Optional[str]) -> str:
    if q.dim == "currency":
        return q.currency
    if q.unit is not None:
        return q.unit.key
    if q.dim == "count" and q.scale == 1.0 and word:
        return _norm_word(word)
    return ""


def _stated_rates(doc: Document) -> Dict[Tuple[str, str], Tuple[float, object]]:
    """Every rate between two units the draft states: {(a, b): (how many b one a is, its
    region)}, both ways round."""
    out: Dict[Tuple[str, str], Tuple[float, object]] = {}
    for region in doc.regions:
        text = region.text
        per = " per " in text
        patterns = []
        if per or any(c in text for c in _RATE_CUES):
            patterns.append(_RATE_N_PER)
        if per and "(" in text:
            patterns.append(_RATE_PER_PAREN)
        if any(c in text for c in _ONE_IS_CUES) and any(c in text for c in _ONE_CUES):
            patterns.append(_RATE_ONE_IS)
        for rx in patterns:
            for m in rx.finditer(text):
                try:
                    n = float(m.group("n").replace(",", ""))
                except ValueError:
                    continue
                w, u = _norm_word(m.group("w")), _norm_phrase(m.group("u"))
                if n <= 0 or w == u or w in _NOT_UNITS or u in _NOT_UNITS:
                    continue
                out.setdefault((w, u), (n, region))  # one w is n u
                out.setdefault((u, w), (1.0 / n, region))
    return out


#: Words after "per" or "to the" that are no unit of anything converted ("per cent", "to the
#: north", "per day").
_NOT_UNITS = frozenset("cent centum day week month year hour minute head capita person north south east west "
                       "left right end top bottom same time".split())


def _num(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.3g}"


def _same_rate(a: tuple, b: tuple) -> bool:
    return not (a[3] * (1 + RATE_SLACK) < b[2] or a[2] > b[3] * (1 + RATE_SLACK))


def _rate(x: float) -> str:
    return f"{x:.3g}" if 1e-3 <= x < 1e4 else f"{x:.2e}"


def _with_sub_unit(figures: List[Quantity], i: int) -> Tuple[Quantity, int]:
    """ "6ft 2in", "10st 5lb": the figure with the smaller unit after it added, and the index
    whose parenthesis to read."""
    q = figures[i]
    if i + 1 < len(figures) and q.unit is not None and q.unit.key in _SUB_UNITS:
        nxt = figures[i + 1]
        if nxt.unit is not None and nxt.unit.key == _SUB_UNITS[q.unit.key] \
                and q.region.text[q.end : nxt.qual_start].strip() in ("", "and"):
            extra = from_base(to_base(nxt.value, nxt.unit), q.unit)
            half = max(q.half, from_base(to_base(nxt.half, nxt.unit), q.unit))
            return q.replace(value=q.value + extra, half=half, end=nxt.end, extra=fresh_extra(q)), i + 1
    return q, i


_SUB_UNITS = {"ft": "inches", "stone": "lb", "lb": "oz"}


def _inside_parentheses(figures: List[Quantity], i: int) -> List[Quantity]:
    """Figures in the parenthesis right after ``figures[i]``: "(190 miles)", "($89m; £47m)"."""
    q = figures[i]
    text = q.region.text
    end = q.extra.get("after", q.end)
    out = []
    for r in figures[i + 1 : i + 4]:
        if r.region is not q.region:
            break
        gap = text[end : r.qual_start]
        if not out and _OPEN.fullmatch(gap) is None:
            break
        if out and not _LIST_GAP.fullmatch(gap):
            break
        if q.dim == "length" and r.dim == "count":
            r = as_metres(r)  # "(1.52 m)": read to its metre sign
        out.append(r)
        end = max(r.extra.get("after", r.end), r.end)
    return out if out and _CLOSE_NEXT.match(text[end : end + 3]) else []


#: The words that give a figure again in another unit without brackets: "40 hectares, or
#: 99 acres", "- the equivalent of", "equal to", ", roughly", "which is about", and across a
#: full stop "In metric terms, that is ...", "That is ...".
_SAID_AGAIN = lazyre.compile(
    r"\s*(?:,|\s[-\u2013\u2014]|:)?\s*(?:or|(?:the\s+)?equivalent\s+(?:of|to)|equal\s+to|(?:that|which)\s+is"
    r"|(?:that|which)['\u2019]s|i\.e\.|roughly|approximately|about|around)\s*(?:roughly|approximately|about|around"
    r"|some|nearly|almost|just\s+(?:over|under))?\s*"
    # (across a full stop, after the few words of what was measured: "300 hectares of
    # forest. That is about 740 acres")
    r"|(?:\s+(?:of|in|on|across|around|at|near)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?"
    r"\s*[.;]\s+(?:In\s+(?:metric|imperial)\s+(?:terms|units|measures?)\s*,?\s*(?:that\s+is|that['\u2019]s)?"
    r"|That\s+is|That['\u2019]s)\s*,?\s*(?:roughly|approximately|about|around|some|nearly|almost)?\s*",
    re.IGNORECASE)


_PART_OF = lazyre.compile(r"\s+(?:of\s+(?:it|which|them|those|these|that)|were|was)\b", re.IGNORECASE)
_BARE_GAP = lazyre.compile(r"\s*(?:,|\s[-\u2013\u2014])\s*")


#: The adjective a measure takes before it is said again: "feet tall", "miles long".
_DIMENSION_WORD = lazyre.compile(r"\s+(?:tall|high|long|wide|deep|thick|across|away|high\s+up)(?=\s*(?:,|\s[-\u2013\u2014]|:|\())",
                                 re.IGNORECASE)


def _said_again(figures: List[Quantity], i: int) -> List[Quantity]:
    """The figure right after ``figures[i]`` when the words between give it again in
    another unit of the same measure: "40 hectares, or 99 acres", "160 km, roughly 99
    miles", "176 pounds. In metric terms, that is 80 kilograms"."""
    q = figures[i]
    if i + 1 >= len(figures):
        return []
    r = figures[i + 1]
    if r.region is not q.region:
        return []
    pound = q.dim == "currency" and q.currency == "GBP" and q.text.lower().endswith(("pounds", "pound"))
    if pound:
        if r.dim != "mass":
            return []
    elif q.dim != r.dim or q.dim not in CONVERTED or q.unit is None or r.unit is None or q.unit.key == r.unit.key:
        return []
    if q.upper is not None or r.upper is not None:
        return []
    gap = q.region.text[q.extra.get("after", q.end) : r.qual_start]
    if len(gap) > 60:
        return []
    dim = _DIMENSION_WORD.match(gap)
    if dim is not None:
        gap = gap[dim.end() :]  # "1,250 feet tall - about 381 metres": the measure's adjective
    if _SAID_AGAIN.fullmatch(gap) is None and not (r.qualifier == "about" and _BARE_GAP.fullmatch(gap)):
        return []  # ", roughly 99 miles", "- the equivalent of 99 acres": the approximation is r's own
    if _PART_OF.match(q.region.text, r.extra.get("after", r.end)):
        return []  # "10 miles, or 5 km of it uphill": a part, not the whole again

    return [r]


def _half(q: Quantity) -> float:
    """The rounding of *q*'s last digit; a number in words ("three inches") is a whole
    number, rounded to one as "3 inches" is."""
    if q.half == 0 and not any(ch.isdigit() for ch in q.text):
        return 0.5 * q.scale
    return q.half


def _interval(q: Quantity) -> Tuple[float, float]:
    """The values *q* allows: its digits, and a bound's open side ("over 30C"). An
    approximation ("around 20C (72F)") is not widened: the conversion converts the same
    rough figure, so "around" makes both sides rough alike."""
    lo, hi = q.value - _half(q), (q.upper if q.upper is not None else q.value) + _half(q)
    if q.qualifier in ("over", "under"):
        lo, hi = q.low, q.high
    return lo, hi


def _digits(q: Quantity) -> Tuple[float, float]:
    """The values *q*'s digits allow, without its bound: "below 21C (70F)" converts the
    21, whatever lies below it."""
    if q.qualifier in ("over", "under"):
        return q.value - _half(q), (q.upper if q.upper is not None else q.value) + _half(q)
    return _interval(q)


#: Units with a UK and a US size: (US, UK, the size they are read at), in litres.
_LOOSE = {"gallons": (3.785, 4.546, 4.0), "pints": (0.473, 0.568, 0.52)}


def _significant(q: Quantity) -> int:
    """How many significant digits *q* is written with ("1.52": 3, "80": 1, "1,600": 2)."""
    digits = "".join(ch for ch in q.text.split("-")[-1] if ch.isdigit() or ch == ".")
    if "." in digits:
        return len(digits.replace(".", "").lstrip("0"))
    return len(digits.lstrip("0").rstrip("0"))


def _rounded(q: Quantity) -> Tuple[float, float]:
    """The values a figure in a conversion stands for, by its digits: a figure that ends
    in zeros was rounded, but to no more than a twentieth of itself ("100km" 95-105,
    "1,600km" 1,550-1,650); others to their last digit ("29lb", "1.52m")."""
    lo, hi = _digits(q)
    digits = "".join(ch for ch in q.text if ch.isdigit() or ch == ".")
    if q.qualifier not in ("over", "under") and "." not in digits and digits.rstrip("0") != digits and q.value:
        zeros = len(digits) - len(digits.rstrip("0"))
        half = min(0.5 * 10 ** zeros * q.scale, 0.05 * abs(q.value))
        lo, hi = min(lo, q.value - half), max(hi, (q.upper if q.upper is not None else q.value) + half)
    return lo, hi


def _compare(q: Quantity, r: Quantity, unit) -> str:
    lo, hi = _digits(q)
    if q.unit is None or unit is None:
        return ""
    if unit.dim != "temperature" and not q.qualifier and not r.qualifier and q.upper is None and r.upper is None:
        # the tolerance follows the digits as written: a conversion written to three
        # figures or more ("5 feet (1.52 m)") was worked out from the figure as given;
        # a rounder one allows the rounding of both ("40 miles (64km)", "60 miles (100km)")
        if _significant(r) >= 3:
            lo = hi = q.value
        else:
            lo, hi = _rounded(q)
        conv = sorted(from_base(to_base(v, q.unit), unit) for v in (lo, hi))
        if unit.key in _LOOSE or q.unit.key in _LOOSE:
            pass  # UK or US gallons and pints: read below, with the loose rule
        else:
            rlo, rhi = _rounded(r)
            width = 0.005 * max(abs(conv[1]), 1e-9)  # the conversion factor's own rounding
            if conv[1] + width < rlo or conv[0] - width > rhi:
                exact = from_base(to_base(q.value, q.unit), unit)
                return f"{q.text} ({r.text}): {q.text} is {_fmt(exact)} {unit.key}, not {r.text}"
            return ""
    conv = sorted(from_base(to_base(v, q.unit), unit) for v in (lo, hi))
    # gallons and pints are UK or US (4.546 or 3.785 litres; 0.568 or 0.473), read as one
    # value between: either is accepted
    if unit.key in _LOOSE and q.unit.key != unit.key:
        us, uk, read = _LOOSE[unit.key]
        conv = [conv[0] * read / uk, conv[1] * read / us]
    elif q.unit.key in _LOOSE and unit.key != q.unit.key:
        us, uk, read = _LOOSE[q.unit.key]
        conv = [conv[0] * us / read, conv[1] * uk / read]
    width = SLACK * max(abs(conv[0]), abs(conv[1]), 1e-9)
    rlo, rhi = _digits(r)
    if unit.dim == "temperature":
        # an absolute tolerance: the digits of both figures as written and a fifth of a
        # degree more ("36C (99F)" is off, 36C being 96.8F; "-3C (27F)" is right)
        width = 0.2
    if conv[1] + width < rlo or conv[0] - width > rhi:
        exact = from_base(to_base(q.value, q.unit), unit)
        return f"{q.text} ({r.text}): {q.text} is {_fmt(exact)} {unit.key}, not {r.text}"
    return ""


def _compare_money(q: Quantity, r: Quantity, rates: Rates) -> str:
    lo, hi = _interval(q)
    conv = [rates.convert(v, q.currency, r.currency) for v in (lo, hi)]
    if conv[0] is None or conv[1] is None:
        return ""
    width = (rates.tolerance + SLACK) * max(conv)
    rlo, rhi = _interval(r)
    if max(conv) + width < rlo or min(conv) - width > rhi:
        exact = rates.convert(q.value, q.currency, r.currency) or 0.0
        return (f"{q.text} ({r.text}): at the configured rate {q.text} is about {_money(exact, r.currency)}, "
                f"not {r.text}")
    return ""


def _fmt(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _money(value: float, code: str) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{value / scale:.2f}{suffix} {code}"
    return f"{value:,.2f} {code}"
