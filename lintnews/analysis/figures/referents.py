"""Back-references to a figure given before: which earlier figure "of them", "of the
viewers", "the remaining ..." or "per hectare" means.

A relation often spans sentences: "Firefighters checked 330 buildings. Damage was found in
41 of them, about one in five"; "The final drew 11.2 million viewers ... Streaming
accounted for 3.9 million of the viewers, with 7.9 million watching live"; "The aid is
6,000 euros per hectare" after "8,000 hectares of vines". The relation modules find the
figure such words point back to with the functions here:

* :func:`partitive_reference`: "41 of them", "3.9 million of the viewers": the words after
  a part that name its whole without a figure, and where they end;
* :func:`pronoun_referent`: the figure "them", "those" or "these" stands for: the last
  count of the sentence before (or earlier in the same sentence);
* :func:`noun_referent`: the figure of an earlier sentence that counts or measures a
  noun: "the viewers", "a bird", "per hectare", within a few paragraphs or at the top
  of the draft.

Only levels are taken up (not changes, rates, shares or figures that start a change),
and never a figure smaller than the part that points back to it.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from lintnews.analysis.figures.context import stem
from lintnews.analysis.figures.nouns import same_noun
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document

__all__ = ["noun_referent", "partitive_reference", "partitive_words", "pronoun_referent", "unit_noun"]

#: How many paragraphs back a noun is taken up (the headline and the lead always).
PARAGRAPHS = 8

#: "41 of them", "12 of those", "3.9 million of the viewers", "half of the 40 staff" is
#: not one (a figure follows: the relation modules read that in one sentence).
_PARTITIVE = lazyre.compile(r"\s+(?:out\s+)?of\s+(?:(?P<pron>them|those|these|it|this|that)\b(?!\s+(?:who|which|that)\b)"
                            r"|(?:the|these|those|its|their|all\s+the)\s+(?P<mods>(?:[a-z][\w'’-]*\s+){0,2}?)"
                            r"(?P<noun>[a-z][\w'’-]*?s|people|children|staff|men|women|police|cattle|sheep|personnel|"
                            r"crew|livestock)\b(?!\s*(?:[\d£$€]|of\b|who\b|which\b|that\b)))", re.I)

_LEVEL_KINDS = frozenset("count currency length mass area volume energy data duration".split())


def partitive_reference(f: Figure) -> Optional[Tuple[int, str]]:
    """``(end, noun)`` when *f* is followed by "of them" (noun ``""``) or "of the
    <plural noun>" with no figure of its own; else None."""
    m = _partitive(f)
    if m is None:
        return None
    return m.end(), (m.group("noun") or "").lower()


def partitive_words(f: Figure) -> Tuple[str, ...]:
    """The words of the group a part names: ("missing", "people") for "4 of the missing
    people"; () for "of them" or no partitive."""
    m = _partitive(f)
    if m is None or not m.group("noun"):
        return ()
    return tuple((m.group("mods") or "").lower().split()) + (m.group("noun").lower(),)


def _partitive(f: Figure):
    q = f.quantity
    if q is None:
        return None
    text = f.region.text
    after = q.extra.get("after", f.end)
    return _PARTITIVE.match(text, after) or (_PARTITIVE.match(text, f.end) if after != f.end else None)


#: How many figures back a back-reference is looked for at most (besides the top of the
#: draft): a long draft is read in linear time.
REACH = 300


def _levels_before(doc: Document, f: Figure) -> Sequence[Figure]:
    """The figures before *f*, at most :data:`REACH` of them, then the top of the draft."""
    figures = read_figures(doc)
    if f.index < 0:
        return [g for g in figures if g.region.index < f.region.index][-REACH:]
    if f.index <= REACH:
        return figures[: f.index]
    top = [g for g in figures[:REACH] if g.region.index <= 2 or g.place in ("headline", "standfirst")]
    return top + figures[f.index - REACH : f.index]


def _is_level(g: Figure) -> bool:
    return (g.kind in _LEVEL_KINDS and g.comparable and g.quantity is not None and g.upper is None
            and g.role not in ("change", "rate", "share", "conversion") and not _STARTS_CHANGE(g))


