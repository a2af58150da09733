"""Parts and their whole: a total and the figures the draft splits it into.

:func:`part_groups` finds, per sentence, a total and its parts in any of these phrasings:

* "Of the 410 staff, 260 work on the lines, 95 in the warehouse and 70 in offices";
* "The firm employs 18,200 people, of whom 12,900 ... and 6,100 ...", "of which",
  "including", "among them", "among which";
* "Nine people were arrested: four men and six women", "Nine people - four men and six
  women - were arrested";
* "The €32m fee is made up of €26m and €6m", "consists of", "comprises", "is split into",
  "breaks down into", "divided between";
* "14 flood warnings and 31 flood alerts, 45 in all" ("in total", "altogether", "a total
  of", "combined");
* "The first 40 of the 94 turbines ..., the remaining 48 ..." ("the other", "the rest");
* "repaid £200,000 of the £730,000 loan, leaving £560,000".

A group is *complete* when the phrasing says the parts make up the whole ("made up of",
"in all", "the remaining", "leaving", a list after a colon); its parts must then add up
to it. Any group's parts must not add up to more than it.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence

from lintnews.records import ValueRecord
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.analysis.figures.referents import (PARAGRAPHS, REACH, noun_referent, partitive_reference, partitive_words,
                                                 pronoun_referent)
from lintnews.analysis.figures.context import context, stem
from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_hold
from lintnews.text.document import Document, Sentence

__all__ = ["PartGroup", "bullet_groups", "earlier_wholes", "referred_total_groups", "enumerated_groups", "falls_short", "list_precision", "part_groups",
           "left_groups", "place_groups", "remaining_groups", "rounding", "sig_half", "sum_interval"]

#: Kinds whose figures add up (percentages are shares, read by the share checks).
ADDITIVE = frozenset("count currency length mass area volume energy power data duration".split())


class PartGroup(ValueRecord):
    """A whole and its parts. ``how`` names the phrasing (``of-the``, ``of-whom``,
    ``including``, ``colon``, ``made-up-of``, ``in-all``, ``remaining``, ``leaving``, or
    ``back`` for parts of a whole given in an earlier sentence); ``complete`` says the
    parts make up the whole."""

    whole: Figure
    parts: List[Figure]
    how: str
    complete: bool
    sentence: Sentence
    notes: Dict[str, str]

    __slots__ = ("whole", "parts", "how", "complete", "sentence", "notes")

    def __init__(
        self,
        whole: Figure,
        parts: List[Figure],
        how: str,
        complete: bool,
        sentence: Sentence,
        notes: Optional[Dict[str, str]] = None,
    ) -> None:
        self.whole = whole
        self.parts = parts
        self.how = how
        self.complete = complete
        self.sentence = sentence
        self.notes = {} if notes is None else notes


def part_groups(doc: Document) -> List[PartGroup]:
    """Every whole with its parts in *doc* (see also :func:`earlier_wholes`)."""
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in read_figures(doc):
        if f.sentence is None or f.kind not in ADDITIVE or not f.comparable or f.quantity is None:
            continue
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    out: List[PartGroup] = []
    for sentence in order:
        figures = by_sentence[id(sentence)]
        if len(figures) >= 2:
            group = _sentence_group(sentence, figures) or _referred_group(doc, sentence, figures)
            if group is not None:
                out.append(group)
    return out


def _referred_group(doc: Document, sentence: Sentence, figures: List[Figure]) -> Optional[PartGroup]:
    """Parts of a whole given before: "Streaming accounted for 3.9 million of the viewers,
    with 7.9 million watching live" (the viewers counted earlier), "Five of them were
    men and four women", "Of those, 680 were ... and 870 ..." (the group of the sentence
    before)."""
    text = sentence.region.text
    first = figures[0]
    if first.whole is not None and first.whole.sentence is not sentence and first.kind == first.whole.kind:
        # "The ward has 96 beds. Some 53 are for adults; the other 43 are for children"
        for r in figures[1:]:
            if _same_kind(r, first) and _REMAINING_BEFORE.search(text, max(sentence.start, r.qual_start - 30),
                                                                 r.qual_start):
                return PartGroup(first.whole, [first, r], "remaining", True, sentence)
    opening = _OF_THOSE.match(text, sentence.start)
    if opening is not None and figures[0].qual_start >= opening.end():
        whole = pronoun_referent(doc, figures[0])
        if whole is not None and whole.sentence is not sentence:
            parts = _listed(text, whole, figures, after=opening.end())
            if len(parts) >= 2:
                return PartGroup(whole, parts, "back", False, sentence)
    opening = _OF_THE_NOUN.match(text, sentence.start)
    if opening is not None and figures[0].qual_start >= opening.end():
        # "Of the parcels, 4,100 went to families, 3,050 to ...": the parcels counted before
        whole = noun_referent(doc, figures[0], opening.group("noun").lower())
        if whole is not None and whole.sentence is not sentence and _same_kind(whole, figures[0]):
            parts = _listed(text, whole, figures, after=opening.end())
            if len(parts) >= 2:
                return PartGroup(whole, parts, "back", False, sentence)
    for i, first in enumerate(figures[:-1]):
        ref = partitive_reference(first)
        if ref is None:
            continue
        end, noun = ref
        whole = noun_referent(doc, first, noun) if noun else pronoun_referent(doc, first)
        if whole is None or whole.sentence is sentence \
                or not _same_kind(whole, first) and not (whole.kind == first.kind == "count"):
            return None  # (a whole in the same sentence is read by _sentence_group)
        parts = [first]
        for f in _listed(text, whole, figures[i + 1 :], after=end):
            if _ASIDE.search(text, parts[-1].end, f.qual_start):
                break  # "11 titles - three of them Grand Slams - and 13 final victories"
            parts.append(f)
        if len(parts) >= 2:
            return PartGroup(whole, parts, "back", False, sentence)
        return None
    return None


#: A part that says its whole was given before: "3,100 tonnes of that total", "Of the sum,
#: ...", "of this amount" (not "the total of 500", which gives its own).
_OF_THAT_TOTAL = lazyre.compile(r"\b(?:[Oo]f|[Ff]rom|[Oo]ut\s+of)\s+(?:that|this|the)\s+(?:total|sum|amount)\b"
                                r"(?!\s+of\b)")
_OF_THAT_TOTAL_WORDS = ("total", "sum", "amount")
#: "the three frigates cost £250m each": a part given for each of a number of things.
_EACH_AFTER = lazyre.compile(r"\s+(?:each|apiece)\b")
_HOW_MANY_BEFORE = lazyre.compile(r"\b(?:the|its|their|both)?\s*(?P<n>two|three|four|five|six|seven|eight|nine|ten|"
                                  r"\d{1,2})\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+(?:[a-z]+\s+){1,2}$", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


class _Times(Figure):
    """A part given for each of *times* things ("three frigates at £250m each"): its value the
    product, shown as written with its multiplier."""

    __slots__ = ("times",)

    @property
    def text(self) -> str:
        return f"{self.times:g} x {self.region.text[self.start : self.end]}"


def _each_times(f: Figure, n: int) -> Figure:
    g = object.__new__(_Times)
    for slot in Figure.__slots__:
        object.__setattr__(g, slot, getattr(f, slot))
    g.times = n
    g.value, g.half = f.value * n, f.half * n
    g.upper = f.upper * n if f.upper is not None else None
    return g


def referred_total_groups(doc: Document) -> List[PartGroup]:
    """Parts of a total given in the sentence or two before, tied to it by "of that total",
    "Of the sum,", "of this amount": "sold 5,200 tonnes ... Kent orchards sent 3,100 tonnes
    of that total, Sussex 2,400 tonnes"; a part given "each" for a number of things
    counts that many times ("Of that amount, three frigates cost £250m each and spares £95m").
    The list may leave some out, so only parts that add up to more than the total are wrong."""
    figures = [f for f in read_figures(doc) if f.kind in ADDITIVE and f.comparable and f.quantity is not None
               and f.sentence is not None]
    out: List[PartGroup] = []
    seen: set = set()
    for k, f in enumerate(figures):
        sentence = f.sentence
        if id(sentence) in seen:
            continue
        seen.add(id(sentence))
        text = sentence.region.text
        if not may_hold(sentence.region, _OF_THAT_TOTAL_WORDS, sentence.start, sentence.end):
            continue
        cue = _OF_THAT_TOTAL.search(text, sentence.start, sentence.end)
        if cue is None:
            continue
        here = [g for g in figures[k:] if g.sentence is sentence]
        earlier = [g for g in figures[max(0, k - 12) : k]
                   if g.role not in ("change", "share", "rate") and not g.approx
                   and sentence.region.index - g.region.index <= 2
                   and not context(g.quantity).reference]  # (not "compared with 3,900 tonnes")
        if not earlier:
            continue
        whole = earlier[-1]
        here = [g for g in here if _same_kind(g, whole)]  # (not "the three frigates" of "£250m each")
        if len(here) < 2 or any(g.role == "change" or g.value >= whole.value
                                or g.role == "rate" and not _EACH_AFTER.match(text, g.quantity.extra.get("after", g.end))
                                for g in here):
            continue
        parts = []
        for g in here:
            n = 1
            if _EACH_AFTER.match(text, g.quantity.extra.get("after", g.end)):
                many = _HOW_MANY_BEFORE.search(text, max(sentence.start, g.qual_start - 50), g.qual_start)
                if many is None:
                    parts = []
                    break
                word = many.group("n").lower()
                n = _SMALL.get(word) or int(word)
            parts.append(_each_times(g, n) if n > 1 else g)
        if len(parts) >= 2:
            out.append(PartGroup(whole, parts, "of-that-total", False, sentence))
    return out


def earlier_wholes(doc: Document) -> List[PartGroup]:
    """Parts listed in one sentence that say they all come out of an amount given before:
    "He spent £640,000 on a villa, £410,000 on cars and £1.4m at casinos, all of it taken
    from the charity" after "took £2.3m from the charity". The whole is the first amount
    of the kind in the headline or the lead paragraphs; only "all of it", "all of the
    money", "all of which" and the like tie the list to it, and the parts may not add up
    to more."""
    figures = [f for f in read_figures(doc) if f.kind == "currency" and f.comparable and f.quantity is not None
               and f.sentence is not None]
    out: List[PartGroup] = []
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in figures:
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    for sentence in order:
        parts = by_sentence[id(sentence)]
        text = sentence.region.text
        if len(parts) < 2 or not _ALL_OF_IT.search(text, parts[-1].end, sentence.end):
            continue
        parts = _trailing_list(text, parts[:-1], parts[-1]) + [parts[-1]]
        if len(parts) < 2 or any(p.currency != parts[0].currency or p.approx for p in parts):
            continue
        lead = next((f for f in figures if f.currency == parts[0].currency and f.region.index <= 2
                     and f.region.index < sentence.region.index and not f.approx), None)
        if lead is not None:
            out.append(PartGroup(lead, parts, "all-of-it", False, sentence))
    return out


def next_sentence_groups(doc: Document) -> List[PartGroup]:
    """Parts listed in the sentence right after their whole, tied to it by nothing but
    the thing counted: "cancelled 130 flights on Monday. Some 41 were domestic and 95
    international", "received 79 complaints. 38 complaints were about bins and 41 about
    parking", "made 145 arrests. Of the arrests, 68 were for theft, ...". The sentence
    opens with its first part (bare, or counting the whole's noun, or after "Of the
    <noun>,"); the whole is the one count of that noun in the sentence before. The list
    may leave some out, so only parts that add up to more than the whole are wrong."""
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in read_figures(doc):
        if f.sentence is None or f.kind != "count" or not f.comparable or f.quantity is None:
            continue
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    out: List[PartGroup] = []
    for before, sentence in zip(order, order[1:]):
        figures = by_sentence[id(sentence)]
        if len(figures) < 2 or not _adjacent(doc, before, sentence):
            continue
        text = sentence.region.text
        first = figures[0]
        opening = _NEXT_OPENING.fullmatch(text, sentence.start, first.qual_start)
        if opening is None:
            continue
        noun = (opening.group("noun") or "").lower() or (first.thing or "").lower()
        wholes = [w for w in by_sentence[id(before)] if w.thing and not w.approx
                  and (not noun or stem(w.thing) == stem(noun))]
        if len(wholes) != 1 or wholes[0].value <= first.value:
            continue
        whole = wholes[0]
        if not noun and not _VERB_AFTER_PART.match(text, first.quantity.extra.get("after", first.end)):
            continue  # a bare figure must be a clause's subject: "Some 41 were domestic"
        parts = [first]
        # "Four were children and eight adults": a bare first part given its kind, the rest
        # the same kind of phrase with its verb left out, each a kind of the whole's thing
        kinds = not (opening.group("noun") or "") and _KIND_PREDICATE.match(
            text, first.quantity.extra.get("after", first.end)) is not None
        for f in figures[1:]:
            if f.thing and _looks_plural(f.thing) and stem(f.thing) != stem(whole.thing) and not (
                    kinds and _ELLIPTIC_END.match(text, f.quantity.extra.get("after", f.end))):
                break  # "Some 41 were domestic and 12 buses ...": another thing
            gap = text[parts[-1].end : f.qual_start]
            if len(gap) > 60 or "," not in gap and " and " not in gap and ";" not in gap:
                break
            parts.append(f)
        if len(parts) >= 2 and _AND_BEFORE_LAST.search(text, parts[-2].end, parts[-1].qual_start) \
                and not place_split(sentence, parts):  # a split by place may leave places out: place_groups
            out.append(PartGroup(whole, parts, "back", False, sentence))
    return out


def bullet_groups(doc: Document) -> List[PartGroup]:
    """A whole in a paragraph that ends with a colon and the list right after it, one part
    an item: "The 73 seats are split as follows:" then "- Labour: 38", "- Conservative:
    11", "- Independent: 17". The list sets out the whole, so its parts must add up to it."""
    regions = doc.regions
    heads = [k for k, r in enumerate(regions[:-2]) if r.kind == "paragraph" and regions[k + 1].kind == "list-item"
             and r.text.rstrip().endswith(":")]
    if not heads:
        return []
    by_region: Dict[int, List[Figure]] = {}
    for f in read_figures(doc):
        if f.region.kind in ("paragraph", "list-item") and f.quantity is not None and f.comparable \
                and f.kind in ADDITIVE:
            by_region.setdefault(id(f.region), []).append(f)
    out: List[PartGroup] = []
    for k in heads:
        region = regions[k]
        if id(region) not in by_region:
            continue
        # the whole: the last figure before the colon that every part fits in ("The
        # trust's 322 beds are split between three sites:" sets out the beds)
        for whole in reversed(by_region[id(region)]):
            end = whole.quantity.extra.get("after", whole.end)
            if whole.approx or whole.sentence is None or _COLON_AFTER_WHOLE.fullmatch(region.text, end) is None:
                break
            parts: List[Figure] = []
            for item in regions[k + 1 :]:
                if item.kind != "list-item":
                    break
                mine = [f for f in by_region.get(id(item), ()) if _same_kind(f, whole)]
                if len(mine) != 1 or mine[0].role in ("change", "rate", "share"):
                    parts = []
                    break
                parts.append(mine[0])
            if len(parts) < 2:
                break
            if all(p.low <= whole.high for p in parts):
                out.append(PartGroup(whole, parts, "colon", True, whole.sentence))
                break
    return out


#: A whole's noun phrase and verb, then the colon that ends its paragraph ("seats on the
#: new council are split as follows:").
_COLON_AFTER_WHOLE = lazyre.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,9}\s*:\s*")


