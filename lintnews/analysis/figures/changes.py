"""Changes: a stated change and the two figures it is computed from, in any phrasing.

:func:`changes` finds, per sentence, the figure a change starts from and the one it ends
at, and the change the draft states between them:

* end points: "from 50 to 60", "to 60 from 50", "60, up from 50", "60, compared with 50",
  "60, against 50 a year earlier", "60, down 20% on last year's 50", "60 ... versus 50";
  a sentence that opens "That compares with 50" ends at the previous sentence's figure;
* the stated change: a percentage or points ("up 20%", "a rise of 20%", "20% higher",
  "by 0.5 points"), an amount ("by £8m", "a cut of 410"), a fraction ("by a third", "a
  cut of almost a quarter", "fell by half", "a fall of nearly three-quarters"), a
  multiple ("doubled", "more than tripled", "halved", "fivefold"), and comparisons:
  "31, nine fewer than the 38", "3,420 hours, more than double the 1,890", "twice as many
  as", "half the 200";
* a change stated in an earlier sentence and taken up by "the increase", "the rise",
  "the cut" in the sentence that gives its figures.

:func:`check` says whether the stated change fits its figures, allowing the rounding of
every figure as written and the newsroom's slack (see :data:`SLACK_POINTS`).
"""

from __future__ import annotations

import math
import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from lintnews.records import ValueRecord
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.analysis.figures.reading import matches_near
from lintnews.analysis.figures.subject import time_signature
from lintnews.matching import patterns as lazyre
from lintnews.matching.tries import trie_regex
from lintnews.text.document import Document, Sentence

__all__ = ["Change", "Stated", "TablePoints", "changes", "check", "describe_actual", "points_misfit",
           "table_point_changes", "table_count_changes"]

#: Rounding a newsroom accepts on top of the digits as written: half a percentage point,
#: or a twentieth of the stated change, whichever is larger ("15%" covers 13.75% to
#: 16.25%; 13.0% is "13%", not "15%").
SLACK_POINTS = 0.5
SLACK_SHARE = 0.05
#: How much of a figure's own rounding a change computed from it may use: a change printed
#: beside its figures is read from them nearly as printed ("2.1 million to 2.4 million" is
#: +14%, not anything from +9% to +20%).
ROUNDING_SHARE = 0.5
#: Kinds whose figures a change may be computed from.
LEVEL_KINDS = frozenset("count currency percent pp points length mass area volume speed temperature power energy "
                        "data duration".split())

UP_WORDS = frozenset(
    """up rose rise rises risen rising increased increase increases increasing grew grow grows growing growth
    jumped jump jumps jumping climbed climb climbs climbing gained gain gains soared soar soars surged surge
    surges leapt leaped leap higher more boosted boost raised raise raises raising lifted lift hiked hike
    hikes added expanded widened rallied advanced doubled tripled trebled quadrupled increasingly""".split()
)
DOWN_WORDS = frozenset(
    """down fell fall falls fallen falling dropped drop drops dropping declined decline declines declining
    decreased decrease decreases slumped slump slumps plunged plunge plunges slid slide slipped slip shrank
    shrink shrunk contracted lower less fewer cut cuts cutting reduced reduce reduces reducing reduction lost
    loss shed tumbled dipped dip sank sink eased ease narrowed halved slashed trimmed lowered""".split()
)


def _inflected(lemmas: str) -> frozenset:
    """Every form of regular verbs of change ("retreat": retreated, retreats, retreating)."""
    forms = set()
    for lemma in lemmas.split():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update((lemma, stem + "ed", stem + "ing", lemma + ("es" if lemma.endswith(("sh", "ch", "ss")) else "s")))
    return frozenset(forms)


# The rest of the family of verbs of change, in every form: "retreated by 1.7km",
# "swelled by a fifth", "plummeted 40%".
UP_WORDS = UP_WORDS | _inflected("swell balloon rocket spike multiply accelerate lengthen widen strengthen escalate "
                                 "inflate appreciate rebound recover improve deepen mount") | {"swollen", "multiplied"}
DOWN_WORDS = DOWN_WORDS | _inflected("retreat recede dwindle diminish shorten weaken plummet collapse crash sag erode "
                                     "thin depreciate subside lessen soften ebb deflate contract") | {"thinned", "ebbed"}
#: Every word of direction but the comparatives, longest first: the verbs and nouns a
#: stated change may follow ("shrunk by 24%", "slumped 12%"), read from the lexicon above.
_DIRECTION_VERBS = frozenset((UP_WORDS | DOWN_WORDS) - {"more", "less", "fewer", "higher", "lower", "increasingly"})
#: The same without the words that as often take a plain amount ("added 500 jobs", "shed 40").
_DIRECTION_VERBS_BARE = _DIRECTION_VERBS - {"added", "loss", "shed", "reduction", "growth", "recovered", "recovering",
                                             "recover", "recovers", "mounted", "mounting", "mount", "mounts"}
#: Comparatives and nouns after a stated change that say its direction ("24% longer", "a
#: 30% improvement"), besides the words of direction above.
COMPARATIVES = {
    **dict.fromkeys("longer bigger larger greater dearer costlier taller heavier wider deeper busier improvement "
                    "uplift".split(), 1),
    **dict.fromkeys("shorter smaller cheaper lighter narrower shallower quieter worse".split(), -1),
}
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
    "a fifth": 0.2, "one fifth": 0.2, "a sixth": 1 / 6, "a tenth": 0.1, "one tenth": 0.1, "two-thirds": 2 / 3,
    "two thirds": 2 / 3, "three-quarters": 0.75, "three quarters": 0.75, "two-fifths": 0.4, "two fifths": 0.4,
    "three-fifths": 0.6, "three fifths": 0.6, "an eighth": 0.125,
}
MULTIPLES = {
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "double": 2.0, "twice": 2.0, "tripled": 3.0, "triples": 3.0,
    "tripling": 3.0, "triple": 3.0, "trebled": 3.0, "trebles": 3.0, "treble": 3.0, "quadrupled": 4.0,
    "quadruples": 4.0, "quadruple": 4.0, "halved": 0.5, "halve": 0.5, "halves": 0.5, "halving": 0.5,
}
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


class Stated(ValueRecord):
    """A change as the draft states it. ``kind`` is ``percent``, ``points``, ``amount``
    (in the figures' unit), ``factor`` (end = factor x start) or ``direction`` (only a
    rise or a fall). ``direction`` is +1, -1 or 0 (not said). ``lo``/``hi`` bound the
    stated value as read (qualifiers included); ``figure`` is the figure that states it,
    if any; ``sentence``, ``start`` and ``end`` where the statement is written."""

    kind: str
    value: float
    lo: float
    hi: float
    direction: int
    sentence: Sentence
    start: int
    end: int
    figure: Optional[Figure]
    qualifier: str

    __slots__ = ("kind", "value", "lo", "hi", "direction", "sentence", "start", "end", "figure", "qualifier")

    def __init__(
        self,
        kind: str,
        value: float,
        lo: float,
        hi: float,
        direction: int,
        sentence: Sentence,
        start: int,
        end: int,
        figure: Optional[Figure] = None,
        qualifier: str = '',
    ) -> None:
        self.kind = kind
        self.value = value
        self.lo = lo
        self.hi = hi
        self.direction = direction
        self.sentence = sentence
        self.start = start
        self.end = end
        self.figure = figure
        self.qualifier = qualifier

    @property
    def text(self) -> str:
        return self.sentence.region.text[self.start : self.end]


class Change(ValueRecord):
    """A stated change between ``first`` (where it starts) and ``second`` (where it ends)."""

    first: Figure
    second: Figure
    stated: Stated

    __slots__ = ("first", "second", "stated")

    def __init__(self, first: Figure, second: Figure, stated: Stated) -> None:
        self.first = first
        self.second = second
        self.stated = stated


# --------------------------------------------------------------------------- finding


def changes(doc: Document) -> List[Change]:
    """Every change with its end points in *doc* (a memo of the document)."""
    return doc.memo("figures.changes", _find)


def _find(doc: Document) -> List[Change]:
    by_sentence: Dict[int, List[Figure]] = {}
    order: List[Sentence] = []
    for f in read_figures(doc):
        if f.sentence is None:
            continue
        key = id(f.sentence)
        if key not in by_sentence:
            by_sentence[key] = []
            order.append(f.sentence)
        by_sentence[key].append(f)
    out: List[Change] = []
    previous: Optional[Sentence] = None
    # earlier sentences whose stated changes "the increase takes ..." may take up: read
    # only when a sentence does (most sentences with one figure state none that is used)
    recent: List["_Earlier"] = []
    lonely: List[Tuple[int, List[Stated], List[Figure]]] = []  # stated changes whose figures are elsewhere
    unstated: List[Tuple[Sentence, List[Figure]]] = []  # the lead's first "from A to B" with no change stated
    unstated_later: List[Tuple[Sentence, List[Figure]]] = []  # the same a few paragraphs further on
    for k, sentence in enumerate(order):
        figures = by_sentence[id(sentence)]
        if previous is not None and not _adjacent(previous, sentence):
            previous_figures: List[Figure] = []
        else:
            previous_figures = by_sentence.get(id(previous), []) if previous is not None else []
        levels = _levels(figures)
        text = sentence.region.text
        if len(levels) >= 2 or levels and previous_figures and _OPENS_COMPARISON.match(text, sentence.start):
            found, stated_here = _sentence_changes(sentence, levels, previous_figures, recent)
            if not found and len(levels) >= 2 and " than the " in text:
                found = _than_the_figure(doc, sentence, levels)
            out.extend(found)
            recent.append(_Earlier(sentence, levels, stated_here))
            if stated_here and not found:
                lonely.append((k, stated_here, levels))
            elif not stated_here and not found and not unstated and sentence.region.index <= 3:
                unstated.append((sentence, levels))
            elif not stated_here and not found and not unstated_later and sentence.region.index <= 6:
                unstated_later.append((sentence, levels))
        elif len(levels) <= 1 and previous_figures and _THAT_IS_A_CHANGE.match(text, sentence.start):
            # "Spills fell from 540 to 310 hours. That is a cut of 57%.": the change the
            # sentence before went through, named in a sentence of its own
            recent.append(_Earlier(sentence, levels, None))
            before = _levels(previous_figures)
            pairs = _end_points(previous, before, []) if len(before) >= 2 else []
            stated = [st for st in _stated_changes(sentence, levels) if st.kind in ("percent", "fraction", "factor", "points")
                      and (st.figure is None or levels and st.figure is levels[0])]
            if len(pairs) == 1 and len(stated) == 1:
                out.append(Change(pairs[0][0], pairs[0][1], stated[0]))
        else:
            recent.append(_Earlier(sentence, levels, None))
            if len(levels) == 1 and _may_state_change(text, sentence) and _may_pair_across(text, sentence, levels[0]):
                stated_here = _stated_changes(sentence, levels)
                if stated_here:
                    lonely.append((k, stated_here, levels))
        recent = recent[-6:]
        previous = sentence
    if lonely:
        out.extend(_across(doc, order, by_sentence, lonely))
    if unstated:
        out.extend(_headline_multiple(doc, *unstated[0]))
    for sentence, levels in (unstated or unstated_later)[:1]:
        out.extend(_lead_change(doc, order, by_sentence, sentence, levels))
    if any(f.place == "table" for f in read_figures(doc)):
        # "At Station Road the charge will rise by a third": a sentence without figures of
        # its own, about a table's row
        for region in doc.regions:
            if region.kind == "table-cell":
                continue
            for sentence in region.sentences:
                if id(sentence) in by_sentence or not _may_state_change(region.text, sentence):
                    continue
                stated = [st for st in _stated_changes(sentence, []) if st.kind in ("percent", "fraction", "factor")]
                change = _table_partner(doc, sentence, stated[0]) if stated else None
                if change is not None:
                    out.append(change)
    return out


# --------------------------------------------------------------------------- across sentences


def _headline_multiple(doc: Document, sentence: Sentence, levels: List[Figure]) -> List[Change]:
    """ "Council to double parking charges" over "raise the hourly charge from £1.30 to
    £2.40", "Museum visits up 25% to 50,000" over "50,000 visitors, up from 42,000": a
    change the headline states (a multiple, a percentage or a fraction) and the first "from
    A to B" of the lead (in its first paragraphs) that states no change itself, about the
    same thing: the headline's level is B, or (with no figure of its own) a noun of the
    headline's stands in the clause before the figures."""
    from lintnews.analysis.figures.context import STOP, stem
    from lintnews.analysis.figures.headline import headline_regions

    heads = headline_regions(doc)
    if not heads or not heads[0].sentences or not _may_state_change(heads[0].text, heads[0].sentences[0]):
        return []
    head = heads[0]
    own = [f for f in read_figures(doc) if f.region is head and f.kind in LEVEL_KINDS]
    stated = [st for st in _stated_changes(head.sentences[0], own) if st.kind in ("factor", "percent", "fraction")]
    if len(stated) != 1 or stated[0].qualifier and stated[0].kind == "factor":
        return []
    pairs = _end_points(sentence, levels, [])
    if len(pairs) != 1:
        return []
    first, second = pairs[0]
    st = stated[0]
    if first.kind != second.kind or first.value <= 0 or (second.value - first.value) * st.direction <= 0:
        return []
    own = [f for f in own if f is not st.figure]
    if own:
        # "up 25% to 50,000": the headline's level is the lead's end
        if len(own) != 1 or own[0].kind != second.kind or own[0].currency != second.currency \
                or not (own[0].low <= second.value <= own[0].high):
            return []
        return [Change(first, second, st)]
    # what the headline changes: the words after its verb ("to double parking charges")
    words = {stem(w) for w in _WORD.findall(head.text, st.end) if len(w) > 3 and w.lower() not in _NOT_SUBJECT
             and w.lower() not in STOP}
    if st.kind != "factor":
        # "Museum visits up 25%": the words before the change name it too
        words |= {stem(w) for w in _WORD.findall(head.text, head.sentences[0].start, st.start) if len(w) > 3
                  and w.lower() not in _NOT_SUBJECT and w.lower() not in STOP}
    if not words & _subject_words(first):
        return []
    return [Change(first, second, st)]



