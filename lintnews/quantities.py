"""Figures in prose, with exact spans: the shared extractor of the ``figures`` rules.

:func:`quantities` returns every :class:`Quantity` of a document, found with one compiled
regular expression per region: digits with separators and decimals ("4,000", "3.25"),
number words ("twelve", "a dozen", "two-thirds"), scales ("£4.5bn", "3 million"),
currencies, percentages ("per cent"), units ("km", "acres", "°C"), ages ("aged 52", "the
52-year-old", "Jane Doe, 52,"), ranges ("between 10 and 12", "£10m-£12m") and the
qualifiers that change what a figure claims ("about", "nearly", "more than", "up to").

Each quantity knows the interval of values it is consistent with (``low``, ``high``),
widened by the rounding its digits allow and by its qualifier, so two figures conflict
only when their intervals do not meet. Years, ordinals, times of day, scores ("3-1"),
codes ("F-16", "G8", "Article 50") and vague amounts ("hundreds") are recognised and kept
out of comparisons. Results are cached per document.
"""

from __future__ import annotations

import bisect
import math
import re
import weakref
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from .document import Document, Region, Sentence
from .numwords import NUMBER_WORDS_RE, Number, parse_digits, parse_words
from .units import CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALES, Unit, lookup, unit_alternation

INF = math.inf

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)[½¼¾⅓⅔]?|[½¼¾⅓⅔]"
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|mln|tn|trn|m|k|b)"
_CURWORDS = "|".join(sorted((w for w in CURRENCY_WORDS if w != "p"), key=len, reverse=True))
_TAIL = (
    rf"(?:[ \u00a0]?(?P<scale>{_SCALE})(?![\w£$€]))?"
    rf"(?:(?P<usep>[ \u00a0-]?)(?P<unit>{unit_alternation()}|[°º]\s?[cf])(?![\w/²³])"
    rf"|[ \u00a0](?P<curword>{_CURWORDS})\b|(?P<pence>p)(?![\w'’]))?"
)
#: Figures in digits, matched over the lower-cased text of a region. The leading
#: look-ahead lets the regex engine skip quickly to characters that can start a figure.
_DIGIT_FIGURE = re.compile(rf"(?=[\d£$€¥₹₽₩.½¼¾⅓⅔])(?P<cur>[£$€¥₹₽₩])?[ \u00a0]?(?P<num>{_DIGITS}){_TAIL}")
#: Figures in words ("twelve", "two-thirds", "a dozen", "three million").
_WORD_FIGURE = re.compile(rf"\b(?=[otfsenzahdmbq])(?P<words>{NUMBER_WORDS_RE})(?![\w'’]){_TAIL}")
_CUR_PREFIX = re.compile(r"(?:(us|au|a|ca|c|hk|nz|s|r)|\b(rs\.?\s?))$", re.I)
_CUR_CODES = {"us": "USD", "au": "AUD", "a": "AUD", "ca": "CAD", "c": "CAD", "hk": "HKD", "nz": "NZD",
              "s": "SGD", "r": "BRL"}
#: Unit and scale spellings that count only when written against the number ("30C", "50p").
_ATTACHED_ONLY = frozenset("c f t p st mi nm kn pc ha yd m k b kn".split())

#: Words before a figure that change what it claims, and the kind of claim.
_QUALIFIERS = {
    **dict.fromkeys(["about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
                     "c.", "approx.", "approx", "~", "or so", "close to", "the equivalent of"], "about"),
    **dict.fromkeys(["nearly", "almost", "just under", "getting on for", "the best part of",
                     "just short of"], "nearly"),
    **dict.fromkeys(["more than", "over", "at least", "in excess of", "upwards of", "above",
                     "just over", "well over", "a minimum of", "or more", "plus", "+", "-plus",
                     "-odd", "or above", "or over", "and counting", "a record"], "over"),
    **dict.fromkeys(["less than", "fewer than", "under", "below", "at most", "no more than",
                     "not more than", "well under", "a maximum of", "up to", "as many as", "as much as",
                     "as high as", "as long as", "as far as", "or less", "or fewer", "as little as",
                     "as few as", "as low as"], "under"),
    **dict.fromkeys(["between", "from"], "lead"),
    **dict.fromkeys(["exactly", "precisely", "a total of", "totalling", "just"], "exact"),
}
_QUAL_ENDINGS = tuple(sorted((" " + k for k in _QUALIFIERS if k[0] not in "+-~"), key=len, reverse=True))
_AFTER_QUALIFIER = re.compile(r"(?:-plus\b|\+|-odd\b|\s+or\s+(?:more|so|less|fewer|above|over)\b|"
                              r"\s+plus\b(?!\s+\w+\s+\w)|\s+and\s+counting\b)", re.I)
