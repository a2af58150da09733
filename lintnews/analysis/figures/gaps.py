"""Gaps: a difference between two figures stated beside them.

:func:`gap_statements` finds, in one sentence, a stated gap and the two figures it lies
between: "beat her rival by 22 votes, 340 to 318", "won 78-64, a margin of 14 points",
"took 4,210 votes to 3,880, a majority of 330", "a seven-point margin", "£15.20 and
£13.70, a gap of £1.50", "the difference between £8.4m and £7.1m is £1.3m", "six minutes
ahead of the runner-up on 47".

The gap is known by its words: a noun of difference before it ("a margin of", "a majority
of", "a gap of", "the difference ... is"), a compound ("a nine-point margin", "a 12-vote
majority"), "by N" after a verb of winning or leading, or "N ahead of" / "behind" /
"clear of". The two figures are the only two others of its kind in the sentence, joined
by "to", a dash, "and", "against" or "versus" (a change "from A to B" is not a pair).
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from lintnews.analysis.figures.reader import Figure, sentence_figures
from lintnews.matching import patterns as lazyre
from lintnews.analysis.figures.reading import spaced_words
from lintnews.text.document import Document

__all__ = ["GapStatement", "RatioStatement", "gap_interval", "gap_statements", "ratio_statements"]


class GapStatement:
    """The stated ``gap`` between ``larger`` and ``smaller``; ``mults`` put the three in one
    unit (seconds for durations; a bare rival "on 47" after "41 minutes" takes minutes)."""

    __slots__ = ("gap", "larger", "smaller", "mults")

    def __init__(self, gap: Figure, larger: Figure, smaller: Figure, mults: Tuple[float, float, float]) -> None:
        self.gap = gap
        self.larger = larger
        self.smaller = smaller
        self.mults = mults

    def __repr__(self) -> str:
        return f"GapStatement(gap={self.gap!r}, larger={self.larger!r}, smaller={self.smaller!r})"


def gap_statements(doc: Document) -> List[GapStatement]:
    """Every gap stated beside its two figures in one sentence (a memo of the document)."""
    return doc.memo("figures.gap-statements", _gap_statements)


def _gap_statements(doc: Document) -> List[GapStatement]:
    out: List[GapStatement] = []
    by_sentence = sentence_figures(doc)
    top: List[Figure] = []  # a margin in the headline or standfirst with no pair of its own
    result: Optional[Tuple[Figure, Figure]] = None  # the score the headline or lead gives ("24-21")
    for k, found in enumerate(by_sentence):
        text = found[0].region.text
        scores = [f for f in found if f.kind == "score"]
        if result is None and len(scores) == 2 and (found[0].place in ("headline", "standfirst")
                                                    or found[0].region.index <= 2):
            result = (scores[0], scores[1])
        elif result is not None and not scores and found[0].place == "body" \
                and _RESULT_CUE.search(text, found[0].sentence.start, found[0].sentence.end):
            # "sealed a three-point victory" after "won 24-21": the margin of the result given before
            cued = [g for g in found if _is_gap(g) == "gap" and g.kind in ("points", "count")
                    and _RESULT_AFTER.match(text, g.end)]
            if len(cued) == 1 and not any(f is not cued[0] and _family(f) == "n" and not _compound(f)
                                          and f.kind != "count" for f in found):
                a, b = result
                g = cued[0]
                if g.value <= max(a.value, b.value):
                    out.append(GapStatement(g, a, b, (1.0, 1.0, 1.0)) if a.value >= b.value
                               else GapStatement(g, b, a, (1.0, 1.0, 1.0)))
                continue
        if found[0].place in ("headline", "standfirst") and len(found) <= 2 \
                and _holds_cue(found[0].sentence):
            top.extend(g for g in found if _is_gap(g) == "gap" and g.kind in ("count", "points"))
            continue
        if top and found[0].place == "body":
            # "Greens take seat by 212 votes" over "won with 3,118 votes to Labour's 2,906": the
            # headline's margin against the first body sentence that gives two rivals' figures
            for g in top:
                st = _pair_for(g, found + [g], "gap", own=False)
                if st is not None:
                    out.append(st)
            top = []
        if len(found) < 3:
            continue
        if not _holds_cue(found[0].sentence):
            continue  # cheap gate: no word of difference in the sentence
        cues = [(g, _is_gap(g)) for g in found]
        cued = [(g, cue) for g, cue in cues if cue]
        if len(cued) != 1:
            continue  # no gap, or two ("leads by 14 points ... double the 7-point lead"): which is whose is unsaid
        g, cue = cued[0]
        st = _pair_for(g, [f for f in found if f is g or not _compound(f)], cue)
        if st is not None:
            out.append(st)
    return out


#: A word that may state a gap somewhere in the sentence (the gate before any closer look).
_ANY_CUE = lazyre.compile(r"\b(?:margin|majority|gap|difference|lead|advantage|by|ahead|behind|clear|victory|win|apart|"
                          r"saving)\b",
                          re.I)
_CUE_WORDS = "margin|majority|gap|difference|lead|advantage|by|ahead|behind|clear|victory|win|apart|saving"
#: ``_ANY_CUE`` for lower-case ASCII text with every character but word characters made a
#: space: it opens with a literal space, which the regex engine skips to in C (the word
#: boundary ``_ANY_CUE`` opens with has it try every character).
_ANY_CUE_SPACED = lazyre.compile(r" (?:" + _CUE_WORDS + r")\b")


def _holds_cue(sentence) -> bool:
    """``_ANY_CUE.search(text, sentence.start, sentence.end) is not None`` for the
    sentence's region text: in ASCII text, the search of the lower-cased sentence (and the
    character before it, which the word boundary reads) with its other characters spaced."""
    region = sentence.region
    start, end = sentence.start, sentence.end
    spaced = spaced_words(region.folded[start - 1 : end] if start else " " + region.folded[:end]) \
        if region.fold_safe else None
    if spaced is None:
        return _ANY_CUE.search(region.text, start, end) is not None
    return _ANY_CUE_SPACED.search(spaced) is not None


#: Before the gap: "a margin of", "a majority of just", "the difference ... is".
_NOUN_BEFORE = lazyre.compile(
    r"\b(?:margin(?!\s+of\s+error)|majority|gap|difference|lead|advantage|saving)\s+(?:of|was|is|stood\s+at|stands\s+at|(?:was\s+)?cut\s+to|"
    r"(?:was\s+)?reduced\s+to)\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|a\s+mere\s+)?$"
    # "their biggest margin of the season at four goals"
    r"|\b(?:margin|majority|gap|lead)\s+(?:of\s+the\s+(?:season|year|campaign|night|day|contest)\s+)?at\s+"
    r"(?:just\s+|only\s+|some\s+|about\s+|around\s+)?$",
    re.I)
#: "the difference between A and B is G": the noun at the sentence's start of the clause.
_DIFFERENCE_IS = lazyre.compile(r"\bdifference\s+between\b[^;]*\b(?:is|was|comes\s+to|came\s+to|of)\s+"
                                r"(?:just\s+|only\s+|some\s+|about\s+|around\s+)?$", re.I)
#: "won by", "beat her rival by", "led by", "edged it by".
_BY_BEFORE = lazyre.compile(r"\b(?:won|wins|win|winning|beat|beats|beaten|beating|defeated|defeating|lost|loses|losing|"
                            r"led|leads|leading|trailed|trails|trailing|edged|edging|ahead|behind|clear|prevailed|"
                            r"outpolled|outpolling|outscored|outscoring|outscore|outscores|take|takes|took|taking|hold|holds|held|holding|retain|retains|retained|"
                            r"keep|keeps|kept|snatch|snatches|snatched|seize|seizes|seized|clinch|clinches|clinched)\b"
                            r"(?:,?\s+[\w'’£$€.,-]+){0,6}?,?\s+by\s+(?:just\s+|only\s+|a\s+mere\s+|some\s+)?$",
                            re.I)
#: After the gap: "-point margin", " votes ahead of", " majority".
_UNIT_WORD = r"(?:[\s-]+(?:point|vote|goal|run|seat|stroke|minute|second|shot|length|place|percentage-point)s?)?"
_AFTER = lazyre.compile(_UNIT_WORD + r"\s+of\s+(?:difference|advantage|margin)\b|"
                        + _UNIT_WORD + r"(?:\s+(?:winning|overall|narrow|slender|comfortable|clear|healthy|commanding|"
                        r"final|half-time|early))?\s+(?:margin|majority|gap|lead|victory|advantage|win)\b"
                        r"|" + _UNIT_WORD + r"\s+apart\b", re.I)
#: "four points ahead of", "six minutes behind": the rival's figure comes after, "on 47".
_AHEAD_AFTER = lazyre.compile(_UNIT_WORD + r"\s+(?:ahead\s+of|behind|clear\s+of)\b", re.I)
#: Between the two figures: "340 to 318", "78-64", "4,210 votes to Labour's 3,880", "£15.20
#: an hour on average and women £13.70", "£8.4m and £7.1m", "31 against 24".
_LINK = lazyre.compile(r"(?:\s+[\w'’-]+){0,5}?\s*(?:,\s*)?(?:\bto\b|-|–|\band\b|\bagainst\b|\bversus\b|\bvs?\.?(?=\s)|"
                       r"\bcompared\s+(?:with|to)\b|\bwhile\b|\bwhereas\b|\bbeat\s+the\b)"
                       r"(?:\s+[\w'’-]+){0,3}?\s*,?\s*$|\s*(?:-|–)\s*$", re.I)
#: A change's start: "from 40 to 46" is not a pair of rivals.
_FROM_BEFORE = lazyre.compile(r"\b(?:from|up\s+from|down\s+from)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?$", re.I)
_OVER_RIVAL = lazyre.compile(r"(?:\s+(?:votes?|points?))?\s+(?:over|on|against)\s+(?:[\w'’.-]+\s+){0,3}?", re.I)
_MARGIN_OF_ERROR = lazyre.compile(r"[\s-]*(?:percentage[\s-])?(?:points?)?\s*margin\s+of\s+error\b", re.I)
#: "the 7-point lead she held last month", "than the", "double the": an earlier gap taken up.
_BACK_REFERENCE = lazyre.compile(r"\b(?:the|than|double|twice|half|last|previous|its|his|her|their)\s+$", re.I)
#: A figure written into a compound modifier ("the 50-state poll", "a three-point lead"):
#: not a rival's figure.
_COMPOUND = lazyre.compile(r"[^-]*\d[^-]*-[a-z]|[a-z]+-[a-z]", re.I)
_HYPHEN_WORD = lazyre.compile(r"-[a-z]", re.I)


def _compound(f: Figure) -> bool:
    return bool(_COMPOUND.match(f.text)) or bool(_HYPHEN_WORD.match(f.region.text, f.end))
#: The margin of a result: "a three-point victory", "a two-goal win", "a 12-run defeat".
_RESULT_CUE = lazyre.compile(r"\b(?:victory|win|defeat|margin)\b", re.I)
_RESULT_AFTER = lazyre.compile(r"(?:[\s-]*(?:point|goal|run|shot|stroke|try)s?)?[\s-]+(?:(?:winning|narrow|comfortable|"
                               r"famous|deserved)\s+)?(?:victory|win|defeat|margin)\b", re.I)
_TALLY_AFTER = lazyre.compile(r"(?:\s+votes?)?\s+to\s+\d", re.I)
_BY_VOTES_TO = lazyre.compile(r"\bby\s+\d[\d,]*\s+votes?\s+to\s+\d", re.I)
_MAJORITY_BEFORE = lazyre.compile(r"\bmajority\s+of\s+$", re.I)
#: "on 47", "with 318": the rival's figure after "ahead of the runner-up".
_RIVAL_ON = lazyre.compile(r"\s+(?:ahead\s+of|behind|clear\s+of)\s+(?:[\w'’-]+\s+){0,4}?(?:on|with)\s+$", re.I)


def _is_gap(g: Figure) -> str:
    """``gap`` for a gap between two figures, ``rival`` for one ahead of a rival named
    after it ("four points ahead of Ayr on 29"), else ``""``."""
    text = g.region.text
    if _TO_ONE.match(text, g.end):
        return ""  # "a majority of three to one": a ratio (see :func:`ratio_statements`)
    if _TALLY_AFTER.match(text, g.end):
        return ""  # "won by 318 votes to 290": a tally, not a margin
    if _MARGIN_OF_ERROR.match(text, g.end) or _BACK_REFERENCE.search(text, max(g.sentence.start, g.qual_start - 20),
                                                                   g.qual_start):
        return ""  # "a 10-point margin of error"; "double the 7-point lead she held last month"
    lo = max(g.sentence.start, g.qual_start - 60)
    # the words each pattern needs, looked for in the folded text first ("by" has no letter
    # that case-blind matching takes from another character; the nouns need a safe fold)
    folded = g.region.folded
    near = folded[lo : g.qual_start]
    safe = g.region.fold_safe
    if (not safe or _has_any(near, _GAP_NOUNS)) and _NOUN_BEFORE.search(text, lo, g.qual_start) \
            or "by" in near and _BY_BEFORE.search(text, lo, g.qual_start) \
            or (not safe or "difference" in folded[g.sentence.start : g.qual_start]) \
            and _DIFFERENCE_IS.search(text, g.sentence.start, g.qual_start) or _AFTER.match(text, g.end):
        return "gap"
    return "rival" if _AHEAD_AFTER.match(text, g.end) else ""


#: The nouns one of which every match of ``_NOUN_BEFORE`` holds.
_GAP_NOUNS = ("margin", "majority", "gap", "difference", "lead", "advantage", "saving")


def _has_any(text: str, words) -> bool:
    for w in words:
        if w in text:
            return True
    return False


def _family(f: Figure) -> str:
    if f.kind in ("count", "score", "points"):
        return "n"
    if f.kind == "currency":
        return "currency:" + (f.currency or "")
    if f.kind in ("percent", "pp"):
        return "percent"
    return f.kind


def _pair_for(g: Figure, found: List[Figure], cue: str, own: bool = True) -> Optional[GapStatement]:
    """The two figures *g* lies between, in its own sentence (*found*), or, when not *own*,
    in the sentence *found* (with *g* appended) that opens the body under it."""
    fam = _family(g)
    if fam in ("year", "date", "time", "age") or g.kind == "score":
        return None  # (a score's second figure, "a 17-6 half-time lead", is no gap)
    text = g.region.text
    if not own:
        others = [f for f in found if f is not g and _family(f) == fam]
        if len(others) != 2 or any(f.thing and g.thing and f.thing != g.thing and f is others[0] for f in others):
            return None
        a, b = others
        body = a.region.text
        if not _LINK.search(body, max(a.end, b.qual_start - 60), b.qual_start) \
                or _FROM_BEFORE.search(body, max(a.sentence.start, a.qual_start - 20), a.qual_start) \
                or a.role == "change" or b.role == "change" or g.value > max(a.value, b.value):
            return None
        return GapStatement(g, a, b, (1.0, 1.0, 1.0)) if a.value >= b.value else GapStatement(g, b, a, (1.0, 1.0, 1.0))
    if _BY_VOTES_TO.search(text, g.sentence.start, g.sentence.end) and \
            _MAJORITY_BEFORE.search(text, max(g.sentence.start, g.qual_start - 20), g.qual_start):
        return None  # "by 2,310 votes to 2,187, a majority of 123": FIG003 checks a majority after a vote
    if g.kind == "percent":
        return None  # "a lead of 5%": points or a relative lead, unsaid
    others = [f for f in found if f is not g and _family(f) == fam]
    if g.kind == "duration" and not others and g.value:
        # "won in 2:27:05, four minutes ahead of her rival, who finished in 2:31:50": a gap
        # between the two race times of its sentence (hours, minutes and seconds)
        times = [(f, _race_seconds(f)) for f in found if f.kind == "time"]
        times = [(f, t) for f, t in times if t is not None]
        if len(times) != 2 or len(found) != 3 or g.role == "change":
            return None
        (a, ta), (b, tb) = sorted(times, key=lambda x: -x[1])
        if not a.value or not b.value:
            return None
        return GapStatement(g, a, b, (_mult(g), ta / a.value, tb / b.value))
    if g.kind in ("pp", "points") and any(f.kind == "percent" for f in found):
        others = [f for f in found if f is not g and f.kind == "percent"]  # "a gap of five points" between shares
    rival = cue == "rival"
    if rival:
        # "eight minutes ahead of the runner-up on 47", "four points clear of Ayr on 29": the
        # one figure of its kind before the gap, and the rival's right after "on" or "with"
        before = [f for f in others if f.end <= g.qual_start]
        after = [f for f in found if f.start > g.end and _RIVAL_ON.match(text, g.end, f.qual_start) is not None
                 and (_family(f) == fam or f.kind == "count" and f.thing == "" and g.kind == "duration")]
        if len(before) != 1 or len(after) != 1 or g.kind == "duration" and before[0].unit != g.unit:
            return None
        a, b = before[0], after[0]
    else:
        if len(others) > 2:
            # "Riders from the two clubs finished on 212 and 187 points": a count of other things
            others = [f for f in others if not f.thing or f.thing == g.thing]
        if len(others) != 2:
            return None
        a, b = others
        if b.start < a.start:
            a, b = b, a
        over = a.end <= g.start and g.end <= b.qual_start
        if over and not _OVER_RIVAL.fullmatch(text, g.end, b.qual_start):
            return None  # "31 points - four points behind ... and a further five": the gap between them
            # (but "22,310 votes gave her a lead of 2,440 over Mr Hale's 19,870")
        rival = over
    if not (a.comparable or a.kind == "score") or not (b.comparable or b.kind == "score" or rival):
        return None
    if not rival and not _LINK.search(text, max(a.end, b.qual_start - 60), b.qual_start):
        return None
    if _FROM_BEFORE.search(text, max(a.sentence.start, a.qual_start - 20), a.qual_start) \
            or _FROM_BEFORE.search(text, max(a.sentence.start, a.start - 20), a.start):
        return None  # ("from 71 percent to 55 percent": a change, "from" read as the figure's own lead)
    if a.role == "change" or b.role == "change" or g.role == "change" and g.kind not in ("pp", "points"):
        return None
    mg, ma = _mult(g), _mult(a)
    mb = ma if rival and b.kind != a.kind else _mult(b)
    va, vb = a.value * ma, b.value * mb
    if g.value * mg > max(va, vb):
        return None  # the gap is larger than both: another quantity
    if va >= vb:
        return GapStatement(g, a, b, (mg, ma, mb))
    return GapStatement(g, b, a, (mg, mb, ma))


#: A race time in hours, minutes and seconds: "2:27:05", "1:52:30".
_RACE_TIME = lazyre.compile(r"(\d{1,2}):([0-5]\d):([0-5]\d)")


def _race_seconds(f: Figure) -> Optional[float]:
    m = _RACE_TIME.fullmatch(f.region.text, f.start, f.end)
    if m is None:
        return None
    return int(m.group(1)) * 3600.0 + int(m.group(2)) * 60 + int(m.group(3))


def _mult(f: Figure) -> float:
    return f.base / f.value if f.kind == "duration" and f.value else 1.0


def _interval(f: Figure, mult: float) -> Tuple[float, float]:
    if f.approx:
        return f.low * mult, f.high * mult
    half = f.half
    if f.kind in ("count", "score", "points") and f.value == int(f.value) and f.value % 10:
        half = 0.0  # "44 points", "318 votes": counted, not rounded
    return (f.value - half) * mult, ((f.upper if f.upper is not None else f.value) + half) * mult


def gap_interval(st: GapStatement) -> Tuple[Tuple[float, float], Tuple[float, float]]:
    """The differences the two figures allow and the values the stated gap allows, in the
    gap's unit."""
    mg, ml, ms = st.mults
    big, small, gap = _interval(st.larger, ml / mg), _interval(st.smaller, ms / mg), _interval(st.gap, 1.0)
    if st.larger.kind == "time" and not st.gap.approx and st.gap.value == int(st.gap.value):
        gap = (gap[0] - 0.5, gap[1] + 0.5)  # "three minutes clear" of a 3:10 gap: whole minutes, rounded
    return (big[0] - small[1], big[1] - small[0]), gap


