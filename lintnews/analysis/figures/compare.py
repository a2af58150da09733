"""Whether two figures can be the same quantity, and whether their values disagree.

The tests every pair of figures passes before :mod:`lintnews.analysis.figures.match` and
:mod:`lintnews.analysis.figures.headline` link them: the same dimension and currency
(:func:`compatible`), nothing in the words around them that sets them apart
(:func:`blocked`: another amount, a reference point, a different position, time or kind
of statement), and values no single value satisfies (:func:`disjoint`). Also the shared
words and names of two figures' sentences.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lintnews.matching import patterns as lazyre
from lintnews.analysis.figures.context import FOR_EVERY, STOP, Context, context, stem
from lintnews.analysis.figures.subject import different_times, sentence_names
from lintnews.analysis.figures.extract import Quantity, to_base

#: Dimensions whose figures the consistency check compares.
COMPARED = frozenset(
    """count currency percent pp points length mass area volume speed temperature power energy data
    time""".split()
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
PREPOSITIONS = frozenset("at of to by for from about around worth".split())
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’-]*")
_NOT_CONTENT = STOP | frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    thousand million billion trillion per cent percent year years month months week weeks day days
    bn mn tn m k p""".split()
)


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
    if _ratio(a) != _ratio(b):
        return True  # "one GP for every 4,000 residents" is a ratio, not the residents' count
    if cb.marker != ca.marker and (cb.marker or not cb.definite):
        # "eight players ... the top two players"; but "the 20 biggest projects ... the 20 projects" agree
        return True
    whole_a, whole_b = ca.whole or ca.definite, cb.whole or cb.definite
    if not headline and (ca.whole or cb.whole) and not (whole_a and whole_b) \
            and not (cb.whole and not ca.partitive and (_within(a, b, 1.5) or _transposed(a, b))):
        return True  # "all the 100,000 cafes" and "10,000 cafes"; "all 25 members" and "the 25 members" agree
        # (but "300 applications were affected ... All 210 affected applications" restates them)
    if ca.change != cb.change:
        return True
    if ca.per != cb.per and not (headline and not (ca.per and cb.per)):
        return True
    if _other_indefinite_subjects(a, b):
        return True  # "A bus ticket which cost 4 zloty ..." and "A newspaper ... the 6 zloty it cost"
    return different_times(a, b, definite=cb.definite and a.dim not in ("currency", "percent", "pp", "points"))


#: "one for every 4,000 people", "a doctor to every 2,000": the figure is a ratio's.
_FOR_EVERY = lazyre.compile(r"\b" + FOR_EVERY, re.I)


def _ratio(q: Quantity) -> bool:
    """True when *q* is the second term of a ratio ("one for every 4,000 people")."""
    text = q.region.text
    return _FOR_EVERY.search(text, max(0, q.start - 30), q.start) is not None


def _transposed(a: Quantity, b: Quantity) -> bool:
    """The same three or more digits in another order ("380" and "All 830"): one figure
    mistyped, not a whole and its part."""
    da, db = a.text.replace(",", ""), b.text.replace(",", "")
    return da.isdigit() and db.isdigit() and len(da) >= 3 and da != db and sorted(da) == sorted(db)


def _within(a: Quantity, b: Quantity, factor: float) -> bool:
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo > 0 and hi <= factor * lo


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
    elif lenient and a.qualifier in bounds and not b.qualifier and b.upper is None:
        # a headline's bound against the body's figure: "Over 300,000 evacuated" and "moved
        # 286,000 people" (the body's figure, with its rounding, beyond the bound by 2%)
        if a.qualifier == "over":
            return to_base(b.value + b.half, b) < 0.98 * to_base(a.value - a.half, a)
        return to_base(b.value - b.half, b) > 1.02 * to_base((a.upper or a.value) + a.half, a)
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


