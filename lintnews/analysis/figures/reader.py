"""The figure reader: every figure of a draft read once, as a :class:`Figure`.

``read_figures(doc)`` returns every figure of *doc* in document order (cached per
document): the headline, the standfirst, the body, list items and table cells all feed
it. Each :class:`Figure` carries

* ``value`` (times its ``scale``: "£4.5bn" is 4.5e9), ``upper`` for a range, ``half``
  (the rounding its digits allow) and the interval ``low``-``high`` the figure is
  consistent with, widened by its approximation;
* ``kind``: what sort of number it is: ``count``, ``currency``, ``percent``, ``pp``
  (percentage points), ``points``, a measured dimension (``length``, ``mass``, ``area``,
  ``volume``, ``speed``, ``temperature``, ``power``, ``energy``, ``data``), ``duration``,
  ``age``, ``year``, ``date`` (a day or a month: "3 March 2025", "March 2022", "from
  June") and ``time`` (a time of day: "06:00", "8pm");
* ``unit`` (the unit's canonical spelling: "km", "%", "hours"), ``currency`` (an ISO
  code), ``scale`` and ``approx`` (``about``, ``nearly``, ``over``, ``under`` or ``""``,
  with ``approx_text`` as written: "more than", "almost", "up to");
* ``thing``: the noun counted or measured ("4,000 *jobs*", "55% of *sales*", "*turnout* was
  31%"); ``entity``: whose figure it is (the person of an age, else the nearest name
  before it in its clause); ``when``: the time its clause names ("2024", "last season",
  "a year earlier");
* ``role``: ``total``, ``part``, ``change``, ``rate``, ``share``, ``age``, ``date``,
  ``time``, ``duration``, ``conversion``, or ``amount`` for a figure that is none of
  these (a level: "employs 4,000 people");
* ``place`` (``headline``, ``standfirst``, ``body``, ``list``, ``table``), and for a table
  cell its ``row`` and ``column`` header; ``voice``: ``writer``, ``source`` (a sentence that
  reports a source: "..., the council said") or ``quote`` (inside quotation marks or a
  blockquote).

Dates carry ``date`` and ``date_end`` (the first and last day a date may mean: a month
spans its days), times ``minutes`` after midnight and ``day`` (the date or weekday
written beside them). ``quantity`` is the extractor's record
(:class:`~lintnews.analysis.figures.quantity.Quantity`) for everything but dates and
times. Everything beyond the value is read lazily, on first use.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Dict, List, Optional, Sequence, Tuple

from lintnews.analysis.figures.context import STOP, context
from lintnews.analysis.figures.dates import WEEKDAYS, CalendarMention, calendar_mentions
from lintnews.analysis.figures.extract import quantities
from lintnews.analysis.figures.headline import headline_regions
from lintnews.analysis.figures.quantity import Quantity, to_base
from lintnews.matching import patterns as lazyre
from lintnews.analysis.figures.reading import folded_words, spaced_words
from lintnews.text.document import Document, Region, Sentence

__all__ = ["Figure", "KINDS", "ROLES", "is_verb", "read_figures", "region_figures", "sentence_figures"]

#: Every ``kind`` a figure may have.
KINDS = ("count", "currency", "percent", "pp", "points", "length", "mass", "area", "volume", "speed",
         "temperature", "power", "energy", "data", "duration", "age", "year", "date", "time")
#: Every ``role`` a figure may have.
ROLES = ("total", "part", "change", "rate", "share", "age", "date", "time", "duration", "conversion", "amount")
#: The words of each approximation, as the extractor reads them.
APPROX = ("about", "nearly", "over", "under")


_UNREAD = object()  # a lazily read field not read yet


class Figure:
    """One figure as written, read once. See the module docstring for the fields.

    (Slotted: a long draft holds thousands; ``thing``, ``entity``, ``when``, ``role`` and
    ``voice`` are read on first use and kept in their slots.)"""

    __slots__ = ("region", "start", "end", "kind", "value", "sentence", "quantity", "qual_start", "half", "upper",
                 "unit", "currency", "scale", "approx", "date", "date_end", "minutes", "mention", "index", "place",
                 "row", "column", "table", "row_label", "day", "whole", "_thing", "_entity", "_when", "_role", "_voice")

    def __init__(self, region: Region, start: int, end: int, kind: str, value: float, *,
                 sentence: Optional[Sentence] = None, quantity: Optional[Quantity] = None,
                 qual_start: Optional[int] = None, half: float = 0.0, upper: Optional[float] = None,
                 unit: str = "", currency: str = "", scale: float = 1.0, approx: str = "",
                 date: Optional[dt.date] = None, date_end: Optional[dt.date] = None,
                 minutes: Optional[int] = None, calendar_mention: Optional[CalendarMention] = None) -> None:
        self.region = region
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.sentence = sentence
        self.quantity = quantity
        self.qual_start = start if qual_start is None else qual_start
        self.half = half
        self.upper = upper
        self.unit = unit
        self.currency = currency
        self.scale = scale
        self.approx = approx
        self.date = date
        self.date_end = date_end
        self.minutes = minutes
        self.mention = calendar_mention
        #: Set by :func:`read_figures`: the figure's index in document order, its place,
        #: and for table cells the row (0 = header) and the column's header text.
        self.index = -1
        self.place = "body"
        self.row: Optional[int] = None
        self.column = ""
        #: For a table cell: the index of its table's first cell region (names the table),
        #: and the text of its row's first cell (what the row is about: "Sam Hartley").
        self.table: Optional[int] = None
        self.row_label = ""
        #: For a time of day: the date or weekday written with it (set by the reader).
        self.day: Optional[CalendarMention] = None
        #: For a bare part: the whole it took its unit or noun from (set by the reader).
        self.whole: Optional["Figure"] = None
        self._thing = self._entity = self._when = self._role = self._voice = _UNREAD

    # -- as written ---------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The figure as written, with its currency, scale and unit ("£4.5bn", "30 hours")."""
        return self.region.text[self.start : self.end]

    @property
    def shown(self) -> str:
        """The figure with its approximation, as written ("more than 4,000")."""
        end = self.quantity.extra.get("after", self.end) if self.quantity is not None else self.end
        return self.region.text[self.qual_start : end]

    @property
    def approx_text(self) -> str:
        """The approximation words as written ("more than", "almost"), or ``""``."""
        if not self.approx or self.qual_start >= self.start:
            after = self.quantity.extra.get("after") if self.quantity is not None else None
            return self.region.text[self.end : after].strip() if after else ""
        return self.region.text[self.qual_start : self.start].strip()

    # -- values ---------------------------------------------------------------------------

    @property
    def low(self) -> float:
        if self.quantity is not None:
            return self.quantity.low
        return self.value - self.half

    @property
    def high(self) -> float:
        if self.quantity is not None:
            return self.quantity.high
        return (self.upper if self.upper is not None else self.value) + self.half

    @property
    def base(self) -> float:
        """The value in the dimension's base unit (metres, kilograms, seconds, degrees C)."""
        q = self.quantity
        return to_base(self.value, q) if q is not None else self.value

    def base_interval(self) -> Tuple[float, float]:
        q = self.quantity
        return q.base_interval() if q is not None else (self.low, self.high)

    @property
    def comparable(self) -> bool:
        """False for vague amounts ("hundreds"), scores and codes."""
        q = self.quantity
        return q.comparable if q is not None else True

    # -- what, whose, when, which role ----------------------------------------------------

    @property
    def thing(self) -> str:
        got = self._thing
        if got is _UNREAD:
            got = self._thing = self._read_thing()
        return got

    def _read_thing(self) -> str:
        """The noun counted or measured, as written (lower case), or ``""``."""
        q = self.quantity
        if q is None or self.kind in ("year", "date", "time"):
            return ""
        ctx = context(q)
        if ctx.head_word and (is_verb(ctx.head_word) or ctx.head_word.lower() in _NOT_THINGS):
            return ""  # "225 million goes to roads", "330 finished", "80 - about a third": no noun of its own
        if ctx.head_word and self.region.text[q.extra.get("after", q.end) : q.extra.get("after", q.end) + 3] \
                in _DASHES_AFTER:
            return ""  # "was only 180 - a rise of 62%": what follows the dash is another phrase
        if ctx.head_word and not (ctx.partitive and ctx.of_head):
            return ctx.head_word.lower()
        of = _OF_NOUN.match(self.region.text, q.extra.get("after", q.end))
        if of is not None:
            return of.group(1).lower()
        for word in ctx.left[:3]:
            if word in _MEASURE_NOUNS or word.endswith(_NOUN_ENDINGS):
                return word
        return ctx.head_word.lower()

    @property
    def entity(self) -> str:
        got = self._entity
        if got is _UNREAD:
            got = self._entity = self._read_entity()
        return got

    def _read_entity(self) -> str:
        """Whose figure it is: the person of an age, else the nearest name before the
        figure in its clause ("Acme's profits rose to £5m": "Acme"), or ``""``."""
        q = self.quantity
        if q is not None and q.person:
            return q.person
        s = self.sentence
        lo = s.start if s is not None else 0
        text = self.region.text
        best = ""
        for m in _NAME_RUN.finditer(text, lo, self.qual_start):
            words = m.group().split()
            if m.start() == lo and len(words) == 1:
                continue  # the sentence's first word
            if words[0].lower() in STOP or words[0].lower() in _NOT_ENTITY:
                words = words[1:]
            if words:
                best = " ".join(words)
            if _BREAK.search(text, m.end(), self.qual_start):
                best = ""  # a clause break between the name and the figure
        return _POSSESSIVE.sub("", best)

    @property
    def when(self) -> str:
        got = self._when
        if got is _UNREAD:
            got = self._when = self._read_when()
        return got

    def _read_when(self) -> str:
        """The time the figure's clause names, nearest first ("2024", "last season",
        "a year earlier", "March"), or ``""``."""
        s = self.sentence
        text = self.region.text
        lo, hi = (s.start, s.end) if s is not None else (0, len(text))
        best: Optional[Tuple[int, str]] = None
        for m in _WHEN.finditer(text, lo, hi):
            if m.start() <= self.start < m.end():
                continue
            gap = self.qual_start - m.end() if m.end() <= self.qual_start else m.start() - self.end
            if _BREAK.search(text, *sorted((m.end(), self.qual_start) if m.end() <= self.qual_start
                                           else (self.end, m.start()))):
                gap += 1000  # in another clause: only if nothing nearer
            if best is None or gap < best[0]:
                best = (gap, " ".join(m.group().split()))
        return best[1] if best is not None else ""

    @property
    def role(self) -> str:
        got = self._role
        if got is _UNREAD:
            got = self._role = self._read_role()
        return got

    def _read_role(self) -> str:
        """``total``, ``part``, ``change``, ``rate``, ``share``, ``age``, ``date``, ``time``,
        ``duration``, ``conversion`` or ``amount`` (read from the words around the figure)."""
        kind = self.kind
        if kind == "age":
            return "age"
        if kind in ("year", "date"):
            return "date"
        if kind == "time":
            return "time"
        q = self.quantity
        if self._conversion():
            return "conversion"
        if kind == "duration":
            return "duration"
        ctx = context(q)
        text = self.region.text
        before = text[max(0, self.qual_start - 24) : self.qual_start].lower()
        after = text[q.extra.get("after", q.end) : q.end + 30].lower()
        if q.extra.get("lead") == "from" or _REFERENCE_BEFORE.search(before):
            return "amount"  # "up from 20,000", "compared with 9,600": the figure a change starts from
        if _CHANGE_AFTER.match(after) or _CHANGE_BY.search(before) or _UP_DOWN.search(before) \
                and not _NOT_CHANGE_UP.search(before) \
                or kind in ("percent", "pp", "points") and ctx.change and not _NOT_CHANGE_UP.search(before):
            return "change"
        if ctx.per or _PER_AFTER.match(after) or _AVERAGE_BEFORE.search(before):
            return "rate"
        if ctx.whole or _TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(before):
            return "total"
        if ctx.partitive or _PART_BEFORE.search(before):
            return "part" if kind != "percent" else "share"
        if kind in ("percent",) or q.extra.get("fraction") or q.extra.get("ratio"):
            return "share"
        return "amount"

    def _conversion(self) -> bool:
        """In parentheses right after a figure of the same dimension in another unit or
        currency: "5 km (3 miles)", "€40m (£35m)"."""
        text = self.region.text
        open_ = text.rfind("(", max(0, self.qual_start - 3), self.qual_start)
        if open_ < 0 or text[open_ + 1 : self.qual_start].strip():
            return False
        prev = _PREVIOUS_FIGURE.search(text, max(0, open_ - 40), open_)
        if prev is None:
            return False
        return True if self.kind in _CONVERTED or self.kind == "currency" else False

    @property
    def voice(self) -> str:
        got = self._voice
        if got is _UNREAD:
            got = self._voice = self._read_voice()
        return got

    def _read_voice(self) -> str:
        """``quote`` inside quotation marks or a blockquote, ``source`` in a sentence (or
        the part of one) that reports a source, else ``writer``."""
        region = self.region
        if region.blockquote or region.in_quote(self.start, self.end):
            return "quote"
        s = self.sentence
        if s is None:
            return "writer"
        from lintnews.analysis.voice.speaker import reported_at

        return "source" if reported_at(s, None, self.start) else "writer"

    def __repr__(self) -> str:
        return f"Figure({self.text!r}, {self.kind}, {self.value:g}, role={self.role})"


