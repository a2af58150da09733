"""Which pairs of figures in one draft state the same quantity.

Published copy is full of figures that share a unit and even a noun but measure different
things ("20 people died ... 35 people were hurt", "sales rose 1.1% ... sales rose 0.3%"),
and the words around two figures turn out to be a poor guide to whether they are the
same. Measured on edited BBC copy, restatements are recognised reliably in a few
structural positions, so those are the pairs compared:

* **headline**: a headline figure that no body figure of its kind agrees with, against the
  body figure that restates it (the same counted noun, or the same words around it);
  and a headline figure against the first body figure of the same kind that counts the
  same noun in a sentence sharing its words ("Parmalat sues 45 banks" / "Parmalat has
  sued 45 banks as ...");
* **back-reference**: a definite noun phrase that repeats a counted noun, or one of the
  same kind ("the four stations", "its 500 patents", "the two newspapers" after "two
  Telegraph titles", "the four detainees" after "four Britons"), or a bare "the three"
  after a count of people or things, against the earlier figures for it;
* **same frame**: a figure introduced by the same measure and preposition as an earlier
  one and about the same names ("held interest rates at 2.5%" / "kept rates at 2.75%");
* **same noun phrase**: counts of the same modified noun ("19 Endurance pickups" /
  "39 Endurance pickups");
* **ages** of one named person (in :mod:`lintnews.rules.figures.conflicting_figures`).

Every pair must also agree in dimension (and currency), refer to the same time, and
neither figure may be marked as another amount ("another", "a further"), a reference
point ("from", "than", "compared with"), a different position ("the first", "the last",
unless both say it) or a different kind of statement (a change against a level, a rate
per day against a total). Links are *strong* (the rule warns) or *weak* (the rule only
informs): weak links are the looser readings (a bare "the three", nouns of people).
"""

from __future__ import annotations

import re
from typing import Iterator, List, NamedTuple, Optional, Sequence, Tuple

from .document import Document, Region
from .figure_context import STOP, Context, context, stem
from .figure_nouns import is_person_noun, same_noun
from .figure_subject import different_times, sentence_names
from .quantities import Quantity, to_base