def place_groups(doc: Document) -> List[PartGroup]:
    """Parts of a total given earlier, split by place in a later sentence: "The chain is
    to shut 90 stores" and then "In Scotland 55 stores will close and in Wales 48" (or
    "55 stores will close in Scotland and 48 in Wales"). Every figure of the later
    sentence is a count tied to its own named place, the first counting a noun and the
    others that noun or none; the whole is the one value the draft gave that noun before,
    larger than each part. A split may leave places out, so only parts that add up to
    more than the whole are wrong."""
    counts = [f for f in read_figures(doc) if f.sentence is not None and f.kind == "count" and f.comparable
              and f.quantity is not None and f.place in ("body", "headline", "standfirst")]
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in counts:
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    out: List[PartGroup] = []
    for k, sentence in enumerate(order):
        figures = by_sentence[id(sentence)]
        if len(figures) < 2 or len(figures) > 4 or figures[0].place != "body" or not figures[0].thing \
                or not _looks_plural(figures[0].thing):
            continue
        noun = stem(figures[0].thing)
        if not place_split(sentence, figures):
            continue
        earlier = [w for s in order[:k] for w in by_sentence[id(s)]
                   if w.thing and stem(w.thing) == noun and w.upper is None and w.approx in ("", "about")]
        if not earlier or len({w.value for w in earlier}) != 1 or earlier[0].value <= max(f.value for f in figures):
            continue
        if _times(sentence.text) - _times(earlier[0].sentence.text):
            continue  # "Last year it shut 60 stores in Leeds and 48 in York": another time's total
        out.append(PartGroup(earlier[0], list(figures), "places", False, sentence))
    return out


def _times(text: str) -> set:
    return {" ".join(m.group().lower().split()) for m in _TIME_MARK.finditer(text)}


_TIME_MARK = lazyre.compile(r"\b(?:1[89]\d\d|20\d\d|(?i:last|previous|previously|earlier|ago|since|so\s+far|"
                            r"this\s+(?:year|month|week)|next)|January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b")


def place_split(sentence: Sentence, figures: Sequence[Figure]) -> bool:
    """The sentence's figures are counts of one noun, each tied to its own named place:
    "In Leeds 40 jobs will go and in York 25", "40 jobs will go in Leeds and 25 in York"."""
    if len(figures) < 2 or not figures[0].thing:
        return False
    text = sentence.region.text
    noun = stem(figures[0].thing)
    places = []
    for i, f in enumerate(figures):
        if f.quantity is None or f.approx or f.upper is not None or (i and f.thing and stem(f.thing) != noun):
            return False
        if i and not _AND_BEFORE_LAST.search(text, figures[i - 1].end, f.qual_start) \
                and "," not in text[figures[i - 1].end : f.qual_start]:
            return False
        lo = figures[i - 1].quantity.extra.get("after", figures[i - 1].end) if i else sentence.start
        hi = figures[i + 1].qual_start if i + 1 < len(figures) else sentence.end
        place = _PLACE_BEFORE.search(text[lo : f.qual_start]) \
            or _PLACE_AFTER_PART.match(text, f.quantity.extra.get("after", f.end), hi)
        if place is None:
            return False
        places.append(place.group("place"))
    return len(set(places)) == len(places)


#: A part's place, before it in its clause ("In Leeds 40 ...", "and in York 25") or after
#: it ("40 jobs will go in Leeds").
_PLACE_BEFORE = lazyre.compile(r"(?:^|,|\band\b)\s*(?:while\s+|whereas\s+)?(?:[Ii]n|[Aa]t)\s+(?:the\s+)?"
                               r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,?\s*"
                               r"(?:(?:there\s+)?(?:are|were|will\s+be|is|was)\s+)?(?:[a-z][\w'’-]*\s+){0,4}?$")