def _lead_change(doc: Document, order: List[Sentence], by_sentence: Dict[int, List[Figure]], sentence: Sentence,
                 levels: List[Figure]) -> List[Change]:
    """ "Salmon exports fell 22% in the first half, the industry body said." as the first
    body sentence, and a few paragraphs on "Shipments slipped from 52,000 tonnes to
    46,000 tonnes" with no change of its own: the lead's change is of the same thing when
    the pair's clause names a word of the lead's subject, and must fit it."""
    from lintnews.analysis.figures.context import STOP, stem
    from lintnews.analysis.figures.headline import headline_regions

    heads = {id(r) for r in headline_regions(doc)}
    lead = next((s for s in order if s.region.kind == "paragraph" and id(s.region) not in heads), None)
    if lead is None or lead is sentence or lead.region.index >= sentence.region.index \
            or not _may_state_change(lead.region.text, lead):
        return []
    own = [f for f in by_sentence[id(lead)] if f.kind in LEVEL_KINDS]
    stated = [st for st in _stated_changes(lead, own) if st.kind in ("percent", "fraction")]
    if len(stated) != 1 or any(f is not stated[0].figure for f in own if f.kind != "percent"):
        return []  # (a lead with levels of its own states its own change)
    if any(f.kind == "percent" and f is not stated[0].figure for f in own):
        return []
    st = stated[0]
    pairs = _end_points(sentence, levels, [])
    if len(pairs) != 1:
        return []
    first, second = pairs[0]
    if first.kind != second.kind or first.value <= 0 or (second.value - first.value) * st.direction <= 0:
        return []
    text = lead.region.text
    words = {stem(w) for w in _WORD.findall(text, lead.start, st.start) if len(w) > 3
             and w.lower() not in _NOT_SUBJECT and w.lower() not in STOP}
    if not words & _subject_words(first):
        return []
    return [Change(first, second, st)]


def _may_state_change(text: str, sentence: Sentence) -> bool:
    """A cheap test: the sentence holds a word every change read across sentences needs
    (a percentage, a fraction or a multiple): substring tests, in C."""
    t = text[sentence.start : sentence.end]
    return ("%" in t or "cent" in t or "third" in t or "quarter" in t or "fifth" in t or "half" in t
            or "Half" in t or "doubl" in t or "tripl" in t or "trebl" in t or "quadrupl" in t or "halv" in t
            or "fold" in t or "tenth" in t)


def _may_pair_across(text: str, sentence: Sentence, x: Figure) -> bool:
    """Another cheap test, of what :func:`_partner` needs to pair the sentence's one
    figure with another: "to" before it, "since", or a time named in the sentence."""
    return _TO_LEVEL.search(text, max(sentence.start, x.qual_start - 25), x.qual_start) is not None \
        or _SINCE_OR_TIME.search(text, sentence.start, sentence.end) is not None


_SINCE_OR_TIME = lazyre.compile(r"\bsince\b|\b(?:19|20)\d\d\b|\b(?:last|this|next|previous|current)\s+(?:year|month|"
                                r"week|quarter|season|spring|summer|autumn|winter)\b|\bnow\b|\bcurrently\b|\ba\s+year\s+"
                                r"(?:earlier|ago|before)\b", re.I)


def _across(doc: Document, order: List[Sentence], by_sentence: Dict[int, List[Figure]],
            lonely: List[Tuple[int, List[Stated], List[Figure]]]) -> List[Change]:
    """A stated change whose two figures are not both in its sentence:

    * "By evening the queue had shrunk to 29km, a fall of about a third" after "The queue
      reached 38km": the end here, the start the last such figure in the sentences before;
    * "Exports grew 35% to 296,000 vehicles. In the same period last year, exports were
      226,000 vehicles": the other figure of the same thing, in the sentence before or
      after, set at another time;
    * "In 2019 the port saw 134 ships, so the number has fallen by almost half since
      then": the start here, the end the latest figure of the same thing before;
    * "At Station Road the daily charge will rise by a third" beside a table whose row
      "Station Road" gives the charge now and later.

    The direction the change states must agree with the figures found (a start that does
    not lead the right way is another quantity)."""
    out: List[Change] = []
    for k, stated, levels in lonely:
        sentence = order[k]
        usable = [st for st in stated if st.kind in ("percent", "fraction", "factor")]
        if not usable:
            continue
        st = usable[0]
        mine = [f for f in levels if f is not st.figure and not any(s.figure is f for s in stated)
                and f.kind != "percent" and f.role not in ("change", "rate", "conversion")
                and not (f.kind == "duration" and _OVER_PERIOD.search(sentence.region.text,
                                                                      max(sentence.start, f.qual_start - 20),
                                                                      f.qual_start))]
        change = None
        if len(mine) == 1:
            change = _partner(doc, order, by_sentence, k, mine[0], st)
        elif not mine:
            change = _table_partner(doc, sentence, st)
        if change is not None:
            out.append(change)
    return out


def _partner(doc: Document, order: List[Sentence], by_sentence: Dict[int, List[Figure]], k: int, x: Figure,
             st: Stated) -> Optional[Change]:
    sentence = order[k]
    text = sentence.region.text
    since = _SINCE_THEN.search(text, x.end, sentence.end) is not None
    is_end = _TO_LEVEL.search(text, max(sentence.start, x.qual_start - 25), x.qual_start) is not None
    candidates: List[Tuple[int, Figure]] = []  # (distance in sentences, figure); before: negative
    for j in range(k - 1, max(-1, k - 12), -1):
        near = _close(order[j], sentence)
        if not near and sentence.region.index - order[j].region.index > 8:
            break
        for g in reversed(by_sentence[id(order[j])]):
            if _partner_of(g, x) and (near or _same_thing(g, x)):
                candidates.append((j - k, g))  # farther off only the same thing counted
    if k + 1 < len(order) and _close(sentence, order[k + 1]) and _adjacent(sentence, order[k + 1]):
        for g in by_sentence[id(order[k + 1])]:
            if _partner_of(g, x):
                candidates.append((1, g))
    if not candidates:
        return None
    rank_x = _sentence_rank(x)
    for dist, g in sorted(candidates, key=lambda c: abs(c[0]) + (0.5 if c[0] > 0 else 0)):
        rank_g = _sentence_rank(g)
        if since:
            first, second = x, g  # "134 ships in 2019, so the number has fallen ... since then"
        elif _ordered(rank_x, rank_g):
            first, second = (g, x) if _earlier(rank_g, rank_x) else (x, g)  # set at two times
        elif is_end and _before(g, x) and (rank_g is None or rank_x is None or rank_g <= rank_x
                                           or abs(rank_g) > 1 and rank_x in (-1, 0)):
            # ("in 2023 ... 2,100. Last year that climbed to 2,625": a year, then a time
            # relative to the draft's own, in the order told)
            first, second = g, x  # "had shrunk to 29km" after "reached 38km"
        elif is_end and dist == 1 and rank_x is None and rank_g is not None and rank_g < 0:
            first, second = g, x  # "fell 18% to 6,570. A year ago the figure stood at 7,300"
        elif dist == -1 and st.direction and g.value != x.value and _two_days(g, x):
            # "The pollen count reached 180 on Friday. On Monday it was 120, a rise of 20% in four
            # days": the same measure on two days whose order the draft leaves to the change;
            # read in the order the stated direction gives, only its size is checked
            low, high = (g, x) if g.value < x.value else (x, g)
            first, second = (low, high) if st.direction > 0 else (high, low)
        else:
            continue
        if st.direction and (second.value - first.value) * st.direction <= 0:
            return None  # the figures go the other way: another quantity
        generic = not x.thing and (_GENERIC_SUBJECT.search(x.region.text, sentence.start, x.qual_start) is not None
                                   or g.sentence is not None and _GENERIC_SUBJECT.search(
                                       g.region.text, g.sentence.start, g.qual_start) is not None)
        if not _plausible(first, second, st) \
                or not (_same_thing(g, x) or _same_subject(g, x) or generic and abs(dist) <= 2
                        or _named_before(g, x) or abs(dist) == 1 and not x.thing and _time_contrast(g, x)
                        or g.kind not in ("count", "currency") and g.unit == x.unit and abs(dist) <= 2) \
                or _own_change(g, by_sentence):
            return None
        return Change(first, second, st)
    return None


#: "a rise of 20% in four days": the period a change took, no level.
_OVER_PERIOD = lazyre.compile(r"\b(?:in|over|within)\s+(?:the\s+(?:past|last|next)\s+|just\s+|only\s+)?$", re.I)


def _two_days(g: Figure, x: Figure) -> bool:
    """Each figure's sentence names one day of its own (a weekday or a date), and not the
    same one."""
    a, b = g.quantity, x.quantity
    if a is None or b is None:
        return False
    da = {v for k, v in time_signature(a) if k in ("day", "month")}
    db = {v for k, v in time_signature(b) if k in ("day", "month")}
    return len(da) == 1 and len(db) == 1 and da != db


#: A sentence that opens with the time it is set in: "Last year ...", "In 2019 ...", "Now ...".
_OPENS_WITH_TIME = lazyre.compile(r"\s*[\"“]?(?:In\s+(?:19|20)\d\d|By\s+(?:19|20)\d\d|(?:Last|This|Next)\s+(?:year|month|season|"
                                  r"week|spring|summer|autumn|winter)|A\s+year\s+(?:earlier|ago|before)|Now|Today|"
                                  r"These\s+days)\b")


def _time_contrast(g: Figure, x: Figure) -> bool:
    """Two sentences that open with two times and give one figure each, the later without
    a noun of its own ("Last year 4,000 people visited. This year 5,000 did"): the same
    measure at two times."""
    a, b = g.sentence, x.sentence
    return a is not None and b is not None and _OPENS_WITH_TIME.match(g.region.text, a.start) is not None \
        and _OPENS_WITH_TIME.match(x.region.text, b.start) is not None


def _own_change(g: Figure, by_sentence: Dict[int, List[Figure]]) -> bool:
    """*g*'s sentence states a change of its own ("Wimpey reported a 19% rise in profits
    to £450.7m"): its figures belong to that change."""
    s = g.sentence
    levels = _levels(by_sentence.get(id(s), []))
    return any(f.role == "change" for f in levels) or bool(_stated_changes(s, levels))


#: A subject that stands for the figure of the sentence before: "the figure", "the
#: number", "the count", "the total", "the tally", "it", "they".
_GENERIC_SUBJECT = lazyre.compile(r"\b(?:the|this|that)\s+(?:figure|number|count|total|tally)\b"
                                  r"|\b(?:It|They)\b(?:(?<=^It)|(?<=^They)|(?<=[.!?]\sIt)|(?<=[.!?]\sThey)|(?<=[.!?][\"”’]\sIt)"
                                  r"|(?<=[.!?][\"”’]\sThey))"
                                  r"|\b(?:that|this|it)\s+(?:has\s+|had\s+)?[a-z]+ed\s+(?:by\s+[^,.;]{1,20}\s+)?to\s+$"
                                  r"|\bsince\s+then\b", re.I)


def _same_subject(a: Figure, b: Figure) -> bool:
    """The clauses before two figures share a content word ("The queue ... reached 38km",
    "the queue had shrunk to 29km")."""
    return bool(_subject_words(a) & _subject_words(b))


def _subject_words(f: Figure) -> set:
    from lintnews.analysis.figures.context import STOP, stem

    s = f.sentence
    lo = s.start if s is not None else 0
    words = _WORD.findall(f.region.text, max(lo, f.qual_start - 80), f.qual_start)
    return {stem(w) for w in words if len(w) > 2 and w.lower() not in STOP and w.lower() not in UP_WORDS
            and w.lower() not in DOWN_WORDS and w.lower() not in _NOT_SUBJECT}


_NOT_SUBJECT = frozenset("""reached reaching hit stood stands stand was were had has have been year years month
    months week weeks last this next same period figure figures number total level""".split())


def _plausible(first: Figure, second: Figure, st: Stated) -> bool:
    """A change read across sentences is taken only when its figures come within a factor
    of 2.5 of the stated change: farther off, they are more likely other quantities than
    a slip."""
    if first.value <= 0 or second.value <= 0 or first.approx or second.approx \
            or not (first.text[:1].isdigit() and second.text[:1].isdigit()):
        return False  # "lost around 10%, from half to less than 40%": loose figures, loosely said
    ratio = second.value / first.value
    if st.kind == "factor":
        stated = st.value
        return stated / 2.5 <= ratio <= stated * 2.5
    actual = abs(ratio - 1) * 100
    stated = st.value
    direction = st.direction or (1 if ratio >= 1 else -1)
    factor = 1 + direction * stated / 100
    return stated > 0 and stated / 2.5 <= actual <= stated * 2.5 and factor > 0 \
        and max(ratio / factor, factor / ratio) <= 2.5


def _before(a: Figure, b: Figure) -> bool:
    return (a.region.index, a.start) < (b.region.index, b.start)


def _close(a: Sentence, b: Sentence) -> bool:
    """Sentences at most two paragraphs apart (either way)."""
    return abs(b.region.index - a.region.index) <= 2


def _partner_of(g: Figure, x: Figure) -> bool:
    """*g* may be the other end of a change ending or starting at *x*: a level of the same
    measure (and of the same thing, when both name one), not a change, a rate, a
    conversion or a figure that starts another change."""
    if g is x or g.quantity is None or not g.comparable or g.upper is not None:
        return False
    if g.kind != x.kind or g.currency != x.currency or g.kind not in LEVEL_KINDS or g.kind == "percent":
        return False
    if g.kind not in ("count", "currency") and g.unit != x.unit:
        return False
    if g.role in ("change", "rate", "conversion") or g.quantity.extra.get("lead") == "from":
        return False
    if g.region.blockquote != x.region.blockquote or g.region.in_quote(g.start, g.end) \
            and not x.region.in_quote(x.start, x.end):
        return False  # a quotation's figure is not a change's start outside it
    if g.thing and x.thing:
        return _same_thing(g, x)
    if x.kind == "count" and not x.thing and _GENERIC_SUBJECT.search(
            x.region.text, x.sentence.start if x.sentence is not None else 0, x.qual_start):
        return True  # "The figure has since doubled, to 9,000" after "3,870 bird hides"
    if g.kind == "count" and _named_before(g, x):
        return True  # "There were 3,200 reports in 2020 ... By 2024 reports were down by half, to 1,600"
    if g.kind == "count" and not x.thing and _time_contrast(g, x):
        return True  # "Last year 4,000 people visited. This year 5,000 did"
    if g.kind == "count" and not x.thing and not g.thing and _subject_named_before(g, x):
        return True  # "The noise index reached 96 ... On Thursday the index was 60"
    if g.kind == "count" and g.thing in ("", "figure", "number", "count", "total", "tally") and _GENERIC_SUBJECT.search(
            g.region.text, g.sentence.start if g.sentence is not None else 0, g.qual_start):
        return True  # "... fell 18% to 6,570. A year ago the figure stood at 7,300"
    return g.kind != "count"  # a measure or a sum of money; a count needs its noun


