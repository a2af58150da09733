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
out of comparisons. Results are cached per document. Weekdays with dates ("Monday, 3
March 2026") are found by :mod:`lintnews.analysis.figures.dates`.
"""

from __future__ import annotations

import bisect
from operator import attrgetter
import re
import weakref
from typing import Callable, Iterator, List, Optional

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Region
from lintnews.analysis.figures.reading import (
    AGE_AFTER,
    MONTHS,
    NON_NAMES,
    RATIO_SEP,
    classify,
    folded_words,
    merge_ranges,
    merge_ratios,
    qualify,
    spaced_words,
)
from lintnews.analysis.figures.numbers import NUMBER_WORDS_RE, Number, parse_digits, parse_words
from lintnews.analysis.figures.quantity import INF, Quantity, to_base
from lintnews.analysis.figures.units import CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALES, lookup, unit_alternation
from lintnews.matching.tries import trie_regex

__all__ = ["INF", "Quantity", "as_metres", "in_scope", "quantities", "region_quantities", "to_base"]

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
_DIGIT_FIGURE = lazyre.compile(rf"(?=[\d£$€¥₹₽₩.½¼¾⅓⅔])(?P<cur>[£$€¥₹₽₩])?[ \u00a0]?(?P<num>{_DIGITS}){_TAIL}")
#: Figures in words ("twelve", "two-thirds", "a dozen", "three million").
_WORD_FIGURE = lazyre.compile(rf"\b(?=[otfsenzahdmbq])(?P<words>{NUMBER_WORDS_RE})(?![\w'’]){_TAIL}")
#: Words every figure in words contains: found first (a trie regex, scanned in C), so
#: the full pattern runs only where a number word is.
#: ASCII whitespace: what ``\s`` matches below U+0080.
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if c.isspace())
_NUMBER_CORE_WORDS = trie_regex(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety half halves
    third thirds quarter quarters fifth fifths tenth tenths dozen dozens scores hundred hundreds thousand
    thousands million millions billion billions trillion""".split())
_NUMBER_CORE = lazyre.compile(r"\b" + _NUMBER_CORE_WORDS + r"\b")
#: ``_NUMBER_CORE`` with the character before the word in place of the leading ``\b``: a
#: pattern that opens with a character class lets the regex engine skip in C to the
#: characters that can stand before a word. The class is every character but ASCII word
#: characters; a non-ASCII word character ("é") is let through and refused in Python.
_NUMBER_CORE_AFTER = lazyre.compile(r"[^a-z0-9_]" + _NUMBER_CORE_WORDS + r"\b")
#: ``_NUMBER_CORE_AFTER`` for ASCII text with every character but word characters made a
#: space (:func:`lintnews.matching.folding.word_spaced`): a pattern that opens with a
#: literal, which the regex engine skips to several times faster than to a class.
_NUMBER_CORE_SPACED = lazyre.compile(" " + _NUMBER_CORE_WORDS + r"\b")
#: Words that may open a figure before its number word: "a dozen", "tens of thousands".
_NUMBER_PREFIX = lazyre.compile(r"\b(?:an?|several|tens[\s-]+of|a\s+couple\s+of)[\s-]+$")
#: The ASCII characters that may stand before the blank of ``_NUMBER_PREFIX``.
_PREFIX_BEFORE_BLANK = frozenset("anlf-" + _ASCII_SPACE)


_UNSET = object()


def _number_words(low: str, spaced=_UNSET) -> Iterator[int]:
    """The starts of what ``_NUMBER_CORE.finditer(low)`` finds (*spaced*: ``spaced_words(low)``
    when the caller has it). A number word is made of ASCII letters, so a match of
    ``_NUMBER_CORE_AFTER`` whose first character is a word character holds no boundary at
    which a match of ``_NUMBER_CORE`` could start."""
    pos = 0
    first = _NUMBER_CORE.match(low)
    if first is not None:
        yield 0
        pos = first.end()
    if spaced is _UNSET:
        spaced = spaced_words(low)
    if spaced is not None:
        # the character before a number word is a space here exactly when it is no
        # word character in *low*
        for hit in _NUMBER_CORE_SPACED.finditer(spaced, pos):
            yield hit.start() + 1
        return
    for hit in _NUMBER_CORE_AFTER.finditer(low, pos):
        c = low[hit.start()]
        if not (c.isalnum() or c == "_"):  # what ``\b`` reads as a word character
            yield hit.start() + 1


