"""Which of many literal strings a paragraph holds: the gates of the pack scanner.

Each pack expression has *gate* strings, one of which every match contains (see
:mod:`.literals`); a paragraph holding none of an expression's gates skips it.
:class:`Gates` finds the strings anywhere in a text, trying every character.
:class:`WordStartGates` finds strings that matches hold at the start of a word
(:func:`.literals.word_start_literals`): it tries only the characters after a space,
after another non-word character, and at the start, and ``re`` skips quickly from one
space to the next, so it costs a fraction of the first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from lintnews import cache
from lintnews.matching import patterns as lazyre
from lintnews.matching.folding import keeps
from lintnews.matching.tries import trie_regex


class WordStarts:
    """Where an expression (*body*) matches right after a non-word character or at the
    start of a text: one scan from space to space, one for the other non-word
    characters, one match at the start. With the spaced text
    (:func:`lintnews.matching.folding.spaced`), the second scan is for apostrophes and
    hyphens only, which ``re`` also skips to quickly; *body* must then match the spaced
    text wherever it matches the text (*spaced_ok*)."""

    def __init__(self, body: str, spaced_ok: bool) -> None:
        ahead = "(?=" + body + ")"
        self._after_space = lazyre.compile(" " + ahead)
        self._after_other = lazyre.compile(r"[^\w ]" + ahead)
        # One scan per joiner: ``re`` skips to a literal first character much faster
        # than to a character of a class, and a text without the joiner skips its scan.
        self._after_joiners = (("'", lazyre.compile("'" + ahead)), ("-", lazyre.compile("-" + ahead)))
        self._at_start = lazyre.compile(ahead)
        self.spaced_ok = spaced_ok

    def _passes(self, text: str, spaced_text: Optional[str]):
        """The text to scan and the scans for the places after a non-word character
        other than a space: in the spaced text, those after an apostrophe or a hyphen
        (the two scans together find what one for ``['-]`` finds), the joiners the text
        does not hold left out."""
        if spaced_text is not None and self.spaced_ok:
            return spaced_text, [rx for ch, rx in self._after_joiners if ch in spaced_text]
        return text, (self._after_other,)

    def starts(self, text: str, spaced_text: Optional[str] = None) -> List[int]:
        """The offsets, in order, where *body* matches after a non-word character or at 0."""
        text, after_others = self._passes(text, spaced_text)
        found = [m.end() for m in self._after_space.finditer(text)]
        others = [m.end() for after_other in after_others for m in after_other.finditer(text)]
        if self._at_start.match(text) is not None:
            others.append(0)
        return sorted(found + others) if others else found

    def firsts(self, text: str, spaced_text: Optional[str] = None) -> set:
        """The first groups of those matches."""
        text, after_others = self._passes(text, spaced_text)
        found = set(self._after_space.findall(text))
        for after_other in after_others:
            found.update(after_other.findall(text))
        m = self._at_start.match(text)
        if m is not None:
            found.add(m.group(1))
        return found


def prefixes_within(strings: Sequence[str]) -> Dict[str, FrozenSet[str]]:
    """For each of *strings*, the strings among them that it begins with (itself too).
    Kept in the on-disk cache with the gates' other tables (the strings are the packs'
    own, never a draft's)."""
    return cache.derived("gate-prefixes", tuple(strings), lambda: _prefixes_within(strings))


def _prefixes_within(strings: Sequence[str]) -> Dict[str, FrozenSet[str]]:
    present = set(strings)
    return {s: frozenset(s[:k] for k in range(len(s) + 1) if s[:k] in present) for s in strings}


class Gates:
    """Which of many literal strings occur in a text, found in one scan."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = strings = sorted(set(strings))
        self._rx = lazyre.compile("(?=(" + trie_regex(strings) + "))") if strings else None
        # a match is the longest string at its position; shorter ones there are its prefixes
        self._prefixes = prefixes_within(strings)

    def __bool__(self) -> bool:
        return self._rx is not None

    def present(self, text: str) -> FrozenSet[str]:
        """The strings that occur in *text*."""
        if self._rx is None:
            return frozenset()
        found: set = set()
        prefixes = self._prefixes
        for m in self._rx.finditer(text):
            found |= prefixes[m.group(1)]
        return frozenset(found)


class WordStartGates:
    """Which of many literal strings occur in a text at the start of a word: with no word
    character right before them (the text's lower-cased fold: lower-casing never turns a
    word character into another kind, nor straightening an apostrophe)."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = strings = sorted(set(strings))
        spaced_ok = cache.derived("gate-keeps", tuple(strings), lambda: keeps(strings))
        self._scan = WordStarts("(" + trie_regex(strings) + ")", spaced_ok)
        self._prefixes = prefixes_within(strings)

    def present(self, text: str, spaced_text: Optional[str] = None) -> FrozenSet[str]:
        """The strings that stand at the start of a word in *text* (its spaced form
        *spaced_text*, when known, makes it quicker)."""
        longest = self._scan.firsts(text, spaced_text)
        found: set = set()
        prefixes = self._prefixes
        for s in longest:
            found |= prefixes[s]
        return frozenset(found)


def finder_passes(source: str) -> Optional[WordStarts]:
    """Where the phrase finder (*source*) may match, found quickly (see
    :class:`.gates.WordStarts`): its phrases begin where no word character comes before.
    Its phrases hold only word characters, apostrophes and hyphens, and where it asks
    for white space or a word's end, a space does as well: it may use the spaced text.
    None when *source* is not of the expected shape."""
    if not source.startswith(_FINDER_BEFORE):
        return None
    return WordStarts(source[len(_FINDER_BEFORE) :], True)


# How tries.phrase_finder_source begins: no word character, nor one and an apostrophe
# or hyphen, before the phrase.
_FINDER_BEFORE = r"(?<!\w)(?<!\w['-])"


def word_gating(
    regexes: Sequence[Tuple[Optional[FrozenSet[str]], bool]], word_gates: Sequence[Optional[FrozenSet[str]]]
) -> Tuple[Optional["WordStartGates"], List[int], Dict[str, List[int]]]:
    """For expressions given as (substring gates, case-insensitive) and their word-start
    gates: the :class:`WordStartGates` of the case-insensitive ones, the expressions
    they leave ungated and, by gate string, the expressions it opens. None for the gates
    unless every case-insensitive expression that has a gate has a word-start one (and
    all are ASCII: their folds are safe outside the scanner's "unsafe" paragraphs)."""
    ungated: List[int] = []
    by_gate: Dict[str, List[int]] = defaultdict(list)
    for n, ((old, folded), gate) in enumerate(zip(regexes, word_gates)):
        if not folded:
            if old is None:
                ungated.append(n)  # exact expressions keep their own gates
            continue
        if old is not None and (gate is None or not all(g.isascii() for g in gate | old)):
            return None, [], {}
        if gate is None:
            ungated.append(n)
        else:
            for g in gate:
                by_gate[g].append(n)
    if not by_gate:
        return None, [], {}
    return WordStartGates(by_gate), ungated, dict(by_gate)