#: Verbs that follow a bare figure ("5,200 went to members", "330 finished"): not the
#: thing it counts.
_VERBS = frozenset("""went came goes comes go come were was are is be been have has had will would could should may
    might must can did do does said says say got gets get remain remains stay stays left took take takes made make
    makes saw see sees won lost need needs needed stood stands sat sit face faces live lives work works worked
    bought sold paid spent gave found held kept met ran sent told wrote brought built caught chose drove fell grew
    knew rose spoke threw understood wore buy sell pay spend give find hold keep meet run send tell
    concern concerns relate relates represent represents correspond corresponds belong belongs involve
    involves""".split())  # (the last ones after a part in translated copy: "of which 31 million concern the harvest")
_NOT_VERBS_ED = frozenset("hundred speed breed seed steed creed need bed shed red weed feed reed sled".split())


_DASHES_AFTER = frozenset((" - ", " – ", " — "))
_NOT_THINGS = frozenset("about around roughly some nearly almost approximately just or and to".split())


def is_verb(word: str) -> bool:
    """A word that is surely a verb after a figure: a common one, or a past form in -ed."""
    w = word.lower()
    return w in _VERBS or len(w) > 4 and w.endswith("ed") and w not in _NOT_VERBS_ED


_OF_NOUN = lazyre.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|his\s+|her\s+|our\s+)?(?:[a-z][\w'’-]*\s+){0,2}?"
                          r"([a-z][\w'’-]*?s)\b")
_MEASURE_NOUNS = frozenset(
    """attendance crowd turnout price cost fee fare bill profit profits revenue revenues sales turnover loss
    losses debt deficit budget fine salary wage pay rate rates range height length weight speed distance
    toll majority margin stake share value income earnings spending investment output capacity population
    total sum figure score temperature rainfall fund loan grant tax rent""".split()
)
_NOUN_ENDINGS = ("tion", "ment", "ance", "ence", "ship", "ness", "ure")
_NAME_RUN = lazyre.compile(r"\b[A-Z][\w&'’.-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w&'’.-]*)*")
_NOT_ENTITY = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                        "may june july august september october november december mr mrs ms dr".split())
_POSSESSIVE = lazyre.compile(r"['’]s?$")
_BREAK = lazyre.compile(r"[;:()]|,\s+(?:and|but|while|whereas|although)\b|\b(?:while|whereas|but)\b")
_WHEN = lazyre.compile(
    r"\b(?:(?:in|during|since|for|of|by)\s+)?(?:1[89]\d\d|20\d\d)(?:[-/–]\d\d)?\b(?!\s*(?:%|per))"
    r"|\b(?:last|this|next|previous|the\s+previous|the\s+same|a)\s+(?:year|month|week|quarter|season|summer|"
    r"winter|spring|autumn|decade)(?:\s+(?:earlier|before|ago))?\b"
    r"|\b(?:first|second|third|fourth|final)[\s-]+(?:quarter|half)\b|\bQ[1-4]\b"
    r"|\b(?:yesterday|today|tomorrow|a\s+year\s+(?:earlier|ago|before)|year[\s-]on[\s-]year|now|currently)\b"
    r"|\bthen(?<=\d then)(?=\s*[,;:.)])",
    re.I)
