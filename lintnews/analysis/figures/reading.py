"""How a figure is read: its qualifier ("more than", "about", "up to"), whether it is an
age, a year or a day of the month, whose age it is, and when two figures form a range
("between 10 and 12", "£10-12m") or a share ("one in five")."""

from __future__ import annotations

import re
from typing import List, Optional

from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_hold
from lintnews.matching.folding import word_spaced
from lintnews.analysis.figures.quantity import Quantity


#: Characters outside ASCII that are no word characters, as news copy writes them ("£5m",
#: "it’s", "—"): a space in the place of each keeps every offset and every word boundary.
_NON_WORD_SIGNS = ("£", "€", "’", "‘", "“", "”", "–", "—", "…", "\u00a0")


def spaced_words(text: str) -> Optional[str]:
    """*text* with every character but word characters made a space, of the same length
    (a literal space then stands wherever ``\\b`` can before or after a word), or None
    when it holds a character outside ASCII other than a few signs and marks that are no
    word characters ("£", "’", "—")."""
    if not text.isascii():
        for c in _NON_WORD_SIGNS:
            if c in text:
                text = text.replace(c, " ")
        if not text.isascii():
            return None
    return word_spaced(text)


def folded_words(region) -> Optional[str]:
    """:func:`spaced_words` of the region's lower-cased text, made once for the region (a
    memo: the number words, the durations "a week" and the forecast words of the figures
    are all looked for in it). Where it is not None it is also :func:`spaced_words` of the
    region's folded text, which differs only in the apostrophes both make spaces."""
    return region.memo("figures.folded-words", _folded_words)


def _folded_words(region) -> Optional[str]:
    return spaced_words(region.text.lower())


def matches_near(pattern, text: str, start: int, end: int, low: str, anchors, chunks: int, *,
                 floor=None, opens=None):
    """What ``pattern.finditer(text, start, end)`` finds, for a pattern every match of
    which holds one of *anchors* (lower-case strings, found in *low*: the folded
    ``text[start:end]``, of the same length, where the pattern's case-blind matches hold
    them) and starts within *chunks* blank-separated chunks up to it (its own chunk
    counted). The pattern is tried only at those places: a pattern that opens with
    optional words would be tried at every character of the sentence.

    *floor*, a pattern matched from the last place read up to an anchor, ends after the
    last character no match holds before its anchor (no match opens before it); *opens*,
    a test of *low* at a place, is False where no match can open (cheaper than the match)."""
    match = pattern.match
    back = _chunks_back(chunks).match
    pos = 0
    while True:
        at = min((k for k in (low.find(w, pos) for w in anchors) if k >= 0), default=-1)
        if at < 0:
            return
        lo = pos
        if floor is not None:
            run = floor.match(low, pos, at)
            if run is not None:
                lo = run.end()
        for p in range(at - back(low[lo:at][::-1]).end(), at + 1):
            if opens is not None and not opens(low, p):
                continue
            m = match(text, start + p, end)
            if m is not None:
                yield m
                pos = m.end() - start
                break
        else:
            pos = at + 1


_CHUNKS_BACK: dict = {}


def _chunks_back(n: int):
    """Read backwards from a place: the rest of its chunk and the *n* - 1 blank-separated
    chunks before it (for :func:`matches_near`; one pattern for each *n* the code uses)."""
    rx = _CHUNKS_BACK.get(n)
    if rx is None:
        rx = _CHUNKS_BACK[n] = lazyre.compile(r"\S*(?:\s+\S*){0,%d}" % (n - 1))
    return rx


