"""The pattern language of the garbled lexicons, compiled to regular expressions.

A pattern is a row of slots over the words of one sentence (see
:mod:`lintnews.analysis.garbled.lexicon` for the lexicon format). :class:`PatternCompiler`
turns one into a regular expression over the sentence's tokens joined by single spaces
(" tok tok ... tok ": each slot matches a token and the space after it, a pattern starts
with the space before its first token), and chooses the words a sentence must hold for
the pattern to be tried (its *trigger*: the rarest required word, or two adjacent ones,
or a word and the number after it).
"""

from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from lintnews.analysis.garbled.lemmas import forms
from lintnews.matching.tries import trie_regex

__all__ = ["LexiconError", "PatternCompiler", "BUILTIN_TESTS", "NUMBER_TOKEN", "escape", "word_set"]

#: A token: a number (with its separators and a % sign), a word (apostrophes and hyphens
#: inside), or one other non-space character.
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "dozen dozens several"
).split()
_NUM = r"(?:\d[\d.,]*|" + "|".join(_NUMBER_WORDS) + ")"
_BUILTIN = {
    "num": [_NUM],
    "pct": [r"\d[\d.,]*%", _NUM + r" (?:per cent|percent)", _NUM + r" %"],
    "Name": [r"(?-i:[A-Z][\w'’-]*)"],
    "year": [r"(?:1[5-9]|20)\d\d"],
    "ing": [r"\w+ing"],
    "dayn": [r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"],
    "any": [r"\w\S*"],
}
# Words too common to be worth a trigger: a pattern is found by its rarest required word.
_COMMON = frozenset(
    """the a an of to in on at for with by from and or but is are was were be been has have
    had it its this that these those he she they we i you his her their our my your not no
    as so if , . ; : % will would can could should may might must do does did there said
    says say made make held told sent kept built more less than then other first last one
    two new also after before over up out into about who which what when where all some
    any many much most time year years people number end use part way back just only very
    well even still now here how why them him us me its get got take took against through
    outside during since between under without within home police become becomes became
    becoming data years made make go goes went put rise last called despite by their it's
    off interest away past far play playing own due whether but because good next minister
    bank director house office court yet place with that into like""".split()
)
# Built-in classes a pattern may be found by: each number in the folded region text is
# classed by these tests (a year, a day of the month, any number).
NUMBER_TOKEN = re.compile(r"\d[\d.,]*\d|\d")
BUILTIN_TESTS = {
    "year": lambda t: len(t) == 4 and t.isdigit() and ("1500" <= t <= "2099"),
    "dayn": lambda t: t.isdigit() and 1 <= int(t) <= 31,
    "num": lambda t: True,
}
_BUILTIN_COST = {"year": 40, "pct": 20}
_SPECIAL = {"...": r"(?:[\w'’]\S* ){0,4}?", "...?": r"(?:[\w'’]\S* ){0,4}?", "~": r"(?:\S+ ){0,30}?", "^": "(?<=^ )", "$": r"(?=(?:[^\w\s]+ )*$)"}


class LexiconError(ValueError):
    """A malformed lexicon entry (file, entry id and problem in the message)."""


class PatternCompiler:
    """Turns pattern strings into regular-expression sources over a token line."""

    def __init__(self, classes: Dict[str, List[str]]):
        self.classes = classes  # name -> regex alternatives (escaped forms)

    #: Compile for the lower-cased token line (literals and classes lower-cased).
    lower = False

    def alternatives(self, slot: str, where: str) -> List[str]:
        """The regular expressions one of which the slot's token matches."""
        out: List[str] = []
        literals: List[str] = []
        for alt in slot.split("|"):
            if not alt:
                raise LexiconError(f"{where}: empty alternative in {slot!r}")
            if alt.startswith("@"):
                name = alt[1:]
                if name in _BUILTIN:
                    out += _BUILTIN[name]
                elif name in self.classes:
                    out += self.classes["lower:" + name if self.lower else name]
                else:
                    raise LexiconError(f"{where}: unknown class {alt!r}")
            elif alt.startswith("="):
                literals += sorted(forms(alt[1:].replace("_", " ")))
            else:
                literals.append(alt.replace("_", " "))
        if self.lower:
            literals = sorted({w.lower() for w in literals})
        if len(literals) > 8:  # many words: a trie, which the engine walks a letter at a time
            out.append("(?:" + trie_regex(literals) + r")(?![\w'’-])")
        else:
            out += [escape(w) for w in literals]
        return out

    def literal_words(self, slot: str) -> Optional[List[str]]:
        """The first words a slot can start with, or None when a built-in regex class
        (a number, a name) makes that unknowable; ``["@year"]`` for a year and the
        signs of a percentage for ``@pct``."""
        if slot == "@year":
            return ["@year"]
        if slot == "@pct":
            return ["%", "cent", "percent"]
        words: List[str] = []
        for alt in slot.split("|"):
            if alt.startswith("@"):
                name = alt[1:]
                if name in _BUILTIN:
                    return None
                words += self.class_words[name]
            elif alt.startswith("="):
                words += sorted(forms(alt[1:].replace("_", " ")))
            else:
                words.append(alt.replace("_", " "))
        return [w.split(" ")[0].lower() for w in words]

    class_words: Dict[str, List[str]] = {}
    #: Triggers of a word and a built-in class together: name -> (class, words).
    pairs: Dict[str, Tuple[str, FrozenSet[str]]] = {}

    def compile(self, pattern: str, where: str) -> Tuple[str, List[str]]:
        """The regex source of *pattern* and its trigger words."""
        parts: List[str] = []
        # Trigger candidates: each required slot's words, and two adjacent required
        # slots' word pairs ("they has"), which find a pattern of common words.
        candidates: List[Tuple[float, List[str]]] = []
        self.required: List[FrozenSet[str]] = []  # each required slot's first words
        previous: Optional[List[str]] = None  # the last required slot's single words
        opened = False
        for slot in pattern.split():
            if slot in _SPECIAL:
                parts.append(_SPECIAL[slot])
                previous = None
                continue
            if slot == "[":
                parts.append("(?P<flag>")
                opened = True
                continue
            if slot == "]":
                if not opened:
                    raise LexiconError(f"{where}: ']' without '['")
                parts.append(")")
                opened = False
                continue
            negated = slot.startswith("!") and len(slot) > 1
            optional = slot.endswith("?") and len(slot) > 1
            body = slot[1:] if negated else slot
            body = body[:-1] if optional else body
            starts = "^" in body.split("|")  # the start of the sentence is one choice
            if starts:
                body = "|".join(a for a in body.split("|") if a != "^")
            alts = self.alternatives(body, where)
            group = "(?:" + "|".join(alts) + ") "
            if starts:
                group = "(?:(?<=^ )|" + group + ")"
            if negated:
                parts.append("(?!" + group + ")")
            elif optional:
                parts.append("(?:" + group + ")?")
                previous = None
            else:
                parts.append(group)
                words = self.literal_words(body)
                if starts:
                    previous = None
                    continue
                builtin = body[1:] if body.startswith("@") and body[1:] in BUILTIN_TESTS else None
                if builtin is not None and previous is not None:
                    # "on 1985", "with 22 years": the word before and the class together
                    key = f"@p{len(self.pairs)}"
                    self.pairs[key[1:]] = (builtin, frozenset(previous))
                    candidates.append((30, [key]))
                if words is None:
                    previous = None
                    continue
                unique = sorted(set(words))
                if unique == ["@year"]:
                    candidates.append((_BUILTIN_COST["year"], unique))
                    previous = None
                    continue
                if body == "@pct":
                    candidates.append((_BUILTIN_COST["pct"], unique))
                    previous = None
                    continue
                if not all(w[:1].isalnum() for w in unique):
                    previous = None
                    continue
                common = any(w in _COMMON for w in unique)
                candidates.append((len(unique) + (1000 if common else 0), unique))
                if len(unique) <= 60 and all(" " not in w for w in unique):
                    self.required.append(frozenset(unique))
                if previous is not None and len(previous) * len(unique) <= 200:
                    # The last word of the slot before and the first word of this one
                    pairs = sorted({f"{a} {b}" for a in previous for b in unique})
                    candidates.append((20 + len(pairs) / 20, pairs))
                last_words = {w.rsplit(" ", 1)[-1].lower() for w in self.alternative_words(body)}
                previous = sorted(last_words) if all(w[:1].isalnum() for w in last_words) else None
        if opened:
            raise LexiconError(f"{where}: '[' without ']'")
        if not candidates:
            raise LexiconError(f"{where}: pattern {pattern!r} has no word to find it by")
        # Every slot ends with the space after its token, and the pattern starts with the
        # space before its first one: the whole match stays on token boundaries.
        return " " + "".join(parts), min(candidates)[1]

    def alternative_words(self, slot: str) -> List[str]:
        """Every string a slot of words can stand for (multi-word ones included)."""
        out: List[str] = []
        for alt in slot.split("|"):
            if alt.startswith("@"):
                out += self.class_words.get(alt[1:], [])
            elif alt.startswith("="):
                out += sorted(forms(alt[1:].replace("_", " ")))
            else:
                out.append(alt.replace("_", " "))
        return out


def escape(text: str) -> str:
    return re.escape(text).replace("\\ ", " ")


def word_set(values: Any, where: str) -> FrozenSet[str]:
    if not values:
        return frozenset()
    if not isinstance(values, list):
        raise LexiconError(f"{where}: must be a list of words")
    out = set()
    for v in values:
        v = str(v)
        out |= forms(v[1:]) if v.startswith("=") else {v.lower()}
    return frozenset(out)