# --------------------------------------------------------------------------- ratios

#: After a ratio's first term: "three to one", "3-to-1", "3:1".
_TO_ONE = lazyre.compile(r"(?:[\s-]+to[\s-]+(?:one|1)\b|:1\b)", re.I)
_RATIO_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: "a majority of more than three to one", "by almost 4-to-1", "a ratio of five to one".
_RATIO = lazyre.compile(r"(?:(?P<q>more\s+than|over|well\s+over|almost|nearly|just\s+under|under|less\s+than|about|"
                        r"around|roughly|some|approximately|close\s+to|at\s+least)\s+)?"
                        r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
                        r"(?:[\s-]+to[\s-]+(?:one|1)\b|:1\b)", re.I)
_RATIO_GATE = lazyre.compile(r"[\s-]to[\s-](?:one|1)\b|:1\b", re.I)
#: The first alternative of ``_RATIO_GATE`` for lower-case ASCII text with every character
#: but word characters made a space (so it matches wherever that alternative does, and
#: opens with a literal, which the regex engine skips to in C).
_TO_ONE_SPACED = lazyre.compile(r" to (?:one|1)\b")


def _may_hold_ratio(sentence) -> bool:
    """False only when ``_RATIO_GATE`` cannot match in the sentence: in ASCII text it needs
    ":1", or "to one" with its blanks or hyphens (a class the regex engine tests at every
    space)."""
    region = sentence.region
    window = region.folded[sentence.start : sentence.end]
    spaced = spaced_words(window) if region.fold_safe else None
    return spaced is None or ":1" in window or _TO_ONE_SPACED.search(spaced) is not None


