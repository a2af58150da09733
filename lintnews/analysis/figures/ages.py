"""Whose age a figure gives, and which ages in one draft are the same person's.

An age belongs to a person when the draft says so ("Jane Doe, 52", "aged 52", "the
52-year-old Jane Doe"); a headline age belongs to the one person the headline names
("Byrds producer Melcher dies at 62"); a bare back-reference ("the 52-year-old said ...")
belongs to the person named last before it. :func:`age_pairs` yields the ages of one
person that disagree.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, NamedTuple, Sequence

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.figures.context import STOP
from lintnews.analysis.figures.reading import NON_NAMES
from lintnews.analysis.figures.quantity import Quantity


class AgePair(NamedTuple):
    earlier: Quantity
    later: Quantity
    who: str  # the surname
    strong: bool  # both ages are tied to the person by the draft's own words
    at_headline: bool = False  # the headline's age is the odd one out


_UNNAMED = "\x00"  # the one unnamed person of a headline and its lead
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?"
#: A full name ("Jane Doe", "Ms Doe"): its last word is a surname the draft may repeat alone.
_FULL_NAME = lazyre.compile(rf"\b(?:{_TITLE}\s+|[A-Z][a-z]+\s+)([A-Z][a-z][\w'’-]+)\b(?![\w'’-]*\s+[A-Z])")
_NOT_SURNAMES = frozenset(
    """Cup League Open Championship Championships Club United City Party Office Bank Council Committee
    Commission Court House Street Road Park Stadium Games Trophy Prix Series Award Awards Festival
    Union Association Federation Ministry Department Service Times News Post Radio Television Group
    Company Corporation University College School Hospital Police Army Navy Force Kingdom States
    Republic Island Islands Valley Hill Square Centre Center Tour Masters Classic Final Finals Six
    Nations Premiership Conference Division Sport Sports Minister Secretary President Chancellor""".split()
)


def age_pairs(doc: Document, ages: Sequence[Quantity], headline: Sequence = ()) -> Iterator[AgePair]:
    """Pairs of ages of one person with different values, each later age at most once.

    An age tied to its person by the draft's words (a name beside it, the one person a
    headline or sentence names, or the only person whose age is given) makes a strong
    pair; a bare "the 54-year-old" after several people's ages makes a weak one."""
    if len(ages) < 2:
        return
    surnames = _surnames(doc)
    # with no surname in the draft, nothing is a mention (only the headline's unnamed person).
    # Built from the draft's words: compiled by re itself, never through the on-disk cache.
    mention = re.compile(r"\b(" + "|".join(sorted(map(re.escape, surnames), key=len, reverse=True)) + r")\b"
                         if surnames else r"(?!)")
    owners: Dict[str, List[tuple]] = {}
    found = [(q,) + _owner(doc, q, mention, headline) for q in ages]
    lead = max((r.index for r in headline), default=-1) + 1
    first = next(((who, how) for q, who, how in found if who and q.region.index == lead), None)
    if first is not None:
        # "Former minister dies aged 81": the person the lead paragraph gives an age for
        found = [(q, first[0], "headline") if q.region in headline and not who else (q, who, how)
                 for q, who, how in found]
    elif any(q.region in headline and not who for q, who, _ in found):
        # "Striker, 24, signs" over "The 26-year-old striker joined ...": no one is named,
        # so the headline's person is the lead's
        lead_age = next((q for q, who, _ in found if q.region.index == lead and not who), None)
        top = next((q for q, who, _ in found if q.region in headline and not who), None)
        if lead_age is not None and top is not None:
            words = {_person_word(top), _person_word(lead_age)}
            how = "headline" if len(words) == 1 and "" not in words else "back"
            if len(words - {""}) < 2:  # "Man, 36" and "his wife, 40" are two people
                found = [(q, _UNNAMED, how) if q is top or q is lead_age else (q, who, h)
                         for q, who, h in found]
    named = {who for _, who, how in found if how == "named"}
    for q, who, how in found:
        if who:
            strong = how in ("named", "headline", "sentence") or named == {who}
            owners.setdefault(who, []).append((q, strong))
    for who, items in owners.items():
        for j, (b, b_strong) in enumerate(items):
            earlier = [(a, s) for a, s in items[:j] if a.sentence is not b.sentence]
            if not earlier or any(not _disjoint(a, b) for a, _ in earlier):
                continue
            a, a_strong = ([x for x in earlier if x[1]] or earlier)[-1]
            at_headline = len(earlier) == 1 and a.region in headline
            yield AgePair(a, b, "" if who == _UNNAMED else who, a_strong and b_strong, at_headline=at_headline)


