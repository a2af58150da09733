"""Find any of many words fast: a trie-shaped regular expression, scanned in C.

Python's ``re`` tries the branches of an alternation one after another, so a flat
``a|b|c|...`` of thousands of words is slow; factored as a trie, each position tries a
handful of branches. :func:`trie_source` is the one builder: the pack scanner's phrase
finder and gates, the cue sets' trigger finders, the hedging first-word scan and the
garbled rules' word finders are all made with it. The finders read folded text
(:mod:`lintnews.matching.folding`).
"""

from __future__ import annotations

import re
from typing import Callable, Dict, Iterable, Iterator, Mapping, Optional, Pattern

from lintnews import cache
from lintnews.matching import patterns as lazyre
from lintnews.matching.folding import fold

#: A word token (see :data:`lintnews.text.sentences.WORD_RE`) in lower-cased text whose
#: apostrophes are straight.
FOLDED_WORD = lazyre.compile(r"\w+(?:['-]\w+)*")

#: A whole word token as :data:`lintnews.text.sentences.WORD_RE` splits them, in text whose
#: apostrophes are straight: not preceded by a word character (or one joined by ' or -),
#: not followed by one.
_BEFORE = r"(?<!\w)(?<!\w['-])"
#: The end of such a token: no word character after it, nor one joined by ' or -.
WORD_END = r"(?![\w]|['-]\w)"
_AFTER = WORD_END


def trie_regex(strings: Iterable[str], *, space: str = "") -> str:
    """A regex (source) matching any of *strings*, longest first at each position; with
    *space*, a space inside a string is that regex (``r"\\s+"``: any white space).

    Building one for thousands of strings takes milliseconds of every start-up, so the
    sources are kept in the on-disk cache (:func:`lintnews.cache.derived`): for word lists
    fixed in lintnews's modules or in rule packs only, never a draft's words."""
    unique = tuple(sorted(set(strings)))
    return cache.derived("trie", (space, unique), lambda: _trie_source(unique, space))


def _trie_source(strings: Iterable[str], space: str = "") -> str:
    return trie_source(dict.fromkeys(strings, ""), space=space)


def trie_source(ends: Mapping[str, str], *, space: str = "") -> str:
    """The one trie builder: a regex (source) matching any of the strings of *ends*,
    the longest first at each position, each followed by its own tail (a regex, tried
    after any longer string that goes on from there; "" for none). With *space*, a
    space inside a string is that regex.

    A string with an empty tail that others go on from makes them optional
    (``ab(?:c)?``); one with a tail is one more alternative (``ab(?:c|TAIL)``)."""
    root: Dict[str, dict] = {}
    for string, tail in ends.items():
        node = root
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = tail

    def emit(node: Dict[str, dict]) -> str:
        alts = [(space if space and ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        tail = node.get("")
        if tail is not None:
            if not tail:
                if not alts:
                    return ""
                body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
                return "(?:" + body + ")?"
            alts.append(tail)
        if not alts:
            return ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


def word_finder(words: Iterable[str]) -> Pattern:
    """A compiled regex that finds any of *words* as a whole word token."""
    return re.compile(word_finder_source(words))


def word_finder_source(words: Iterable[str]) -> str:
    """The source of :func:`word_finder`."""
    return _BEFORE + trie_regex(words) + _AFTER


def bounded_finder_source(words: Iterable[str]) -> str:
    """A regex (source) for any of *words* between ``\\b`` boundaries, also inside
    hyphenated compounds ("partially" in "partially-paralysed"): the first words of
    expressions that start with ``\\b``."""
    return r"\b(?:" + trie_regex(words) + r")\b"


def word_start_trie_regex(strings: Iterable[str]) -> str:
    """``\\b(?:`` + :func:`trie_regex` ``)``, for strings that each begin with a word
    character, written so that the engine skips in C to a possible first character: the
    branches of the trie begin with their first characters, each followed by the
    boundary as a look-behind (``(?<!\\w.)``: no word character before that first
    character). The same matches as ``\\b(?:...)``, whose leading boundary makes the
    engine try the whole expression at every position of the text."""
    by_first: Dict[str, list] = {}
    for string in sorted(set(strings)):
        by_first.setdefault(string[0], []).append(string[1:])
    alts = []
    for first, rests in sorted(by_first.items()):
        longer = [r for r in rests if r]
        rest = trie_regex(longer) if longer else ""
        if longer and "" in rests:
            rest = "(?:" + rest + ")?"
        alts.append(re.escape(first) + r"(?<!\w.)" + rest)
    return "(?:" + "|".join(alts) + ")"


def phrase_finder(phrases: Iterable[str]) -> Pattern:
    """:func:`phrase_finder_source`, compiled."""
    return re.compile(phrase_finder_source(phrases))


def phrase_finder_source(phrases: Iterable[str]) -> str:
    """A regex (source) that finds any of *phrases* (lower-case words separated by
    single spaces) as whole word tokens, with any run of white space between the words.

    At each position the longest phrase wins; shorter phrases that start there are
    prefixes of it, and phrases that start inside it are found by searching again from
    the next position.
    """
    return _BEFORE + trie_source(dict.fromkeys(phrases, _AFTER), space=r"\s+")


def matches_from(
    rx,
    finder,
    text: str,
    shift: Optional[Callable[["re.Match", str], Optional[int]]] = None,
) -> Iterator["re.Match"]:
    """The matches of *rx* in *text*, as ``rx.finditer(text)`` gives them, for an
    expression whose every match begins where *finder* (built with
    :func:`bounded_finder_source` from its first words) matches the folded text
    (:func:`lintnews.matching.folding.fold`).

    Python's ``re`` cannot skip ahead in an alternation whose branches start with ``\\b``
    or a look-behind, so it tries every branch at every character; trying *rx* only at
    its first words is several times faster. *shift* maps a first-word match to the
    offset where *rx* must be tried (None: skip it), for forms like "a number of" that
    are found from their second word.
    """
    low = fold(text)
    done = 0
    for w in finder.finditer(low):
        at = w.start() if shift is None else shift(w, low)
        if at is None or at < done:
            continue
        m = rx.match(text, at)
        if m is not None and m.end() > m.start():
            done = m.end()
            yield m
