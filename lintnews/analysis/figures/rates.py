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

from typing import Dict, List, Optional, Sequence

from lintnews.analysis.figures.context import FOR_EVERY, stem
from lintnews.analysis.figures.nouns import is_person_noun, noun_class

from lintnews.analysis.figures.numbers import parse_words
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.analysis.figures.referents import noun_referent
from lintnews.matching import patterns as lazyre
from lintnews.records import ValueRecord
from lintnews.text.document import Document, Sentence

__all__ = ["RateStatement", "rate_statements"]


class RateStatement:
    """``rate`` should be ``total / count`` (``kind`` ``average``) or ``total`` should be
    ``rate x count`` (``kind`` ``product``)."""

    kind: str
    rate: Figure
    count: Figure
    total: Figure

    __slots__ = ("kind", "rate", "count", "total")

    def __init__(self, kind: str, rate: Figure, count: Figure, total: Figure) -> None:
        self.kind = kind
        self.rate = rate
        self.count = count
        self.total = total

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"kind={self.kind!r}, "
            f"rate={self.rate!r}, "
            f"count={self.count!r}, "
            f"total={self.total!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.kind, self.rate, self.count, self.total) == (
                other.kind, other.rate, other.count, other.total
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value and mutable


def rate_statements(doc: Document) -> List[RateStatement]:
    every = read_figures(doc)
    figures = [f for f in every if f.quantity is not None and f.comparable and f.sentence is not None
               and f.kind in ("count", "currency", "length", "mass", "volume", "energy", "area", "power", "duration")]
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
        averages = _holds_average_word(low)
        st = (_average(sentence, here) if averages else None) \
            or (_one_for_every(sentence, here) if "for every" in low and len(here) >= 3 else None) \
            or (_product(here, before) if _may_be_product(here, before) else None) \
            or (_unit_product(doc, sentence, here) if sum(f.kind == "currency" for f in here) >= 2 else None) \
            or (_average_across(doc, sentence, here) if averages else None) \
            or (average_anywhere(every, sentence, here) if averages else None) \
            or (average_of_each(sentence, here) if averages and len(here) >= 3 else None) \
            or (distributed(sentence, here) if averages and 3 <= len(here) <= 4 else None) \
            or (_count_product(sentence, here) if (averages or "every" in low or " of " in low) and len(here) >= 3
                else None) \
            or (_average_across_count(sentence, here) if averages and len(here) >= 3 else None) \
            or (_every_then_count(sentence, here) if len(here) >= 3 and ("very " in low or "ach " in low) else None) \
            or (_named_average_total(figures, k, order, by_sentence, here) if averages and len(here) >= 2 else None)
        if st is not None and not (st.kind == "average" and not _fits(st) and _another_fits(st, here)):
            out.append(st)
    return out