_CHANGE_AFTER = lazyre.compile(r"\s*(?:more|fewer|less|higher|lower|up|down)\b(?!\s+(?:than\s+)?(?:or\b|to\b))"
                               r"|[\s-]*(?:rise|increase|fall|drop|cut|jump|decline|reduction|hike|gain|"
                               r"improvement|decrease)\b")
_CHANGE_BY = lazyre.compile(r"\b(?:rise|rose|risen|fell|fall|fallen|cut|drop|dropped|grew|growth|gain|gained|jump|"
                            r"jumped|hike|loss|eased|sank|dipped|slid|slipped|increase|increased|decrease|decreased|"
                            r"decline|declined|reduced|reduction|climbed|slumped|surged|soared|plunged|boosted|"
                            r"widened|narrowed|shrank|expanded)\s+(?:by|of)\s+(?:almost\s+|nearly\s+|about\s+|"
                            r"around\s+|some\s+|over\s+|more\s+than\s+|less\s+than\s+)?$", re.I)
_UP_DOWN = lazyre.compile(r"\b(?:up|down)\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|some\s+|over\s+)?$", re.I)
_REFERENCE_BEFORE = lazyre.compile(r"\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?|on\s+last\s+\w+['’]s)"
                                   r"\s+(?:the\s+|a\s+|its\s+|their\s+)?$")
