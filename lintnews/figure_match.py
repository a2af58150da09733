"""Which pairs of figures in one draft state the same quantity.

Published copy is full of figures that share a unit and even a noun but measure different
things ("20 people died ... 35 people were hurt", "sales rose 1.1% ... sales rose 0.3%"),
and the words around two figures turn out to be a poor guide to whether they are the
same. Measured on edited BBC copy, restatements are recognised reliably in a few
structural positions only, so those are the pairs compared:

* **headline and lead**: a figure in the headline and the first body figure of the same
  kind that counts the same noun, when the two sentences share a word ("Parmalat sues 45
  banks" / "Parmalat has sued 45 banks as ...");
* **back-reference**: a definite noun phrase that repeats a counted noun ("the four
  stations", "its 500 patents") and the nearest earlier figure for that noun;
* **same frame**: a figure introduced by the same measure and preposition as an earlier
  one and about the same names ("held interest rates at 2.5%" / "kept rates at 2.75%");
* **same noun phrase**: counts of the same modified noun ("19 Endurance pickups" /
  "39 Endurance pickups");
* **ages** of one named person ("Jane Doe, 52" / "Ms Doe, 54" / "the 54-year-old").

Every pair must also agree in dimension (and currency), refer to the same time, and
neither figure may be marked as another amount ("another", "a further"), a reference
point ("from", "than", "compared with") or a different kind of statement (a change
against a level, a rate per day against a total).
"""

from __future__ import annotations

import re
from typing import Iterator, List, Optional, Sequence, Tuple