#: Dimensions whose figures the consistency check compares.
COMPARED = frozenset(
    "count currency percent pp points length mass area volume speed temperature power energy data time".split()
)
#: Nouns too general to identify a quantity on their own ("5 times", "10 things").
WEAK_HEADS = frozenset(
    stem(w)
    for w in """time thing way year month week day hour minute second point part place lot kind sort
    case item issue area more other new option one""".split()
)
#: Nouns that, before a figure, name what it measures ("interest rates at 2.5%").
MEASURE_WORDS = frozenset(
    stem(w)
    for w in """rate rates range price cost value worth profit revenue sales turnover loss debt deficit
    surplus budget fine salary wage pay bonus fee tax inflation unemployment growth turnout share
    stake majority capacity population total bill deal fund investment spending output target height
    length weight speed distance reach toll attendance crowd audience ratio margin yield dividend
    earnings income bid offer contract transfer penalty sentence threshold limit cap ceiling
    minimum maximum""".split()
)
#: Markers of one more amount: never a restatement ("another 3,000 jobs").
ADDITIVE = frozenset("another other others further additional extra more remaining rest".split())
_PREPOSITIONS = frozenset("at of to by for from about around worth".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NOT_CONTENT = STOP | frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    thousand million billion trillion per cent percent year years month months week weeks day days
    bn mn tn m k p""".split()
)
#: Modifiers that a back-reference may add without naming a different group.
_GENERIC_MODIFIERS = frozenset(stem(w) for w in "big major key main such large".split())


class Pair(NamedTuple):
    """Two figures that state the same quantity with different values."""

    earlier: Quantity
    later: Quantity
    why: str  # headline | reference | frame | phrase
    strong: bool
    #: the headline's figure is the odd one out: no body figure gives it (report it there)
    at_headline: bool = False


def compatible(a: Quantity, b: Quantity) -> bool:
    """Same dimension and currency, comparable kinds, different sentences."""
    if a.key != b.key or a.dim not in COMPARED or a.sentence is b.sentence:
        return False
    if a.dim == "time" and a.unit is not None and b.unit is not None and a.unit.key != b.unit.key:
        return False  # "three months" and "90 days" are not worth comparing
    return True


def blocked(a: Quantity, b: Quantity, headline: bool = False) -> bool:
    """True when the words around the figures show they are different quantities.

    Against a *headline*, a total ("all four", "a total of $515m") may restate the
    headline's figure, and a rate ("$50 a barrel") may be given without its unit there.
    """
    ca, cb = context(a), context(b)
    if ca.reference or cb.reference or ca.marker in ADDITIVE or cb.marker in ADDITIVE:
        return True
    if cb.marker != ca.marker and (cb.marker or not cb.definite):
        return True  # "eight players ... the top two players"; "the 20 biggest projects ... the 20 projects" agree
    if not headline and (ca.whole or cb.whole) and not ((ca.whole or ca.definite) and (cb.whole or cb.definite)):
        return True  # "all the 100,000 cafes" and "10,000 cafes"; "all 25 members" and "the 25 members" agree
    if ca.change != cb.change:
        return True
    if ca.per != cb.per and not (headline and not (ca.per and cb.per)):
        return True
    return different_times(a, b, definite=cb.definite and a.dim == "count")


def disjoint(a: Quantity, b: Quantity, lenient: bool = False) -> bool:
    """True when no value satisfies both figures (after rounding and qualifiers).

    Rounding intervals are half-open ("32,000" to the nearest thousand is below 32,500);
    with *lenient*, *a* (a headline figure) may also be truncated ("$16bn" for $16.6bn).
    Two bounds of the same kind ("more than 4,000", "over 6,000") are compared as values,
    and so (with *lenient*) is a headline figure against a bound.
    """
    bounds = ("over", "under")
    if a.qualifier == b.qualifier and a.qualifier in bounds:
        # "more than 4,000" and "more than 6,000" restate one bound with two values
        alo, ahi = to_base(a.value - a.half, a), to_base((a.upper or a.value) + a.half, a)
        blo, bhi = to_base(b.value - b.half, b), to_base((b.upper or b.value) + b.half, b)
    elif lenient and (a.qualifier in bounds) != (b.qualifier in bounds):
        # a headline drops the qualifier of the bound it gives, and may round it: "sells
        # five million" for "more than five million", "to cut 4,000" for "more than 3,900"
        alo, ahi = to_base(a.value - a.half, a), to_base((a.upper or a.value) + a.half, a)
        blo, bhi = to_base(0.9 * b.value - b.half, b), to_base(1.1 * (b.upper or b.value) + b.half, b)
    else:
        alo, ahi = a.base_interval()
        blo, bhi = b.base_interval()
    if lenient and a.half > 0 and a.qualifier == "":
        ahi += (ahi - alo) / 2
    if a.half > 0:
        ahi -= 1e-9 * max(1.0, abs(ahi))
    if b.half > 0:
        bhi -= 1e-9 * max(1.0, abs(bhi))
    return ahi < blo or bhi < alo


def headline_regions(doc: Document) -> List[Region]:
    """The headline: a level-1 or level-2 heading at the top (with the standfirst under it:
    a lower-level heading or a paragraph in italics or bold), or (plain text) a short
    first paragraph without a closing full stop."""
    if not doc.regions:
        return []
    first = doc.regions[0]
    if first.kind == "heading" and first.level <= 2:
        deck = doc.regions[1] if len(doc.regions) > 1 else None
        if deck is not None and (deck.kind == "heading" and deck.level > first.level or _emphasised(doc, deck)):
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


def _stems(q: Quantity) -> set:
    got = q.extra.get("stems")
    if got is None:
        text = q.sentence.text if q.sentence is not None else q.region.text
        got = {stem(w) for w in _WORD.findall(text) if w.lower() not in _NOT_CONTENT or w.isupper() and len(w) > 1}
        q.extra["stems"] = got
    return got


def pairs(doc: Document, figures: Sequence[Quantity]) -> Iterator[Pair]:
    """Conflicting pairs, each later figure at most once.

    Each figure is linked to the earlier figures that state the same quantity (see the
    module docstring). A figure conflicts when it is linked to at least one earlier figure
    and agrees with none of them: "the 500 patents" is fine when any earlier "500 patents"
    exists, even if "40,000 patents" came in between.
    """
    heads = set(headline_regions(doc))
    top = [q for q in figures if q.region in heads]
    body = [q for q in figures if q.region not in heads]
    done = set()
    for pair in _headline_pairs(top, body, max((r.index for r in heads), default=-1) + 1):
        if not pair.at_headline:
            done.add(id(pair.later))
        yield pair
    counts: dict = {}
    for q in figures:
        counts[q.key] = counts.get(q.key, 0) + 1
    for j, b in enumerate(figures):
        if counts[b.key] < 2 or id(b) in done or b.region in heads:
            continue
        links = list(_links(figures, j, heads)) + list(_phrase_links(figures, j))
        if not links or any(not disjoint(a, b) for a, _, _ in links):
            continue
        if any(not disjoint(x, b) for x in _support(figures, j)):
            continue
        strong = [link for link in links if link[2]]
        a, why, is_strong = (strong or links)[0]
        yield Pair(a, b, why, is_strong)


# --------------------------------------------------------------------------- headline


def _headline_pairs(top: Sequence[Quantity], body: Sequence[Quantity], lead: int) -> Iterator[Pair]:
    """Headline figures against the body (*lead* is the index of the first body region)."""
    for a in top:
        ca = context(a)
        if a.dim not in COMPARED or ca.partitive or (a.dim == "count" and ca.head in WEAK_HEADS):
            continue
        same_kind = [b for b in body if compatible(a, b)]
        if not same_kind:
            continue
        if not any(_close(a, b) and _headline_match(a, b) for b in same_kind):
            # nothing in the body agrees with the headline: find the figure it restates
            best = _restated(a, same_kind, lead)
            if best is not None and disjoint(a, best[0], lenient=True):
                yield Pair(a, best[0], "headline", best[1], at_headline=True)
            continue
        # the headline's figure is in the body; its first restatement may still disagree
        first = next((b for b in same_kind if _headline_match(a, b)), None)
        if first is None or blocked(a, first, headline=True) or not disjoint(a, first, lenient=True):
            continue
        shared = (_stems(a) & _stems(first)) - {ca.head}
        if len(shared) >= 3 or len(shared) == 2 and not _names_differ(a, first):
            yield Pair(a, first, "headline", True)


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
        shared = len((_stems(a) & _stems(b)) - {ca.head})
        if a.dim == "count" and ca.head:
            if not same_noun(ca.head, context(b).head):
                continue
            score = 3.0 + shared
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


def _headline_match(a: Quantity, b: Quantity) -> bool:
    """Can body figure *b* restate headline figure *a*? Counts must count the same noun;
    money, shares and measures often name their noun differently ("$515m settlement" /
    "pay $515m to settle")."""
    if a.dim == "count" and context(a).head:
        return same_noun(context(a).head, context(b).head)
    return True


# --------------------------------------------------------------------------- body


def _links(figures: Sequence[Quantity], j: int, heads) -> Iterator[Tuple[Quantity, str, bool]]:
    """Earlier figures that *figures[j]* restates, nearest first, with the link's strength."""
    b = figures[j]
    if not _may_link(b):
        return
    cb = context(b)
    if cb.reference or cb.marker in ADDITIVE:
        return
    if cb.head:
        if cb.head in WEAK_HEADS or cb.partitive and not cb.definite:
            return
        if not cb.definite:
            return
        people = is_person_noun(cb.head)
        demonstrative = b.region.text[max(0, b.qual_start - 6) : b.qual_start].lower().endswith(("these ", "those "))
        for a in reversed(figures[:j]):
            if not compatible(a, b):
                continue
            ca = context(a)
            if cb.restricted and not ca.definite:
                continue  # "the 14 seats where ..." narrows the group unless it was named so before
            if ca.partitive:
                # "two of Japan's biggest financial companies ... the two groups"
                if same_noun(ca.of_head, cb.head) and not blocked(a, b) and _similar(a, b) and _near(a, b, 3) \
                        and _modifiers_agree(ca, cb, a):
                    yield a, "reference", False  # or "two of the suspects ... the four suspects": a part
                continue
            if not ca.head:
                # "fined the bank £15m ... the £12m fine": the noun before an amount
                if a.dim != "count" and cb.head in {stem(w) for w in ca.left[:2]} and not blocked(a, b) \
                        and _similar(a, b) and not _names_differ(a, b):
                    yield a, "reference", True
                continue
            same = same_noun(ca.head, cb.head) and _plural(ca) == _plural(cb)  # "1 product" is no group
            if not same and not (people and is_person_noun(ca.head) and _near(a, b, 2) and _share_names(a, b)):
                continue
            if blocked(a, b) or not _similar(a, b):
                continue
            if a.region not in heads and _names_differ(a, b) and not _plain_back_reference(a, b, ca, cb):
                continue
            if demonstrative and not _previous_sentence(a, b):
                break  # "these two players" points at the sentence before
            if same and (_modifiers_agree(ca, cb, a) or a.region in heads) \
                    and (b.region.index - a.region.index <= 3 or a.region.index <= 1):
                yield a, "reference", True  # a back-reference looks a few paragraphs back, or to the top
            elif not same:
                yield a, "reference", False
        return
    if _bare_reference(b, cb):
        # "the three had been detained": the group counted just before
        for a in reversed(figures[:j]):
            if not compatible(a, b):
                continue
            ca = context(a)
            if (b.dim != "count" or ca.head and ca.head not in WEAK_HEADS and not ca.partitive) \
                    and not blocked(a, b) and _near(a, b):
                yield a, "reference", False
            break
        return
    measure = _measure(cb)
    if measure:
        for a in reversed(figures[:j]):
            if not compatible(a, b):
                continue
            ca = context(a)
            if not ca.head and _measure(ca) == measure and ca.modal == cb.modal and not blocked(a, b) \
                    and (_share_names(a, b) or _same_unnamed_subject(a, b)):
                yield a, "frame", True


def _measure(c: Context) -> Tuple[str, str]:
    """The measure a figure without a noun is given for, and its preposition: ("at", "rat")
    for "held interest rates at 2.5%", ("to", "majority") for "its majority was cut to 14"."""
    if c.head or len(c.frame) < 2 or c.frame[0] not in _PREPOSITIONS:
        return ()
    if c.frame[1] in MEASURE_WORDS:
        return c.frame[0], c.frame[1]
    for word in c.left[:2]:
        w = stem(word)
        if w in MEASURE_WORDS:
            return c.frame[0], w
    return ()


#: What may follow a bare back-reference such as "the three": a verb or the clause's end.
_BARE_NEXT = re.compile(
    r"\s*(?:[.,;:!?)\"”’—–]|$|\s*(?:had|have|has|are|were|was|is|will|would|could|can|may|might|must|"
    r"should|also|now|then|still|both|all|did|do|does|said|say|says|remain|remained)\b)", re.I)
_BARE_BEFORE = frozenset("the these those both".split())


def _bare_reference(b: Quantity, cb: Context) -> bool:
    """ "the three had been detained", "The two are set to merge": a small count standing
    for a group just named."""
    if cb.head or cb.marker or b.upper is not None:
        return False
    before = b.region.text[max(0, b.qual_start - 8) : b.qual_start].lower().split()
    if not before or before[-1] not in _BARE_BEFORE:
        return False
    after = b.extra.get("after", b.end)
    if b.dim in ("currency", "percent"):
        # "give him the 10%.", "of the £35bn he has earmarked": an amount named before
        return _BARE_AMOUNT_NEXT.match(b.region.text, after) is not None
    return b.dim == "count" and 2 <= b.value <= 20 and _BARE_NEXT.match(b.region.text, after) is not None


_BARE_AMOUNT_NEXT = re.compile(r"\s*(?:[.,;:!?)\"”’—–]|$|(?:he|she|it|they|we|you|that|which)\b)", re.I)


def _near(a: Quantity, b: Quantity, paragraphs: int = 1) -> bool:
    """*a* is in *b*'s paragraph (at most two sentences back) or one of the *paragraphs*
    before (for loose back-references)."""
    if not 0 <= b.region.index - a.region.index <= paragraphs:
        return False
    if a.region is b.region and a.sentence is not None and b.sentence is not None:
        return b.sentence.index - a.sentence.index <= 2
    return True


def _plain_back_reference(a: Quantity, b: Quantity, ca: Context, cb: Context) -> bool:
    """ "the 30 construction projects" close after "30 construction projects": a count taken
    up with "the" and no narrower noun phrase names the same group whatever else the
    sentences name ("the two banks" is more often a pair just named)."""
    if ca.names and cb.names and not ca.names & cb.names:
        return False  # "the two plants in Spain ... the three plants in Poland"
    return (a.dim == "count" and b.value != 2 and cb.modifiers <= ca.modifiers and _near(a, b, 2)
            and b.region.text[max(0, b.qual_start - 4) : b.qual_start].lower() == "the ")


def _previous_sentence(a: Quantity, b: Quantity) -> bool:
    """*a* is in the sentence before *b*'s (in the same paragraph or the one before)."""
    if a.region is b.region:
        return a.sentence is not None and b.sentence is not None and b.sentence.index - a.sentence.index <= 1
    return b.region.index - a.region.index == 1 and (b.sentence is None or b.sentence.index == 0) \
        and a.sentence is not None and a.sentence is a.region.sentences[-1]


def _plural(c: Context) -> bool:
    """ "the two-year bans" (on two athletes) and "the two-year ban" (on their coach) differ."""
    word = c.head_word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _similar(a: Quantity, b: Quantity) -> bool:
    """Within a factor of five: "the two countries" does not restate "31 countries", nor
    "the 500 patents" "40,000 patents" (a definite reference to a much smaller or larger
    number names another group)."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi <= 5 * lo


def _shares_clause_word(a: Quantity, b: Quantity) -> bool:
    """A word of *b*'s clause is in *a*'s sentence: "charged nine food suppliers ... the nine
    now charged"."""
    cb = context(b)
    words = {stem(w) for w in cb.left + cb.right}
    return bool(words & _stems(a))


def _modifiers_agree(ca: Context, cb: Context, a: Quantity) -> bool:
    """The back-reference names no narrower group than the earlier figure: its modifiers
    ("the 30 construction projects") are among the earlier figure's words."""
    extra = cb.modifiers - ca.modifiers - _GENERIC_MODIFIERS
    return not extra or extra <= _stems(a)


def _phrase_links(figures: Sequence[Quantity], j: int) -> Iterator[Tuple[Quantity, str, bool]]:
    """Earlier counts of the same noun phrase with a modifier: "39 Endurance pickups" after
    "19 Endurance pickups"."""
    b = figures[j]
    compound = "-" in b.text and b.dim in ("time", "count")  # "a six-month contract", "four-month highs"
    if not compound and (b.dim != "count" or not _TWO_WORDS.match(b.region.text, b.extra.get("after", b.end))):
        return
    cb = context(b)
    if compound:
        if not cb.head or cb.head in WEAK_HEADS or cb.head == "old" or cb.distinct or cb.reference:
            return  # "16 to 17-year-olds" are people, not a span
        for a in reversed(figures[:j]):
            ca = context(a)
            if "-" in a.text and compatible(a, b) and same_noun(ca.head, cb.head) and ca.modifiers == cb.modifiers \
                    and _plural(ca) == _plural(cb) \
                    and _near(a, b, 3) and not blocked(a, b) and not _names_differ(a, b):
                yield a, "phrase", True
        return
    if not cb.head or not cb.modifiers or cb.head in WEAK_HEADS or cb.partitive or cb.distinct or cb.reference:
        return
    first = _FIRST_WORD.match(b.region.text, b.extra.get("after", b.end))
    for a in reversed(figures[:j]):
        if not compatible(a, b):
            continue
        after = _FIRST_WORD.match(a.region.text, a.extra.get("after", a.end))
        if after is None or first is None or after.group(1).lower() != first.group(1).lower():
            continue  # the same modifier comes first in both (cheap test before reading the context)
        ca = context(a)
        if not same_noun(ca.head, cb.head) or ca.modifiers != cb.modifiers or ca.partitive or ca.modal != cb.modal:
            continue
        if not blocked(a, b) and not _names_differ(a, b):
            yield a, "phrase", True


_FIRST_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_TWO_WORDS = re.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){1,2}[a-z]+s\b")