#: How a qualifier widens a stated value v: (low factor, high factor).
_APPROX = {"about": (0.85, 1.15), "nearly": (0.8, 1.0), "over": (1.0, INF), "under": (0.0, 1.0)}

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_NAME_BEFORE = re.compile(r"(?:^|[^\w-])([A-Z][\w'’.-]*)[ \u00a0]$")
_CODE_BEFORE = re.compile(r"(?:[A-Za-z][-/]?|\d[/:.]|#|\bNo\.?\s|\bnumber\s)$", re.I)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_CODE_AFTER = re.compile(r"(?:st|nd|rd|th)\b|[a-zA-Z]|[/:]\d|\.\d|\s?(?:a\.m\.|p\.m\.|(?:am|pm|GMT|BST|BC|AD)\b)"
                         r"|/", re.I)
_AGE_AFTER = re.compile(r"[ \u00a0-]years?[ \u00a0-]old\b|-year-old\b|-years-old\b|-yr-old\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age(?:\s+of)?|di(?:es|ed)\s+at)[ \u00a0]$", re.I)
_PERSON_AGE = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),[ \u00a0]$")
_RANGE_SEP = re.compile(r"[ \u00a0]*(?:-|–|—|to|and)[ \u00a0]*$", re.I)
_TITLES = frozenset("mr mrs ms miss dr sir lord lady dame prof professor rev judge".split())


@dataclass(eq=False)
class Quantity:
    """One figure as written, with the interval of values it is consistent with."""

    region: Region
    start: int  # region offsets: the figure with its currency, scale and unit
    end: int
    value: float  # as written, times its scale ("£4.5bn" -> 4.5e9)
    half: float  # rounding allowance in the same units
    dim: str  # count, currency, percent, length, mass, ..., age, year, fraction
    unit: Optional[Unit] = None
    currency: str = ""
    qualifier: str = ""  # about | nearly | over | under | "" (exact)
    qual_start: int = -1  # start of the qualifier ("more than"), or ``start``
    upper: Optional[float] = None  # second value of a range
    vague: bool = False  # "hundreds", "dozens": never compared
    person: str = ""  # for ages: the surname the age belongs to
    sentence: Optional[Sentence] = None
    scale: float = 1.0  # the scale word's factor ("m": 1e6)
    doc_ref: Optional["weakref.ref"] = None  # the document (weakly)
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end]

    @property
    def key(self) -> Tuple[str, str]:
        """What must match for two figures to be comparable: dimension and unit family."""
        if self.dim == "currency":
            return ("currency", self.currency)
        return (self.dim, "")

    @property
    def base(self) -> float:
        """The value in the dimension's base unit (metres, kilograms, ...)."""
        return to_base(self.value, self)

    @property
    def low(self) -> float:
        lo = self.value - self.half
        f = _APPROX.get(self.qualifier)
        if f:
            lo = min(lo, self.value * f[0] - self.half)
        return lo

    @property
    def high(self) -> float:
        top = self.upper if self.upper is not None else self.value
        hi = top + self.half
        f = _APPROX.get(self.qualifier)
        if f:
            hi = INF if f[1] == INF else max(hi, top * f[1] + self.half)
        return hi

    def base_interval(self) -> Tuple[float, float]:
        """``(low, high)`` in base units."""
        return to_base(self.low, self), to_base(self.high, self)

    @property
    def comparable(self) -> bool:
        """True for figures that may be compared with others (not years, codes, vague)."""
        return not self.vague and self.dim not in ("year", "score", "day")


def to_base(value: float, q: Quantity) -> float:
    if value in (INF, -INF) or q.unit is None:
        return value
    from .units import to_base as _tb

    return _tb(value, q.unit)


_CACHE: "weakref.WeakKeyDictionary[Document, List[Quantity]]" = weakref.WeakKeyDictionary()


def quantities(doc: Document) -> List[Quantity]:
    """Every figure of *doc*, in document order (cached per document)."""
    found = _CACHE.get(doc)
    if found is None:
        found = [q for region in doc.regions for q in region_quantities(region)]
        ref = weakref.ref(doc)
        for q in found:
            q.doc_ref = ref
        _CACHE[doc] = found
    return found