def _word_figures(low: str, spaced=_UNSET) -> Iterator["re.Match[str]"]:
    """What ``_WORD_FIGURE.finditer(low)`` finds, trying the pattern only at number words
    (and at "a", "several", "tens of" just before one)."""
    pos = 0
    for h in _number_words(low, spaced):
        if h < pos:
            continue
        m = None
        # "a dozen": the prefix ends in a blank after "a", "an", "several" or "of"
        pre = _NUMBER_PREFIX.search(low, max(pos, h - 12), h) \
            if h >= 2 and (low[h - 2] in _PREFIX_BEFORE_BLANK or low[h - 2] >= "\x80") else None
        if pre is not None:
            m = _WORD_FIGURE.match(low, pre.start())
            if m is not None and m.end() <= h:
                m = None
        if m is None:
            m = _WORD_FIGURE.match(low, h)
        if m is not None:
            pos = m.end()
            yield m


#: Characters at which a figure in digits may start, but ".": the look-ahead of
#: ``_DIGIT_FIGURE`` without it. A single character class lets the regex engine skip the
#: text between candidates in C, which the look-ahead does not.
_DIGIT_START = lazyre.compile(r"[\d£$€¥₹₽₩½¼¾⅓⅔]")
#: For ASCII text, where ``\d`` is [0-9]: a byte table that makes "0" to "9" and "$" a
#: "0" and every other byte a space. The candidates are then the "0" bytes of one
#: translated copy, found by ``bytes.find`` at memory speed (a class is tested at every
#: character).
_DIGIT_MARKS = bytes(48 if chr(c) in "0123456789$" else 32 for c in range(256))


def _has_ascii_candidate(low: str) -> bool:
    """Whether ASCII text holds a digit or "$". (Half the paragraphs hold none; the
    substring tests run at memory speed, several times faster than a class search.)"""
    return ("0" in low or "1" in low or "2" in low or "3" in low or "4" in low or "5" in low or "6" in low
            or "7" in low or "8" in low or "9" in low or "$" in low)


def _digit_figures(low: str) -> Iterator["re.Match[str]"]:
    """What ``_DIGIT_FIGURE.finditer(low)`` finds, trying the pattern only where it can
    start. Besides the candidates of ``_DIGIT_START`` it can start only at a "." that
    stands right before a digit (".5"), so that position is tried first."""
    marks = None
    if low.isascii():
        if not _has_ascii_candidate(low):
            return
        marks = low.encode("ascii").translate(_DIGIT_MARKS)
    search = _DIGIT_START.search
    match = _DIGIT_FIGURE.match
    pos = 0
    while True:
        if marks is not None:
            h = marks.find(48, pos)
            if h < 0:
                return
        else:
            hit = search(low, pos)
            if hit is None:
                return
            h = hit.start()
        m = match(low, h - 1) if h > pos and low[h - 1] == "." else None
        if m is None:
            m = match(low, h)
        if m is None:
            pos = h + 1
            continue
        pos = m.end()
        yield m


_CUR_PREFIX = lazyre.compile(r"(?:(us|au|a|ca|c|hk|nz|s|r)|\b(rs\.?\s?|tk\.?\s?|rp\.?\s?|ksh\.?\s?))$", re.I)
#: The currencies written as a short word before the number ("Rs 800", "Tk 1,600",
#: "Rp 50,000", "KSh 300"), as South Asian, Indonesian and East African copy writes them.
_WORD_PREFIX_CODES = {"rs": "INR", "tk": "BDT", "rp": "IDR", "ksh": "KES"}
_WORD_PREFIX_SPELLINGS = frozenset(("Rs", "Tk", "Rp", "KSh", "Ksh"))
_CUR_CODES = {"us": "USD", "au": "AUD", "a": "AUD", "ca": "CAD", "c": "CAD", "hk": "HKD", "nz": "NZD",
              "s": "SGD", "r": "BRL"}
#: Unit and scale spellings that count only when written against the number ("30C", "50p").
_ATTACHED_ONLY = frozenset("c f t p st mi nm kn pc ha yd m k b kn in h g".split())
#: An ordinal before a fraction word: a part of a period, not a share ("the first half of the year").
_ORDINAL_BEFORE_FRACTION = lazyre.compile(r"\b(?:first|second|third|fourth|final|last|latter|former|opening|"
                                          r"closing)\s+$", re.I)