_PLACE_AFTER_PART = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,5}?\s+(?:in|at)\s+(?:the\s+)?"
                                   r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:,|\.|;|\band\b|$))")


def _adjacent(doc: Document, before: Sentence, sentence: Sentence) -> bool:
    """*sentence* comes right after *before*, in its paragraph or opening the next."""
    if sentence.region is before.region:
        return not sentence.region.text[before.end : sentence.start].strip(" \t\n.!?\"”’)")
    sentences = sentence.region.sentences
    previous = before.region.sentences
    return bool(sentences) and sentences[0] is sentence and bool(previous) and previous[-1] is before \
        and sentence.region.index == before.region.index + 1


#: The opening of a sentence that lists the parts of a whole just given.
_NEXT_OPENING = lazyre.compile(r"\s*(?:Of\s+(?:the|these|those)\s+(?P<noun>[a-z]+)\s*,\s*|(?:Some|Only|Just)\s+)?")
_VERB_AFTER_PART = lazyre.compile(r"\s+(?:were|was|are|is)\b", re.I)
#: "Four were children", "Seven were crew": a bare part given its kind.
_KIND_PREDICATE = lazyre.compile(r"\s+(?:were|are)\s+(?:[a-z]+)\b(?!\s+(?:by|to|in|at|on|from|for|with|of)\b)", re.I)
#: "... and eight adults." / ", 14 passengers,": a part's noun ending its clause, its verb left out.
_ELLIPTIC_END = lazyre.compile(r"\s+[a-z][\w'’-]*\s*(?:[.,;]|$|and\b)")


def enumerated_groups(doc: Document) -> List[PartGroup]:
    """A group named with its size and one figure for each member: "The three schemes, at
    A, B and C, were for 520, 380 and 290 homes" after "1,140 homes" were pushed through.
    The figures are the parts of the total given before for the same noun; they may not
    add up to more, and (a listing of every member) not fall just short of it."""
    by_sentence: Dict[int, List[Figure]] = {}
    for f in read_figures(doc):
        if f.sentence is not None and f.quantity is not None:
            group = by_sentence.get(id(f.sentence))
            if group is None:
                # only a sentence that opens with its group's size ("The three schemes") counts
                s = f.sentence
                if f.kind != "count" or f.qual_start - s.start > 14 or s.region.text[s.start : s.start + 1] not in "TIAB":
                    by_sentence[id(s)] = []
                    continue
                group = by_sentence[id(s)] = []
            elif not group:
                continue
            group.append(f)
    out: List[PartGroup] = []
    for figures in by_sentence.values():
        if len(figures) < 3:
            continue
        size = figures[0]
        sentence = size.sentence
        text = sentence.region.text
        if size.kind != "count" or not _GROUP_OPENING.fullmatch(text, sentence.start, size.qual_start) \
                or not size.thing or size.value != int(size.value) or not 2 <= size.value <= 6:
            continue
        listed = _coordinated(text, figures[1:])
        if len(listed) != int(size.value) or not listed[-1].thing or any(p.thing for p in listed[:-1]):
            continue
        last = listed[-1]
        whole = noun_referent(doc, last, last.thing, kinds=(last.kind,))
        if whole is None or whole.sentence is sentence or whole.approx or whole.currency != last.currency:
            continue
        out.append(PartGroup(whole, listed, "back", False, sentence))
    return out


#: "The three schemes", "Both plants", "The two new sites": the group the figures are for.
_GROUP_OPENING = lazyre.compile(r"\s*(?:The|These|Those|Its|Their|All|Both\s+of\s+the)\s+$")


def _coordinated(text: str, figures: Sequence[Figure]) -> List[Figure]:
    """Figures of one kind listed "A, B and C" with nothing else between them."""
    out: List[Figure] = []
    for f in figures:
        if out:
            gap = text[out[-1].quantity.extra.get("after", out[-1].end) : f.qual_start]
            if f.kind != out[0].kind or f.currency != out[0].currency or _LIST_GAP.fullmatch(gap) is None:
                if len(out) >= 2:
                    break
                out = []
        out.append(f)
    return out if len(out) >= 2 else []


_LIST_GAP = lazyre.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def remaining_groups(doc: Document) -> List[PartGroup]:
    """ "The remaining N" after a part taken out of a group in an earlier sentence: "Four
    of the missing people have been found" ... "The remaining four are still missing",
    with the group counted before ("eight people are missing"). The part and the rest
    make up the group."""
    figures = read_figures(doc)
    out: List[PartGroup] = []
    for r in figures:
        if r.kind not in ("count", "currency") or r.quantity is None or not r.comparable or r.sentence is None \
                or r.approx:
            continue
        text = r.region.text
        near = text[max(0, r.qual_start - 30) : r.qual_start]
        if "remaining" not in near and "other" not in near and "last" not in near and "rest" not in near \
                or not _REMAINING_BEFORE.search(text, max(0, r.qual_start - 30), r.qual_start):
            continue
        after = _WORDS_AFTER.match(text, r.quantity.extra.get("after", r.end))
        words = set(after.group().lower().split()) if after else set()
        for p in reversed(figures[max(0, r.index - REACH) : r.index]):
            if r.region.index - p.region.index > PARAGRAPHS:
                break
            if p.sentence is r.sentence or p.kind != r.kind or p.approx:
                continue
            if r.kind == "currency":
                # "totalled £742m, of which £289m came online. ... the other £463m": the part
                # the reader tied to its whole, and the rest of that whole
                whole = p.whole or next((w for w in reversed(figures[max(0, p.index - 3) : p.index])
                                         if w.sentence is p.sentence and w.currency == p.currency
                                         and _OF_WHICH_GAP.fullmatch(w.region.text, w.end, p.qual_start)), None)
                if whole is not None and whole.sentence is p.sentence and whole.currency == r.currency \
                        and whole.value > p.value and not whole.approx:
                    out.append(PartGroup(whole, [p, r], "remaining", True, r.sentence))
                break
            named = partitive_words(p)
            opened = _opening_whole(figures, p)
            if opened is not None:
                whole = opened  # "Of the 640 runners who started, 330 finished. The other 400 ..."
            elif not named or not words.intersection(named):
                continue
            else:
                whole = noun_referent(doc, p, named[-1], kinds=("count",), modifiers=named[:-1])
            if whole is not None and whole.value > p.value and not whole.approx:
                out.append(PartGroup(whole, [p, r], "remaining", True, r.sentence))
            break
    return out


def left_groups(doc: Document) -> List[PartGroup]:
    """A part used and the part left of a whole given just before them: "The club has 40
    lockers; 26 are taken and 14 are free."; "The appeal needs £50,000. It has raised
    £32,000, leaving £18,000 to find."; "Out of a budget of £2.4m, £1.9m has been spent and
    £500,000 is left". The two parts are the only two figures of their kind in their
    clause, the second one left ("leaving", "remain", "are free", "to find"); the whole
    is the one figure of their kind before them in the sentence, or else in the sentence
    just before. The part and what is left make up the whole."""
    figures = read_figures(doc)
    taken: Optional[set] = None  # the parts of the draft's other groups, read when first needed
    out: List[PartGroup] = []
    previous: List[Figure] = []
    for i, b in enumerate(figures):
        if b.kind not in ("count", "currency") or b.sentence is None or i == 0:
            continue
        text = b.region.text
        end = b.quantity.extra.get("after", b.end) if b.quantity is not None else b.end
        lead = _LEFT_LEAD.search(text, max(b.sentence.start, b.qual_start - 25), b.qual_start)
        if not (lead or _LEFT_WORDS.match(text, end) or _LEFT_WORDS.match(text, _noun_end(text, end, b.sentence.end))
                or _LEFT_AFTER_NOUN.match(text, end)):
            continue
        a = figures[i - 1]
        if a.sentence is not b.sentence or not _same_kind(a, b):
            continue
        if taken is None:
            taken = {id(f) for g in part_groups(doc) for f in g.parts}
        if id(b) in taken:
            continue
        if id(a) in taken and not _OF_WHICH_BEFORE.search(text, max(b.sentence.start, a.qual_start - 12), a.qual_start):
            continue  # (but "450 beds, of which 390 are occupied; there remain 60": the rest of that listing)
        if a.approx or b.approx or not a.comparable or not b.comparable or a.role in ("change", "rate", "share"):
            continue
        upto = b.qual_start
        if lead is not None and lead.group().lower().startswith("there"):
            upto = lead.start()  # "390 are occupied; there remain 60"
            if text[a.end : upto].rstrip().endswith(";"):
                upto = text.rindex(";", a.end, upto)
        if b.qual_start - a.end > 60 or _LEFT_BREAK.search(text, a.end, upto):
            continue
        same = [f for f in figures[max(0, i - 6) : i - 1] if f.sentence is b.sentence and _same_kind(f, b)]
        if same:
            whole = same[-1]
            whole_end = whole.quantity.extra.get("after", whole.end) if whole.quantity is not None else whole.end
            if len(same) > 1 or not _WHOLE_THEN.fullmatch(text, whole_end, a.qual_start):
                continue
        else:
            before = [f for f in figures[max(0, i - 8) : i - 1] if f.sentence is not b.sentence
                      and f.sentence is not None and _next_to_sentence(f.sentence, b.sentence)]
            kind = [f for f in before if _same_kind(f, b)]
            if len(kind) != 1 or a.qual_start - b.sentence.start > 40:
                continue
            whole = kind[0]
        if whole.approx or whole.value <= max(a.value, b.value) or whole.role in ("change", "rate", "share"):
            continue
        things = [stem(f.thing) for f in (whole, a, b) if f.thing and f.thing not in _LEFT_STATES]
        if len(set(things)) > 1:
            continue  # "destroyed 40 homes, leaving 120 people homeless": other things
        out.append(PartGroup(whole, [a, b], "leaving", True, b.sentence))
    return out


