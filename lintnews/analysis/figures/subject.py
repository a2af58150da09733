"""What a figure's sentence is about: the times it refers to ("in 2004", "last year",
"the fourth quarter") and the people, places and bodies it names. Two figures with
different times or names are different quantities, whatever their nouns."""

from __future__ import annotations

import re
from typing import FrozenSet, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.analysis.figures.context import _MONTHS, _WEEKDAYS, STOP, context, stem
from lintnews.analysis.figures.nouns import is_person_noun
from lintnews.analysis.figures.quantity import Quantity

_TIME_WORDS = lazyre.compile(
    r"\b(?:(?P<year>1[89]\d\d|20\d\d)(?!\d)|(?P<rel>last|this|next|previous|same|coming|past)\s+"
    r"(?P<unit>year|month|week|quarter|season|summer|winter|spring|autumn|decade|century)|"
    r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?P<span>quarter|half)|"
    r"(?P<fy>full[\s-]year|half[\s-]year|year[\s-]earlier|a\s+year\s+(?:earlier|ago|before)|"
    r"annual(?:ly)?|quarterly|monthly|weekly|daily|yearly|per\s+year|a\s+year|each\s+year|"
    r"yesterday|today|tomorrow|year[\s-]on[\s-]year|year[\s-]to[\s-]date)|"
    r"(?P<q>q[1-4])|(?P<month>january|february|march|april|june|july|august|september|october|"
    r"november|december)|(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)


def time_signature(q: Quantity) -> FrozenSet[Tuple[str, str]]:
    """Times the figure's sentence refers to, as ``(kind, value)`` pairs: ``("year", "2004")``,
    ``("rel", "last year")``, ``("month", "january")``, ``("part", "4 quarter")``..."""
    sig = q.extra.get("time")
    if sig is None:
        s = q.sentence
        text = s.text if s is not None else q.region.text
        out = set()
        # "Her majority of 392 compares with Labour's majority of 540 in 2022": the time
        # after a comparison the figure makes is the other figure's
        offset = s.start if s is not None else 0
        rest = text[max(0, q.end - offset) :]
        ref = _REFERENCE_AFTER.search(rest) if ("compar" in rest or " from " in rest or "against" in rest) else None
        limit = max(0, q.end - offset) + ref.start() if ref is not None else len(text)
        for m in _TIME_WORDS.finditer(text, 0, limit):
            if m.group("year"):
                out.add(("year", m.group("year")))
            elif m.group("rel"):
                out.add(("rel", f"{m.group('rel').lower()} {m.group('unit').lower()}"))
            elif m.group("ord"):
                out.add(("part", f"{m.group('ord').lower()[:1]} {m.group('span').lower()}"))
            elif m.group("fy"):
                out.add(("span", _DASHES_SPACES.sub(" ", m.group("fy").lower())))
            elif m.group("q"):
                out.add(("part", f"{m.group('q')[1]} quarter"))
            elif m.group("month"):
                out.add(("month", m.group("month").lower()))
            elif m.group("day"):
                out.add(("day", m.group("day").lower()))
        sig = frozenset(out)
        q.extra["time"] = sig
    return sig


_DASHES_SPACES = lazyre.compile(r"[\s-]+")
_REFERENCE_AFTER = lazyre.compile(r"\b(?:compares?\s+with|compared\s+(?:with|to)|up\s+from|down\s+from|against)\b",
                                  re.I)
_POSSESSIVE_END = lazyre.compile(r"['’]s$")
_CONTRACTION_END = lazyre.compile(r"['’](?:re|ve|ll|d|m|t)$")


def sentence_names(q: Quantity) -> FrozenSet[str]:
    """Capitalised words of the figure's sentence, except its first word and the figure's
    own noun phrase: the people, places and bodies the sentence is about."""
    got = q.extra.get("names")
    if got is None:
        s = q.sentence
        text = q.region.text
        start, end = (s.start, s.end) if s is not None else (0, len(text))
        skip_from, skip_to = q.start, q.extra.get("after", q.end) + 40
        out = set()
        first = True
        lower = lower_words(q)
        for m in _NAME.finditer(text, start, end):
            if first:
                first = False
                if m.start() == start or not text[start : m.start()].strip(" \"“‘'(-—–"):
                    word = m.group().lower()
                    if word in lower or _POSSESSIVE_END.sub("", word) in lower or word in STOP:
                        continue  # an ordinary word capitalised to start the sentence
                    if word.endswith("s") and is_person_noun(stem(word)):
                        continue  # "Managers said ...", "Unions say ...": people, not a name
            if skip_from <= m.start() < skip_to and context(q).head_word and m.start() <= q.end + 40:
                if m.group() in (context(q).head_word,):
                    continue
            w = m.group()
            if w.endswith(("'s", "’s")):
                w = w[:-2]
            w = _CONTRACTION_END.sub("", w)
            if w.lower() in STOP or w.lower() in ("i", "we", "you", "they", "he", "she", "it", "don", "didn", "isn") or w.lower() in _MONTHS or w.lower() in _WEEKDAYS:
                continue
            out.add(w)
        got = frozenset(out)
        q.extra["names"] = got
    return got


_NAME = lazyre.compile(r"\b[A-Z][\w&'’-]*")
_LOWER_WORD = lazyre.compile(r"\b[a-z][a-z'’-]*")


def lower_words(q: Quantity) -> FrozenSet[str]:
    """Words the figure's document writes in lower case somewhere (cached per document)."""
    doc = q.doc_ref() if q.doc_ref is not None else None
    if doc is None:
        return frozenset(_LOWER_WORD.findall(q.region.text))
    return doc.memo("figures.lower-words", _lower_words)


def _lower_words(doc) -> FrozenSet[str]:
    return frozenset(w for r in doc.regions for w in _LOWER_WORD.findall(r.text))


_PAST = frozenset({("span", "a year earlier"), ("span", "a year ago"), ("span", "a year before"),
                   ("span", "year earlier"), ("rel", "last year"), ("rel", "previous year"),
                   ("rel", "last month"), ("rel", "last week"), ("rel", "previous month")})


def different_times(a: Quantity, b: Quantity, definite: bool = False) -> bool:
    """True when the two figures' sentences name different times of one kind
    (2003 and 2004; January and February; the third and fourth quarters), or one of them
    looks back ("a year ago", "last year") and the other does not. A *definite*
    back-reference to a count ("the four detainees freed last month") names the time of
    an event, not of the count, so a look-back alone does not separate it."""
    ta, tb = time_signature(a), time_signature(b)
    if not definite and (ta & _PAST) != (tb & _PAST) and (_near_past(a) or _near_past(b)):
        return True
    if not ta or not tb:
        return False
    for kind in ("year", "rel", "month", "part", "span", "day"):
        va = {v for k, v in ta if k == kind}
        vb = {v for k, v in tb if k == kind}
        if va and vb and not (va & vb):
            return True
    return False


def _near_past(q: Quantity) -> bool:
    """A look-back ("a year ago", "last year") within a few words of the figure."""
    text = q.region.text
    s = q.sentence
    lo = max(s.start if s is not None else 0, q.qual_start - 45)
    hi = min(s.end if s is not None else len(text), q.end + 45)
    return _PAST_WORDS.search(text, lo, hi) is not None


_PAST_WORDS = lazyre.compile(r"\b(?:a\s+year\s+(?:earlier|ago|before)|year[\s-]earlier|(?:last|previous)\s+"
                         r"(?:year|month|week))\b(?!['’]s)", re.I)