_NOT_CHANGE_UP = lazyre.compile(r"\b(?:made|make|makes|making|set|sets|summed|sum|added|adds|end|ended|ends|took|"
                                r"take|takes|picked|picks|built|builds|split|broken|broke|shored|drawn|drew|"
                                r"racked|racks|clocked|clocks|signed|signs|sets)\s+up\s+$|\bup\s+to\s+$", re.I)
_PER_AFTER = lazyre.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:per|a|an|each)\s+(?:head|person|capita|day|week|month|year|"
                            r"hour|night|visitor|patient|pupil|household|practice|school|member|passenger|ticket)\b"
                            r"(?!\s+(?:earlier|ago|before|later|on))"
                            r"|\s+each\b|/(?:day|week|month|year|head|hour)\b")
_AVERAGE_BEFORE = lazyre.compile(r"\b(?:average|averaging|averaged|mean|median|typical|per[\s-]head)\s+(?:of\s+)?$"
                                 # "one GP for every 4,000 residents": a ratio, not a count
                                 r"|\bfor\s+every\s+$")
_TOTAL_AFTER = lazyre.compile(r"[^.;]{0,30}?\b(?:in\s+(?:all|total)|altogether|combined|overall)\b")
_TOTAL_BEFORE = lazyre.compile(r"\b(?:total(?:s|ling|led|ed)?(?:\s+of)?|all|whole|entire|combined|overall|sum\s+of)\s+"
                               r"(?:the\s+)?$")
_PART_BEFORE = lazyre.compile(r"\b(?:of\s+(?:whom|which|them|these|those)|including|among\s+them|of\s+this|"
                              r"the\s+remaining|the\s+rest|while|with)\s+$|,\s+(?:and\s+)?$")
_PREVIOUS_FIGURE = lazyre.compile(r"[\d½¼¾%]\s*(?:[a-zA-Z°º/²³.'’\s-]{0,24})?\s*$")
_CONVERTED = frozenset("length mass area volume speed temperature energy power data".split())

# --------------------------------------------------------------------------- reading

_DIM_KIND = {"time": "duration"}


def read_figures(doc: Document) -> List[Figure]:
    """Every figure of *doc*, in document order (a memo of the document: nothing is kept
    once the document is gone)."""
    return doc.memo("figures.reader", _read_document)