#: A level named by the subject of its copula: "the index was 60", "the tally stood at 90".
_SUBJECT_COPULA = lazyre.compile(r"\b(?:the|its|their)\s+([a-z]{3,})\s+(?:was|were|is|are|stood\s+at|had\s+been|"
                                 r"has\s+been)\s+(?:at\s+|only\s+|just\s+)?$")


def _subject_named_before(g: Figure, x: Figure) -> bool:
    """*x* is given as its clause's subject ("the index was 60") and *g*'s sentence names
    that noun before *g* ("The noise index near the airport reached 96")."""
    sx, sg = x.sentence, g.sentence
    if sx is None or sg is None:
        return False
    m = _SUBJECT_COPULA.search(x.region.text, max(sx.start, x.qual_start - 40), x.qual_start)
    if m is None:
        return False
    noun = m.group(1).lower()
    return re.search(r"\b" + re.escape(noun) + r"\b", g.region.text[sg.start : g.qual_start].lower()) is not None


def _named_before(g: Figure, x: Figure) -> bool:
    """*x* has no noun of its own and its clause names *g*'s before it ("reports were down
    by half, to 1,600" after "3,200 reports")."""
    return bool(g.thing) and not x.thing and x.sentence is not None and re.search(
        rf"\b{re.escape(g.thing)}\b", x.region.text[x.sentence.start : x.qual_start], re.I) is not None


def _same_thing(a: Figure, b: Figure) -> bool:
    from lintnews.analysis.figures.context import stem
    from lintnews.analysis.figures.nouns import same_noun

    return bool(a.thing) and bool(b.thing) and same_noun(stem(a.thing), stem(b.thing))


def _table_partner(doc: Document, sentence: Sentence, st: Stated) -> Optional[Change]:
    """A table row named in the sentence whose two figures of one kind the change is between."""
    rows: Dict[Tuple[int, int], List[Figure]] = {}
    for f in read_figures(doc):
        if f.place == "table" and f.row and f.table is not None and abs(f.region.index - sentence.region.index) < 40:
            rows.setdefault((f.table, f.row), []).append(f)
    if not rows:
        return None
    text = sentence.text
    for cells in rows.values():
        label = cells[0].row_label
        if len(label) < 3 or label not in text:
            continue
        values = [f for f in cells if f.kind in LEVEL_KINDS and f.kind != "percent" and f.quantity is not None]
        if len(values) == 2 and values[0].kind == values[1].kind and values[0].currency == values[1].currency:
            first, second = values
            if st.direction and (second.value - first.value) * st.direction <= 0:
                return None
            return Change(first, second, st)
    return None


_SINCE_THEN = lazyre.compile(r"\bsince\s+(?:then|that\s+(?:year|time|season))\b", re.I)
#: An end point: "shrunk to 29km", "reaching 296,000", "will fall to 97,000".
_TO_LEVEL = lazyre.compile(r"(?:\bto|\breaching|\breached|\bhitting|\bhit)\s+(?:a\s+(?:record|new|high|low)\s+(?:of\s+)?|"
                           r"about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|"
                           r"over\s+|under\s+)?$", re.I)


class _Earlier:
    """An earlier sentence, and the changes it states once they are read."""

    __slots__ = ("sentence", "levels", "_stated")

    def __init__(self, sentence: Sentence, levels: List[Figure], stated: Optional[List[Stated]]) -> None:
        self.sentence, self.levels, self._stated = sentence, levels, stated

    @property
    def stated(self) -> List[Stated]:
        if self._stated is None:
            self._stated = _stated_changes(self.sentence, self.levels) if self.levels else []
        return self._stated


def _adjacent(a: Sentence, b: Sentence) -> bool:
    if a.region is b.region:
        return b.index == a.index + 1
    return b.region.index == a.region.index + 1 and b.index == 0 and a.index == len(a.region.sentences) - 1


def _levels(figures: Sequence[Figure]) -> List[Figure]:
    return [f for f in figures if f.kind in LEVEL_KINDS and f.comparable and f.quantity is not None]


def _sentence_changes(sentence: Sentence, levels: List[Figure], previous: List[Figure],
                      recent: List["_Earlier"]) -> Tuple[List[Change], List[Stated]]:
    text = sentence.region.text
    stated = _stated_changes(sentence, levels)
    out: List[Change] = []
    pairs = _end_points(sentence, levels, previous)
    used_stated = set()
    for first, second in pairs:
        best = None
        for i, s in enumerate(stated):
            if i in used_stated or s.figure is first or s.figure is second:
                continue
            if s.kind == "amount" and not _same_kind(s.figure, second):
                continue
            gap = min(abs(s.start - first.start), abs(s.start - second.start))
            if _clause_break(text, s, first, second):
                continue
            if best is None or gap < best[0]:
                best = (gap, i)
        if best is not None:
            used_stated.add(best[1])
            out.append(Change(first, second, _net_stated(sentence, levels, stated[best[1]], first)))
        elif _TAKING.search(text, max(sentence.start, first.start - 60), first.start) is not None \
                and (added := _added_before(sentence, levels, first)) is not None:
            # "added 300 jobs, taking the total from 1,200 to 1,400": the amount the verb adds
            out.append(Change(first, second, added))
        else:
            taken = _TAKES_UP.search(text, sentence.start, first.qual_start)
            if taken is not None and recent:
                # "The increase takes the charge from £1,850 to £1,960": the change stated before
                direction = _direction_word(taken.group("noun"))
                back = next((s for earlier in reversed(recent)
                             if sentence.region.index - earlier.sentence.region.index <= 3
                             for s in reversed(earlier.stated)
                             if s.kind in ("percent", "points", "factor", "fraction")
                             and (direction == 0 or s.direction in (0, direction))), None)
                if back is not None:
                    out.append(Change(first, second, back))
    # "a fall of 3.4 million tonnes or 12%": a second statement of the same change
    for first, second in list(pairs):
        taken = next((c.stated for c in out if c.first is first and c.second is second), None)
        if taken is None:
            continue
        if taken.kind != "amount":
            continue
        frac_again = next((i for i, st in enumerate(stated) if st.kind == "fraction" and i not in used_stated
                           and 0 <= st.start - taken.end <= 12 and _OR_AGAIN_FRACTION.fullmatch(text, taken.end, st.start)),
                          None)
        if frac_again is not None:
            # "a fall of 360, or a third": the change as a fraction too
            used_stated.add(frac_again)
            out.append(Change(first, second, stated[frac_again]))
            continue
        again = next((f for f in levels if f.kind == "percent" and 0 <= f.qual_start - taken.end <= 12
                      and _OR_AGAIN.fullmatch(text, taken.end, f.qual_start)), None)
        if again is not None and again.quantity is not None:
            st = _as_stated(sentence, again, again.quantity.extra.get("after", again.end))
            if st is not None and st.kind == "percent":
                st.direction = taken.direction
                for i, s in enumerate(stated):
                    if s.figure is again:
                        used_stated.add(i)
                out.append(Change(first, second, st))
    if not pairs and stated:
        # "Last year it saw 52,000 patients; this year it expects 65,000, an increase of
        # 15%": two figures of one kind set at two times, and the change between them
        dated = _dated_pair(sentence, levels, stated) or _destination_pair(sentence, levels, stated)
        if dated is not None:
            first, second, st = dated
            out.append(Change(first, second, st))
            used_stated.add(stated.index(st))
    if not pairs and not out and len(stated) >= 2:
        # "Membership rose by 600 to 2,400, a rise of 20%": the start is the end less the
        # amount, and the rate is checked against it
        by_to = _by_to(sentence, levels, stated, used_stated)
        if by_to is not None:
            out.append(by_to)
    out.extend(_comparisons(sentence, levels, previous))
    return out, [s for i, s in enumerate(stated) if i not in used_stated]


#: "by 600 to 2,400": the level an amount of change takes a figure to.
_BY_TO = lazyre.compile(r"\s*,?\s*to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$", re.I)


class _Derived(Figure):
    """A start figure the draft implies but does not write: the end less the amount of the
    change ("by 600 to 2,400" starts at 1,800). It stands where the amount is written."""

    __slots__ = ("written",)

    @property
    def text(self) -> str:
        return self.written

    @property
    def shown(self) -> str:
        return self.written


def _by_to(sentence: Sentence, levels: List[Figure], stated: List[Stated], used: set) -> Optional[Change]:
    text = sentence.region.text
    for i, amount in enumerate(stated):
        f = amount.figure
        if i in used or amount.kind != "amount" or amount.direction == 0 or f is None:
            continue
        end = next((g for g in levels if g.start > f.end and g is not f and g.role != "change"), None)
        if end is None or end.kind != f.kind or end.currency != f.currency or not _BY_TO.fullmatch(text, f.end, end.qual_start):
            continue
        rate = next((k for k, s in enumerate(stated) if k != i and k not in used and s.start > amount.start
                     and s.kind in ("percent", "fraction", "factor")), None)
        if rate is None or stated[rate].figure is end:
            continue
        value = end.value - amount.direction * f.value
        if value <= 0:
            continue
        start = _Derived(f.region, f.start, f.end, end.kind, value, sentence=sentence,
                         half=(f.high - f.low) / 2 + (end.high - end.low) / 2, unit=end.unit, currency=end.currency,
                         scale=end.scale)
        symbol = end.text[:1] if end.text[:1] in "£$€¥" else ""
        start.written = symbol + (f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}")
        start.written = f"{start.written} ({end.text} less {f.text})" if amount.direction > 0 else \
            f"{start.written} ({end.text} plus {f.text})"
        used.update((i, rate))
        return Change(start, end, stated[rate])
    return None


def _dated_pair(sentence: Sentence, levels: List[Figure], stated: List[Stated]):
    """Two figures of one kind at two named times, the later followed by a stated change."""
    changes_ = [s for s in stated if s.kind in ("percent", "fraction", "factor")]
    figures = [f for f in levels if not any(s.figure is f for s in stated)]
    if len(changes_) != 1 or len(figures) != 2:
        return None
    a, b = figures
    if not _compatible(a, b, sentence.region.text) or a.kind == "percent":
        return None
    ta, tb = _time_rank(a), _time_rank(b)
    st = changes_[0]
    if not _ordered(ta, tb):
        # "which cost 40 marks in March now costs 56 marks, a rise of 25%": a month or a
        # day told first, the present second, in the direction the change states (read the
        # other way, a future month, "will cost £3 in May, up from £2.50 now", goes against it)
        text = sentence.region.text
        a_end = a.quantity.extra.get("after", a.end) if a.quantity else a.end
        goes_its_way = bool(st.direction) and (b.value - a.value) * st.direction > 0
        if goes_its_way and ta is not None and ta > 1 and tb == -1 and _YEAR_THEN_LAST.search(
                text, sentence.start, a.qual_start) and _LAST_YEAR_AT.search(text, a_end, b.qual_start):
            # "In 2015 the mine dug 40,000 tonnes; last year it was 30,000, a fall of 25%": a
            # year told first, then "last year", the figures going the way the change states
            ta, tb = -1, 0
        elif not ((_NAMED_TIME_AFTER.match(text, a_end) or _BEFORE_EVENT_AFTER.match(text, a_end))
                  and _NOW_BETWEEN.search(text, a.end, min(len(text), b.end + 12)) and goes_its_way):
            return None  # (a year and "last year" are not ordered here)
        else:
            ta, tb = -1, 0
    first, second = (a, b) if _earlier(ta, tb) else (b, a)
    last = max(a, b, key=lambda f: f.end)
    early = min(a, b, key=lambda f: f.start)
    text = sentence.region.text
    if st.start >= last.end and st.start - last.end <= 40 and not _BREAK.search(text, last.end, st.start):
        return first, second, st  # the change is stated right after the figures (not "..., while wages rose 40%")
    if st.end <= early.qual_start and not _BREAK.search(text, st.end, early.qual_start) \
            and not any(_TO_END.search(text[max(st.end, f.qual_start - 20) : f.qual_start]) for f in (a, b)):
        # or before them, in their clause ("up 28% in a year: 2,100 then, 2,352 now"); not
        # when it reaches one of them ("grow 15% this year, to 920,000, reaching 1.6m by 2010")
        return first, second, st
    return None


_NAMED_TIME_AFTER = lazyre.compile(r"(?:\s+[a-z]+)?\s+(?:in|on|last)\s+(?:January|February|March|April|May|June|July|August|"
                                   r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                                   r"Saturday|Sunday)\b")
#: A level told before an event or in a past season, then the present ("cost 8 euros before
#: the drought and now costs 12", "last autumn ... now"): then and now.
_BEFORE_EVENT_AFTER = lazyre.compile(r"(?:\s+[a-z]+)?\s+(?:before\s+(?:the|its|their|this)\s+[a-z]+|last\s+(?:spring|summer|"
                                     r"autumn|fall|winter|season|month|week)|a\s+(?:year|month|week)\s+ago)\b")
#: "In 2015 ..." opening the sentence before the first level, and "last year" between the levels.
_YEAR_THEN_LAST = lazyre.compile(r"\b(?:[Ii]n|[Bb]ack\s+in)\s+(?:19|20)\d\d\b")
_LAST_YEAR_AT = lazyre.compile(r"\blast\s+year\b", re.I)
_NOW_BETWEEN = lazyre.compile(r"\b(?:now|today|these\s+days)\b", re.I)


def _destination_pair(sentence: Sentence, levels: List[Figure], stated: List[Stated]):
    """ "Last year's figure of 6,800 has grown by 28% to 7,616": a change whose verb takes
    the figure it reaches ("to B"), in a sentence with one other figure of its kind before
    the change: that figure is where the change starts, whatever words introduce it."""
    changes_ = [s for s in stated if s.kind in ("percent", "fraction", "factor")]
    figures = [f for f in levels if not any(s.figure is f for s in stated)]
    if len(changes_) != 1 or len(figures) != 2:
        return None
    a, b = figures
    st = changes_[0]
    text = sentence.region.text
    if not (a.end <= st.start and st.end <= b.qual_start) or not _compatible(a, b, text) or a.kind == "percent":
        return None
    if b.qual_start - st.end > 40 or not _TO_END.search(text[st.end : b.qual_start]) \
            or _BREAK.search(text, a.end, b.qual_start) or "," in text[a.end : st.start]:
        return None  # ("$63.8bn in December, taking the annual total up 35% to $593bn": another subject)
    if not 0.2 <= b.value / max(a.value, 1e-9) <= 5:
        return None
    return a, b, st


