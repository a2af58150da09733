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

from typing import FrozenSet, Iterable

from .. import lazyre
from ..wordtrie import trie_regex


class Gates:
    """Which of many literal strings occur in a text, found in one scan."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = strings = sorted(set(strings))
        self._rx = lazyre.compile("(?=(" + trie_regex(strings) + "))") if strings else None
        # a match is the longest string at its position; shorter ones there are its prefixes
        self._prefixes = {s: frozenset(t for t in strings if s.startswith(t)) for s in strings}

    def __bool__(self) -> bool:
        return self._rx is not None

    def present(self, text: str, small: bool = False) -> FrozenSet[str]:
        """The strings that occur in *text*. For a *small* draft, plain substring tests
        beat compiling the combined expression."""
        if self._rx is None:
            return frozenset()
        if small:
            return frozenset(g for g in self.strings if g in text)
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
        ahead = "(?=(" + trie_regex(strings) + "))"
        self._after_space = lazyre.compile(" " + ahead)
        self._after_other = lazyre.compile(r"[^\w ]" + ahead)
        self._at_start = lazyre.compile(ahead)
        self._prefixes = {s: frozenset(t for t in strings if s.startswith(t)) for s in strings}

    def present(self, text: str) -> FrozenSet[str]:
        """The strings that stand at the start of a word in *text*."""
        longest = set(self._after_space.findall(text))
        longest.update(self._after_other.findall(text))
        m = self._at_start.match(text)
        if m is not None:
            longest.add(m.group(1))
        found: set = set()
        prefixes = self._prefixes
        for s in longest:
            found |= prefixes[s]
        return frozenset(found)