def _may_link(q: Quantity) -> bool:
    """Cheap test before reading a figure's context: only a figure after a determiner or
    possessive ("the 500 patents", "its 12 members") or a preposition ("rates at 2.5%") can
    restate an earlier one outside the headline."""
    text = q.region.text
    window = text[max(0, q.qual_start - 30) : q.qual_start].lower().split()
    if not window:
        return False
    last = window[-2:]
    if any(w in _DEFINITE_WORDS or w.endswith(("'s", "’s", "s'")) for w in last):
        return True
    return len(window) >= 2 and window[-1] in _PREPOSITIONS and any(stem(w) in MEASURE_WORDS for w in window[-3:-1])


_DEFINITE_WORDS = frozenset("the its their his her our your both these those".split())


def _support(figures: Sequence[Quantity], j: int) -> Iterator[Quantity]:
    """Earlier figures that a back-reference may also point to: a part named with the same
    noun ("two of the ten domains" for "the two domains") and figures without a noun in the
    sentence before ("the final two ... These two players")."""
    b = figures[j]
    cb = context(b)
    prev = b.sentence.index - 1 if b.sentence is not None else -1
    for a in figures[:j]:
        if a.key != b.key:
            continue
        ca = context(a)
        if ca.partitive and (not ca.of_head or same_noun(ca.of_head, cb.head)):
            yield a
        elif not ca.head and a.region is b.region and a.sentence is not None and a.sentence.index >= prev:
            yield a