def _time_rank(f: Figure) -> Optional[int]:
    """When a figure is set, as a number that orders two of them: a year, or -1 for
    "last year", 0 for "this year", 1 for "next year"."""
    return _rank(f.when.lower())


def _sentence_rank(f: Figure) -> Optional[int]:
    """:func:`_time_rank`, or failing that the first time its sentence names that orders
    ("In the first half of this year, ... year-on-year growth 35%, reaching 296,000")."""
    rank = _time_rank(f)
    if rank is not None or f.sentence is None:
        return rank
    for m in _WHEN_WORDS.finditer(f.sentence.text):
        rank = _rank(m.group().lower())
        if rank is not None:
            return rank
    return None


_WHEN_WORDS = lazyre.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:last|this|next|previous|the\s+previous|current)\s+"
                             r"(?:year|month|week|quarter|season|spring|summer|autumn|winter)\b|"
                             r"\ba\s+year\s+(?:earlier|ago|before)\b|\bnow\b|\bcurrently\b", re.I)


def _ordered(a: Optional[int], b: Optional[int]) -> bool:
    """Two time ranks that order two figures: two years, two relative times, or a year
    and the present ("in 2021" ... "now", "this year")."""
    if a is None or b is None or a == b:
        return False
    return (abs(a) > 1) == (abs(b) > 1) or 0 in (a, b)


def _earlier(a: int, b: int) -> bool:
    """Rank *a* is before rank *b* (a year is before the present)."""
    if (abs(a) > 1) == (abs(b) > 1):
        return a < b
    return b == 0  # a year against "now": the year is the earlier


def _rank(when: str) -> Optional[int]:
    m = re.search(r"(?:19|20)\d\d", when)
    if m:
        return int(m.group())
    if re.search(r"\b(?:last|previous)\b|\b(?:earlier|ago|before|then)\b", when):
        return -1
    if re.search(r"\b(?:this|current)\b|\btoday\b|\bnow\b|\bcurrently\b", when):
        return 0
    if re.search(r"\bnext\b", when):
        return 1
    return None


def _same_kind(a: Optional[Figure], b: Figure) -> bool:
    return a is not None and a.kind == b.kind and a.currency == b.currency


def _clause_break(text: str, s: Stated, first: Figure, second: Figure) -> bool:
    """A clause break between the stated change and its figures: "inflation fell from
    3.2% to 2.9%, while wages rose 4%"."""
    lo = min(s.start, first.start, second.start)
    hi = max(s.end, first.end, second.end)
    between = _PARENTHESES.sub(lambda m: " " * len(m.group()), text[lo:hi])
    return _BREAK.search(between) is not None


_PARENTHESES = lazyre.compile(r"\([^()]*\)")
_BREAK = lazyre.compile(r";|\b(?:while|whereas|but|although|though)\b|,\s+and\s+(?!a\s+(?:rise|fall|cut|drop))")
_TAKES_UP = lazyre.compile(r"\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?P<noun>increase|rise|hike|cut|fall|drop|"
                           r"reduction|decrease|change|jump|uplift|decline)s?\b", re.I)


# --------------------------------------------------------------------------- end points


def _end_points(sentence: Sentence, levels: List[Figure], previous: List[Figure]) -> List[Tuple[Figure, Figure]]:
    """(start, end) pairs: "from 50 to 60", "to 60 from 50", "60, up from 50", "60,
    compared with 50", "down 20% on last year's 500"; and "That compares with 50" with
    the end in the previous sentence."""
    text = sentence.region.text
    pairs: List[Tuple[Figure, Figure]] = []
    used = set()
    leads = [_lead(text, f) for f in levels]  # (read once: each is asked again for the figures after it)
    lead_of = {id(f): lead for f, lead in zip(levels, leads)}
    for i, f in enumerate(levels):
        lead = leads[i]
        if lead is None or lead == "than":
            continue
        if lead == "from":
            # "from 50 to 60": the next figure after "from 50", introduced by "to" (a stated
            # change between them is passed over: "from a base of 958, it climbed 27% to reach 1,130")
            nxt = next((g for g in levels[i + 1 :] if g.kind == f.kind or _compatible(f, g, text)), None)
            end = nxt if nxt is not None and _to_before(text, f, nxt) and _compatible(f, nxt, text) else None
            if end is not None and id(end) not in used:
                pairs.append((f, end))
                used.update((id(f), id(end)))
                continue
        # "to 60 from 50", "60, up from 50", "60, compared with 50", "on last year's 50"
        end = None
        for g in reversed(levels[:i]):
            if id(g) in used or lead_of[id(g)] is not None or not (_compatible(g, f, text) and f.start - g.end < 120):
                continue
            if g.role == "change" and not (g.kind == "percent" and _COMMA_DIRECTION.match(text, g.end)):
                continue  # (but "Turnout was 34%, down nine points on the 41%": the level, its change after it)
            end = g
            break
        if end is None and lead == "ref":
            # "rose 50% on last year's total of 800, to 1,000": the end after, introduced by "to"
            nxt = next((g for g in levels[i + 1 :] if id(g) not in used and g.role != "change"
                        and _compatible(f, g, text)), None)
            if nxt is not None and _to_before(text, f, nxt):
                end = nxt
        if end is None and lead == "ref" and _OPENS_WITH_REFERENCE.match(text, sentence.start):
            # "Compared with 3,100 a year earlier, passengers climbed 40% to 3,875"
            end = next((g for g in levels[i + 1 :] if id(g) not in used and lead_of[id(g)] is None
                        and g.role != "change" and _compatible(f, g, text)), None)
        if end is None and previous and _OPENS_COMPARISON.match(text, sentence.start) \
                and not any(g is not f and _compatible(g, f, text) and g.role != "change" for g in levels):
            # "That compares with £258,000 a year ago": the end is the previous sentence's
            end = next((g for g in reversed(_levels(previous)) if _compatible(g, f, text) and g.role != "change"
                        and _lead(g.region.text, g) is None), None)
        if end is not None:
            pairs.append((f, end))
            used.update((id(f), id(end)))
    # "£2.20, rising to £2.40 in April": a level, then where it goes
    for i, g in enumerate(levels):
        if i == 0 or id(g) in used or "ing" not in text[max(0, g.qual_start - 24) : g.qual_start] or g.role == "change":
            continue  # (the role, read from the words around the figure, last)
        going = _GOING_TO.search(text, max(0, g.qual_start - 30), g.qual_start)
        if going is None:
            continue
        f = levels[i - 1]
        if id(f) in used or f.role == "change" or not _compatible(f, g, text) \
                or not _COMMA_GAP.fullmatch(text, f.quantity.extra.get("after", f.end) if f.quantity is not None else f.end,
                                            going.start()):
            continue
        pairs.append((f, g))
        used.update((id(f), id(g)))
    return pairs


