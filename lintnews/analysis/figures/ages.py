"""Whose age a figure gives, and which ages in one draft are the same person's.

An age belongs to a person when the draft says so ("Jane Doe, 52", "aged 52", "the
52-year-old Jane Doe"); a headline age belongs to the one person the headline names
("Byrds producer Melcher dies at 62"); a bare back-reference ("the 52-year-old said ...")
belongs to the person named last before it. :func:`age_pairs` yields the ages of one
person that disagree.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.figures.context import STOP
from lintnews.analysis.figures.reading import NON_NAMES
from lintnews.analysis.figures.dates import draft_date
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
_FULL_NAME = lazyre.compile(rf"\b(?:{_TITLE}\s+|[A-Z][^\W\dA-Z_]+\s+)([A-Z][^\W\dA-Z_][\w'’-]+)\b(?![\w'’-]*\s+[A-Z])")
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
    # with no surname in the draft, nothing is a mention (only the headline's unnamed person)
    mention = _Mentions(surnames)
    owners: Dict[str, List[tuple]] = {}
    found = [(q,) + _owner(doc, q, mention, headline) for q in ages]
    # "Daniel Marsh, 44, ... Ms Whitcombe said the 46-year-old had ...": a bare "the
    # 46-year-old" is the person whose age the draft gave, when it gave one person's age,
    # rather than the person named last
    aged: List[str] = []
    for k, (q, who, how) in enumerate(found):
        if how == "back" and len(set(aged)) == 1 and who not in aged:
            found[k] = (q, aged[0], "back")
        elif how == "named":
            aged.append(who)
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


class _Mentions:
    """The draft's surnames, found as whole capitalised words: a word scan and a set,
    not a pattern built from the draft's words (which would be compiled, and could be
    kept, with the names of an unpublished story in it)."""

    def __init__(self, surnames) -> None:
        self.names = frozenset(surnames)

    def fullmatch(self, word: str):
        return word if word in self.names else None

    def finditer(self, text: str, start: int = 0, end: Optional[int] = None):
        if not self.names:
            return
        for m in _CAPITAL_WORD.finditer(text, start, len(text) if end is None else end):
            if m.group(1) in self.names:
                yield m


#: A capitalised word, without a possessive "'s" ("Marsh's" is "Marsh").
_CAPITAL_WORD = lazyre.compile(r"\b([A-Z][\w'’-]*?)(?:['’]s)?\b(?![\w'’-])")


def _owner(doc: Document, q: Quantity, mention: "_Mentions", headline) -> tuple:
    """``(surname, how)``: the person whose age *q* is and how the draft says so (named,
    headline, sentence, first, back), or ``("", "")``."""
    if q.person:
        return (q.person, "named") if mention.fullmatch(q.person) else ("", "")
    named = _NAME_COMMA_BEFORE.search(q.region.text, max(0, q.qual_start - 40), q.qual_start)
    if named is not None and mention.fullmatch(named.group(1)):
        return named.group(1), "named"  # "Corrigan, who is 31,": a surname the draft gives in full
    if q.region in headline:
        names = {m.group(1) for m in mention.finditer(q.region.text)}
        return (names.pop(), "headline") if len(names) == 1 else ("", "")
    if is_back_reference(q):
        regions = [q.region] if q.region.index == 0 else [doc.regions[q.region.index - 1], q.region]
        last = ""
        for region in regions:
            end = q.start if region is q.region else len(region.text)
            # the person named last: looked for in the few sentences before the age
            for m in mention.finditer(region.text, max(0, end - 1500), end):
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


_NAME_COMMA_BEFORE = lazyre.compile(r"\b([A-Z][\w'’-]+)(?:,\s+(?:who\s+(?:is|was)\s+|now\s+|then\s+|aged\s+)?|\s+\()$")
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


# --------------------------------------------------------------------------- ages against dates


class Birth(NamedTuple):
    """A birth date or year as written ("born on 12 March 1938", "born in 1950",
    "(1938-2025)"): ``year`` and, when given, ``month`` and ``day``; ``who`` is the
    surname named with it, or "" (a pronoun: "He was born ...")."""

    figure: object  # the date or year Figure
    year: int
    month: Optional[int]
    day: Optional[int]
    who: str


class AgeAt(NamedTuple):
    """An age given at a dated moment: the age figure, the date or year it is given at,
    and the birth it must agree with."""

    age: object
    when: object  # the date or year Figure
    birth: Birth


_BORN = lazyre.compile(r"\b(?:[Bb]orn|\bb\.)\b")
_LIFE_YEARS = lazyre.compile(r"\(\s*(?:born\s+|b\.\s*)?(1[89]\d\d|20\d\d)\s*(?:[-–]\s*(1[89]\d\d|20\d\d)\s*)?\)")
_NAME_RUN = lazyre.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*")
_NOT_PERSON = frozenset("Born He She They His Her The In On At A An It This That When After Before".split())


def births(doc: Document, figures: Sequence) -> List[Birth]:
    """Every birth the draft gives: "born" followed (in its clause) by a date or year."""
    out: List[Birth] = []
    dated = [f for f in figures if f.kind in ("date", "year")]
    for f in dated:
        text = f.region.text
        s = f.sentence
        lo = s.start if s is not None else 0
        life = _LIFE_YEARS.match(text, text.rfind("(", max(lo, f.qual_start - 10), f.qual_start + 1)) \
            if f.kind == "year" and "(" in text[max(lo, f.qual_start - 10) : f.qual_start + 1] else None
        if life is not None and life.start(1) == f.start:
            # "Ann Lee (1945-2016)": the first year is the birth, named by the name before it
            runs = [r.group() for r in _NAME_RUN.finditer(text, max(lo, life.start() - 50), life.start())
                    if r.end() > life.start() - 3]
            out.append(Birth(f, int(f.value), None, None, runs[-1].split()[-1] if runs else ""))
            continue
        window = text[max(lo, f.qual_start - 45) : f.qual_start]
        m = None
        # (every match holds "orn" or "b.": most windows hold neither)
        for m in _BORN.finditer(window) if "orn" in window or "b." in window else ():
            pass
        if m is None and f.kind == "year" and s is not None:
            # "The bridge was built in 1968": a thing's birth, owned by its noun
            built = _BUILT.search(text, max(lo, f.qual_start - 30), f.qual_start)
            subject = _THING.match(text, lo) if built is not None else None
            if subject is not None and subject.end() <= built.start():
                out.append(Birth(f, int(f.value), None, None, "~" + subject.group("noun").lower()))
            continue
        if m is None or ";" in window[m.end() :] or _OTHER_DATE.search(window[m.end() :]):
            continue
        year, month, day = _ymd(f)
        if year is None:
            continue
        at = max(lo, f.qual_start - 45) + m.start()
        found_runs = [r for r in _NAME_RUN.finditer(text, max(lo, at - 50), at)
                      if r.group().split()[-1] not in _NOT_PERSON]
        name = found_runs[-1].group().split()[-1] if found_runs else ""
        if found_runs and _OTHER_PERSON.search(text, found_runs[-1].end(), at):
            name = "?"  # "Mr Smith, 45, said his father, born in 1950, ...": someone else's birth
        elif not found_runs and s is not None and at == s.start + (len(text[s.start : at]) - len(text[s.start : at].lstrip())):
            after = _NAME_AFTER_BIRTH.match(text, f.end)  # "Born in 1988, Farouk grew up ..."
            name = after.group(1) if after is not None and after.group(1) not in _NOT_PERSON else ""
        out.append(Birth(f, year, month, day, name))
    return out


_NAME_AFTER_BIRTH = lazyre.compile(r"\s*,\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][a-z]+\s+(?=[A-Z]))?([A-Z][a-z][\w'’-]+)\b")
#: Someone named by a noun between a name and "born": "his father", "their son", "a friend".
_OTHER_PERSON = lazyre.compile(r"\b(?:his|her|their|its|whose|a|the)\s+(?:[a-z]+\s+)?[a-z]{3,}\s*,?\s*(?:who\s+was\s+|was\s+)?$")
_OTHER_DATE = lazyre.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
#: When a thing was made: "was built in 1968", "opened in 1911", "founded in 1890", "the pipe,
#: installed in 1978", "laid in 1961", "planted in 1890".
#: (and a thing put to use: "entered service in 1984", "was commissioned in", "were taken into use
#: in", "went into operation in")
_BUILT = lazyre.compile(r"\b(?:built|opened|founded|established|constructed|completed|erected|launched|inaugurated|"
                        r"installed|fitted|laid|planted|manufactured|dug|drilled|(?:put|set)\s+up|"
                        r"consecrated|laid\s+down|first\s+(?:printed|published|held|staged|run|played|broadcast)|"
                        r"commissioned|(?:entered|came\s+into|went\s+into)\s+(?:service|use|operation)|"
                        r"(?:put|taken|brought|placed)\s+into\s+(?:service|use|operation))\s+"
                        r"(?:in\s+)?$", re.I)
#: A sentence about a thing: "The bridge ...", "The old mill, which ...".
_THING = lazyre.compile(r"\s*(?:The|Its|This|That)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\b(?=[\s,])")


def _ymd(f) -> Tuple[Optional[int], Optional[int], Optional[int]]:
    if f.kind == "year":
        return int(f.value), None, None
    c = f.mention
    if c is None or c.year is None:
        return None, None, None
    return c.year, c.month, c.day


def ages_at(doc: Document, figures: Sequence, today=None, published=None) -> List[AgeAt]:
    """Ages given with a date or year in their clause, tied to a birth in the draft: the
    same surname, or an age without a name when the draft gives one birth. An age given
    for the present is taken at the draft's date (*published*, the front matter's date or
    a dateline), else between the dates the draft gives, else on *today*."""
    born = births(doc, figures)
    if not born:
        return []
    birth_figures = {id(b.figure) for b in born}
    people = [b for b in born if not b.who.startswith("~")]
    out: List[AgeAt] = []
    now: Dict[bool, Optional[Now]] = {}  # the draft's own dates, read once if needed (for an age now, and else)
    names = {b.who for b in people if b.who}
    for a in list(figures) + _spoken_ages(doc, born):
        if a.kind == "age" and a.quantity is None:
            pass  # "in her 40s", "her 34th birthday": read below, an age a range or an ordinal gives
        elif a.kind == "count" and _bare_age(a):
            pass  # "born in 2002, is only 21": a bare number a person is
        elif a.kind != "age" or a.quantity is None or a.unit not in ("", "years"):
            continue
        person = (a.quantity.person if a.quantity is not None else "") or _named_with(a, names)
        thing = _thing_of(a) if not person else ""
        match = [b for b in born if b.who == "~" + thing] if thing else []
        if not match and not person and a.sentence is not None:
            # "The old ferries Alma and Berit entered service in 1981 and 1983, so they are
            # over 40 years old": the names are the things' own, whose start the sentence gives
            match = [b for b in born if b.who.startswith("~") and b.figure.sentence is a.sentence][:1]
        if not match and not (thing and any(b.who.startswith("~") for b in born)):
            # ("The actor, born in 1964, was 32 when ...": a person named by a noun, in a draft
            # that dates no thing)
            match = [b for b in people if b.who and person and b.who == person
                     and _same_first_name(b, a, person)]
            if not match and (not person or not any(b.who for b in people)) and len(people) == 1:
                match = people
        if not match:
            continue
        if a.kind == "age" and a.quantity is None and not person and match[0].figure.sentence is not a.sentence \
                and not _continues(match[0].figure, a) and not _continues(a, match[0].figure):
            continue
        opening = _opening_age(a) and draft_date(doc, published) is not None  # (across paragraphs: the draft's own date)
        if a.kind == "count" and not person and match[0].figure.sentence is not a.sentence \
                and not _continues(match[0].figure, a) and not opening:
            continue  # a bare number goes with a birth named with it, in its sentence or the one before
        present = _PRESENT.search(a.region.text, max(0, a.qual_start - 24), a.qual_start) is not None \
            or _present_at(a) or _THIS_YEAR_AFTER.match(a.region.text, a.end) is not None
        when = None
        back = a.quantity is not None and is_back_reference(a.quantity) \
            and _BACK_REFERENCE_AFTER.match(a.region.text, a.end) is not None
        if not present and (opening or back) and _moment(a, figures, birth_figures) is None \
                and (draft_date(doc, published) is not None
                     or back and not person and _named_before(doc, a, match[0].who)
                     and _story_now(figures, birth_figures) is not None):
            # "Now 72, she ...", "The 79-year-old said ...": the age at the draft's date; in a
            # draft without one, a back reference to the person the sentence before names
            # ("Kemboi pulled clear ... The 27-year-old said"), at the dates the draft gives
            present = True
        if not present and _appositive(a):
            # "Ann Lee, 34, who joined in 2001, ...": the age now; "In 1990, Smith, 25, ...": then
            when = _moment(a, figures, birth_figures)
            if when is None or when.start > a.start and (_RELATIVE.search(a.region.text, a.end, when.start)
                                                         or _REPORTED.search(a.region.text, a.end, when.start)):
                when, present = None, True  # (the year of "who joined in 2001" is not the age's)
        elif not present:
            when = _moment(a, figures, birth_figures)
        if when is None and not present and _is_death_age(a):
            when = _death_date(a, figures)
        if when is None and (present or _is_death_age(a)):
            if present not in now:
                dated = draft_date(doc, published)
                now[present] = (Now(dated[0], dated[0], dated[1]) if dated is not None and present
                                else draft_now(figures, birth_figures, recent=present)
                                or (Now(today, today, "today") if present and _written_now(figures, birth_figures, today)
                                    else None))
            when = now[present]
        if when is None:
            continue
        out.append(AgeAt(a, when, match[0]))
    return out


def _named_before(doc: Document, a, who: str) -> bool:
    """The sentence before *a*'s (in its paragraph, or ending the paragraph before) names
    *who* and no other person the draft names with a first name or title."""
    s = a.sentence
    if not who or who.startswith("~") or s is None:
        return False
    if s.start > 0:
        text = a.region.text[: s.start]
    elif a.region.index > 0:
        text = doc.regions[a.region.index - 1].text
    else:
        return False
    cut = max(text.rfind(". ", 0, len(text.rstrip()) - 1), text.rfind("? ", 0, len(text.rstrip()) - 1))
    text = text[cut + 1 :]
    names = {m.group(1) for m in _CAPITAL_WORD.finditer(text)} & (_surnames(doc) | {who})
    return names == {who}


def _story_now(figures: Sequence, skip) -> Optional[Now]:
    """The draft's dates (:func:`draft_now`) when they lie within a year of each other and
    no year it names (births aside) is later: the time the story is told in."""
    now = draft_now(figures, skip)
    if now is None or (now.last - now.first).days > 366:
        return None
    if any(f.kind == "year" and f.value > now.last.year and id(f) not in skip for f in figures):
        return None
    return now


def _named_with(a, names) -> str:
    """The person an age without a name beside it is given for, when its sentence names
    one whose birth the draft gives: the name that opens the sentence ("Dafydd Rowlands
    joined in 2010 at the age of 26"), or the one right after the age ("In 1997, aged 21,
    Wrona opened ...")."""
    s = a.sentence
    if s is None or not names:
        return ""
    text = a.region.text
    after = _NAME_AFTER_AGE.match(text, a.end)
    if after is not None and after.group(1) in names:
        return after.group(1)
    opening = _OPENING_NAME.match(text, s.start)
    if opening is not None and opening.end() <= a.qual_start:
        last = opening.group().split()[-1]
        if last in names:
            return last
    return ""


_NAME_AFTER_AGE = lazyre.compile(r",\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][a-z]+\s+(?=[A-Z]))?([A-Z][\w'’-]+)\b(?!['’])")
#: A sentence whose subject is the person of the sentence before: "She turned 32 in 1996".
_PRONOUN_OPENING = lazyre.compile(r"\s*[\"“]?(?:She|He)\b")


#: An age as a decade of life ("in her 40s", "in his late sixties" is left out) or an
#: ordinal birthday ("her 34th birthday", "his 21st birthday").
_DECADE = lazyre.compile(r"\bin\s+(?:his|her)\s+(?P<part>early\s+|mid-?\s*|late\s+)?(?P<d>[1-9]0)['’]?s\b", re.I)
_BIRTHDAY = lazyre.compile(r"\b(?:(?:his|her)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+birthday|its\s+(?P<t>\d{1,4})(?:st|nd|rd|th)\s+"
                           r"(?:birthday|anniversary))\b", re.I)


class AgeGap(NamedTuple):
    """ "Lowther is six years younger than Okafor": a stated gap between two people's ages
    (``sign`` -1 for younger) and the two ages the draft gives them."""

    region: object
    start: int
    end: int
    gap: int
    sign: int
    first: object  # the Figure of the first person's age
    second: object


_GAP = lazyre.compile(r"\b(?P<a>[A-Z][\w'’-]+)(?:\s*,\s*\d{1,3}\s*,)?\s+(?:is|was)\s+(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+"
                      r"years?\s+(?P<dir>younger|older|junior|senior)\s+than\s+(?:(?:his|her|their)\s+[a-z]+\s+)?"
                      r"(?:[A-Z][a-z]+\s+(?=[A-Z]))?(?P<b>[A-Z][\w'’-]+)")
_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}


