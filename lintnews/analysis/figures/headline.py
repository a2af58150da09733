"""Headline (and standfirst) figures against the body.

A headline figure that no body figure of its kind gives is the odd one out, and is
compared with the body figure that restates it; a headline figure the body does give is
still compared with the first body figure for the same thing when their sentences share
words. See :func:`headline_pairs`.
"""

from __future__ import annotations

from typing import Iterator, List, Optional, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Region
import re
from lintnews.analysis.figures.compare import (
    COMPARED,
    WEAK_HEADS,
    Pair,
    blocked,
    compatible,
    disjoint,
    names_differ,
    sentence_stems,
)
from lintnews.analysis.figures.context import context, stem
from lintnews.analysis.figures.nouns import event_families, is_person_noun, same_noun
from lintnews.analysis.figures.extract import Quantity


def measure_class(q):  # imported late: match imports this module
    from lintnews.analysis.figures.match import measure_class as _measure_class

    return _measure_class(q)


def headline_regions(doc: Document) -> List[Region]:
    """The headline: a level-1 or level-2 heading at the top (with the standfirst under it:
    a lower-level heading or a paragraph in italics or bold), or (plain text) a short
    first paragraph without a closing full stop."""
    if not doc.regions:
        return []
    first = doc.regions[0]
    if first.kind == "heading" and first.level <= 2:
        deck = doc.regions[1] if len(doc.regions) > 1 else None
        subheading = deck is not None and deck.kind == "heading" and deck.level > first.level
        if deck is not None and (subheading or _emphasised(doc, deck)):
            return [first, deck]  # a standfirst: a subheading, or a paragraph in italics or bold
        return [first]
    if doc.format == "text" and first.kind == "paragraph":
        text = first.text.strip()
        if len(text.split()) <= 16 and not text.endswith((".", "?", "!", ":")):
            return [first]
    return []


def _emphasised(doc: Document, region: Region) -> bool:
    """A paragraph set wholly in emphasis ("*Unions say 1,500 jobs will go*")."""
    if region.kind != "paragraph" or region.blockquote or not region.text.strip():
        return False
    s, e = region.source_span(0, len(region.text))
    return s > 0 and doc.source[s - 1] in "*_" and e < len(doc.source) and doc.source[e] in "*_" \
        and "\n\n" not in doc.source[s:e]


def headline_pairs(top: Sequence[Quantity], body: Sequence[Quantity], lead: int) -> Iterator[Pair]:
    """Headline figures against the body (*lead* is the index of the first body region)."""
    for a in top:
        ca = context(a)
        partitive = ca.partitive and not (a.dim == "currency" and _OF_BARE_NOUN.match(a.region.text, a.end))
        if a.dim not in COMPARED or partitive or (a.dim == "count" and ca.head in WEAK_HEADS):
            continue
        same_kind = [b for b in body if compatible(a, b)]
        if not same_kind:
            continue
        if not any(_close(a, b) for b in same_kind):  # "870 infections" is given as "870 people infected"
            # nothing in the body agrees with the headline: find the figure it restates
            best = _restated(a, [b for b in same_kind
                                 if (measure_class(a)[0] == "margin") == (measure_class(b)[0] == "margin")], lead)
            if best is not None and (_one_in_apart(a, best[0]) if _one_in(a) and _one_in(best[0])
                                     else disjoint(a, best[0], lenient=True)):
                yield Pair(a, best[0], "headline", best[1], at_headline=True)
            continue
        # the headline's figure is in the body; its first restatement may still disagree
        first = next((b for b in same_kind if _headline_match(a, b)), None)
        if first is not None and not disjoint(a, first, lenient=True) and a.dim == "count" and ca.head:
            # the lead repeats the headline's count: a later "all 1.4 million affected
            # customers" or "the 1.4 million customers" takes it up again
            later = _whole_restatement(a, first, same_kind)
            if later is not None:
                yield Pair(a, later, "headline", True)
                continue
        if first is None or blocked(a, first, headline=True) or not disjoint(a, first, lenient=True):
            continue
        if (measure_class(a)[0] == "margin") != (measure_class(first)[0] == "margin"):
            continue  # "elected by 9,000 votes" and "with 61,400 votes": a margin and a total
        shared = (sentence_stems(a) & sentence_stems(first)) - {ca.head}
        if len(shared) >= 3 or len(shared) == 2 and not names_differ(a, first):
            yield Pair(a, first, "headline", True)


def partitive_free(a: Quantity, ca) -> bool:
    """Is the headline figure's noun its own (not money "of" a kind of thing)?"""
    return not (a.dim == "currency" and ca.partitive and _OF_BARE_NOUN.match(a.region.text, a.end))


