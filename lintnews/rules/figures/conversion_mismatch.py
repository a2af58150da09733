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
    reported.

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
