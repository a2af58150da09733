"""Shares against the counts they describe: "2,900 of the 11,200 students - almost half -".

:func:`share_statements` finds a part and its whole ("A of the B", "Of the B ..., A",
"A out of B") and a share stated for them in the same sentence, in words or digits:

* beside the part: "2,900 - almost half - ...", "41,000 of 172,000 approvals, more than
  a third, went to ...", "A of B, or 24%,", "A of B, one in four,";
* before the pair: "Turnout was 31%, with 152,600 of the 540,000 voters casting a
  ballot", "Almost half the staff - 120 of 300 - ...", "31%: 152,600 of 540,000";
* as a share of the whole, then the count: "almost half of the 11,200 students, 2,900,".

Fractions are read with their qualifier ("almost half" is 40-50%, "more than a third"
above 33%); percentages with their digits and half a point.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from lintnews.records import ValueRecord
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.analysis.figures.reading import matches_near
from lintnews.analysis.figures.referents import noun_referent, partitive_reference, pronoun_referent
from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_hold
from lintnews.text.document import Document, Region, Sentence

__all__ = ["ShareStatement", "share_statements", "share_window"]

_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "a fifth": 0.2, "one fifth": 0.2, "a sixth": 1 / 6, "a tenth": 0.1, "one tenth": 0.1,
    "two thirds": 2 / 3, "three quarters": 0.75, "two fifths": 0.4, "three fifths": 0.6, "four fifths": 0.8,
    "nine tenths": 0.9, "a majority": None, "the majority": None,
    # translated copy: "the third of the 1,500 employees" (le tiers, el tercio)
    "the half": 0.5, "the third": 1 / 3, "the quarter": 0.25, "the fifth": 0.2, "the tenth": 0.1,
}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "a": 1, "one": 1}
_UNIT_WORDS = "one two three four five six seven eight nine".split()
_TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: A percentage in words: "forty per cent", "twenty-five per cent", "eight per cent".
_PCT_WORDS = (r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[\s-](?:" + "|".join(_UNIT_WORDS) + r"))?|"
              + "|".join(_TEEN_WORDS + _UNIT_WORDS) + ")")


def _pct_value(word: str) -> float:
    """ "40", "forty", "twenty-five" as a number."""
    w = word.lower()
    if w[:1].isdigit():
        return float(w)
    parts = re.split(r"[\s-]+", w)
    value = 0
    for p in parts:
        if p in _TENS_WORDS:
            value += 20 + 10 * _TENS_WORDS.index(p)
        elif p in _TEEN_WORDS:
            value += 10 + _TEEN_WORDS.index(p)
        elif p in _UNIT_WORDS:
            value += 1 + _UNIT_WORDS.index(p)
    return float(value)


_Q = (r"(?:(?P<q>almost|nearly|about|around|roughly|some|approximately|more\s+than|less\s+than|over|under|"
      r"just\s+over|just\s+under|well\s+over|well\s+under|close\s+to|barely|fewer\s+than)\s+)?")
_FRAC = (r"(?P<frac>(?:a|one)[\s-](?:half|third|quarter|fifth|sixth|tenth)|half|two[\s-]thirds|"
         r"(?:three|four)[\s-](?:quarters|fifths)|two[\s-]fifths|nine[\s-]tenths"
         r"|(?P<n>one|two|three|four|\d+)\s+(?:in|out\s+of)\s+(?P<d>two|three|four|five|six|seven|eight|nine|ten|\d+)"
         r"|(?P<pct>\d+(?:\.\d+)?|" + _PCT_WORDS + r")\s?(?:%|per\s?cent))")
#: A share set beside a figure: "- almost half -", ", more than a third,", ", or 24%,", "(one in four)".
_BESIDE = lazyre.compile(rf"\s*(?:[-–—]|,\s*(?:or\s+)?|\(\s*|\bor\s+)\s*{_Q}{_FRAC}(?:\s+of\s+(?:them|the\s+total|all))?"
                         rf"\s*(?:[-–—),.;:]|$|\s+(?:went|were|are|was|is|have|had|said|will|would|of\s+whom)\b)", re.I)
_PART_OF = lazyre.compile(r"(?:(?:\s+[a-z][\w'’-]*){0,2}\s+out)?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|"
                          r"our\s+|your\s+|his\s+|her\s+|these\s+|those\s+)?"
                          r"(?:[\w'’-]+['’]s\s+)?$")
_OF_THE_OPENING = lazyre.compile(r"\s*[\"“‘']?(?:Of|Out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+|these\s+|those\s+|"
                                 r"[A-Z][\w'’-]*['’]s\s+)?$")
_WITH_BEFORE = lazyre.compile(r"(?:,\s*with|:|\(|[-–—]|,\s*or)\s*(?:just\s+|only\s+|some\s+)?$", re.I)
_SHARE_OF_WHOLE = lazyre.compile(rf"{_Q}{_FRAC}\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)


class ShareStatement(ValueRecord):
    """A share stated for a part of a whole. ``lo``/``hi`` bound the share (0-1) the
    words allow; ``region``, ``start``, ``end`` and ``text`` are where the share is written."""

    part: Figure
    whole: Figure
    lo: float
    hi: float
    region: Region
    start: int
    end: int
    sentence: Sentence

    __slots__ = ("part", "whole", "lo", "hi", "region", "start", "end", "sentence", "reported")

    def __init__(
        self,
        part: Figure,
        whole: Figure,
        lo: float,
        hi: float,
        region: Region,
        start: int,
        end: int,
        sentence: Sentence,
    ) -> None:
        self.part = part
        self.whole = whole
        self.lo = lo
        self.hi = hi
        self.region = region
        self.start = start
        self.end = end
        self.sentence = sentence
        #: The figure to report when it is not the share: a count in a later sentence that
        #: the share is turned into ("That means about 1,500 ...").
        self.reported: Optional[Figure] = None

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end]

    @property
    def actual(self) -> float:
        return self.part.value / self.whole.value if self.whole.value else 0.0


_COMMON = sorted({1 / 2, 1 / 3, 2 / 3, 1 / 4, 3 / 4, 1 / 5, 2 / 5, 3 / 5, 4 / 5, 1 / 10, 9 / 10, 1 / 6, 5 / 6})


def _nearest_window(value: float) -> Tuple[float, float]:
    """The shares nearer to *value* than to any other common fraction, widened by a
    tenth of *value* (copy rounds freely): "a third" covers 30% to 37%."""
    k = _COMMON.index(min(_COMMON, key=lambda c: abs(c - value)))
    if abs(_COMMON[k] - value) > 0.01:
        # no common fraction ("one in eight", "three in seven"): the share itself, widened
        # by a seventh (not everything from nothing up to the nearest common one)
        return value * 6 / 7, value * 8 / 7
    lo = (_COMMON[k - 1] + value) / 2 if k else value * 0.7  # ("one in ten" is not 6%)
    hi = (_COMMON[k + 1] + value) / 2 if k + 1 < len(_COMMON) else 1.0
    return min(lo, value * 0.9), max(hi, value * 1.1)


def share_window(value: float, qualifier: str, exact: bool) -> Tuple[float, float]:
    """The shares (0-1) a stated share allows: a fraction word is loose ("a third" is
    29-38%), a percentage holds to its digits and half a point more; a qualifier bounds
    it on one side ("almost half" 40-50%, "more than a third" over 33%)."""
    q = " ".join(qualifier.lower().split())
    if exact:
        lo, hi = value - 0.006, value + 0.006
    else:
        # a fraction word names the common fraction nearest the share: "three-quarters"
        # is not 8 of 12, which is two-thirds
        lo, hi = _nearest_window(value)
    if q in ("almost", "nearly", "just under", "close to", "barely"):
        return value * 0.8, value + 0.006
    if q in ("more than", "over", "just over", "well over"):
        return value - 0.006, 1.0 if not exact else max(hi, value * 1.5)
    if q in ("less than", "under", "fewer than", "well under"):
        return 0.0, value + 0.006
    if q in ("about", "around", "roughly", "some", "approximately"):
        if exact:  # "roughly 31%": its digits say how rough (two points, or a tenth of it)
            slack = max(0.012, value * 0.1)
            return value - slack, value + slack
        return value * 0.8, value * 1.2
    return lo, hi


#: What a share may be of: counts, and measures or sums whose part and whole share a unit
#: ("Of the 250 hectares, 80 - about a third - are woodland").
_SHARE_KINDS = frozenset("count currency length mass area volume energy power".split())


def _same_measure(a: Figure, b: Figure) -> bool:
    return a.kind == b.kind and a.currency == b.currency and (a.kind in ("count", "currency") or a.unit == b.unit)


def share_statements(doc: Document) -> List[ShareStatement]:
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in read_figures(doc):
        if f.sentence is None or f.kind not in _SHARE_KINDS or f.quantity is None or not f.comparable:
            continue
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    out: List[ShareStatement] = []
    for k, sentence in enumerate(order):
        counts = by_sentence[id(sentence)]
        if "capacity" in sentence.text:
            st = _of_capacity(sentence, counts, [by_sentence[id(o)] for o in order[max(0, k - 1) : k + 2]])
            if st is not None:
                out.append(st)
        pairs = [(p, w) for p, w in _pairs(sentence, counts) if _same_measure(p, w)]
        for part, whole in pairs:
            st = _stated(sentence, part, whole)
            if st is not None:
                out.append(st)
        if not pairs and len(counts) >= 2 and (", or " in sentence.text or "that is" in sentence.text):
            st = _share_then_part(sentence, counts)
            if st is not None:
                out.append(st)
        if not pairs and len(counts) >= 2 and may_hold(sentence.region, _VERB_SHARE_WORDS, sentence.start, sentence.end) \
                and _VERB_SHARE_CUE.search(sentence.text):
            st = _share_by_verb(sentence, counts)
            if st is not None:
                out.append(st)
        if len(counts) >= 2 and _RATE_WORD.search(sentence.text):
            st = _named_rate(sentence, counts)
            if st is not None:
                out.append(st)
        if ("%" in sentence.text or "per cent" in sentence.text) and counts:
            st = _share_then_count(sentence, counts, order[k + 1] if k + 1 < len(order) else None,
                                   by_sentence.get(id(order[k + 1])) if k + 1 < len(order) else None)
            if st is not None:
                out.append(st)
        between = _share_between(sentence, counts)
        if between is not None:
            out.append(between)
        if not pairs:
            st = _elliptic(sentence, counts)
            if st is not None:
                out.append(st)
        if not pairs and " of " in sentence.text:
            st = _referred(doc, sentence, counts)
            if st is not None:
                out.append(st)
        elif not pairs and counts and _OF_THOSE_OPENING.match(sentence.region.text, sentence.start):
            st = _opening_referred(doc, sentence, counts[0])
            if st is not None:
                out.append(st)
        levels = [f for f in counts if f.kind not in ("percent", "pp")] if counts else []
        if not pairs and levels and (" of " in sentence.text or " the " in sentence.text):
            # ("Nearly half the workforce, 390 staff": the part, not the share read as a figure)
            st = _share_of_group(doc, sentence, counts[0] if counts[0].kind not in ("percent", "pp") else levels[0])
            if st is not None:
                out.append(st)
        if len(levels) > 1 and (" of that" in sentence.text or " of this" in sentence.text):
            # "raised £3.1m. Almost half of that, £900,000, ...": a later amount is the part
            for part in levels[1:]:
                if part.kind == "currency":
                    got = _share_of_group(doc, sentence, part)
                    if got is not None:
                        out.append(got)
                        break
        if levels and sentence.text[:1] in "AOHTSNM" and not pairs:
            got = _share_opening_part_last(doc, sentence, levels)
            if got is not None:
                out.append(got)
    out.extend(made_up_shares(doc))
    return out


#: "Only 9% of the 2,460 cases led to a charge, or about 310": a share of a whole, then the
#: part it comes to, set off at the end of the clause.
_SHARE_OF_BEFORE = lazyre.compile(rf"{_Q}{_FRAC}\s+of\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?|these\s+|those\s+)?$",
                                  re.I)
#: "Half of the 640 pupils, that is 320, ...", "The third of the 1,500 employees, that is
#: to say 500 persons": the part restated after "that is".
_SHARE_OF_BEFORE_THE = lazyre.compile(rf"{_Q}(?P<frac>the[\s-](?:half|third|quarter|fifth|tenth))(?P<n>(?!))?(?P<d>(?!))?"
                                      rf"(?P<pct>(?!))?\s+of\s+(?:the\s+|its\s+|their\s+)$", re.I)
_THAT_IS_PART = lazyre.compile(r"(?:\s+[^\s.;:()\d,]+){0,12}\s*,\s*(?:that\s+is(?:\s+to\s+say)?|i\.\s?e\.|namely)\s+"
                               r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
#: A share of a whole given right after it by "of whom", "of which", "of them".
_OF_WHOM_SHARE = lazyre.compile(rf"(?:\s+[a-z][\w'’-]*){{0,3}}?\s*,\s*(?:of\s+whom|of\s+which|of\s+them)\s+{_Q}{_FRAC}",
                                re.I)
#: The words after such a share up to ", or about": they may hold a number ("are under 16").
_OR_PART_LOOSE = lazyre.compile(r"(?:\s+[^\s.;:(),]+){1,12},\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                                r"almost\s+|just\s+over\s+|just\s+under\s+)?", re.I)
_OR_PART = lazyre.compile(r"(?:\s+[^\s.;:()\d,]+){3,12},\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
                          r"just\s+over\s+|just\s+under\s+)?$", re.I)


#: A rate named after the two counts it comes from, set off at the end of the clause: "The
#: hostel has 80 beds and 72 were taken, an occupancy rate of 90%"; "Of 450 applicants,
#: 117 got a place, an acceptance rate of 26%". Not a rate of something else ("an interest
#: rate of 5%").
_RATE_WORD = lazyre.compile(r"\b(?:rate|occupancy|turnout)\b")
_NAMED_RATE = lazyre.compile(
    rf",\s*(?:or\s+|giving\s+|making\s+|which\s+(?:is|was|gives|makes)\s+)?(?:an?\s+|the\s+)?"
    rf"(?!(?:interest|tax|inflation|exchange|growth|mortgage|base|bank|birth|death|crime|hourly|pay|wage|"
    rf"unemployment|jobless|vat|discount|tariff|fertility|mortality|annual|average)\b)"
    rf"(?:[a-z][\w-]*\s+)?(?:rate|occupancy|turnout)\s+(?:of\s+|was\s+|is\s+)?"
    rf"{_Q}(?P<frac>(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per\s?cent))(?P<n>(?!))?(?P<d>(?!))?"
    rf"\s*(?:[,.;:)]|$)", re.I)


def _named_rate(sentence: Sentence, counts: List[Figure]) -> Optional[ShareStatement]:
    text = sentence.region.text
    m = _NAMED_RATE.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    before = [f for f in counts if f.end <= m.start() and f.kind == "count" and f.row is None]
    if len(before) != 2 or any(f.role in ("change", "rate") for f in before):
        return None
    part, whole = sorted(before, key=lambda f: f.value)
    if not 0 < part.value <= whole.value or _ALL_BUT_BEFORE.search(text, max(sentence.start, part.qual_start - 12),
                                                                    part.qual_start):
        return None  # "won all but two of its 17 cases, a success rate of 88%": the rest
    if part.thing and whole.thing and part.thing.lower() != whole.thing.lower() \
            and not _NESTED_OF.match(text, part.quantity.extra.get("after", part.end)):
        return None  # "80 beds were full and 64 patients waited": two counts of two things
    return _statement(part, whole, m, sentence)


_NESTED_OF = lazyre.compile(r"\s+of\s+(?:them|those|these|which)\b", re.I)


#: Words one of which every match of ``_SHARE_OF_WHOLE`` holds, but "in" and "out" of
#: "one in four", "three out of ten" (see ``_IN_OR_OUT``).
_SHARE_OF_WHOLE_WORDS = ("half", "third", "quarter", "fifth", "sixth", "tenth", "%", "cent")
_IN_OR_OUT = lazyre.compile(r"\s(?:in|out)\s")


def _share_of_whole(sentence: Sentence, whole: Figure) -> "Optional[re.Match[str]]":
    """``_SHARE_OF_WHOLE`` before *whole* ("nearly a quarter of the 2,000 trees"), its
    words looked for first in the folded text."""
    lo = max(sentence.start, whole.qual_start - 40)
    region = whole.region
    if region.fold_safe:
        window = region.folded[lo : whole.qual_start]
        if not any(w in window for w in _SHARE_OF_WHOLE_WORDS) and _IN_OR_OUT.search(window) is None:
            return None
    if not region.text[whole.qual_start - 1 : whole.qual_start].isspace():
        return None  # (every match ends in white space: its search tries every character)
    return _SHARE_OF_WHOLE.search(region.text, lo, whole.qual_start)


_ALL_BUT_BEFORE = lazyre.compile(r"\b(?:all\s+but|except|except\s+for|bar)\s+$", re.I)


#: A share of a count, in digits: "64% of them", "42% of the 9,800 voters", "20% of those".
_PCT_OF = lazyre.compile(rf"{_Q}(?P<frac>(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per\s?cent))(?P<n>(?!))?(?P<d>(?!))?"
                         rf"(?:\s+of\s+(?P<ref>them|those|these|the\s+|its\s+|their\s+|all\s+)"
                         rf"|(?P<bare>\s+(?!of\b)[a-z]))", re.I)
#: What the share comes to, said as a consequence: ", so about 4,100 ...", "That means 190 ...".
_COMES_TO_HERE = lazyre.compile(r"(?:,\s*|\s+)(?:so|which\s+means|meaning|that\s+is|or)\s+(?:just\s+|only\s+|some\s+|"
                                r"about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|under\s+|just\s+over\s+|"
                                r"just\s+under\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+)?$", re.I)
_COMES_TO_NEXT = lazyre.compile(r"\s*(?:That|This|It)\s+(?:means|meant|is|was|would\s+be|comes\s+to|came\s+to|makes|"
                                r"made|amounts\s+to|equals)\s+(?:that\s+)?(?:[a-z]+\s+){0,2}?$"
                                r"|\s*So\s+(?:[a-z]+\s+){0,2}?$")
_MORE_AFTER = lazyre.compile(r"(?:\s+[a-z]+)?\s+(?:more|fewer|less|higher|lower|up|down|extra|additional)\b", re.I)
_OF_OPENING = lazyre.compile(r"\s*(?:Of|Out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?$")


def _share_then_count(sentence: Sentence, counts: List[Figure], following: Optional[Sentence],
                      next_counts: Optional[List[Figure]]) -> Optional[ShareStatement]:
    """ "Some 2,400 staff voted and 64% of them backed the deal. That means about 1,540 ...":
    a share of a count given before it, then the count it comes to, in the same sentence
    after "so" or "which means", or opening the next ("That means", "That is"). The count
    a pronoun takes is the last before it, or of a pair "A of B" the part A; "Of the 760
    cars tested, 20% failed" takes the opening count."""
    text = sentence.region.text
    # (every match holds "%" or "cent", at most a qualifier of two words and the number before it)
    for m in matches_near(_PCT_OF, text, sentence.start, sentence.end, sentence.folded, ("%", "cent"), 6):
        whole = None
        ref = (m.group("ref") or "").strip().lower()
        if ref in ("them", "those", "these"):
            earlier = [f for f in counts if f.end <= m.start() and f.kind == "count"]
            if earlier:
                whole = earlier[-1]
                if len(earlier) >= 2 and _PART_OF.fullmatch(text, earlier[-2].quantity.extra.get("after", earlier[-2].end),
                                                           earlier[-1].qual_start):
                    whole = earlier[-2]  # "1,200 of its 1,700 members voted, and 70% of those backed it"
        elif ref:
            whole = next((f for f in counts if f.qual_start >= m.end() and f.qual_start - m.end() < 3), None)
        elif m.group("bare") and counts[0].end <= m.start() and _OF_OPENING.fullmatch(text, sentence.start,
                                                                                         counts[0].qual_start):
            whole = counts[0]  # "Of the 760 cars tested, 20% failed"
        if whole is None or whole.kind != "count" or whole.upper is not None:
            continue
        part = None
        for f in counts:
            if f.start > m.end() and f is not whole and f.kind == "count" \
                    and _COMES_TO_HERE.search(text, max(sentence.start, f.qual_start - 30), f.qual_start):
                part = f
                break
        if part is None and following is not None and next_counts and len(next_counts) == 1 \
                and _adjacent(sentence, following):
            f = next_counts[0]
            if f.kind == "count" and _COMES_TO_NEXT.fullmatch(f.region.text, following.start, f.qual_start):
                part = f
        if part is None or not 0 < part.value <= whole.value or part.role in ("change", "rate") \
                or _MORE_AFTER.match(part.region.text, part.quantity.extra.get("after", part.end)):
            continue  # "That is 12 more than last year": a change, not the share's count
        window = _window(m)
        if window is None:
            continue
        st = ShareStatement(part, whole, window[0], window[1], sentence.region,
                            m.start("q") if m.group("q") else m.start("frac"), m.end("frac"), sentence)
        st.reported = part  # the count worked out from the share is the claim
        return st
    return None