def age_gaps(doc: Document, figures: Sequence) -> List[AgeGap]:
    """Stated gaps between two named people's ages, with the ages the draft gives each
    (the last before the statement, tied to the name by the draft's words)."""
    out: List[AgeGap] = []
    for region in doc.regions:
        text = region.text
        if "years younger" not in text and "years older" not in text and "year younger" not in text \
                and "year older" not in text and "years junior" not in text and "years senior" not in text:
            continue
        for m in _GAP.finditer(text):
            n = m.group("n").lower()
            gap = int(n) if n.isdigit() else _SMALL.get(n)
            if gap is None:
                continue
            ages = {}
            for f in figures:
                if f.kind != "age" or f.quantity is None or not f.quantity.person:
                    continue
                if (f.region.index, f.start) > (region.index, m.end() + 6):
                    break  # (an age set right after the second name counts: "... than Kim Lowe, 25")
                ages[f.quantity.person] = f
            a, b = ages.get(m.group("a")), ages.get(m.group("b"))
            if a is None or b is None or a is b:
                continue
            sign = -1 if m.group("dir") in ("younger", "junior") else 1
            out.append(AgeGap(region, m.start("n"), m.end("dir"), gap, sign, a, b))
    return out


def spoken_age_words(doc: Document) -> bool:
    """Whether *doc* may give an age in words no figure reads ("in her 40s", "34th birthday")."""
    return any("0s" in r.text or "0’s" in r.text or "0's" in r.text or "birthday" in r.text or "anniversary" in r.text
               for r in doc.regions)