def sentence_figures(doc: Document) -> List[List[Figure]]:
    """The figures of *doc* that stand in a sentence, one list per sentence in document
    order (a memo of the document)."""
    return doc.memo("figures.by-sentence", _group_by_sentence)


def _group_by_sentence(doc: Document) -> List[List[Figure]]:
    groups: List[List[Figure]] = []
    for f in read_figures(doc):
        if f.sentence is None:
            continue
        if groups and groups[-1][0].sentence is f.sentence:
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _read_document(doc: Document) -> List[Figure]:
    heads = headline_regions(doc)
    by_region: Dict[int, List[Quantity]] = {}
    for q in quantities(doc):
        by_region.setdefault(id(q.region), []).append(q)
    out: List[Figure] = []
    tables = _table_rows(doc)
    for region in doc.regions:
        figures = region_figures(region, by_region.get(id(region), []))
        if not figures:
            continue
        place = ("headline" if heads and region is heads[0] else "standfirst" if region in heads
                 else "table" if region.kind == "table-cell" else "list" if region.kind == "list-item" else "body")
        cell = tables.get(id(region))
        for f in figures:
            f.place = place
            if cell is not None:
                f.row, f.column, f.table, f.row_label = cell
            f.index = len(out)
            out.append(f)
    _carry_over(out)
    return out


#: A sentence that opens on the group of the one before: "Of those, ...", "Of that, ...".
_OF_THAT_OPENING = lazyre.compile(r"\s*[\"“]?(?:Of|Out\s+of|Among)\s+(?:that|this|those|these|them|which|the\s+total)\s*,?\s*",
                                  re.I)
#: What may stand between a whole and a part that takes its unit or noun: "of which",
#: "of those", "including", "and", a comma, a few words ("goes to roads and").
_CARRY_GAP = lazyre.compile(r"[^.;()\d%£$€¥]{0,60}")
_CARRY_GAP_TOTAL = lazyre.compile(r"\s*[;:]\s*[^.;()\d%£$€¥]{0,20}")
_CARRY_CUE = lazyre.compile(r"\b(?:of\s+(?:which|whom|that|this|those|them|these)|including|and|with|while|the\s+rest|"
                            r"the\s+remaining|the\s+other)\b|,", re.I)
_UNIT_KINDS = frozenset("currency length mass area volume energy power data".split())


def _carry_over(figures: List[Figure]) -> None:
    """A bare figure takes the unit, currency or noun of the whole it is a part of, as
    an editor reads it: "190 million euros, of which 120 million goes to roads and 85
    million to rail" (euros), "8,000 tickets. Of those, 5,200 went to members and 3,300
    to the public" (tickets). The whole is the figure before it in its sentence with a
    cue between ("of which", "and", a comma; a scale word on both sides is cue enough),
    or, for a sentence that opens "Of those,", the first figure of the sentence before."""
    prev: Optional[Figure] = None
    for f in figures:
        whole = None
        if prev is not None and f.kind == "count" and f.quantity is not None and not f.unit and f.comparable:
            # the cheap tests (where the figures stand, the words between) before the
            # figure's noun and role are read
            if prev.sentence is f.sentence and prev.region is f.region:
                whole = prev if _carries(prev, f) else None
            elif f.sentence is not None and f.sentence.index > 0:
                text = f.region.text
                opening = _OF_THAT_OPENING.match(text, f.sentence.start)
                if opening is not None and opening.end() <= f.qual_start:
                    whole = _first_whole(figures, f)  # "Of those, 5,200 went to members"
                elif _BARE_OPENING.fullmatch(text, f.sentence.start, f.start) and _BARE_VERB.match(text, f.end):
                    whole = _first_whole(figures, f)  # "Some 53 are for adults"
            if whole is not None and (_EACH_AFTER.match(f.region.text, f.end)
                                      or f.thing and not _elided_kind(prev, f)
                                      or f.role not in ("part", "amount", "total")):
                whole = None  # ("roughly 9 at each site": a rate, not a part)
        if whole is not None:
            f.whole = whole
            if whole.kind in _UNIT_KINDS and (f.scale == whole.scale or f.scale == 1.0):
                f.kind, f.currency, f.unit = whole.kind, whole.currency, whole.unit
                if f.scale == 1.0 and whole.scale != 1.0 and _SCALED_WORD.match(f.region.text, f.end) is None:
                    pass
            elif whole.kind == "count" and whole.thing:
                f._thing = whole.thing
        prev = f


def _elided_kind(prev: Figure, f: Figure) -> bool:
    """ "7,100 are of forest, 3,900 of scrub": a part named by its kind after "of", like the
    part before it, the verb left out (not a count of its own noun)."""
    text = f.region.text
    if prev.whole is None:
        return False
    if _OF_KIND.match(text, f.end) is not None and _OF_KIND.match(text, prev.end) is not None:
        return True
    # "Of the 8,100 acres, 3,700 were vineyards, 2,900 olive groves and 1,800 wheat": the
    # first part says what it was, the later ones name only their kind, the verb left out
    if _KIND_ONLY.match(text, f.end) is None:
        return False
    p: Optional[Figure] = prev
    for _ in range(8):
        if p is None or p.whole is None or p.sentence is not f.sentence:
            return False
        if _COPULA_KIND.match(text, p.end) is not None:
            return True
        if _KIND_ONLY.match(text, p.end) is None:
            return False
        p = p.whole
    return False