def _share_then_part(sentence: Sentence, counts: List[Figure]) -> Optional[ShareStatement]:
    text = sentence.region.text
    for k, whole in enumerate(counts[:-1]):
        m = _SHARE_OF_BEFORE.search(text, max(sentence.start, whole.qual_start - 40), whole.qual_start) \
            or _SHARE_OF_BEFORE_THE.search(text, max(sentence.start, whole.qual_start - 40), whole.qual_start)
        end = whole.quantity.extra.get("after", whole.end) if whole.quantity is not None else whole.end
        if m is None:
            # "The town has 60,000 residents, of whom 20 percent are under 16, or about
            # 12,000 children": the share after "of whom", then the part it comes to
            m = _OF_WHOM_SHARE.match(text, end) if "of " in text[end : end + 60] else None
            if m is None:
                continue
            part = next((c for c in counts[k + 1 :] if c.qual_start > m.end()
                         and _OR_PART_LOOSE.fullmatch(text, m.end(), c.qual_start)), None)
            if part is None or not _same_measure(part, whole) or part.value >= whole.value:
                continue
            st = _statement(part, whole, m, sentence)
            if st is not None:
                return st
            continue
        part = counts[k + 1]
        if not _same_measure(part, whole) or part.value >= whole.value \
                or not (_OR_PART.fullmatch(text, end, part.qual_start) or _THAT_IS_PART.fullmatch(text, end, part.qual_start)):
            continue
        st = _statement(part, whole, m, sentence)
        if st is not None:
            return st
    return None