#: "4g" or "5g" before a word of telephony is the network generation, not grams.
_NOT_GRAMS_AFTER = lazyre.compile(r"[\s-]+(?:network|phone|mobile|signal|coverage|mast|service|connection|data|"
                                  r"internet|broadband|technology|spectrum|licen[cs]e|handset|router|modem|"
                                  r"contract|speed|roll-?out|auction)", re.I)

_CODE_BEFORE = lazyre.compile(r"(?:[A-Za-z][-/]?|\d[/:.]|#|\bNo\.?\s|(?<!\bnow\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bstill\s)"
                              r"(?<!\bthey\s)(?<!\bwhich\s)(?<!\bwould\s)\bnumber\s)$", re.I)
_ORDINAL = lazyre.compile(r"(?:st|nd|rd|th)\b", re.I)
_CODE_AFTER = lazyre.compile(r"(?:st|nd|rd|th)\b|[a-zA-Z]|[/:]\d|\.\d|\s?(?:a\.m\.|p\.m\.|(?:am|pm|GMT|BST|BC|AD)\b)"
                         r"|/", re.I)


def quantities(doc: Document) -> List[Quantity]:
    """Every figure of *doc*, in document order (found once per document:
    :meth:`~lintnews.text.document.Document.memo`)."""
    return doc.memo("figures.quantities", _quantities)


def _quantities(doc: Document) -> List[Quantity]:
    found = [q for region in doc.regions for q in region_quantities(region)]
    ref = weakref.ref(doc)
    for q in found:
        q.doc_ref = ref
    return found


def in_scope(figures: List[Quantity], applies_to: Callable[[Region], bool]) -> List[Quantity]:
    """``[q for q in figures if applies_to(q.region)]``, asking once for each run of
    figures in one region (a rule's ``applies_to`` reads only the region)."""
    out: List[Quantity] = []
    last = None
    ok = False
    for q in figures:
        region = q.region
        if region is not last:
            last, ok = region, applies_to(region)
        if ok:
            out.append(q)
    return out


def as_metres(q: Quantity) -> Quantity:
    """A count written with an attached "m" ("2,000m") read as metres, for where a length
    is expected ("6ft (2m)", a mountain's height); other figures are returned unchanged.
    News copy reads a bare "m" as million, so extraction leaves the choice to the rule."""
    if q.dim == "count" and q.scale == 1.0 and q.upper is None:
        spaced = _SPACED_M.match(q.region.text, q.end)
        if spaced is not None:  # "(1.52 m)": a metre sign set apart
            return q.replace(end=spaced.end(), dim="length", unit=lookup("metres"), extra=fresh_extra(q))
    if q.dim != "count" or q.scale != 1e6 or not q.text.endswith("m") or q.text[-2:-1].isspace():
        return q
    return q.replace(value=q.value / 1e6, half=q.half / 1e6, dim="length", unit=lookup("metres"), scale=1.0,
                     upper=None if q.upper is None else q.upper / 1e6, extra=fresh_extra(q))


_SPACED_M = lazyre.compile(r"\s?m\b(?![-'’])")


def fresh_extra(q: Quantity) -> dict:
    """A copy of *q*'s ``extra`` for a changed copy of *q*: without the cached context,
    which belongs to the original figure (the copy has its own dimension or span)."""
    return {k: v for k, v in q.extra.items() if k != "ctx"}


def region_quantities(region: Region) -> List[Quantity]:
    """Figures of one region, with sentences attached."""
    text = region.text
    out: List[Quantity] = []
    low = text.lower()
    for m in _digit_figures(low):
        q = _build(region, text, low, m, None, *m.groups())
        if q is not None:
            out.append(q)
    for m in _word_figures(low, folded_words(region)):
        words_s, *tail = m.groups()
        q = _build(region, text, low, m, words_s, None, None, *tail)
        if q is not None:
            out.append(q)
    if not out:
        return out  # most paragraphs
    out.sort(key=_START)
    out = merge_ranges(text, out)
    out = merge_ratios(text, out)
    out = _bare_degrees(text, out)
    sentences = region.sentences
    if len(sentences) <= 1:
        sentence = sentences[0] if sentences else None
        for q in out:
            q.sentence = sentence
        return out
    starts = [s.start for s in sentences]
    for q in out:
        i = bisect.bisect_right(starts, q.start) - 1
        q.sentence = sentences[max(i, 0)]
    return out