#: A part naming its kind after a copula ("3,700 were vineyards,"), and one naming only its
#: kind, the verb left out ("2,900 olive groves and"): one or two words, then a list break.
_COPULA_KIND = lazyre.compile(r"\s+(?:are|were|is|was)\s+(?:of\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:[,;]|and\b)")
_KIND_ONLY = lazyre.compile(r"\s+(?:of\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:[,.;]|and\b|$)")
_OF_KIND = lazyre.compile(r"\s+(?:(?:are|were|is|was)\s+)?of\s+[a-z][\w-]*\s*(?:[,.;]|and\b|$)")
#: A sentence that opens on a bare count ("Some 53 are for adults"): the noun of the one before.
_BARE_OPENING = lazyre.compile(r"\s*(?:Some|About|Around|Nearly|Almost|Only|Just)?\s*")
_BARE_VERB = lazyre.compile(r"\s+(?:are|were|was|is|have|had|will|would|came|went)\b")
_EACH_AFTER = lazyre.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:at|for|in|to|per|a|an)?\s*(?:each|every|per|apiece)\b", re.I)
_SCALED_WORD = lazyre.compile(r"\s*(?:m|bn|million|billion)\b")


def _carries(whole: Figure, f: Figure) -> bool:
    if whole.kind not in _UNIT_KINDS and whole.kind != "count":
        return False
    text = f.region.text
    end = whole.quantity.extra.get("after", whole.end) if whole.quantity is not None else whole.end
    if end > f.qual_start:
        return False
    if not _CARRY_GAP.fullmatch(text, end, f.qual_start):
        # "The fund totals €340 million; 164 million will go to ...": a total, then its parts
        return whole.role == "total" and f.scale == whole.scale and _CARRY_GAP_TOTAL.fullmatch(
            text, end, f.qual_start) is not None
    if whole.kind in _UNIT_KINDS and f.scale != 1.0 and f.scale == whole.scale:
        return True  # "190 million euros ... 120 million": the scale word says it is money too
    return _CARRY_CUE.search(text, end, f.qual_start) is not None and f.value < whole.value * 1.5 \
        and (whole.kind == "count" or f.scale == whole.scale) and (whole.kind != "count" or bool(whole.thing))


def _first_whole(figures: List[Figure], f: Figure) -> Optional[Figure]:
    """The first figure with a unit or a noun in the sentence before *f*'s."""
    k = f.index - 1
    before = None
    while k >= 0 and figures[k].region is f.region and figures[k].sentence is f.sentence:
        k -= 1
    while k >= 0 and figures[k].region is f.region and figures[k].sentence is not None \
            and figures[k].sentence.index == f.sentence.index - 1:
        before = figures[k]
        k -= 1
    if before is None:
        return None
    if before.kind in _UNIT_KINDS or before.kind == "count" and before.thing:
        return before
    return None


def region_figures(region: Region, found: Optional[Sequence[Quantity]] = None) -> List[Figure]:
    """The figures of one region: its quantities (*found*, or extracted here) and its
    dates and times, in text order."""
    if found is None:
        from lintnews.analysis.figures.extract import region_quantities

        found = region_quantities(region)
    mentions = calendar_mentions(region)
    spans = [(c.start, c.end) for c in mentions if c.kind != "weekday"]
    out: List[Figure] = []
    extra = _article_durations(region, found)
    if extra:
        spans = sorted(spans + [(q.start, q.end) for q in extra])
    for q in found:
        if spans and _inside(spans, q.start, q.end):
            continue  # the "3" and "2025" of "3 March 2025" are the date's; "half" of "half an hour"
        out.append(_from_quantity(q))
    if extra:
        out.extend(_from_quantity(q) for q in extra)
        out.sort(key=_START)
    last_day: Optional[CalendarMention] = None
    for c in mentions:
        if c.kind == "weekday":
            continue
        f = _from_mention(region, c)
        if f is not None:
            out.append(f)
    if mentions:
        out.sort(key=_START)
        _attach_days(region, out, mentions)
    del last_day
    return out


_START = lambda f: f.start  # noqa: E731
#: "just over a week", "for an hour", "half an hour", "an hour and a half", "a fortnight":
#: durations the extractor leaves alone (it reads "a" and "an" as figures only before a
#: scale word). Read after a qualifier or a word that introduces a duration, and never
#: before "earlier", "ago", "later" ("a week later" is a date). Found at "a" or "an"
#: before a unit (a literal the engine scans for in C), then the words before are read.
_A_UNIT_SOURCE = (r"an?\s+(?P<unit>hour|day|week|fortnight|month|year|decade|minute)"
                  r"(?P<and>\s+and\s+a\s+(?:half|quarter))?\b(?!\s+(?:earlier|ago|before|later|on|after|or\s+so\s+ago)\b)"
                  r"(?![-\w])")