_COMMA_DIRECTION = lazyre.compile(r"\s*,\s*(?:up|down)\b", re.I)
#: "..., rising to", "..., falling to about": where a level goes next.
_GOING_TO = lazyre.compile(r",\s*(?:(?:and|then)\s+)?(?:rising|falling|climbing|increasing|decreasing|dropping|growing|"
                           r"jumping|sliding|going\s+up|going\s+down|edging\s+up|creeping\s+up)\s+to\s+"
                           r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_COMMA_GAP = lazyre.compile(r"[^,;.\d]{0,25}")


#: ", taking the total from", ", bringing it to": the ends of the change a verb just made.
_TAKING = lazyre.compile(r",\s*(?:taking|bringing|lifting|pushing|raising|cutting|reducing|leaving|putting)\b[^.;,]{0,40}?"
                         r"\b(?:from|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_ADD_VERB = lazyre.compile(r"\b(?P<v>add|adds|added|adding|gain|gains|gained|gaining|create|creates|created|creating|"
                           r"hire|hires|hired|hiring|open|opens|opened|opening|build|builds|built|cut|cuts|cutting|"
                           r"shed|sheds|shedding|lose|loses|lost|losing|close|closes|closed|closing|axe|axes|axed|axing|"
                           r"remove|removes|removed|removing)\s+(?:a\s+further\s+|another\s+|an\s+extra\s+|some\s+|about\s+)?$",
                           re.I)
_ADDING = frozenset("add adds added adding gain gains gained gaining create creates created creating hire hires hired "
                    "hiring open opens opened opening build builds built".split())


def _amount_verb(sentence: Sentence, g: Figure) -> "Optional[Tuple[re.Match[str], int]]":
    """The verb that adds or takes away the amount *g* ("opened 11", "closed four") and
    its direction (+1 adds, -1 takes away); None without one right before it."""
    v = _ADD_VERB.search(sentence.region.text, max(sentence.start, g.qual_start - 30), g.qual_start)
    if v is None:
        return None
    return v, 1 if v.group("v").lower() in _ADDING else -1


def _added_before(sentence: Sentence, levels: List[Figure], first: Figure) -> Optional[Stated]:
    """The amount a verb adds or takes away just before ", taking ... from A to B"."""
    for g in reversed(levels):
        if g.end > first.qual_start or g.kind != first.kind or g.currency != first.currency:
            continue
        verb = _amount_verb(sentence, g)
        if verb is None or first.qual_start - g.end > 80:
            return None
        v, direction = verb
        net = _net_with_earlier(sentence, levels, g, v, direction)
        if net is not None:
            return net
        return Stated("amount", g.value, g.low, g.high, direction, sentence, g.qual_start, g.end, figure=g,
                      qualifier=g.approx)
    return None


def _net_stated(sentence: Sentence, levels: List[Figure], st: Stated, first: Figure) -> Stated:
    """*st*, or the net of it and an amount added or taken away just before it in the same
    clause, when a ", taking ... from A to B" follows: "added 14 routes but cut 20, taking
    the total from 300 to 294" is a change of -6."""
    g = st.figure
    if st.kind != "amount" or g is None or g.end > first.qual_start:
        return st
    text = sentence.region.text
    if _TAKING.search(text, max(sentence.start, first.start - 60), first.start) is None:
        return st
    verb = _amount_verb(sentence, g)
    if verb is None:
        return st
    return _net_with_earlier(sentence, levels, g, *verb) or st


#: What joins two amounts a clause adds and takes away: "opened 11 shops and closed four".
_AND_BEFORE_VERB = lazyre.compile(r"[^.;:()\d]{0,40}?(?:,\s*|\s+)(?:and|but|while)\s+$", re.I)


def _net_with_earlier(sentence: Sentence, levels: List[Figure], g: Figure, v: "re.Match[str]",
                      direction: int) -> Optional[Stated]:
    """The net amount when the verb's figure *g* follows another amount of its kind added
    or taken away in the same clause: "opened 11 new shops and closed four, taking the
    estate from 131 to 138" is a change of +7, not -4. None without such an amount."""
    text = sentence.region.text
    for g0 in reversed(levels):
        if g0.end > v.start() or g0.kind != g.kind or g0.currency != g.currency:
            continue
        if _AND_BEFORE_VERB.fullmatch(text, g0.end, v.start()) is None:
            return None
        verb0 = _amount_verb(sentence, g0)
        if verb0 is None:
            return None
        d0 = verb0[1]
        lo = d0 * (g0.low if d0 > 0 else g0.high) + direction * (g.low if direction > 0 else g.high)
        hi = d0 * (g0.high if d0 > 0 else g0.low) + direction * (g.high if direction > 0 else g.low)
        value = d0 * g0.value + direction * g.value
        if lo <= 0 <= hi:
            return None  # no direction to check
        sign = 1 if value > 0 else -1
        low, high = sorted((abs(lo), abs(hi)))
        return Stated("amount", abs(value), low, high, sign, sentence, g0.qual_start, g.end, figure=g,
                      qualifier=g0.approx or g.approx)
    return None


_OR_ONLY = lazyre.compile(r",\s*or\s+(?!by\b)", re.I)
_OR_AGAIN_FRACTION = lazyre.compile(r"\s*(?:,\s*or\s*)?")
_OR_AGAIN = lazyre.compile(r"\s*(?:,\s*)?(?:or|,|\()\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")
_OPENS_WITH_REFERENCE = lazyre.compile(r"\s*(?:Compared\s+(?:with|to)|Against|Set\s+against|Up\s+from|Down\s+from)\s",
                                       re.I)
#: A sentence that names the change of the one before: "That is a cut of 57%", "In relative
#: terms, this represents a 14% fall", "It was a rise of a third".
_THAT_IS_A_CHANGE = lazyre.compile(
    r"\s*(?:(?:In\s+(?:relative|percentage|real|all)\s+terms|Overall|In\s+all|So|Altogether)\s*,?\s+)?"
    r"(?:That|This|It|Which)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to|amounted\s+to|means|meant)\s+"
    r"(?:an?\s+)?(?:(?:overall|total|relative|annual|further|drop|fall|rise|increase|cut|jump|reduction|decline|decrease|"
    r"gain|loss|slump|surge|climb|growth|of|by|almost|nearly|about|around|some|more|than|just|over|under|"
    r"[\d.,]+\s?(?:%|per\s?cent|percentage\s+points?|points?)|a|one|two|three|half|third|thirds|quarter|quarters|fifth|"
    r"fifths|tenth|tenths|year-on-year|in|the|number|total|figure"
    # what rose, set between the change and its figure: "an increase of the levy of 1%"
    r"|(?<=\bthe\s)[a-z]+(?=\s+of\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?[\d.,]+\s?(?:%|per\s?cent)))\b[\s-]*){1,8}",
    re.I)
_OPENS_COMPARISON = lazyre.compile(r"\s*(?:That|This|It|The\s+figure|Which)\s+(?:compares|compared|is\s+up|is\s+down|"
                                   r"was\s+up|was\s+down|"
                                   # "That is 40% less than in 2015, when the average was 58"
                                   r"(?:is|was|represents|marks)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?"
                                   r"[\d.,]+\s?(?:%|per\s?cent)\s+(?:less|more|lower|higher|fewer|down|up|below|above)\b"
                                   # "That is three times as many as last winter, when it housed 180"
                                   r"|(?:is|was|'s|’s)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                                   r"(?:twice|double|treble|triple|(?:three|four|five|ten)\s+times)\s+as\s+(?:many|much)\s+as\b)",
                                   re.I)
_LEAD = lazyre.compile(
    r"(?P<w>\bfrom|\bcompared\s+(?:with|to)|\bcompares\s+with|\bagainst|\bversus|\bvs\.?|\bon|\bthan|"
    r"\bas\s+opposed\s+to|\bset\s+(?:beside|alongside))"
    r"\s+(?:(?:the|a|an|its|their|last\s+\w+['’]s|the\s+previous\s+\w+['’]s|the\s+same\s+\w+\s+last\s+\w+['’]s|"
    r"[A-Z]\w+['’]s|\w+['’]s)\s+)?(?:(?:revised|record|previous|earlier|original)\s+)?"
    r"(?:(?:total|figure|level|tally|count|number)\s+of\s+)?$", re.I)


def _lead(text: str, f: Figure) -> Optional[str]:
    """``from`` for a figure after "from", ``ref`` after "compared with", "against",
    "on last year's", "than"; else None."""
    q = f.quantity
    if q is not None and q.extra.get("lead") == "from":
        return "from"
    near = text[max(0, f.qual_start - 60) : f.qual_start]
    lead_near = near[-52:].lower()
    m = _LEAD.search(text, max(0, f.qual_start - 52), f.qual_start) if (
        "from" in lead_near or "compar" in lead_near or "against" in lead_near or "versus" in lead_near
        or "vs" in lead_near or "on " in lead_near or "than" in lead_near or "beside" in lead_near
        or "alongside" in lead_near or "opposed" in lead_near) else None
    if m is None:
        # cheap tests of the words each later cue needs, before the cues themselves
        if "base" in near or "low" in near or "high" in near or "peak" in near or "level" in near \
                or "total" in near or "starting" in near:
            if _FROM_A_BASE.search(text, max(0, f.qual_start - 30), f.qual_start):
                return "from"
        if ("having" in near or "standing" in near or "being" in near) \
                and _STOOD_AT.search(text, max(0, f.qual_start - 40), f.qual_start) \
                or near.endswith("(") and _THEN_IN_PAREN.match(text, q.extra.get("after", f.end) if q is not None
                                                               else f.end) \
                or "when" in near and _WHEN_BEFORE.search(text, max(0, f.qual_start - 60), f.qual_start):
            return "ref"  # "having stood at 454", "(757 in 2022)", "a year before, when 404 were counted"
        return None
    word = m.group("w").lower()
    if word == "from":
        return "from"
    if word == "on" and not re.search(r"['’]s\s+$|\b(?:last|previous)\b", m.group()) \
            and not _CHANGE_BEFORE_ON.search(text, max(0, m.start() - 45), m.start()):
        return None  # "on 50 sites" (but "up by a third on the 3,990 of 2019")
    if word == "than":
        return "than"  # a comparison ("less than the 47.3% forecast"): read by _comparisons
    return "ref"


#: A start given by what it was: "having stood at 454 the previous year", "from a base of
#: 958", "from a peak of 9,600".
_STOOD_AT = lazyre.compile(r"\b(?:having\s+(?:stood|been)\s+at|having\s+been|after\s+(?:standing|being)\s+at)\s+"
                           r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_FROM_A_BASE = lazyre.compile(r"\bfrom\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?:base|low|high|peak|level|total|"
                              r"figure|tally|count|starting\s+point)\s+of\s+(?:about\s+|"
                              r"around\s+|some\s+)?$", re.I)
#: "(757 in 2022)", "(1,200 a year earlier)": a figure set at another time in brackets.
_THEN_IN_PAREN = lazyre.compile(r"(?:\s+[a-z]+)?\s+(?:in\s+(?:19|20)\d\d|a\s+year\s+(?:earlier|ago|before)|last\s+year|"
                                r"the\s+year\s+before|the\s+previous\s+year)\s*\)", re.I)
#: "... than a year before, when 404 were counted": the earlier time's figure.
_WHEN_BEFORE = lazyre.compile(r"\b(?:a\s+year\s+(?:before|earlier|ago)|(?:in|of|on)\s+(?:19|20)\d\d|last\s+year|the\s+"
                              r"previous\s+year|a\s+decade\s+(?:before|earlier|ago)),?\s+when\s+(?:there\s+(?:were|was)\s+|"
                              r"(?:it|they|the\s+(?:figure|total|number|tally|count|average|level|rate|price|reading|mean))\s+(?:was|were|had|stood\s+at|came\s+to|"
                              r"totalled|totaled|reached|hit|amounted\s+to|numbered)\s+)?(?:about\s+|around\s+|some\s+|"
                              r"just\s+)?$", re.I)
_CHANGE_BEFORE_ON = lazyre.compile(r"\b(?:up|down|rise|rose|fall|fell|higher|lower|increase|decrease|more|fewer|"
                                   r"less|cut|jump|drop)\b[^,;.]{0,35}$|[+\-−–]\s?\d+(?:\.\d+)?\s?%\s*$", re.I)


def _to_before(text: str, f: Figure, g: Figure) -> bool:
    """*g* is introduced by "to" after *f* ("from 50 in 2020 to 60")."""
    gap = text[f.end : g.qual_start]
    if len(gap) > 60:
        return False
    return _TO_END.search(gap) is not None and not _BREAK.search(gap)


_TO_END = lazyre.compile(r"(?:\bto|\buntil|–|-|\bto\s+reach|\bto\s+hit|\breaching)\s*(?:a\s+(?:record|new|high|low)\s+(?:of\s+)?|"
                         r"about\s+|around\s+|nearly\s+|"
                         r"almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|over\s+|under\s+)?$", re.I)


def _compatible(a: Figure, b: Figure, text: str) -> bool:
    if a.kind == b.kind and a.currency == b.currency:
        if a.kind in ("duration",) and a.unit != b.unit:
            return a.base > 0 and b.base > 0
        return True
    # "from 3,400 to 3,700 euros": a bare start takes the end's unit
    if a.kind == "count" and a.scale == 1.0 and a.unit == "" and b.start > a.end \
            and text[a.end : b.qual_start].strip().lower() in ("to", "-", "–", "and"):
        return True
    # "8.2 million litres ... when it came to 9.6 million": a bare figure with the same scale
    # word in the same sentence is of the measured one's unit
    for x, y in ((a, b), (b, a)):
        if x.kind == "count" and not x.unit and x.scale > 1.0 and x.scale == y.scale \
                and y.kind in _MEASURED_KINDS and x.sentence is y.sentence:
            return True
    # "the port handled 47,000 tonnes; last year it handled 37,600": a bare figure after the
    # same verb as a measured one before it in the sentence is of its unit
    if b.kind == "count" and not b.unit and not b.thing and a.kind in _MEASURED_KINDS and a.sentence is b.sentence \
            and b.start > a.end:
        va, vb = _VERB_BEFORE.search(text, max(0, a.qual_start - 30), a.qual_start), \
            _VERB_BEFORE.search(text, max(0, b.qual_start - 30), b.qual_start)
        if va is not None and vb is not None and va.group(1).lower() == vb.group(1).lower() \
                and vb.group(1).lower() not in _NOT_A_VERB:
            return True
    return False


#: The word right before a figure ("handled 47,000"), and words that are no verb of its own.
_VERB_BEFORE = lazyre.compile(r"\b([a-z]{3,})\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
_NOT_A_VERB = frozenset("the and with than from for about around some nearly almost over under".split())
_MEASURED_KINDS = frozenset("currency length mass area volume energy power data".split())


# --------------------------------------------------------------------------- stated changes


def _stated_changes(sentence: Sentence, levels: List[Figure]) -> List[Stated]:
    text = sentence.region.text
    out: List[Stated] = []
    for f in levels:
        st = _stated_figure(sentence, f)
        if st is not None:
            out.append(st)
    low = text[sentence.start : sentence.end].lower()
    fractions = _has_any(low, _FRACTION_STEMS)
    multiples = _has_any(low, _MULTIPLE_STEMS)
    for m in (_fraction_matches(_FRACTION_CHANGE, text, sentence.start, sentence.end, low) if fractions else ()):
        frac = FRACTIONS.get(_norm(m.group("frac")))
        if frac is None:
            continue
        if m.group("verb"):
            direction = _direction_word(m.group("verb"))
        else:  # "fell from 1,150 to 940, so by nearly a third": the verb said before
            direction = _last_direction(text[max(sentence.start, m.start() - 120) : m.start()])
        qual = _qualifier(m.group("q"))
        lo, hi = _fraction_window(frac, qual)
        factor = 1 + direction * frac if direction else 1 - frac
        start = m.start("q") if m.group("q") else m.start("frac")
        if not (m.group("verb") is None and _OR_ONLY.match(m.group())):
            start = m.start()  # (", or a third": the fraction alone is shown)
        out.append(Stated("fraction", frac * 100, lo * 100, hi * 100, direction or -1, sentence, start, m.end(),
                          qualifier=qual))
        del factor
    for m in (_fraction_matches(_FRACTION_BEFORE_DIRECTION, text, sentence.start, sentence.end, low)
              if fractions else ()):
        frac = FRACTIONS.get(_norm(m.group("frac")))
        if frac is None or any(st.start <= m.start("frac") < st.end for st in out):
            continue
        direction = 1 if m.group("dir").lower() in ("up", "higher", "more", "bigger") else -1
        qual = _qualifier(m.group("q"))
        lo, hi = _fraction_window(frac, qual)
        out.append(Stated("fraction", frac * 100, lo * 100, hi * 100, direction, sentence, m.start(), m.end("dir"),
                          qualifier=qual))
    for m in (_FRACTION_OF_OWN.finditer(text, sentence.start, sentence.end)
              if fractions and _has_any(low, _GAIN_LOSS_STEMS) else ()):
        # "lost about a quarter of their weight, falling from 80kg to 60kg": the share of
        # its own level a thing gained or lost is its change
        frac = FRACTIONS.get(_norm(m.group("frac")))
        if frac is None or any(st.start <= m.start("frac") < st.end for st in out):
            continue
        direction = _direction_word(m.group("verb"))
        if not direction:
            continue
        qual = _qualifier(m.group("q"))
        lo, hi = _fraction_window(frac, qual)
        out.append(Stated("fraction", frac * 100, lo * 100, hi * 100, direction, sentence, m.start(), m.end("frac"),
                          qualifier=qual))
    for m in (_MULTIPLE.finditer(text, sentence.start, sentence.end) if multiples else ()):
        factor = _factor(m)
        if factor is None:
            continue
        qual = _qualifier(m.group("q"))
        lo, hi = _factor_window(factor, qual)
        out.append(Stated("factor", factor, lo, hi, 1 if factor > 1 else -1, sentence, m.start(), m.end(),
                          qualifier=qual))
    out.sort(key=lambda s: s.start)
    return out


#: Words every match of _FRACTION_CHANGE, and of _MULTIPLE, holds: a sentence without
#: any is not searched.
_FRACTION_STEMS = ("half", "third", "quarter", "fifth", "sixth", "tenth", "eighth")
_MULTIPLE_STEMS = ("doubl", "tripl", "trebl", "quadrupl", "halv", "fold", "divided by", "multiplied by")


def _fraction_matches(pattern, text: str, start: int, end: int, low: str) -> Iterator["re.Match[str]"]:
    """What ``pattern.finditer(text, start, end)`` finds, for ``_FRACTION_CHANGE`` and
    ``_FRACTION_BEFORE_DIRECTION`` (*low*: ``text[start:end].lower()``).

    Every match of either holds a fraction word, hence one of ``_FRACTION_STEMS``, and
    before it at most ten words (a verb, four words and "by", a qualifier of two words,
    "a"), of letters, apostrophes and hyphens, with commas and full stops, apart by
    blanks. So a match is tried only at the letters and commas of the eleven
    blank-separated chunks of such characters up to a stem: the patterns open with
    optional alternatives the regex engine would try at every character of the sentence."""
    if len(low) != end - start:  # (a character whose lower case is longer: positions differ)
        return pattern.finditer(text, start, end)
    return matches_near(pattern, text, start, end, low, _FRACTION_STEMS, _REACH[pattern],
                        floor=_LAST_BREAK, opens=_MAY_OPEN[pattern])


def _opens_for(pattern):
    """The test of the places a match of *pattern* (of :func:`_fraction_matches`) may open
    at: a comma, or a letter it can open with (for ``_FRACTION_CHANGE``, whose verb opens a
    word, one that starts a word)."""
    never = _NEVER_FIRST[pattern]
    word_start = pattern is _FRACTION_CHANGE

    def opens(low: str, p: int) -> bool:
        c = low[p]
        if c == ",":
            return True
        return c.isalpha() and c not in never and not (word_start and p and _is_word_char(low[p - 1]))

    return opens


def _is_word_char(c: str) -> bool:
    """What ``\\w`` matches (in a pattern of ``str``)."""
    return c.isalnum() or c == "_"


#: Up to the last character before a position that no match of ``_fraction_matches``'s
#: patterns holds before its fraction word (any ASCII character but a letter, a blank,
#: a comma, a full stop, an apostrophe or a hyphen).
_LAST_BREAK = lazyre.compile(r".*[^a-z\s,.'\-\x80-\U0010ffff]", re.S)


def _has_any(low: str, stems) -> bool:
    for stem_ in stems:
        if stem_ in low:
            return True
    return False


def _norm(frac: str) -> str:
    return re.sub(r"\s+", " ", frac.lower().replace("one-", "one ").replace("a-", "a ")).strip()


def _stated_figure(sentence: Sentence, f: Figure) -> Optional[Stated]:
    """A figure that states a change: "up 20%", "a rise of 20%", "20% higher", "by £8m",
    "an increase of 0.5 points"."""
    text = sentence.region.text
    end = f.quantity.extra.get("after", f.end) if f.quantity is not None else f.end
    if f.kind in ("percent", "pp", "points") and f.quantity is not None:
        sign = _SIGN_BEFORE.search(text, max(sentence.start, f.qual_start - 3), f.qual_start)
        if sign is not None and _ON_AFTER.match(text, end):
            # "1,648 (-27% on 2,010 a year ago)": a signed change on its start
            st = _as_stated(sentence, f, end)
            if st is not None:
                st.direction = 1 if sign.group(1) == "+" else -1
            return st
    if f.kind == "count" and text.startswith(" times", end):
        return None  # "have risen two and a half times": a multiple (or how often), not an amount
    window = text[max(sentence.start, f.qual_start - 70) : f.qual_start].lower()
    if not _CHANGE_TRIGGERS.intersection(_WORD.findall(window)):
        # every backward cue holds one of these words: without one, only a change noun or
        # comparative right after may say it ("a 20% rise"; tested first: most figures have none)
        if not _NOUN_AFTER.match(text, end):
            return None
        if _lead(text, f) is not None or _RANK_AFTER.match(text, end):
            return None  # (as below)
        return _as_stated(sentence, f, end)
    if _lead(text, f) is not None or _RANK_AFTER.match(text, end):
        return None  # "up from 13": where a change starts; "rising nine places": a ranking
    if not (_by_before(text, max(0, f.qual_start - 40), f.qual_start)
            or f.kind != "count" and not _OF_AFTER_FIGURE.match(text, end)
            and _word_before(_WORD_IN_ON_BEFORE, _BY_WORDS, text, max(0, f.qual_start - 40), f.qual_start)
            or f.kind == "percent" and _GROWTH_BEFORE.search(text, max(0, f.qual_start - 30), f.qual_start)
            or "by" in window and _BY_IN_CLAUSE.search(text, max(sentence.start, f.qual_start - 70), f.qual_start)
            or _verb_before(text, max(0, f.qual_start - 30), f.qual_start)
            or _NOUN_OF_BEFORE.search(text, max(0, f.qual_start - 40), f.qual_start)
            or _NOUN_AFTER.match(text, end)):
        return None  # a level ("a margin of 45.6%, less than ..."), not a change
    return _as_stated(sentence, f, end)


_SIGN_BEFORE = lazyre.compile(r"(?:^|[\s(\[,])([+\-−–])\s?$")
_ON_AFTER = lazyre.compile(r"\s+(?:on|against|from|vs\.?|versus)\s")


def _as_stated(sentence: Sentence, f: Figure, end: int) -> Optional[Stated]:
    text = sentence.region.text
    before = text[max(sentence.start, f.qual_start - 50) : f.qual_start]
    after = text[end : min(sentence.end, end + 30)]
    direction = _direction(before, after)
    if f.kind == "percent" and not f.quantity.extra.get("fraction") and not f.quantity.extra.get("ratio"):
        kind = "percent"
    elif f.kind in ("pp", "points"):
        kind = "points"
    elif f.kind == "percent":
        return None
    else:
        kind = "amount"
    lo, hi = f.low, f.high
    if f.approx == "under" and not (f.approx_text or "").lower().startswith(("up to", "as much", "as many")):
        lo = 0.0
    return Stated(kind, f.value, lo, hi, direction, sentence, f.qual_start, end, figure=f, qualifier=f.approx)


#: "rose by", "cut its workforce by": a word of direction, then "by" or "with" and a qualifier
#: (the word is read by its shape and looked up, not tried against every word in turn).
_WORD_BY_BEFORE = lazyre.compile(r"\b(?P<w>[a-z]+)\s+(?:by|with)\s+(?:almost\s+|nearly\s+|"
                                 r"about\s+|around\s+|some\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?"
                                 r"(?:a\s+)?$", re.I)
#: "went down in 50 metres", "rose on 12%": the preposition of change as Hebrew, Russian and
#: Bulgarian copy translates it (an amount with a unit only, not "fell in 3 of the 10 regions",
#: "rose in 40% of shops").
_WORD_IN_ON_BEFORE = lazyre.compile(r"\b(?P<w>[a-z]+)\s+(?:in|on)\s+(?:almost\s+|nearly\s+|about\s+|around\s+|"
                                    r"some\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$", re.I)
_OF_AFTER_FIGURE = lazyre.compile(r"\s+of\b")
#: ", by", ", or by": a change set off after its figures.
_COMMA_BY_BEFORE = lazyre.compile(r",\s*(?:so|or|that\s+is|i\.e\.|meaning)?\s*by\s+(?:almost\s+|nearly\s+|about\s+|"
                                  r"around\s+|some\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$", re.I)


def _word_before(rx, words, text: str, lo: int, hi: int) -> bool:
    """Whether *rx* (a word ``w`` then what must follow it up to *hi*) matches before *hi*
    with its word in *words*: each place the shape matches is tried, nearest last."""
    m = rx.search(text, lo, hi)
    while m is not None:
        if m.group("w").lower() in words:
            return True
        m = rx.search(text, m.start("w") + 1, hi)
    return False


_BY_WORDS = _DIRECTION_VERBS | {"up", "down"}
_BARE_WORDS = _DIRECTION_VERBS_BARE | {"up", "down"}


def _by_before(text: str, lo: int, hi: int) -> bool:
    return _word_before(_WORD_BY_BEFORE, _BY_WORDS, text, lo, hi) or _COMMA_BY_BEFORE.search(text, lo, hi) is not None


_WORD = lazyre.compile(r"[A-Za-z]+")
#: "year-on-year growth 35%", "an increase 12%": a change noun right before a percentage.
_GROWTH_BEFORE = lazyre.compile(r"\b(?:growth|increase|rise|decline|fall|drop|decrease)\s+$", re.I)
#: Words one of which every backward change cue holds (lower case).
_CHANGE_TRIGGERS = frozenset(
    """by up down rose rise rises risen rising fell fall falls fallen falling grew grown grow jumped jumps climbed
    climbs gained gains dropped drops declined declines slumped plunged soared surged slipped slid sank tumbled
    dipped eased increased decreased widened narrowed shrank expanded advanced rallied lost lifted cut raised
    boosted increase decrease decline reduction hike gain growth slump loss uplift boost improvement change surge
    climb jump drop""".split()) | (UP_WORDS | DOWN_WORDS) - {"more", "less", "fewer", "higher", "lower"}
#: "raise the price of a ticket by 20%": "by" with a change verb earlier in the clause.
_BY_IN_CLAUSE = lazyre.compile(r"\b(?:rise|rose|risen|raise|raised|raises|raising|increase|increased|increases|"
                               r"increasing|cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|lowers|"
                               r"lift|lifted|boost|boosted|fall|fell|fallen|grow|grew|grown|drop|dropped|put\s+up|"
                               r"hike|hiked|slash|slashed|trim|trimmed)\b[^,;.()]{0,50}?\bby\s+(?:almost\s+|nearly\s+|"
                               r"about\s+|around\s+|some\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$",
                               re.I)
_RANK_AFTER = lazyre.compile(r"\s+(?:places?|positions?|spots?|rungs?|notches)\b", re.I)
#: "rose 5%", "up 20%", "fell almost 12%": a change verb right before the figure.
_WORD_VERB_BEFORE = lazyre.compile(r"\b(?P<w>[a-z]+)\s+"
                                   r"(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|around\s+|some\s+|over\s+|more\s+than\s+|"
                                   r"less\s+than\s+|just\s+over\s+|just\s+under\s+|a\s+further\s+|another\s+|a\s+)?$", re.I)


def _verb_before(text: str, lo: int, hi: int) -> bool:
    """ "up 20%", "slumped 12%", "fell by nearly": a word of direction right before."""
    return _word_before(_WORD_VERB_BEFORE, _BARE_WORDS, text, lo, hi)


#: "a rise of 20%", "an annual increase of 4.5%", "a cut of 410".
_NOUN_OF_BEFORE = lazyre.compile(r"\b(?:rise|increase|fall|drop|cut|jump|decline|reduction|decrease|hike|gain|growth|"
                                 r"fall|slump|loss|uplift|boost|improvement|change|surge|climb)s?"
                                 # what changed, between the noun and its figure: "an increase of the levy of 1%"
                                 r"(?:\s+of\s+the\s+[a-z]+(?=\s+of\s))?"
                                 # a time between, as translated copy puts it: "will fall this year of 30%"
                                 r"(?:\s+(?:this|next|last)\s+(?:year|month|season))?\s+(?:of|is|was|will\s+be|"
                                 r"would\s+be|amounts\s+to|comes\s+to|came\s+to)\s+(?:almost\s+|"
                                 r"nearly\s+|about\s+|around\s+|some\s+|over\s+|more\s+than\s+|just\s+over\s+|"
                                 r"just\s+under\s+)?$", re.I)
#: "a 20% rise", "20% higher", "20% more than": a change noun or comparative right after.
_NOUN_AFTER = lazyre.compile(r"[\s-]+(?:year[\s-]on[\s-]year\s+|annual\s+|overall\s+)?(?:rise|increase|fall|drop|cut|jump|"
                             r"decline|reduction|decrease|hike|gain|growth|uplift|boost|higher|lower|more|fewer|less|"
                             r"up|down|improvement|loss|slump|surge|dip|longer|shorter|bigger|smaller|larger|greater|"
                             r"cheaper|dearer)\b", re.I)


def _last_direction(before: str) -> int:
    """The direction of the last change verb in *before* (0 without one)."""
    for w in reversed(_WORD.findall(before)):
        w = w.lower()
        if w in UP_WORDS and w not in ("more", "higher"):
            return 1
        if w in DOWN_WORDS and w not in ("less", "fewer", "lower"):
            return -1
    return 0


#: Verbs whose "up" is part of the verb, not a rise: "1,440 drivers signed up - a 10% decrease".
_PHRASAL_UP = frozenset("signed set turned showed picked ended made took stepped opened backed "
                        "called teamed lined".split())


def _direction(before: str, after: str) -> int:
    words = [w.lower() for w in _WORD.findall(before)][-5:]
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[i]
        if w in ("from", "to", "than"):
            break
        if w == "up" and i and words[i - 1] in _PHRASAL_UP:
            continue  # "signed up", "set up": no rise
        if w in UP_WORDS:
            return 1
        if w in DOWN_WORDS:
            return -1
    nxt = [w.lower() for w in _WORD.findall(after)][:2]
    for w in nxt:
        d = _direction_word(w) or COMPARATIVES.get(w, 0)
        if d:
            return d
    return 0


def _direction_word(word: str) -> int:
    w = word.lower()
    if w in UP_WORDS:
        return 1
    if w in DOWN_WORDS:
        return -1
    return 0


_VERB_WORDS = (UP_WORDS | DOWN_WORDS) - {"more", "less", "fewer", "higher", "lower"}
#: The verbs of a change as a trie: at a word the case-blind engine then tries the branches
#: of its first letter, not each of 255 words in turn. (Each verb is one word and white
#: space must follow it, so which of them matches does not depend on their order.)
_VERBS = trie_regex(_VERB_WORDS)
_FRACTION_WORDS = (r"(?:(?:a|one)[\s-](?:third|quarter|fifth|sixth|tenth)|an\s+eighth|half|a\s+half|"
                   r"two[\s-](?:thirds|fifths)|three[\s-](?:quarters|fifths))")
_QUAL = (r"(?P<q>almost|nearly|about|around|roughly|some|approximately|more\s+than|less\s+than|over|under|"
         r"just\s+over|just\s+under|well\s+over|close\s+to|barely)\s+")
#: A share of its own level gained or lost: "lost about a quarter of their weight", "shed
#: almost half of its value", "gained a third of its height", told with the level's two values
#: right after (not "lost half of the vote", whose "of the" names another whole; nor "lost a
#: third of its revenue, ... saw its market value fall from": another level).
_GAIN_LOSS_STEMS = ("lost", "los", "shed", "gain")
_FRACTION_OF_OWN = lazyre.compile(
    rf"\b(?P<verb>lost|lose|loses|losing|shed|sheds|shedding|gained|gain|gains|gaining)\s+(?:{_QUAL})?"
    rf"(?P<frac>{_FRACTION_WORDS})\s+of\s+(?:its|their|his|her)\s+(?:[a-z-]+\s+)?[a-z-]+"
    # (its two levels right after: ", falling from 80kg to 60kg", "in a month - from")
    r"(?=(?:\s+[\w'’-]+){0,4}\s*(?:,|[-–—(])\s*(?:[a-z]+ing\s+)?from\b)", re.I)
#: "fell by a third", "a cut of almost a quarter", "rose by half", "a fall of nearly
#: three-quarters", "cut by more than half" (but not "half of the staff").
_FRACTION_CHANGE = lazyre.compile(
    rf"(?:\b(?P<verb>{_VERBS})\s+(?:(?:by|of|with)\s+|(?:[a-z'’-]+\s+){{1,4}}?by\s+)?"
    rf"|,\s*(?:so\s+|or\s+|that\s+is\s+|i\.e\.\s+|meaning\s+)?by\s+"
    # "a fall of 360, or a third": the change said again as a fraction, ending its clause
    rf"|,\s*or\s+(?=(?:{_QUAL.replace('(?P<q>', '(?:')})?{_FRACTION_WORDS}\s*(?:[.;,)]|$)))"
    rf"(?:{_QUAL})?(?P<frac>{_FRACTION_WORDS})\b(?!\s+(?:of|the|a|an|its|their)\b)"
    rf"(?![\s-]+(?:point|percentage|hour|day|week|month|year|mile|metre|kilometre|pound|dollar|million|billion|"
    rf"dozen|century|mile|length|time|way|term|share|stake))",
    re.I)
#: "about a third up on the 8,940 of 2015", "half as high again" is not one: a fraction
#: before a comparative that says the direction.
_FRACTION_BEFORE_DIRECTION = lazyre.compile(
    rf"(?:{_QUAL})?(?P<frac>{_FRACTION_WORDS})\s+(?P<dir>up|down|higher|lower|more|fewer|less|bigger|smaller)"
    # (and "a third fewer buses: 40, down from 60": the noun between)
    rf"(?:\s+[a-z][\w'’-]*){{0,2}}?(?:\s+(?:on|than|from)\b|\s*(?=[.;,:)]|\s[-–—]\s|$))", re.I)
#: For each pattern of :func:`_fraction_matches`, the ASCII lower-case letters no match of
#: it opens with: but for a comma, ``_FRACTION_CHANGE`` opens with a verb of ``_VERBS``;
#: ``_FRACTION_BEFORE_DIRECTION`` with a qualifier ("almost", "just over") or a fraction
#: word ("a third", "one-quarter", "half", "two-thirds", "three-quarters").
_NEVER_FIRST = {
    _FRACTION_CHANGE: frozenset("abcdefghijklmnopqrstuvwxyz") - {v[0] for v in _VERB_WORDS},
    _FRACTION_BEFORE_DIRECTION: frozenset("abcdefghijklmnopqrstuvwxyz") - set("abcjlmnorsuw") - set("aoht"),
}
#: How many blank-separated chunks up to its fraction word's stem a match of each pattern
#: may open within (its own counted): twelve; for ``_FRACTION_BEFORE_DIRECTION``, whose
#: match opens with its qualifier (two words at most) and fraction ("a third"), four.
_REACH = {_FRACTION_CHANGE: 12, _FRACTION_BEFORE_DIRECTION: 4}
_MAY_OPEN = {pattern: _opens_for(pattern) for pattern in _NEVER_FIRST}
#: "doubled", "more than tripled", "nearly halved", "a fivefold rise", "grew five-fold".
_MULTIPLE = lazyre.compile(
    r"\b(?:(?P<q>more\s+than|less\s+than|nearly|almost|roughly|about|over|around|just\s+over|just\s+under|"
    r"well\s+over)\s+)?(?P<verb>doubled|doubles|doubling|tripled|triples|tripling|trebled|trebles|quadrupled|"
    r"quadruples|halved|halves|halving|(?P<n>\w+)[\s-]?fold|"
    # a calque of translated copy: "were divided by two", "multiplied by three"
    r"(?:divided|multiplied)\s+by\s+(?P<dn>two|three|four|five|ten|[2-9]|10)|"
    # the bare verb after "to" or a modal: "plans to double", "will halve" (not "a double room")
    r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmay\s)|(?<=\bshould\s))"
    r"(?:double|triple|treble|quadruple|halve)(?![\s-](?:digits?|figures?)\b|-))\b",
    re.I)


def _factor(m: "re.Match[str]") -> Optional[float]:
    verb = m.group("verb").lower()
    if m.group("dn"):
        dn = m.group("dn").lower()
        k = float(dn) if dn.isdigit() else float(_FOLD[dn])
        return 1 / k if verb.startswith("divided") else k
    if verb in MULTIPLES:
        return MULTIPLES[verb]
    n = (m.group("n") or "").lower()
    if n.isdigit():
        return float(n)
    return float(_FOLD[n]) if n in _FOLD else None


def _qualifier(q: Optional[str]) -> str:
    if not q:
        return ""
    q = " ".join(q.lower().split())
    if q in ("almost", "nearly", "just under", "close to", "barely"):
        return "nearly"
    if q in ("more than", "over", "just over", "well over"):
        return "over"
    if q in ("less than", "under"):
        return "under"
    return "about"


def _fraction_window(frac: float, qual: str) -> Tuple[float, float]:
    """The changes (as shares of the start) a stated fraction covers."""
    if qual == "nearly":
        return frac * 0.8, frac * 1.02
    if qual == "over":
        return frac * 0.98, max(frac * 1.5, frac + 0.1)
    if qual == "under":
        return frac * 0.5, frac * 1.02
    if qual == "about":
        return frac * 0.8, frac * 1.2
    return frac * 0.87, frac * 1.13


def _factor_window(factor: float, qual: str) -> Tuple[float, float]:
    if qual == "over":
        return factor * 0.97, math.inf
    if qual == "under":
        return 0.0, factor * 1.03
    if qual == "nearly":
        return (factor * 0.75, factor * 1.02) if factor >= 1 else (factor * 0.98, factor * 1.3)
    if qual == "about":
        return factor * 0.8, factor * 1.2
    # a plain multiple is said of a ratio near it: "doubled" is not £1.30 to £2.40 (x1.85),
    # which is "nearly doubled"
    return factor * 0.93, factor * 1.07


# --------------------------------------------------------------------------- comparisons

#: "31, nine fewer than the 38", "3,420 hours, more than double the 1,890",
#: "twice as many as the 40", "half the 200 of last year", "three times the 50".
_COMPARATIVE = lazyre.compile(
    r"(?P<head>,\s*|\s+(?:is|are|was|were|be|been|being)\s+|\s+)"
    r"(?:(?P<q>more\s+than|less\s+than|nearly|almost|roughly|about|around|over|just\s+over|just\s+under|well\s+over)\s+)?"
    # ("the double of", "the triple of": the calque Spanish, Catalan, Tagalog copy writes)
    r"(?:the\s+(?=(?:double|triple|treble)\s+of\b))?"
    r"(?P<mult>double|twice|treble|triple|three\s+times|four\s+times|five\s+times|ten\s+times|half)"
    r"(?:\s+(?:as\s+(?:many|much|high|large|big|long)\s+as|that\s+of|those\s+of|of))?\s+(?:the\s+|its\s+|their\s+|his\s+|"
    r"her\s+|(?:last|this|next|the\s+previous)\s+(?:year|season|month|week|term|campaign)['’]s\s+|last\s+year['’]s\s+)?"
    # "twice last season's tally of eight", "double the previous record of 12"
    # "twice the usual price of 60 cents", "half the normal fare of £4"
    r"(?:(?:[\w-]+\s+){0,2}?(?:tally|total|figure|haul|count|number|record|level|mark|score|best|price|cost|fare|"
    r"rate|fee|charge|rent|wage|salary|amount|sum|value)\s+of\s+)?$", re.I)
_FRACTION_THAN = lazyre.compile(
    rf"(?:{_QUAL})?(?P<frac>{_FRACTION_WORDS})\s+(?P<dir>fewer|less|lower|smaller|more|higher|bigger|larger)\s+than"
    r"\s+(?:the\s+|its\s+|their\s+|last\s+\w+['’]s\s+)?$", re.I)
_DIFFERENCE = lazyre.compile(
    r"^\s*(?P<dir>more|fewer|less|higher|lower|up|down|above|below)\s+(?:than|on|from)\s+(?:the\s+|its\s+|their\s+|"
    r"a\s+year\s+earlier['’]s\s+|last\s+\w+['’]s\s+)?"
    # "1.8C above the long-term average of 12.9C", "£40 below the usual price of £250"
    r"|^\s*(?P<dir2>above|below|over|under)\s+(?:the|its|their|this\s+year['’]s|last\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:average|mean|norm|normal|level|figure|total|record|forecast|target|estimate|price|rate|fare|limit)\s+of\s+"
    r"(?:about\s+|around\s+)?$", re.I)
_DIRECTION_WORD = lazyre.compile(r"(?P<dir>more|less)")
_TIMES = {"double": 2.0, "twice": 2.0, "treble": 3.0, "triple": 3.0, "three times": 3.0, "four times": 4.0,
          "five times": 5.0, "ten times": 10.0, "half": 0.5}


def _comparisons(sentence: Sentence, levels: List[Figure], previous: Sequence[Figure] = ()) -> List[Change]:
    text = sentence.region.text
    out: List[Change] = []
    for i, b in enumerate(levels):
        if i == 0:
            continue
        # "3,420 hours are more than double the 1,890 hours"
        window = text[max(sentence.start, b.qual_start - 70) : b.qual_start].lower()
        m = _COMPARATIVE.search(text, max(sentence.start, b.qual_start - 70), b.qual_start) if (
            "doubl" in window or "twice" in window or "treble" in window or "triple" in window
            or "times" in window or "half" in window) else None
        if m is not None:
            a = _subject_figure(levels[:i], b, text, m.start())
            if a is not None and _near_enough(text, a, b):
                factor = _TIMES[" ".join(m.group("mult").lower().split())]
                qual = _qualifier(m.group("q"))
                lo, hi = _factor_window(factor, qual)
                st = Stated("factor", factor, lo, hi, 0, sentence, m.start() + len(m.group("head")), m.end("mult"),
                            qualifier=qual)
                out.append(Change(b, a, st))
                continue
        # "1,688 visitors, a quarter fewer than the 1,500 of 2011": b is measured against the
        # earlier figure by a fraction
        if "than" in window:
            f = _FRACTION_THAN.search(text, max(sentence.start, b.qual_start - 50), b.qual_start)
            frac = FRACTIONS.get(_norm(f.group("frac"))) if f is not None else None
            a = _subject_figure(levels[:i], b, text, f.start()) if frac is not None else None
            if a is not None and _near_enough(text, a, b):
                qual = _qualifier(f.group("q"))
                lo, hi = _fraction_window(frac, qual)
                sign = 1 if f.group("dir").lower() in ("more", "higher", "bigger", "larger") else -1
                out.append(Change(b, a, Stated("fraction", frac * 100, lo * 100, hi * 100, sign, sentence,
                                               f.start("frac"), f.end("dir"), qualifier=qual)))
                continue
        # "31 stabbings, nine fewer than the 38": b is the difference
        if i + 1 < len(levels):
            c = levels[i + 1]
            end = b.quantity.extra.get("after", b.end)
            words = _NOUN_GAP.match(text, end)
            at = words.end() if words else end
            d = _DIFFERENCE.match(text[at : c.qual_start]) if c.qual_start > at else None
            if d is not None and d.group("dir") is None:
                # the second form names the level it is measured against: "above" is "more"
                d = _DIRECTION_WORD.match("more" if d.group("dir2").lower() in ("above", "over") else "less")
            if d is not None and text[at : c.qual_start].strip():
                a = _subject_figure(levels[:i], c, text, b.qual_start)
                if a is not None and (b.kind == "count" or b.kind == c.kind) and _near_enough(text, a, b):
                    sign = 1 if d.group("dir").lower() in ("more", "higher", "up", "above") else -1
                    st = Stated("amount", b.value, b.low, b.high, sign, sentence, b.qual_start, c.start, figure=b,
                                qualifier=b.approx)
                    out.append(Change(c, a, st))
                elif a is not None and b.kind in ("points", "pp") and a.kind == c.kind == "percent" \
                        and _near_enough(text, a, b):
                    # "Approval stands at 44%, six points lower than the 52% of January"
                    sign = 1 if d.group("dir").lower() in ("more", "higher", "up", "above") else -1
                    st = Stated("points", b.value, b.low, b.high, sign, sentence, b.qual_start, b.end, figure=b,
                                qualifier=b.approx)
                    out.append(Change(c, a, st))
                elif a is not None and b.kind == "percent" and a.kind == c.kind and a.currency == c.currency \
                        and _near_enough(text, a, b):
                    # "1,800 tonnes, 32% more than the 1,500 tonnes shipped a year earlier"
                    sign = 1 if d.group("dir").lower() in ("more", "higher", "up", "above") else -1
                    st = Stated("percent", b.value, b.low, b.high, sign, sentence, b.qual_start, b.end, figure=b,
                                qualifier=b.approx)
                    out.append(Change(c, a, st))
    if not out and len(levels) >= 2 and ("times" in text[sentence.start : sentence.end]
                                         or "twice" in text[sentence.start : sentence.end]):
        out.extend(_multiple_of_then(sentence, levels, previous))
    return out


#: A multiple of an earlier state named by what it was, not by its figure: "five times what
#: it was in 2013, when 12 were recorded", "twice the level of 2019 (40)".
_MULT_OF_THEN = lazyre.compile(
    r"\b(?:(?P<q>more\s+than|less\s+than|nearly|almost|roughly|about|around|over|just\s+over|just\s+under)\s+)?"
    r"(?P<mult>twice|(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d+(?:\.\d+)?)"
    r"\s+times)\s+(?:what\s+(?:it|they|he|she|this|that)\s+(?:was|were|had|had\s+been)|(?:the|its|their)\s+(?:\w+\s+)?"
    r"(?:level|figure|number|total|tally|count)\s+(?:of|in|for|at|a\s+year|the\s+year)\b"
    # "three times as many as in 2019, when he dispensed about 3,600": the earlier state's
    # time, then its figure in a clause of its own
    r"|as\s+(?:many|much|high|large|big|long)\s+as\s+(?:in\s+(?:\d{4}|the\s+\w+\s+\w+)|last\s+\w+|"
    r"a\s+(?:year|decade)\s+(?:earlier|before|ago)|the\s+(?:previous|year|season)\s+\w+|"
    r"(?:\d+|two|three|four|five|six|ten)\s+years\s+(?:earlier|before|ago))\s*,\s*when\b)", re.I)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def _multiple_of_then(sentence: Sentence, levels: List[Figure], previous: Sequence[Figure] = ()) -> List[Change]:
    """ "At 81, the number is five times what it was in 2013, when 12 were recorded": the
    figure before the multiple is the later state, the first figure of its kind after it
    the earlier one (in its clause)."""
    text = sentence.region.text
    out: List[Change] = []
    for m in _MULT_OF_THEN.finditer(text, sentence.start, sentence.end):
        n = m.group("n")
        factor = 2.0 if n is None else float(_WORD_NUMBERS.get(n.lower(), 0) or (n if n[0].isdigit() else 0))
        if factor < 2:
            continue
        a = next((f for f in reversed(levels) if f.end <= m.start()), None)
        if a is None and previous and _OPENS_COMPARISON.match(text, sentence.start):
            # "This winter it took in 540 people. That is three times as many as last winter,
            # when it housed 240": the later state is the sentence before's
            a = next((f for f in reversed(_levels(previous)) if f.role != "change"), None)
            if a is not None and (a.kind == "count" and a.thing and levels and levels[-1].thing
                                  and levels[-1].thing != a.thing):
                a = None
        c = next((f for f in levels if f.qual_start >= m.end()), None)
        if a is None or c is None or a.role == "change" or not _compatible(a, c, text) or a.kind == "percent":
            continue
        here = a.sentence is sentence
        if c.qual_start - m.end() > 60 or here and (m.start() - a.end > 80 or _BREAK.search(text, a.end, c.qual_start)) \
                or not here and _BREAK.search(text, m.end(), c.qual_start):
            continue
        if m.group(0).lower().endswith("when") and c.thing and c.thing != a.thing:
            continue  # "three times as many as in 2019, when the museum had 12 rooms open": another count
        qual = _qualifier(m.group("q"))
        lo, hi = _factor_window(factor, qual)
        out.append(Change(c, a, Stated("factor", factor, lo, hi, 0, sentence, m.start("mult"), m.end("mult"),
                                       qualifier=qual)))
    return out


def _than_the_figure(doc: Document, sentence: Sentence, levels: List[Figure]) -> List[Change]:
    """ "an average of 61 minutes, 11 minutes more than the regional figure": a difference
    from a figure the story gave at its top, named by a generic noun ("the regional
    figure", "the national average", "the overall rate"). Taken only when the lead's
    figure of the same measure lies within a factor of two of the stated difference."""
    text = sentence.region.text
    for i, d in enumerate(levels[1:], 1):
        end = d.quantity.extra.get("after", d.end)
        m = _THAN_GENERIC.match(text, end)
        if m is None or _DIGIT.search(text, m.end(), min(sentence.end, m.end() + 30)):
            continue
        a = _subject_figure(levels[:i], d, text, d.qual_start)
        if a is None or a.kind != d.kind or a.unit != d.unit or not _near_enough(text, a, d):
            continue
        ref = next((g for g in read_figures(doc) if g.region.index <= 2 and g.place != "headline"
                    and g.sentence is not sentence and g.kind == a.kind and g.unit == a.unit
                    and g.currency == a.currency and g.role not in ("change", "rate") and g.quantity is not None
                    and g.comparable and not g.approx), None)
        if ref is None:
            continue
        sign = 1 if m.group("dir").lower() in ("more", "higher", "longer", "above", "greater") else -1
        diff = (a.value - ref.value) * sign
        if not (d.value / 2 <= diff <= 2 * d.value):
            continue  # the lead's figure is not the one meant
        st = Stated("amount", d.value, d.low, d.high, sign, sentence, d.qual_start, m.end(), figure=d,
                    qualifier=d.approx)
        return [Change(ref, a, st)]
    return []


_THAN_GENERIC = lazyre.compile(r"(?:\s+[a-z]+){0,1}?\s+(?P<dir>more|less|fewer|longer|shorter|higher|lower|above|"
                               r"below|greater)\s+than\s+the\s+(?:[a-z]+\s+){0,2}?(?:figure|average|rate|level|mean|"
                               r"norm|total)\b", re.I)
_DIGIT = lazyre.compile(r"\d")


_NOUN_GAP = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?(?=\s+(?:more|fewer|less|higher|lower|up|down|above|below)\s)")


def _subject_figure(earlier: Sequence[Figure], other: Figure, text: str, before: int) -> Optional[Figure]:
    """The figure of *other*'s kind the comparison is about: the nearest before *before*."""
    for f in reversed(earlier):
        if f.end <= before and (f.kind == other.kind and f.currency == other.currency
                                or other.kind == "count" and f.kind == "count"):
            return f
    return None


def _near_enough(text: str, a: Figure, b: Figure) -> bool:
    return b.qual_start - a.end < 60 and not _BREAK.search(text, a.end, b.qual_start)


# --------------------------------------------------------------------------- checking


def _interval(f: Figure) -> Tuple[float, float]:
    """Values the figure allows: its rounding, and its approximation. Whole numbers
    written in full ("3,400", "£1,850") are taken as exact: a change is computed from the
    figures as printed, and the slack on the stated change covers their rounding; digits
    after a point or a scale word ("£1.13bn", "1.2 million") keep their rounding."""
    half = (f.half if f.scale > 1 or "." in f.text or f.quantity is None else 0.0) * ROUNDING_SHARE
    lo, hi = f.value - half, (f.upper if f.upper is not None else f.value) + half
    if f.approx in ("about", "nearly"):
        lo, hi = min(lo, f.low), max(hi, f.high)
    return lo, hi


def ratio_range(first: Figure, second: Figure) -> Optional[Tuple[float, float]]:
    """The smallest and largest second/first the two figures allow."""
    s_lo, s_hi = _interval(first)
    e_lo, e_hi = _interval(second)
    if s_lo <= 0:
        return None
    return e_lo / s_hi, e_hi / s_lo


def _points_as_percent(first: Figure, second: Figure) -> bool:
    """Two rates far enough apart in relative terms that a change in points written as a
    percent misleads: the relative change is more than half again the points (8.5% to
    9.5% is one point but a rise of 11.8%). Rates near 100% (a 2-point change of 98%)
    or changes too small to tell apart stay allowed."""
    if first.value <= 0 or second.value <= 0 or first.approx or second.approx \
            or not (first.text[:1].isdigit() and second.text[:1].isdigit()):
        return False  # "lost around 10%, from half to less than 40%": loose figures, loosely said
    points = abs(second.value - first.value)
    relative = abs(second.value / first.value - 1) * 100
    return points >= 0.5 and relative > 1.5 * points + 1.0


def check(change: Change) -> Optional[str]:
    """``None`` when the stated change fits its figures, else the actual change as text
    ("+20.0%", "x2.25", "-410")."""
    st, first, second = change.stated, change.first, change.second
    rr = ratio_range(first, second)
    if st.kind in ("percent", "fraction"):
        if rr is None:
            return None
        lo, hi = (rr[0] - 1) * 100, (rr[1] - 1) * 100
        stated_lo, stated_hi = st.lo, st.hi
        direction = st.direction
        if direction == 0:
            direction = 1 if second.value >= first.value else -1
        if direction < 0:
            stated_lo, stated_hi = -stated_hi, -stated_lo
        if st.kind == "percent":
            slack = max(SLACK_POINTS, SLACK_SHARE * st.value)
            if stated_lo - slack <= hi and lo <= stated_hi + slack:
                return None
            if first.kind == second.kind == "percent":
                # between two percentages "fell 2%" is the change in points, written as a
                # change in percent: the reader takes a tenth of it for a tenth
                plo, phi = _interval(second)[0] - _interval(first)[1], _interval(second)[1] - _interval(first)[0]
                if stated_lo - slack <= phi and plo <= stated_hi + slack:
                    if not _points_as_percent(first, second) or (st.figure is not None and st.figure.approx):
                        return None
                    pts = second.value - first.value
                    return (f"{actual_percent(first, second):+.1f}% ({pts:+.2g} percentage point"
                            f"{'' if abs(pts) == 1 else 's'}: a change between two rates in percent is relative; "
                            f"in points, say points)")
        elif stated_lo <= hi and lo <= stated_hi:
            return None
        return f"{actual_percent(first, second):+.1f}%"
    if st.kind == "points":
        plo = _interval(second)[0] - _interval(first)[1]
        phi = _interval(second)[1] - _interval(first)[0]
        stated_lo, stated_hi = st.lo, st.hi
        if st.direction < 0 or st.direction == 0 and second.value < first.value:
            stated_lo, stated_hi = -stated_hi, -stated_lo
        slack = max(0.05, SLACK_SHARE * st.value)
        if stated_lo - slack <= phi and plo <= stated_hi + slack:
            return None
        return f"{second.value - first.value:+.2g} points"
    if st.kind == "factor":
        if rr is None:
            return None
        if st.lo <= rr[1] and rr[0] <= st.hi:
            return None
        return f"x{second.value / first.value:.2f}" if first.value else None
    if st.kind == "amount":
        if st.figure is not None and not _amount_comparable(st.figure, first, second):
            return None
        lo = _interval(second)[0] - _interval(first)[1]
        hi = _interval(second)[1] - _interval(first)[0]
        stated_lo, stated_hi = st.lo, st.hi
        direction = st.direction or (1 if second.value >= first.value else -1)
        if direction < 0:
            stated_lo, stated_hi = -stated_hi, -stated_lo
        slack = SLACK_SHARE * abs(st.value)
        if stated_lo - slack <= hi and lo <= stated_hi + slack:
            return None
        return _amount_text(second.value - first.value, second)
    return None


def _amount_comparable(stated: Figure, first: Figure, second: Figure) -> bool:
    if stated.kind == second.kind and stated.currency == second.currency:
        return True
    return stated.kind == "count" and stated.unit == "" and second.kind == "count"


def actual_percent(first: Figure, second: Figure) -> float:
    return (second.value - first.value) / first.value * 100 if first.value else 0.0


def _amount_text(diff: float, like: Figure) -> str:
    sign = "+" if diff >= 0 else "-"
    value = abs(diff)
    prefix = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}.get(like.currency, "")
    for scale, suffix in ((1e9, "bn"), (1e6, "m")):
        if like.scale >= scale and value >= scale / 10:
            return f"{sign}{prefix}{value / scale:,.3g}{suffix}"
    shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    unit = f" {like.unit}" if like.unit and like.kind not in ("percent",) else ""
    code = f" {like.currency}" if like.currency and not prefix else ""
    return f"{sign}{prefix}{shown}{unit}{code}"