def sentence_stems(q: Quantity) -> set:
    got = q.extra.get("stems")
    if got is None:
        text = q.sentence.text if q.sentence is not None else q.region.text
        got = {stem(w) for w in _WORD.findall(text)
               if w.lower() not in _NOT_CONTENT or w.isupper() and len(w) > 1}
        q.extra["stems"] = got
    return got


def plural(c: Context) -> bool:
    """ "the two-year bans" (on two athletes) and "the two-year ban" (on their coach) differ."""
    word = c.head_word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def similar(a: Quantity, b: Quantity) -> bool:
    """Within a factor of five: "the two countries" does not restate "31 countries", nor
    "the 500 patents" "40,000 patents" (a definite reference to a much smaller or larger
    number names another group)."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return hi <= 5 * lo


def share_names(a: Quantity, b: Quantity) -> bool:
    """True when a name in one figure's sentence appears (in any case) in the other's:
    "the Bank of England held rates" / "the bank kept rates"."""
    for x, y in ((a, b), (b, a)):
        text = y.sentence.text.lower() if y.sentence is not None else ""
        for name in sentence_names(x):
            if has_word(text, name.lower()):
                return True
    return False


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def has_word(text: str, word: str) -> bool:
    """``re.search(r"\b" + re.escape(word) + r"\b", text)`` for a *word* that starts and
    ends with a word character, without building a pattern from the draft's words."""
    if not word:
        return False
    at = text.find(word)
    n = len(word)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + n] if at + n < len(text) else ""
        if not (before and _is_word_char(before)) and not (after and _is_word_char(after)):
            return True
        at = text.find(word, at + 1)
    return False


def same_unnamed_subject(a: Quantity, b: Quantity) -> bool:
    """Neither sentence names anyone, and the clauses share a noun besides the measure
    ("the central bank held rates at" / "the bank's decision to keep rates at")."""
    if sentence_names(a) or sentence_names(b):
        return False
    ca, cb = context(a), context(b)
    wa = {stem(w) for w in ca.left} - set(ca.frame[:2])
    wb = {stem(w) for w in cb.left} - set(cb.frame[:2])
    return bool(wa & wb)


#: A sentence that opens on a thing of its own: "A loaf of bread ...", "An hour of parking ...".
_INDEFINITE_OPENING = lazyre.compile(r"\s*(?:A|An)\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)")


def _other_indefinite_subjects(a: Quantity, b: Quantity) -> bool:
    """Both sentences open on an indefinite thing ("A bus ticket which cost ...", "A newspaper
    at ..."), with no content word in common: two examples, each its own quantity."""
    sa, sb = a.sentence, b.sentence
    if sa is None or sb is None or sa is sb:
        return False
    ma = _INDEFINITE_OPENING.match(sa.region.text, sa.start)
    mb = _INDEFINITE_OPENING.match(sb.region.text, sb.start) if ma is not None else None
    if mb is None:
        return False
    wa = {stem(w) for w in ma.group(1).lower().split() if w not in STOP}
    wb = {stem(w) for w in mb.group(1).lower().split() if w not in STOP}
    return bool(wa) and bool(wb) and not wa & wb


def names_differ(a: Quantity, b: Quantity) -> bool:
    """Both sentences name people, places or bodies, and none in common (an acronym matches
    the words it abbreviates: "NAO" and "National Audit Office")."""
    na, nb = sentence_names(a), sentence_names(b)
    if not na or not nb or na & nb:
        return False
    return not (abbreviates(na, b) or abbreviates(nb, a))


_TITLE_WORDS = lazyre.compile(r"[A-Z][a-z]+|(?<=\s)(?:of|and|for|the)(?=\s)")


def abbreviates(names, q: Quantity) -> bool:
    """One of *names* is an acronym of consecutive capitalised words in *q*'s sentence."""
    acronyms = [n for n in names if len(n) >= 2 and n.isupper() and n.isalpha()]
    if not acronyms or q.sentence is None:
        return False
    words = _TITLE_WORDS.findall(q.sentence.text)
    initials = "".join(w[0] for w in words if w[0].isupper())
    return any(x in initials for x in acronyms)