_A_UNIT = lazyre.compile(_A_UNIT_SOURCE, re.I)
#: The same, case-sensitive, for a region's folded text: it opens with a literal, which
#: the regex engine skips to in C (the case-blind one is tried at every character).
_A_UNIT_FOLDED = lazyre.compile(_A_UNIT_SOURCE)
#: Where a match of ``_A_UNIT_FOLDED`` that opens a word may start, in ASCII text with every
#: character but word characters made a space: a pattern that opens with a space and "a",
#: which the regex engine skips to in C far faster than to every "a" of the text.
_A_UNIT_SPACED = lazyre.compile(r" an?\s+(?:hour|day|week|fortnight|month|year|decade|minute)")


def _a_units(folded: str, spaced=None) -> List["re.Match[str]"]:
    """What ``_A_UNIT_FOLDED.finditer(folded)`` finds; in ASCII text without the matches
    that start inside a word ("tea day"), which the reader skips. (No match that opens a
    word starts inside one of these: after its "a" comes a unit, then "and a half".)
    *spaced*: ``spaced_words(folded)`` when the caller has it."""
    if spaced is None:
        spaced = spaced_words(folded)
    if spaced is None:
        return list(_A_UNIT_FOLDED.finditer(folded))
    match = _A_UNIT_FOLDED.match
    out = []
    end = 0
    if folded.startswith("a"):
        m = match(folded, 0)
        if m is not None:
            out.append(m)
            end = m.end()
    for hit in _A_UNIT_SPACED.finditer(spaced, max(end - 1, 0)):
        if hit.start() + 1 < end:
            continue
        m = match(folded, hit.start() + 1)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


_A_UNIT_LATER = lazyre.compile(r"\ban?\s+(?P<unit>day|week|fortnight|month|year|decade)\s+later\s*,\s+(?:on|in)\s+"
                               r"(?:the\s+)?(?=\d|[A-Z])", re.I)
_A_LEAD = lazyre.compile(
    r"\b(?:just\s+over|just\s+under|over|under|more\s+than|less\s+than|almost|nearly|about|around|roughly|"
    r"barely|only|for|lasted|lasting|last|lasts|took|takes|take|spent|within|after|of|than|in\s+under|in\s+about)"
    r"\s+(?P<half>half\s+)?$"
    r"|(?P<comma>,)\s+$"
    r"|(?P<frac>\b(?:half|a\s+quarter|three[\s-]quarters|a\s+third|two[\s-]thirds))\s+of\s+$", re.I)
#: "three quarters of an hour": the share of the unit.
_FRACTION_OF_UNIT = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75, "a third": 1 / 3,
                     "two thirds": 2 / 3, "two-thirds": 2 / 3}


_A_TRAIL = lazyre.compile(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.I)


def _article_durations(region: Region, found: Sequence[Quantity]) -> List[Quantity]:
    text = region.text
    low = None
    out: List[Quantity] = []
    if not (" a " in text or " an " in text or "half" in text or "A " in text):
        return out
    if region.fold_safe:
        # where the folded text matches, the text does, with the same span
        match = _A_UNIT.match
        matches = [match(text, m.start()) for m in _a_units(region.folded, folded_words(region))]
    else:
        matches = list(_A_UNIT.finditer(text))
    if "later," in text:
        # "a fortnight later, on 15 September": the period up to the date it leads to
        matches.extend(_A_UNIT_LATER.finditer(text))
        matches.sort(key=lambda m: m.start())
    for m in matches:
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        if m.re is _A_UNIT_LATER.compiled:
            lead = None
            start, end = m.start(), m.end("unit")
            if any(q.start < end and start < q.end for q in found):
                continue
            from lintnews.analysis.figures.reading import qualify
            from lintnews.analysis.figures.units import lookup

            q = Quantity(region, start, end, 1.0, 0.0, "time", lookup(m.group("unit")))
            q.sentence = _sentence_at(region, start)
            if low is None:
                low = text.lower()
            qualify(q, text, low)
            out.append(q)
            continue
        lead = _A_LEAD.search(text, max(0, m.start() - 20), m.start())
        if lead is not None and lead.group("comma") and m.group("unit").lower() in ("day", "hour", "minute"):
            lead = None  # ", a day of mourning" names an occasion; ", a fortnight of music" a span
        if lead is None and not _A_TRAIL.match(text, m.end()):
            continue  # "a week in all", "an hour altogether" need no word before them
        frac = lead.group("frac") if lead is not None else None
        start = lead.start("half") if lead is not None and lead.group("half") else lead.start("frac") if frac \
            else m.start()
        end = m.end()
        if any(q.start <= start < q.end and not (q.start >= start and q.end <= end) for q in found) and not frac:
            continue
        from lintnews.analysis.figures.reading import qualify
        from lintnews.analysis.figures.units import lookup

        if frac:
            value = _FRACTION_OF_UNIT.get(" ".join(frac.lower().split()), 1.0)
        elif lead is not None and lead.group("half"):
            value = 0.5
        elif m.group("and"):
            value = 1.25 if m.group("and").rstrip().endswith("quarter") else 1.5
        else:
            value = 1.0
        q = Quantity(region, start, end, value, 0.0, "time", lookup(m.group("unit")))
        q.sentence = _sentence_at(region, start)
        if low is None:
            low = text.lower()
        qualify(q, text, low)
        out.append(q)
    return out