#: "£310m of assets frozen": money of a kind of thing, not a part of a whole ("£3m of the budget").
_OF_BARE_NOUN = lazyre.compile(r"\s+of\s+(?!(?:the|its|their|his|her|this|that|these|those|our|a|an|which|whom|it|them)\b)"
                               r"[a-z][a-z-]+\b")


def _close(a: Quantity, b: Quantity) -> bool:
    """*b* gives headline figure *a*'s value (a qualifier such as "more than" does not
    stretch "$60bn" to "$368bn")."""
    if disjoint(a, b, lenient=True):
        return False
    lo, hi = sorted((abs(a.base), abs(b.base)))
    return hi <= 1.1 * lo or a.upper is not None or b.upper is not None


def _restated(a: Quantity, body: Sequence[Quantity], lead: int) -> Optional[Tuple[Quantity, bool]]:
    """The body figure that headline figure *a* restates, and whether the link is strong:
    the same counted noun, or (for money, shares and measures, which name their noun
    differently) the most words in common, the earlier the better."""
    ca = context(a)
    scored = []
    for b in body:
        if _placed(b):
            continue  # "At Northgate 420 posts will go": a place's part, not the headline's whole
        # (money's noun is a shared word: "£95m of loans written off" / "wrote off loans worth £78m")
        shared = len((sentence_stems(a) & sentence_stems(b)) - ({ca.head} if partitive_free(a, ca) else set()))
        if a.dim == "count" and ca.head:
            if not _counts_same(a, b):
                continue
            score = 3.0 + shared
        elif _one_in(a) and _one_in(b):
            score = 2.0 + shared  # "One in ten post offices shut" / "about one in seven": the same ratio
        elif not shared:
            continue
        else:
            score = float(shared)
        depth = b.region.index - lead
        score += 1.0 if depth == 0 else 0.5 if depth == 1 else 0.0
        scored.append((-score, b.region.index, b.start, b))
    # the best-scoring figure the words around it do not set apart (read only as needed)
    for neg_score, _, _, b in sorted(scored, key=lambda x: x[:3]):
        if not blocked(a, b, headline=True):
            return b, -neg_score >= 2.0
    return None


#: A ratio written "one in N" ("about one in seven").
_ONE_IN = lazyre.compile(r"(?:(?:about|around|almost|nearly|roughly|some|more\s+than|fewer\s+than|less\s+than)\s+)?"
                         r"(?:one|1)\s+(?:in|out\s+of)\s+", re.I)


def _one_in(q: Quantity) -> bool:
    return q.dim == "percent" and q.value > 0 and _ONE_IN.match(q.region.text, q.qual_start, q.end) is not None


def _one_in_apart(a: Quantity, b: Quantity) -> bool:
    """ "one in ten" and "about one in seven": the two "N" differ by more than their rounding
    (a whole N, or two either side of an approximate one)."""
    na, nb = 100.0 / a.value, 100.0 / b.value
    slack = (0.5 if not a.qualifier else 1.5) + (0.5 if not b.qualifier else 1.5)
    return abs(na - nb) > slack


def _headline_match(a: Quantity, b: Quantity) -> bool:
    """Can body figure *b* restate headline figure *a*? Counts must count the same noun;
    money, shares and measures often name their noun differently ("$515m settlement" /
    "pay $515m to settle")."""
    if a.dim == "count" and context(a).head:
        return _counts_same(a, b)
    return True


def _counts_same(a: Quantity, b: Quantity) -> bool:
    """The headline's count and the body's count the same thing: the same noun, or a
    headline's "Four killed" and the body's "four people were killed"."""
    ha, hb = context(a).head, context(b).head
    if same_noun(ha, hb):
        return True
    if ha in _PEOPLE_PARTICIPLES and is_person_noun(hb) and bool({ha} & sentence_stems(b)):
        return True
    # "Coastguard rescues 95 swimmers" / "pulled 75 people from the sea", "saved 300 lives" /
    # "rescued some 230 people": people counted under another noun, for one event
    pa, pb = _people_like(ha), _people_like(hb)
    return pa and pb and (is_person_noun(ha) or is_person_noun(hb)) \
        and bool(event_families(sentence_stems(a)) & event_families(sentence_stems(b)))


_LIFE = stem("lives")


def _people_like(head: str) -> bool:
    """A noun that counts people: a noun of people, "lives", or one of an agent ("swimmers",
    "cyclists")."""
    return is_person_noun(head) or head == _LIFE or head.endswith(("er", "ist")) and len(head) > 4


#: What a headline counts people by: "Four killed", "20 hurt", "Six arrested".
_PEOPLE_PARTICIPLES = frozenset(
    stem(w) for w in "killed dead died injured hurt wounded arrested missing detained rescued freed held".split()
)