#: A part said to be a share of a whole by its verb: "The 1,800 strikers represent 60% of
#: the 2,400 dockers", "make up a third of the", "account for 40% of its".
#: Words one of which every match of ``_VERB_SHARE_CUE`` holds.
_VERB_SHARE_WORDS = ("make", "made", "making", "represent", "account", "constitut", "amount")
_VERB_SHARE_CUE = lazyre.compile(r"\b(?:make|makes|made|making)\s+up|\brepresent|\baccount(?:s|ed|ing)?\s+for|"
                                 r"\bconstitut|\bamount(?:s|ed)?\s+to", re.I)
_VERB_SHARE = lazyre.compile(
    rf"\b(?:(?:make|makes|made|making)\s+up|represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|constitut(?:e|es|ed|ing)|"
    rf"amount(?:s|ed)?\s+to)\s+(?:only\s+|just\s+)?(?:(?:a|an)\s+(?:turnout|share|proportion|rate)\s+of\s+)?{_Q}{_FRAC}\s+(?:of|from)\s+"
    rf"(?:(?:the|its|their|his|her|our)\s+|all\s+(?:the\s+)?)?(?:[\w-]+['’]s\s+)?"
    # the whole named before its number: "8% of the estimated population of 8,000 bears",
    # "of the total, put at 8,000"
    rf"(?:(?:(?:estimated|total|whole|entire|overall|current|national|local|wild|adult|combined)\s+)*"
    rf"(?:population|total|number|workforce|stock|herd|fleet|membership|electorate|count|headcount|staff)"
    rf"(?:\s+of\s+|\s*,?\s+(?:estimated|put|reckoned|thought)\s+at\s+)(?:about\s+|around\s+|some\s+|roughly\s+)?)?", re.I)