def _has_time_word(text: str) -> bool:
    return "noon" in text or "midday" in text or "midnight" in text


def _inside(spans: List[Tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in one of *spans* (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _from_quantity(q: Quantity) -> Figure:
    kind = _DIM_KIND.get(q.dim, q.dim)
    if kind == "fraction":
        kind = "percent"
    unit = q.unit.key if q.unit is not None else ("%" if q.dim == "percent" else "")
    return Figure(q.region, q.start, q.end, kind, q.value, sentence=q.sentence, quantity=q, qual_start=q.qual_start,
                  half=q.half, upper=q.upper, unit=unit, currency=q.currency, scale=q.scale, approx=q.qualifier)


def _from_mention(region: Region, c: CalendarMention) -> Optional[Figure]:
    sentence = _sentence_at(region, c.start)
    if c.kind == "time":
        return Figure(region, c.start, c.end, "time", float(c.minutes), sentence=sentence, unit="minutes",
                      minutes=c.minutes, calendar_mention=c)
    year = c.year
    if c.day is not None:
        first = last = _date(year or 2000, c.month, c.day)
        if first is None:
            return None
    else:
        first = _date(year or 2000, c.month, 1)
        import calendar  # only for a month named without its day

        last = _date(year or 2000, c.month, calendar.monthrange(year or 2000, c.month)[1])
    value = float(first.toordinal())
    upper = float(last.toordinal()) if last != first else None
    return Figure(region, c.start, c.end, "date", value, sentence=sentence, upper=upper, unit="days",
                  date=first if year else None, date_end=last if year else None, calendar_mention=c)


def _date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _sentence_at(region: Region, at: int) -> Optional[Sentence]:
    sentences = region.sentences
    if not sentences:
        return None
    i = bisect.bisect_right(region.sentence_starts, at) - 1
    return sentences[max(i, 0)]


def _attach_days(region: Region, figures: List[Figure], mentions: List[CalendarMention]) -> None:
    """A time of day takes the date or weekday written with it: "06:00 on Saturday 11
    January", "Monday at 9am", "18:00 the following day"."""
    text = region.text
    days = [c for c in mentions if c.kind in ("date", "weekday")]
    starts = [c.start for c in days]
    for f in figures:
        if f.kind != "time":
            continue
        best = None
        # the day right after the time ("06:00 on Saturday"), else the one right before
        # ("Monday at 9am"): days are in text order and do not overlap
        k = bisect.bisect_left(starts, f.end)
        if k < len(days) and _TIME_DAY_GAP.fullmatch(text, f.end, days[k].start):
            best = days[k]
            if best.kind == "weekday" and k + 1 < len(days) and days[k + 1].kind == "date" \
                    and _WEEKDAY_DATE_GAP.fullmatch(text, best.end, days[k + 1].start):
                best = days[k + 1]  # "07:00 on Monday 9 March": the date the weekday names
        elif k and days[k - 1].end <= f.start and _DAY_TIME_GAP.fullmatch(text, days[k - 1].end, f.start):
            best = days[k - 1]
        f.day = best
        if best is None and _NEXT_DAY.match(text, f.end):
            f.day = CalendarMention(region, f.end, f.end, "next-day")


_TIME_DAY_GAP = lazyre.compile(r"\s*(?:GMT|BST|UTC|local\s+time)?\s*(?:on\s+|,\s*)?(?:the\s+)?")
_WEEKDAY_DATE_GAP = lazyre.compile(r",?\s*(?:the\s+)?")
_DAY_TIME_GAP = lazyre.compile(r",?\s*(?:at\s+|from\s+)?")
_NEXT_DAY = lazyre.compile(r"\s*(?:on\s+)?the\s+(?:following|next)\s+(?:day|morning|evening|afternoon)\b"
                           r"|\s+(?:the\s+)?next\s+(?:day|morning|evening)\b|\s+tomorrow\b", re.I)


def _table_rows(doc: Document) -> Dict[int, Tuple[int, str, int, str]]:
    """For each table cell region: its row in its table (0 is the header) and the header
    text of its column. Cells of one row share a source line."""
    out: Dict[int, Tuple[int, str, int, str]] = {}
    table: List[List[Region]] = []
    last_index = -2
    last_line = -1

    def flush() -> None:
        if not table:
            return
        header = [r.text.strip() for r in table[0]]
        first = table[0][0].index
        for row_no, row in enumerate(table):
            label = row[0].text.strip()
            for col, region in enumerate(row):
                out[id(region)] = (row_no, header[col] if col < len(header) else "", first, label)
        table.clear()

    for region in doc.regions:
        if region.kind != "table-cell":
            continue
        line = doc.line_of(region.source_span(0, max(1, len(region.text)))[0])
        if region.index != last_index + 1 and table:
            flush()
        if table and line == last_line:
            table[-1].append(region)
        else:
            table.append([region])
        last_index, last_line = region.index, line
    flush()
    return out


def weekday_of(name: str) -> int:
    """Monday is 0 ("Tue" and "Tuesday" both read)."""
    return WEEKDAYS[name.lower().rstrip(".")]
