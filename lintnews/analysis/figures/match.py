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
* **ages** of one person (in :mod:`lintnews.analysis.figures.ages`).

The headline comparisons live in :mod:`lintnews.analysis.figures.headline`, the tests every pair
passes (dimension, the words that set figures apart, values that cannot agree) in
:mod:`lintnews.analysis.figures.compare`, the nouns of one kind in :mod:`lintnews.analysis.figures.nouns`.

Every pair must also agree in dimension (and currency), refer to the same time, and
neither figure may be marked as another amount ("another", "a further"), a reference
point ("from 50 to 60", "than", "compared with"), a different position ("the first", "the
last", unless both say it or a later back-reference takes the group up) or a different
kind of statement (a change against a level, a rate per day against a total). Links are
*strong* (the rule warns) or *weak* (the rule only informs): weak links are the looser
readings (a bare "the three", nouns of people, a part taken up, a bare "the 10%").
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_hold
from lintnews.text.document import Document
from lintnews.analysis.figures.compare import (
    ADDITIVE,
    COMPARED,
    MEASURE_WORDS,
    PREPOSITIONS,
    WEAK_HEADS,
    Pair,
    blocked,
    compatible,
    disjoint,
    names_differ,
    plural,
    same_unnamed_subject,
    sentence_stems,
    share_names,
    similar,
)
from lintnews.analysis.figures.context import STOP, Context, context, stem
from lintnews.analysis.figures.subject import different_times
from lintnews.analysis.figures.headline import headline_pairs, headline_regions
from lintnews.analysis.figures.nouns import event_families, is_person_noun, noun_class, same_noun
from lintnews.analysis.figures.extract import Quantity

__all__ = ["COMPARED", "Pair", "blocked", "compatible", "disjoint", "headline_regions", "pairs"]

#: Modifiers that a back-reference may add without naming a different group.
_GENERIC_MODIFIERS = frozenset(stem(w) for w in "big major key main such large strong".split())  # ("1,200-strong")


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
    reported = set()
    for pair in headline_pairs(top, body, max((r.index for r in heads), default=-1) + 1):
        if not pair.at_headline:
            done.add(id(pair.later))
        reported.add((id(pair.earlier), id(pair.later)))
        yield pair
    keys = [q.key for q in figures]
    counts: dict = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    by_key: dict = {}  # the figures before figures[j], by key
    # Every link reaches back a bounded stretch: a few paragraphs or WINDOW_SENTENCES
    # sentences (whichever is longer), or to the top of the draft. Candidates come from
    # that window only, so the work grows with the draft, not with its square.
    ordinal = {id(s): k for k, s in enumerate(doc.sentences)}
    # the top of the draft: the headline and a lead paragraph of ordinary length (a prefix of figures)
    n_top = 0
    while n_top < len(figures) and (figures[n_top].region in heads or figures[n_top].region.index <= 1
                                    and not _long(figures[n_top].region)):
        n_top += 1
    lo = 0
    for j, b in enumerate(figures):
        key = keys[j]
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = []
        b_ord = ordinal.get(id(b.sentence), 0)
        while lo < j and not _in_window(figures[lo], b, ordinal, b_ord):
            lo += 1
        # Every link (see _links, _phrase_links) is to an earlier figure compatible with
        # b, and compatible figures share b's key: without one, b has no links, and its
        # context need not be read.
        linkable = counts[key] >= 2 and id(b) not in done and b.region not in heads \
            and has_compatible(group, b)
        group.append(b)
        if not linkable:
            continue
        window = figures[: min(lo, n_top)] + figures[lo:j] + [b]
        k = len(window) - 1
        # the links of each kind in turn: one that agrees with b settles it, and the later
        # kinds need not be read
        links: list = []
        agrees = False
        for kind in (_links(window, k, heads), _phrase_links(window, k), _measure_links(window, k, heads)):
            found = [link for link in kind if (id(link[0]), id(b)) not in reported]  # reported once, in the headline
            if any(not disjoint(a, b) for a, _, _ in found):
                agrees = True
                break
            links.extend(found)
        if agrees or not links:
            continue
        if any(not disjoint(x, b) for x in _support(window, k)) or _sum_of_a_list(window, k):
            continue
        strong = [link for link in links if link[2]]
        a, why, is_strong = (strong or links)[0]
        yield Pair(a, b, why, is_strong)


#: How many sentences back a restatement is looked for (besides three paragraphs back and
#: the top of the draft).
WINDOW_SENTENCES = 40


def _in_window(a: Quantity, b: Quantity, ordinal: dict, b_ord: int) -> bool:
    """Whether *b* may restate *a*: within WINDOW_SENTENCES sentences, or within three
    paragraphs of ordinary length."""
    if b_ord - ordinal.get(id(a.sentence), 0) <= WINDOW_SENTENCES:
        return True
    return b.region.index - a.region.index <= 3 and not _long(a.region) and not _long(b.region)


def _long(region) -> bool:
    return len(region.sentences) > WINDOW_SENTENCES


def has_compatible(earlier: Sequence[Quantity], b: Quantity) -> bool:
    """Whether one of *earlier* is :func:`compatible` with *b*."""
    for a in earlier:
        if compatible(a, b):
            return True
    return False


# --------------------------------------------------------------------------- one measure per story

#: Measures a story gives one value of, by class: "a crowd of 2,150" and "the attendance
#: of 2,510" are the same quantity, and so are "elected by 9,000 votes", "his 9,000-vote
#: win" and "a majority of 9,000".
_MEASURE_CLASSES = {
    **dict.fromkeys(("crowd", "attendance", "gate", "spectators", "audience"), "crowd"),
    **dict.fromkeys(("turnout",), "turnout"),
    **dict.fromkeys(("majority", "margin", "win", "victory", "lead"), "margin"),
    **dict.fromkeys(("toll", "death toll"), "toll"),
}
_MEASURE_BEFORE = lazyre.compile(
    r"(?:\b(?P<det>the|its|his|her|their|this|a|an)\s+(?:\w+\s+)?)?\b(?P<m>crowd|attendance|gate|audience|turnout|majority|"
    r"margin|lead|death\s+toll|toll)\s+(?:of|(?:was|is|were|has\s+been|had\s+been)(?:\s+[a-z]+(?:\s+(?:at|to\s+be|as))?)?|"
    r"stood\s+at|reached|rose\s+to|fell\s+to|hit|totalled|came\s+to)\s+"
    r"(?:just\s+|only\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.I)
#: The nouns one of which every match of ``_MEASURE_BEFORE`` holds.
_MEASURE_WORDS = ("crowd", "attendance", "gate", "audience", "turnout", "majority", "margin", "lead", "toll")
_MARGIN_AFTER = lazyre.compile(r"[\s-]+votes?[\s-]+(?:win|victory|majority|margin|lead)\b|-vote\s+(?:win|victory|"
                               r"majority|margin|lead)\b|\s+votes?\s+ahead\b|\s+ahead\b", re.I)
_MARGIN_BY = lazyre.compile(r"\b(?:won|win|wins|winning|elected|re-elected|beat|beating|defeated|ahead|majority|"
                            r"take|takes|took|taking|hold|holds|held|holding|retain|retains|retained|keep|keeps|kept|"
                            r"snatch|snatches|snatched|seize|seizes|seized|gain|gains|gained|clinch|clinches|clinched|"
                            r"edge|edges|edged|lost|loses|lose)\s+"
                            r"(?:\w+\s+){0,4}?by\s+(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+|"
                            r"more\s+than\s+)?$", re.I)
_DEAD_AFTER = lazyre.compile(r"\s+(?:dead|fatalities)\b(?!\s+(?:and|or)\b)", re.I)
_STRONG_AFTER = lazyre.compile(r"-strong\s+(?P<m>crowd|audience|gate)\b", re.I)
_VOTES_NEXT = lazyre.compile(r"\s+votes?\b", re.I)


def _same_owner(a: Quantity, b: Quantity) -> bool:
    """The person "his" or "her" before *b* points at (the last full name before it in its
    paragraph) is named with *a*, or no one is named in between."""
    names = _FULL_NAME.findall(b.region.text, 0, b.qual_start)
    if not names:
        return True
    surname = names[-1].split()[-1]
    sa = a.sentence
    text = a.region.text[sa.start : sa.end] if sa is not None else a.region.text
    return surname in text


_FULL_NAME = lazyre.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z][\w'’-]*")
_POSSESSIVE_BEFORE = lazyre.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:(?:majority|margin|lead)\s+of\s+)?$", re.I)
_OTHER_OCCASION = lazyre.compile(r"\b(?:last|previous|next)\s+(?:year|season|month|week|time)['’]s\b|"
                                 r"\b(?:previous|last)\s+(?:final|match|game|race|election|event|edition)\b", re.I)


def measure_class(q: Quantity) -> Tuple[str, bool]:
    """The one-per-story measure a figure gives ("crowd", "turnout", "margin", "toll"),
    and whether it is written as a definite back-reference ("the attendance of 2,510",
    "his 11,000-vote win")."""
    got = q.extra.get("measure")
    if got is None:
        got = ("", False)
        text = q.region.text
        end = q.extra.get("after", q.end)
        lo = max(0, q.qual_start - 50)
        m = _MEASURE_BEFORE.search(text, lo, q.qual_start) \
            if may_hold(q.region, _MEASURE_WORDS, lo, q.qual_start) else None
        if m is not None:
            word = " ".join(m.group("m").lower().split())
            det = (m.group("det") or "").lower()
            # "Turnout was 42%" opening a sentence is the measure itself, as definite as "the turnout"
            got = (_MEASURE_CLASSES.get(word, ""), det not in ("a", "an") and (bool(det) or word == "turnout"))
        elif text[max(0, q.qual_start - 4) : q.qual_start].lower() == "the " and _DEAD_AFTER.match(text, q.end):
            got = ("toll", True)  # "the 47 dead": the toll, taken up
        elif text.startswith("-strong", q.end) and _STRONG_AFTER.match(text, q.end):
            # "the 1,012-strong crowd": the measure named after the figure
            word = _STRONG_AFTER.match(text, q.end).group("m").lower()
            det = text[max(0, q.qual_start - 6) : q.qual_start].lower().split()
            got = (_MEASURE_CLASSES.get(word, ""), bool(det) and det[-1] in ("the", "its", "his", "her", "their", "this"))
        elif _MARGIN_AFTER.match(text, end):
            det = text[max(0, q.qual_start - 6) : q.qual_start].lower().split()
            got = ("margin", bool(det) and det[-1] in ("the", "its", "his", "her", "their", "this"))
        elif _VOTES_NEXT.match(text, end) and _MARGIN_BY.search(text, max(0, q.qual_start - 60), q.qual_start):
            got = ("margin", False)
        q.extra["measure"] = got
    return got


def _measure_links(figures: Sequence[Quantity], j: int, heads) -> Iterator[Tuple[Quantity, str, bool]]:
    """Earlier figures for the same one-per-story measure: "a crowd of 2,150" ... "The
    attendance of 2,510"; "elected by 9,000 votes" ... "his 11,000-vote win". Only a
    definite back-reference ("the", "his") is linked, to the measure's earlier figures in
    the headline or within three paragraphs, about no other names."""
    b = figures[j]
    if b.dim not in ("count", "percent") or b.qualifier:
        return
    cls, definite = measure_class(b)
    if not cls or not definite or (b.dim == "percent") != (cls == "turnout"):
        return
    if _OTHER_OCCASION.search(b.sentence.text if b.sentence is not None else ""):
        return  # "the attendance of 12,000 at last year's final"
    # "her 179-vote majority", "his majority of 179": the margin of the one named before, the
    # nearest margin back, whatever other names its own sentence gives ("overturns a Tory win")
    owned = _POSSESSIVE_BEFORE.search(b.region.text, max(0, b.qual_start - 30), b.qual_start) is not None
    for a in reversed(figures[:j]):
        if not compatible(a, b) or a.qualifier in ("over", "under"):
            continue
        if b.region.index - a.region.index > 3 and a.region not in heads and a.region.index > 1:
            continue
        if measure_class(a)[0] != cls:
            continue
        if different_times(a, b):
            continue
        if owned and cls == "margin" and not _same_owner(a, b):
            continue  # "In Brent, Tom Lee held the seat. His majority of 412": another winner's
        if cls == "margin" and names_differ(a, b) and a.region not in heads:
            if owned:
                yield a, "measure", False
                return
            continue  # (several races may have margins; a story has one crowd, turnout or toll)
        yield a, "measure", True


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
        if not cb.definite and not cb.whole:
            return
        people = is_person_noun(cb.head)
        before = b.region.text[max(0, b.qual_start - 6) : b.qual_start].lower()
        demonstrative = before.endswith(("these ", "those "))
        # "Of the 6,470 votes cast, 3,118 went to ...": a whole whose parts restate the earlier
        # figure ("3,118 votes" before), not the same quantity
        opening = b.sentence is not None and _OF_THE_WHOLE.fullmatch(b.region.text, b.sentence.start, b.qual_start)
        parts_here = {x.value for x in figures[:j] if x.sentence is b.sentence} if opening else set()
        if opening:
            parts_here |= _sentence_after(figures, j)
        # "seized 230kg of cannabis ... The 320kg haul": a measure taken up with "the" and a
        # noun of its own, against the nearest earlier figure in its unit
        by_unit = b.dim not in ("count", "currency", "percent") and b.unit is not None and _after_the(b) \
            and "-" not in b.text and not cb.restricted
        group_head = noun_class(cb.head) in _GROUP_CLASSES  # (a crowd's, an audience's or a staff's members)
        for a in reversed(figures[:j]):
            if not compatible(a, b):
                continue
            if opening and a.value in parts_here:
                continue
            ca = context(a)
            if by_unit and a.unit is not None and a.unit.key == b.unit.key and a.dim == b.dim:
                by_unit = False  # the nearest only
                if not ca.head or not same_noun(ca.head, cb.head):
                    if a.region not in heads and not _after_the(a) and not ca.reference and not blocked(a, b) \
                            and similar(a, b) and _near(a, b, 3) and _close_or_transposed(a, b):
                        yield a, "reference", False
                    continue
            if cb.restricted and not ca.definite:
                # "the 14 seats where ..." narrows the group unless it was named so before, or
                # unless its clause says again what the earlier sentence said of it ("drew 7,200
                # viewers ... the 6,800 viewers who watched the opener": the same audience)
                if same_noun(ca.head, cb.head) and plural(ca) == plural(cb) and _clause_restates(a, b) \
                        and not blocked(a, b) and similar(a, b) and _near(a, b, 3):
                    yield a, "reference", False
                continue
            if ca.partitive:
                # "two of Japan's biggest financial companies ... the two groups"
                if same_noun(ca.of_head, cb.head) and not blocked(a, b) and similar(a, b) and _near(a, b, 3) \
                        and _modifiers_agree(ca, cb, a):
                    yield a, "reference", False  # or "two of the suspects ... the four suspects": a part
                continue
            if not ca.head:
                # "fined the bank £15m ... the £12m fine": the noun before an amount
                if a.dim != "count" and cb.head in {stem(w) for w in ca.left[:2]} and not blocked(a, b) \
                        and similar(a, b) and not names_differ(a, b):
                    yield a, "reference", True
                continue
            same = same_noun(ca.head, cb.head) and plural(ca) == plural(cb)  # "1 product" is no group
            if not same and group_head:
                # "A crowd of 1,900 watched" ... "the 1,400 spectators"; "employs 1,550 people"
                # ... "its 1,200-strong staff": a group named by what it is, not by a noun after it
                group = _group_noun(a)
                same = group is not None and same_noun(group, cb.head)
            if not same and cb.head in _VICTIMS and _death_count(a) and not blocked(a, b) and similar(a, b) \
                    and (_near(a, b, 3) or a.region in heads):
                yield a, "reference", True  # "the four victims" after "Three passengers died"
                continue
            if not same and people and is_person_noun(ca.head) and a.region not in heads \
                    and b.region.index - a.region.index <= 8 and _same_event(a, b) and not blocked(a, b) \
                    and similar(a, b) and _modifiers_agree(ca, cb, a):
                yield a, "reference", False  # "the 3,200 evacuated neighbours" after "2,300 residents were evacuated"
                continue
            if not same and not (people and is_person_noun(ca.head) and _near(a, b, 2) and share_names(a, b)):
                continue
            if blocked(a, b) or not similar(a, b):
                continue
            if a.region not in heads and names_differ(a, b) and not _plain_back_reference(a, b, ca, cb):
                continue
            if demonstrative and not _previous_sentence(a, b):
                break  # "these two players" points at the sentence before
            if a.dim not in ("count", "currency") and a.region not in heads and _after_the(a) and _after_the(b) \
                    and "-" not in b.text and a.sentence is not b.sentence:
                continue  # "won the 8km race" ... "third in the 12km race": two races of a kind
            if same and a.region not in heads and _qualifier_differs(a, b):
                continue  # "a £5m plan for a library ... the £7m plan for a pool"
            if same and (_modifiers_agree(ca, cb, a) or a.region in heads) \
                    and (b.region.index - a.region.index <= 3 or a.region.index <= 1):
                yield a, "reference", True  # a back-reference looks a few paragraphs back, or to the top
            elif same and a.region not in heads and b.region.index - a.region.index <= 8 \
                    and _modifiers_agree(ca, cb, a) and _same_event(a, b) and not blocked(a, b):
                # "The evacuation of the 840 people" several paragraphs after "640 people
                # in all were evacuated": the noun taken up with "the" and the same event named
                yield a, "reference", True
            elif same and _same_state(ca, cb):
                # "the 5,400 flats already registered" far after "4,900 tourist flats
                # registered": the noun and what is said of it
                yield a, "reference", False
            elif not same:
                yield a, "reference", False
        return
    if b.dim not in ("count", "currency", "percent") and b.unit is not None and _after_the(b) \
            and not cb.restricted and not _RELATIVE_AFTER.match(b.region.text, b.extra.get("after", b.end)):
        # "destroyed 1,800 acres of heath ... across the 1,900 acres": a measure taken up by
        # its unit with "the", after it was given without it
        for a in reversed(figures[:j]):
            if a.dim != b.dim or a.unit is None or a.unit.key != b.unit.key or not compatible(a, b):
                continue
            if not _after_the(a) and not blocked(a, b) and similar(a, b) and _near(a, b, 3) \
                    and not context(a).reference and _close_or_transposed(a, b):
                yield a, "reference", True
            break
        return
    if _bare_people(b, cb):
        # "the 8.9 million who watched": the people counted before, when every earlier
        # count of people gave one value
        people = [a for a in reversed(figures[:j]) if compatible(a, b) and _people_count(context(a))]
        if people and len({a.value for a in people}) == 1 and all(not blocked(a, b) and similar(a, b)
                                                                  and _within(a, b, 1.25) for a in people):
            for a in people:
                yield a, "reference", True
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
    if measure and not _compared_with(b):
        for a in reversed(figures[:j]):
            if not compatible(a, b):
                continue
            ca = context(a)
            if not ca.head and _measure(ca) == measure and ca.modal == cb.modal and not blocked(a, b) \
                    and (share_names(a, b) or same_unnamed_subject(a, b)):
                yield a, "frame", True


def _compared_with(b: Quantity) -> bool:
    """*b* is what an earlier figure of its sentence is compared with: "Her majority of 392
    compares with Labour's majority of 540 in 2022"."""
    s = b.sentence
    if s is None:
        return False
    m = _COMPARISON_CUE.search(b.region.text, s.start, b.qual_start)
    return m is not None and _DIGIT.search(b.region.text, s.start, m.start()) is not None


_COMPARISON_CUE = lazyre.compile(r"\b(?:compares?\s+with|compared\s+(?:with|to)|against|versus|than)\b", re.I)
_DIGIT = lazyre.compile(r"\d")


#: Back-references that take up the dead: "the four victims", "the dead".
_VICTIMS = frozenset(stem(w) for w in "victims dead deceased".split())
_DIED_AFTER = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:(?:have|had|were|was|are|is)\s+)?(?:died|dead|killed|"
                             r"perished)\b", re.I)
