"""What a figure is a figure *of*: the words around a :class:`~lintnews.analysis.figures.extract.Quantity`.

The consistency rules compare two figures only when they measure the same thing. This
module reads, for each figure, the noun it counts ("4,000 *jobs*"), the words that lead up
to it in its clause ("the Bank held *interest rates* at"), whether it states a change
("*up* 12%", "a 5% *rise*"), refers back ("*the* four stations"), is one more amount
("*another* 3,000") or a forecast ("*expected to* hold rates at"). Times and names are in
:mod:`lintnews.analysis.figures.subject`. Words are compared as crude stems ("cuts", "cutting" and
"cut" agree). Everything is computed once per figure and cached on it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Tuple

from lintnews.records import ValueRecord
from lintnews.matching import patterns as lazyre
from lintnews.analysis.figures.extract import Quantity
from lintnews.analysis.figures.reading import folded_words
from lintnews.text.document import Region

_TOKEN = lazyre.compile(r"[A-Za-z][\w'’.-]*[\w]|[A-Za-z]|\d[\d,.]*|[^\w\s]")
#: ``_TOKEN`` for ASCII text without "\x1c" to "\x1f" (white space to ``\s`` of ``str``
#: patterns, not of ASCII ones), where its classes are ASCII: tested per character
#: without the Unicode database.
_TOKEN_ASCII = lazyre.compile(r"[A-Za-z][\w'.-]*\w|[A-Za-z]|\d[\d,.]*|[^\w\s]", re.ASCII)


def _tokens_for(text: str):
    """The tokeniser for *text*: ``_TOKEN_ASCII`` where it finds what ``_TOKEN`` finds."""
    if text.isascii() and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text:
        return _TOKEN_ASCII
    return _TOKEN

#: What leads a ratio's second term: "(one GP) for every 4,000 residents", "(a doctor) to
#: every 2,000" (regex source, to end where the figure starts).
FOR_EVERY = r"(?:for|to)\s+every\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$"

STOP = frozenset(
    """a an the of to in on at by for from with as and or but nor so than then that this these those
    it its it's they them their there here he him his she her hers we us our you your i me my
    is are was were be been being am has have had do does did will would shall should can could may
    might must not no also just only still even yet about around some which who whom whose what when
    where while whereas if into onto over under up down out off per each every all both either neither
    said says say told according more most less least very such same other another own
    after before since until till because despite through during against between among amid within
    without across behind beyond towards toward like unlike near via including respectively almost
    nearly roughly approximately around just than whether how why because well now then again already
    s 's ’s mr mrs ms dr""".split()
)
#: Nouns that follow a number without being plural-looking ("4,000 staff").
COUNT_NOUNS = frozenset(
    """people staff police personnel children men women crew cattle sheep fish aircraft deer
    livestock youth""".split()
)
CHANGE_AFTER_WORDS = frozenset(
    """rise rises increase increases fall falls drop drops decline declines jump jumps cut cuts
    gain gains growth higher lower more less fewer up down hike hikes reduction rally slump
    surge boost revision revisions downgrade upgrade writedown write-down""".split()
)
#: Words after a figure that are not the noun it counts ("24% higher", "two years ago").
NOT_HEADS = frozenset(
    """higher lower more less fewer up down ago later earlier old long high wide deep tall away apart
    each apiece overall alone too last next late early short instead ahead behind back total
    compares compared remains means includes represents suggests equates translates reflects exceeds
    outnumbers appears seems elsewhere abroad overseas locally nationally online""".split()
) | CHANGE_AFTER_WORDS
#: Words that mark a figure as one more amount, not a restatement ("another 3,000 jobs").
DISTINCT_MARKERS = frozenset(
    """another other others further additional extra more remaining rest first second third
    last final next previous earlier former latest new total each every top bottom best worst leading
    biggest largest smallest""".split()
) - {"new", "total"}
#: Words that make a figure a change rather than a level ("up 5%", "a 5% rise").
CHANGE_BEFORE = frozenset(
    """up down by rose rise rises risen rising fell fall falls fallen falling grew grow grows growth
    increased increase increases increasing decreased decrease decreases declined decline declines
    jumped jump jumps jumping climbed climb climbs dropped drop drops dropping slumped slump slumps
    surged surge surges soared soar soars plunged plunge plunges gained gain gains lost loses shed
    cut cuts slipped slip slips edged tumbled dipped dip added adding boosted raised lowered
    reduced trimmed slashed plummeted plummet plummets plunged sank sink sinks slid slide slides
    rallied rally rallies leapt leaped leap leaps tumble tumbles crashed collapsed shrank shrink
    shrinks expanded expand expands contracted contract contracts widened narrowed advanced
    retreated eased ease eases firmed strengthened weakened lifted hiked hike hikes raising
    lowering cutting falling""".split()
)
CHANGE_AFTER = CHANGE_AFTER_WORDS
#: Month and weekday names (never people or bodies).
_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CLAUSE_BREAK = frozenset(",;:()[]—–")
_CLAUSE_WORDS = frozenset("and but while whereas although though compared versus vs against".split())


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude stem: "cuts", "cutting", "cut" -> "cut"; "rates", "rate" -> "rat".
    (Cached: the same few thousand words are stemmed over and over.)"""
    w = word.lower().strip("'’.-")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = _IRREGULAR.get(w, w)
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    if w.endswith("e") and len(w) > 2:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


_IRREGULAR = {
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow",
    "won": "win", "lost": "lose", "paid": "pay", "sold": "sell", "bought": "buy", "spent": "spend",
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "held": "hold",
    "kept": "keep", "met": "meet", "ran": "run", "men": "man", "women": "woman", "children": "child",
    "people": "person", "died": "die", "dead": "die", "deaths": "die", "death": "die", "killed": "kill",
    "injured": "injur", "wounded": "wound", "hurt": "injur", "jobs": "job", "workers": "work",
    "employees": "employ", "staff": "employ", "redundancies": "job", "posts": "job",
}


class Context(ValueRecord):
    """The words around one figure."""

    head: str  # stem of the counted noun, or ""
    head_word: str  # the noun as written
    modifiers: FrozenSet[str]  # stems of words between the figure and its noun
    left: Tuple[str, ...]  # content words before the figure in its clause, nearest first
    right: Tuple[str, ...]  # content words after the noun in its clause
    names: FrozenSet[str]  # capitalised names in the clause
    change: bool  # the figure states a change ("up 5%", "a 5% rise")
    distinct: bool  # "another", "a further", "the first": one more amount, not a restatement
    whole: bool  # "all the 100,000 cafes", "a total of 10": a total, not a part restated
    definite: bool  # "the 4,000 jobs", "these two men": refers back to a figure already given
    reference: bool  # "from 50", "than 50", "compared with 50": a figure for comparison
    per: str  # rate suffix: "a year", "per head", "each"
    frame: Tuple[str, ...]  # stems of the last words before the figure, nearest first: ("at", "rat")
    modal: bool  # a forecast, plan or condition ("expected to hold rates at 4.75%")
    partitive: bool  # "ten of the members": part of a group, not the group
    restricted: bool  # "the 14 seats where ...": a back-reference narrowed by a clause
    of_head: str  # for a part, the noun of its group ("members")
    marker: str

    __slots__ = (
        "head", "head_word", "modifiers", "left", "right", "names", "change", "distinct", "whole", "definite",
        "reference", "per", "frame", "modal", "partitive", "restricted", "of_head", "marker"
    )

    def __init__(
        self,
        head: str,
        head_word: str,
        modifiers: FrozenSet[str],
        left: Tuple[str, ...],
        right: Tuple[str, ...],
        names: FrozenSet[str],
        change: bool,
        distinct: bool,
        whole: bool,
        definite: bool,
        reference: bool,
        per: str,
        frame: Tuple[str, ...],
        modal: bool,
        partitive: bool,
        restricted: bool,
        of_head: str,
        marker: str = '',
    ) -> None:
        self.head = head
        self.head_word = head_word
        self.modifiers = modifiers
        self.left = left
        self.right = right
        self.names = names
        self.change = change
        self.distinct = distinct
        self.whole = whole
        self.definite = definite
        self.reference = reference
        self.per = per
        self.frame = frame
        self.modal = modal
        self.partitive = partitive
        self.restricted = restricted
        self.of_head = of_head
        self.marker = marker


_MODAL = lazyre.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project\w*|could|would|might|may|will|shall|if|unless|target\w*|"
    r"aim\w*|plan\w*|hope\w*|want\w*|propos\w*|should|likely)\b", re.I)
#: ``_MODAL`` for lower-case ASCII text: its words as substrings of the text with every
#: character but word characters made a space (a space before each word, for the ``\b``
#: before it, and after each that must end there). Whether ``_MODAL`` matches somewhere
#: does not depend on the order of its alternatives, and a word matched by ``expect\w*\b``
#: is any word that starts with "expect".
_MODAL_STEMS = tuple(" " + w for w in "expect forecast predict project target aim plan hope want propos".split()) \
    + tuple(f" {w} " for w in "could would might may will shall if unless should likely".split())
_MODAL_WORDS = (r"(?:expect|forecast|predict|project|target|aim|plan|hope|want|propos"
                r"|(?:could|would|might|may|will|shall|if|unless|should|likely)(?: |$))")
#: Where a word of ``_MODAL_STEMS`` stands in a region's folded text with every character
#: but word characters made a space (``$``: at the end of the span searched, where the
#: figure starts); it opens with a literal space, which the regex engine skips to in C.
_MODAL_SPACED = lazyre.compile(" " + _MODAL_WORDS)
#: The same for the region's first word, which no space stands before.
_MODAL_FIRST = lazyre.compile(_MODAL_WORDS)
_DEFINITE = frozenset("the its their his her our your both these those".split())
_REFERENCE = frozenset("than from versus vs against compared".split())
#: "from 50 to 60", "from 50-strong": "from" before a figure marks a starting point when a
#: second figure follows ("dropped from four radio stations" is no comparison).
_FROM_TO = lazyre.compile(r"[^.;]{0,40}?\b(?:to|-|–)\s*(?:[£$€]?\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|zero|nil)", re.I)


#: Verbs whose "up" is no rise: "made up 55% of sales", "took up 30%".
_PHRASAL_UP = frozenset("made make makes making took take takes taking set sets sum sums summed end ends ended "
                        "picked pick picks added adds shored drawn drew racked racks clocked clocks signed signs "
                        "built builds split splits".split())


def context(q: Quantity) -> Context:
    """The :class:`Context` of *q* (cached on the figure)."""
    ctx = q.extra.get("ctx")
    if ctx is None:
        ctx = _read(q)
        q.extra["ctx"] = ctx
    return ctx


def _is_break(tok: str) -> bool:
    return tok in _CLAUSE_BREAK or tok.lower() in _CLAUSE_WORDS or tok[0].isdigit()


def _read(q: Quantity) -> Context:
    text = q.region.text
    s = q.sentence
    s_start, s_end = (s.start, s.end) if s is not None else (0, len(text))
    after_start = q.extra.get("after", q.end)
    # tokens as strings (``findall``: no match objects); of the positions only one
    # matters: whether the first token on the left opens the sentence
    tokens = _tokens_for(text)
    right = tokens.findall(text, after_start, min(s_end, after_start + 80))
    left_start = max(s_start, q.qual_start - 60)
    left = tokens.findall(text, left_start, q.qual_start)
    opens = left_start == s_start and bool(left) and tokens.match(text, left_start, q.qual_start) is not None
    head, head_word, mods, per, i = _head(right)
    names = set()
    rest: List[str] = []
    for tok in right[i:]:
        if len(rest) >= 4:
            break
        low = tok.lower()
        if tok in _CLAUSE_BREAK or low in _CLAUSE_WORDS or tok[0].isdigit():  # _is_break, inlined
            break
        if tok.isalpha() and low not in STOP:
            rest.append(low)
            if tok[0].isupper():
                names.add(tok)
    # the content words before the figure, and its frame: the stems of the last (at most
    # three) tokens, which the same walk back to the clause break visits first
    before: List[str] = []
    frame: List[str] = []
    for k in range(len(left) - 1, -1, -1):
        if len(before) >= 6:
            break  # (six content words: the frame is full)
        tok = left[k]
        low = tok.lower()
        if tok in _CLAUSE_BREAK or low in _CLAUSE_WORDS or tok[0].isdigit():
            break
        if len(frame) < 3:
            frame.append(stem(tok))
        if low in STOP:
            continue
        if tok[0].isupper() and (k or not opens) and low not in _MONTHS and low not in _WEEKDAYS:
            names.add(tok[:-2] if tok.endswith(("'s", "’s")) else tok)
        if tok[0].isalpha():
            before.append(low)
    near = [t.lower() for t in left[-3:]]
    last = near[-1] if near else ""
    by_change = last == "by" and len(near) > 1 and near[-2] in CHANGE_BEFORE
    phrasal = last == "up" and len(near) > 1 and near[-2] in _PHRASAL_UP  # "made up 55% of sales"
    change = by_change or last in ("up", "down") and not phrasal
    if q.dim not in ("count", "age", "time"):
        change = (change or last in CHANGE_BEFORE and not phrasal or any(t.lower() in CHANGE_AFTER for t in right[:2])
                  or last in ("of", "at") and len(near) > 1 and near[-2] in CHANGE_AFTER_WORDS)  # "growth of 8%"
    marker = next((w for w in reversed(near[-2:]) if w in DISTINCT_MARKERS), "")
    marker = "last" if marker == "final" else marker
    distinct = bool(marker)
    whole = "all" in near[-2:] or "total" in near or "total" in text[q.qual_start : q.start].lower()
    definite = (last in _DEFINITE or last.endswith(("'s", "’s", "s'"))
                or len(near) >= 2 and (near[-2] in _DEFINITE or near[-2].endswith(("'s", "’s")))
                and near[-1].isalpha() and near[-1] not in STOP)
    restricted = False
    if definite and head and i < len(right):
        nxt = right[i].lower()
        restricted = nxt in ("where", "that", "which", "who", "whose", "whom") or (nxt.endswith("ing") and len(nxt) > 5)
    partitive = bool(right[:1]) and right[0].lower() == "of"
    of_head = ""
    if partitive:
        for tok in right[1:9]:
            if _is_break(tok):
                break
            if tok[0].islower() and (_looks_plural(tok.lower()) or tok.lower() in COUNT_NOUNS):
                of_head = stem(tok)
                break
    from_ = q.extra.get("lead") == "from" or last == "from"
    reference = (last in _REFERENCE and last != "from"
                 or from_ and (len(near) < 2 or near[-2] in CHANGE_BEFORE or _FROM_TO.match(text, after_start) is not None
                               or q.dim not in ("count", "time"))
                 or near[-2:] in (["compared", "with"], ["compared", "to"], ["up", "on"], ["down", "on"]))
    modal = _modal(q.region, s_start, q.qual_start)
    return Context(head, head_word, frozenset(mods), tuple(before), tuple(rest), frozenset(names),
                   change, distinct, whole, definite, reference, per, tuple(frame), modal, partitive, restricted, of_head,
                   marker)


def _modal(region: Region, start: int, end: int) -> bool:
    """``_MODAL.search(region.text, start, end) is not None``: a forecast or condition in
    ``region.text[start:end]``."""
    # the words of the folded text with every character but word characters made a space
    # (made once for the region): a space before each word, for the ``\b`` before it (the
    # character before *start*, which the word boundary reads, is one when it is none of a
    # word); one search in C
    spaced = folded_words(region)
    if spaced is None:
        return _MODAL.search(region.text, start, end) is not None
    if start == 0 and _MODAL_FIRST.match(spaced, 0, end) is not None:
        return True
    return _MODAL_SPACED.search(spaced, start - 1 if start else 0, end) is not None


def _head(toks: List[str]) -> Tuple[str, str, List[str], str, int]:
    """The counted noun after a figure: "4,000 new jobs" -> "job"; also a rate suffix
    (*toks*: the tokens after the figure)."""
    words: List[str] = []
    i = 0
    if toks[:1] == ["of"]:  # "4,000 of its staff", "two of the most senior officers"
        i = 1
        while i < len(toks) and toks[i].lower() in ("the", "its", "their", "his", "her", "our", "those",
                                                    "these", "them", "most", "more", "biggest", "largest"):
            i += 1
    if toks[:1] == ["-"] and len(toks) > 1 and toks[1][0].isalpha():
        # "the 30-member council": the figure counts members; the phrase is a council
        word = toks[1]
        if len(toks) > 2 and toks[2][0].islower() and toks[2].isalpha() and toks[2].lower() not in STOP:
            return stem(toks[2]), toks[2], [stem(word)], "", 3
        return stem(word), word, [], "", 2
    if toks[i : i + 1] == ["("]:  # "$6bn (£3.12bn) deal"
        close = toks.index(")", i) if ")" in toks[i : i + 12] else -1
        if close > 0:
            i = close + 1
    per = ""
    while i < len(toks) and len(words) < 4:
        tok = toks[i]
        low = tok.lower()
        if (low == "such" or low.endswith("ly") and low not in _LY_NOUNS) and words == [] \
                and i + 1 < len(toks) and toks[i + 1][:1].islower() and toks[i + 1].lower() not in STOP:
            i += 1  # "two potentially lucrative contracts", "30 such projects"
            continue
        if low in _PLACE_ADVERBS and not words and i + 1 < len(toks) and toks[i + 1][:1].islower() \
                and _looks_plural(toks[i + 1].lower()) and toks[i + 1].lower() not in STOP | NOT_HEADS:
            words.append(tok)  # "1,900 overseas nurses", "the 40 online shops": a modifier here
            i += 1
            continue
        if not tok[0].isalpha() or (low in STOP and not tok[0].isupper()) or low in NOT_HEADS or low.endswith("ly"):
            break
        if words and (low in _PAST_VERBS or low.endswith("ed") and len(low) > 4
                      or low in _PRESENT_VERBS and not _looks_plural(words[-1].lower())):
            break  # "a 25% stake gave it a seat", "the £38m plan comes": the verb after a singular noun
        words.append(tok)
        i += 1
        if _looks_plural(low) or low in COUNT_NOUNS:
            break
    if i + 1 < len(toks) and toks[i].lower() in ("a", "an", "per", "each") and toks[i + 1].isalpha():
        per = f"per {stem(toks[i + 1])}"
    elif i < len(toks) and toks[i].lower() == "each":
        per = "each"
    while words and not words[-1][0].islower() and not _PLURAL_NAME.match(words[-1]):
        words.pop()  # "12 years IBM has ...": a name is not the counted noun (but "four Britons" count)
    if not words:
        return "", "", [], per, i
    head = words[-1]
    return stem(head), head, [stem(w) for w in words[:-1]], per, i


#: Capitalised plurals that count people or things ("four Britons", "two Iraqis").
_PLURAL_NAME = lazyre.compile(r"[A-Z][a-z]{2,}(?:ans|ons|ers|ites|is)$")
_PAST_VERBS = frozenset(
    """gave made took came went saw got held kept paid sold won lost left fell rose grew told put set hit
    became began brought bought caught drew drove found knew led meant met ran sent spent stood thought
    threw wrote""".split()
)
_PRESENT_VERBS = frozenset(
    """comes goes does has is was says makes takes gives gets seems needs remains means looks runs covers
    includes faces involves requires puts sets stands leaves""".split()
)
_PLACE_ADVERBS = frozenset("overseas abroad online elsewhere".split())
_LY_NOUNS = frozenset("family supply assembly ally rally belly jelly bully folly holly lily".split())


def _looks_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


_NOUN_AFTER = lazyre.compile(r"\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)")


def describe(q: Quantity) -> str:
    """The figure as written, with its qualifier and noun: "more than 4,000 jobs"."""
    text = q.region.text
    end = q.extra.get("after", q.end)
    ctx = context(q)
    shown = text[q.qual_start : end]
    if ctx.head_word and q.dim not in ("age",):
        tail = text[end : end + 60]
        m = _NOUN_AFTER.match(tail)
        if m:
            words = m.group(1).split()
            # up to the counted noun (no pattern is built from the draft's words)
            if ctx.head_word in words[:5]:
                k = words.index(ctx.head_word)
                lead = [w for w in words[:k] if w not in ("of", "the", "its", "their")]
                if len(lead) <= 2:
                    shown += " " + " ".join(words[: k + 1])
    return shown.strip()