def region_quantities(region: Region) -> List[Quantity]:
    """Figures of one region, with sentences attached."""
    text = region.text
    out: List[Quantity] = []
    low = text.lower()
    for rx in (_DIGIT_FIGURE, _WORD_FIGURE):
        for m in rx.finditer(low):
            q = _build(region, text, low, m.groupdict(), m)
            if q is not None:
                out.append(q)
    out.sort(key=lambda q: q.start)
    out = _merge_ranges(text, out)
    out = _merge_ratios(text, out)
    sentences = region.sentences
    starts = [s.start for s in sentences]
    for q in out:
        i = bisect.bisect_right(starts, q.start) - 1
        q.sentence = sentences[max(i, 0)] if sentences else None
    return out


def _build(region: Region, text: str, low: str, g: dict, m: "re.Match[str]") -> Optional[Quantity]:
    num_s, words_s = g.get("num"), g.get("words")
    cur_s, scale_s, unit_s, curword_s = g.get("cur"), g["scale"], g["unit"], g["curword"]
    if num_s is not None:
        nstart, nend = m.start("num"), m.end("num")
        number = parse_digits(num_s)
        if number is None:
            return None
        if _ORDINAL.match(text, nend):
            return None  # "21st", "3rd"
        if not cur_s and _CODE_BEFORE.search(text, max(0, nstart - 12), nstart):
            return None  # "F-16", "G8", "No. 10", "M25"
        bare = not (cur_s or scale_s or unit_s or curword_s or g["pence"])
        if bare and _CODE_AFTER.match(text, nend) and not _AGE_AFTER.match(text, nend):
            return None  # "21st", "3G", "10:30", "1/2", "3pm"
        if bare and _named_number(text, nstart, nend):
            return None  # "Radio 2", "PlayStation 3", "Band Aid 20"
        if scale_s == "m" and not cur_s and _SPORT_METRES.match(text, m.end("scale")):
            return None  # "the 800m title": an event, not a figure to compare
        if scale_s == "m" and not cur_s and num_s.replace(",", "") in _EVENTS \
                and not re.match(r"\s+[a-z]+s\b", text[m.end("scale") :]):
            return None  # "won the 1500m"
    else:
        nstart, nend = m.start("words"), m.end("words")
        number = parse_words(words_s)
        if number is None:
            return None
        low_words = words_s.lower()
        if text[nstart].isupper() and region.kind != "heading" and _mid_sentence(text, nstart):
            return None  # "Radio Five Live", "the Six Nations", "Ten Cate"
        if text[nend : nend + 1] == "-" and not unit_s and not _AGE_AFTER.match(text, nend):
            return None  # "one-off", "five-star"
        if number.kind == "fraction" and not _OF_AFTER.match(text, nend):
            return None  # "the second half", "a quarter-final"
        if low_words in ("one", "a", "an") and not (scale_s or unit_s or curword_s or cur_s) \
                and not _RATIO_SEP.match(text, nend):
            return None  # "one of the", "one day": rarely a figure worth comparing
        if number.kind != "fraction" and number.value >= 100:
            number = Number(number.value, 0.05 * number.value, number.kind)
    end = m.end()
    # spellings that count only when written against the number ("30C", "50p", "£5m")
    if scale_s and m.start("scale") != nend and scale_s.lower() in _ATTACHED_ONLY:
        scale_s = unit_s = curword_s = None
        end = nend
    if scale_s and scale_s.lower() in ("k", "b") and not cur_s:
        scale_s = unit_s = curword_s = None
        end = nend
    if unit_s and g["usep"] and unit_s.lower() in _ATTACHED_ONLY:
        unit_s = None
        end = m.end("scale") if scale_s else nend
    if g["pence"] and not cur_s and not scale_s:
        curword_s = "p"
    scale = SCALES[scale_s.lower()] if scale_s else 1.0
    value, half = number.value * scale, number.half * scale
    dim, unit, currency = "count", None, ""
    start = m.start() if cur_s else nstart
    if cur_s:
        currency = CURRENCY_SYMBOLS.get(cur_s, "USD")
        dim = "currency"
        if cur_s == "$":
            pre = _CUR_PREFIX.search(text, max(0, start - 3), start)
            if pre and pre.group(1) and (pre.start() == 0 or not text[pre.start() - 1].isalpha()):
                currency, start = _CUR_CODES[pre.group(1).lower()], pre.start()
    elif num_s and not words_s:
        pre = _CUR_PREFIX.search(text, max(0, nstart - 4), nstart)
        if pre and pre.group(2):
            currency, dim, start = "INR", "currency", pre.start()
    if curword_s:
        code, factor = CURRENCY_WORDS[curword_s.lower()]
        if currency and currency != code:
            return None
        currency, dim = code, "currency"
        value, half = value * factor, half * factor
    elif unit_s:
        spelled = re.sub(r"[º°]\s?", "°", unit_s)
        unit = lookup(spelled) or lookup(spelled.replace("°", "") if spelled.startswith("°") else spelled)
        if spelled.startswith("°"):
            unit = lookup("°C" if spelled[-1] in "cC" else "°F")
        if unit is None or (currency and unit.dim != "percent"):
            unit = None
            end = m.end("scale") if scale_s else nend
        else:
            dim = unit.dim
    if dim == "currency":
        unit = None
    if dim == "count" and scale == 1.0 and num_s and "." not in num_s and not num_s.endswith("0"):
        half = 0.0  # "4 stores", "464 subscribers": a count is exact unless it is round
    q = Quantity(region, start, end, value, half, dim, unit, currency)
    q.scale = scale
    q.vague = number.kind == "vague"
    if number.kind == "fraction" and dim == "count":
        q.dim, q.value, q.half = "percent", number.value * 100, 3.0
        q.extra["fraction"] = True
    _classify(q, text, num_s, nend)
    _qualify(q, text, low)
    return q