_START = attrgetter("start")

#: "degrees" with no scale after a figure, then an opening parenthesis; a minus sign before one.
_DEGREES = lazyre.compile(r"\s+degrees?(?![\w'’-])(?!\s+(?:celsius|centigrade|fahrenheit|[cf])\b)\s*[(\[]\s*", re.I)
_MINUS = lazyre.compile(r"(?:\bminus\s+|[-−–]\s?)$", re.I)


def _bare_degrees(text: str, figures: List[Quantity]) -> List[Quantity]:
    """A plain number followed by "degrees" with no scale and, in parentheses, a
    temperature in one scale is a temperature in the other: "30 degrees (86F)" is
    Celsius, "86 degrees (30C)" Fahrenheit, "minus 30 degrees (minus 22F)" below zero."""
    if "degree" not in text and "Degree" not in text:
        return figures
    out = list(figures)
    for i in range(len(out) - 1):
        q, r = out[i], out[i + 1]
        if q.dim != "count" or q.scale != 1.0 or q.upper is not None or r.dim != "temperature" or r.unit is None:
            continue
        m = _DEGREES.match(text, q.end)
        if m is None or m.end() != r.qual_start:
            continue
        start, value = q.start, q.value
        sign = _MINUS.search(text, max(0, q.start - 8), q.start)
        if sign is not None and value > 0:
            start, value = sign.start(), -value
        unit = lookup("c") if r.unit.key == "°F" else lookup("f")
        end = q.end + len(m.group().rstrip(" ([\t\n\u00a0"))
        out[i] = q.replace(start=start, qual_start=start if q.qual_start < 0 else min(q.qual_start, start),
                           end=end, value=value, dim="temperature", unit=unit, extra=fresh_extra(q))
    return out