def _STARTS_CHANGE(g: Figure) -> bool:  # noqa: N802 - a predicate read like a constant's test
    q = g.quantity
    return q is not None and q.extra.get("lead") == "from"


def pronoun_referent(doc: Document, f: Figure) -> Optional[Figure]:
    """The group "them" (or "those", "these") stands for after *f*: the last level of
    *f*'s kind earlier in its sentence, else in the sentence right before (in the same
    paragraph or the one before), when it is at least as large as *f*."""
    s = f.sentence
    if s is None:
        return None
    best = None
    for g in reversed(_levels_before(doc, f)):
        if g.sentence is s:
            if _is_level(g) and _same_measure(g, f) and g.end <= f.qual_start:
                best = g
                break
            continue
        gs = g.sentence
        if gs is None or not _just_before(gs, s):
            break
        if _is_level(g) and _same_measure(g, f):
            best = g
            break
    if best is None or best.value < f.value:
        return None
    return best


def _just_before(a, b) -> bool:
    """Sentence *a* is the one right before *b* (across a paragraph break too)."""
    if a.region is b.region:
        return b.index == a.index + 1
    return b.region.index == a.region.index + 1 and b.index == 0 and a.index == len(a.region.sentences) - 1


def _same_measure(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind or a.currency != b.currency:
        return False
    return a.kind not in ("length", "mass", "area", "volume", "duration") or a.unit == b.unit or a.base > 0 < b.base


def noun_referent(doc: Document, f: Figure, noun: str, kinds: Optional[Sequence[str]] = None,
                  larger: bool = True, modifiers: Sequence[str] = ()) -> Optional[Figure]:
    """The nearest earlier level that counts or measures *noun* ("viewers", "hectare",
    "bird"): its counted noun, or its unit ("8,000 hectares"), names the same thing. It is
    looked for in the same paragraph, the few before and the headline and lead. With
    *larger*, only a figure at least as large as *f* is taken. With *modifiers* ("missing"
    of "the missing people"), a figure followed by one of them is taken first ("8
    missing" rather than "5 people died")."""
    key = stem(noun)
    if not key:
        return None
    if modifiers:
        keys = [stem(m) for m in modifiers if m not in _GENERIC]
        if keys:
            for g in _candidates(doc, f, kinds, larger):
                if any(_names(g, k) for k in keys):
                    return g
    for g in _candidates(doc, f, kinds, larger):
        if _names(g, key):
            return g
    return None


_GENERIC = frozenset("the a an other same new more most all some many few first last".split())


def _candidates(doc: Document, f: Figure, kinds: Optional[Sequence[str]], larger: bool):
    for g in reversed(_levels_before(doc, f)):
        if f.region.index - g.region.index > PARAGRAPHS and g.place not in ("headline", "standfirst") \
                and g.region.index > 2:
            continue
        if not _is_level(g) or (kinds is not None and g.kind not in kinds):
            continue
        if kinds is None and not _same_measure(g, f) and not (f.kind == "count" and g.kind == "count"):
            continue
        if larger and g.value < f.value:
            continue
        yield g


def _names(g: Figure, key: str) -> bool:
    """*g* counts the noun whose stem is *key*: its counted noun, or its unit."""
    thing = g.thing
    if thing and same_noun(stem(thing), key):
        return True
    unit = g.unit
    if unit and g.kind not in ("count", "currency", "percent") and stem(unit) == key:
        return True
    words = _NOUN_AFTER.match(g.region.text, g.quantity.extra.get("after", g.end) if g.quantity else g.end)
    if words is not None:
        return any(same_noun(stem(w), key) for w in words.group().split() if w.isalpha())
    return False


#: The words right after a figure, up to its clause's end ("60,000 *bronze turkeys*").
_NOUN_AFTER = lazyre.compile(r"(?:[ -]+[a-z][\w'’-]*){1,3}")


def unit_noun(word: str) -> str:
    """The singular noun of a rate's unit as written ("a bird", "per hectare", "each"
    gives "")."""
    w = word.lower()
    return "" if w in ("each", "head", "capita", "apiece") else w


_SPACE = re.compile(r"\s+")