def _whole_restatement(a: Quantity, first: Quantity, body: Sequence[Quantity]) -> Optional[Quantity]:
    """A later body figure that takes up the headline's count as a whole: "all 1.4 million
    affected customers", "the 1.4 million customers", with the same counted noun and no
    narrower phrase after it ("the 300 jobs in Wales" is a part)."""
    ha = context(a).head
    for b in body:
        if b.region.index <= first.region.index or b.qualifier:
            continue
        cb = context(b)
        if not (cb.whole or cb.definite or _subject_taken_up(a, b)) or cb.distinct or cb.reference or cb.restricted \
                or cb.partitive:
            continue
        if not same_noun(ha, cb.head) or cb.per or cb.change:
            continue
        if _NARROWED.match(b.region.text, b.extra.get("after", b.end) + len(cb.head_word) + 1 if False else
                           _after_noun(b, cb.head_word)):
            continue
        if any(m[:1].isupper() for m in _modifier_words(b, cb.head_word)):
            continue  # "the 1,500 UK jobs": a named part
        if any(x is not b and x.region.index <= b.region.index and (x.region is not b.region or x.start < b.start)
               and not disjoint(x, b) for x in body):
            continue  # it restates another figure the body gave ("1,500 of them in the UK")
        if disjoint(a, b, lenient=True) and disjoint(first, b):
            return b
    return None


#: "The notice will affect 21,000 households": the subject the headline named, taken up
#: with "the", and a verb of reach right before the count.
_REACH_OPENING = lazyre.compile(r"\s*(?:The|This|Its)\s+(?P<w>[a-z][\w-]*)\s+(?:will\s+|would\s+|could\s+|now\s+|"
                                r"is\s+set\s+to\s+|is\s+expected\s+to\s+)?(?:affects?|affected|covers?|covered|"
                                r"hits?|applies\s+to|apply\s+to|applied\s+to|reaches|reach|reached|includes?|"
                                r"included)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$")


def _subject_taken_up(a: Quantity, b: Quantity) -> bool:
    """*b* opens its sentence as the headline's subject taken up, the count right after a
    verb of reach ("Boil-water notice for 18,000 homes" ... "The notice will affect 21,000
    households")."""
    if b.sentence is None:
        return False
    m = _REACH_OPENING.fullmatch(b.region.text, b.sentence.start, b.qual_start)
    return m is not None and stem(m.group("w")) in sentence_stems(a)


def _placed(b: Quantity) -> bool:
    """*b* counts the part of something at one of the places its sentence lists: its
    clause opens on the place ("In Leeds 40 jobs will go", "and at York 25") or names it
    after its noun and verb ("40 jobs will go in Leeds, and 25 in York")."""
    text = b.region.text
    start = b.sentence.start if b.sentence is not None else 0
    if b.sentence is None or len(_PLACE_NAMED.findall(b.sentence.text)) < 2:
        return False  # "would cut 3,000 jobs in Europe" may be the headline's whole, wrongly given
    if _PLACE_OPENING.search(text, max(start, b.qual_start - 50), b.qual_start):
        return True
    head = context(b).head_word
    return bool(head) and _PLACE_LATER.match(text, _after_noun(b, head)) is not None


#: A place opening the clause of a figure: "In Leeds 40 ...", ", and at York 25".
_PLACE_OPENING = lazyre.compile(r"(?:^|[.,;:]\s*|\b(?:and|while|whereas|but)\s+)(?:In|in|At|at)\s+(?:the\s+)?"
                                r"(?:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?|(?:north|south|east|west)(?:-?\w+)?)"
                                r",?\s+$")
_PLACE_NAMED = lazyre.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?[A-Z][a-z]")
#: A place after a figure's noun and verb: "40 jobs will go in Leeds".
_PLACE_LATER = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,4}?\s+(?:in|at)\s+(?:the\s+)?[A-Z][a-z][\w'’-]*"
                              r"(?:\s+[A-Z][a-z][\w'’-]*)?\s*(?:,|\.|;|\band\b|$)")


def _modifier_words(b: Quantity, head_word: str):
    text = b.region.text
    at = text.find(head_word, b.end, b.end + 60) if head_word else -1
    return text[b.extra.get("after", b.end) : at].split() if at >= 0 else []


def _after_noun(b: Quantity, word: str) -> int:
    text = b.region.text
    at = text.find(word, b.end, b.end + 60)
    return at + len(word) if at >= 0 else b.end


_NARROWED = lazyre.compile(r"\s+(?:in|at|on|from|of|across(?!\s+(?:the\s+)?(?:two|three|four|five|both|all|whole|entire)\b)|"
                           r"outside|inside|within|near|who|that|which|where|whose|"
                           r"aged|under|over|with)\b", re.I)