def describe_actual(change: Change) -> str:
    return check(change) or ""


def iter_mismatches(doc: Document) -> Iterator[Tuple[Change, str]]:
    for change in changes(doc):
        actual = check(change)
        if actual:
            yield change, actual


# --------------------------------------------------------------------------- points against a table

#: "Turnout rose by 5.5 percentage points", "The jobless rate rose 1.7 points": a change in
#: points, the verb right before the figure.
_POINTS_VERB = lazyre.compile(r"\b(?P<v>rose|risen|rises|rising|up|increased|climbed|grew|jumped|fell|fallen|falls|"
                              r"falling|down|decreased|dropped|declined|slipped)\s+(?:by\s+)?(?:some\s+|about\s+|"
                              r"almost\s+|nearly\s+|around\s+|just\s+over\s+|just\s+under\s+)?$", re.I)
_DOWN_WORDS = frozenset("fell fallen falls falling down decreased dropped declined slipped".split())


class TablePoints:
    """A change in points stated in prose, and the two rates of the table row or column the
    sentence names."""

    __slots__ = ("stated", "first", "second", "label", "direction")

    def __init__(self, stated: Figure, first: Figure, second: Figure, label: str, direction: int) -> None:
        self.stated, self.first, self.second, self.label, self.direction = stated, first, second, label, direction