def _share_by_verb(sentence: Sentence, counts: List[Figure]) -> Optional[ShareStatement]:
    """A part, a verb of making up, a share and its whole: "These 1,800 strikers represent
    60% of the 2,400 dockers employed at the port" (75%)."""
    text = sentence.region.text
    for m in _VERB_SHARE.finditer(text, sentence.start, sentence.end):
        whole = next((f for f in counts if m.end() <= f.qual_start <= m.end() + 2), None)
        if whole is None:
            continue
        part = next((f for f in reversed(counts) if f.end <= m.start() and m.start() - f.end < 60
                     and _same_measure(f, whole) and not _CLAUSE_GAP.search(text, f.end, m.start())), None)
        if part is None or part.value >= whole.value:
            continue
        st = _statement(part, whole, m, sentence)
        if st is not None:
            return st
    return None


_CLAUSE_GAP = lazyre.compile(r"[;:]|,\s+(?:but|while|and|whereas)\b|\d")


def _referred(doc: Document, sentence: Sentence, counts: List[Figure]) -> Optional[ShareStatement]:
    """A part of a group counted in an earlier sentence, with its share beside it:
    "Inspectors checked 330 buildings. Damage was found in 41 of them, about one in
    eight"; "... 41 of the buildings, about one in eight"."""
    for part in counts:
        ref = partitive_reference(part)
        if ref is None:
            continue
        end, noun = ref
        m = _BESIDE.match(sentence.region.text, end)
        if m is None:
            continue
        whole = noun_referent(doc, part, noun, kinds=("count",)) if noun else pronoun_referent(doc, part)
        if whole is None or whole.sentence is sentence or whole.kind != "count" or not 0 < part.value <= whole.value:
            continue
        st = _statement(part, whole, m, sentence)
        if st is not None:
            return st
    return None


#: "Almost a third of them, 300, ...", "Half of the pupils - 600 - ...": a share of a group
#: the sentence before counted, with the part set off after it.
_SHARE_OF_GROUP = lazyre.compile(rf"{_Q}{_FRAC}\s+(?:of\s+)?(?:(?P<pron>them|those|these)|of\s+(?P<that>that|this|it)|(?:the|its|their)\s+"
                                 rf"(?P<noun>[a-z]+))\s*(?:,|[-–—]|\()\s*$", re.I)