def _build(region: Region, text: str, low: str, m: "re.Match[str]", words_s: Optional[str], cur_s: Optional[str],
           num_s: Optional[str], scale_s: Optional[str], usep: Optional[str], unit_s: Optional[str],
           curword_s: Optional[str], pence_s: Optional[str]) -> Optional[Quantity]:
    """One figure from a match of ``_DIGIT_FIGURE`` (``words_s`` is None) or of
    ``_WORD_FIGURE`` (``cur_s`` and ``num_s`` are None), given its groups in order."""
    grams_dropped = False
    if unit_s and unit_s in ("g", "G") and (text[m.start("unit")] != "g" or usep
                                            or _NOT_GRAMS_AFTER.match(text, m.end("unit"))):
        unit_s, grams_dropped = None, True  # "3G", "5G network", "a 4g phone": not grams
    if num_s is not None:
        nstart, nend = m.start("num"), m.end("num")
        number = parse_digits(num_s)
        if number is None:
            return None
        ordinal = _ORDINAL.match(text, nend) if _may_open(text, nend, _ORDINAL_FIRST) else None
        if ordinal and (ordinal.group().lower() != "st" or num_s.endswith("1") and not num_s.endswith("11")):
            return None  # "21st", "3rd" (but "10st" is ten stone)
        if not cur_s and _may_end_code(text, nstart) and _CODE_BEFORE.search(text, max(0, nstart - 12), nstart):
            return None  # "F-16", "G8", "No. 10", "M25"
        bare = not (cur_s or scale_s or unit_s or curword_s or pence_s)
        if bare and _CODE_AFTER.match(text, nend) and not AGE_AFTER.match(text, nend):
            return None  # "21st", "3G", "10:30", "1/2", "3pm"
        if bare and _named_number(text, nstart, nend):
            return None  # "Radio 2", "PlayStation 3", "Band Aid 20"
        if scale_s == "m" and not cur_s and _SPORT_METRES.match(text, m.end("scale")):
            return None  # "the 800m title": an event, not a figure to compare
        if scale_s == "m" and not cur_s and num_s.replace(",", "") in _EVENTS \
                and not _PLURAL_WORD_NEXT.match(text[m.end("scale") :]):
            return None  # "won the 1500m"
    else:
        nstart, nend = m.start("words"), m.end("words")
        number = parse_words(words_s)
        if number is None:
            return None
        low_words = words_s.lower()
        if text[nstart].isupper() and region.kind != "heading" and _mid_sentence(text, nstart):
            return None  # "Radio Five Live", "the Six Nations", "Ten Cate"
        if text[nend : nend + 1] == "-" and not unit_s and not AGE_AFTER.match(text, nend) \
                and not _BODY_COMPOUND.match(text, nend):
            return None  # "one-off", "five-star" (but "the nine-member committee" counts)
        if number.kind == "fraction" and not _OF_AFTER.match(text, nend):
            return None  # "the second half", "a quarter-final"
        if number.kind == "fraction" and _ORDINAL_BEFORE_FRACTION.search(text, max(0, nstart - 12), nstart):
            return None  # "in the first half of the year", "the last quarter of 2024": a period
        if low_words in ("one", "a", "an") and not (scale_s or unit_s or curword_s or cur_s) \
                and not (text[nend : nend + 1] in _BLANKS and RATIO_SEP.match(text, nend)):
            return None  # "one of the", "one day": rarely a figure worth comparing
        if number.kind != "fraction" and number.value >= 100:
            number = Number(number.value, 0.05 * number.value, number.kind)
    end = m.end() if not grams_dropped else (m.end("scale") if scale_s else nend)
    # spellings that count only when written against the number ("30C", "50p", "£5m")
    if scale_s and m.start("scale") != nend and scale_s.lower() in _ATTACHED_ONLY:
        scale_s = unit_s = curword_s = None
        end = nend
    if scale_s and scale_s.lower() in ("k", "b") and not cur_s:
        scale_s = unit_s = curword_s = None
        end = nend
    if unit_s and usep and unit_s.lower() in _ATTACHED_ONLY:
        unit_s = None
        end = m.end("scale") if scale_s else nend
    if pence_s and not cur_s and not scale_s:
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
    elif num_s and not words_s and _may_close(text, nstart, _RUPEE_LAST) and _may_be_rupees(text, nstart):
        pre = _CUR_PREFIX.search(text, max(0, nstart - 5), nstart)
        if pre and pre.group(2):
            currency = _WORD_PREFIX_CODES[pre.group(2).rstrip(". \u00a0").lower()]
            dim, start = "currency", pre.start()
    if curword_s:
        code, factor = CURRENCY_WORDS[curword_s.lower()]
        if currency and currency != code:
            return None
        currency, dim = code, "currency"
        value, half = value * factor, half * factor
    elif unit_s:
        spelled = _DEGREE.sub("°", unit_s) if "°" in unit_s or "º" in unit_s else unit_s
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
    if dim == "temperature":
        minus = _MINUS_BEFORE.search(text, max(0, start - 7), start)
        if minus:  # "-5C", "minus 5C" (not the "5-10C" of a range)
            value, start = -value, minus.start(1)
    elif dim == "length" and value:
        minus = _MINUS_BEFORE.search(text, max(0, start - 7), start)
        sign = minus.group(1) if minus else ""
        if sign and sign != "–" and not (sign in "-−" and text[: minus.start(1)].rstrip()[-1:].isdigit()):
            # "minus 120 metres", "-12m": a level below a zero (sea level, a datum), as with
            # temperatures (not the dash of a range: "300 –400m", "5 -10km")
            value, start = -value, minus.start(1)
    q = Quantity(region, start, end, value, half, dim, unit, currency)
    q.scale = scale
    q.vague = number.kind == "vague"
    if number.kind == "fraction" and dim == "count":
        point = _FRACTION_POINT.match(text, end)
        if point:  # "half a percentage point", "a quarter of a point"
            q.dim, q.end = ("pp" if point.group(1) else "points"), point.end()
            q.unit = lookup("percentage points" if point.group(1) else "points")
        else:
            q.dim, q.value, q.half = "percent", number.value * 100, 3.0
            q.extra["fraction"] = True
    classify(q, text, num_s, nend)
    qualify(q, text, low)
    return q