def _next_to_sentence(a: Sentence, b: Sentence) -> bool:
    if a.region is b.region:
        return b.index == a.index + 1
    return b.region.index == a.region.index + 1 and b.index == 0


#: What the part left is ("leaving eight empty"): not a thing of its own.
_LEFT_STATES = frozenset("empty free vacant unfilled unsold available left remaining spare unused outstanding unclaimed "
                         "unspent idle places spaces seats beds spots slots berths pitches vacancies short".split())
#: What is left: "leaving £18,000", "leaving just 12"; "14 remain", "14 are free", "£18,000 to find".
_LEFT_LEAD = lazyre.compile(r"(?:\bleaving|\bthere\s+(?:remain|remains|are\s+still|is\s+still))\s+"
                            r"(?:just\s+|only\s+|another\s+|a\s+further\s+)?$", re.I)
_LEFT_WORDS = lazyre.compile(r"\s+(?:short\s+of\s+(?:its|the|their|our|his|her)\s+(?:target|goal|aim)|remain|remains|remained|(?:are|is|was|were)\s+(?:still\s+)?(?:left|free|empty|vacant|unfilled|unsold|"
                             r"available|unclaimed|unspent|outstanding)|(?:still\s+)?to\s+(?:find|raise|go|be\s+raised|"
                             r"be\s+found|be\s+sold|be\s+filled))\b", re.I)
#: "33 places are free", "£4,000 of it is still unspent": what is left after its noun.
_LEFT_AFTER_NOUN = lazyre.compile(r"(?:\s+[a-z]+){1,2}?\s+(?:are|is)\s+(?:still\s+)?(?:left|free|empty|vacant|unfilled|"
                                  r"unsold|available|unclaimed|unspent|outstanding)\b", re.I)
#: A clause that is not the parts': a break between the part used and the part left.
_LEFT_BREAK = lazyre.compile(r"[;:.]|\b(?:but|while|whereas|although|though|after|before|since|when)\b", re.I)
#: Between the whole and the first part in one sentence: "40 lockers; ", "a budget of £2.4m, ".
_OF_WHICH_BEFORE = lazyre.compile(r"\bof\s+(?:which|whom)\s+$", re.I)
_WHOLE_THEN = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*[;:,]\s*(?:and\s+|so\s+far\s+|of\s+(?:those|these|them|which|whom)\s*,?\s*|"
                             r"(?:he|she|it|they|we)\s+(?:has\s+|have\s+|had\s+)?(?:spent|used|sold|paid|given|filled|"
                             r"taken|let|raised|collected|handed\s+out|paid\s+out)\s+)?",
                             re.I)


_WORDS_AFTER = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){1,3}")
#: "£742m, of which £289m", "£742m, including £289m": a part set off from its whole.
_OF_WHICH_GAP = lazyre.compile(r"\s*,?\s*(?:of\s+which|including|with)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?",
                               re.I)


def _opening_whole(figures: Sequence[Figure], p: Figure) -> Optional[Figure]:
    """The whole of a sentence that opens "Of the 640 runners ...," when *p* is the one
    part after it."""
    if p.index < 1:
        return None
    whole = figures[p.index - 1]
    if whole.sentence is not p.sentence or whole.kind != p.kind or whole.approx:
        return None
    text = p.region.text
    if not _OF_THE_OPENING.fullmatch(text, p.sentence.start, whole.qual_start):
        return None
    comma = text.find(",", whole.end, p.qual_start)
    return whole if comma >= 0 and p.index + 1 >= len(figures) or comma >= 0 \
        and figures[p.index + 1].sentence is not p.sentence else None


_ALL_OF_IT = lazyre.compile(r"\b(?:all\s+of\s+(?:it|this|that|which|them|the\s+money|the\s+cash)|all\s+(?:of\s+)?the\s+"
                            r"money|every\s+penny\s+of\s+it|all\s+(?:taken|paid|drawn|funded)\s+from)\b", re.I)


def _same_kind(a: Figure, b: Figure) -> bool:
    return a.kind == b.kind and a.currency == b.currency and (a.kind != "duration" or a.unit == b.unit)