class RatioStatement:
    """A ratio ("more than three to one") stated beside the two counts it compares
    ("voted 18 to 7"): ``n`` the ratio as written, ``qualifier`` its bound."""

    __slots__ = ("larger", "smaller", "n", "qualifier", "region", "start", "end")

    def __init__(self, larger: Figure, smaller: Figure, n: float, qualifier: str, region, start: int,
                 end: int) -> None:
        self.larger = larger
        self.smaller = smaller
        self.n = n
        self.qualifier = qualifier
        self.region = region
        self.start = start
        self.end = end

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end]

    def fits(self) -> bool:
        """The counts' ratio is the one written: "more than n" above it, "almost n" a little
        under, "about n" and a bare n within half a unit (a ratio to one is rounded to a
        whole number)."""
        if self.smaller.value <= 0:
            return True
        r = self.larger.value / self.smaller.value
        q = " ".join(self.qualifier.lower().split())
        if q in ("more than", "over", "well over", "at least"):
            return r >= self.n * 0.98
        if q in ("almost", "nearly", "just under", "under", "less than", "close to"):
            return self.n * 0.8 <= r <= self.n * 1.02
        return abs(r - self.n) <= 0.5 + 0.02 * self.n


def ratio_statements(doc: Document) -> List[RatioStatement]:
    """Every ratio to one stated in the sentence of the two counts it compares, joined as
    rivals ("voted 18 to 7, a margin of more than two to one"; "by 44 votes to 10,
    more than four to one") (a memo of the document)."""
    return doc.memo("figures.ratio-statements", _ratio_statements)


def _ratio_statements(doc: Document) -> List[RatioStatement]:
    out: List[RatioStatement] = []
    by_sentence = sentence_figures(doc)
    for found in by_sentence:
        sentence = found[0].sentence
        text = sentence.region.text
        if len(found) < 2 or not _may_hold_ratio(sentence) \
                or not _RATIO_GATE.search(text, sentence.start, sentence.end):
            continue
        m = _RATIO.search(text, sentence.start, sentence.end)
        if m is None:
            continue
        word = m.group("n").lower()
        n = _RATIO_WORDS[word] if word in _RATIO_WORDS else float(word)
        counts = [f for f in found if f.end <= m.start() and f.kind in ("count", "score") and not _compound(f)]
        if len(counts) != 2:
            continue
        a, b = counts
        if not _LINK.search(text, a.end, b.qual_start) or _FROM_BEFORE.search(text, max(sentence.start,
                                                                                         a.qual_start - 20), a.qual_start):
            continue
        larger, smaller = (a, b) if a.value >= b.value else (b, a)
        out.append(RatioStatement(larger, smaller, float(n), m.group("q") or "", sentence.region,
                                  m.start(), m.end()))
    return out