#: Words before a figure that change what it claims, and the kind of claim.
_QUALIFIERS = {
    **dict.fromkeys(["about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
                     "c.", "approx.", "approx", "~", "or so", "close to", "the equivalent of"], "about"),
    **dict.fromkeys(["nearly", "almost", "just under", "getting on for", "the best part of",
                     "just short of"], "nearly"),
    **dict.fromkeys(["more than", "over", "at least", "in excess of", "upwards of", "above",
                     "just over", "well over", "a minimum of", "or more", "plus", "+", "-plus",
                     "-odd", "or above", "or over", "and counting", "a record"], "over"),
    **dict.fromkeys(["less than", "fewer than", "under", "below", "at most", "no more than", "sub-",
                     "not more than", "well under", "a maximum of", "up to", "as many as", "as much as",
                     "as high as", "as long as", "as far as", "or less", "or fewer", "as little as",
                     "as few as", "as low as"], "under"),
    **dict.fromkeys(["between", "from"], "lead"),
    **dict.fromkeys(["exactly", "precisely", "a total of", "totalling", "just"], "exact"),
}
_QUAL_ENDINGS = tuple(sorted((" " + k for k in _QUALIFIERS if k[0] not in "+-~"), key=len, reverse=True))
#: The same endings by their last three characters (each is at least three long), longest
#: first: the only ones a window can end with are those that share its last three.
_QUAL_ENDINGS_BY_TAIL: dict = {}
for _ending in _QUAL_ENDINGS:
    _QUAL_ENDINGS_BY_TAIL.setdefault(_ending[-3:], []).append(_ending)
_AFTER_QUALIFIER = lazyre.compile(r"(?:-plus\b|\+|-odd\b|\s+or\s+(?:more|so|less|fewer|above|over)\b|"
                              r"\s+plus\b(?!\s+\w+\s+\w)|\s+and\s+counting\b)", re.I)

MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
AGE_AFTER = lazyre.compile(r"[ \u00a0-]years?[ \u00a0-]olds?\b|-year-olds?\b|-years-old\b|-yr-olds?\b"
                           r"|[ \u00a0]years?[ \u00a0]of[ \u00a0]age\b", re.I)
_AGE_BEFORE = lazyre.compile(r"\b(?:aged|age(?:\s+of)?|di(?:es|ed)\s+at)[ \u00a0]$", re.I)
_PERSON_AGE = lazyre.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),[ \u00a0]$")
#: A preposition of place right before a capitalised word: "from Leeds", "in York".
_PLACE_PREPOSITION = lazyre.compile(r"\b(?:from|in|at|to|near|outside|across|into|towards|via)\s+$")
_RANGE_SEP = lazyre.compile(r"[ \u00a0]*(?:-|–|—|to|and)[ \u00a0]*$", re.I)
_TITLES = frozenset("mr mrs ms miss dr sir lord lady dame prof professor rev judge".split())