#: A plural word after a distance ("the 1500m times"): compiled once (its program is kept on disk).
_PLURAL_WORD_NEXT = lazyre.compile(r"\s+[a-z]+s\b")
_DEGREE = lazyre.compile(r"[º°]\s?")
_BLANKS = frozenset(" \u00a0")
#: The ASCII characters that may open a match of ``_ORDINAL``; ends of the "Rs" of
#: ``_CUR_PREFIX`` (its second group, the only one read after a bare number).
_ORDINAL_FIRST = frozenset("snrtSNRT")
_RUPEE_LAST = frozenset("sS." + _ASCII_SPACE)


def _may_open(text: str, at: int, first: frozenset) -> bool:
    """False only when no match of a case-insensitive pattern can start at *at*: the
    character there is missing or ASCII and not in *first* (a non-ASCII character may
    match an ASCII letter when case is ignored: "ſ" is "s")."""
    c = text[at : at + 1]
    return bool(c) and (c in first or c >= "\x80")


#: The ASCII characters a match of ``_CODE_BEFORE`` may end with, but white space ("F-",
#: "G", "1/", "#"), and those that may stand before its final white space ("No ", "No. ",
#: "number ").
_CODE_LAST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-/:.#")
_CODE_BEFORE_BLANK = frozenset("oO.rR")


def _may_end_code(text: str, at: int) -> bool:
    """False only when no match of ``_CODE_BEFORE`` can end at *at*. (Most figures stand
    after a space that follows neither "No" nor "number".) Non-ASCII characters may match
    a letter or white space, and a newline before *at* may be where ``$`` matches."""
    c = text[at - 1 : at] if at else ""
    if not c:
        return False
    if c in _CODE_LAST or c >= "\x80" or c == "\n":
        return True
    if c.isspace():
        d = text[at - 2 : at - 1] if at >= 2 else ""
        return d in _CODE_BEFORE_BLANK and d != "" or d >= "\x80"
    return False


def _may_close(text: str, at: int, last: frozenset) -> bool:
    """False only when no match of a ``...$`` search that stops at *at* is possible: the
    character before *at* is missing or ASCII and not in *last*. (``$`` also matches
    before a final newline, so *last* must hold "\\n" when the pattern may end there.)"""
    c = text[at - 1 : at] if at else ""
    return bool(c) and (c in last or c >= "\x80")


def _may_be_rupees(text: str, at: int) -> bool:
    """False only when the second group of ``_CUR_PREFIX`` ("Rs", "Rs.", "Rs ") cannot match
    in the four characters before *at*: they hold no "rs" in any case (non-ASCII text, in
    which "ſ" is an "s" when case is ignored, is let through)."""
    window = text[max(0, at - 5) : at]
    if not window.isascii():
        return True
    low = window.lower()
    return "rs" in low or "tk" in low or "rp" in low or "sh" in low


_MINUS_BEFORE = lazyre.compile(r"(?:^|[\s(])((?:-|−|–|minus\s))$", re.I)
_BODY_COMPOUND = lazyre.compile(r"-(?:member|strong|seat|nation|man|woman|person)\b", re.I)
_SPORT_METRES = lazyre.compile(
    r"\s+(?:race|sprint|hurdles|champion|championship|final|record|freestyle|butterfly|backstroke|"
    r"breaststroke|medley|relay|title|gold|silver|bronze|medallist|event|runner|indoor|outdoor|heat|"
    r"steeplechase|dash|swim|world)\b|\s+in\s+\d", re.I)
_EVENTS = frozenset("60 100 110 200 400 800 1500 3000 5000 10000".split())
_CAPITAL_BEFORE = lazyre.compile(r"(?:^|[^\w'’])([A-Z][\w'’-]*)[ \u00a0]$")