def table_point_changes(doc: Document) -> List[TablePoints]:
    """A stated change in (percentage) points against the only two rates of the table row or
    column whose label the sentence names, the table within the two paragraphs before or the
    one after. Bounded: tables are read once, each points figure looks at its neighbours."""
    figures = read_figures(doc)
    if not any(f.place == "table" for f in figures):
        return []
    groups: Dict[Tuple[int, str, object], List[Figure]] = {}
    for f in figures:
        if f.place != "table" or f.table is None or not f.row or f.kind != "percent":
            continue
        groups.setdefault((f.table, "row", f.row), []).append(f)
        groups.setdefault((f.table, "column", f.column), []).append(f)
    pairs = []
    for (table, how, _), cells in groups.items():
        if len(cells) != 2:
            continue
        label = (cells[0].row_label if how == "row" else cells[0].column).strip()
        if how == "row" and cells[0].row_label != cells[1].row_label or len(label) < 3 or label[0].isdigit():
            continue
        pairs.append((cells[0], cells[1], label.lower()))
    if not pairs:
        return []
    out: List[TablePoints] = []
    for f in figures:
        if f.kind not in ("pp", "points") or f.place == "table" or f.sentence is None:
            continue
        text = f.region.text
        m = _POINTS_VERB.search(text, max(f.sentence.start, f.qual_start - 40), f.qual_start)
        if m is None:
            continue
        said = f.sentence.text.lower()
        near = [p for p in pairs if p[2] in said and abs(f.region.index - p[1].region.index) < 60
                and _table_next_to(doc, p[1], f)]
        if len(near) != 1:
            continue
        first, second, label = near[0]
        direction = -1 if m.group("v").lower() in _DOWN_WORDS else 1
        out.append(TablePoints(f, first, second, label, direction))
    return out