_KILLED_BEFORE = lazyre.compile(r"\b(?:killed|killing|kills|claimed|left)\s+(?:at\s+least\s+)?$", re.I)


def _death_count(q: Quantity) -> bool:
    """A count of the dead: "Three passengers died", "two dead", "killing four"."""
    text = q.region.text
    end = q.extra.get("after", q.end)
    return bool(_DIED_AFTER.match(text, end)) or bool(
        _KILLED_BEFORE.search(text, max(0, q.qual_start - 20), q.qual_start))


def _same_event(a: Quantity, b: Quantity) -> bool:
    """Both sentences name one event of :func:`event_families` ("were evacuated" and "the
    evacuation"), the back-reference's in the words right before its figure."""
    fb = b.extra.get("phrase-events")
    if fb is None:
        end = b.extra.get("after", b.end)
        head = _HEAD_PHRASE.match(b.region.text, end)  # "the 3,200 evacuated neighbours": the event inside the phrase
        before = b.region.text[max(0, b.qual_start - 40) : b.qual_start] + " " + (head.group(0) if head else "")
        head_stem = context(b).head  # (not the counted noun itself: "jobs" names no event)
        fb = b.extra["phrase-events"] = event_families({stem(w) for w in _WORD_RE.findall(before)} - {head_stem})
    if not fb:
        return False
    fa = a.extra.get("sentence-events")
    if fa is None:
        fa = a.extra["sentence-events"] = event_families(sentence_stems(a))
    return bool(fb & fa)