def _sentence_group(sentence: Sentence, figures: List[Figure]) -> Optional[PartGroup]:
    text = sentence.region.text
    # "Of the 410 staff, 260 ..., 95 ... and 70 ..."
    first = figures[0]
    if _OF_THE_OPENING.fullmatch(text, sentence.start, first.qual_start):
        after = _clause_end(text, first, sentence)
        if len(figures) > 2 and figures[1].qual_start < after \
                and _VERB_SECOND.search(text, first.end, figures[1].qual_start):
            after = figures[1].qual_start  # "Of the 612 members present voted 320 for, ...": the verb first
        parts = _listed(text, first, figures[1:], after=after)
        if len(parts) >= 2 or parts and _REMAINING.search(text, parts[0].end, sentence.end):
            return PartGroup(first, parts, "of-the", False, sentence)
    # "Among the 140 staff are 70 teachers, 42 assistants and 28 cleaners": a list that
    # may leave some out, but may not add up to more
    among = _AMONG_OPENING.fullmatch(text, sentence.start, first.qual_start)
    if among is not None:
        after = _AMONG_VERB.match(text, first.quantity.extra.get("after", first.end))
        if after is not None:
            parts = _listed(text, first, figures[1:], after=after.end())
            if len(parts) >= 2 and _AND_BEFORE_LAST.search(text, parts[-2].end, parts[-1].qual_start):
                return PartGroup(first, parts, "including", False, sentence)
    for i, whole in enumerate(figures):
        rest = figures[i + 1 :]
        if not rest:
            break
        end = whole.quantity.extra.get("after", whole.end)
        # "18,200 people, of whom 12,900 ...", "9 people: four men and six women"
        cue = _SPLIT_CUE.match(text, end) or _SPLIT_CUE.match(text, _noun_end(text, end, sentence.end))
        if cue is None and rest:
            # "collected £11.2m in charges and fines in the first year, of which £6.9m ...":
            # "of which" further on, "break down as follows:" or "is funded by", with no
            # figure and no clause break before it
            nxt = next((f.qual_start for f in rest if _same_kind(f, whole)), sentence.end)
            later = _OF_WHICH_LATER.search(text, end, min(nxt, end + 80))
            if later is not None and not _BREAK.search(text, end, later.start()):
                cue = later
        if cue is None and rest:
            group = _breakdown(text, sentence, whole, rest, end)
            if group is not None:
                return group
        if cue is None and len(rest) >= 2:
            # "Police arrested 12 people, eight men and five women": kinds that make up a group
            # of people between them, set after a comma
            comma = _COMMA_AFTER.match(text, _noun_end(text, end, sentence.end))
            if comma is not None:
                parts = _listed(text, whole, rest, after=comma.end())
                if len(parts) == 2 and _complementary(parts) and parts[0].qual_start == comma.end():
                    return PartGroup(whole, parts, "colon", True, sentence)
        if cue is not None:
            parts = _listed(text, whole, rest, after=cue.end())
            if len(parts) >= 2 or (parts and _how(cue.group("cue").lower().lstrip(" ,")) == "of-whom"
                                   and _REMAINING.search(text, parts[0].end, sentence.end)):
                how = cue.group("cue").lower().lstrip(" ,")
                complementary = _complementary(parts)
                if how[:1] in (":", "-", "–", "—", "") and not _AND_BEFORE_LAST.search(
                        text, parts[-2].end if len(parts) > 1 else cue.end(), parts[-1].qual_start):
                    if how[:1] == ":":
                        group = _labelled_group(text, sentence, whole, rest, cue.end())
                        if group is not None:
                            return group
                    continue  # a list after a colon or dash ends "... and six women"
                complete = how.startswith((":", "-", "–", "—")) or how == "" or complementary \
                    or _REMAINING_BEFORE.search(text, max(0, parts[-1].qual_start - 30), parts[-1].qual_start) \
                    is not None  # "of which 4,520 ... and the rest, 4,370, ..."
                return PartGroup(whole, parts, _how(how), complete, sentence)
        # "A dozen schools took part, eight of them primary and seven secondary"
        nested = rest[0]
        if _NESTED.match(text, nested.quantity.extra.get("after", nested.end)) and (
                _same_kind(nested, whole) or nested.kind == whole.kind == "count") \
                and _NESTED_GAP.fullmatch(text, end, nested.qual_start):
            parts = [nested]
            for f in _listed(text, whole, rest[1:], after=nested.end):
                if f.thing and whole.thing and _looks_plural(f.thing) and stem(f.thing) != stem(whole.thing):
                    break  # "61 lifts, 34 of them double-deckers, and 50 escalators": another thing
                parts.append(f)
            if len(parts) >= 2:
                return PartGroup(whole, parts, "of-whom", False, sentence)
        # "The £120m budget includes £70m for care, £40m for schools and £25m for roads"
        reach = min(sentence.end, end + 50)
        incl = _INCLUDES.search(text, end, reach) if may_hold(sentence.region, _INCLUDES_WORDS, end, reach) else None
        if incl is not None and not _BREAK.search(text, end, incl.start()) \
                and not any(end <= f.start < incl.start() for f in rest):
            parts = _listed(text, whole, rest, after=incl.end())
            if len(parts) >= 2:
                return PartGroup(whole, parts, "including", False, sentence)
        # "The €32m fee is made up of an initial €26m and up to €6m"
        reach = min(sentence.end, end + 60)
        made = _MADE_UP.search(text, end, reach) if may_hold(sentence.region, _MADE_UP_WORDS, end, reach) else None
        if made is not None and not _BREAK.search(text, end, made.start()):
            # "were split across three wards: 31 in ..., ...": the parts follow the colon
            colon = _GROUPS_COLON.match(text, made.end())
            parts = _listed(text, whole, rest, after=colon.end() if colon else made.end())
            if len(parts) >= 2:
                return PartGroup(whole, parts, "made-up-of", True, sentence)
    # "The fund totals €340m; €164m will go to hospitals and €214m to clinics": a stated
    # total, then a list of its parts after a semicolon or a colon
    # "Police sent 450 officers; 320 arrived on Friday and the remaining 130 on Saturday":
    # any whole, when the list ends with what remains of it, must be made up by its parts
    for i, whole in enumerate(figures[:-2]):
        if whole.role != "total" and not _REMAINING.search(text, figures[i + 1].end, sentence.end):
            continue
        end = whole.quantity.extra.get("after", whole.end)
        gap = (_TOTAL_THEN_LIST if whole.role == "total" else _WHOLE_THEN_LIST).match(text, end)
        if gap is None or gap.end() > figures[i + 1].qual_start:
            continue
        parts = _listed(text, whole, figures[i + 1 :], after=gap.end())
        if len(parts) >= 2 and _AND_BEFORE_LAST.search(text, parts[-2].end, parts[-1].qual_start):
            if _REMAINING_BEFORE.search(text, max(0, parts[-1].qual_start - 30), parts[-1].qual_start):
                return PartGroup(whole, parts, "remaining", True, sentence)
            if whole.role == "total":
                return PartGroup(whole, parts, "of-whom", False, sentence)
    # "The firm borrowed £8,000, repaid £5,280 and still owes £3,840": a sum had, the part
    # used and the part left make a balance
    for i in range(len(figures) - 2):
        had, used, left = figures[i : i + 3]
        if not (_same_kind(had, used) and _same_kind(had, left)) or had.approx or used.approx or left.approx:
            continue
        if _BREAK.search(text, had.end, left.qual_start) or left.qual_start - had.end > 80:
            continue  # "raised £50,000 ... spent £30,000 on food; it has £200,000 in reserve": another sum
        if not (used.value < had.value and left.value < had.value) \
                or any(p.thing and had.thing and stem(p.thing) != stem(had.thing) for p in (used, left)) \
                or _FROM_BEFORE_NOW.match(text, left.quantity.extra.get("after", left.end)):
            continue  # "has 120 juniors", "£120,000 left over from previous years": something else
        if _HAD_BEFORE.search(text, max(sentence.start, had.qual_start - 25), had.qual_start) \
                and _USED_BEFORE.search(text, max(sentence.start, used.qual_start - 25), used.qual_start) \
                and (_LEFT_BEFORE.search(text, max(sentence.start, left.qual_start - 25), left.qual_start)
                     or _LEFT_AFTER.match(text, left.quantity.extra.get("after", left.end))):
            return PartGroup(had, [used, left], "leaving", True, sentence)
    # "All but eight of the 79 homes have power again - 71 in all": what "all but" leaves
    for i, k in enumerate(figures[:-2]):
        whole = figures[i + 1]
        if not _ALL_BUT.search(text, max(sentence.start, k.qual_start - 12), k.qual_start) \
                or not _same_kind(k, whole) or not _OF_GAP.fullmatch(text, k.quantity.extra.get("after", k.end),
                                                                     whole.qual_start):
            continue
        for rest in figures[i + 2 :]:
            if _same_kind(rest, whole) and (not rest.thing or not whole.thing or stem(rest.thing) == stem(whole.thing)) and (
                    _IN_ALL.match(text, _noun_end(text, rest.quantity.extra.get("after", rest.end), sentence.end))
                    or _IN_ALL.match(text, rest.quantity.extra.get("after", rest.end))):
                return PartGroup(whole, [k, rest], "remaining", True, sentence)
    # "14 flood warnings and 31 flood alerts, 45 in all"
    for i, whole in enumerate(figures):
        if i < 2:
            continue
        end = whole.quantity.extra.get("after", whole.end)
        if _IN_ALL.match(text, _noun_end(text, end, sentence.end)) or _IN_ALL.match(text, end) \
                or _TOTAL_BEFORE.search(text, max(sentence.start, whole.start - 25), whole.start):
            parts = [f for f in figures[:i] if _same_kind(f, whole)]
            parts = _trailing_list(text, parts, whole)
            if len(parts) >= 2:
                return PartGroup(whole, parts, "in-all", True, sentence)
    # "40 of the 94 turbines ..., the remaining 48"; "£200,000 of the £730,000 loan, leaving £560,000"
    for i, part in enumerate(figures[:-1]):
        whole = figures[i + 1]
        if not _same_kind(part, whole) or not _OF_GAP.fullmatch(text, part.quantity.extra.get("after", part.end),
                                                               whole.qual_start):
            continue
        for other in figures[i + 2 :]:
            if not _same_kind(other, whole):
                continue
            lead = text[max(sentence.start, other.qual_start - 30) : other.qual_start]
            if _REMAINING_BEFORE.search(lead):
                # the remainder is what is left after every part named before it ("a took 25
                # of the 88 seats and b 51; the remaining 12"), or, when those figures are
                # something else, after the first alone: whichever adds up
                between = [f for f in figures[i + 2 :] if f.start < other.start and _same_kind(f, whole)
                           and f.role not in ("change", "rate", "share") and f.value < whole.value]
                whole_lo, whole_hi = figure_interval(whole)
                readings = [[part, other]] + ([[part, *between, other]] if between else [])
                for parts in readings:
                    lo, hi = sum_interval(parts)
                    if lo <= whole_hi and whole_lo <= hi:
                        return PartGroup(whole, parts, "remaining", True, sentence)
                return PartGroup(whole, readings[-1], "remaining", True, sentence)
            if _LEAVING_BEFORE.search(lead):
                return PartGroup(whole, [part, other], "leaving", True, sentence)
    return None


#: Kinds that make up a group of people between them: "of whom 12 were men and 9 women".
_COMPLEMENTS = [frozenset(p) for p in (("men", "women"), ("boys", "girls"), ("adults", "children"),
                                       ("male", "female"), ("males", "females"))]


def _breakdown(text: str, sentence: Sentence, whole: Figure, rest: List[Figure], end: int) -> Optional[PartGroup]:
    """Parts set after a whole without "of which": a breakdown after a verb and a colon
    ("The 6,820 post offices break down as follows: 2,590 ... and 4,320 ..."), a list
    after "is funded by", "is shared by", or an appositive list of bare figures, each
    with a place or a category ("Kendal has 2,570 allotments, 190 in the north, 2,260 in
    the south and 120 elsewhere")."""
    nxt = next((f for f in rest if _same_kind(f, whole) or f.kind == whole.kind == "count"), None)
    if nxt is None:
        return None
    between = text[end : nxt.qual_start]
    if len(between) > 90 or "," not in between and ":" not in between and " by " not in between \
            or _BREAK.search(between):
        return None
    colon = between.rfind(":")
    if colon >= 0 and "," not in between[:colon] and between[colon + 1 :].strip() == "":
        parts = _listed(text, whole, rest, after=end + colon + 1)
        if len(parts) >= 2 and _AND_BEFORE_LAST.search(text, parts[-2].end, parts[-1].qual_start):
            return PartGroup(whole, parts, "colon", True, sentence)
        return None
    if colon >= 0 and "," not in between[:colon] and _FIRST_LABEL.fullmatch(between, colon + 1):
        return _labelled_group(text, sentence, whole, rest, end + colon + 1)
    funded = _FUNDED_BY.search(between) if " by " in between or " between " in between else None
    if funded is not None:
        parts = _listed(text, whole, rest, after=end + funded.end())
        if len(parts) >= 2:
            return PartGroup(whole, parts, "of-whom", False, sentence)
        return None
    # "2,570 allotments, 190 in the north, 2,260 in the south and 120 elsewhere"
    if _APPOSITIVE_GAP.fullmatch(between) is None or _VERB_FIRST.match(between):
        return None  # "68 were for theft, 56 for assault and 21 ...": a part itself, not a whole
    parts = _listed(text, whole, rest, after=end)
    if len(parts) < 2 or not _AND_BEFORE_LAST.search(text, parts[-2].end, parts[-1].qual_start):
        return None
    for p in parts:
        after = p.quantity.extra.get("after", p.end)
        if not _PLACE_AFTER.match(text, after):
            return None  # "5,000 cars, 500 vans and 300 lorries": things of their own, not parts
    last = parts[-1]
    complete = _REST_AFTER.match(text, last.quantity.extra.get("after", last.end)) is not None
    return PartGroup(whole, parts, "of-whom", complete, sentence)


def _labelled_group(text: str, sentence: Sentence, whole: Figure, rest: List[Figure], start: int
                    ) -> Optional[PartGroup]:
    """A list after a colon whose parts each follow their label: "break down as follows:
    Penzance, 68; Ripon, 34; and Arbroath, 7", "gold - 36, silver - 37, bronze - 21",
    "Ludlow 64, Lanark 11, Kendal 4". Three labelled parts, or two joined by "and", make
    up the whole."""
    parts: List[Figure] = []
    pos = start
    for f in rest:
        if f.start < pos:
            continue
        if not (_same_kind(f, whole) or whole.kind == "count" and f.kind in ("count", "age")):
            return None  # ("Penzance, 68" is read as a person's age)
        if not (_NEXT_LABEL if parts else _FIRST_LABEL).fullmatch(text, pos, f.qual_start):
            break
        if f.role in ("change", "rate", "share") or f.low > whole.high:
            return None
        parts.append(f)
        pos = f.quantity.extra.get("after", f.end) if f.quantity is not None else f.end
    if len(parts) >= 3 or len(parts) == 2 and _AND_BEFORE_LAST.search(text, parts[0].end, parts[1].qual_start):
        if _LABELLED_END.match(text, pos):
            return PartGroup(whole, parts, "colon", True, sentence)
    return None