def _share_names(a: Quantity, b: Quantity) -> bool:
    """True when a name in one figure's sentence appears (in any case) in the other's:
    "the Bank of England held rates" / "the bank kept rates"."""
    for x, y in ((a, b), (b, a)):
        text = y.sentence.text.lower() if y.sentence is not None else ""
        for name in sentence_names(x):
            if re.search(r"\b" + re.escape(name.lower()) + r"\b", text):
                return True
    return False


def _same_unnamed_subject(a: Quantity, b: Quantity) -> bool:
    """Neither sentence names anyone, and the clauses share a noun besides the measure
    ("the central bank held rates at" / "the bank's decision to keep rates at")."""
    if sentence_names(a) or sentence_names(b):
        return False
    ca, cb = context(a), context(b)
    wa = {stem(w) for w in ca.left} - set(ca.frame[:2])
    wb = {stem(w) for w in cb.left} - set(cb.frame[:2])
    return bool(wa & wb)


def _names_differ(a: Quantity, b: Quantity) -> bool:
    """Both sentences name people, places or bodies, and none in common (an acronym matches
    the words it abbreviates: "NAO" and "National Audit Office")."""
    na, nb = sentence_names(a), sentence_names(b)
    if not na or not nb or na & nb:
        return False
    return not (_abbreviates(na, b) or _abbreviates(nb, a))


def _abbreviates(names, q: Quantity) -> bool:
    """One of *names* is an acronym of consecutive capitalised words in *q*'s sentence."""
    acronyms = [n for n in names if len(n) >= 2 and n.isupper() and n.isalpha()]
    if not acronyms or q.sentence is None:
        return False
    words = re.findall(r"[A-Z][a-z]+|(?<=\s)(?:of|and|for|the)(?=\s)", q.sentence.text)
    initials = "".join(w[0] for w in words if w[0].isupper())
    return any(x in initials for x in acronyms)


def same_person_age(a: Quantity, b: Quantity) -> Optional[bool]:
    """For two ages: True when they belong to the same named person."""
    if a.person and b.person:
        return a.person == b.person
    return None