def _spoken_ages(doc: Document, born: Sequence[Birth]) -> list:
    """Ages no figure gives: a decade of life and an ordinal birthday, as figures of kind
    ``age`` (a decade spans its ten years; "early" and "late" its thirds). Read only
    in a draft with a person's birth, in sentences that name "birthday" or a decade."""
    from lintnews.analysis.figures.reader import Figure  # (the reader imports this module)

    out = []
    if not born:
        return out
    for region in doc.regions:
        text = region.text
        if "0s" not in text and "0’s" not in text and "0's" not in text and "birthday" not in text \
                and "anniversary" not in text:
            continue
        for sentence in region.sentences:
            for m in _DECADE.finditer(text, sentence.start, sentence.end):
                d = int(m.group("d"))
                part = (m.group("part") or "").strip().lower()
                lo, hi = (d, d + 3) if part == "early" else (d + 3, d + 6) if part.startswith("mid") \
                    else (d + 6, d + 9) if part == "late" else (d, d + 9)
                out.append(Figure(region, m.start("d"), m.end(), "age", float(lo), sentence=sentence,
                                  qual_start=m.start(), upper=float(hi)))
            for m in _BIRTHDAY.finditer(text, sentence.start, sentence.end):
                g = "n" if m.group("n") else "t"
                out.append(Figure(region, m.start(g), m.end(), "age", float(m.group(g)), sentence=sentence,
                                  qual_start=m.start(g)))
    return out