#: The label before a part of a list set out after a colon: one to three words and a
#: comma, a dash or a colon, or nothing ("Penzance, 68", "gold - 36", "Ludlow 64").
_LABEL = r"(?:[A-Za-z][\w'’-]*)(?:\s+[A-Za-z][\w'’-]*){0,2}\s*(?:,|:|\s[-–—])?\s*"
_FIRST_LABEL = lazyre.compile(r"\s*" + _LABEL)
_NEXT_LABEL = lazyre.compile(r"\s*[,;]\s*(?:and\s+)?" + _LABEL)
#: A labelled list ends its sentence.
_LABELLED_END = lazyre.compile(r"\s*(?:[.;]|$)")


_FUNDED_BY = lazyre.compile(r"\b(?:is|are|was|were|will\s+be)\s+(?:\w+\s+)?(?:funded|paid\s+for|financed|shared|split|"
                            r"covered|met|underwritten)\s+(?:by|between|among)\b", re.I)
#: The gap between a whole and a first part set beside it: its noun phrase and a comma.
_APPOSITIVE_GAP = lazyre.compile(r"(?:\s+(?:[a-z][\w'’-]*|[A-Z]{2,}s?)){0,4}\s*,\s*(?:with\s+)?")
#: A verb straight after a figure: the figure is a clause's subject, not a whole set out.
_VERB_FIRST = lazyre.compile(r"\s+(?:were|was|are|is|had|have|has|went|came|involved|related|concerned)\b", re.I)
#: What follows a bare part of a breakdown: a place or a category, or "elsewhere".
_PLACE_AFTER = lazyre.compile(r"\s+(?:in|at|from|on|for|by|across|inside|outside|under|over|aged|elsewhere|abroad|"
                              r"overseas|locally|nationally|online|in-house)\b", re.I)
_REST_AFTER = lazyre.compile(r"\s+(?:elsewhere|abroad|overseas|in\s+other\s+\w+|in\s+the\s+rest\s+of)\b", re.I)


def _complementary(parts: Sequence[Figure]) -> bool:
    if len(parts) != 2:
        return False
    words = {_WORD_AFTER.match(p.region.text, p.quantity.extra.get("after", p.end)).group(1).lower()
             if _WORD_AFTER.match(p.region.text, p.quantity.extra.get("after", p.end)) else "" for p in parts}
    return words in _COMPLEMENTS


_WORD_AFTER = lazyre.compile(r"\s+(?:were\s+|are\s+|was\s+)?([a-z]+)")


def _how(cue: str) -> str:
    if cue.startswith(("of whom", "of which", "of them", "of these", "of those", "out of")):
        return "of-whom"
    if cue.startswith(("including", "among")):
        return "including"
    if cue.startswith((":", "-", "–", "—")) or not cue:
        return "colon"
    return "made-up-of"


def _clause_end(text: str, whole: Figure, sentence: Sentence) -> int:
    """Where the parts start after "Of the 410 staff (who ...)," : the first comma."""
    end = whole.quantity.extra.get("after", whole.end)
    comma = text.find(",", end, sentence.end)
    return comma + 1 if comma >= 0 else end


def _noun_end(text: str, end: int, limit: int) -> int:
    """The end of the noun phrase after a figure ("18,200 people", "95,000 tickets sold")."""
    m = _NOUN_PHRASE.match(text, end, limit)
    return m.end() if m else end


def _listed(text: str, whole: Figure, rest: Sequence[Figure], after: int) -> List[Figure]:
    """The parts listed after *after*: figures of the whole's kind, each separated from
    the last by a comma, "and", "while", a dash or a few words; not a figure nested in
    the one before ("300 are women, 120 of them part-time") nor a share."""
    parts: List[Figure] = []
    for f in rest:
        if f.start < after:
            continue
        if not (_same_kind(f, whole) or f.kind == "count" and whole.kind == "count"):
            continue  # "38,900 were answered within an hour, 16,200 within two hours": a measure inside a part
        if _NESTED.match(text, f.quantity.extra.get("after", f.end)):
            continue  # "120 of them", "12 of those"
        if parts and _BREAK.search(text, parts[-1].end, f.qual_start):
            break
        if parts and not _PART_JOINER.search(text, parts[-1].end, f.qual_start):
            continue  # "6,100 bought 7,200 tickets", "28 were men under 40": inside a part, not another
        if _LEVEL_BEFORE.search(text, max(0, f.qual_start - 20), f.qual_start):
            return []  # "to 139,000 in September instead of 96,000": levels, not parts
        if f.low > 1.5 * whole.high:
            return []  # a "part" far larger than the whole is another quantity ("eight players - 13 of 31")
        if f.role in ("change", "rate") or _DISTINCT_BEFORE.search(text, max(0, f.qual_start - 20), f.qual_start):
            return []  # "another 30", "an average of 9": not a list of parts
        parts.append(f)
    return parts


def _trailing_list(text: str, parts: List[Figure], whole: Figure) -> List[Figure]:
    """The parts listed right before "45 in all": consecutive, joined by commas or "and"."""
    out: List[Figure] = []
    for f in reversed(parts):
        nxt = out[0] if out else whole
        gap = text[f.quantity.extra.get("after", f.end) : nxt.qual_start]
        if len(gap) > 70 or _BREAK.search(gap) or (out and not _JOINER.search(gap)):
            break
        if f.role in ("change", "rate") or _EACH_IN_GAP.search(gap):
            return []  # (and "14 coaches, each carrying 52 fans, 728 in all" is a product)
        out.insert(0, f)
    return out


_EACH_IN_GAP = lazyre.compile(r"\b(?:each|apiece|every)\b", re.I)


#: Phrasings whose lists are meant to be the whole even when no word says so: a list of
#: two or more parts that comes close to its whole but falls short by more than rounding
#: is a sum gone wrong ("costs are £1.9m, of which the council pays £460,000, ticket sales
#: bring in £980,000 and donations £370,000"). "including" and "among them" lists may
#: leave some out.
LISTING = frozenset(("of-the", "of-whom", "back"))
#: How close a short list must come to its whole to be read as meant to make it up.
NEAR = 0.85
#: How close exact parts must come to a whole given as "about" or "around" it.
APPROX_NEAR = 0.95


def falls_short(group: PartGroup) -> bool:
    """The parts of a listing group come to between :data:`NEAR` and all of the whole,
    short of it by more than their rounding (and none is approximate)."""
    if group.how not in LISTING or group.complete or len(group.parts) < 2:
        return False
    last = group.parts[-1]
    if last.sentence is not None and _REST_NAMED.search(last.region.text, last.end, last.sentence.end):
        return False  # "..., with £8bn to fill the gap, and the rest going in tax cuts": a remainder
    whole = group.whole
    if any(p.approx for p in group.parts) or whole.upper is not None or whole.approx not in ("", "about"):
        return False
    if whole.approx:
        # "around £50m, of which £30m ... and £14m ...": exact parts set out under a
        # round whole; its "around" allows a twentieth either way, not a tenth short
        hi = sum(p.value for p in group.parts)
        return NEAR * whole.value <= hi < APPROX_NEAR * whole.value
    fine = list_precision([whole, *group.parts])
    hi = sum((p.upper if p.upper is not None else p.value) + rounding(p, fine) for p in group.parts)
    w_lo = whole.value - rounding(whole, fine)
    return NEAR * whole.value <= hi < w_lo - 1e-9 * max(1.0, abs(w_lo))


def sum_interval(parts: Sequence[Figure], exact: bool = False, fine: Optional[float] = None) -> tuple:
    """The smallest and largest sum the parts allow (their rounding and qualifiers; a
    part "up to" 8 counts from 0 to 8). With *exact*, the values as written."""
    lo = hi = 0.0
    for p in parts:
        if exact:
            lo += p.value
            hi += p.upper if p.upper is not None else p.value
            continue
        a, b = figure_interval(p, fine)
        lo += max(0.0, a) if p.approx != "under" else 0.0
        hi += b
    return lo, hi


def rounding(f: Figure, fine: Optional[float] = None) -> float:
    """The rounding a sum allows a figure: its last digit when it has a decimal point or
    a scale word ("£1.4m", "7.42 million"); none for a whole number written in full
    ("420 girls"), which copy gives as counted. *fine*: the rounding of the list's most
    precise figure of the same scale ("£3.8m and £2m": the £2m is £2.0m)."""
    half = f.half if f.scale > 1 or "." in f.text else 0.0
    return min(half, fine) if fine is not None and "." not in f.text else half


def list_precision(figures: Sequence[Figure]) -> Optional[float]:
    """The rounding of the most precise scaled figure with a decimal point in a list
    (copy writes a list's figures to one precision), or None."""
    halves = [f.half for f in figures if f.scale > 1 and "." in f.text]
    return min(halves) if halves else None