def _count_product(sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """A count of things, what each holds and the total, in one sentence: "14 coaches, each
    carrying 52 fans - 728 supporters in all"; "The 36 volunteers each gave eight hours,
    288 hours between them"; "Nine lorries carrying 24 tonnes apiece delivered 216
    tonnes"; "18 classrooms with 30 pupils in each, making 540 pupils". The amount each
    holds is marked ("each carrying", "apiece", "in each"); the count is the figure of
    things just before it; the total is the one later figure of the amount's kind and unit,
    larger than both, said to be a total ("in all", "between them", "making") or the
    sentence's only other figure."""
    text = sentence.region.text
    for i, r in enumerate(here):
        if i == 0 or r.approx:
            continue
        end = r.quantity.extra.get("after", r.end)
        each_before = _EACH_LEAD.search(text, max(sentence.start, r.qual_start - 30), r.qual_start)
        count = here[i - 1]
        each_of = _EACH_ONE_OF.search(text, max(sentence.start, count.qual_start - 20), count.qual_start)
        # "14 teams of six volunteers": groups of a size
        groups_of = count.quantity is not None and _GROUPS_OF.fullmatch(
            text, count.quantity.extra.get("after", count.end), r.qual_start) is not None
        if not (each_before or each_of or groups_of or _EACH_TRAIL.match(text, end)):
            continue
        if count.kind != "count" or count.value < 2 or count.approx or count.role in ("change", "share"):
            continue
        if r.qual_start - count.end > 45 or _PRODUCT_BREAK.search(text, count.end, r.qual_start):
            continue
        if count.thing and r.thing and stem(count.thing) == stem(r.thing) and r.kind == "count":
            continue  # "40 of the 65 pupils each": the same things
        later = [t for t in here[i + 1 :] if t.kind == r.kind and t.currency == r.currency
                 and (r.kind == "count" or t.unit == r.unit)]
        if len(later) != 1:
            continue
        total = later[0]
        if total.value <= max(r.value, count.value) or total.role in ("change", "share", "rate"):
            continue
        t_end = total.quantity.extra.get("after", total.end)
        cue = _PRODUCT_TOTAL_BEFORE.search(text, max(sentence.start, total.qual_start - 25), total.qual_start) \
            or _PRODUCT_TOTAL_AFTER.match(text, t_end) \
            or _PRODUCT_TOTAL_AFTER_NOUN.match(text, t_end)
        if r.kind in ("count", "currency") and total.thing and r.thing and stem(total.thing) != stem(r.thing) \
                and noun_class(total.thing) != noun_class(r.thing) \
                and not (cue and total.thing in ("people", "persons") and (_people(r.thing) or r.kind == "count")) \
                and not (total.thing in ("people", "persons", "spectators", "guests", "visitors", "passengers")
                         and r.thing in _CAPACITY):
            continue  # (a measure's unit is its thing: "35 miles of road ... 700 miles overnight")
        if not cue and len(here) != 3:
            continue
        if _PRODUCT_BREAK.search(text, end, total.qual_start):
            continue
        if not cue and _ANOTHER_SUBJECT.search(text, end, total.qual_start):
            continue  # "the four schools get €200,000 each and the library €450,000": another's amount
        return RateStatement("product", r, count, total)
    return None


def _every_then_count(sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """What each holds said before the count: "Every table seats eight, so the 45 tables
    give room for 360 diners"; and an equal share said after the total: "Each of the 30
    schools will get an equal share of the £1.5m, or £50,000"."""
    text = sentence.region.text
    for i, r in enumerate(here):
        m = _EVERY_NOUN.search(text, max(sentence.start, r.qual_start - 40), r.qual_start)
        if m is None or r.approx:
            continue
        noun = stem(m.group("noun"))
        rest = here[i + 1 :]
        count = next((c for c in rest if c.kind == "count" and c.thing and stem(c.thing) == noun), None)
        if count is None or count.approx:
            continue
        later = [t for t in rest if t.start > count.end and t.kind == r.kind and t.currency == r.currency]
        if len(later) != 1 or later[0].value <= max(r.value, count.value) or _PRODUCT_BREAK.search(text, r.end, later[0].qual_start):
            continue
        return RateStatement("product", r, count, later[0])
    for i, total in enumerate(here[:-1]):
        if not _EQUAL_SHARE.search(text, max(sentence.start, total.qual_start - 30), total.qual_start):
            continue
        count = next((c for c in reversed(here[:i]) if c.kind == "count" and c.value >= 2 and not c.approx), None)
        rate = here[i + 1]
        if count is None or rate.kind != total.kind or rate.currency != total.currency or rate.value >= total.value:
            continue
        if not _OR_RATE.fullmatch(text, total.quantity.extra.get("after", total.end), rate.qual_start):
            continue
        return RateStatement("average", rate, count, total)
    return None


#: "Every table seats", "Each coach carries": what every one of a noun holds.
_EVERY_NOUN = lazyre.compile(r"\b(?:every|each)\s+(?P<noun>[a-z]+)\s+(?:[a-z]+\s+){1,2}?(?:about\s+|up\s+to\s+)?$", re.I)
_EQUAL_SHARE = lazyre.compile(r"\b(?:an\s+)?(?:equal|even)\s+(?:share|cut|part|portion)\s+of\s+(?:the\s+|a\s+|its\s+)?$",
                              re.I)
_OR_RATE = lazyre.compile(r"\s*,\s*(?:or|that\s+is|some|about)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?", re.I)


def _average_across_count(sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """An average over a count given right after it, and a total: "Donations averaged £250
    across 60 families, £15,000 in total"; "An average of £300 across 40 households came to
    £12,000 in all"."""
    text = sentence.region.text
    for i, a in enumerate(here[:-2]):
        if a.approx in ("over", "under") or not _AVG_WORD_BEFORE.search(text, max(sentence.start, a.qual_start - 25),
                                                                          a.qual_start):
            continue
        count = here[i + 1]
        end = a.quantity.extra.get("after", a.end)
        if count.kind != "count" or count.value < 2 or count.approx or not _ACROSS_GAP.fullmatch(text, end,
                                                                                                  count.qual_start):
            continue
        rest = [t for t in here[i + 2 :] if t.kind == a.kind and t.currency == a.currency and t.unit == a.unit]
        if len(rest) != 1 or rest[0].value <= a.value or rest[0].role in ("change", "share", "rate"):
            continue
        total = rest[0]
        t_end = total.quantity.extra.get("after", total.end)
        if not (_PRODUCT_TOTAL_AFTER.match(text, t_end) or _PRODUCT_TOTAL_AFTER_NOUN.match(text, t_end)
                or _PRODUCT_TOTAL_BEFORE.search(text, max(sentence.start, total.qual_start - 25), total.qual_start)
                or _TOTAL_CUE.search(text, max(sentence.start, total.qual_start - 30), total.qual_start)):
            continue
        if _PRODUCT_BREAK.search(text, count.end, total.qual_start):
            continue
        return RateStatement("average", a, count, total)
    return None


_AVG_WORD_BEFORE = lazyre.compile(r"\b(?:an\s+average\s+of|average\s+of|averaged|averaging|averages|a\s+mean\s+of)\s+"
                                  r"(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
#: "£250 across 60 families", "£300 for each of the 40 households".
_ACROSS_GAP = lazyre.compile(r"(?:\s+[a-z]+)?\s+(?:across|among|between|over|for|from)\s+(?:the\s+|its\s+|their\s+|"
                             r"each\s+of\s+(?:the\s+)?)?", re.I)


#: What each of a group holds: "each carrying 52", "each gave eight", "with 30 ... in each".
_EACH_LEAD = lazyre.compile(r"\beach\s+(?:[a-z]+\s+){0,2}?$|\beach\s+(?:of\s+)?(?:them\s+|which\s+)?"
                            r"(?:carrying|holding|with|gave|giving|paid|paying|gets|got|received|receiving|worth|"
                            r"costing|weighing|seating|containing|has|had|have)\s+(?:about\s+|around\s+)?$", re.I)
#: What holds one person each: "16 rows of 25 seats ... holds 400 people".
_CAPACITY = frozenset("seats places beds berths spaces tickets".split())


def _people(noun: str) -> bool:
    return noun in ("people", "persons") or is_person_noun(stem(noun))


_GROUPS_OF = lazyre.compile(r"\s+(?:teams|groups|boxes|bags|crates|packs|sets|rows|squads|crews|batches|pallets|"
                            r"classes|units|blocks|lots|bundles|cases|trays)\s+of\s+")
#: "Each of the eight crews fitted 15", "Every one of the 48 members paid £25".
_EACH_ONE_OF = lazyre.compile(r"\b(?:each|every\s+one|each\s+one)\s+of\s+(?:the|its|their|our|these|those)\s+$", re.I)
_EACH_TRAIL = lazyre.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:each|apiece|in\s+each|on\s+each|per\s+(?:head|vehicle|"
                             r"lorry|truck|bus|coach|boat|team|class|classroom|room|household|person))\b", re.I)
#: The total of a product: "- 728 supporters in all", "making 540", "288 hours between them".
_PRODUCT_TOTAL_BEFORE = lazyre.compile(r"(?:\b(?:making|a\s+total\s+of|totalling|in\s+total|or|giving|bringing)|[-–—:])"
                                       r"\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
_PRODUCT_TOTAL_AFTER = lazyre.compile(r"\s+(?:in\s+all|in\s+total|altogether|between\s+them|combined|all\s+told)\b",
                                      re.I)
_PRODUCT_TOTAL_AFTER_NOUN = lazyre.compile(r"(?:\s+[a-z]+){1,3}?\s+(?:in\s+all|in\s+total|altogether|between\s+them|"
                                           r"combined|all\s+told)\b", re.I)
_PRODUCT_BREAK = lazyre.compile(r"[;.]|\b(?:but|while|whereas|although|though|compared|against|than)\b", re.I)


def _another_fits(st: RateStatement, here: List[Figure]) -> bool:
    """Whether another figure of its sentence, put for the total or the count, makes the
    average multiply out ("Revenue was £20m, ... the 150 staff shared a £300,000 bonus,
    around £2,000 each": the bonus is the total): then the reading is ambiguous."""
    for f in here:
        if f is st.rate or f is st.total or f is st.count or f.role in ("change", "share"):
            continue
        if f.kind == st.total.kind and f.currency == st.total.currency and f.value > st.rate.value \
                and _fits(RateStatement("average", st.rate, st.count, f)):
            return True
        if f.kind == "count" and f.value >= 2 and _fits(RateStatement("average", st.rate, f, st.total)):
            return True
    return False


# --------------------------------------------------------------------------- across sentences

#: Units of time: "£80,000 a year" is a rate in time, not a price per thing.
_PERIODS = frozenset("second minute hour day night week fortnight month quarter year decade season".split())
#: A price per thing: "£23 a bird", "6,000 euros per hectare", "£4 for each ticket".
_PER_THING = lazyre.compile(r"\s+(?:per|a|an|for\s+each|for\s+every)\s+(?P<unit>[a-z]+)\b(?!['’-])", re.I)
#: A total in the rate's sentence: "a total budget of 57 million euros", "will receive about
#: £1.2m", "raising £90,000", "worth £3m", "£1.4m in all".
_TOTAL_CUE = lazyre.compile(r"\b(?:total(?:\s+\w+)?\s+of|totalling|receive[sd]?|receiving|get|gets|got|raise[sd]?|"
                            r"raising|cost(?:s|ing)?|worth|comes?\s+to|came\s+to|amount(?:s|ed|ing)?\s+to|bill\s+of|"
                            r"pay\s+out|paid\s+out|bringing\s+in|brings?\s+in|brought\s+in)\s+(?:of\s+)?"
                            r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|just\s+over\s+|"
                            r"just\s+under\s+)?$", re.I)
_MEASURED = ("count", "area", "mass", "length", "volume", "energy")


def _unit_product(doc: Document, sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """A price per thing and the total it makes in one sentence, the things counted in
    it or before: "Compensation is paid at £23 a bird, so the farmer will receive about
    £1.2m" after "the farm's 60,000 birds"; "6,000 euros per hectare, a total budget of
    57 million euros" after "8,000 hectares"."""
    text = sentence.region.text
    for r in here:
        if r.kind != "currency":
            continue
        m = _PER_THING.match(text, r.quantity.extra.get("after", r.end))
        if m is None or m.group("unit").lower() in _PERIODS or m.group("unit").lower() in ("head", "capita"):
            continue
        unit = m.group("unit")
        total = next((t for t in here if t is not r and t.kind == r.kind and t.currency == r.currency
                      and t.value > 2 * r.value and t.start > r.end
                      and (t.role == "total" or _TOTAL_CUE.search(text, max(sentence.start, t.qual_start - 30),
                                                                  t.qual_start))), None)
        if total is None:
            continue
        count = next((c for c in here if c.kind in _MEASURED and c is not total and _counts(c, unit)), None)
        if count is None:
            count = noun_referent(doc, r, unit, kinds=_MEASURED, larger=False)
        if count is not None and count.value > 1:
            return RateStatement("product", r, count, total)
    return None


def _counts(f: Figure, noun: str) -> bool:
    key = stem(noun)
    return bool(f.thing) and stem(f.thing) == key or bool(f.unit) and f.kind != "count" and stem(f.unit) == key


def _average_across(doc: Document, sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """An average whose total (or count) is given in an earlier sentence: "The 104 ships
    carried an average of 2,900 passengers each" after "104 cruise ships ... with around
    270,000 passengers"; "The withdrawn routes cost an average of £80,000 a year each"
    after "the 23 routes" and "The cuts will save £1.6m a year"."""
    text = sentence.region.text
    for a in here:
        end = a.quantity.extra.get("after", a.end)
        if not _AVG_LEAD.search(text, max(sentence.start, a.qual_start - 25), a.qual_start):
            continue
        per = _PER.match(text, end)
        each = _EACH_AFTER.match(text, end)
        if per is None and each is None:
            continue
        thing = (per.group("thing") if per is not None else "") or a.thing or ""
        period = per.group("unit").lower() if per is not None and per.group("unit") \
            and per.group("unit").lower() in _PERIODS else ""
        if per is not None and per.group("unit") and not period and per.group("each") is None and each is None:
            continue  # "per practice": read in one sentence by _average
        # the count: a figure before the average in its sentence ("The 104 ships"), or the
        # subject's noun counted before ("The withdrawn routes")
        count = next((c for c in reversed(here) if c.kind == "count" and c.end <= a.qual_start and c is not a
                      and not (thing and c.thing and stem(c.thing) == stem(thing))), None)
        if count is None:
            subject = _SUBJECT.match(text, sentence.start)
            if subject is None:
                continue
            count = noun_referent(doc, a, subject.group("noun"), kinds=("count",), larger=False)
        if count is None or count.value < 2:
            continue
        total = None
        if a.kind == "count" and thing:
            total = noun_referent(doc, a, thing, kinds=("count",))
        elif a.kind == "currency" and period:
            total = _same_period_total(doc, a, period)
        if total is not None and total is not count and total.sentence is not sentence \
                and total.value > a.value:
            return RateStatement("average", a, count, total)
    return None


_EACH_AFTER = lazyre.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:each|apiece)\b", re.I)
#: A sentence's subject: "The 104 ships", "The withdrawn routes", "Its 12 branches".
_SUBJECT = lazyre.compile(r"\s*(?:The|Its|Their|These|Those|All\s+the)\s+(?:[\d,]+\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?P<noun>[a-z][\w-]*s)\b")


def _same_period_total(doc: Document, a: Figure, period: str) -> Optional[Figure]:
    """The nearest earlier sum of money in the same currency given for the same period
    ("£1.6m a year" for "£80,000 a year each")."""
    from lintnews.analysis.figures.referents import PARAGRAPHS, REACH

    figures = read_figures(doc)
    for g in reversed(figures[max(0, a.index - REACH) : a.index]):
        if a.region.index - g.region.index > PARAGRAPHS and g.region.index > 2:
            continue  # (the headline and the lead always)
        if g.kind != "currency" or g.currency != a.currency or g.quantity is None or g.value <= 2 * a.value \
                or g.sentence is a.sentence or g.approx:
            continue
        m = _PER.match(g.region.text, g.quantity.extra.get("after", g.end))
        if m is not None and (m.group("unit") or "").lower() == period and m.group("thing") is None:
            return g
    return None


#: Words one of which an average's sentence holds ("an average of", "averaging", "each",
#: "per", "apiece", "a head", ", or £9,000 ...").
#: ``averag|\beach\b|\bper\b|apiece|\ba head\b|, or |\ba (?:day|...)\b``, with every
#: alternative opening with a literal (the word boundary before a word's first letter
#: tested after it: no word character before that letter), so that ``re`` skips from one
#: possible first character to the next in C instead of trying every alternative at
#: every character. It is only searched for (matched or not), and matches where the
#: plain form matches.
#: What an amount is shared out by ("£3 a head", "a pupil", "a bed").
_AVERAGE_NOUNS = (r"(?:head|day|week|month|year|ward|school|branch|club|site|practice|depot|person|household|"
                  r"visitor|pupil|student|child|patient|resident|member|worker|employee|family|home|house|farm|"
                  r"player|bed|place|seat)")
_AVERAGE_WORDS = lazyre.compile(r"averag|e(?<!\w.)ach\b|p(?<!\w.)er\b|apiece|, or |a(?<!\w.) " + _AVERAGE_NOUNS
                                + r"\b|w(?<!\w.)orks? out|w(?<!\w.)orked out|e(?<!\w.)quates? to|"
                                r"c(?<!\w.)omes? to|c(?<!\w.)ame to")
#: The alternatives of ``_AVERAGE_WORDS`` one by one, each opening with its whole word (the
#: word boundary before it tested after it), so that the engine skips to the word in C;
#: each is searched for only where a substring test finds its word.
_EACH_WORD = lazyre.compile(r"each(?<!\w....)\b")
_PER_WORD = lazyre.compile(r"per(?<!\w...)\b")
_A_NOUN = lazyre.compile(r"a (?<!\w..)" + _AVERAGE_NOUNS + r"\b")
_WORKS_OUT = lazyre.compile(r"work(?<!\w....)(?:s|ed)? out")
_EQUATES_TO = lazyre.compile(r"equate(?<!\w......)s? to")
_COMES_TO = lazyre.compile(r"come(?<!\w....)s? to|came(?<!\w....) to")


def _holds_average_word(low: str) -> bool:
    """Whether ``_AVERAGE_WORDS.search(low)`` finds a word of an average in the lower-cased
    sentence *low*: substring tests first (in C), then only the alternatives whose word is
    there. (The alternation opens with "a", "e" and "p", so a search of it stops at a
    quarter of the characters of a sentence.)"""
    return ("averag" in low or "apiece" in low or ", or " in low
            or "each" in low and _EACH_WORD.search(low) is not None
            or "per" in low and _PER_WORD.search(low) is not None
            or "a " in low and _A_NOUN.search(low) is not None
            or "work" in low and _WORKS_OUT.search(low) is not None
            or "equate" in low and _EQUATES_TO.search(low) is not None
            or ("come" in low or "came" in low) and _COMES_TO.search(low) is not None)



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

#: How far back an average looks for its total and count: its paragraph, and this many
#: paragraphs before it.
_AVERAGE_PARAGRAPHS = 2
#: "150 at each site", "£2m for every club": per a thing, said with "each" or "every".
_AT_EACH = lazyre.compile(r"(?:\s+(?P<thing>[a-z]+))?\s+(?:at|for|in|to)\s+(?:each|every)\s+"
                          r"(?:(?:one\s+)?of\s+(?:the\s+|its\s+|their\s+)?[\d,]+\s+)?(?P<unit>[a-z]+)\b"
                          r"(?P<each>(?!))?", re.I)
#: "so each gets 9 on average", "each receives about £4m".
_EACH_GETS = lazyre.compile(r"(?:\beach\s+(?:one\s+)?(?:gets|receives|got|received|has|had|takes|took|will\s+get|"
                            r"will\s+receive|would\s+get)|\b(?:giving|gives|gave|leaving|leaves)\s+each(?:\s+one)?)"
                            r"\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
#: A total shared out equally: "divided equally between", "shared among", "split between".
_SHARED_OUT = lazyre.compile(r"\b(?:divided|shared|split|spread|distributed|allocated)\s+(?:\w+\s+)?(?:between|among|across)"
                             r"\b", re.I)
#: "That is about 52 fines per warden", "which works out at": an average of the figures before.
_THAT_IS = lazyre.compile(r"\b(?:that|this|which)\s+(?:is|was|means|comes\s+to|came\s+to|equals)\s+(?:about\s+|around\s+|"
                          r"roughly\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$", re.I)
_ON_AVERAGE_NEXT = lazyre.compile(r"(?:\s+[a-z]+)?\s+on\s+average\b", re.I)
_NEXT_WORD = lazyre.compile(r"\s+([a-z]+)\b")
_NOT_UNITS = frozenset("each head capita person on in at to for from and or over last this that the".split())
_ON_AVERAGE = lazyre.compile(r"(?:\s+[a-z]+){1,3}?\s+on\s+average\b", re.I)
_SHARED_BEFORE = lazyre.compile(r"\b(?:shared|split|divided|spread)\s+(?:among|between|across|over)\s+(?:the\s+|its\s+)?$"
                                r"|\b(?:across|among|between|over|in)\s+(?:the\s+|its\s+)?$", re.I)


def average_anywhere(figures: Sequence[Figure], sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """An average and the total and count it divides, read wherever the draft gives them:
    the average by its words ("an average of 120 each", "about 900 per school", "450 a
    day", "18 per ward on average", "works out at"), its total and count in its sentence,
    its paragraph or the paragraphs just before. The count is the one whose noun the
    average is per ("per school": schools; "a day": days, also a duration "over 40 days");
    for "each", the group the total is shared among: a count of another noun than the
    total's. A bare average ("120 each") takes the total's unit ("24,000 hours ... 120
    each"), so a duration or a measure may be its total."""
    text = sentence.region.text
    for a in here:
        end = a.quantity.extra.get("after", a.end)
        per = _AT_EACH.match(text, end) or _PER.match(text, end)
        each_gets = _EACH_GETS.search(text, max(sentence.start, a.qual_start - 30), a.qual_start)
        on_average = _ON_AVERAGE.match(text, end) or _ON_AVERAGE_NEXT.match(text, end)
        shared = each_gets is not None and _SHARED_OUT.search(text, sentence.start, a.qual_start) is not None
        if per is None and not (each_gets and (on_average or shared)):
            continue
        lead = _AVG_LEAD.search(text, max(sentence.start, a.qual_start - 25), a.qual_start) \
            or _THAT_IS.search(text, max(sentence.start, a.qual_start - 30), a.qual_start)
        if not (lead or on_average or shared):
            continue  # "tickets cost £40 each" is a price, not an average
        if per is None:
            unit, thing = "", (a.thing or "").lower()  # "so each gets 9 on average"
        else:
            unit = (per.group("unit") or "").lower() if per.group("each") is None else ""
            thing = (per.group("thing") or per.groupdict().get("thing2") or a.thing or "").lower()
            if thing in _NOT_UNITS or thing in ("at", "is", "are", "was", "were", "so", "or", "then"):
                thing = ""  # "150 at each site"
        if unit == "cent":
            continue
        if unit in _NOT_UNITS:
            unit = ""  # "each on average", "a head": shared among a group
        bare = a.kind == "count" and not thing
        pool = _nearby(figures, a)
        count = None
        units = {stem(unit)} if unit else set()
        if unit and per is not None:
            nxt = _NEXT_WORD.match(text, per.end())
            if nxt is not None:
                units.add(stem(nxt.group(1)))  # "per food bank": the banks
        for f in pool:
            if f is a:
                continue
            if unit:
                if f.kind == "count" and f.thing and stem(f.thing) in units \
                        or f.kind == "duration" and unit in _PERIODS and stem(f.unit or "") == stem(unit):
                    count = f
                    break
        total = None
        # in its own sentence the largest figure is the total ("21,000 hours ... to 350
        # staff, which works out at 60 each"); elsewhere the nearest
        same = sorted((f for f in pool if f.sentence is sentence), key=lambda f: -f.value)
        for f in same + [f for f in pool if f.sentence is not sentence]:
            if f is a or f is count or f.value <= a.value or f.quantity is None or not f.comparable:
                continue
            if f.role in ("change", "rate", "share") or f.approx in ("over", "under"):
                continue
            if bare and f.kind in ("count", "duration", "length", "mass", "volume", "energy", "area") \
                    or f.kind == a.kind and f.currency == a.currency and a.kind != "count" \
                    or a.kind == "count" and f.kind == "count" and (not f.thing or stem(f.thing) == stem(thing)):
                if f.kind == "count" and count is not None and f.thing and count.thing \
                        and stem(f.thing) == stem(count.thing):
                    continue
                total = f
                break
        if total is None:
            continue
        if count is None and not unit:
            # "each": the group shared among, a count of another noun than the total's,
            # or the count the total is spread across ("spread across 40 schools"); when
            # the sentence gives two such ("The 20 branches employ 400 people and served
            # 1.2 million customers, an average of 60,000 each") the group is unclear
            candidates = []
            for f in pool:
                if f is a or f is total or f.kind != "count" or f.value < 2 or f.role in ("change", "rate", "share"):
                    continue
                if f.thing and total.thing and stem(f.thing) == stem(total.thing):
                    continue
                if not f.thing and f.sentence is not sentence:
                    continue
                candidates.append(f)
            here_too = [f for f in candidates if f.sentence is sentence]
            if len(here_too) > 1:
                continue
            count = candidates[0] if candidates else None
        if count is None or count.value < 2 or count.value >= total.value * 1.0001 and total.kind == "count":
            continue
        if total.sentence is not sentence:
            # a total from another sentence: of several of its kind there ("3,420 hours
            # last year ... the 1,890 hours of 2023"), the one the average multiplies out to
            alike = [f for f in pool if f.sentence is not sentence and f is not count and f is not a
                     and f.kind == total.kind and f.unit == total.unit and f.currency == total.currency
                     and f.quantity is not None and f.comparable and f.value > a.value
                     and f.role not in ("change", "rate", "share") and f.approx not in ("over", "under")]
            if len(alike) > 1:
                product = a.value * count.value
                total = min(alike, key=lambda f: abs(product - f.value) / f.value)
        return RateStatement("average", a, count, total)
    return None


def average_of_each(sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """ "On average each of the 60 stations answered 240 calls, 24,000 in total": the count
    after "each of the", the figure after it the average, the largest other the total."""
    text = sentence.region.text
    if not _ON_AVERAGE_ANY.search(text, sentence.start, sentence.end):
        return None
    for i, c in enumerate(here[:-1]):
        if c.kind != "count" or not _EACH_OF.search(text, max(sentence.start, c.qual_start - 16), c.qual_start):
            continue
        a = here[i + 1]
        rest = [f for f in here if f is not a and f is not c and f.kind == a.kind and f.value > a.value
                and f.currency == a.currency]
        if not rest:
            return None
        return RateStatement("average", a, c, max(rest, key=lambda f: f.value))
    return None


_ON_AVERAGE_ANY = lazyre.compile(r"\bon\s+average\b|\baverag", re.I)

#: A figure for each one of a group, by its position rather than its verb: a distributive
#: word after it ("£84,000 apiece", "624 per ward", "£21 each", "£5 a head") ...
_SHARE_AFTER = lazyre.compile(r"(?:(?:\s+[a-z]+){0,2}?\s+(?:each|apiece)|(?:\s+(?!(?:from|to|in|on|at|of|for|with|by|"
                              r"into|over|is|was|are|were|and|or)\b)[a-z]+)?\s+(?:per|a|for\s+each|for\s+every)\s+"
                              r"(?P<unit>[a-z]+))\b(?![\'’-])", re.I)
#: ... or "each" as the subject of its clause ("each will receive about £21", "Each of the
#: 10 schools will get £720"): the clause from "each" to the figure holds no comma.
_EACH_SUBJECT = lazyre.compile(r"(?:^|[,;:(–—\"“‘-]\s*|\b(?:and|so|with|that)\s+)each\b(?P<of>\s+of\s+(?:the|its|their|"
                               r"these|our)\s+)?[^,;:.!?]{0,60}$", re.I)
#: "£2m of the £10m": a part of the other figure, not a share of it.
_OF_THE_AFTER = lazyre.compile(r"\s+(?:[a-z]+\s+)?of\s+(?:the|its|their|a|an)\s+", re.I)
#: A clause of its own between two figures: "..., and the band earned", "; the rest".
_NEW_CLAUSE = lazyre.compile(r"[;]|,\s+(?:and|but|while|whereas|although|though)\b", re.I)
#: A later amount with a subject of its own, its verb left understood: "get €200,000 each and
#: the library €450,000", "..., while its sister school £30,000".
_ANOTHER_SUBJECT = lazyre.compile(r"\b(?:and|while|whereas)\s+(?:the|a|an|its|their|his|her)\s+[\w'’-]+"
                                  r"(?:\s+[\w'’-]+)?\s*$")


def distributed(sentence: Sentence, here: List[Figure]) -> Optional[RateStatement]:
    """A figure for each one of a group, its group and the total in one sentence, however
    the sentence is built: "Each of the 10 schools will get £720 from a total pot of
    £4,800", "13 staff sharing a pool of £455, each will receive about £21", "£1.56m on 13
    ambulances, or £84,000 apiece", "Spread across 8 wards, the 3,840 beds give 480 per
    ward". The figure for each is known by a distributive word beside it; the other two
    are its total (its own kind and currency, larger) and the group (a count). With three
    such figures and no more, every assignment of total and group is tried: the statement
    is returned (to be checked) only when none multiplies out, so an ambiguous sentence
    stays quiet."""
    text = sentence.region.text
    for a in here:
        if a.kind not in ("count", "currency") or a.role in ("change", "share") or a.approx in ("over", "under"):
            continue
        end = a.quantity.extra.get("after", a.end)
        after = _SHARE_AFTER.match(text, end)
        subject = None if after is not None else _EACH_SUBJECT.search(text, sentence.start, a.qual_start)
        if after is None and subject is None:
            continue
        unit = (after.group("unit") or "").lower() if after is not None else ""
        if unit in _PERIODS or unit in ("cent", "year", "month", "week", "day"):
            continue  # a rate in time needs its period, not a count
        others = [f for f in here if f is not a and f.comparable and f.role not in ("change", "share")]
        if len(others) != 2 or any(f.approx in ("over", "under") for f in others):
            continue
        if subject is not None:
            # "each" before the figure: no other figure between but the group ("each of the 10")
            between = [f for f in others if subject.start() <= f.start < a.start]
            if len(between) > (1 if subject.group("of") else 0):
                continue
        options = []
        for total, count in ((others[0], others[1]), (others[1], others[0])):
            if count.kind != "count" or count.value < 2 or count.value != int(count.value):
                continue
            if total.kind != a.kind or total.currency != a.currency or total.value <= a.value:
                continue
            if unit and unit not in ("head", "person", "capita", "member", "worker") \
                    and not (count.thing and noun_class(stem(count.thing)) == noun_class(stem(unit))):
                continue  # "per ward": the group is the wards ("$1.62 per share" is no share of revenues)
            if count.text.isdigit() and 1900 <= count.value <= 2100:
                continue  # "2005 revenues": a year
            if total.start > a.end and _OF_THE_AFTER.fullmatch(text, end, total.qual_start):
                continue  # "£2m of the £10m fine": a part
            lo, hi = (a.end, total.qual_start) if total.start > a.end else (total.end, a.qual_start)
            if _NEW_CLAUSE.search(text, lo, hi) or total.start > a.end and _ANOTHER_SUBJECT.search(text, lo, hi):
                continue  # "cost £40 each, and the band earned £5,000": another clause's figure
            options.append(RateStatement("average", a, count, total))
        if not options:
            continue
        if any(_fits(st) for st in options):
            return None
        return options[0] if len(options) == 1 else None
    return None


def _fits(st: RateStatement) -> bool:
    """Whether the total is the figure for each times the group, within 3% and rounding."""
    lo = st.rate.low * st.count.low
    hi = st.rate.high * st.count.high
    return lo * 0.97 <= st.total.high and st.total.low <= hi * 1.03


_EACH_OF = lazyre.compile(r"\beach\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def _quoted(f: Figure) -> bool:
    return f.region.blockquote or f.region.in_quote(f.start, f.end)


def _nearby(figures: Sequence[Figure], a: Figure) -> List[Figure]:
    """The figures an average may divide, nearest first: its sentence (before it, then
    after), then back through its paragraph and the paragraphs just before."""
    same: List[Figure] = []
    after: List[Figure] = []
    earlier: List[Figure] = []
    quoted = _quoted(a)
    for f in figures[max(0, a.index - 60) : a.index + 12]:
        if f is a or f.kind in ("year", "date", "time", "percent", "pp", "age"):
            continue
        if f.sentence is a.sentence:
            (same if f.start < a.start else after).append(f)
        elif f.index < a.index and 0 <= a.region.index - f.region.index <= _AVERAGE_PARAGRAPHS \
                and _quoted(f) == quoted:
            earlier.append(f)
    return list(reversed(same)) + after + list(reversed(earlier))


def _average(sentence: Sentence, figures: List[Figure]) -> Optional[RateStatement]:
    text = sentence.region.text
    for a in figures:
        end = a.quantity.extra.get("after", a.end)
        lead = _AVG_LEAD.search(text, max(sentence.start, a.qual_start - 25), a.qual_start)
        per = _PER.match(text, end)
        if per is None or not (lead or _EACH.match(text, end)):
            continue
        unit = stem(per.group("unit") or "") if per.group("each") is None else ""
        thing = stem(per.group("thing") or per.group("thing2") or a.thing or "")
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
        if count is None and total is not None and not unit and a.kind == "count":
            # "The 18,480 pupils are shared between 8 schools, or 1,390 each": the one
            # other count is what the total is shared between
            others = [f for f in figures if f is not a and f is not total and f.kind == "count"
                      and f.role not in ("change", "rate", "share", "part")]
            if len(others) == 1 and (not thing or not others[0].thing or stem(others[0].thing) != thing):
                count = others[0]
        if count is None and total is not None and per.group("unit") and lead \
                and per.group("unit").lower() in _PERIODS and a.kind == "count":
            # "14,800 tickets for the 35 performances, an average of 520 a night": the one
            # other count is what the period stands for
            others = [f for f in figures if f is not a and f is not total and f.kind == "count"
                      and f.role not in ("change", "rate", "share", "part")]
            if len(others) == 1 and others[0].end <= a.start:
                count = others[0]
        if count is not None and total is not None and count.value > 1:
            return RateStatement("average", a, count, total)
    return None


#: "or one for every", "one doctor for every": what the figure after it is a ratio of.
_ONE_FOR_EVERY = lazyre.compile(r"\b(?:one|a|an)\s+(?:(?P<unit>[a-z]+)\s+)?" + FOR_EVERY, re.I)


def _one_for_every(sentence: Sentence, figures: List[Figure]) -> Optional[RateStatement]:
    """ "The county's 571,000 residents are served by 61 practices, or one for every 7,000
    people": a ratio of two counts of the sentence (the total, of the ratio's noun or the
    larger, and the units, of the noun after "one" or the other), checked as an average."""
    text = sentence.region.text
    for a in figures:
        if a.kind != "count":
            continue
        m = _ONE_FOR_EVERY.search(text, max(sentence.start, a.qual_start - 40), a.qual_start)
        if m is None:
            continue
        others = [f for f in figures if f is not a and f.kind == "count" and f.end <= m.start()
                  and f.role not in ("change", "rate", "share")]
        if len(others) != 2:
            return None
        unit = stem(m.group("unit") or "")
        thing = stem(a.thing or "")
        by_noun = {stem(f.thing or ""): f for f in others}
        count = by_noun.get(unit) if unit else None
        total = by_noun.get(thing) if thing else None
        if count is None and total is None:
            total, count = sorted(others, key=lambda f: f.value, reverse=True)
        elif count is None:
            count = next(f for f in others if f is not total)
        elif total is None:
            total = next(f for f in others if f is not count)
        if count is total or count.value <= 1 or total.value <= count.value:
            return None
        return RateStatement("average", a, count, total)
    return None


_AVG_LEAD = lazyre.compile(r"\b(?:an\s+average\s+of|average\s+of|averaging|averages|averaged|a\s+mean\s+of|(?:,|\bor)\s+(?:about\s+|around\s+|"
                           r"roughly\s+|some\s+|just\s+over\s+|just\s+under\s+)?|works?\s+out\s+(?:at|to)|worked\s+out\s+"
                           r"(?:at|to)|equates?\s+to|equating\s+to|comes?\s+to|came\s+to)\s*$", re.I)
_PER = lazyre.compile(r"(?:\s+(?P<thing>[a-z]+))?\s+(?:per|a|an|for\s+each|each)\s+(?P<unit>[a-z]+)\b"
                      r"|(?:\s+(?P<thing2>[a-z]+))?(?P<each>\s+each)\b", re.I)
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


# --------------------------------------------------------------------------- one sum in two periods

#: Days in each period, to put a sum a day, a week, a month or a year in another period.
_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
#: Working days in a week, a month and a year: the fewest a "day" rate may be counted over.
_WORKING_DAYS = {"week": 5.0, "month": 20.0, "year": 250.0}
_PER_PERIOD = lazyre.compile(r"\s+(?:a|an|per|each|every)\s+(?P<p>day|week|month|year)\b", re.I)
#: The first sum's period may follow what it counts: "1,200 tonnes of coal a week".
_PER_PERIOD_AFTER = lazyre.compile(r"(?:\s+(?!(?:or|and|but|the)\b)[a-z][\w-]*){0,4}?\s+(?:a|an|per|each|every|last|this)\s+"
                                   r"(?P<p>day|week|month|year)\b", re.I)
_RESTATED_PER = lazyre.compile(r"(?:,?\s+(?:or|that\s+is|which\s+is|equivalent\s+to|the\s+equivalent\s+of)\s+|,\s+"
                               r"(?:(?:a|an)\s+(?:total|sum|overall\s+total|combined\s+total)\s+of\s+|in\s+all\s+)?)"
                               r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|"
                               r"just\s+(?:over|under)\s+)?$", re.I)
_FOR_THE_N = lazyre.compile(r"\s+(?:for|over|across|in)\s+(?:the\s+|all\s+|those\s+|these\s+)?(?P<n>\d+|two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)\s+(?P<p>day|week|month|year)s\b", re.I)


class PeriodRestatement(ValueRecord):
    """A sum given for one period and restated for another in the same sentence: "£2.1m a
    month, or £25.2m a year", "£180,000 a day ..., or £400,000 for the two days";
    ``factor`` is how many of the first period make the second."""

    first: Figure
    second: Figure
    factor: float
    span: str  # the second period as written ("a year", "the two days")
    #: "or" between two periods may offer an alternative (a yearly plan is cheaper than
    #: twelve months), so only a second sum above the first's multiple is wrong
    alternative: bool
    #: The other end of the factor's range where days are counted: a week may be five or
    #: six working days ("40 hours a week, eight hours a day"), a year some 250 of them
    #: (``factor`` is the calendar's).
    working: float
    __slots__ = ("first", "second", "factor", "span", "alternative", "working")

    def __init__(self, first: Figure, second: Figure, factor: float, span: str, alternative: bool,
                 working: Optional[float] = None) -> None:
        self.first, self.second, self.factor, self.span, self.alternative = first, second, factor, span, alternative
        self.working = factor if working is None else working


def period_restatements(doc: Document) -> List[PeriodRestatement]:
    """Every sum a draft gives for one period and restates for another (a memo)."""
    return doc.memo("figures.period-restatements", _period_restatements)


def _period_restatements(doc: Document) -> List[PeriodRestatement]:
    out: List[PeriodRestatement] = []
    figures = [f for f in read_figures(doc) if f.kind in ("currency", "count", "mass", "volume", "energy", "length", "area")
               and f.quantity is not None and f.comparable and f.sentence is not None and f.upper is None]
    for a, b in zip(figures, figures[1:]):
        if a.sentence is not b.sentence or a.kind != b.kind or a.currency != b.currency or b.value == a.value:
            continue
        text = a.region.text
        end_a = a.quantity.extra.get("after", a.end)
        per_a = _PER_PERIOD_AFTER.match(text, end_a)
        if per_a is None or b.qual_start - per_a.end() > 70:
            continue
        gap = text[per_a.end() : b.start]  # (the reader may keep "the equivalent of" as b's qualifier)
        restated = _RESTATED_PER.search(gap)
        if restated is None or ";" in gap:
            continue
        end_b = b.quantity.extra.get("after", b.end)
        per_b = _PER_PERIOD.match(text, end_b)
        working = None
        if per_b is not None:
            pa, pb = per_a.group("p").lower(), per_b.group("p").lower()
            factor = _PERIOD_DAYS[pb] / _PERIOD_DAYS[pa]
            if "day" in (pa, pb) and pa != pb:
                days = _WORKING_DAYS[pb if pa == "day" else pa]
                working = days if pa == "day" else 1 / days
            span = per_b.group().strip()
        else:
            n = _FOR_THE_N.match(text, end_b)
            if n is None or n.group("p").lower() != per_a.group("p").lower():
                continue
            word = n.group("n").lower()
            factor = float(word) if word.isdigit() else parse_words(word).value
            span = n.group().strip()
        if factor == 1 or (factor > 1) != (b.value > a.value):
            continue  # a longer period holds the larger sum: "5,200 a year, or about 100 a week"
        # (a plan's price; "5,200 operations a year, or about 100 a week" offers no choice)
        alternative = per_b is not None and a.kind == "currency" and restated.group().strip(" ,").lower().startswith("or")
        out.append(PeriodRestatement(a, b, factor, span, alternative, working))
    return out




#: "with an average gift of £50", "an average donation of £700": an average amount named by
#: its noun.
_NAMED_AVG = lazyre.compile(r"\ban?\s+average\s+(?:[a-z]+\s+){1,2}?of\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
                            r"almost\s+|nearly\s+|just\s+over\s+|just\s+under\s+)?$", re.I)
#: A total raised, paid or spent: "The appeal raised £450,000", "collected £1.2m".
_TOTAL_VERB = lazyre.compile(r"\b(?:raised|raising|collected|donated|brought\s+in|totalled|totaled|paid\s+out|paid|"
                             r"spent|received|gave|given|generated|took\s+in|a\s+total\s+of)\s+(?:a\s+(?:record\s+)?|"
                             r"about\s+|around\s+|some\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)


def _named_average_total(figures: List[Figure], k: int, order: List[Sentence], by_sentence: Dict[int, List[Figure]],
                         here: List[Figure]) -> Optional[RateStatement]:
    """A count and an average amount named by its noun, the total in one of the two
    sentences before (two paragraphs back at most): "The appeal raised £450,000. ... More
    than 12,000 people gave, with an average gift of £50" (at least £600,000)."""
    for a in here:
        if a.kind != "currency" or not _NAMED_AVG.search(a.region.text, max(a.sentence.start, a.qual_start - 40),
                                                         a.qual_start):
            continue
        counts = [c for c in here if c.kind == "count" and c.end <= a.qual_start and c.value >= 2]
        if len(counts) != 1 or any(f.kind == "currency" and f is not a for f in here):
            return None
        sentence = a.sentence
        for j in range(k - 1, max(-1, k - 3), -1):
            earlier = order[j]
            if sentence.region.index - earlier.region.index > 2:
                break
            totals = [t for t in by_sentence[id(earlier)] if t.kind == "currency" and t.currency == a.currency
                      and _TOTAL_VERB.search(t.region.text, max(earlier.start, t.qual_start - 30), t.qual_start)]
            if len(totals) == 1 and totals[0].value > a.value:
                return RateStatement("average", a, counts[0], totals[0])
            if any(t.kind == "currency" for t in by_sentence[id(earlier)]):
                break
        return None
    return None