def _continues(birth_figure, a) -> bool:
    """*a*'s sentence opens with "She" or "He" right after the sentence that gives the
    birth (in its paragraph or ending the one before)."""
    s, b = a.sentence, birth_figure.sentence
    if s is None or b is None or not _PRONOUN_OPENING.match(a.region.text, s.start):
        return False
    if b.region is a.region:
        return 0 <= s.start - b.end <= 3
    return b.region.index == a.region.index - 1 and b.end >= len(b.region.text.rstrip()) - 1
_OPENING_NAME = lazyre.compile(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*")


class Now(NamedTuple):
    """The time a draft is written in, as its own dates bound it: the first and last day
    with a year it names."""

    first: object  # datetime.date
    last: object
    kind: str = "now"


def draft_now(figures: Sequence, skip: Sequence = (), recent: bool = False) -> Optional[Now]:
    """The draft's present: between the earliest and latest full dates it gives (a day,
    a month and a year; births, *skip*, left out), or None without one. With *recent* (for
    an age told now: "turned 84 this spring", "is now 80"), only the dates within a year of
    the latest: a full date long before them is history the story recalls ("was first held
    on 3 May 1901"), not its present."""
    days = [f.date for f in figures if f.kind == "date" and f.date is not None and f.mention is not None
            and f.mention.day is not None and f.mention.year is not None and id(f) not in skip]
    if not days:
        return None
    last = max(days)
    if recent:
        days = [d for d in days if (last - d).days <= 366]
    return Now(min(days), last)


#: An age given for the present: "who is 51", "which is 51 years old", "now 36", "turns 46",
#: "is only 21", "is still just 19".
_PRESENT = lazyre.compile(r"\b(?:is|are|now|turns|will\s+turn|turning|is\s+now)\s+"
                          r"(?:(?:only|just|still|now|barely|already)\s+){0,2}(?:aged\s+)?$", re.I)
#: A sentence that opens on a person's age now: "Now 72, she ...", "At 41, he is ...", "Now
#: aged 80, Mr Hale ...": the age stands for the person the draft's one birth is given for,
#: in any paragraph.
_OPENING_AGE = lazyre.compile(r"\s*(?:Now|Today|At)\s+(?:(?:only|just|still|aged)\s+){0,2}$")
#: "The 79-year-old said ...", "the 52-year-old, who ...": a back reference to a person, not
#: "the 23-year-old suspect" (someone else, named by a noun).
_BACK_REFERENCE_AFTER = lazyre.compile(r"(?:\s*[,.;]|\s+(?:said|says|added|adds|told|tells|is|has|who|remains|still|"
                                       r"now|lives|runs|works|joins|leads|wants|hopes|plans|becomes|succeeds|"
                                       r"[a-z]{3,}ed|[a-z]{3,}[cgktv]es)\b)")
_PAST_AFTER = lazyre.compile(r"\s*,\s+(?:he|she|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:was|had|[a-z]+ed)\b")
_OPENING_AGE_AFTER = lazyre.compile(r"\s*,\s+(?:he|she|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])")
#: A bare number a person is or was: "is only 21", "was 36 when", "at 67 she".
_BARE_AGE_BEFORE = lazyre.compile(r"\b(?:is|was|now|turned|turns|aged|at)\s+(?:(?:only|just|still|now|barely|already)"
                                  r"\s+){0,2}$", re.I)
_BARE_AGE_AFTER = lazyre.compile(r"\s*(?:[.,;:)]|$|\s+(?:and|but|when|as|after|before|he|she|they|I|this|last|in|on)\b)")
#: "Ann Lee, 34, ...", "Ann Lee (34) ...": an age given beside a name is the age now.
_APPOSITIVE_BEFORE = lazyre.compile(r"\b[A-Z][\w'’-]+\s*(?:,|\()\s*$")
_APPOSITIVE_AFTER = lazyre.compile(r"\s*(?:,|\))")
#: "says that at 67 she has no plans": an age with "at" in a sentence told in the present.
_AT_BEFORE = lazyre.compile(r"\bat\s+$")
_PRESENT_TENSE = lazyre.compile(r"\b(?:says|is|are|has|have|does|remains|still|now|today)\b")


def _written_now(figures: Sequence, skip, today) -> bool:
    """Whether a draft with no date of its own reads as written *today*: every year it
    names (births aside) is within a year of today's."""
    if today is None:
        return False
    return all(abs(int(f.value) - today.year) <= 1 for f in figures
               if f.kind == "year" and id(f) not in skip) and \
        all(f.date.year >= today.year - 1 for f in figures if f.kind == "date" and f.date is not None
            and id(f) not in skip)


def _bare_age(a) -> bool:
    q = a.quantity
    if q is None or a.thing or not 0 < a.value < 120 or a.value != int(a.value) or q.scale != 1.0:
        return False
    text = a.region.text
    return _BARE_AGE_BEFORE.search(text, max(0, a.qual_start - 24), a.qual_start) is not None \
        and _BARE_AGE_AFTER.match(text, a.end) is not None


def _opening_age(a) -> bool:
    """ "Now 72, she ...", "At 41, he is ...": an age opening its sentence, said of a person."""
    s = a.sentence
    if s is None:
        return False
    text = a.region.text
    m = _OPENING_AGE.fullmatch(text, s.start, a.qual_start)
    if m is None or _OPENING_AGE_AFTER.match(text, a.end) is None:
        return False
    # ("At 19, she joined the army": an age then, not now)
    return not text[s.start : a.qual_start].lstrip().startswith("At") or \
        _PRESENT_TENSE.search(text, a.end, s.end) is not None and not _YEAR.search(text, s.start, s.end) \
        and _PAST_AFTER.match(text, a.end) is None


def _appositive(a) -> bool:
    text = a.region.text
    return _APPOSITIVE_BEFORE.search(text, max(0, a.qual_start - 40), a.qual_start) is not None \
        and _APPOSITIVE_AFTER.match(text, a.end) is not None


def _present_at(a) -> bool:
    s = a.sentence
    text = a.region.text
    if s is None or _AT_BEFORE.search(text, max(0, a.qual_start - 4), a.qual_start) is None:
        return False
    return _PRESENT_TENSE.search(text, s.start, s.end) is not None and not _YEAR.search(text, s.start, s.end)


#: "turned 33 this year": the age in the draft's own year.
_RELATIVE = lazyre.compile(r"\b(?:who|which|that|whose|whom|where)\b")
#: "Hale, 38, said he first played in 1990": the year is in the reported clause, the age now.
_REPORTED = lazyre.compile(r"\b(?:said|says|told|tells|added|recalled|recalls|explained|admitted|claimed|remembers|"
                           r"remembered)\b")
_THIS_YEAR_AFTER = lazyre.compile(r"\s+(?:earlier\s+|later\s+)?this\s+(?:year|month|week|spring|summer|autumn|winter)\b",
                                  re.I)
_YEAR = lazyre.compile(r"\b(?:1[89]\d\d|20\d\d)\b(?!\s*\))")
_TURNS = lazyre.compile(r"\b(?:turns|will\s+turn|turning)\s+$", re.I)


def turns(a) -> bool:
    """ "who turns 46 next month": the age at a birthday to come (a year less now)."""
    return _TURNS.search(a.region.text, max(0, a.qual_start - 14), a.qual_start) is not None


def _thing_of(a) -> str:
    """The noun of the thing an unnamed age is given for: "The bridge, which is 51 years
    old" -> "bridge"."""
    s = a.sentence
    if s is None:
        return ""
    m = _THING.match(a.region.text, s.start)
    if m is None or m.end() > a.qual_start or _WHO_BEFORE.search(a.region.text, s.start, a.qual_start) \
            or _NAME_NEXT.match(a.region.text, m.end()):
        return ""  # (but "The folk singer Ann Moor ..." is about a person)
    return m.group("noun").lower()


_WHO_BEFORE = lazyre.compile(r"\bwho\b")
_NAME_NEXT = lazyre.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+[A-Z][a-z]")


def _is_death_age(a) -> bool:
    s = a.sentence
    return s is not None and _AGED.search(a.region.text, max(0, a.qual_start - 16), a.qual_start) is not None \
        and _DEATH.search(s.text) is not None


def _death_date(a, figures: Sequence):
    """The full date of a death told in another sentence ("She died at a hospice on 9
    March 2025") for an age at death given without one."""
    best = None
    for f in figures:
        if f.kind != "date" or f.mention is None or f.mention.year is None or f.mention.day is None:
            continue
        s = f.sentence
        if s is None or s is a.sentence or abs(f.region.index - a.region.index) > 12 or not _DIED.search(s.text):
            continue
        d = abs(f.region.index - a.region.index)
        if best is None or d < best[0]:
            best = (d, f)
    return best[1] if best is not None else None


_DIED = lazyre.compile(r"\b(?:died|dies|death|passed\s+away)\b", re.I)


_NAME_PAIR = lazyre.compile(r"\b([A-Z][a-z]+)\s+(?=([A-Z][\w'’-]+)\b)")


def _first_name(text: str, end: int, surname: str) -> str:
    """The first name written right before the last *surname* before *end* ("Ruth" in
    "Ruth Hale, 40"), or ""."""
    best = ""
    for m in _NAME_PAIR.finditer(text, 0, end):
        if m.group(2) == surname:
            best = "" if m.group(1) in _TITLES else m.group(1)
    return best


_TITLES = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Professor Rev Judge Captain Inspector Sergeant "
                    "Councillor Senator President Minister".split())