def classify(q: Quantity, text: str, num_s: Optional[str], nend: int) -> None:
    """Years, ages and months-days (dates) among bare counts."""
    if q.dim == "time" and q.unit is not None and q.unit.key in ("months", "weeks", "days") \
            and _OLD_AFTER.match(text, q.end):
        q.dim = "age"  # "ten months old", "a six-week-old puppy": the unit is kept
        q.end = _OLD_AFTER.match(text, q.end).end()
        return
    if q.dim == "time" and q.unit is not None and q.unit.key == "years":
        age = AGE_AFTER.match(text, q.start + len(text[q.start:nend]))
        if age or text[q.end : q.end + 4].lower() == " old" or _OLD_AFTER.match(text, q.end):
            q.dim, q.unit = "age", None
            if _OLD_AFTER.match(text, q.end) and text[q.end : q.end + 4].lower() != " old":
                q.end = _OLD_AFTER.match(text, q.end).end()
            if text[q.end : q.end + 4].lower() == " old":
                q.end += 4
            elif age and age.end() > q.end:
                q.end = age.end()
            q.person = _person_after(text, q.end)
            return
    if q.dim != "count":
        return
    # (cheap tests of the character a pattern needs first: "-52-year-old", "aged 52")
    age = AGE_AFTER.match(text, nend) if text[nend : nend + 1] in _AGE_OPEN else None
    if age:
        q.dim, q.end = "age", age.end()
        q.person = _person_after(text, q.end)
        return
    if text[q.start - 1 : q.start] in _BLANK_OR_NEWLINE and _may_end_aged(text, q.start) \
            and _AGE_BEFORE.search(text, max(0, q.start - 8), q.start):
        q.dim = "age"
        q.person = _person_before(text, q.start, aged=True)
        return
    if 1 <= q.value <= 115 and q.value == int(q.value) and (not num_s or "." not in num_s) and q.upper is None \
            and not q.extra.get("fraction"):
        lo = max(0, q.start - 40)
        if text[q.start - 1 : q.start] in _BLANK_OR_NEWLINE and _AGE_END.match(text, q.end) \
                and _WHEN_AGED.search(text, lo, q.start):  # (the cheap tests first: it ends in a blank)
            q.dim = "age"  # "when she was 30", "after he turned 18"
            return
        if 5 <= q.value and _WHEN_AFTER.match(text, q.end) and _WAS_BEFORE.search(text, lo, q.start):
            q.dim = "age"  # "She was 26 when she joined", "he was only 19 at the time"
            return
        if num_s and text[q.end : q.end + 1] == ")" and 10 <= q.value <= 110 and num_s.isdigit() \
                and _OPEN_PAREN_NAME.search(text, lo, q.start):  # (the cheap tests first)
            name = _OPEN_PAREN_NAME.search(text, lo, q.start).group(1)
            if name.lower() not in NON_NAMES and name.lower() not in MONTHS:
                q.dim, q.person = "age", name  # "Irvine (33) lifted the cup"
                return
        now = _PERSON_NOW.search(text, max(0, q.start - 70), q.start) \
            if 10 <= q.value and _may_end_now(text, q.start) and _AGE_CLOSE.match(text, q.end) else None
        if now is not None:
            q.dim, q.person = "age", _surname(now.group(1))  # "Ann Bell, now 36, said"
            return
    if not num_s:
        return
    digits = len(num_s)
    if digits in (1, 2, 3) and num_s.isdigit() and 1 <= q.value <= 115:
        lo = max(0, q.start - 80)
        who = _WHO_IS.search(text, lo, q.start) if text.find("who", lo, q.start) >= 0 else None
        if who and (_AGE_CLOSE.match(text, q.end) or who.group().rstrip().endswith(("turns", "turned"))
                    and _TURNS_WHEN.match(text, q.end) and not _IN_A_YEAR.match(text, q.end)):  # "Jane Smith, who is 45, ...", "who turns 46 next month"
            name = who.group(1)
            first_word = who.start(1) == 0 or text[: who.start(1)].rstrip()[-1:] in ".!?\"“"
            q.dim = "age"
            # a lone word opening the sentence is a name too when ", who" follows it
            # ("Penhale, who turned 61 in January, ..."), unless it is a word of address
            lone_name = first_word and name.lower() not in NON_NAMES and name.lower() not in _OPENERS \
                and not who.group().rstrip().endswith("turns")  # ("who turns 23 in March" is 22 now)
            q.person = _surname(name) if len(name.split()) > 1 or not first_word or lone_name else ""
            return
    if digits in (2, 3) and num_s.isdigit() and 10 <= q.value <= 115 and _may_end_comma(text, q.start) \
            and _AGE_CLOSE.match(text, q.end):
        person = _person_before(text, q.start)
        if person:
            q.dim, q.person = "age", person
            return
        lone = _LONE_NAME_COMMA.search(text, max(0, q.start - 30), q.start)
        if lone is not None and text[q.end : q.end + 1] == "," and lone.group(1).lower() not in _OPENERS \
                and lone.group(1).lower() not in NON_NAMES and lone.group(1).lower() not in MONTHS:
            q.dim, q.person = "age", lone.group(1)  # "Fairley, 57, now has nine goals": a surname opening the sentence
            return
        if _PERSON_WORD_BEFORE.search(text, max(0, q.start - 20), q.start):
            q.dim = "age"  # "Man, 36, jailed", "the striker, 24,": an age without a name
            return
    if digits == 4 and num_s.isdigit() and 1800 <= q.value <= 2099:
        # a year, unless it counts something: "some 2000 people" (copy style wants "2,000")
        if not _PLURAL_AFTER.match(text, q.end) or _YEAR_BEFORE.search(text, max(0, q.start - 14), q.start):
            q.dim = "year"
            return
    if digits <= 2 and (_MONTH_AFTER.match(text, q.end) or may_hold(q.region, _MONTH_STEMS, max(0, q.start - 12), q.start)
                        and _MONTH_BEFORE.search(text, max(0, q.start - 12), q.start)):
        q.dim = "day"


#: What ``AGE_AFTER`` opens with; what ``_AGE_BEFORE`` ends with (or a final newline,
#: before which ``$`` also matches).
_AGE_OPEN = frozenset(" \u00a0-")
_BLANK_OR_NEWLINE = frozenset(" \u00a0\n")
_AGED_ENDINGS = ("aged", "age", "of", "at")