#: A group named by a collective noun, and the nouns its count is given under: "half the
#: workforce" of "The firm employs 1,150 people".
_COLLECTIVE = {
    "workforce": ("staff", "workers", "employees", "people"),
    "staff": ("staff", "workers", "employees", "people"),
    "membership": ("members",),
    "electorate": ("voters", "electors"),
    "population": ("people", "residents", "inhabitants"),
    "fleet": ("vehicles", "buses", "ships", "boats", "aircraft", "planes", "lorries", "trains"),
}


#: The marks a match of ``_SHARE_OF_GROUP`` ends with, but white space ("a third of them, 300").
_GROUP_SHARE_ENDS = frozenset(",-–—(")
_SHARE_WORDS = ("half", "Half", "third", "Third", "quarter", "Quarter", "fifth", "tenth", "%", "cent", " in ")


def _share_of_group(doc: Document, sentence: Sentence, part: Figure) -> Optional[ShareStatement]:
    """A share of a group counted before, then its part: "The school has 1,200 pupils.
    Almost a third of them, 300, are eligible"."""
    text = sentence.region.text
    lo = max(sentence.start, part.qual_start - 60)
    window = text[lo : part.qual_start]
    if " of " not in window and " the " not in window and " its " not in window \
            or not any(w in window for w in _SHARE_WORDS):
        return None  # (cheap tests of the words the pattern needs)
    if window.rstrip()[-1:] not in _GROUP_SHARE_ENDS:
        return None  # (the mark the pattern ends with, before white space: its search tries every character)
    m = _SHARE_OF_GROUP.search(text, lo, part.qual_start)
    if m is None:
        return None
    if m.group("that"):
        # "The appeal raised £3.1m. Almost half of that, £900,000, ...": an amount, taken up
        if part.kind != "currency":
            return None
        whole = pronoun_referent(doc, part)
    elif m.group("pron"):
        whole = pronoun_referent(doc, part)
    else:
        noun = m.group("noun").lower()
        whole = noun_referent(doc, part, noun, kinds=("count",))
        for other in _COLLECTIVE.get(noun, ()) if whole is None else ():
            whole = noun_referent(doc, part, other, kinds=("count",))
            if whole is not None:
                break
    if whole is None or not _same_measure(part, whole) or not 0 < part.value <= whole.value:
        return None
    if whole.sentence is sentence and not (m.group("that") and whole.end <= m.start()):
        return None  # ("£1.2m. Roughly a quarter of that, ...": one sentence to the splitter)
    return _statement(part, whole, m, sentence)


_OF_THOSE_OPENING = lazyre.compile(r"\s*[\"“]?(?:Of|Among|Out\s+of)\s+(?:them|those|these|which|whom)\s*,\s*", re.I)


#: "1,200 people, or 48% of the 2,500 who applied": the share and the whole after the part.
_SHARE_OF_NEXT = lazyre.compile(rf"(?:\s+[a-z][\w'’-]*){{0,2}}\s*(?:,\s*(?:or\s+)?|\(\s*|\s[-–—]\s*)(?:or\s+)?{_Q}{_FRAC}"
                                rf"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?$", re.I)


def _share_between(sentence: Sentence, counts: List[Figure]) -> Optional[ShareStatement]:
    text = sentence.region.text
    for a, b in zip(counts, counts[1:]):
        m = _SHARE_OF_NEXT.fullmatch(text, a.quantity.extra.get("after", a.end), b.qual_start)
        if m is None or not 0 < a.value <= b.value or not _same_measure(a, b):
            continue
        st = _statement(a, b, m, sentence)
        if st is not None:
            return st
    return None


def _opening_referred(doc: Document, sentence: Sentence, part: Figure) -> Optional[ShareStatement]:
    """ "The lab tested 1,500 samples. Of those, 350 - 15% - were positive": the group of
    the sentence before, its part and the share beside the part."""
    text = sentence.region.text
    m = _BESIDE.match(text, part.quantity.extra.get("after", part.end)) or _clause_share(
        text, part.quantity.extra.get("after", part.end), sentence)
    if m is None:
        return None
    whole = pronoun_referent(doc, part)
    if whole is None or whole.sentence is sentence or whole.kind != "count" or not 0 < part.value <= whole.value:
        return None
    return _statement(part, whole, m, sentence)


def _pairs(sentence: Sentence, counts: List[Figure]) -> List[Tuple[Figure, Figure]]:
    """(part, whole): "A of the B", "A out of B", "Of the B ..., A"."""
    text = sentence.region.text
    out = []
    for i, a in enumerate(counts[:-1]):
        b = counts[i + 1]
        if _PART_OF.fullmatch(text, a.quantity.extra.get("after", a.end), b.qual_start) or \
                _PART_OF.fullmatch(text, a.end, b.qual_start):
            if 0 < a.value <= b.value:
                out.append((a, b))
    for i, b in enumerate(counts[:-1]):
        # "nearly a quarter of the 2,000 trees, 200, were felled"
        a = counts[i + 1]
        lead = _share_of_whole(sentence, b)
        if lead is not None and (not lead.group("pct") or _appositive_part(text, _noun_end(text, b, sentence), a)) \
                and _COMMA_GAP.fullmatch(text, _noun_end(text, b, sentence), a.qual_start) and 0 < a.value <= b.value:
            out.append((a, b))
    for i, whole in enumerate(counts[:-1]):
        # "A survey of 2,000 adults found that 900 - roughly two-thirds - ...": the sample, then a part of it
        if _SAMPLE_BEFORE.search(text, max(sentence.start, whole.qual_start - 30), whole.qual_start):
            part = counts[i + 1]
            if 0 < part.value <= whole.value and not any(p is part for p, _ in out):
                out.append((part, whole))
    if len(counts) >= 2 and _OF_THE_OPENING.fullmatch(text, sentence.start, counts[0].qual_start):
        whole, part = counts[0], counts[1]
        comma = text.find(",", whole.end, part.qual_start)
        if comma >= 0 and 0 < part.value <= whole.value and not any(p is part for p, _ in out):
            out.append((part, whole))
    return out