_WORD_RE = lazyre.compile(r"[A-Za-z]+")
_HEAD_PHRASE = lazyre.compile(r"(?:\s+[a-z][\w-]*){1,2}")


def _same_state(ca: Context, cb: Context) -> bool:
    """The words right after two figures' nouns share a participle or verb ("flats
    registered", "flats already registered"; "homes built", "the homes built")."""
    wa = {stem(w) for w in ca.right[:2] if w.endswith(("ed", "en")) and w not in _GENERIC_STATES}
    return bool(wa) and bool(wa & {stem(w) for w in cb.right[:2]})


#: Participles too common to tie two figures together.
_GENERIC_STATES = frozenset("based needed used expected reported estimated involved affected given taken seen "
                            "listed named included".split())


def _measure(c: Context) -> Tuple[str, str]:
    """The measure a figure without a noun is given for, and its preposition: ("at", "rat")
    for "held interest rates at 2.5%", ("to", "majority") for "its majority was cut to 14"."""
    if c.head or len(c.frame) < 2 or c.frame[0] not in PREPOSITIONS:
        return ()
    if c.frame[1] in MEASURE_WORDS:
        return c.frame[0], c.frame[1]
    for word in c.left[:2]:
        w = stem(word)
        if w in MEASURE_WORDS:
            return c.frame[0], w
    return ()