_SPORT_METRES = re.compile(
    r"\s+(?:race|sprint|hurdles|champion|championship|final|record|freestyle|butterfly|backstroke|"
    r"breaststroke|medley|relay|title|gold|silver|bronze|medallist|event|runner|indoor|outdoor|heat|"
    r"steeplechase|dash|swim|world)\b|\s+in\s+\d", re.I)
_EVENTS = frozenset("60 100 110 200 400 800 1500 3000 5000 10000".split())
_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w'’])([A-Z][\w'’-]*)[ \u00a0]$")


def _named_number(text: str, nstart: int, nend: int) -> bool:
    """A bare number right after a capitalised word inside a sentence: a name or code."""
    if text[nend : nend + 1] in ("-", "–") and text[nend + 1 : nend + 2].isdigit():
        return False  # "Li 7-5": a score
    m = _CAPITAL_BEFORE.search(text, max(0, nstart - 30), nstart)
    if not m:
        return False
    word = m.group(1).lower()
    if word in _MONTHS or word in _NON_NAMES or word in _NAME_OK:
        return False
    return True


def _mid_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'(—–-…"


#: Capitalised words that may stand before a figure without making it part of a name.
_NAME_OK = frozenset(
    """about around some nearly almost over under just only all by to from of with without roughly
    approximately another exactly precisely fewer less more than up down into between since until after
    before during when while if although though yet so then now each every both last next first and
    or but nor for at as per its their his her our your my these those this that there here what
    whereas plus minus estimated average total record some""".split()
)


_OF_AFTER = re.compile(r"[ \u00a0]+(?:of|the|a|an|its|their|his|her|our|this|that|those|these|all)\b", re.I)


def _classify(q: Quantity, text: str, num_s: Optional[str], nend: int) -> None:
    """Years, ages and months-days (dates) among bare counts."""
    if q.dim == "time" and q.unit is not None and q.unit.key == "years":
        age = _AGE_AFTER.match(text, q.start + len(text[q.start:nend]))
        if age or text[q.end : q.end + 4].lower() == " old":
            q.dim, q.unit = "age", None
            if text[q.end : q.end + 4].lower() == " old":
                q.end += 4
            elif age and age.end() > q.end:
                q.end = age.end()
            q.person = _person_after(text, q.end)
            return
    if q.dim != "count":
        return
    age = _AGE_AFTER.match(text, nend)
    if age:
        q.dim, q.end = "age", age.end()
        q.person = _person_after(text, q.end)
        return
    if _AGE_BEFORE.search(text, max(0, q.start - 8), q.start):
        q.dim = "age"
        q.person = _person_before(text, q.start, aged=True)
        return
    if not num_s:
        return
    digits = len(num_s)
    if digits in (2, 3) and num_s.isdigit() and 10 <= q.value <= 115 and _AGE_CLOSE.match(text, q.end):
        person = _person_before(text, q.start)
        if person:
            q.dim, q.person = "age", person
            return
    if digits == 4 and num_s.isdigit() and 1800 <= q.value <= 2099:
        # a year, unless it counts something: "some 2000 people" (copy style wants "2,000")
        if not _PLURAL_AFTER.match(text, q.end) or _YEAR_BEFORE.search(text, max(0, q.start - 14), q.start):
            q.dim = "year"
            return
    if digits <= 2 and (_MONTH_BEFORE.search(text, max(0, q.start - 12), q.start) or _MONTH_AFTER.match(text, q.end)):
        q.dim = "day"