def _disjoint(a: Quantity, b: Quantity) -> bool:
    return a.high < b.low or b.high < a.low


def _surnames(doc: Document) -> set:
    """Surnames the draft gives with a first name or a title."""
    found = set()
    for region in doc.regions:
        for m in _FULL_NAME.finditer(region.text):
            first = m.group().split(None, 1)[0].lower()
            if m.group(1) not in _NOT_SURNAMES and first not in NON_NAMES and first not in _NOT_FIRST:
                found.add(m.group(1))
    return found


def _owner(doc: Document, q: Quantity, mention: "re.Pattern[str]", headline) -> tuple:
    """``(surname, how)``: the person whose age *q* is and how the draft says so (named,
    headline, sentence, first, back), or ``("", "")``."""
    if q.person:
        return (q.person, "named") if mention.fullmatch(q.person) else ("", "")
    if q.region in headline:
        names = {m.group(1) for m in mention.finditer(q.region.text)}
        return (names.pop(), "headline") if len(names) == 1 else ("", "")
    if is_back_reference(q):
        regions = [q.region] if q.region.index == 0 else [doc.regions[q.region.index - 1], q.region]
        last = ""
        for region in regions:
            end = q.start if region is q.region else len(region.text)
            for m in mention.finditer(region.text, 0, end):
                last = m.group(1)
        return last, "back"
    if q.sentence is not None and _AGED.search(q.region.text, max(0, q.qual_start - 16), q.qual_start) \
            and _DEATH.search(q.sentence.text):
        # "Charlie Bell ... has died of cancer aged 44": the one person the sentence names
        names = [m.group(1) for m in mention.finditer(q.region.text, q.sentence.start, q.start)]
        if not names:
            return "", ""
        # the one person the sentence names, or (weaker) the first: "Terry Melcher, who was
        # behind hits by Ry Cooder, has died aged 62"
        return names[0], "sentence" if len(set(names)) == 1 else "first"
    return "", ""


_AGED = lazyre.compile(r"\b(?:aged|at\s+the\s+age\s+of|di(?:es|ed)\s+at)\s+$", re.I)
_DEATH = lazyre.compile(r"\b(?:die[sd]?|dead|death)\b", re.I)
_NOT_FIRST = frozenset(
    """former new young old late veteran british english scottish welsh irish american french german
    italian spanish russian chinese japanese australian african european says said""".split()
)


def _person_word(q: Quantity) -> str:
    """The common noun an unnamed age is given for: "Man, 36," -> "man"; "the 26-year-old
    striker" -> "striker"."""
    text = q.region.text
    before = _WORD_BEFORE.search(text, max(0, q.start - 20), q.start)
    if before:
        return before.group(1).lower()
    after = _WORD_AFTER.match(text, q.end)
    word = after.group(1).lower() if after else ""
    return "" if word in STOP or word.endswith(("ed", "s")) and word not in ("boss",) else word


_WORD_BEFORE = lazyre.compile(r"\b([A-Za-z]+),[ \u00a0]$")
_WORD_AFTER = lazyre.compile(r"[ \u00a0]+([a-z]+)\b")


_NAME_NEXT = lazyre.compile(r"\s+(?:[a-z-]+\s+){0,2}[A-Z]")


def is_back_reference(q: Quantity) -> bool:
    """ "the 52-year-old" standing alone (not "the 52-year-old Jane Doe")."""
    text = q.region.text
    if text[max(0, q.qual_start - 4) : q.qual_start].lower() != "the ":
        return False
    return not _NAME_NEXT.match(text[q.end : q.end + 40])
