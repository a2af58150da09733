"""Rates and products: an average against its total and count, a unit price times the
number who paid against the sum raised.

:func:`rate_statements` finds, in one sentence or two adjacent ones,

* an average and the two figures it divides: "112,000 patients in 14 practices, an
  average of 9,000 patients per practice", "£4.2m shared among 300 staff, or £14,000
  each", "averaging 40 a day over 30 days, 1,500 in all";
* a unit price, a count of those who paid it and the total raised: "Venice collected
  €2.4m from its €5 fee ... The fee was paid by 385,000 visitors", "2,000 tickets at £45
  each raised £90,000", "the £3 levy on 1.2 million households will raise £3.6m".
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from lintnews.analysis.figures.context import stem
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Sentence

__all__ = ["RateStatement", "rate_statements"]


@dataclass
class RateStatement:
    """``rate`` should be ``total / count`` (``kind`` ``average``) or ``total`` should be
    ``rate x count`` (``kind`` ``product``)."""

    kind: str
    rate: Figure
    count: Figure
    total: Figure


def rate_statements(doc: Document) -> List[RateStatement]:
    figures = [f for f in read_figures(doc) if f.quantity is not None and f.comparable and f.sentence is not None
               and f.kind in ("count", "currency", "length", "mass", "volume", "energy")]
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in figures:
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    out: List[RateStatement] = []
    for k, sentence in enumerate(order):
        here = by_sentence[id(sentence)]
        before = by_sentence[id(order[k - 1])] if k and _adjacent(order[k - 1], sentence) else []
        low = sentence.text.lower()
        st = (_average(sentence, here) if _AVERAGE_WORDS.search(low) else None) \
            or (_product(here, before) if _may_be_product(here, before) else None)
        if st is not None:
            out.append(st)
    return out


#: Words one of which an average's sentence holds ("an average of", "averaging", "each",
#: "per", "apiece", "a head", ", or £9,000 ...").
_AVERAGE_WORDS = lazyre.compile(r"averag|\beach\b|\bper\b|apiece|\ba head\b|, or |\ba (?:day|week|month|year|head|"
                                r"ward|school|branch|club|site|practice|depot|person|household|visitor)\b")


def _may_be_product(here: List[Figure], before: List[Figure]) -> bool:
    """A product needs two sums of money (a price and a total) and a count."""
    pool = before + here
    money = sum(1 for f in pool if f.kind == "currency")
    return money >= 2 and any(f.kind == "count" for f in pool)


def _adjacent(a: Sentence, b: Sentence) -> bool:
    if a.region is b.region:
        return b.index == a.index + 1
    return b.region.index == a.region.index + 1 and b.index == 0


# --------------------------------------------------------------------------- averages

def _average(sentence: Sentence, figures: List[Figure]) -> Optional[RateStatement]:
    text = sentence.region.text
    for a in figures:
        end = a.quantity.extra.get("after", a.end)
        lead = _AVG_LEAD.search(text, max(sentence.start, a.qual_start - 25), a.qual_start)
        per = _PER.match(text, end)
        if per is None or not (lead or _EACH.match(text, end)):
            continue
        unit = stem(per.group("unit") or "") if per.group("each") is None else ""
        thing = stem(per.group("thing") or a.thing or "")
        count = total = None
        for f in figures:
            if f is a:
                continue
            noun = stem(f.thing) if f.thing else ""
            if f.kind == "count" and (unit and noun == unit or not unit and a.kind != "count" and f.end <= a.start):
                count = f  # "per practice": the practices; "£9,000 each": the count before it
            elif f.kind == a.kind and f.currency == a.currency and (not thing or noun == thing or a.kind != "count"
                                                                      or not noun) and f.value > a.value:
                total = f if total is None or f.value > total.value else total
        if count is not None and total is not None and count.value > 1:
            return RateStatement("average", a, count, total)
    return None


_AVG_LEAD = lazyre.compile(r"\b(?:an\s+average\s+of|average\s+of|averaging|a\s+mean\s+of|(?:,|\bor)\s+(?:about\s+|around\s+|"
                           r"roughly\s+|some\s+|just\s+over\s+|just\s+under\s+)?)\s*$", re.I)
_PER = lazyre.compile(r"(?:\s+(?P<thing>[a-z]+))?\s+(?:per|a|an|for\s+each|each)\s+(?P<unit>[a-z]+)\b"
                      r"|(?P<each>\s+each)\b", re.I)
_EACH = lazyre.compile(r"\s+(?:[a-z]+\s+)?(?:each|apiece|a\s+head|per\s+head)\b", re.I)


# --------------------------------------------------------------------------- products

_PRICE_NEAR = lazyre.compile(r"\b(?:fee|fees|charge|levy|ticket|tickets|price|fare|toll|tax|subscription|entry|admission|"
                             r"each|apiece|a\s+head|per\s+head|a\s+ticket|per\s+ticket)\b", re.I)
_RAISED_BEFORE = lazyre.compile(r"\b(?:raised?|raising|collected|collect|collects|collecting|brought\s+in|bringing\s+in|"
                                r"bring\s+in|generated?|generating|took|taking|earned|earning|netted|yielded?|"
                                r"revenue\s+of|income\s+of|takings\s+of|worth)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|"
                                r"around\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+over\s+)?$", re.I)
_PAYERS_NEAR = lazyre.compile(r"\b(?:paid|pay|pays|paying|bought|buy|sold|sell|charged|registered|subscribers?|"
                              r"visitors|customers|fans|households|passengers|members|users|drivers|motorists)\b", re.I)


def _product(here: List[Figure], before: List[Figure]) -> Optional[RateStatement]:
    pool = before + here
    if not any(f in here for f in pool):
        return None
    prices = [f for f in pool if f.kind == "currency" and _is_price(f)]
    totals = [f for f in pool if f.kind == "currency" and _is_total(f)]
    counts = [f for f in pool if f.kind == "count" and f.value >= 2 and _is_payers(f)]
    for price in prices:
        for total in totals:
            if total.currency != price.currency or total.value <= price.value or total is price:
                continue
            for count in counts:
                if count not in here and price not in here and total not in here:
                    continue
                if count.sentence is not price.sentence and total.sentence is not price.sentence \
                        and count.sentence is not total.sentence:
                    continue
                if _split(price, count, total):
                    continue  # "Fans paid £25 each; 4,000 attended": another clause
                return RateStatement("product", price, count, total)
    return None


def _is_price(f: Figure) -> bool:
    text = f.region.text
    end = f.quantity.extra.get("after", f.end)
    return _PRICE_NEAR.search(text, end, min(len(text), end + 25)) is not None \
        or _PRICE_BEFORE.search(text, max(0, f.qual_start - 20), f.qual_start) is not None


_PRICE_BEFORE = lazyre.compile(r"\b(?:at|for|costing|priced\s+at|a|its|the)\s+$", re.I)


def _is_total(f: Figure) -> bool:
    text = f.region.text
    return _RAISED_BEFORE.search(text, max(0, f.qual_start - 30), f.qual_start) is not None


def _is_payers(f: Figure) -> bool:
    text = f.region.text
    lo = max(f.sentence.start if f.sentence is not None else 0, f.qual_start - 30)
    end = f.quantity.extra.get("after", f.end)
    return _PAYERS_NEAR.search(text, lo, min(len(text), end + 30)) is not None



def _split(*figures: Figure) -> bool:
    """Two of the figures share a sentence with a semicolon between them."""
    for a in figures:
        for b in figures:
            if a is not b and a.sentence is b.sentence and a.start < b.start \
                    and ";" in a.region.text[a.end : b.start]:
                return True
    return False