_AGE_CLOSE = re.compile(r"[ \u00a0]*(?:,|\)|;|\.(?:\s|$)|\s+and\s+[A-Z]|\s+(?:who|was|is|from|of)\b)")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+s|people|children|men|women|staff|police|personnel|cattle)\b")
_YEAR_BEFORE = re.compile(r"(?:\b(?:the|and|or|of|in|since|from|until|till|by|during|before|after|year|season|"
                          r"between|for|to)|['’]s)\s$", re.I)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s*$", re.I)
_MONTH_AFTER = re.compile(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b", re.I)


def _person_before(text: str, start: int, aged: bool = False) -> str:
    """The surname before ", 52" (or before ", aged 52")."""
    cut = start
    if aged:
        m = re.search(r",?[ \u00a0]*(?:aged|age(?:\s+of)?)[ \u00a0]$", text[max(0, start - 14) : start], re.I)
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
    if first in _MONTHS or first in _NON_NAMES:
        return ""
    if m.start(1) == 0 or text[: m.start(1)].rstrip()[-1:] in ".!?\"“":
        if len(name.split()) < 2:
            return ""  # a capitalised first word of a sentence is not a name
    return _surname(name)


def _person_after(text: str, end: int) -> str:
    """The surname in "the 52-year-old Jane Doe"."""
    m = re.match(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?[ \u00a0]+|[A-Z][\w'’-]+[ \u00a0]+)"
                 r"(?:[A-Z][\w'’-]+[ \u00a0]+)?[A-Z][\w'’-]+)\b(?!['’]s)", text[end : end + 80])
    if not m:
        return ""
    return _surname(m.group(1))


def _surname(name: str) -> str:
    parts = [p for p in re.split(r"\s+", name.strip()) if p.lower().rstrip(".") not in _TITLES]
    return parts[-1].rstrip("'’s") if parts else ""


_NON_NAMES = frozenset(
    """the a an in on at by for of and but or so yet this that these those it its he she they we
    monday tuesday wednesday thursday friday saturday sunday today yesterday however meanwhile""".split()
)


_QUAL_SPACES = str.maketrans({c: " " for c in "(\u00a0'\"‘“"})


def _qualify(q: Quantity, text: str, low: str) -> None:
    """Read "more than", "about", "up to" before the figure and "or more" after it."""
    q.qual_start = q.start
    lo = max(0, q.start - 30)
    window = low[lo : q.start].translate(_QUAL_SPACES).rstrip(" ")
    if lo == 0:
        window = " " + window
    if window.endswith("~"):
        q.qualifier, q.qual_start = "about", q.start - 1
    elif window.endswith(_QUAL_ENDINGS):
        for ending in _QUAL_ENDINGS:
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
                else:
                    q.qualifier = kind
                q.qual_start = at
                break
    after = _AFTER_QUALIFIER.match(text, q.end)
    if after:
        word = re.sub(r"\s+", " ", after.group().strip().lower())
        if word in _QUALIFIERS:
            q.qualifier = _QUALIFIERS[word]
            q.extra["after"] = after.end()


def _merge_ranges(text: str, found: List[Quantity]) -> List[Quantity]:
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
        out.append(q)
        i += 1
    return out


_RATIO_SEP = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+", re.I)


def _merge_ratios(text: str, found: List[Quantity]) -> List[Quantity]:
    """"One in five", "nine out of 10": a share, kept as a percentage."""
    out: List[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (b is not None and a.dim == b.dim == "count" and a.upper is None and b.upper is None
                and 0 < a.value < b.value <= 1000 and _RATIO_SEP.fullmatch(text, a.end, b.start)):
            r = Quantity(a.region, a.start, b.end, 100.0 * a.value / b.value, 50.0 / b.value, "percent",
                         None, "", a.qualifier, a.qual_start, extra=dict(a.extra))
            r.extra["ratio"] = True
            out.append(r)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _joinable(a: Quantity, b: Quantity, sep: str, text: str) -> bool:
    if sep == "and":
        return a.extra.get("lead") == "between"
    if sep == "to":
        return a.extra.get("lead") != "from"
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
        if lo >= b.value or b.value <= 10 or (b.value < 200 and not re.match(r"\s[a-z]", after)):
            a.dim = b.dim = "score"  # "won 3-1", "a 2-2 draw", "Borders 19-20 Ulster"
            return None
    if lo >= b.value:
        return None
    r = Quantity(a.region, a.start, b.end, lo, max(lo_half, b.half), dim, unit, currency,
                 a.qualifier, a.qual_start, upper=b.value, person=b.person, extra=dict(a.extra))
    r.scale = b.scale
    r.extra["range"] = True
    return r