def _may_end_now(text: str, at: int) -> bool:
    """False only when no match of ``_PERSON_NOW`` can end at *at*: it ends with "now",
    "then", "still", "only" or "just" and a blank (and ``$`` may stand before a final
    newline), so one of them is in the eight characters before *at*."""
    window = text[max(0, at - 8) : at]
    return "now" in window or "then" in window or "still" in window or "only" in window or "just" in window


def _may_end_comma(text: str, at: int) -> bool:
    """False only when no pattern ending in ``,[ \u00a0]$`` (the name or noun before ", 36,")
    can end at *at*: a comma and a blank stand before it (or before a final newline there,
    where ``$`` also matches)."""
    before = text[max(0, at - 3) : at]
    if before.endswith("\n"):
        before = before[:-1]
    return before[-2:] in _COMMA_BLANKS


_COMMA_BLANKS = frozenset((", ", ",\u00a0"))


def _may_end_aged(text: str, at: int) -> bool:
    """False only when no match of ``_AGE_BEFORE`` can end at *at*, which follows a blank
    or newline: the word before the blank must be "aged", "age", "of" or "at" ("aged 52",
    "age of 52", "died at 52"). Non-ASCII text, which may match those letters when case is
    ignored, and a newline, before which ``$`` also matches, are let through."""
    if text[at - 1] == "\n":
        return True
    before = text[max(0, at - 5) : at - 1]
    return not before.isascii() or before.lower().endswith(_AGED_ENDINGS)
_NAME_AFTER = lazyre.compile(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?[ \u00a0]+|[A-Z][\w'’-]+[ \u00a0]+)"
                         r"(?:[A-Z][\w'’-]+[ \u00a0]+)?[A-Z][\w'’-]+)\b(?!['’]s)")
_AGED_COMMA = lazyre.compile(r",?[ \u00a0]*(?:aged|age(?:\s+of)?)[ \u00a0]$", re.I)
_POSSESSIVE = lazyre.compile(r"['’]s?$")
_BY_BEFORE = lazyre.compile(r"\bby\s+$")
_LOWER_NEXT = lazyre.compile(r"\s[a-z]")
_IN_A_YEAR = lazyre.compile(r"\s+in\s+(?:1[89]|20)\d\d\b")  # "who turned 50 in 2019": an age then, not now
_TURNS_WHEN = lazyre.compile(r"\s+(?:next|this|later\s+this|earlier\s+this|last|in|on)\s+\w+", re.I)
_WHO_IS = lazyre.compile(r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+),\s+who\s+(?:is|was|turns|turned)\s+$")
#: A person named by a common noun before ", 36,": "Man, 36, jailed".
_PERSON_WORD_BEFORE = lazyre.compile(
    r"\b(?:man|woman|boy|girl|teenager|pensioner|mother|father|grandmother|grandfather|mum|dad|student|"
    r"driver|pupil|soldier|officer|nurse|doctor|teacher|striker|midfielder|defender|goalkeeper|player|"
    r"singer|actor|actress|star|victim|suspect|worker|farmer|wife|husband|son|daughter),[ \u00a0]$", re.I)
_LONE_NAME_COMMA = lazyre.compile(r"(?:^|[.!?]\s+|[\"“]\s*)([A-Z][^\W\dA-Z_][\w'’-]+),[ \u00a0]$")
#: Sentence openers that are no names: "Overall, 60, ..." never holds an age.
_OPENERS = frozenset("""however meanwhile overall altogether instead nevertheless still now then also last next since
    after before only just currently previously separately elsewhere nationally locally globally including
    excluding besides furthermore moreover finally first second third lastly later earlier initially again
    together combined typically usually sometimes often recently""".split())
_OLD_AFTER = lazyre.compile(r"[ \u00a0-]old\b|[ \u00a0]of[ \u00a0]age\b", re.I)
#: "when she was 30", "after he turned 18", "by the time she was 40", "as a 19-year-old" is AGE_AFTER's.
_WHEN_AGED = lazyre.compile(r"\b(?:when|as|after|before|since|until|by\s+the\s+time|once)\s+(?:he|she|they|I|we|"
                            r"[A-Z][\w'’-]+)\s+(?:was|were|turned|had\s+turned|reached|is|was\s+only|was\s+just)[ \u00a0]$")
_WAS_BEFORE = lazyre.compile(r"(?:\b(?:he|she|they|I|we|[A-Z][\w'’-]+)|(?:19|20)\d\d,)\s+(?:was|were|is|turned)\s+"
                             r"(?:only\s+|just\s+|barely\s+)?$")
_WHEN_AFTER = lazyre.compile(r"\s+(?:when|as|at\s+the\s+time|by\s+the\s+time)\b")
_AGE_END = lazyre.compile(r"\s*(?:[,.;:)!?]|$|\s+(?:and|but|he|she|they|in|at|on|years?\b))")
#: A surname with the age in parentheses after it: "Irvine (33)".
_OPEN_PAREN_NAME = lazyre.compile(r"\b([A-Z][^\W\dA-Z_][\w'’-]+)[ \u00a0]\($")
#: "Ann Bell, now 36,", "Bell, then 34,".
_PERSON_NOW = lazyre.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),[ \u00a0]+(?:now|then|still|only|just)[ \u00a0]$")
_AGE_CLOSE = lazyre.compile(r"[ \u00a0]*(?:,|\)|;|\.(?:\s|$)|\s+and\s+[A-Z]|\s+(?:who|was|is|from|of)\b)")
_PLURAL_AFTER = lazyre.compile(r"\s+(?:[a-z]+s|people|children|men|women|staff|police|personnel|cattle)\b")
_YEAR_BEFORE = lazyre.compile(r"(?:\b(?:the|and|or|of|in|since|from|until|till|by|during|before|after|year|season|"
                          r"between|for|to|their|its|his|her|our|your)|['’]s)\s$", re.I)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_BEFORE = lazyre.compile(rf"\b(?:{_MONTH_NAMES})\.?\s*$", re.I)