def _named_number(text: str, nstart: int, nend: int) -> bool:
    """A bare number right after a capitalised word inside a sentence: a name or code."""
    if text[nend : nend + 1] in ("-", "–") and text[nend + 1 : nend + 2].isdigit():
        return False  # "Li 7-5": a score
    m = _CAPITAL_BEFORE.search(text, max(0, nstart - 30), nstart) if _may_follow_name(text, nstart) else None
    if not m:
        return False
    word = m.group(1).lower()
    if m.group(1) in _WORD_PREFIX_SPELLINGS:
        return False  # "Rs 800", "Tk 1,600": a currency, read as one (not "RS 6", a model)
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "September's 172,000", "Acme's 4,000 staff": a possessive, not a name
    if word in MONTHS or word in NON_NAMES or word in _NAME_OK:
        return False
    if _GAPPED_BEFORE.search(text, max(0, nstart - 40), nstart) and _GAPPED_AFTER.match(text, nend):
        return False  # "Labour took 25 seats and the Conservatives 51;": a figure whose verb is left out
    if nend - nstart > 1 and _GAPPED_NAME_BEFORE.search(text, max(0, nstart - 60), nstart) \
            and _GAPPED_AFTER.match(text, nend):
        return False  # "Ballymena scored 31 points and Omagh 24,": a rival's figure after the first's
    if nend - nstart > 1 and _IN_PLACE_BEFORE.search(text, max(0, nstart - 40), nstart) and (
            _COUNTED_AFTER.match(text, nend)
            or _AND_IN_PLACE_BEFORE.search(text, max(0, nstart - 45), nstart) and _GAPPED_AFTER.match(text, nend)):
        return False  # "In Leeds 40 jobs will go and in York 25.": a place, then its figure ("In Formula 1
        # drivers ...", a one-digit number, stays a name)
    return True


#: A coordinated subject with its verb left out, then its figure and the clause's end: "...
#: and the Conservatives 51;", ", the Greens 4,": the number is the subject's figure.
_GAPPED_BEFORE = lazyre.compile(r"(?:,|\band|\bwhile|\bbut)\s+the\s+[A-Z][a-z]+s\s$")
#: "scored 31 points and Omagh 24": a lower-case word, a figure of two digits or more (and
#: its noun), then "and" and a one-word name: the name's figure with its verb left out.
_GAPPED_NAME_BEFORE = lazyre.compile(r"\b[a-z]+\s+\d[\d,.]*\d(?:\s+[a-z]+)?\s+(?:and|while|whereas|but)\s+"
                                     r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+[ \u00a0]$")
_GAPPED_AFTER = lazyre.compile(r"(?:\s*[;,.]|\s+and\b|\s*$)")


#: A place opening a clause before a figure, "In Leeds 40 ...", "and at Northgate 25":
#: a figure after it is the place's count when a plural noun follows it ("40 jobs will
#: go") or, after "and in", when the clause ends with it (its noun left out).
_IN_PLACE_BEFORE = lazyre.compile(r"(?:^|[.,;:]\s*|\b(?:and|while|whereas|but)\s+)(?:In|in|At|at)\s+(?:the\s+)?"
                                  r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?,?[ \u00a0]$")
_AND_IN_PLACE_BEFORE = lazyre.compile(r"(?:,|\b(?:and|while|whereas|but))\s+(?:in|at)\s+(?:the\s+)?"
                                      r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?,?[ \u00a0]$")
_COUNTED_AFTER = lazyre.compile(r"[ \u00a0]+(?:more\s+|new\s+|extra\s+|further\s+)?[a-z][a-z'’-]*[a-rt-z]s\b"
                                r"(?![ \u00a0]+(?:of|per)\b)")


def _may_follow_name(text: str, at: int) -> bool:
    """False only when ``_CAPITAL_BEFORE.search(text, max(0, at - 30), at)`` cannot match:
    a match ends in a blank at *at* (or before a final newline there, where ``$`` also
    matches) and holds a capital A-Z, so the 30 characters before *at* hold an upper-case
    letter (``str.islower`` is False for any text with one, and for text without letters)."""
    c = text[at - 1 : at]
    if c != " " and c != "\u00a0" and c != "\n":
        return False
    return not text[max(0, at - 30) : at].islower()


def _mid_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'(—–-…"


#: Capitalised words that may stand before a figure without making it part of a name.
_NAME_OK = frozenset(
    """about around some nearly almost over under just only all by to from of with without roughly
    approximately another exactly precisely fewer less more than up down into between since until after
    before during when while if although though yet so then now each every both last next first and
    or but nor for at as per its their his her our your my these those this that there here what
    whereas plus minus estimated average total record some across among amid below above beyond against
    despite including within without towards toward through throughout under over around nearly almost aged""".split()
)


_FRACTION_POINT = lazyre.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?an?[ \u00a0]+(percentage[ \u00a0-])?points?\b", re.I)
_OF_AFTER = lazyre.compile(r"[ \u00a0]+(?:of|the|a|an|its|their|his|her|our|this|that|those|these|all)\b", re.I)