def figure_interval(f: Figure, fine: Optional[float] = None) -> tuple:
    """The values *f* allows in a sum: its rounding (see :func:`rounding`) widened by its
    approximation ("about", "more than")."""
    half = rounding(f, fine)
    lo, hi = f.value - half, (f.upper if f.upper is not None else f.value) + half
    if f.approx == "about":
        # "some 8,000": as round as its digits (to the thousand) and a little more, not a
        # fixed 15%
        slack = sig_half(f) + ABOUT * f.value
        lo, hi = min(lo, f.value - slack), max(hi, (f.upper if f.upper is not None else f.value) + slack)
    elif f.approx:
        lo, hi = min(lo, f.low), max(hi, f.high)
    return lo, hi


#: "about" on a figure in a sum: the rounding of its last significant digit and this much more.
ABOUT = 0.03


def sig_half(f: Figure) -> float:
    """Half the place of a figure's last significant digit as written: 8,000: 500;
    "£4.5m": £50,000; a round two-digit figure ("about 20", "£10m") to a unit of its own."""
    scale = f.scale or 1.0
    written = f.value / scale
    if f.value <= 0 or abs(written - round(written)) > 1e-9:
        return f.half if f.half else 0.5 * scale
    shown = f"{written:.0f}"
    zeros = len(shown) - len(shown.rstrip("0"))
    if not zeros:
        return 0.5 * scale
    if len(shown) <= 2:
        return 1.0 * scale
    return 0.5 * 10 ** zeros * scale


_AMONG_OPENING = lazyre.compile(r"\s*[\"“‘']?(?:Among|Amongst)\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$", re.I)
_AMONG_VERB = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?\s*,?\s*(?:are|were|there\s+are|there\s+were)\s+(?:some\s+)?")
_OF_THE_OPENING = lazyre.compile(r"\s*[\"“‘']?(?:Of|Out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?|these\s+|"
                                 r"those\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?(?:[\w-]+['’]s?\s+)?"
                                 r"(?:[\w-]+\s+){0,2}$")
_COMMA_AFTER = lazyre.compile(r"\s*,\s*")
_SPLIT_CUE = lazyre.compile(r"(?:\s+(?:in\s+all|in\s+total|altogether))?\s*(?P<cue>,\s*(?:of\s+whom|of\s+which|(?:out\s+)?of\s+(?:them|these|those)(?!\s+(?:who|which|that|in|at|on|with)\b)|"
                            r"out\s+of\s+(?:whom|which)|including|"
                            r"among\s+(?:them|whom|which|those))\b|\s*:\s|\s+[-–—]\s+)", re.I)
_NOUN_PHRASE = lazyre.compile(r"(?:\s+(?:[a-z][\w'’-]*|[A-Z]{2,}s?))(?:\s+(?:[a-z][\w'’-]*|(?<=in\s|at\s)[A-Z][a-z][\w'’-]*))"
                              r"{0,3}?(?=\s*(?:,|:|\s[-–—]\s|"
                              r"\s+(?:in\s+all|in\s+total|altogether|combined)\b))")
_INCLUDES = lazyre.compile(r"\b(?:includes|included|include|covers|covered|contains|contained|takes\s+in)\s+", re.I)
_MADE_UP = lazyre.compile(r"\b(?:(?:is|are|was|were|will\s+be)\s+)?(?:made\s+up\s+of|consists?\s+of|consisting\s+of|comprises|"
                          r"comprise|comprised\s+of|comprised|comprising|(?:is|are|was|were)\s+composed\s+of|(?:is|was|are|were)\s+split\s+(?:into|between|across|among)|split\s+into|"
                          r"(?:is|was|are|were)\s+(?:divided|spread|shared\s+out)\s+(?:into|between|across|among)|breaks?\s+down\s+into|broken\s+down\s+into)\s+", re.I)
#: Words one of which every match of ``_INCLUDES``, and of ``_MADE_UP``, holds.
_INCLUDES_WORDS = ("include", "cover", "contain", "takes")
_MADE_UP_WORDS = ("made", "consist", "compris", "compos", "split", "divided", "spread", "shared", "break", "broken")
_BREAK = lazyre.compile(r";|\.\s|\bbut\b|\bwhereas\b|\balthough\b")
_OF_THOSE = lazyre.compile(r"\s*[\"“]?(?:Of|Among|Out\s+of)\s+(?:them|those|these|which|whom|that|this)\s*,\s*", re.I)
#: "Of the parcels,", "Among the new homes,": a group named by its noun alone, counted before.
_OF_THE_NOUN = lazyre.compile(r"\s*[\"“]?(?:Of|Among|Out\s+of)\s+(?:the|its|their|these|those)\s+(?:[a-z][\w'’-]*\s+)?"
                              r"(?P<noun>[a-z][\w'’-]*s)\s*,\s*")
_ASIDE = lazyre.compile(r"\s[-–—]\s|[()]")
_OF_WHICH_LATER = lazyre.compile(r"(?P<cue>,\s*(?:of\s+whom|of\s+which)\b)", re.I)
_IN_ALL = lazyre.compile(r"\s*(?:in\s+all|in\s+total|altogether|combined)\b", re.I)
_TOTAL_BEFORE = lazyre.compile(r"(?:,|\band)\s+(?:a\s+total\s+of|making|totalling|taking\s+the\s+total\s+to)\s+$"
                               r"|\b(?:are|were|will\s+be|is|was)\s+(?:sharing|splitting|dividing|meeting|covering|"
                               r"paying)\s+(?:the|a|an|its|their)\s+$|\b(?:share|split|divide)\s+(?:the|a|an|its|their)\s+$",
                               re.I)
_JOINER = lazyre.compile(r",|\band\b|\bplus\b")
_ALL_BUT = lazyre.compile(r"\ball\s+but\s+(?:about\s+|some\s+|around\s+)?$", re.I)
_REMAINING = lazyre.compile(r"\b(?:the\s+)?(?:remaining|other|rest)\b", re.I)
_REMAINING_BEFORE = lazyre.compile(r"\b(?:the|its|their)\s+(?:remaining|other|last)\s+$|\bthe\s+rest,?\s+$", re.I)
_LEAVING_BEFORE = lazyre.compile(r"\b(?:leaving|leaves|left\s+with|with)\s+(?:just\s+|only\s+)?$", re.I)
_OF_GAP = lazyre.compile(r"\s+(?:[a-z]+\s+){0,1}of\s+(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+)?", re.I)
_AND_BEFORE_LAST = lazyre.compile(r"\band\b|\bplus\b|&")
_LEVEL_BEFORE = lazyre.compile(r"\b(?:to|from|instead\s+of|than|against|versus|out\s+of\s+(?:a|an|the)\s+\w+\s+of)\s+$", re.I)
def _looks_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


_TOTAL_THEN_LIST = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,3}\s*[;:]\s*")
#: A whole's noun phrase and verb, then a semicolon or colon ("1,000 reservists would be
#: called up;"), before parts that end with "the remaining N".
#: The groups a whole is split into, named before a colon: "three wards:", "four houses:".
#: A verb set before the first part, as German word order puts it: "Of the 96 members
#: present voted 51 for ...", "Of the 40 boats were 12 ...".
_VERB_SECOND = lazyre.compile(r"\s(?:voted|were|was|are|is|went|came)\s+(?:some\s+|about\s+|only\s+|just\s+)?$", re.I)
#: (its words are no figure: "made up of 300 drivers, 150 ..." lists from its first part)
_GROUPS_COLON = lazyre.compile(r"(?:the\s+|its\s+|their\s+)?(?:(?!\d)[\w'’-]+\s+){1,3}?[a-z][\w'’-]*\s*[:,]\s*")
_WHOLE_THEN_LIST = lazyre.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,7}\s*[;:]\s*")
_HAD_BEFORE = lazyre.compile(r"\b(?:borrowed|raised|received|took\s+out|was\s+lent|were\s+lent|inherited|collected|"
                             r"was\s+given|were\s+given|won|had|budgeted)\s+(?:a\s+|an\s+)?$", re.I)
_USED_BEFORE = lazyre.compile(r"\b(?:repaid|paid\s+back|paid\s+off|spent|used|gave\s+away|lost|sold|handed\s+back)\s+"
                              r"(?:a\s+|an\s+)?$", re.I)
_LEFT_BEFORE = lazyre.compile(r"\b(?:still\s+)?(?:owes|owed|owing|has|had|have|kept|keeps|kept\s+back)\s+(?:a\s+|an\s+)?$"
                              r"|\bleaving\s+(?:it\s+|them\s+|him\s+|her\s+)?(?:with\s+)?$", re.I)
_LEFT_AFTER = lazyre.compile(r"\s+(?:left|outstanding|remaining|to\s+pay|owing|unspent|in\s+reserve)\b", re.I)
_FROM_BEFORE_NOW = lazyre.compile(r"\s+(?:left\s+)?(?:over\s+)?from\b", re.I)
_REST_NAMED = lazyre.compile(r"\b(?:the\s+(?:rest|remainder|balance)|remaining|others?)\b", re.I)
_PART_JOINER = lazyre.compile(r",|\band\b|\bwhile\b|\bwith\b|\bplus\b|\bwhereas\b|[-–—:]")
_NESTED_GAP = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,4}\s*,\s*")
_NESTED = lazyre.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.I)
_DISTINCT_BEFORE = lazyre.compile(r"\b(?:another|a\s+further|an\s+extra|an\s+additional|average\s+of|up\s+from|from|"
                                  r"than|compared\s+with)\s+$", re.I)