#: What every month's name or abbreviation starts with (lower case).
_MONTH_STEMS = tuple(sorted({m[:3] for m in MONTHS}))
_MONTH_AFTER = lazyre.compile(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b", re.I)


def _person_before(text: str, start: int, aged: bool = False) -> str:
    """The surname before ", 52" (or before ", aged 52")."""
    cut = start
    if aged:
        m = _AGED_COMMA.search(text[max(0, start - 14) : start])
        if not m:
            return ""
        cut = max(0, start - 14) + m.start()
        if text[cut : cut + 1] != ",":
            return ""
        cut += 1
        m2 = _PERSON_AGE.search(text, max(0, cut - 60), cut + 1)
        if not m2:
            return ""
        return _surname(m2.group(1))
    m = _PERSON_AGE.search(text, max(0, start - 60), start)
    if not m:
        return ""
    name = m.group(1)
    first = name.split()[0].lower()
    if first in MONTHS or first in NON_NAMES:
        return ""
    if _PLACE_PREPOSITION.search(text, max(0, m.start(1) - 12), m.start(1)):
        return ""  # "20 came from Leeds, 11 from York": a place, not a person with an age
    if m.start(1) == 0 or text[: m.start(1)].rstrip()[-1:] in ".!?\"“":
        if len(name.split()) < 2:
            return ""  # a capitalised first word of a sentence is not a name
    return _surname(name)


def _person_after(text: str, end: int) -> str:
    """The surname in "the 52-year-old Jane Doe"."""
    m = _NAME_AFTER.match(text[end : end + 80])
    if not m:
        return ""
    return _surname(m.group(1))


def _surname(name: str) -> str:
    parts = [p for p in name.split() if p.lower().rstrip(".") not in _TITLES]
    return _POSSESSIVE.sub("", parts[-1]) if parts else ""


NON_NAMES = frozenset(
    """the a an in on at by for of and but or so yet this that these those it its he she they we
    monday tuesday wednesday thursday friday saturday sunday today yesterday however meanwhile""".split()
)


_QUAL_SPACES = str.maketrans({c: " " for c in "(\u00a0'\"‘“"})


_PHRASAL_OVER = lazyre.compile(r"\b(?:hand(?:ed|s|ing)?|took|take[ns]?|taking|turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|"
                               r"sign(?:ed|s|ing)?|carr(?:ied|ies|y)|g[ai]ve|giv(?:en|es|ing)|ha(?:nd|ve)\s+won|won|"
                               r"r[au]n|go(?:ne)?|went|mov(?:ed|es)|brought|bring|fought|pulled|knocked|blown|"
                               r"flipped|spilled|spilt|boiled|left|spread|scattered|distributed|stretch(?:ed|es|ing)?)\s+$")


def qualify(q: Quantity, text: str, low: str) -> None:
    """Read "more than", "about", "up to" before the figure and "or more" after it."""
    q.qual_start = q.start
    lo = max(0, q.start - 30)
    window = low[lo : q.start]
    if "(" in window or "'" in window or '"' in window or "‘" in window or "“" in window or "\u00a0" in window:
        window = window.translate(_QUAL_SPACES)  # (slow: only when there is something to map)
    window = window.rstrip(" ")
    if lo == 0:
        window = " " + window
    if window.endswith("~"):
        q.qualifier, q.qual_start = "about", q.start - 1
    else:
        for ending in _QUAL_ENDINGS_BY_TAIL.get(window[-3:], ()):
            if window.endswith(ending):
                word = ending[1:]
                kind = _QUALIFIERS[word]
                at = lo + len(window) - len(word) - (1 if lo == 0 else 0)
                if kind == "lead":
                    q.extra["lead"] = word
                elif kind == "exact":
                    if word != "just":
                        q.half = 0.0
                elif word == "over" and q.dim == "time":
                    break  # "over two years" is a duration, not "more than"
                elif word == "over" and _PHRASAL_OVER.search(low, max(0, at - 14), at):
                    break  # "handed over 10 of the flats": the verb's "over", not "more than"
                else:
                    q.qualifier = kind
                q.qual_start = at
                break
    after = _AFTER_QUALIFIER.match(text, q.end) if _may_open_after(text, q.end) else None
    if after:
        word = " ".join(after.group().lower().split())
        if word in _QUALIFIERS:
            q.qualifier = _QUALIFIERS[word]
            q.extra["after"] = after.end()


def _may_open_after(text: str, at: int) -> bool:
    """False only when ``_AFTER_QUALIFIER`` cannot match at *at*: it opens with "-", "+"
    or white space and then "or", "plus" or "and". (Most figures are followed by a space
    and another word.) ``\\s`` is what ``str.isspace`` says; no non-ASCII character
    matches "o", "p" or "a" when case is ignored, but they are let through."""
    c = text[at : at + 1]
    if c == "-" or c == "+":
        return True
    if not c.isspace():
        return False
    n = len(text)
    at += 1
    while at < n and text[at].isspace():
        at += 1
    d = text[at : at + 1]
    return d != "" and (d in "oOpPaA" or d >= "\x80")


def merge_ranges(text: str, found: List[Quantity]) -> List[Quantity]:
    """Join "10-12", "£10m-£12m", "between 10 and 12", "10 to 12 people" into ranges."""
    out: List[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and q.dim not in ("year", "age") and nxt.dim != "year":
            gap = text[q.end : nxt.start]
            sep = _RANGE_SEP.fullmatch(gap) if len(gap) <= 6 else None
            if sep and _joinable(q, nxt, sep.group().strip().lower(), text):
                merged = _join(q, nxt)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
            elif sep and sep.group().strip().lower() == "to" and q.extra.get("lead") == "from":
                _lend_end_point(q, nxt)
        out.append(q)
        i += 1
    return out


#: What a bare start may borrow from its end: not a year, an age, a score or a share said in words.
_LENDING_DIMS = frozenset("currency percent length mass area volume speed temperature energy power data "
                          "duration".split())


def _lend_end_point(a: Quantity, b: Quantity) -> None:
    """The two ends of "from X to Y" share what only the second writes: "from 8.4 to 5.9
    million tonnes" is 8.4 million tonnes to 5.9 million, "from £4 to £6bn" £4bn to £6bn,
    "from 40 to 55%" 40% to 55%, as a reader takes them. The start borrows the end's scale
    only where the two values are then of one order ("from 800 to 1.2 million" keeps its
    800), and its unit only where it has none of its own."""
    if a.upper is not None or a.vague:
        return
    # a start that writes its own scale or unit ("£4bn", "8.4m", "40%") keeps it
    scaled = a.scale == 1.0 and b.scale > 1.0 and a.text[-1:].isdigit() and b.value / 20 <= a.value * b.scale <= b.value * 20
    if scaled:
        a.value, a.half, a.scale = a.value * b.scale, a.half * b.scale, b.scale
    if a.dim == "count" and a.unit is None and not a.currency and b.dim in _LENDING_DIMS \
            and a.scale == b.scale and b.value / 20 <= a.value <= b.value * 20:
        a.dim, a.unit, a.currency = b.dim, b.unit, b.currency


RATIO_SEP = lazyre.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+", re.I)


#: The bases of a share said as a ratio ("one in five", "nine out of 10", "three in 100");
#: "90 out of 600 flats" is a count of a count.
_RATIO_BASES = frozenset(float(n) for n in (*range(2, 21), 25, 30, 40, 50, 100, 1000))


def merge_ratios(text: str, found: List[Quantity]) -> List[Quantity]:
    """"One in five", "nine out of 10": a share, kept as a percentage."""
    out: List[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (b is not None and a.dim == b.dim == "count" and a.upper is None and b.upper is None
                and 0 < a.value < b.value and b.value in _RATIO_BASES and RATIO_SEP.fullmatch(text, a.end, b.start)):
            r = Quantity(a.region, a.start, b.end, 100.0 * a.value / b.value, 50.0 / b.value, "percent",
                         None, "", a.qualifier, a.qual_start, extra=dict(a.extra))
            r.extra["ratio"] = True
            out.append(r)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_FROM_AFTER = lazyre.compile(r"[^\s\d,.;]{0,3}\s*,?\s*(?:(?:up|down)\s+)?(?:from|compared\s+with|against)\s", re.I)


def _joinable(a: Quantity, b: Quantity, sep: str, text: str) -> bool:
    if sep == "and":
        return a.extra.get("lead") == "between"
    if sep == "to":
        if _BY_BEFORE.search(text, max(0, a.qual_start - 4), a.qual_start) and (
                b.value > 3 * a.value or _FROM_AFTER.match(text, b.end)):
            return False  # "grew by £5m to £47m", "fell by £3,000 to £4,000, from £7,000": a change,
            # then the level it reached
        if a.dim != "count" and b.dim == "count" and b.unit is None and not b.currency and b.scale == 1.0:
            return False  # "fell 40% to 5,100", "64% to 87": a change, then the level it reached
        return a.extra.get("lead") != "from"
    if sep in ("-", "–", "—") and text[a.end : b.start] != sep and not text[b.start : b.start + 1].isdigit() \
            and not text[b.start : b.start + 1] in "£$€¥":
        return False  # "30 - three in four -": a dash setting words apart, not a range
    return True  # hyphen or dash


def _join(a: Quantity, b: Quantity) -> Optional[Quantity]:
    """A range from two adjacent figures; each side lends the other its currency, unit
    and scale ("£10-12m" is £10m to £12m)."""
    dim, unit, currency = b.dim, b.unit, b.currency
    if b.dim == "count" and a.dim != "count":
        dim, unit, currency = a.dim, a.unit, a.currency
    elif a.dim != "count" and a.key != b.key:
        return None
    if a.unit is not None and b.unit is not None and a.unit.key != b.unit.key:
        return None
    lo, lo_half = a.value, a.half
    if a.scale == 1.0 and b.scale > 1.0 and lo * b.scale <= b.value * 1.01:
        lo, lo_half = lo * b.scale, lo_half * b.scale
    if a.dim == "count" and b.dim == "count" and b.scale == 1.0 and a.scale == 1.0:
        after = a.region.text[b.end : b.end + 2]
        if lo >= b.value or b.value <= 10 or (b.value < 200 and not _LOWER_NEXT.match(after)):
            a.dim = b.dim = "score"  # "won 3-1", "a 2-2 draw", "Borders 19-20 Ulster"
            return None
    if lo >= b.value:
        return None
    r = Quantity(a.region, a.start, b.end, lo, max(lo_half, b.half), dim, unit, currency,
                 a.qualifier, a.qual_start, upper=b.value, person=b.person, extra=dict(a.extra))
    r.scale = b.scale
    r.extra["range"] = True
    return r