def _stated(sentence: Sentence, part: Figure, whole: Figure) -> Optional[ShareStatement]:
    text = sentence.region.text
    # beside the part, or after the whole's noun phrase
    for at in (part.quantity.extra.get("after", part.end), _noun_end(text, whole, sentence)):
        m = _BESIDE.match(text, at)
        if m is not None and m.group("pct") and "(" in text[m.start() : m.start("pct")]:
            m = None  # "12 of the 40 (30%)": the part-whole rule reads a percentage in parentheses
        if m is not None:
            st = _statement(part, whole, m, sentence)
            if st is not None:
                return st
    # "Of the 1,250 flights, 310 were delayed, or 25%": later in the part's clause
    if part.start > whole.start or _PART_OF.fullmatch(text, part.quantity.extra.get("after", part.end),
                                                        whole.qual_start):
        m = _clause_share(text, max(part.end, whole.end), sentence)
        if m is not None and m.group("pct") and "(" in text[m.start() : m.start("pct")] \
                and _WORDS_PAREN.fullmatch(text, max(part.end, whole.end), m.start("pct")):
            m = None  # "12 of the 40 councillors (40%)": the part-whole rule reads it
        if m is not None:
            st = _statement(part, whole, m, sentence)
            if st is not None:
                return st
    # "Turnout was 31%, with 152,600 of the 540,000": the share before the pair
    first = min(part.qual_start, whole.qual_start)
    with_before = _WITH_BEFORE.search(text, max(sentence.start, first - 12), first) is not None
    if with_before or text[sentence.start : first].rstrip().endswith(","):
        for m in _SHARE_BEFORE.finditer(text, sentence.start, first):
            if _CHANGE_NEAR.search(text, max(sentence.start, m.start() - 25), m.start()):
                continue
            if not with_before and text[sentence.start : m.start()].strip(" \"“‘'"):
                continue  # after a bare comma only a share that opens the sentence: "One in eight visitors, 92 of 488"
            st = _statement(part, whole, m, sentence) if first - m.end() < 40 else None
            if st is not None:
                return st
    # "almost half of the 11,200 students, 2,900, ..."
    m = _share_of_whole(sentence, whole)
    if m is not None and (not m.group("pct") or _appositive_part(text, _noun_end(text, whole, sentence), part)) \
            and part.start > whole.end and part.qual_start - _noun_end(text, whole, sentence) < 6:
        st = _statement(part, whole, m, sentence)
        if st is not None:
            return st
    return None


#: A relative clause that only restates: ", which is 24%", ", that is a third".
_COPULA = (r"(?:which|that|this)\s+(?:is|was|are|were|represents|represented|means|meant|makes|made|equals|"
           r"amounts\s+to|amounted\s+to|comes\s+to|came\s+to|works\s+out\s+(?:at|to))\s+")
#: A share set off later in a part's clause: "..., 310 were delayed, or 25%", "... (25%)",
#: "..., roughly 25 per cent, ...", "... - 25% of those checked".
_CLAUSE_SHARE = lazyre.compile(
    rf"(?:,\s*(?:or\s+|{_COPULA}|an?\s+(?=\d))?|\(\s*|\s[-–—]\s*){_Q}{_FRAC}(?P<share>\s+(?:share|proportion|majority))?(?P<of>\s+of\s+(?:them|those|these|the\s+total|all|"
    rf"the\s+[a-z]+)(?:\s+[a-z]+)?)?\s*(?:[-–—),.;:]|$|\s+(?:went|were|are|was|is|have|had|will|would)\b)", re.I)
_CLAUSE_BREAK = lazyre.compile(r"[;:\d]|\b(?:but|while|whereas|although|compared|against|than|from|up|down|rise|"
                               r"fall|increase|decrease)\b", re.I)


_WORDS_PAREN = lazyre.compile(r"(?:\s+[\w'’-]+){0,3}\s*\(\s*")


def _clause_share(text: str, at: int, sentence: Sentence) -> "Optional[re.Match[str]]":
    """The first share set off after offset *at* in the same clause, with no other figure
    or comparison between."""
    m = _CLAUSE_SHARE.search(text, at, sentence.end)
    if m is None or m.start() - at > 60 or _CLAUSE_BREAK.search(text, at, m.start()) \
            or _CHANGED.search(text, sentence.start, m.start()):
        return None  # "fell from 7,600 to 6,600, or 13%": the share is the change
    return m


_CHANGED = lazyre.compile(r"\b(?:rose|risen|rise|rising|fell|fallen|fall|falling|grew|grown|growth|increased?|decreased?|"
                          r"declined?|dropped|drop|climbed|jumped|slumped|cut|reduced|up|down|from\s+[\d£$€])", re.I)


def _elliptic(sentence: Sentence, counts: List[Figure]) -> Optional[ShareStatement]:
    """A part named after its whole without "of", with its share set off beside it: "visited
    1,250 homes and found damp in 310, or 25% of those checked". The whole is the count
    before the part in the sentence; the part has no noun of its own or the whole's, or
    the share says "of those"."""
    text = sentence.region.text
    for i in range(1, len(counts)):
        part = counts[i]
        m = _clause_share(text, part.quantity.extra.get("after", part.end), sentence)
        if m is None:
            continue
        whole = counts[i - 1]
        if not 0 < part.value < whole.value or whole.role not in ("amount", "total") or part.role == "change" \
                or not _same_measure(part, whole):
            return None
        if not (m.group("of") or not part.thing or part.thing == whole.thing):
            return None
        return _statement(part, whole, m, sentence)
    return None


_SAMPLE_BEFORE = lazyre.compile(r"\b(?:survey|poll|study|sample|census|ballot|questionnaire)\s+of\s+(?:some\s+|about\s+|more\s+"
                                 r"than\s+|nearly\s+|almost\s+|around\s+)?$|\b(?:surveyed|polled|questioned|asked|"
                                 r"interviewed)\s+$", re.I)
#: The part set off as an appositive: "35% of the 640 drivers, 224 in all, failed" (in brackets
#: or after "or" it is the part-whole rule's).
_APPOSITIVE_END = lazyre.compile(r"\s+(?:in\s+all|in\s+total|altogether)\s*[,)–—]", re.I)
_APPOSITIVE_COMMA = lazyre.compile(r"\s*,")


def _appositive_part(text: str, after_whole: int, part: Figure) -> bool:
    """The part set off between commas after "N% of the T": "40% of the 2,000 jobs, some
    1,200, will go", or with "in all" ("..., 619 in all, ..."). After "or" or in brackets
    it is the part-whole rule's."""
    gap = text[after_whole : part.qual_start]
    end = part.quantity.extra.get("after", part.end)
    if _APPOSITIVE_END.match(text, end):
        return True
    return "," in gap and "(" not in gap and " or " not in f" {gap} " and _APPOSITIVE_COMMA.match(text, end) is not None


_COMMA_GAP = lazyre.compile(r"\s*(?:,|\(|[-–—])\s*(?:or\s+|some\s+|about\s+)?")
_SHARE_BEFORE = lazyre.compile(rf"{_Q}{_FRAC}"
                               # the group's noun may follow: "One in eight visitors, 92 out of 488"
                               r"(?=(?:\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?!(?:higher|lower|more|fewer|less|up|"
                               r"down|than|rise|fall|increase|decrease|drop|cut)\b)[a-z][\w'’-]*)?\s*(?:,|:|\(|[-–—]))",
                               re.I)