#: What may follow a bare back-reference such as "the three": a verb or the clause's end.
_BARE_NEXT = lazyre.compile(
    r"\s*(?:[.,;:!?)\"”’—–]|$|\s*(?:had|have|has|are|were|was|is|will|would|could|can|may|might|must|"
    r"should|also|now|then|still|both|all|did|do|does|said|say|says|remain|remained)\b)", re.I)
_BARE_BEFORE = frozenset("the these those both".split())


_OF_THE_WHOLE = lazyre.compile(r"\s*[\"“]?(?:Of|Out\s+of)\s+(?:the|its|their|all\s+the)\s+", re.I)


def _sentence_after(figures: Sequence[Quantity], j: int) -> set:
    """The values written in digits after *figures[j]* in its sentence."""
    b = figures[j]
    if b.sentence is None:
        return set()
    out = set()
    for m in _DIGITS.finditer(b.region.text, b.end, b.sentence.end):
        try:
            out.add(float(m.group().replace(",", "")))
        except ValueError:
            pass
    return out


_DIGITS = lazyre.compile(r"\d[\d,]*(?:\.\d+)?")


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


def _within(a: Quantity, b: Quantity, factor: float) -> bool:
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo > 0 and hi <= factor * lo


def _bare_people(b: Quantity, cb: Context) -> bool:
    """ "the 8.9 million who tuned in", "the 1,200 who signed": a count of people with no
    noun, after "the" and before "who"."""
    if b.dim != "count" or cb.head or cb.marker or b.upper is not None or b.qualifier:
        return False
    before = b.region.text[max(0, b.qual_start - 8) : b.qual_start].lower()
    if not before.endswith("the ") or before.endswith(("of the ", "to the ", "for the ")):
        return False  # "12% of the 5.8 million who need it": a group the sentence names
    return _WHO_NEXT.match(b.region.text, b.extra.get("after", b.end)) is not None


