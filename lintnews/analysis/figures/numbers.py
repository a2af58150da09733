"""Numbers written as digits or words: values and the precision they were stated with.

``parse_digits("4,000")`` and ``parse_words("two hundred and fifty")`` return a
:class:`Number`: the value and ``half``, half the unit of the last stated digit (a figure
given as "£3.2m" is anything from 3.15m to 3.25m). Round figures ("4,000") are allowed a
rounding of at most 1%, so "4,000" and "4,020" agree but "4,000" and "4,300" do not.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, NamedTuple, Optional

from lintnews.matching import patterns as lazyre


class Number(NamedTuple):
    """A parsed number: ``value``, ``half`` (rounding allowance) and flags. (A named
    tuple: built for every figure of a draft, and cheaper to build than a dataclass.)"""

    value: float
    half: float
    #: "fraction" ("two-thirds"), "vague" ("dozens", "hundreds"), or "" for a count.
    kind: str = ""


UNITS_WORDS: Dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: Dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
MULTIPLIERS: Dict[str, float] = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
FRACTIONS: Dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}
VAGUE: Dict[str, float] = {
    "dozens": 24.0, "scores": 40.0, "several dozen": 36.0, "hundreds": 200.0, "thousands": 2000.0,
    "tens of thousands": 20000.0, "hundreds of thousands": 200000.0, "millions": 2e6,
    "billions": 2e9,
}
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅒": 0.1}

_SPACES = lazyre.compile(r"[\s-]+")
_TOKEN = lazyre.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def parse_digits(text: str) -> Optional[Number]:
    """``"4,000"`` -> 4000 (±200); ``"3.25"`` -> 3.25 (±0.005); ``"2½"`` -> 2.5.
    (Cached: a draft's figures repeat the same few thousand numbers, years above all.)"""
    if text.isdecimal():  # plain digits, the common case: nothing to remove, no fraction
        value = float(text)
        return Number(value, half_unit(text, value))
    frac = 0.0
    if text and text[-1] in UNICODE_FRACTIONS:
        frac = UNICODE_FRACTIONS[text[-1]]
        text = text[:-1]
        if not text:
            return Number(frac, 0.0, "fraction")
    clean = text.replace(",", "").replace("\u202f", "").replace("\u00a0", "")
    try:
        value = float(clean)
    except ValueError:
        return None
    if frac:
        return Number(value + frac, 0.0)
    return Number(value, half_unit(clean, value))


def half_unit(clean: str, value: float) -> float:
    """Half the unit of the last stated digit; for round integers at most 1% of the value."""
    if "." in clean:
        decimals = len(clean) - clean.index(".") - 1
        return 0.5 * 10.0 ** (-decimals)
    digits = clean.lstrip("+-")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or value == 0:
        return 0.5
    return max(0.5, min(0.5 * 10.0 ** zeros, 0.01 * abs(value)))


@lru_cache(maxsize=4096)
def parse_words(text: str) -> Optional[Number]:
    """Number words: "twelve", "twenty-five", "two hundred and fifty", "a dozen",
    "half", "two-thirds", "three quarters", "one and a half", "dozens". (Cached.)"""
    low = _SPACES.sub(" ", text.lower()).strip()
    if low in VAGUE:
        return Number(VAGUE[low], VAGUE[low] / 2, "vague")
    words = _TOKEN.findall(low)
    if not words:
        return None
    if words[0] == "half" and len(words) == 3 and words[1] in ("a", "an"):
        rest = parse_words(" ".join(words[1:]))  # "half a million"
        return Number(rest.value / 2, rest.half / 2) if rest is not None else None
    if len(words) >= 5 and words[-3] == "of" and words[-2] in ("a", "an") and words[-1] in MULTIPLIERS \
            and words[-4] in FRACTIONS:
        # "a quarter of a million", "three quarters of a million"
        share = parse_words(" ".join(words[:-3]))
        if share is None:
            return None
        value = share.value * MULTIPLIERS[words[-1]] if share.kind == "fraction" else None
        return Number(value, 0.0) if value is not None else None
    if words[:3] == ["a", "couple", "of"] and len(words) == 4:
        unit = 12.0 if words[3] == "dozen" else MULTIPLIERS.get(words[3])
        return Number(2 * unit, 0.0) if unit else None
    # fractions: "two thirds", "a quarter", "half", "one and a half"
    if words[-1] in FRACTIONS:
        share = FRACTIONS[words[-1]]
        if "and" in words:
            i = words.index("and")
            whole = _cardinal(words[:i])
            part = _count(words[i + 1 : -1])
            if whole is None or part is None:
                return None
            return Number(whole + part * share, 0.0)
        count = _count(words[:-1])
        return Number(count * share, 0.0, "fraction") if count is not None else None
    if words[-1] == "dozen":
        count = _count(words[:-1])
        return Number(12.0 * count, 0.0) if count is not None else None
    if words[0] in ("a", "an"):
        words[0] = "one"
    value = _cardinal(words)
    return Number(float(value), 0.0) if value is not None else None


def _count(words) -> Optional[float]:
    """A multiplier before "half", "dozen" etc.: none or "a" is one."""
    if not words or words in (["a"], ["an"]):
        return 1.0
    return _cardinal(words)


def _cardinal(words) -> Optional[float]:
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w == "and":
            continue
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in MULTIPLIERS:
            total += (current or 1) * MULTIPLIERS[w]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


#: Regex alternation matching a run of number words (used by the extractor).
NUMBER_WORDS_RE = (
    r"(?:(?:an?|one|two|three)[\s-](?:half|quarters?|thirds?)\s+of\s+an?\s+(?:thousand|million|billion)\b"
    r"|a\s+couple\s+of\s+(?:dozen|hundred|thousand|million|billion)\b"
    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[\s-]+and[\s-]+"
    r"an?[\s-]+(?:half|quarter|third)\b"
    r"|(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:and[\s-]+an?[\s-]+)?"
    r"(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b"
    r"|one\s+and\s+a\s+half"
    r"|half[\s-]+an?[\s-]+(?:dozen|hundred|thousand|million|billion)"
    r"|half"
    r"|(?:tens\s+of\s+|hundreds\s+of\s+)thousands|dozens|scores|hundreds|thousands|millions|billions"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several)?\s*dozen"
    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|"
    r"six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?(?=\s+(?:hundred|thousand|"
    r"million|billion|trillion)\b))"
    r"(?:[\s-]+(?:and[\s-]+)?(?:hundred|thousand|million|billion|trillion|zero|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)*)"
)