_CHANGE_NEAR = lazyre.compile(r"\b(?:up|down|rose|fell|rise|fall|increase|decrease|by|growth|drop|cut)\s+(?:of\s+|by\s+)?$",
                              re.I)
_NOUN_WORDS = lazyre.compile(r"(?:\s+(?!(?:went|were|are|was|is|have|had|said|will|would)\b)[a-z][\w'’-]*){0,4}")


def _noun_end(text: str, f: Figure, sentence: Sentence) -> int:
    end = f.quantity.extra.get("after", f.end)
    m = _NOUN_WORDS.match(text, end, sentence.end)
    return m.end() if m else end


#: "Some 9,000 fans watched, 75% of capacity. The stadium holds 12,000.": a share of a
#: capacity the sentence, or the one before or after, gives.
_OF_CAPACITY = lazyre.compile(rf"(?:\s+[a-z][\w'’-]*){{0,8}}?\s*,\s*(?:or\s+|about\s+|just\s+)?{_Q}{_FRAC}\s+of\s+"
                              r"(?:its\s+|their\s+|the\s+(?:[\w'’-]+\s+){0,2}?)?(?:full\s+)?capacity\b", re.I)
_CAPACITY_BEFORE = lazyre.compile(r"\b(?:holds?|seats|capacity\s+(?:of|is|was)|room\s+for|can\s+(?:take|hold|seat)|"
                                  r"accommodates?|has\s+space\s+for)\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|"
                                  r"just\s+over\s+|almost\s+|nearly\s+)?$", re.I)


def _of_capacity(sentence: Sentence, counts: List[Figure], near: List[List[Figure]]) -> Optional[ShareStatement]:
    text = sentence.region.text
    for part in counts:
        if part.kind != "count" or part.row is not None:
            continue
        m = _OF_CAPACITY.match(text, part.end)
        if m is None or m.end() > sentence.end:
            continue
        for group in near:
            for whole in group:
                if whole is part or whole.kind != "count" or whole.row is not None:
                    continue
                wt = whole.region.text
                if not _CAPACITY_BEFORE.search(wt, max(0, whole.qual_start - 40), whole.qual_start):
                    continue
                if whole.sentence is not sentence and not (_adjacent(whole.sentence, sentence)):
                    continue
                if not 0 < part.value <= 1.5 * whole.value:
                    continue
                return _statement(part, whole, m, sentence)
        return None
    return None


def _adjacent(a: Optional[Sentence], b: Sentence) -> bool:
    if a is None:
        return False
    x, y = (a, b) if (a.region.index, a.index) < (b.region.index, b.index) else (b, a)
    if x.region is y.region:
        return y.index == x.index + 1
    return y.region.index == x.region.index + 1 and y.index == 0 and x.index == len(x.region.sentences) - 1


def _statement(part: Figure, whole: Figure, m: "re.Match[str]", sentence: Sentence) -> Optional[ShareStatement]:
    """The share *m* states (its qualifier and fraction) for *part* of *whole*, or None when
    the words name no share."""
    window = _window(m)
    if window is None:
        return None
    return ShareStatement(part, whole, window[0], window[1], sentence.region,
                          m.start("q") if m.group("q") else m.start("frac"), m.end("frac"), sentence)


def _window(m: "re.Match[str]") -> Optional[Tuple[float, float]]:
    frac = m.group("frac")
    qual = m.group("q") or ""
    if m.group("pct"):
        return share_window(_pct_value(m.group("pct")) / 100, qual, exact=True)
    if m.group("d"):
        n = _NUMBERS.get(m.group("n").lower()) if not m.group("n").isdigit() else int(m.group("n"))
        d = _NUMBERS.get(m.group("d").lower()) if not m.group("d").isdigit() else int(m.group("d"))
        if not n or not d or n >= d:
            return None
        return share_window(n / d, qual, exact=False)
    key = re.sub(r"[\s-]+", " ", frac.lower())
    value = _FRACTIONS.get(key)
    if value is None:
        return None
    return share_window(value, qual, exact=False)


#: "Nearly 60% of savers held less than £1,000, while 45% held more than £5,000": two shares
#: of one population on either side of two thresholds that do not overlap, so the groups
#: cannot share a member and the shares cannot pass 100% between them.
_BOUND_WORDS = r"(?:(?:[a-z][\w'’-]*\s+){0,3}?)"
_LOW_BOUND = r"(?:less\s+than|fewer\s+than|under|below)"
_HIGH_BOUND = r"(?:more\s+than|over|above)"
_AMOUNT = r"(?P<cur>[£$€])?(?P<amt>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<scale>\s?(?:m|bn|k|million|billion)\b)?"
_FIRST_SIDE = lazyre.compile(
    r"(?:\s+of\s+(?:the\s+|all\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?\s+" + _BOUND_WORDS
    + rf"(?P<b>{_LOW_BOUND}|{_HIGH_BOUND})\s+" + _AMOUNT
    + r"(?:\s+(?!and\b|but\b|while\b|whereas\b)[a-z][\w'’-]*){0,3}(?:\s+(?:a|per)\s+(?:year|month|week))?\s*,?\s+"
    r"(?:while|and|but|whereas)\s+"
    r"(?:just\s+|only\s+|some\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+)?$", re.I)