def _people_count(c: Context) -> bool:
    return bool(c.head) and is_person_noun(c.head) and not (c.partitive or c.change or c.reference or c.distinct
                                                             or c.per or c.marker)


_WHO_NEXT = lazyre.compile(r"\s+who\b")
_BARE_AMOUNT_NEXT = lazyre.compile(
    r"\s*(?:[.,;:!?)\"”’—–]|$|(?:he|she|it|they|we|you|that|which)\b)", re.I)


def _near(a: Quantity, b: Quantity, paragraphs: int = 1) -> bool:
    """*a* is in *b*'s paragraph (at most two sentences back) or one of the *paragraphs*
    before (for loose back-references)."""
    if not 0 <= b.region.index - a.region.index <= paragraphs:
        return False
    if a.region is b.region and a.sentence is not None and b.sentence is not None:
        return b.sentence.index - a.sentence.index <= 2
    return True


def _group_noun(a: Quantity) -> "str | None":
    """The stem of the group a count is the size of when a noun before it names it: "a
    crowd of 1,900", "an audience of 300", "employs 1,550 people" (the staff)."""
    got = a.extra.get("group", False)
    if got is not False:
        return got
    m = _GROUP_BEFORE.search(a.region.text, max(0, a.qual_start - 40), a.qual_start)
    if m is None:
        got = None
    elif m.group("group"):
        got = stem(m.group("group").lower())
    else:
        got = stem("staff") if context(a).head in _PEOPLE_HEADS else None
    a.extra["group"] = got
    return got