#: "The pact gives the two parties 23 seats", "the three firms employ 900 people between
#: them": a count for a named number of members, or "between them"/"together" after it.
_K_BEFORE = lazyre.compile(r"\b(?:the|both|all|these|those)\s+(?P<k>two|three|four|five)\s+[a-z][\w'’-]*"
                           r"(?:\s+(?:now|will|would|together|between\s+them))?"
                           # one verb ("hold", "berth", "drew"), not a preposition or an auxiliary
                           r"(?:\s+(?!(?:of|in|on|at|for|with|from|by|to|than|and|or|were|was|are|is|will|would|could|who|"
                           # (nor a change: "the two groups lost 9 seats")
                           r"which|that|aged|each|every|lost|lose|loses|gained|gain|gains|cut|cuts|shed|sheds|added|"
                           r"add|adds|fell|fall|falls|rose|rise|rises|dropped|drop|drops|increased|decreased|grew|grow|"
                           r"grows|saw|see|sees)\b)[a-z]+)?\s+"
                           r"(?:(?:a\s+)?(?:combined|joint|total)\s+(?:of\s+)?)?$",
                           re.I)
#: "a combined £5.6m", "a joint total of 40": the sum of what was just listed.
_COMBINED_BEFORE = lazyre.compile(r"\b(?:a|an)\s+(?:combined|joint)\s+(?:total\s+(?:of\s+)?)?$", re.I)
_TOGETHER_AFTER = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:between\s+them|together|combined)\b", re.I)
_K_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: "won 18 seats and the Greens 5", "18 seats, the Liberals 7 and the Greens 5": a list whose
#: members are named between the counts.
_NAMED_LIST_GAP = lazyre.compile(r"(?:\s+[a-z][\w'’-]*)?(?:\s+(?:at|in)\s+(?:the\s+)?[A-Za-z][\w'’-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                                 r"|the\s+(?:second|third|fourth|other|last|rest|remainder)(?:\s+[a-z]+)?)"
                                 r"(?:\s+(?:won|took|got|gained|has|have|had|holds?|held|cost|costs|drew|raised|made))?\s+)?")


def combined_groups(doc: Document) -> List[PartGroup]:
    """A whole for a named number of members (or "between them"), and the counts of each
    listed earlier in its sentence or in the sentence before: "Labour won 18 seats and
    the Greens 5. The pact gives the two parties 23 seats"."""
    figures = [f for f in read_figures(doc) if f.kind in ("count", "currency") and f.sentence is not None
               and f.comparable and f.quantity is not None and f.place != "table"]
    out: List[PartGroup] = []
    for i, whole in enumerate(figures):
        if i < 2:
            continue
        text = whole.region.text
        m = _K_BEFORE.search(text, max(whole.sentence.start, whole.qual_start - 60), whole.qual_start)
        k = _K_WORDS[m.group("k").lower()] if m is not None else 0
        if m is None and not _TOGETHER_AFTER.match(text, max(whole.end, whole.quantity.extra.get("after", whole.end))) \
                and not _COMBINED_BEFORE.search(text, max(whole.sentence.start, whole.qual_start - 30), whole.qual_start):
            continue
        if k:
            # "The north stand holds 6,000. The south stand holds 4,500. Together the two
            # stands hold 11,500": one part in each of the k sentences before
            apart = _one_a_sentence([f for f in figures[:i] if f.sentence is not whole.sentence or f.end <= m.start()]
                                    + [whole], k)
            if apart is not None:
                out.append(PartGroup(whole, apart, "combined", True, whole.sentence))
                continue
        # the list: the counts right before the whole, in its sentence or the one before
        earlier = [f for f in figures[max(0, i - 6) : i]
                   if f.sentence is whole.sentence and f.end <= (m.start() if m else whole.qual_start)
                   or f.sentence is not whole.sentence and _next_to_sentence(f.sentence, whole.sentence)]
        if len(earlier) < 2:
            continue
        ftext = earlier[-1].region.text
        parts = [earlier[-1]]
        for f in reversed(earlier[:-1]):
            if f.region is not parts[0].region or f.sentence is not parts[0].sentence:
                break
            gap = ftext[max(f.end, f.quantity.extra.get("after", f.end)) : parts[0].qual_start]
            if _NAMED_LIST_GAP.fullmatch(gap) is None:
                break
            parts.insert(0, f)
        if len(parts) < 2 or k and len(parts) != k:
            continue
        if any(p.kind != whole.kind or p.currency != whole.currency for p in parts):
            continue
        heads = [context(p.quantity).head for p in parts]
        thing = context(whole.quantity).head
        if whole.kind == "count" and (not thing or heads[0] != thing) or any(h and h != thing for h in heads[1:]):
            continue
        if whole.approx or any(p.approx for p in parts):
            continue
        out.append(PartGroup(whole, parts, "combined", True, whole.sentence))
    return out


def _one_a_sentence(figures: List[Figure], k: int) -> Optional[List[Figure]]:
    """The *k* figures before the last of *figures*, one in each of the *k* sentences right before
    its own (sentence after sentence, across one paragraph break at most), each alone of
    its kind in its sentence and counting the same thing as the whole (or naming none)."""
    i = len(figures) - 1
    whole = figures[i]
    if i < k or whole.approx:
        return None
    parts = figures[i - k : i]
    chain = [p.sentence for p in parts] + [whole.sentence]
    if len({id(x) for x in chain}) != k + 1 or not all(_next_to_sentence(a, b) for a, b in zip(chain, chain[1:])):
        return None
    if any(p.kind != whole.kind or p.currency != whole.currency or p.approx for p in parts):
        return None
    mine = {id(p.sentence) for p in parts}
    if sum(1 for f in figures if id(f.sentence) in mine and f.kind == whole.kind) != k:
        return None  # another figure of the kind in those sentences: not a plain list
    thing = context(whole.quantity).head
    heads = [context(p.quantity).head for p in parts]
    if whole.kind == "count" and (not thing or not any(heads)) or any(h and h != thing for h in heads):
        return None
    return parts


#: "The money comes from three sources: £8m ..., £4m ... and £3m ...": the headline's sum
#: taken up and broken down in the lead.
_BREAKDOWN_OPENING = lazyre.compile(
    r"\s*(?:(?:The|This|That|Its|All\s+of\s+the)\s+(?:[a-z]+\s+)?)?(?:money|funding|funds|cash|sum|grant|package|investment|"
    r"budget|bill|cost|costs|total|pot)\s+(?:will\s+|would\s+)?(?:come|comes|came|coming|is\s+made\s+up|was\s+made\s+up|"
    r"is\s+split|was\s+split|is\s+shared|was\s+shared|breaks\s+down|is\s+broken\s+down|was\s+broken\s+down|"
    r"is\s+being\s+provided|is\s+provided|was\s+provided)\b", re.I)


def headline_sum_groups(doc: Document) -> List[PartGroup]:
    """The headline's one amount, broken down in a sentence of the first two body paragraphs
    that opens on the money ("The money comes from ...", "The funding is split ...") and
    lists two or more amounts in the headline's currency, with no whole of its own."""
    figures = read_figures(doc)
    heads = [f for f in figures if f.place in ("headline", "standfirst") and f.kind == "currency"]
    if len(heads) != 1 or heads[0].approx:
        return []
    whole = heads[0]
    body = [f for f in figures if f.place == "body" and f.sentence is not None]
    if not body:
        return []
    first_index = body[0].region.index
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in body:
        if f.region.index - first_index > 2:
            break
        if id(f.sentence) not in by_sentence:
            by_sentence[id(f.sentence)] = []
            order.append(f.sentence)
        by_sentence[id(f.sentence)].append(f)
    for sentence in order:
        if not _BREAKDOWN_OPENING.match(sentence.region.text, sentence.start):
            continue
        money = [f for f in by_sentence[id(sentence)] if f.kind == "currency"]
        if len(money) < 2 or any(f.currency != whole.currency or f.approx for f in money):
            continue
        listed = _named_money_list(sentence.region.text, money)
        if len(listed) != len(money) or not (_MONEY_LIST_LEAD.search(
                sentence.region.text, max(sentence.start, money[0].start - 16), money[0].start)
                or _BRACKET_LIST_LEAD.search(sentence.region.text, max(sentence.start, money[0].start - 60),
                                             money[0].start)):
            continue
        return [PartGroup(whole, listed, "headline-sum", True, sentence)]
    return []


_MONEY_LIST_LEAD = lazyre.compile(r"(?::|\bbetween|\binto|\bas\s+follows:?|\bincluding)\s*$", re.I)
_MONEY_LIST_GAP = lazyre.compile(r"(?:\s+(?!and\b)[\w'’-]+){0,5}?\s*(?:,|;)?\s*(?:and\s+|with\s+|plus\s+|while\s+)?"
                                 r"(?:(?:the\s+)?(?:rest|remaining|remainder|a\s+further|another)\s+)?")


#: "comes from the council (£5m), ...": each giver named, its amount in brackets.
_BRACKET_LIST_LEAD = lazyre.compile(r"\b(?:from|by|between)\s+(?:[\w'’-]+\s+){1,6}\(\s*$", re.I)
_BRACKET_GAP = lazyre.compile(r"\s*\)\s*(?:,|;)?\s*(?:and\s+)?(?:[\w'’-]+\s+){1,6}\(\s*")


def _named_money_list(text: str, money: List[Figure]) -> List[Figure]:
    """Amounts each with a few words of who gives them, listed with commas and "and" (or
    each in brackets after its giver: "the council (£5m), the port (£3.5m) and ...")."""
    out = [money[0]]
    for f in money[1:]:
        gap = text[out[-1].end : f.qual_start]
        if _BRACKET_GAP.fullmatch(gap) is not None and len(gap) <= 60:
            out.append(f)
            continue
        if len(gap) > 50 or ("," not in gap and " and " not in gap and ";" not in gap) \
                or _MONEY_LIST_GAP.fullmatch(gap) is None:
            return []
        out.append(f)
    return out