_SECOND_SIDE = lazyre.compile(r"\s+(?!of\b)" + _BOUND_WORDS + rf"(?P<b>{_LOW_BOUND}|{_HIGH_BOUND})\s+" + _AMOUNT, re.I)
_SCALES = {"m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3}


def _amount(m: "re.Match[str]") -> Tuple[str, float]:
    scale = (m.group("scale") or "").strip().lower()
    return m.group("cur") or "", float(m.group("amt").replace(",", "")) * _SCALES.get(scale, 1.0)


class SplitShares:
    """Two shares of one population in groups that cannot overlap, summing past 100%."""

    __slots__ = ("first", "second", "start", "end", "bounds")

    def __init__(self, first: Figure, second: Figure, start: int, end: int, bounds: Tuple[str, str]) -> None:
        self.first, self.second, self.start, self.end = first, second, start, end
        self.bounds = bounds


def split_shares(doc: Document) -> List[SplitShares]:
    """Pairs of adjacent percentages in one sentence ("N% ... less than X, while M% ... more
    than Y", X <= Y, or the other way round) whose least readings pass 100%."""
    out: List[SplitShares] = []
    prev: Optional[Figure] = None
    for f in read_figures(doc):
        if f.kind != "percent" or f.sentence is None or f.row is not None:
            continue
        a, prev = prev, f
        if a is None or a.sentence is not f.sentence or a.region is not f.region:
            continue
        text = f.region.text
        m1 = _FIRST_SIDE.match(text[: f.qual_start], a.end)
        if m1 is None:
            continue
        m2 = _SECOND_SIDE.match(text, f.end)
        if m2 is None:
            continue
        low1, low2 = m1.group("b").lower()[0] in "lfub", m2.group("b").lower()[0] in "lfub"
        if low1 == low2:
            continue
        (c1, x1), (c2, x2) = _amount(m1), _amount(m2)
        if c1 != c2:
            continue
        lower, upper = (x1, x2) if low1 else (x2, x1)
        if lower > upper:
            continue  # "under 40 ... over 30": the groups may overlap
        least = _least(a) + _least(f)
        if least > 100.5:
            bounds = (text[m1.start("b") : m1.end("amt") + len(m1.group("scale") or "")],
                      text[m2.start("b") : m2.end("amt") + len(m2.group("scale") or "")])
            out.append(SplitShares(a, f, a.qual_start, m2.end(), bounds))
    return out


def _least(f: Figure) -> float:
    """A share's least plausible reading: "nearly 60%" is at least 57%."""
    head = f.region.text[f.qual_start : f.start].strip().lower()
    if head.startswith(("nearly", "almost", "about", "around", "roughly", "some", "approximately", "close to")):
        return f.value * 0.95
    if head.startswith(("under", "less than", "fewer than", "below", "up to")):
        return 0.0
    return f.value - 0.5


#: "Nurses make up more than half of those on strike": a share with no figure of its own,
#: of a group counted earlier, the part counted there too.
_MAKE_UP_OPENING = lazyre.compile(rf"\s*(?:The\s+)?(?P<noun>[A-Z][a-z]+(?:\s+[a-z]+)?)\s+(?:will\s+|now\s+|already\s+)?"
                                  rf"(?:make|makes|made|making)\s+up\s+{_Q}{_FRAC}\s+of\s+", re.I)
_OF_THEM_WORD = lazyre.compile(r"\s*,?\s*(?:of\s+(?:them|which|whom)\s+)(?:are\s+|were\s+|will\s+be\s+)?(?P<w>[a-z]+)", re.I)


def made_up_shares(doc: Document) -> List[ShareStatement]:
    """A share of a group stated with no figures ("Nurses make up more than half of those
    on strike"), its part and whole counted in the two paragraphs before: the part a count
    of the noun, the whole the list that count stands in ("720 nurses, 280 porters and 200
    cleaners") or the count it is part of ("1,800 homes, 600 of them affordable")."""
    figures: Optional[Dict[int, List[Figure]]] = None
    out: List[ShareStatement] = []
    for region in doc.regions:
        if "make up" not in region.text and "makes up" not in region.text and "made up" not in region.text:
            continue
        for sentence in region.sentences:
            m = _MAKE_UP_OPENING.match(region.text, sentence.start)
            if m is None or m.end() > sentence.end:
                continue
            if figures is None:
                figures = {}  # counts by region index, read once
                for f in read_figures(doc):
                    if f.kind == "count" and f.sentence is not None and f.place != "table" and f.quantity is not None:
                        figures.setdefault(f.region.index, []).append(f)
            words = m.group("noun").lower().split()
            earlier = [f for i in range(region.index - 2, region.index + 1) for f in figures.get(i, ())
                       if f.region is not region or f.end <= sentence.start]
            got = _made_up_pair(earlier, words)
            if got is None:
                continue
            part, whole = got
            window = _window(m)
            if window is None:
                continue
            out.append(ShareStatement(part, whole, window[0], window[1], region,
                                      m.start("q") if m.group("q") else m.start("frac"), m.end("frac"), sentence))
    return out


def _made_up_pair(earlier: List[Figure], words: List[str]) -> Optional[Tuple[Figure, Figure]]:
    from lintnews.analysis.figures.context import stem

    last = stem(words[-1])
    for i in range(len(earlier) - 1, -1, -1):
        f = earlier[i]
        text = f.region.text
        of_them = _OF_THEM_WORD.match(text, max(f.end, f.quantity.extra.get("after", f.end)))
        if of_them is not None and len(words) > 1 and of_them.group("w") == words[0]:
            # "1,800 homes, 600 of them affordable" / "Affordable homes"
            wholes = [g for g in earlier[max(0, i - 2) : i] if g.sentence is f.sentence and g.thing]
            if len(wholes) == 1 and wholes[0].value > f.value:
                return f, wholes[0]
            return None
        if f.thing and stem(f.thing) == last and (len(words) == 1 or " ".join(words) in
                                                  text[f.end : f.end + 40].lower()):
            # "720 nurses, 280 porters and 200 cleaners" / "Nurses": the list is the whole
            group = [g for g in earlier if g.sentence is f.sentence]
            listed = _coordinated(text, group)
            if f not in listed or len(listed) < 2:
                return None
            from copy import copy

            # the list read as one figure: its value the sum, its text the whole list
            whole = copy(listed[-1])
            whole.value = sum(g.value for g in listed)
            whole.start, whole.qual_start = listed[0].start, listed[0].qual_start
            whole.approx = ""
            return f, whole
    return None


_LIST_GAP_SHARE = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _coordinated(text: str, figures: List[Figure]) -> List[Figure]:
    """Counts listed "A nouns, B nouns and C nouns" with nothing else between them."""
    out: List[Figure] = []
    for f in figures:
        if out:
            gap = text[out[-1].end : f.qual_start]
            if _LIST_GAP_SHARE.fullmatch(gap) is None:
                if len(out) >= 2:
                    break
                out = []
        out.append(f)
    return out if len(out) >= 2 else []



#: "One in four pupils now cycles to school, about 300 children": a share of a group counted
#: before, opening the sentence, and the part it comes to set off at the sentence's end.
_SHARE_OPENING = lazyre.compile(rf"\s*{_Q}{_FRAC}\s+(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?)?(?P<noun>[a-z]+)\b",
                                re.I)
_PART_AT_END = lazyre.compile(r",\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|"
                              r"more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?$", re.I)
_END_AFTER_PART = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*[.;]?\s*$")


def _share_opening_part_last(doc: Document, sentence: Sentence, levels: List[Figure]) -> Optional[ShareStatement]:
    text = sentence.region.text
    m = _SHARE_OPENING.match(text, sentence.start)
    if m is None or m.group("d") is None and m.group("pct") is None and m.group("frac") is None:
        return None
    part = levels[-1]
    if part.kind != "count" or part.qual_start < m.end() or len(levels) != 1:
        return None
    if not _PART_AT_END.search(text, max(m.end(), part.qual_start - 20), part.qual_start) \
            or not _END_AFTER_PART.match(text[: sentence.end], max(part.end, part.quantity.extra.get("after", part.end))):
        return None
    whole = noun_referent(doc, part, m.group("noun").lower(), kinds=("count",))
    if whole is None or whole.sentence is sentence or not 0 < part.value <= whole.value:
        return None
    return _statement(part, whole, m, sentence)