_GROUP_BEFORE = lazyre.compile(
    r"(?:\b(?:a|an|the|its|their)\s+(?P<group>crowd|audience|workforce|staff|membership|congregation)\s+of"
    r"|\b(?:employs|employed|employing|employ))\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+)?$", re.I)
_PEOPLE_HEADS = frozenset(stem(w) for w in ("people", "persons", "workers", "staff", "employees"))
_GROUP_CLASSES = frozenset(noun_class(stem(w)) for w in ("fans", "viewers", "staff"))


def _plain_back_reference(a: Quantity, b: Quantity, ca: Context, cb: Context) -> bool:
    """ "the 30 construction projects" close after "30 construction projects", "the £54m
    scheme" after "a £45m scheme": a figure taken up with "the", its noun and no narrower
    noun phrase names the same thing whatever else the sentences name ("the two banks" is
    more often a pair just named)."""
    if ca.names and cb.names and not ca.names & cb.names:
        return False  # "the two plants in Spain ... the three plants in Poland"
    if a.dim != "count" and _after_the(a):
        return False  # a sum or measure is taken up after it was introduced ("a £45m scheme",
        # "destroyed 1,800 acres"), not "won the 9.2km race" ... "the 6.2km race" (two races)
    if _qualifier_differs(a, b):
        return False
    return ((a.dim != "count" or b.value != 2) and cb.modifiers <= ca.modifiers and _near(a, b, 3)
            and b.region.text[max(0, b.qual_start - 4) : b.qual_start].lower() == "the ")