from .document import Document, Region
from .figure_context import STOP, Context, context, stem
from .figure_subject import different_times, sentence_names
from .quantities import Quantity

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
    earnings income bid offer contract transfer penalty sentence""".split()
)
_PREPOSITIONS = frozenset("at of to by for from about around worth".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

Pair = Tuple[Quantity, Quantity, str]


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
    if ca.distinct or cb.distinct or ca.reference or cb.reference:
        return True
    if not headline and (ca.whole or cb.whole):
        return True
    if ca.change != cb.change:
        return True
    if ca.per != cb.per and not (headline and not (ca.per and cb.per)):
        return True
    return different_times(a, b)


def disjoint(a: Quantity, b: Quantity, lenient: bool = False) -> bool:
    """True when no value satisfies both figures (after rounding and qualifiers).

    Rounding intervals are half-open ("32,000" to the nearest thousand is below 32,500);
    with *lenient*, *a* (a headline figure) may also be truncated ("$16bn" for $16.6bn).
    """
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
    """The headline: a level-1 or level-2 heading at the top, or (plain text) a short first
    paragraph without a closing full stop."""
    if not doc.regions:
        return []
    first = doc.regions[0]
    if first.kind == "heading" and first.level <= 2:
        return [first]
    if doc.format == "text" and first.kind == "paragraph":
        text = first.text.strip()
        if len(text.split()) <= 16 and not text.endswith((".", "?", "!", ":")):
            return [first]
    return []


def _stems(text: str) -> set:
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in STOP}


def same_head(ca: Context, cb: Context) -> bool:
    return ca.head == cb.head and ca.head not in WEAK_HEADS


def pairs(doc: Document, figures: Sequence[Quantity]) -> Iterator[Pair]:
    """Conflicting pairs ``(earlier, later, why)``.

    Each figure is linked to the earlier figures that state the same quantity (see the
    module docstring). A figure conflicts when it is linked to at least one earlier figure
    and agrees with none of them: "the 500 patents" is fine when any earlier "500 patents"
    exists, even if "40,000 patents" came in between.
    """
    heads = set(headline_regions(doc))
    top = [q for q in figures if q.region in heads]
    body = [q for q in figures if q.region not in heads]
    for a, b, strong in _headline_links(top, body):
        if not blocked(a, b, headline=True) and disjoint(a, b, lenient=True):
            # a weak link is dropped when another body figure agrees with the headline
            if strong or not any(compatible(a, x) and _headline_match(a, x)
                                 and not disjoint(a, x, lenient=True) for x in body):
                yield a, b, "headline"
    counts: dict = {}
    for q in figures:
        counts[q.key] = counts.get(q.key, 0) + 1
    for j, b in enumerate(figures):
        if counts[b.key] < 2:
            continue  # nothing to compare with
        links = list(_links(figures, j)) + list(_phrase_links(figures, j))
        if not links or any(not disjoint(a, b) for a, _ in links):
            continue
        if any(not disjoint(x, b) for x in _support(figures, j)):
            continue
        a, why = links[0]
        yield a, b, why


def _headline_links(top: Sequence[Quantity], body: Sequence[Quantity]) -> Iterator[Tuple[Quantity, Quantity, bool]]:
    for a in top:
        ca = context(a)
        if ca.head in WEAK_HEADS or ca.partitive:
            continue
        first = next((b for b in body if compatible(a, b) and _headline_match(a, b)), None)
        if first is None:
            continue
        shared = (_stems(a.sentence.text) & _stems(first.sentence.text)) - {ca.head}
        if shared and not _names_differ(a, first):
            yield a, first, len(shared) >= 3


def _headline_match(a: Quantity, b: Quantity) -> bool:
    """Can body figure *b* restate headline figure *a*? Counts must count the same noun;
    money, shares and measures often name their noun differently ("$515m settlement" /
    "pay $515m to settle")."""
    if a.dim == "count":
        return context(a).head == context(b).head
    return True


def _links(figures: Sequence[Quantity], j: int) -> Iterator[Tuple[Quantity, str]]:
    """Earlier figures that *figures[j]* restates, nearest first."""
    b = figures[j]
    if not _may_link(b):
        return
    cb = context(b)
    if cb.distinct or cb.reference:
        return
    if cb.head:
        if cb.head in WEAK_HEADS or cb.partitive and not cb.definite:
            return
        for a in reversed(figures[:j]):
            if not compatible(a, b):
                continue
            ca = context(a)
            if ca.head != cb.head or ca.partitive or blocked(a, b):
                continue
            if a.region.index > 0 and _names_differ(a, b):
                continue
            if cb.definite and not cb.restricted and (cb.modifiers <= ca.modifiers or a.region.index == 0):
                yield a, "reference"
        return
    if len(cb.frame) >= 2 and cb.frame[0] in _PREPOSITIONS and cb.frame[1] in MEASURE_WORDS:
        for a in reversed(figures[:j]):
            if compatible(a, b) and not context(a).head and context(a).frame[:2] == cb.frame[:2] \
                    and context(a).modal == cb.modal and not blocked(a, b) \
                    and (_share_names(a, b) or _same_unnamed_subject(a, b)):
                yield a, "frame"


def _phrase_links(figures: Sequence[Quantity], j: int) -> Iterator[Tuple[Quantity, str]]:
    """Earlier counts of the same noun phrase with a modifier: "39 Endurance pickups" after
    "19 Endurance pickups"."""
    b = figures[j]
    if b.dim != "count" or not _TWO_WORDS.match(b.region.text, b.extra.get("after", b.end)):
        return
    cb = context(b)
    if not cb.head or not cb.modifiers or cb.head in WEAK_HEADS or cb.partitive or cb.distinct or cb.reference:
        return
    for a in reversed(figures[:j]):
        if not compatible(a, b):
            continue
        ca = context(a)
        if ca.head != cb.head or ca.modifiers != cb.modifiers or ca.partitive or ca.modal != cb.modal:
            continue
        if not blocked(a, b) and not _names_differ(a, b):
            yield a, "phrase"


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
    return len(window) >= 2 and window[-1] in _PREPOSITIONS and stem(window[-2]) in MEASURE_WORDS


_DEFINITE_WORDS = frozenset("the its their his her our your both".split())


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
        if ca.partitive and ca.of_head == cb.head:
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
    na, nb = sentence_names(a), sentence_names(b)
    return bool(na and nb and not (na & nb))


def same_person_age(a: Quantity, b: Quantity) -> Optional[bool]:
    """For two ages: True when they belong to the same named person."""
    if a.person and b.person:
        return a.person == b.person
    return None