def _same_first_name(b: Birth, a, surname: str) -> bool:
    """False when the birth and the age give the surname different first names."""
    fb = _first_name(b.figure.region.text, b.figure.start, surname)
    fa = _first_name(a.region.text, a.start, surname)
    return not (fa and fb and fa != fb)


def _moment(a, figures: Sequence, skip: set):
    """The date or year an age is given at: the nearest in its clause."""
    s = a.sentence
    best = None
    text = a.region.text
    for f in figures:
        if f.sentence is not s or f.kind not in ("date", "year") or id(f) in skip:
            continue
        lo, hi = (f.end, a.qual_start) if f.end <= a.qual_start else (a.end, f.qual_start)
        if ";" in text[lo:hi] or hi - lo > 90:
            continue
        if f.start > a.end and _SINCE_BEFORE.search(text, max(0, f.qual_start - 8), f.qual_start):
            continue  # "The 58-year-old has run it every year since 1990": the age now, not in 1990
        if best is None or hi - lo < best[0]:
            best = (hi - lo, f)
    return best[1] if best is not None else None


_SINCE_BEFORE = lazyre.compile(r"\bsince\s+$", re.I)


def possible_ages(birth: Birth, when) -> Optional[Tuple[int, int]]:
    """The ages a person born at *birth* may have at *when* (a date or year figure, or
    the draft's :class:`Now`)."""
    if isinstance(when, Now):
        ages = [_age_on(birth, d.year, d.month, d.day) for d in (when.first, when.last)]
        return min(a[0] for a in ages), max(a[1] for a in ages)
    year, month, day = _ymd(when)
    if year is None:
        return None
    return _age_on(birth, year, month, day)


def _age_on(birth: Birth, year: int, month: Optional[int], day: Optional[int]) -> Tuple[int, int]:
    if birth.month and birth.day and month and day:
        age = year - birth.year - ((month, day) < (birth.month, birth.day))
        return age, age
    if birth.month and month and birth.month != month:
        age = year - birth.year - (month < birth.month)
        return age, age
    return year - birth.year - 1, year - birth.year