_RELATIVE_CLAUSE = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:who|that|which)\s+((?:[\w'’-]+\s+){0,7}[\w'’-]+)", re.I)
_CONTENT = lazyre.compile(r"[A-Za-z][a-z'’-]{3,}")
_NARROWING = lazyre.compile(r"\b(?:in|at|on|across|outside|inside|from|near|around|under|over|before|after|since)\s",
                            re.I)


def _clause_restates(a: Quantity, b: Quantity) -> bool:
    """The relative clause after *b* ("who watched the opener") shares a content word with
    *a*'s sentence ("The opener drew 7,200 viewers") beyond *b*'s own noun."""
    m = _RELATIVE_CLAUSE.match(b.region.text, b.extra.get("after", b.end))
    if m is None or _NARROWING.search(m.group(1)):
        return False  # "the 14 seats that the party won in the north": a part of them
    head = context(b).head
    said = {stem(w.lower()) for w in _CONTENT.findall(m.group(1))} - STOP - {head}
    sa = a.sentence
    text = a.region.text[sa.start : sa.end] if sa is not None else a.region.text
    return bool(said & ({stem(w.lower()) for w in _CONTENT.findall(text)} - STOP - {head}))


_RELATIVE_AFTER = lazyre.compile(r"\s+(?:of\s+\w+\s+)?(?:that|which|who|it|they|he|she|we|you|I)\b")


_QUALIFIER_AFTER = lazyre.compile(r"\s+(?P<prep>for|to|in|at|on|of|near|from|with)\s+(?P<words>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
                                  r"(?=\s+(?:is|was|were|are|has|had|will|would|could|did|does|do)\b|[,.;]|$)")
_WORDS = lazyre.compile(r"[a-z][a-z'’-]*")
_QUALIFIER_STOP = frozenset("a an the its their his her this that these those".split())


def _qualifier_differs(a: Quantity, b: Quantity) -> bool:
    """Both figures' nouns are narrowed by a phrase with the same preposition right after
    them, naming different things: "a £5m plan for a library ... the £7m plan for a pool"
    are two plans ("the 3,300 jobs at risk" after "3,200 jobs would go" is not narrowed)."""
    qb, qa = _qualifier(b), _qualifier(a)
    if qb is None or qa is None or qb[0] != qa[0] or qb[0] != "for":
        return False  # (only "for", what a thing is for: "at its Leek site" and "at risk" are one set of jobs)
    return not (qb[1] & qa[1]) and bool(qb[1]) and bool(qa[1])


def _qualifier(q: Quantity):
    m = _NOUN_AFTER_FIGURE.match(q.region.text, q.extra.get("after", q.end))
    if m is None:
        return None
    found = _QUALIFIER_AFTER.match(q.region.text, m.end())
    if found is None:
        return None
    words = {w for w in _WORDS.findall(found.group("words").lower())} - _QUALIFIER_STOP
    return found.group("prep").lower(), {stem(w) for w in words}


#: The noun right after a figure ("£7m plan", "12-mile bypass"), then a preposition.
_NOUN_AFTER_FIGURE = lazyre.compile(r"(?:-[a-z]+)?\s+[a-z][\w'’-]*(?=\s+(?:for|to|in|at|on|of|near|from|with)\s)")


def _close_or_transposed(a: Quantity, b: Quantity) -> bool:
    """Within 1.5x of each other, or the same digits in another order ("4,200 hectares" ...
    "the 2,400 hectares burned"): a measure taken up again, not another of its unit."""
    if 1 / 1.5 <= b.value / max(a.value, 1e-9) <= 1.5:
        return True
    da, db = _DIGITS.findall(a.text.replace(",", "")), _DIGITS.findall(b.text.replace(",", ""))
    return len(da) == len(db) == 1 and len(da[0]) >= 3 and da[0] != db[0] and sorted(da[0]) == sorted(db[0])


def _after_the(q: Quantity) -> bool:
    return q.region.text[max(0, q.qual_start - 4) : q.qual_start].lower() == "the "


def _previous_sentence(a: Quantity, b: Quantity) -> bool:
    """*a* is in the sentence before *b*'s (in the same paragraph or the one before)."""
    if a.region is b.region:
        return a.sentence is not None and b.sentence is not None and b.sentence.index - a.sentence.index <= 1
    return b.region.index - a.region.index == 1 and (b.sentence is None or b.sentence.index == 0) \
        and a.sentence is not None and a.sentence is a.region.sentences[-1]


def _shares_clause_word(a: Quantity, b: Quantity) -> bool:
    """A word of *b*'s clause is in *a*'s sentence: "charged nine food suppliers ... the nine
    now charged"."""
    cb = context(b)
    words = {stem(w) for w in cb.left + cb.right}
    return bool(words & sentence_stems(a))


def _modifiers_agree(ca: Context, cb: Context, a: Quantity) -> bool:
    """The back-reference names no narrower group than the earlier figure: its modifiers
    ("the 30 construction projects") are among the earlier figure's words."""
    extra = cb.modifiers - ca.modifiers - _GENERIC_MODIFIERS
    if not extra:
        return True
    said = sentence_stems(a)
    # ("the 2,570 laid-off workers" after "2,750 workers were laid off": the verb made a modifier)
    return all(m in said or "-" in m and all(stem(p) in said for p in m.split("-") if len(p) > 2) for m in extra)


def _phrase_links(figures: Sequence[Quantity], j: int) -> Iterator[Tuple[Quantity, str, bool]]:
    """Earlier counts of the same noun phrase with a modifier: "39 Endurance pickups" after
    "19 Endurance pickups"."""
    b = figures[j]
    compound = "-" in b.text and b.dim in ("time", "count")  # "a six-month contract", "four-month highs"
    two_words = _TWO_WORDS.match(b.region.text, b.extra.get("after", b.end)) is not None
    if not compound and (b.dim != "count" or not two_words):
        return
    cb = context(b)
    if compound:
        if not cb.head or cb.head in WEAK_HEADS or cb.head == "old" or cb.distinct or cb.reference:
            return  # "16 to 17-year-olds" are people, not a span
        for a in reversed(figures[:j]):
            if "-" not in a.text or not compatible(a, b):
                continue  # (cheap tests before reading the context)
            ca = context(a)
            if same_noun(ca.head, cb.head) \
                    and ca.modifiers == cb.modifiers \
                    and plural(ca) == plural(cb) \
                    and _near(a, b, 3) and not blocked(a, b) and not names_differ(a, b):
                yield a, "phrase", True
        return
    if not cb.head or not cb.modifiers or cb.head in WEAK_HEADS or cb.partitive or cb.distinct \
            or cb.reference:
        return
    first = _FIRST_WORD.match(b.region.text, b.extra.get("after", b.end))
    for a in reversed(figures[:j]):
        if not compatible(a, b):
            continue
        after = _FIRST_WORD.match(a.region.text, a.extra.get("after", a.end))
        if after is None or first is None or after.group(1).lower() != first.group(1).lower():
            continue  # the same modifier comes first in both (cheap test before reading the context)
        ca = context(a)
        if not same_noun(ca.head, cb.head) or ca.modifiers != cb.modifiers or ca.partitive \
                or ca.modal != cb.modal:
            continue
        if not blocked(a, b) and not names_differ(a, b):
            yield a, "phrase", True


_FIRST_WORD = lazyre.compile(r"\s+([A-Za-z][\w'’-]*)")
_TWO_WORDS = lazyre.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){1,2}[a-z]+s\b")


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
    return len(window) >= 2 and window[-1] in PREPOSITIONS \
        and any(stem(w) in MEASURE_WORDS for w in window[-3:-1])


_DEFINITE_WORDS = frozenset("the its their his her our your both these those all".split())


def _sum_of_a_list(figures: Sequence[Quantity], j: int) -> bool:
    """*figures[j]* is the sum of counts listed in one earlier sentence: "Three men and two
    women were charged. The five were bailed."; "12 on Friday and 9 on Saturday ... the 21
    arrests"."""
    b = figures[j]
    if b.dim != "count":
        return False
    by_sentence: dict = {}
    for a in figures[:j]:
        if a.dim == "count" and a.sentence is not None and a.sentence is not b.sentence and a.upper is None:
            by_sentence.setdefault(id(a.sentence), []).append(a)
    for counts in by_sentence.values():
        if len(counts) >= 2 and abs(sum(q.value for q in counts) - b.value) <= b.half + 1e-9:
            return True
    return False


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