def _table_next_to(doc: Document, cell: Figure, f: Figure) -> bool:
    """No more than two prose paragraphs between the table holding *cell* and *f*."""
    lo, hi = sorted((cell.region.index, f.region.index))
    prose = 0
    for region in doc.regions[lo + 1 : hi]:
        if region.kind != "table-cell":
            prose += 1
            if prose > 2:
                return False
    return True


def points_misfit(tp: TablePoints) -> Optional[float]:
    """The change the table gives, when the stated points do not fit it."""
    actual = tp.second.value - tp.first.value
    slack = tp.stated.half + tp.first.half + tp.second.half + 1e-9
    if abs(abs(actual) - tp.stated.value) <= slack:
        return None  # (the table's order of rows is not read as time: only the size is checked)
    return actual


# --------------------------------------------------------------------------- a count's change against a table

#: A table column of changes: "Change", "+/-", "Net", "Gain/loss".
_CHANGE_HEADER = lazyre.compile(r"\s*(?:change|chg|\+\s*/\s*[-−–]|±|net(?:\s+(?:change|gain|loss))?|"
                                r"gains?\s*/\s*loss(?:es)?|gain\s+or\s+loss|seats\s+(?:change|gained\s*/\s*lost))\s*",
                                re.I)
#: "Labour lost five seats", "the Greens gained two": the verb right before the count.
_COUNT_CHANGE_VERB = lazyre.compile(r"\b(?P<v>lost|lose|loses|losing|shed|sheds|dropped|drops|down|gained|gains|gain|"
                                    r"won|wins|picked\s+up|picks\s+up|up|added|adds)\s+(?:a\s+net\s+(?:of\s+)?|"
                                    r"another\s+)?$", re.I)
_LOSS_VERBS = ("lost", "lose", "loses", "losing", "shed", "sheds", "dropped", "drops", "down")


class TableCountChange:
    """A change in a count stated in prose ("Labour lost five seats") and the change cell of
    the table row it names (-3), with the cell's sign."""

    __slots__ = ("stated", "cell", "signed", "direction", "verb")

    def __init__(self, stated: Figure, cell: Figure, signed: float, direction: int, verb: str) -> None:
        self.stated, self.cell, self.signed, self.direction, self.verb = stated, cell, signed, direction, verb


def table_count_changes(doc: Document) -> List[TableCountChange]:
    """Prose changes of a count against the change column of the table row they name, the
    table at most two paragraphs away; only when they disagree in size or sign."""
    figures = read_figures(doc)
    cells: Dict[str, List[Tuple[Figure, set]]] = {}
    headers: Dict[int, set] = {}
    for f in figures:
        if f.place != "table" or f.table is None or not f.row:
            continue
        headers.setdefault(f.table, set()).add(f.column.strip().lower())
    if not headers:
        return []
    from lintnews.analysis.figures.context import context, stem

    for f in figures:
        if f.place == "table" and f.table is not None and f.row and f.kind == "count" \
                and _CHANGE_HEADER.fullmatch(f.column or "") and len(f.row_label.strip()) >= 3:
            cells.setdefault(f.row_label.strip(), []).append((f, {stem(h) for h in headers[f.table]}))
    if not cells:
        return []
    out: List[TableCountChange] = []
    for f in figures:
        if f.kind != "count" or f.place == "table" or f.sentence is None or f.quantity is None:
            continue
        m = _COUNT_CHANGE_VERB.search(f.region.text, max(f.sentence.start, f.qual_start - 30), f.qual_start)
        if m is None:
            continue
        said = f.sentence.text
        head = context(f.quantity).head
        for label, got in cells.items():
            if not re.search(r"\b" + re.escape(label) + r"s?\b", said):
                continue
            near = [(c, hs) for c, hs in got if head in hs and _table_next_to(doc, c, f)]
            if len(near) != 1:
                continue
            cell = near[0][0]
            before = cell.region.text[: cell.start].strip()
            sign = -1.0 if before.endswith(("-", "−", "–")) else 1.0
            direction = -1 if m.group("v").lower() in _LOSS_VERBS else 1
            if not before.endswith(("-", "−", "–", "+")) and direction < 0:
                continue  # an unsigned cell: the column may count losses
            if cell.value == f.value and (cell.value == 0 or sign == direction):
                continue
            out.append(TableCountChange(f, cell, sign * cell.value, direction, m.group("v")))
    return out
